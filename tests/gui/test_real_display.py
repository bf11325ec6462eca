"""Tests that need a real X server (dev.sh runs ``pytest -m xvfb`` under xvfb-run): the
window really shown, keyboard shortcuts delivered by the window system, drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.xvfb


def _show(qtbot, w):
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)


def test_window_is_shown_and_drawn(qtbot, loaded):
    _show(qtbot, loaded)
    image = loaded.grab().toImage()
    assert image.width() > 800 and image.height() > 500
    # Something is drawn: more than a couple of colours on screen.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 29)}
    assert len(colours) > 5


def test_f8_key_moves_to_the_next_finding(qtbot, loaded):
    _show(qtbot, loaded)
    page = loaded.current_page()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F8)
    first = (loaded.current_page().sheet.name, loaded.current_page().current_position())
    qtbot.keyClick(loaded.current_page().view, Qt.Key.Key_F8)
    second = (loaded.current_page().sheet.name, loaded.current_page().current_position())
    assert first != second
    qtbot.keyClick(loaded.current_page().view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert (loaded.current_page().sheet.name,
            loaded.current_page().current_position()) == first


def test_dropping_a_file_opens_it(qtbot, window, demo_path):
    _show(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.document.loaded, timeout=60_000):
        window.dropEvent(drop)
    assert window.document.workbook.path == demo_path


def test_a_text_file_drop_is_refused(qtbot, window, tmp_path):
    _show(qtbot, window)
    other = tmp_path / "notat.docx"
    other.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_typing_a_bad_date_keeps_the_editor_open_and_a_good_one_is_written(qtbot, loaded):
    from PySide6.QtWidgets import QLineEdit

    _show(qtbot, loaded)
    page = loaded.page_of("Deltakere")
    col = page.sheet.column_of("vedtaksdato")
    loaded.sheetTabs.setCurrentWidget(page)
    page.select(3, col)
    page.view.setFocus()
    page.view.edit(page.view.currentIndex())
    editor = page.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("31.02.2021")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)  # a commit would come through a queued call
    assert page.view.state() == page.view.State.EditingState  # still editing
    assert "dd.mm.åååå" in loaded.statusBar.currentMessage()
    editor.setText("1.2.21")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits through a queued call.
    qtbot.waitUntil(lambda: page.sheet.text(3, col) == "01.02.2021")
    assert loaded.document.undo_stack.undoText() == \
        f"Endre Vedtaksdato i rad {page.sheet.row_numbers[3]}"
