"""The log file lives in the user's log folder and never holds a fødselsnummer."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from nir_desktop.core import logging_setup
from nir_desktop.core.logging_setup import scrub, setup_logging, shutdown_logging

FNR = "15838550026"  # synthetic: month + 80, valid control digits


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("NIR_KONTROLL_HOME", str(tmp_path / "home"))
    root = logging.getLogger()
    level = root.level
    path = setup_logging(logging.DEBUG)
    yield path
    shutdown_logging()
    root.setLevel(level)


def _text(path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text("utf-8")


def test_log_file_is_in_the_user_log_folder(log_file: Path, tmp_path: Path) -> None:
    logging.getLogger("nir_desktop.test").info("Kontroll ferdig: %d funn", 12)
    assert log_file == tmp_path / "home" / "logs" / "nir-kontroll.log"
    assert "Kontroll ferdig: 12 funn" in _text(log_file)


@pytest.mark.parametrize("message", [
    f"rad 7 har fødselsnummer {FNR}",  # in the text itself
    f"ugyldig verdi '{FNR[1:]}' i kolonne A",  # lost leading digit: 10 digits
    f"delt skrevet {FNR[:6]} {FNR[6:]}",
    f"med punktum {FNR[:6]}.{FNR[6:]}",
    f"inni en lengre tallrekke 99{FNR}",
])
def test_identity_numbers_in_messages_are_masked(log_file: Path, message: str) -> None:
    logging.getLogger("nir_desktop.core.rules").warning(message)
    text = _text(log_file)
    assert FNR[:6] not in text and FNR[6:] not in text
    assert "[maskert]" in text


def test_identity_numbers_in_arguments_and_tracebacks_are_masked(log_file: Path) -> None:
    log = logging.getLogger("nir_desktop.gui")
    log.error("kunne ikke lese %s i rad %d", FNR, 12)
    try:
        int(f"x{FNR}")
    except ValueError:
        log.exception("feil ved tolking")
    text = _text(log_file)
    assert FNR not in text
    assert "i rad 12" in text  # row numbers and years survive
    assert "ValueError" in text
    assert text.count("[maskert]") >= 2


def test_short_numbers_are_kept(log_file: Path) -> None:
    logging.getLogger("x").info("Rapporteringsår 2021, kommune 0301, 123456789 rader")
    assert "Rapporteringsår 2021, kommune 0301, 123456789 rader" in _text(log_file)


def test_setup_again_does_not_double_lines(log_file: Path) -> None:
    setup_logging(logging.DEBUG)
    logging.getLogger("x").info("bare én gang")
    assert _text(log_file).count("bare én gang") == 1


def test_the_log_rotates_instead_of_growing(log_file: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2000)
    path = setup_logging(logging.DEBUG)
    for n in range(200):
        logging.getLogger("x").info("linje %d med litt tekst for å fylle loggen", n)
    _text(path)
    assert (path.parent / "nir-kontroll.log.1").exists()
    assert path.stat().st_size <= 2000
    assert len(list(path.parent.glob("nir-kontroll.log*"))) <= 1 + logging_setup.BACKUP_COUNT


def test_scrub() -> None:
    assert scrub(f"a {FNR} b") == "a [maskert] b"
    assert scrub("12 345 2021-03-15") == "12 345 2021-03-15"
