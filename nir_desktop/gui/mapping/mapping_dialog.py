"""Kolonnetilordning: tell the app what the file's sheets, columns and code spellings mean.

One row per file column: its header, a preview of its first values and a drop-down of our
fields, pre-filled with what the reader recognised and our best guesses. A live list
says which rules cannot run while a field is unmapped. The result is a MappingProfile
(saved by name, found again for files with the same headers).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.fields import FIELDS, SHEET_TITLES, Field, SheetKind
from nir_desktop.core.mapping import (
    MappingProfile,
    ProfileError,
    ProfileStore,
    field_for_header,
    headers_signature,
)
from nir_desktop.core.mapping_assist import (
    code_fields,
    guess_columns,
    preview,
    rules_blocked,
    unknown_codes,
)
from nir_desktop.core.model import Sheet, Workbook, column_letter
from nir_desktop.gui.described_items import DescribedItemDelegate
from nir_desktop.gui.forms import translate_buttons
from nir_desktop.gui.i18n import core_text, current_language

_GUESS_BRUSH = QBrush(QColor("#fff4ce"))  # a guess the user should look at
_NOT_CHECKED = "__none__"
_DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2



def _field_label(f: Field) -> str:
    """The field's name in the UI's language (descriptions exist in bokmål only)."""
    return f.label(current_language())

class MappingDialog(QDialog):
    """Map one open workbook. ``profile()`` gives the result; ``profileSaved`` fires after
    "Lagre og bruk" saved it in the store."""

    profileSaved = Signal(object)  # MappingProfile

    def __init__(self, workbook: Workbook, *, codes: CodeLists, year: int,
                 store: ProfileStore | None = None, reasons: list[str] | None = None,
                 mask_fnr: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.workbook = workbook
        self.codes = codes
        self.year = year
        self.store = store
        self.mask_fnr = mask_fnr
        self.is_csv = workbook.format == "csv"
        self.setWindowTitle(self.tr("Kolonnetilordning – {0}").format(workbook.path.name))
        # What the user has chosen so far.
        self.kinds: dict[str, SheetKind | None] = {s.name: s.kind for s in workbook.sheets}
        self.columns: dict[str, dict[int, str]] = {}  # sheet → {column → field}
        self.guessed: dict[str, set[int]] = {}
        self.value_map: dict[str, dict[str, str]] = {}
        for s in workbook.sheets:
            for name, spellings in s.value_map.items():
                # The sheet keeps folded spellings; show the file's own where we find them.
                for folded, canon in spellings.items():
                    self.value_map.setdefault(name, {})[folded] = canon
            self._init_columns(s)
        self._tables: dict[str, QTableWidget] = {}
        self._sheet_combos: dict[str, QComboBox] = {}
        self._field_delegate = DescribedItemDelegate(_DESCRIPTION_ROLE, self)
        self._build(reasons or [])
        self._refresh_all()
        self.resize(980, 680)

    # -- state -----------------------------------------------------------------------------
    def _init_columns(self, s: Sheet) -> None:
        kind = self.kinds[s.name]
        if kind is None:
            self.columns[s.name] = {}
            self.guessed[s.name] = set()
            return
        if kind == s.kind:
            chosen = {c: f for f, c in s.columns.items()}
        else:
            chosen = {}
            for c, h in enumerate(s.headers):
                name = field_for_header(kind, h) if h else None
                if name is not None and name not in chosen.values():
                    chosen[c] = name
        as_fields = {f: c for c, f in chosen.items()}
        guesses = guess_columns(s, kind, as_fields)
        chosen.update(guesses)
        self.columns[s.name] = chosen
        self.guessed[s.name] = set(guesses)

    def sheet(self, name: str) -> Sheet:
        sheet = self.workbook.sheet_named(name)
        assert sheet is not None
        return sheet

    def mapping(self) -> dict[SheetKind, set[str]]:
        out: dict[SheetKind, set[str]] = {}
        for name, kind in self.kinds.items():
            if kind is not None and kind not in out:
                out[kind] = set(self.columns[name].values())
        return out

    # -- building ----------------------------------------------------------------------------
    def _build(self, reasons: list[str]) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Velg hva hver kolonne i filen betyr. Kolonner programmet kjente igjen er fylt ut; "
            "<span style='background:#fff4ce'>gule</span> er forslag du bør se over. Felt "
            "merket * må være med. "
            "Koblingen lagres som en profil og brukes av seg selv neste gang du åpner en fil "
            "med de samme kolonnene."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if reasons:
            why = QLabel("<b>" + self.tr("Hvorfor du ser dette:") + "</b> "
                         + " ".join(core_text(r) for r in reasons), self)
            why.setObjectName("reasonsLabel")
            why.setWordWrap(True)
            layout.addWidget(why)

        top = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("profileNameEdit")
        self.name_edit.setText(self.workbook.profile or self._default_name())
        self.name_edit.setAccessibleName(self.tr("Navn på koblingsprofilen"))
        top.addRow(self.tr("&Profilnavn:"), self.name_edit)
        layout.addLayout(top)

        if not self.is_csv:
            box = QGroupBox(self.tr("Ark"), self)
            form = QFormLayout(box)
            for s in self.workbook.sheets:
                combo = QComboBox(box)
                combo.setObjectName(f"sheetKind:{s.name}")
                combo.addItem(self.tr("Ikke kontroller dette arket"), _NOT_CHECKED)
                for kind in SheetKind:
                    combo.addItem(SHEET_TITLES[kind], kind.value)
                combo.setCurrentIndex(combo.findData(
                    s.kind.value if s.kind is not None else _NOT_CHECKED))
                combo.setAccessibleName(self.tr("Hva arket «{0}» er").format(s.name))
                combo.currentIndexChanged.connect(
                    lambda _i, n=s.name: self._sheet_kind_changed(n))
                self._sheet_combos[s.name] = combo
                form.addRow(self.tr("«{0}» ({1} rader) er:").format(s.name, len(s.rows)), combo)
            layout.addWidget(box)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tabs = QTabWidget(splitter)
        self.tabs.setObjectName("mappingTabs")
        self.values_page = QWidget(self)
        values_layout = QVBoxLayout(self.values_page)
        hint = QLabel(self.tr(
            "Verdier i filen som ikke står i kodelistene. Velg hva filens skrivemåte betyr, så "
            "godtar kontrollen den. Cellene endres ikke; når du lagrer en rettet fil, velger du "
            "om den skal ha filens skrivemåte eller kodelistens. Er verdien ny, legg den heller "
            "til i kodelisten (Data → Kodelister…)."), self.values_page)
        hint.setWordWrap(True)
        values_layout.addWidget(hint)
        self.values_table = QTableWidget(0, 3, self.values_page)
        self.values_table.setObjectName("valuesTable")
        self.values_table.setHorizontalHeaderLabels(
            [self.tr("Felt"), self.tr("Skrivemåte i filen"), self.tr("Betyr i kodelisten")])
        self._setup_table(self.values_table, stretch=1)
        values_layout.addWidget(self.values_table, 1)
        self.blocked = QTextBrowser(splitter)
        self.blocked.setObjectName("blockedRules")
        self.blocked.setAccessibleName(self.tr("Regler som ikke kan kjøres"))
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.blocked)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 170])
        layout.addWidget(splitter, 1)

        # Own order (not the platform's): the usual choice last before Avbryt.
        self.apply_button = QPushButton(self.tr("Bruk &uten å lagre"), self)
        self.apply_button.setObjectName("applyButton")
        self.save_button = QPushButton(self.tr("&Lagre profil og kontroller"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        translate_buttons(buttons)
        self.save_button.clicked.connect(self.save_and_accept)
        self.apply_button.clicked.connect(self.apply_and_accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.apply_button)
        row.addWidget(self.save_button)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.saved_to_store = False

    def _default_name(self) -> str:
        stem = self.workbook.path.stem
        return self.tr("Filer som «{0}»").format(stem)

    @staticmethod
    def _setup_table(table: QTableWidget, stretch: int) -> None:
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        h = table.horizontalHeader()
        for c in range(table.columnCount()):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # -- filling -----------------------------------------------------------------------------
    def _refresh_all(self) -> None:
        current = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else ""
        self.tabs.clear()
        self._tables = {}
        for s in self.workbook.sheets:
            kind = self.kinds[s.name]
            if kind is None:
                continue
            table = self._column_table(s, kind)
            self._tables[s.name] = table
            self.tabs.addTab(table, self.tr("Kolonner i «{0}» ({1})").format(
                s.name, SHEET_TITLES[kind]))
        self.tabs.addTab(self.values_page, self.tr("Kodeverdier"))
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == current:
                self.tabs.setCurrentIndex(i)
        self._refresh_values()
        self._refresh_blocked()

    def _column_table(self, s: Sheet, kind: SheetKind) -> QTableWidget:
        table = QTableWidget(len(s.headers), 4, self)
        table.setObjectName(f"columns:{s.name}")
        table.setHorizontalHeaderLabels([self.tr("Kolonne i filen"), self.tr("Første verdier"),
                                         self.tr("Betyr"), self.tr("Om feltet")])
        self._setup_table(table, stretch=3)
        chosen = self.columns[s.name]
        for c, header in enumerate(s.headers):
            head = QTableWidgetItem(f"{column_letter(c)}  {header}")
            head.setToolTip(header)
            font = QFont(head.font())
            font.setBold(True)
            head.setFont(font)
            table.setItem(c, 0, head)
            values = preview(s, c, mask=self.mask_fnr)
            sample = QTableWidgetItem(" · ".join(values) if values else self.tr("(tom)"))
            sample.setForeground(QBrush(QColor("#555555")))
            table.setItem(c, 1, sample)
            combo = QComboBox(table)
            combo.setObjectName(f"field:{s.name}:{c}")
            combo.setAccessibleName(self.tr("Hva kolonnen «{0}» betyr").format(header))
            combo.addItem(self.tr("– ikke i bruk –"), None)
            for f in FIELDS[kind]:
                combo.addItem(_field_label(f) + (" *" if f.required else ""), f.name)
                description = f.description(current_language())
                combo.setItemData(combo.count() - 1, description or _field_label(f),
                                  Qt.ItemDataRole.ToolTipRole)
                combo.setItemData(combo.count() - 1, description, _DESCRIPTION_ROLE)
            combo.setItemDelegate(self._field_delegate)
            combo.view().setMinimumWidth(620)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(c))))
            combo.currentIndexChanged.connect(
                lambda _i, n=s.name, col=c, cb=combo: self._field_changed(n, col, cb))
            table.setCellWidget(c, 2, combo)
            table.setItem(c, 3, QTableWidgetItem(""))
            self._describe_row(table, s.name, kind, c)
        table.resizeColumnsToContents()
        table.setColumnWidth(1, min(table.columnWidth(1), 260))
        table.setColumnWidth(2, max(table.columnWidth(2), 210))
        return table

    def _describe_row(self, table: QTableWidget, sheet_name: str, kind: SheetKind,
                      c: int) -> None:
        name = self.columns[sheet_name].get(c)
        f = next((f for f in FIELDS[kind] if f.name == name), None)
        text = f.description(current_language()) if f is not None else ""
        guess = c in self.guessed.get(sheet_name, set())
        if guess:
            text = self.tr("Forslag – sjekk at det stemmer. ") + text
        item = table.item(c, 3)
        item.setText(text)
        item.setToolTip(text)
        brush = _GUESS_BRUSH if guess else QBrush()
        for col in (0, 1, 3):
            table.item(c, col).setBackground(brush)

    def _refresh_values(self) -> None:
        """One row per code spelling in the file that the code list does not know (a
        spelling the user mapped stays listed, with its mapping shown)."""
        table = self.values_table
        rows: list[tuple[str, str, str, str]] = []  # sheet, field, label, spelling
        seen: set[tuple[str, str]] = set()
        for s in self.workbook.sheets:
            kind = self.kinds[s.name]
            if kind is None:
                continue
            by_field = {f: c for c, f in self.columns[s.name].items()}
            for f in code_fields(kind):
                c = by_field.get(f.name)
                if c is None or f.code_list is None:
                    continue
                for spelling in unknown_codes(s, self.codes, f.code_list, c):
                    if (f.name, spelling.casefold()) not in seen:
                        seen.add((f.name, spelling.casefold()))
                        rows.append((s.name, f.name, _field_label(f), spelling))
        table.setRowCount(len(rows))
        for i, (_sheet, fname, label, spelling) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(label))
            table.setItem(i, 1, QTableWidgetItem(spelling))
            combo = QComboBox(table)
            combo.setObjectName(f"value:{fname}:{spelling}")
            combo.addItem(self.tr("– ikke koblet (ukjent kode) –"), None)
            list_name = next(f.code_list for k in SheetKind for f in FIELDS[k]
                             if f.name == fname and f.code_list)
            for code in self.codes.lists[list_name].codes():
                combo.addItem(code, code)
            current = self.value_map.get(fname, {}).get(" ".join(spelling.split()).casefold())
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.currentIndexChanged.connect(
                lambda _i, fn=fname, sp=spelling, cb=combo: self._value_changed(fn, sp, cb))
            table.setCellWidget(i, 2, combo)
        if not rows:
            table.setRowCount(1)
            item = QTableWidgetItem(self.tr("Alle kodeverdier i filen finnes i kodelistene."))
            table.setItem(0, 0, item)
            table.setSpan(0, 0, 1, 3)
        else:
            table.clearSpans()
        table.resizeColumnsToContents()

    def _refresh_blocked(self) -> None:
        html_parts: list[str] = []
        for s in self.workbook.sheets:
            kind = self.kinds[s.name]
            if kind is not None and "fodselsnummer" not in self.columns[s.name].values():
                html_parts.append("<p style='color:#a4262c'><b>" + escape(self.tr(
                    "Velg kolonnen med fødselsnummer i «{0}». Uten den blir arket ikke "
                    "kontrollert i det hele tatt.").format(s.name)) + "</b></p>")
        blocked = rules_blocked(self.mapping(), self.year, current_language())
        if not blocked:
            html_parts.append("<p><b>" + escape(self.tr(
                "Alle reglene for {0} kan kjøres.").format(self.year)) + "</b></p>")
        else:
            html_parts.append("<p><b>" + escape(self.tr(
                "{0} regler kan ikke kjøres for {1} med denne koblingen:").format(
                len(blocked), self.year)) + "</b></p>")
            html_parts.append("<ul>" + "".join(
                f"<li><b>{b.rule}</b> {escape(b.title)} – " + escape(self.tr("mangler")) + " "
                + escape(", ".join(b.missing)) + "</li>" for b in blocked) + "</ul>")
        self.blocked.setHtml("".join(html_parts))

    # -- reacting --------------------------------------------------------------------------
    def _sheet_kind_changed(self, sheet_name: str) -> None:
        data = self._sheet_combos[sheet_name].currentData()
        kind = None if data == _NOT_CHECKED else SheetKind(data)
        if kind is not None:
            # A kind belongs to one sheet: the other sheet that had it is no longer it.
            for other, k in self.kinds.items():
                if other != sheet_name and k == kind:
                    self.kinds[other] = None
                    combo = self._sheet_combos[other]
                    combo.blockSignals(True)
                    combo.setCurrentIndex(combo.findData(_NOT_CHECKED))
                    combo.blockSignals(False)
                    self._init_columns(self.sheet(other))
        self.kinds[sheet_name] = kind
        self._init_columns(self.sheet(sheet_name))
        self._refresh_all()

    def _field_changed(self, sheet_name: str, column: int, combo: QComboBox) -> None:
        name = combo.currentData()
        chosen = self.columns[sheet_name]
        table = self._tables[sheet_name]
        kind = self.kinds[sheet_name]
        assert kind is not None
        self.guessed[sheet_name].discard(column)
        if name is None:
            chosen.pop(column, None)
        else:
            # A field comes from one column: the column that had it lets go.
            for other, f in list(chosen.items()):
                if f == name and other != column:
                    del chosen[other]
                    self.guessed[sheet_name].discard(other)
                    w = table.cellWidget(other, 2)
                    if isinstance(w, QComboBox):
                        w.blockSignals(True)
                        w.setCurrentIndex(0)
                        w.blockSignals(False)
                    self._describe_row(table, sheet_name, kind, other)
            chosen[column] = name
        self._describe_row(table, sheet_name, kind, column)
        self._refresh_values()
        self._refresh_blocked()

    def _value_changed(self, field_name: str, spelling: str, combo: QComboBox) -> None:
        key = " ".join(spelling.split()).casefold()
        spellings = self.value_map.setdefault(field_name, {})
        canon = combo.currentData()
        if canon:
            spellings[key] = canon
        else:
            spellings.pop(key, None)
        if not spellings:
            del self.value_map[field_name]

    # -- the result ------------------------------------------------------------------------
    def set_field(self, sheet_name: str, column: int, field_name: str | None) -> None:
        """Choose a field for a column as the user would (tests and scripted use)."""
        combo = self._tables[sheet_name].cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(0, combo.findData(field_name)))

    def set_value(self, field_name: str, spelling: str, canonical: str | None) -> None:
        for i in range(self.values_table.rowCount()):
            combo = self.values_table.cellWidget(i, 2)
            if isinstance(combo, QComboBox) and combo.objectName() == \
                    f"value:{field_name}:{spelling}":
                combo.setCurrentIndex(max(0, combo.findData(canonical)))
                return
        raise KeyError(spelling)

    def profile(self) -> MappingProfile:
        sheet_map: dict[str, SheetKind | None] = {}
        columns: dict[SheetKind, dict[str, str | None]] = {}
        for s in self.workbook.sheets:
            kind = self.kinds[s.name]
            if not self.is_csv:
                sheet_map[s.name] = kind
            if kind is None:
                continue
            cols = columns.setdefault(kind, {})
            chosen = self.columns[s.name]
            for c, h in enumerate(s.headers):
                if not h or not h.strip():
                    continue
                if c in chosen:
                    cols[h] = chosen[c]
                elif field_for_header(kind, h) is not None:
                    cols[h] = None  # recognised by itself, but the user said: not this
        return MappingProfile(name=self.name_edit.text().strip(),
                              headers_signature=headers_signature(self.workbook),
                              sheet_map=sheet_map, columns=columns,
                              value_map={k: dict(v) for k, v in self.value_map.items() if v})

    def save_and_accept(self) -> bool:
        profile = self.profile()
        if not profile.name:
            self._warn(self.tr("Gi profilen et navn, for eksempel navnet på fagsystemet."))
            self.name_edit.setFocus()
            return False
        if self.store is not None:
            try:
                self.store.save(profile)
            except (ProfileError, OSError) as exc:
                message = getattr(exc, "message", None)
                self._warn(core_text(message) if message else self.tr(
                    "Profilen kunne ikke lagres ({0}).").format(type(exc).__name__))
                return False
            self.saved_to_store = True
            self.profileSaved.emit(profile)
        self.accept()
        return True

    def apply_and_accept(self) -> None:
        if not self.name_edit.text().strip():
            self.name_edit.setText(self._default_name())
        self.saved_to_store = False
        self.accept()

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Koblingsprofil"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_warning = text
