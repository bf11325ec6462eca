"""The window says what the session cannot do: saving that fails (until it works again), a
file whose session another copy has open, a damaged session repaired on opening."""

from __future__ import annotations

import errno
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from nir_desktop.core.session import SessionStore, autosave, content_hash_of, journal
from nir_desktop.gui.review.session_link import SessionLink
from nir_desktop.gui.settings import AppSettings


def _window(qtbot, store: SessionStore):
    from nir_desktop.gui.window.main_window import MainWindow

    w = MainWindow(settings=AppSettings(), interactive=False)
    qtbot.addWidget(w)
    w.session._store = store
    return w


def test_a_full_disk_is_shown_until_saving_works_again(qtbot, tmp_path: Path, demo_path,
                                                       open_file, monkeypatch):
    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: False)
    monkeypatch.setattr(autosave, "RETRY_S", 0.05)
    full = {"on": False}
    real_commit = journal.JournalFile.commit
    real_save = SessionStore.save

    def commit(self):
        if full["on"] and self.unwritten:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_commit(self)

    def save(self, session):
        if full["on"]:
            from nir_desktop.core.session import SessionError
            raise SessionError("Kunne ikke lagre økten (No space left on device). Sjekk "
                               "ledig plass på disken. NIR-kontroll prøver igjen.")
        return real_save(self, session)

    monkeypatch.setattr(journal.JournalFile, "commit", commit)
    monkeypatch.setattr(SessionStore, "save", save)
    copy = tmp_path / "eksport.xlsx"
    shutil.copy(demo_path, copy)
    store = SessionStore(tmp_path / "okter")
    w = _window(qtbot, store)
    open_file(w, copy)
    doc = w.document
    f, g = [f for f in doc.findings if f.rule == "AVS001"][:2]
    assert doc.edit_cell(g.sheet, g.row_index, g.column, "Utdanning")
    full["on"] = True
    assert doc.edit_cell(f.sheet, f.row_index, f.column, "Arbeid heltid")
    title, text = w.last_message
    assert title == "Økten kan ikke lagres nå"
    assert "Sjekk ledig plass på disken" in text and "prøver igjen" in text
    label = w.session._label()
    assert label is not None and not label.isHidden()
    assert label.text() == "Økten er ikke lagret – prøver igjen …"
    qtbot.wait(400)  # several retries fail: still shown, not warned again
    assert not label.isHidden() and w.last_message[0] == "Økten kan ikke lagres nå"
    assert w.session.failed  # closing the window now asks first

    full["on"] = False
    qtbot.waitUntil(lambda: label.isHidden(), timeout=10_000)
    assert w.statusBar.currentMessage() == "Økten er lagret igjen. Ingen endringer gikk tapt."
    assert not w.session.failed
    saved = store.load(content_hash_of(copy), replay=False)
    assert saved is not None and [e.new for e in saved.edits] == ["Utdanning", "Arbeid heltid"]
    w.close()


_OTHER_COPY = textwrap.dedent("""
    import sys
    from pathlib import Path
    from nir_desktop.core.readers import read_workbook
    from nir_desktop.core.session import Autosaver, SessionStore, new_session
    wb = read_workbook(Path(sys.argv[1]))
    saver = Autosaver(SessionStore(Path(sys.argv[2])), new_session(wb), delay_s=3600)
    print("READY", flush=True)
    sys.stdin.readline()
""")


def test_a_file_open_in_another_copy_is_not_taken_over(qtbot, tmp_path: Path, demo_path,
                                                       open_file, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: asked.append("resume"))
    monkeypatch.setattr(SessionLink, "_ask_take_over",
                        lambda self, message: asked.append("take over") or True)
    copy = tmp_path / "eksport.xlsx"
    shutil.copy(demo_path, copy)
    store = SessionStore(tmp_path / "okter")
    other = subprocess.Popen([sys.executable, "-c", _OTHER_COPY, str(copy),
                              str(store.directory)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "READY"
        w = _window(qtbot, store)
        open_file(w, copy)
        assert w.session.failed and w.session.autosaver is None
        title, text = w.last_message
        assert title == "Økten lagres ikke"
        assert "allerede åpen i et annet NIR-kontroll-vindu" in text
        assert "lagres ikke i økten" in text
        assert asked == []  # neither "continue?" nor "open anyway"
        w.close()
    finally:
        other.kill()
        other.wait(timeout=30)
        for pipe in (other.stdin, other.stdout):
            if pipe is not None:
                pipe.close()


def test_a_damaged_session_is_repaired_on_opening_and_said_so(qtbot, tmp_path: Path,
                                                              demo_path, open_file,
                                                              monkeypatch):
    monkeypatch.setattr(SessionLink, "_ask", lambda self, saved: True)
    copy = tmp_path / "eksport.xlsx"
    shutil.copy(demo_path, copy)
    store = SessionStore(tmp_path / "okter")
    w = _window(qtbot, store)
    open_file(w, copy)
    f = next(f for f in w.document.findings if f.rule == "AVS001")
    assert w.document.edit_cell(f.sheet, f.row_index, f.column, "Arbeid heltid")
    w.close()
    store.path_for(content_hash_of(copy)).write_bytes(b'{"kind": "nir-kontroll-sess')

    w2 = _window(qtbot, store)
    open_file(w2, copy)
    title, text = w2.last_message
    assert title == "Økten var skadet"
    assert "ikke en lesbar øktfil" in text and "lagt til side" in text
    assert w2.session.autosaver is not None and not w2.session.failed  # autosave goes on
    assert w2.document.edit_cell(f.sheet, f.row_index, f.column, "Arbeid deltid")
    w2.session.autosaver.flush()
    saved = store.load(content_hash_of(copy), replay=False)
    assert saved is not None and [e.new for e in saved.edits][-1] == "Arbeid deltid"
    w2.close()


_CRASH = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from nir_desktop.core.edits import CellEdit
    from nir_desktop.core.readers import read_workbook
    from nir_desktop.core.session import Autosaver, SessionStore, new_session
    wb = read_workbook(Path(sys.argv[1]))
    saver = Autosaver(SessionStore(Path(sys.argv[2])), new_session(wb), delay_s=60)
    sheet = wb.sheets[0]
    for row, value in ((2, "Første navn"), (3, "Andre navn")):
        r = sheet.row_numbers.index(row)
        saver.record_edit(CellEdit(sheet.name, row, 1, sheet.text(r, 1), value), wb)
    os._exit(9)
""")


def test_the_recovery_offer_names_damaged_lines_and_keeps_the_journal(
        qtbot, tmp_path: Path, demo_path):
    from PySide6.QtWidgets import QMessageBox

    from nir_desktop.gui.sessions import session_exchange
    from nir_desktop.gui.window.main_window import MainWindow

    copy = tmp_path / "eksport.xlsx"
    shutil.copy(demo_path, copy)
    store = SessionStore(tmp_path / "okter")
    proc = subprocess.run([sys.executable, "-c", _CRASH, str(copy), str(store.directory)],
                          capture_output=True, timeout=120)
    assert proc.returncode == 9, proc.stderr.decode(errors="replace")
    path = store.journal_path(content_hash_of(copy))
    damaged = path.read_bytes().replace(b"Andre navn", b"Andre navm")
    path.write_bytes(damaged)

    settings = AppSettings()
    settings.add_recent(copy)
    w = MainWindow(settings=settings, interactive=True)
    qtbot.addWidget(w)
    w.session._store = store
    ex = session_exchange.install(w)
    ex.offer_recovery()
    box = ex.recovery_box
    assert box is not None
    assert "1 endringer" in box.text()
    assert (f"«{path}», linje 3: kontrollsummen stemmer ikke (linjen er skadet)"
            in box.text())
    box.grab().save(str(tmp_path / "recovery.png"))
    discard = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    discard.click()
    assert not path.exists()
    [kept] = path.parent.glob(f"{path.name}.damaged-*")
    assert kept.read_bytes() == damaged
    w.close()
