"""Damaged and hostile files in the window: the reader's notes are shown, a file with
parts that could not be checked is never shown as clean, and a file that would have taken
the process down is a message while the window keeps working."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from malformed import build  # the corpus lives with the core tests


def test_quote_that_swallows_rows_is_shown_as_not_checked(window, tmp_path: Path, open_file):
    path = build("stray_quote.csv", tmp_path)
    open_file(window, path)
    panel = window.findings_panel
    assert not panel.readNotesLabel.isHidden()
    text = panel.readNotesLabel.text()
    assert "Merknader fra innlesingen" in text
    assert "Ikke kontrollert:" in text
    assert "linjene 5–160 i filen (156 linjer) er lest som én celle i rad 5" in text


def test_header_only_file_is_not_called_clean(window, tmp_path: Path, open_file):
    path = build("header_only.csv", tmp_path)
    open_file(window, path)
    panel = window.findings_panel
    assert "ikke kontrollert" in panel.totalsLabel.text()
    if not window.document.findings:
        assert panel.stack.currentIndex() == 1
        assert "Ingen funn i det som ble kontrollert" in panel.cleanLabel.text()
        assert not panel.cleanIcon.isVisibleTo(panel)


def test_plain_file_has_no_notes_banner(loaded):
    assert loaded.document.workbook.notes == []
    assert loaded.findings_panel.readNotesLabel.isHidden()


def test_xlsx_without_r_attributes_is_a_message_and_the_window_lives(
        qtbot, window, tmp_path: Path, demo_path, open_file):
    # Unguarded, calamine asks for ~10 GB for this 7 KB file and the process aborts.
    path = build("no_r_wide.xlsx", tmp_path)
    open_file(window, path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None)
    box = window.findChild(QMessageBox, "errorBox")
    assert "Kan ikke lese «no_r_wide.xlsx»" in box.text()
    assert "mer enn maskinen trygt kan lese" in box.text()
    box.accept()
    open_file(window, demo_path)
    assert window.document.is_open
