"""Handing a session to a colleague (export, import with conflicts reported), and the
start-up offer to recover work after a crash."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from nir_desktop.core.readers import read_workbook
from nir_desktop.core.session import SessionStore
from nir_desktop.gui.review.session_link import SessionLink
from nir_desktop.gui.sessions import session_exchange
from nir_desktop.gui.settings import AppSettings


def _window(qtbot, store: SessionStore, settings: AppSettings | None = None,
            interactive: bool = False):
    from nir_desktop.gui.window.main_window import MainWindow

    w = MainWindow(settings=settings or AppSettings(), interactive=interactive)
    qtbot.addWidget(w)
    w.session._store = store  # this test's own session folder
    ex = session_exchange.install(w)
    messages: list[tuple[str, str]] = []
    ex.tell = lambda title, text, icon=None: messages.append((title, text))
    ex.ask = lambda title, text, yes, no: (messages.append((title, text)), True)[1]
    return w, ex, messages


def test_session_export_then_import_applies_edits_and_reports_conflicts(
        qtbot, tmp_path: Path, demo_path: Path, open_file, monkeypatch):
    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: False)
    mine = tmp_path / "min" / "eksport.xlsx"
    theirs = tmp_path / "kollega" / "eksport.xlsx"
    for p in (mine, theirs):
        p.parent.mkdir()
        shutil.copy(demo_path, p)

    w, ex, messages = _window(qtbot, SessionStore(tmp_path / "okter-a"))
    open_file(w, mine)
    doc = w.document
    f = next(f for f in doc.findings if f.rule == "AVS001")
    other = next(x for x in doc.findings if x.rule == "AVS001" and x.row != f.row)
    assert doc.edit_cell(f.sheet, f.row_index, f.column, "Arbeid heltid")
    assert doc.edit_cell(other.sheet, other.row_index, other.column, "Utdanning")
    out = ex.export_session(tmp_path / "til-kollega.json")
    assert out is not None and out.is_file()
    assert "fødselsnumre" in messages[0][0]  # warned before writing
    w.close()

    # The colleague has the same export open and has typed something else in one cell.
    w2, ex2, messages2 = _window(qtbot, SessionStore(tmp_path / "okter-b"))
    open_file(w2, theirs)
    doc2 = w2.document
    assert doc2.edit_cell(other.sheet, other.row_index, other.column, "Annet")
    result = ex2.import_session(out)
    assert result is not None
    assert len(result.applied) == 1 and len(result.conflicts) == 1
    assert doc2.sheet(f.sheet).text(f.row_index, f.column) == "Arbeid heltid"
    assert doc2.sheet(other.sheet).text(other.row_index, other.column) == "Annet"
    assert not [x for x in doc2.findings if x.rule == "AVS001" and x.row == f.row]
    _title, text = messages2[-1]
    assert "1 rettinger brukt" in text and "1 i konflikt" in text
    assert f"rad {other.row}" in text and "«Annet»" in text
    # One undo step takes the whole import back.
    doc2.undo_stack.undo()
    assert doc2.sheet(f.sheet).text(f.row_index, f.column) == ""
    assert theirs.read_bytes() == demo_path.read_bytes()
    w2.close()


def test_a_broken_session_file_gives_a_norwegian_message(qtbot, tmp_path, demo_path,
                                                         open_file, monkeypatch):
    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: False)
    copy = tmp_path / "eksport.xlsx"
    shutil.copy(demo_path, copy)
    w, ex, messages = _window(qtbot, SessionStore(tmp_path / "okter"))
    open_file(w, copy)
    bad = tmp_path / "okt.json"
    bad.write_text('{"kind": "noe annet"}', encoding="utf-8")
    assert ex.import_session(bad) is None
    assert "okt.json" in messages[-1][1] and "ikke en øktfil" in messages[-1][1]
    assert w.document.edits == []
    w.close()


_CRASH = """
import os, sys
from pathlib import Path
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.edits import CellEdit
from nir_desktop.core.session import Autosaver, SessionStore, new_session
wb = read_workbook(Path(sys.argv[1]))
store = SessionStore(Path(sys.argv[2]))
saver = Autosaver(store, new_session(wb), delay_s=60)
sheet = wb.sheet_named(sys.argv[3])
row, col = int(sys.argv[4]), int(sys.argv[5])
r = sheet.row_numbers.index(row)
saver.record_edit(CellEdit(sheet.name, row, col, sheet.text(r, col), "Arbeid heltid",
                           None, sheet.field_at(col)), wb)
os._exit(9)  # killed: no close, no save of the session file
"""


def _crash_with_one_edit(qtbot, tmp_path: Path, demo_path: Path, open_file):
    """A process records an edit to the demo's first AVS001 cell and is killed."""
    copy = tmp_path / "eksport.xlsx"
    shutil.copy(demo_path, copy)
    store = SessionStore(tmp_path / "okter")
    probe, _ex, _m = _window(qtbot, SessionStore(tmp_path / "probe"))
    open_file(probe, copy)
    f = next(f for f in probe.document.findings if f.rule == "AVS001")
    probe.close()
    proc = subprocess.run([sys.executable, "-c", _CRASH, str(copy), str(store.directory),
                           f.sheet, str(f.row), str(f.column)], capture_output=True, timeout=120)
    assert proc.returncode == 9, proc.stderr.decode(errors="replace")
    assert store.open_markers()
    return copy, store, f


def test_after_a_crash_the_next_start_offers_the_unsaved_work(qtbot, tmp_path, demo_path,
                                                              open_file):
    copy, store, f = _crash_with_one_edit(qtbot, tmp_path, demo_path, open_file)

    settings = AppSettings()
    settings.add_recent(copy)
    w, ex, _messages = _window(qtbot, store, settings, interactive=True)
    qtbot.waitUntil(lambda: ex.recovery_box is not None, timeout=5_000)  # offered at start
    box = ex.recovery_box
    assert "eksport.xlsx" in box.text() and "1 endringer" in box.text()
    restore = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(w.loader.busyChanged, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        restore.click()
    doc = w.document
    qtbot.waitUntil(lambda: doc.is_open, timeout=10_000)
    assert doc.sheet(f.sheet).text(f.row_index, f.column) == "Arbeid heltid"
    assert not [x for x in doc.findings if x.rule == "AVS001" and x.row == f.row]
    assert "_ask" not in w.session.__dict__  # the next open asks again as usual
    assert not store.open_markers()  # this window owns the session now
    w.close()
    assert copy.read_bytes() == demo_path.read_bytes()


def test_a_session_applies_to_another_export_of_the_same_data_by_fnr(
        qtbot, tmp_path: Path, demo_path: Path, open_file, monkeypatch):
    """The workbook's session handed over to someone who has the same people as a CSV
    export (other file, other sheet name, rows found by fødselsnummer)."""
    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: False)
    book = tmp_path / "eksport.xlsx"
    shutil.copy(demo_path, book)
    csv = tmp_path / "deltakere.csv"
    shutil.copy(demo_path.with_name("nir-demo-2021-deltakere.csv"), csv)
    w, ex, _messages = _window(qtbot, SessionStore(tmp_path / "okter-a"))
    open_file(w, book)
    doc = w.document
    f = next(f for f in doc.findings if f.rule == "AVS001" and f.sheet == "Deltakere")
    assert doc.edit_cell(f.sheet, f.row_index, f.column, "Arbeid heltid")
    handed = ex.export_session(tmp_path / "okt.json")
    w.close()

    w2, ex2, messages2 = _window(qtbot, SessionStore(tmp_path / "okter-b"))
    open_file(w2, csv)
    doc2 = w2.document
    result = ex2.import_session(handed)
    assert result is not None and not result.same_file
    assert len(result.applied) == 1
    moved = result.applied[0]
    sheet = doc2.workbook.sheets[0]
    r = doc2.row_index_of(sheet.name, moved.row)
    assert sheet.text(r, moved.column) == "Arbeid heltid" != moved.current
    # The row is the same person's: the fødselsnummer there is the one edited in the book.
    fnr_col = sheet.columns["fodselsnummer"]
    book_fnr = read_workbook(book).sheet_named(f.sheet)
    assert sheet.text(r, fnr_col) == book_fnr.text(f.row_index, book_fnr.columns["fodselsnummer"])
    assert doc2.sheet(sheet.name) is sheet and len(doc2.net_edits) == 1
    assert "annen utgave" in messages2[-1][1] and "1 rettinger brukt" in messages2[-1][1]
    w2.close()


def test_reopening_a_file_with_saved_work_asks_to_continue(qtbot, tmp_path: Path,
                                                           demo_path: Path, open_file):
    """The real question box (SessionLink's), answered "Fortsett" by clicking it."""
    copy = tmp_path / "eksport.xlsx"
    shutil.copy(demo_path, copy)
    store = SessionStore(tmp_path / "okter")
    w, _ex, _m = _window(qtbot, store)
    open_file(w, copy)
    f = next(f for f in w.document.findings if f.rule == "AVS001")
    assert w.document.edit_cell(f.sheet, f.row_index, f.column, "Arbeid heltid")
    w.close()

    w2, _ex2, _m2 = _window(qtbot, store, interactive=True)
    asked: list[str] = []

    def answer() -> None:
        from PySide6.QtWidgets import QApplication

        box = next((b for b in QApplication.topLevelWidgets()
                    if isinstance(b, QMessageBox) and b.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, answer)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Fortsett").click()

    QTimer.singleShot(50, answer)
    open_file(w2, copy)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "1 endringer" in asked[0]
    assert w2.document.sheet(f.sheet).text(f.row_index, f.column) == "Arbeid heltid"
    w2.close()


def test_unsaved_work_can_be_discarded_or_left_for_later(qtbot, tmp_path, demo_path,
                                                         open_file):
    _copy, store, _f = _crash_with_one_edit(qtbot, tmp_path, demo_path, open_file)
    settings = AppSettings()
    settings.clear_recent()  # the file is not among the recent ones: the box says how
    w, ex, _m = _window(qtbot, store, settings, interactive=True)
    qtbot.waitUntil(lambda: ex.recovery_box is not None, timeout=5_000)
    box = ex.recovery_box
    assert "Åpne «eksport.xlsx» igjen" in box.text()
    later = next(b for b in box.buttons() if b.text() == "Senere")
    later.click()
    assert store.open_markers() and store.recover(store.open_markers()[0].content_hash)
    w.close()

    w2, ex2, _m2 = _window(qtbot, store, settings, interactive=True)
    qtbot.waitUntil(lambda: ex2.recovery_box is not None, timeout=5_000)  # asked again
    discard = next(b for b in ex2.recovery_box.buttons() if b.text() == "Forkast endringene")
    discard.click()
    assert not store.open_markers()
    assert ex2.pending_recoveries() == []
    w2.close()
