"""Kodelister: view and edit lov, tiltak (with group), sluttmål and avslutningsårsak (with
what it counts as), export/import them, restore the shipped list; and "Legg til i
kodelisten…" for an unknown value found in a file (KODE001).

Everything is stored per user (``paths.codelists_dir()``) by ``core.user_codelists``;
``codelistsChanged`` carries the lists as they now are so the window can check again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nir_desktop.core.codelists import LIST_NAMES, CodeList, CodeListError, CodeLists, CodeValue
from nir_desktop.core.user_codelists import (
    GROUP_ATTR,
    add_code,
    choices,
    export_codelists,
    import_codelists,
    is_customised,
    load_codelists,
    restore_builtin,
    save_list,
)
from nir_desktop.gui.forms import translate_buttons
from nir_desktop.gui.i18n import core_text, current_language

ATTR_TITLES = {"tiltak": QT_TRANSLATE_NOOP("CodeListSettings", "Gruppe"),
               "avslutningsarsak": QT_TRANSLATE_NOOP("CodeListSettings", "Teller som"),
               "lov": QT_TRANSLATE_NOOP("CodeListSettings", "Lov"),
               "kategori": QT_TRANSLATE_NOOP("CodeListSettings", "Regnes som")}


def attr_title(list_name: str) -> str:
    return QCoreApplication.translate("CodeListSettings", ATTR_TITLES[list_name])


def _title(cl: CodeList) -> str:
    """The list's name in the UI's language."""
    return cl.title(current_language())
_ATTRS_ROLE = Qt.ItemDataRole.UserRole + 1


class _ListPage(QWidget):
    """One list: its values in a table; edits stay here until the dialog saves them."""

    changed = Signal()

    def __init__(self, cl: CodeList, options: dict[str, str], customised: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = cl.name
        self.cl = cl
        self.options = options
        self.attr = GROUP_ATTR.get(cl.name) if options else None
        self.dirty = False
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("listStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        headers = [self.tr("Kode")]
        if self.attr:
            headers.append(attr_title(cl.name))
        headers.append(self.tr("Andre skrivemåter (skill med komma)"))
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(f"table:{cl.name}")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Verdiene i kodelisten {0}").format(_title(cl)))
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        if self.attr:
            h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Legg til verdi"), self)
        self.remove_button = QPushButton(self.tr("&Fjern verdi"), self)
        self.restore_button = QPushButton(self.tr("&Gjenopprett standardlisten"), self)
        self.restore_button.setObjectName("restoreButton")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemChanged.connect(self._edited)
        self.load(cl, customised)

    def load(self, cl: CodeList, customised: bool) -> None:
        self.cl = cl
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for v in cl.values:
            self.add_row(v.code, v.attrs.get(self.attr) if self.attr else None, v.aliases,
                         dict(v.attrs), mark_dirty=False)
        self.table.blockSignals(False)
        self.dirty = False
        self.set_status(customised)

    def set_status(self, customised: bool) -> None:
        origin = (self.tr("Du bruker din egen versjon av listen.") if customised
                  else self.tr("Du bruker standardlisten som følger med programmet."))
        note = "" if self.cl.verified else self.tr(
            " NIRs egne lister er ikke offentlige: standardlisten er et forslag som du kan "
            "rette og utvide.")
        self.status.setText(origin + note)
        self.restore_button.setEnabled(customised)

    def add_row(self, code: str = "", attr: str | None = None, aliases: tuple[str, ...] = (),
                attrs: dict[str, Any] | None = None, *, mark_dirty: bool = True) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(code)
        item.setData(_ATTRS_ROLE, attrs or {})
        self.table.setItem(r, 0, item)
        if self.attr:
            combo = QComboBox(self.table)
            combo.setObjectName(f"attr:{self.name}:{r}")
            combo.addItem(self.tr("– ikke valgt –"), None)
            for key, label in self.options.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(attr)))
            combo.currentIndexChanged.connect(self._edited)
            self.table.setCellWidget(r, 1, combo)
        self.table.setItem(r, self.table.columnCount() - 1, QTableWidgetItem(", ".join(aliases)))
        if mark_dirty:
            self._edited()
            self.table.setCurrentCell(r, 0)
            if not code:
                self.table.editItem(item)
        return r

    def remove_current(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self._edited()

    def _edited(self, *_: object) -> None:
        self.dirty = True
        self.changed.emit()

    def values(self) -> list[CodeValue]:
        out: list[CodeValue] = []
        seen: set[str] = set()
        last = self.table.columnCount() - 1
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            code = item.text().strip() if item is not None else ""
            if not code:
                continue
            if code.casefold() in seen:
                raise CodeListError(self.tr("Koden «{0}» står to ganger i listen {1}.").format(
                    code, _title(self.cl)))
            seen.add(code.casefold())
            attrs = dict(item.data(_ATTRS_ROLE) or {})
            if self.attr:
                combo = self.table.cellWidget(r, 1)
                value = combo.currentData() if isinstance(combo, QComboBox) else None
                if value:
                    attrs[self.attr] = value
                else:
                    attrs.pop(self.attr, None)
            alias_item = self.table.item(r, last)
            aliases = tuple(a.strip() for a in (alias_item.text() if alias_item else "")
                            .split(",") if a.strip())
            out.append(CodeValue(code, aliases, attrs))
        return out

    def edited_list(self) -> CodeList:
        return CodeList(self.cl.name, self.cl.title_nb, self.cl.title_en, self.cl.verified,
                        self.cl.note, self.values(), dict(self.cl.groups),
                        title_nn=self.cl.title_nn)


class CodeListSettings(QDialog):
    """Innstillinger → Kodelister."""

    codelistsChanged = Signal(object)  # CodeLists

    def __init__(self, user_dir: Path | None = None, parent: QWidget | None = None,
                 start_dir: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("codelistSettings")
        self.setWindowTitle(self.tr("Kodelister"))
        self.user_dir = user_dir
        self.start_dir = start_dir or str(Path.home())
        self.last_message = ""
        self.codes = load_codelists(user_dir)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Kontrollen sammenligner lov, tiltak, sluttmål, avslutningsårsak, kategori og "
            "norskmål med disse listene. Endringene lagres for deg og brukes ved neste "
            "kontroll. Avslutningsårsak sier også om personen teller som gått til arbeid "
            "eller utdanning i måloppnåelsen."),
            self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("codelistTabs")
        self.pages: dict[str, _ListPage] = {}
        for name in LIST_NAMES:
            cl = self.codes.lists[name]
            page = _ListPage(cl, choices(self.codes, name), is_customised(name, user_dir),
                             self.tabs)
            page.restore_button.clicked.connect(lambda _=False, n=name: self.restore(n))
            page.changed.connect(self._update_buttons)
            self.pages[name] = page
            self.tabs.addTab(page, _title(cl))
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Eksporter…"), self)
        self.import_button = QPushButton(self.tr("&Importer…"), self)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        translate_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Lagre"))
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.export_button.clicked.connect(lambda: self.export())
        self.import_button.clicked.connect(lambda: self.import_())
        self.save_button.clicked.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        self._update_buttons()
        self.resize(820, 560)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(any(p.dirty for p in self.pages.values()))

    def show_list(self, name: str) -> _ListPage:
        page = self.pages[name]
        self.tabs.setCurrentWidget(page)
        return page

    # -- actions -----------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            edited = [p.edited_list() for p in self.pages.values() if p.dirty]
            for cl in edited:
                save_list(cl, self.user_dir)
        except CodeListError as exc:
            self._message(core_text(exc.message))
            return False
        except OSError as exc:
            self._message(self.tr("Kodelistene kunne ikke lagres: {0}").format(
                exc.strerror or exc))
            return False
        self._reload()
        self.last_message = self.tr("Kodelistene er lagret.")
        return True

    def restore(self, name: str, confirm: bool = True) -> bool:
        page = self.pages[name]
        if confirm and QMessageBox.question(
                self, self.tr("Gjenopprett standardlisten"),
                self.tr("Erstatte din versjon av {0} med standardlisten? Verdier du har lagt "
                        "til, forsvinner.").format(_title(page.cl))
        ) != QMessageBox.StandardButton.Yes:
            return False
        restore_builtin(name, self.user_dir)
        self._reload(only=name)
        return True

    def export(self, destination: Path | None = None) -> bool:
        if destination is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Eksporter kodelister"),
                str(Path(self.start_dir) / "kodelister.json"), self.tr("Kodelister (*.json)"))
            if not path:
                return False
            destination = Path(path)
        try:
            export_codelists(self.codes, destination)
        except OSError as exc:
            self._message(self.tr("Kunne ikke skrive {0}: {1}").format(
                destination.name, exc.strerror or exc))
            return False
        self.last_message = self.tr("Kodelistene er eksportert til {0}.").format(destination)
        return True

    def import_(self, source: Path | None = None) -> bool:
        if source is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Importer kodelister"), self.start_dir,
                self.tr("Kodelister (*.json);;Alle filer (*)"))
            if not path:
                return False
            source = Path(path)
        try:
            names = import_codelists(source, self.user_dir)
        except CodeListError as exc:
            self._message(core_text(exc.message))
            return False
        except OSError as exc:
            self._message(self.tr("Kunne ikke lese {0}: {1}").format(
                source.name, exc.strerror or exc))
            return False
        self._reload()
        self.last_message = self.tr("Importert: {0}.").format(
            ", ".join(_title(self.codes.lists[n]) for n in names))
        return True

    def _reload(self, only: str | None = None) -> None:
        self.codes = load_codelists(self.user_dir)
        for name, page in self.pages.items():
            if only is None or name == only or not page.dirty:
                page.load(self.codes.lists[name], is_customised(name, self.user_dir))
        self._update_buttons()
        self.codelistsChanged.emit(self.codes)

    def _message(self, text: str) -> None:
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Kodelister"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


class AddCodeDialog(QDialog):
    """«Legg til i kodelisten…»: an unknown value from a file becomes a list value."""

    def __init__(self, list_name: str, value: str, codes: CodeLists,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addCodeDialog")
        self.list_name = list_name
        cl = codes.lists[list_name]
        self.setWindowTitle(self.tr("Legg til i kodelisten {0}").format(_title(cl)))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "«{0}» finnes ikke i kodelisten {1}. Legg den til hvis den er en gyldig verdi i "
            "NIR; kontrollen kjøres da på nytt. Er det en skrivefeil, rett heller cellen.")
            .format(value, _title(cl)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code_edit = QLineEdit(value.strip(), self)
        self.code_edit.setObjectName("codeEdit")
        form.addRow(self.tr("&Kode:"), self.code_edit)
        self.attr = GROUP_ATTR.get(list_name)
        options = choices(codes, list_name)
        self.attr_combo: QComboBox | None = None
        if self.attr and options:
            combo = QComboBox(self)
            combo.setObjectName("attrCombo")
            for key, label in options.items():
                combo.addItem(label, key)
            if list_name == "avslutningsarsak":
                combo.setCurrentIndex(combo.findData("neither"))
            form.addRow(attr_title(list_name) + ":", combo)
            self.attr_combo = combo
            if list_name == "avslutningsarsak":
                hint = QLabel(self.tr("Arbeid og utdanning (videregående eller høyere) teller "
                                      "som nådd mål i måloppnåelsen."), self)
                hint.setWordWrap(True)
                form.addRow("", hint)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        translate_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Legg til"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    @property
    def code(self) -> str:
        return self.code_edit.text().strip()

    @property
    def attrs(self) -> dict[str, str]:
        if self.attr and self.attr_combo is not None and self.attr_combo.currentData():
            return {self.attr: self.attr_combo.currentData()}
        return {}

    def set_choice(self, key: str) -> None:
        assert self.attr_combo is not None
        self.attr_combo.setCurrentIndex(self.attr_combo.findData(key))

    def add(self, user_dir: Path | None = None) -> CodeLists:
        return add_code(self.list_name, self.code, self.attrs, user_dir=user_dir)


