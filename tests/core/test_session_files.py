"""Session files on disk keep their promises: journals are closed before they are deleted
(Windows refuses otherwise), and nothing is lost or restored wrong when files are damaged."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.fnr import with_control_digits
from nir_desktop.core.model import Sheet, Workbook
from nir_desktop.core.session import Autosaver, SessionStore, content_hash_of, new_session

FNR_A = with_control_digits("150385500")
FNR_B = with_control_digits("021190500")


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    return SessionStore(tmp_path / "home" / "sessions")


@pytest.fixture
def wb(tmp_path: Path) -> Workbook:
    path = tmp_path / "eksport.xlsx"
    path.write_bytes(b"original export bytes")
    rows: list[list[object]] = [[FNR_A, "Testperson En"], [FNR_B, "Testperson To"]]
    sheet = Sheet("Deltakere", SheetKind.DELTAKERE, ["Fødselsnummer", "Navn"], rows,
                  [2, 3], columns={"fodselsnummer": 0, "navn": 1})
    sheet.parse_all()
    return Workbook(path, "xlsx", [sheet], content_hash=content_hash_of(path))


def edit(wb: Workbook, saver: Autosaver, row: int, new: str) -> None:
    sheet = wb.sheets[0]
    i = sheet.row_numbers.index(row)
    old = sheet.text(i, 1)
    sheet.set_raw(i, 1, new)
    saver.record_edit(CellEdit("Deltakere", row, 1, old, new), wb)


def _open_by_this_process(path: Path) -> bool:
    target = os.path.realpath(path)
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == target:
                return True
        except OSError:
            continue
    return False


@pytest.fixture
def windows_delete_semantics(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Deleting a file this process holds open fails, as on Windows (WinError 32). On
    Windows the real rule applies; elsewhere it is imitated through /proc/self/fd."""
    if os.name == "nt":
        yield
        return
    if not sys.platform.startswith("linux"):
        pytest.skip("needs /proc/self/fd to see open files")
    real_unlink = os.unlink

    def unlink(path: str | os.PathLike[str], *args: object, **kw: object) -> None:
        if _open_by_this_process(Path(os.fspath(path))):
            raise PermissionError(13, "The process cannot access the file because it is "
                                  "being used by another process", os.fspath(path))
        real_unlink(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", unlink)
    yield


# -- Windows: a journal is closed before it is deleted -----------------------------------------

@pytest.mark.usefixtures("windows_delete_semantics")
def test_resuming_after_an_abandoned_open_deletes_the_journal(store: SessionStore,
                                                              wb: Workbook) -> None:
    abandoned = Autosaver(store, new_session(wb), delay_s=3600)
    edit(wb, abandoned, 2, "Navn endret")
    loaded = store.load(wb.content_hash)
    assert loaded is not None and [e.new for e in loaded.edits] == ["Navn endret"]
    # The abandoned Autosaver still holds the journal open in this process.
    resumed = Autosaver(store, loaded, delay_s=3600)
    assert not store.journal_path(wb.content_hash).exists()
    resumed.close()
    again = store.load(wb.content_hash, replay=False)
    assert again is not None and [e.new for e in again.edits] == ["Navn endret"]


@pytest.mark.usefixtures("windows_delete_semantics")
def test_discarding_a_journal_this_process_holds_open(store: SessionStore,
                                                      wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    edit(wb, saver, 2, "Navn endret")
    store.discard_journal(wb.content_hash)
    assert not store.journal_path(wb.content_hash).exists()
    assert store.recover(wb.content_hash) is None
    # The Autosaver whose handle was closed keeps recording into a fresh journal.
    edit(wb, saver, 3, "Navn to")
    assert store.journal_path(wb.content_hash).stat().st_size > 0
    saver.close()
    saved = store.load(wb.content_hash, replay=False)
    assert saved is not None and [e.new for e in saved.edits] == ["Navn endret", "Navn to"]
