"""Work is kept: edits and acknowledgements go to the autosaved session and come back when
the same file is opened again. Settings and cancelling a running check."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from nir_desktop.core.findings import Severity
from nir_desktop.gui.review.engine import CoreEngine
from nir_desktop.gui.review.session_link import SessionLink


def _window(qtbot, **kw):
    from nir_desktop.gui.window.main_window import MainWindow

    w = MainWindow(**kw)
    qtbot.addWidget(w)
    return w


def test_edits_and_acks_are_saved_and_offered_again(qtbot, tmp_path: Path, demo_path,
                                                    open_file, monkeypatch):
    copy = tmp_path / "eksport.xlsx"
    shutil.copy(demo_path, copy)
    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: False)
    w = _window(qtbot)
    open_file(w, copy)
    doc = w.document
    f = next(f for f in doc.findings if f.rule == "AVS001")
    page = w.page_of(f.sheet)
    assert page.proxy.setData(page.index_at(f.row_index, f.column), "Arbeid heltid")
    warning = next(x for x in doc.findings if x.severity is Severity.WARNING)
    doc.acknowledge([warning], "kontrollert, riktig")
    w.session.autosaver.flush()
    saved = w.session.session
    assert [e.new for e in saved.edits] == ["Arbeid heltid"]
    assert [a.note for a in saved.acknowledgements] == ["kontrollert, riktig"]
    w.close()

    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: True)
    w2 = _window(qtbot)
    open_file(w2, copy)
    doc2 = w2.document
    assert w2.session.resumed == 1
    assert doc2.sheet(f.sheet).text(f.row_index, f.column) == "Arbeid heltid"
    assert not [x for x in doc2.findings if x.rule == "AVS001" and x.row == f.row]
    assert doc2.is_acknowledged(warning)
    # The original file is never written.
    assert copy.read_bytes() == demo_path.read_bytes()
    w2.close()


def test_starting_over_discards_the_saved_work(qtbot, tmp_path: Path, demo_path, open_file,
                                               monkeypatch):
    copy = tmp_path / "eksport2.xlsx"
    shutil.copy(demo_path, copy)
    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: False)
    w = _window(qtbot)
    open_file(w, copy)
    f = next(f for f in w.document.findings if f.rule == "AVS001")
    w.document.edit_cell(f.sheet, f.row_index, f.column, "Arbeid heltid")
    w.close()
    w2 = _window(qtbot)
    open_file(w2, copy)
    assert w2.document.sheet(f.sheet).text(f.row_index, f.column) == ""
    assert w2.document.edits == []
    w2.close()


class _SlowEngine(CoreEngine):
    """The real engine, but its check waits until it is cancelled (a huge file)."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()

    def check(self, workbook, year, progress, cancelled):
        self.started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise RuntimeError("Cancelled")


def test_cancel_stops_a_running_check_and_the_window_stays_usable(qtbot, demo_path):
    engine = _SlowEngine()
    w = _window(qtbot, engine=engine, use_sessions=False)
    w.show()
    assert w.open_file(demo_path)
    qtbot.waitUntil(engine.started.is_set, timeout=30_000)
    assert not w.progress_bar.isHidden() and not w.cancel_button.isHidden()
    assert not w.actionOpen.isEnabled()
    with qtbot.waitSignal(w.loader.cancelled, timeout=30_000):
        w.cancel_button.click()
    qtbot.waitUntil(lambda: not w.loader.busy)
    assert not w.document.is_open
    assert w.cancel_button.isHidden()
    assert w.actionOpen.isEnabled()
    assert "Avbrutt" in w.statusBar.currentMessage()


def test_settings_dialog_stores_language_and_masking(qtbot):
    from nir_desktop.gui.settings import AppSettings

    w = _window(qtbot, use_sessions=False)
    dlg = w.show_settings()
    dlg.languageCombo.setCurrentIndex(dlg.languageCombo.findData("en"))
    dlg.maskCheck.setChecked(False)
    dlg.accept()
    fresh = AppSettings()
    assert fresh.language == "en" and fresh.mask_fnr is False
    fresh.language = "nb"
    fresh.mask_fnr = True


def test_recent_files_menu_lists_opened_files(qtbot, window, demo_path, open_file):
    open_file(window, demo_path)
    texts = [a.text() for a in window.menuRecent.actions()]
    assert any(demo_path.name in t for t in texts)


def test_closing_with_edits_no_session_keeps_asks_first(qtbot, demo_path, open_file,
                                                        monkeypatch):
    from nir_desktop.gui.window.main_window import MainWindow

    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: False)
    w = _window(qtbot)
    w.show()
    open_file(w, demo_path)
    f = next(f for f in w.document.findings if f.rule == "AVS001")
    w.document.edit_cell(f.sheet, f.row_index, f.column, "Arbeid heltid")
    asked = []
    monkeypatch.setattr(MainWindow, "_confirm_close", lambda self: asked.append(1) or False)
    w.session.failed = True  # as when the session folder cannot be written
    assert not w.close()
    assert asked and w.isVisible()
    w.session.failed = False  # an autosaved session keeps the edits: no question
    assert w.close()
    assert len(asked) == 1
