"""The add-ons reach the window only through gui.window_hooks.ReviewWindow: the window
offers every hook the protocol names, and the menus the user sees come out in the
order the add-ons ask for."""

from __future__ import annotations

import inspect

from PySide6.QtWidgets import QMainWindow

from nir_desktop.gui.window_hooks import ReviewWindow


def _entry(action) -> str:
    if action.isSeparator():
        return "—"
    if action.menu() is not None:
        return action.menu().objectName()
    return action.objectName()


def test_the_window_offers_every_hook_of_the_protocol(window) -> None:
    names = [n for n in vars(ReviewWindow) if not n.startswith("_")]
    names += list(inspect.get_annotations(ReviewWindow))
    missing = sorted({n for n in names if not hasattr(window, n)})
    assert missing == []


def test_the_add_ons_put_their_entries_where_the_user_looks_for_them(window) -> None:
    from nir_desktop.gui.app import install_extensions

    install_extensions(window)
    assert [_entry(a) for a in window.menuFile.actions()] == [
        "actionOpen", "menuRecent", "actionClose", "actionCompare", "—",
        "actionExport", "actionExportSession", "actionImportSession", "—", "actionQuit"]
    bar = [a.menu().objectName() for a in QMainWindow.menuBar(window).actions()
           if a.menu() is not None]
    assert bar == ["menuFile", "menuEdit", "menuView", "menuCheck", "menuData",
                   "menuSettings", "menuHelp"]
    assert sorted(window.extensions) == ["compare", "export", "mapping", "sessions"]
    # A second install (a test, a plug-in loaded twice) gives the first, adds nothing.
    before = len(window.menuFile.actions())
    install_extensions(window)
    assert len(window.menuFile.actions()) == before


def test_show_cell_selects_the_cell_even_when_the_filter_hides_its_row(loaded) -> None:
    w = loaded
    w.findings_panel.set_filter("findings")
    page = w.pages[0]
    clean = next(r for r in range(len(page.sheet.rows))
                 if not w.document.index.by_row.get((page.sheet.name, r)))
    assert w.show_cell(page.sheet.name, clean, 2)
    assert w.sheetTabs.currentWidget() is page
    assert page.proxy.row_index_at(page.view.currentIndex()) == clean
    assert page.view.currentIndex().column() == 2
    assert not w.show_cell("Finnes ikke", 0, 0)
    assert not w.show_cell(page.sheet.name, None, 0)
