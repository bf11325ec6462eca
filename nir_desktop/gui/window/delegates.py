"""Cell editors that check what is typed: dates, identifiers, numbers, yes/no, and codes
from the code list offered as a drop-down. A value that does not fit is refused with a
message (the cell keeps its old value), never written half-way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.fields import Field, ValueKind
from nir_desktop.core.fnr import classify, compact
from nir_desktop.core.model import Sheet
from nir_desktop.core.normalize import InvalidValue, parse_bool, parse_date, parse_number
from nir_desktop.gui.i18n import current_language
from nir_desktop.gui.window.table_model import Role

Index = QModelIndex | QPersistentModelIndex



def _label(f: Field) -> str:
    return f.label(current_language())


def _combo_text(box: QComboBox) -> str:
    """The text for the cell: an item's stored value (the yes/no box shows translated
    words but stores NIR's own), else what was typed."""
    text = box.currentText().strip()
    i = box.currentIndex()
    data = box.itemData(i) if i >= 0 and box.itemText(i).strip() == text else None
    return data if isinstance(data, str) else text

class CellDelegate(QStyledItemDelegate):
    invalidInput = Signal(str)  # a Norwegian sentence for the status bar

    def __init__(self, sheet: Sheet, codelists: CodeLists | None = None, parent=None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._codelists = codelists

    @property
    def codelists(self) -> CodeLists:
        if self._codelists is None:
            self._codelists = CodeLists.default()
        return self._codelists

    def field_at(self, index: Index) -> Field | None:
        name = index.data(Role.FIELD)
        return next((f for f in self.sheet.fields if f.name == name), None) if name else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        f = self.field_at(index)
        if f is not None and f.kind is ValueKind.CODE and f.code_list:
            box = QComboBox(parent)
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.addItem("")
            cl = self.codelists.lists.get(f.code_list)
            if cl is not None:
                box.addItems(cl.codes())
            box.setAccessibleName(self.tr("Velg {0} fra kodelisten").format(_label(f)))
            return box
        if f is not None and f.kind is ValueKind.BOOL:
            box = QComboBox(parent)
            # Shown in the UI's language; the cell always gets NIR's own "Ja"/"Nei".
            box.addItem("", "")
            box.addItem(self.tr("Ja"), "Ja")
            box.addItem(self.tr("Nei"), "Nei")
            box.setAccessibleName(_label(f))
            return box
        edit = QLineEdit(parent)
        edit.setAccessibleName(_label(f) if f is not None else self.tr("Celleverdi"))
        if f is not None and f.kind is ValueKind.DATE:
            edit.setPlaceholderText(self.tr("dd.mm.åååå"))
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setProperty("nirIndex", QPersistentModelIndex(index))
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                editor.setCurrentText(text)
            else:
                value = parse_bool(text)
                i = 1 if value is True else 2 if value is False else 0
                editor.setCurrentIndex(i if not isinstance(value, InvalidValue) else 0)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Enter or Tab on a value that does not fit: say why and keep the editor open, so
        # the user can correct what they typed instead of typing it again.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
                and isinstance(editor, QLineEdit | QComboBox)):
            index = editor.property("nirIndex")
            if isinstance(index, QPersistentModelIndex) and index.isValid():
                text = (_combo_text(editor) if isinstance(editor, QComboBox)
                        else editor.text().strip())
                if self.validate(self.field_at(index), text) is None:
                    return True
        return super().eventFilter(editor, event)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = _combo_text(editor)
        else:
            assert isinstance(editor, QLineEdit)
            text = editor.text().strip()
        checked = self.validate(self.field_at(index), text)
        if checked is None:
            return
        model.setData(index, checked, Qt.ItemDataRole.EditRole)

    def validate(self, f: Field | None, text: str) -> str | None:
        """The text to store (normalised where that is safe), or None after telling the user
        why it is refused."""
        if f is None or text == "":
            return text
        if f.kind is ValueKind.DATE:
            value = parse_date(text)
            if isinstance(value, InvalidValue) or not isinstance(value, date):
                self.invalidInput.emit(self.tr(
                    "«{0}» er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel "
                    "15.03.2021.").format(text))
                return None
            return value.strftime("%d.%m.%Y")
        if f.kind is ValueKind.NUMBER:
            if isinstance(parse_number(text), InvalidValue):
                self.invalidInput.emit(self.tr("«{0}» er ikke et tall.").format(text))
                return None
            return text
        if f.name == "fodselsnummer":
            number = compact(text)
            if not classify(number).valid:
                self.invalidInput.emit(self.tr(
                    "Fødselsnummeret er ikke gyldig: det må ha 11 siffer med riktige "
                    "kontrollsifre."))
                return None
            return number
        if f.name == "kommunenummer":
            digits = compact(text)
            if not (digits.isdigit() and len(digits) == 4):
                self.invalidInput.emit(self.tr(
                    "Kommunenummeret må ha 4 siffer, med ledende null (for eksempel 0301)."))
                return None
            return digits
        if f.kind is ValueKind.BOOL:
            value = parse_bool(text)
            if isinstance(value, InvalidValue):
                self.invalidInput.emit(self.tr("Skriv ja eller nei."))
                return None
            return text
        if f.kind is ValueKind.CODE and f.code_list:
            cl = self.codelists.lists.get(f.code_list)
            hit = cl.lookup(text) if cl is not None else None
            # An unknown code is allowed (the check warns about it); a known one is written
            # in its canonical spelling.
            return hit.code if hit is not None else text
        return text
