"""Atomic writes: a failure leaves nothing behind; the original is never a target."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nir_desktop.core.writers.atomic import (
    WriteError,
    atomic_open,
    atomic_write,
    atomic_write_bytes,
    ensure_not_original,
)


def _names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_failed_write_leaves_no_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "ut.xlsx"

    def produce(fh) -> None:
        fh.write(b"halvveis")
        raise RuntimeError("disk full midway")

    with pytest.raises(RuntimeError):
        atomic_write(target, produce)
    assert _names(tmp_path) == []


def test_failed_write_keeps_previous_content(tmp_path: Path) -> None:
    target = tmp_path / "ut.csv"
    target.write_bytes(b"gammelt innhold")
    with pytest.raises(ValueError), atomic_open(target) as fh:
        fh.write(b"nytt")
        raise ValueError("stop")
    assert target.read_bytes() == b"gammelt innhold"
    assert _names(tmp_path) == ["ut.csv"]


def test_successful_write_replaces_and_leaves_only_target(tmp_path: Path) -> None:
    target = tmp_path / "ut.csv"
    target.write_bytes(b"gammelt")
    atomic_write_bytes(target, b"nytt")
    assert target.read_bytes() == b"nytt"
    assert _names(tmp_path) == ["ut.csv"]


def test_refuses_the_original_by_same_path(tmp_path: Path) -> None:
    original = tmp_path / "eksport.xlsx"
    original.write_bytes(b"original")
    with pytest.raises(WriteError) as err:
        atomic_write_bytes(original, b"x", original=original)
    assert "originalfilen" in err.value.message
    assert original.read_bytes() == b"original"


def test_refuses_the_original_by_another_spelling_and_a_link(tmp_path: Path) -> None:
    sub = tmp_path / "mappe"
    sub.mkdir()
    original = sub / "eksport.csv"
    original.write_bytes(b"original")
    other_spelling = tmp_path / "mappe" / ".." / "mappe" / "eksport.csv"
    with pytest.raises(WriteError):
        ensure_not_original(other_spelling, original)
    link = tmp_path / "lenke.csv"
    os.link(original, link)  # a hard link: a different path, the same file
    with pytest.raises(WriteError):
        atomic_write_bytes(link, b"x", original=original)
    assert original.read_bytes() == b"original"


def test_other_target_is_allowed(tmp_path: Path) -> None:
    original = tmp_path / "eksport.csv"
    original.write_bytes(b"original")
    atomic_write_bytes(tmp_path / "eksport_korrigert.csv", b"ny", original=original)
    assert (tmp_path / "eksport_korrigert.csv").read_bytes() == b"ny"


def test_missing_folder_gives_norwegian_message(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as err:
        atomic_write_bytes(tmp_path / "finnes-ikke" / "ut.csv", b"x")
    assert "finnes ikke" in err.value.message


def test_permission_problem_gets_a_hint_about_excel(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ut.xlsx"

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(WriteError) as err:
        atomic_write_bytes(target, b"data")
    assert "åpen i Excel" in err.value.message
    assert _names(tmp_path) == []
