"""Koblingsprofiler: the saved column mappings — rename, delete, export, import.

Export and import let one colleague set a file type up for the whole office.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nir_desktop.core.fields import SHEET_TITLES
from nir_desktop.core.mapping import MappingProfile, ProfileError, ProfileStore
from nir_desktop.gui.forms import translate_buttons
from nir_desktop.gui.i18n import core_text

translate = QCoreApplication.translate


def describe(profile: MappingProfile) -> str:
    """A short summary of what a profile maps (in the UI's language; the NIR sheet names
    stay as they are)."""
    parts = []
    for kind, cols in profile.columns.items():
        n = sum(1 for v in cols.values() if v)
        parts.append(translate("ProfilesDialog", "{0}: {1} kolonner").format(
            SHEET_TITLES[kind], n))
    n_values = sum(len(v) for v in profile.value_map.values())
    if n_values:
        parts.append(translate("ProfilesDialog", "{0} kodeverdier").format(n_values))
    return ", ".join(parts) or translate("ProfilesDialog", "ingen koblinger")


class ProfilesDialog(QDialog):
    # "Bruk på åpen fil": a profile made for a slightly different layout, used on this file.
    applyRequested = Signal(object)  # MappingProfile

    def __init__(self, store: ProfileStore, parent: QWidget | None = None,
                 start_dir: str = "", can_apply: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("profilesDialog")
        self.setWindowTitle(self.tr("Koblingsprofiler"))
        self.store = store
        self.start_dir = start_dir or str(Path.home())
        self.last_message = ""
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "En koblingsprofil sier hva kolonnene i en filtype betyr. Programmet velger "
            "profilen selv når du åpner en fil med de samme kolonnene. Eksporter en profil "
            "for å gi den til kolleger."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(self.tr("Lagrede koblingsprofiler"))
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.rename_button = QPushButton(self.tr("Gi nytt &navn…"), self)
        self.delete_button = QPushButton(self.tr("&Slett"), self)
        self.export_button = QPushButton(self.tr("&Eksporter…"), self)
        self.import_button = QPushButton(self.tr("&Importer…"), self)
        self.apply_button = QPushButton(self.tr("&Bruk på åpen fil"), self)
        self.apply_button.setToolTip(self.tr(
            "Les filen som er åpen på nytt med denne profilen, også om kolonnene ikke er "
            "helt de samme som profilen ble laget for."))
        self.apply_button.setVisible(can_apply)
        for b in (self.rename_button, self.delete_button, self.export_button,
                  self.import_button, self.apply_button):
            side.addWidget(b)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.rename_button.clicked.connect(lambda: self.rename())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.export_button.clicked.connect(lambda: self.export())
        self.import_button.clicked.connect(lambda: self.import_())
        self.apply_button.clicked.connect(lambda: self.apply_current())
        self.list.currentRowChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(620, 360)

    # -- list --------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        for p in self.store.list():
            item = QListWidgetItem(f"{p.name}  —  {describe(p)}")
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            self.list.addItem(item)
            if p.name == select:
                self.list.setCurrentItem(item)
        if self.list.count() == 0:
            item = QListWidgetItem(self.tr("Ingen lagrede profiler ennå. Lag en med "
                                           "Data → Kolonnetilordning…"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        elif self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def names(self) -> list[str]:
        return [n for i in range(self.list.count())
                if (n := self.list.item(i).data(Qt.ItemDataRole.UserRole))]

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self, *_: object) -> None:
        has = self.current_name() is not None
        for b in (self.rename_button, self.delete_button, self.export_button,
                  self.apply_button):
            b.setEnabled(has)

    # -- actions (arguments given: no dialog asks; tests and scripts use that) -------------
    def rename(self, new: str | None = None) -> bool:
        old = self.current_name()
        if old is None:
            return False
        if new is None:
            new, ok = QInputDialog.getText(self, self.tr("Gi nytt navn"),
                                           self.tr("Nytt navn på «{0}»:").format(old), text=old)
            if not ok:
                return False
        return self._do(lambda: self.store.rename(old, new.strip()), select=new.strip())

    def delete(self, confirm: bool = True) -> bool:
        name = self.current_name()
        if name is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Slett profil"),
                self.tr("Slette koblingsprofilen «{0}»? Filene dine endres ikke.").format(name)
        ) != QMessageBox.StandardButton.Yes:
            return False
        return self._do(lambda: self.store.delete(name))

    def export(self, destination: Path | None = None) -> bool:
        name = self.current_name()
        if name is None:
            return False
        if destination is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Eksporter koblingsprofil"),
                str(Path(self.start_dir) / f"{name}.json"), self.tr("Koblingsprofil (*.json)"))
            if not path:
                return False
            destination = Path(path)
        dest = destination
        return self._do(lambda: self.store.export(name, dest), select=name,
                        done=self.tr("Profilen er eksportert til {0}.").format(dest))

    def import_(self, source: Path | None = None) -> bool:
        if source is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Importer koblingsprofil"), self.start_dir,
                self.tr("Koblingsprofil (*.json);;Alle filer (*)"))
            if not path:
                return False
            source = Path(path)
        src = source
        imported: list[MappingProfile] = []
        ok = self._do(lambda: imported.append(self.store.import_file(src)))
        if ok and imported:
            self.refresh(select=imported[0].name)
        return ok

    def apply_current(self) -> bool:
        name = self.current_name()
        if name is None:
            return False
        try:
            profile = self.store.load(name)
        except ProfileError as exc:
            self._message(core_text(exc.message), QMessageBox.Icon.Warning)
            return False
        self.applyRequested.emit(profile)
        self.accept()
        return True

    def _do(self, work: Callable[[], object], select: str | None = None,
            done: str = "") -> bool:
        try:
            work()
        except ProfileError as exc:
            self._message(core_text(exc.message), QMessageBox.Icon.Warning)
            return False
        except OSError as exc:
            self._message(self.tr("Det gikk ikke: {0}").format(exc.strerror or exc),
                          QMessageBox.Icon.Warning)
            return False
        self.refresh(select=select)
        if done:
            self.last_message = done
        return True

    def _message(self, text: str, icon: QMessageBox.Icon) -> None:
        self.last_message = text
        box = QMessageBox(icon, self.tr("Koblingsprofiler"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
