"""Wires column mapping, profiles and code lists into the main window.

``install(window)`` adds the Data menu (Kolonnetilordning…, Koblingsprofiler…), Innstillinger →
Kodelister…, "Legg til i kodelisten…" for KODE001 findings (explanation panel button, the
findings list's context menu, Kontroll menu), makes the window read files with the saved
profiles and check them with the user's code lists, and offers the mapping dialog by itself
when a file's columns were not understood.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from nir_desktop.core.codelists import CodeListError, CodeLists
from nir_desktop.core.fields import FIELDS
from nir_desktop.core.findings import Finding
from nir_desktop.core.mapping import MappingProfile, ProfileStore, headers_signature
from nir_desktop.core.mapping_assist import mapping_wanted
from nir_desktop.core.user_codelists import load_codelists
from nir_desktop.gui.i18n import core_text
from nir_desktop.gui.mapping.codelist_settings import AddCodeDialog, CodeListSettings
from nir_desktop.gui.mapping.mapping_dialog import MappingDialog
from nir_desktop.gui.mapping.profiles_dialog import ProfilesDialog

if TYPE_CHECKING:
    from nir_desktop.gui.window_hooks import ReviewWindow

log = logging.getLogger(__name__)

UNKNOWN_CODE_RULE = "KODE001"


def code_list_of(f: Finding) -> str | None:
    """The code list an unknown-code finding is about (None for any other finding)."""
    if f.rule != UNKNOWN_CODE_RULE or not f.field:
        return None
    for fields in FIELDS.values():
        for fd in fields:
            if fd.name == f.field and fd.code_list:
                return fd.code_list
    return None


class MappingIntegration(QObject):
    def __init__(self, window: ReviewWindow, *, profiles_dir: Path | None = None,
                 codelists_dir: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._profiles_dir = profiles_dir
        self.codelists_dir = codelists_dir
        self.dialog: Any = None  # the last dialog opened (tests and screenshots look at it)
        self._offered: set[str] = set()  # header signatures the dialog was offered for
        self.codes = self._load_codes()
        self._set_engine_codes(self.codes)
        self._read_with_profiles()
        self._build_actions()
        window.loader.loaded.connect(self._loaded)

    # -- plumbing ----------------------------------------------------------------------------
    def use_folders(self, profiles_dir: Path | None = None,
                    codelists_dir: Path | None = None) -> None:
        """Keep profiles and code lists in these folders (tests; support with a shared
        office folder)."""
        if profiles_dir is not None:
            self._profiles_dir = profiles_dir
            self._read_with_profiles()
        if codelists_dir is not None:
            self.codelists_dir = codelists_dir
            self._set_engine_codes(self._load_codes())

    @property
    def store(self) -> ProfileStore:
        if self._profiles_dir is None:
            from nir_desktop.core import paths

            self._profiles_dir = paths.profiles_dir()
        return ProfileStore(self._profiles_dir)

    def _load_codes(self) -> CodeLists:
        try:
            return load_codelists(self.codelists_dir)
        except (CodeListError, OSError):
            log.warning("the user's code lists could not be read; the shipped ones are used")
            return CodeLists.default()

    def _set_engine_codes(self, codes: CodeLists) -> None:
        self.codes = codes
        self.window.use_codelists(codes)

    def _read_with_profiles(self) -> None:
        try:
            self.window.set_read_option("profiles", self.store)
        except OSError:
            log.warning("the mapping profile folder cannot be used")

    def _build_actions(self) -> None:
        w = self.window
        self.action_mapping = QAction(self.tr("&Kolonnetilordning…"), w)
        self.action_mapping.setObjectName("actionColumnMapping")
        self.action_mapping.setStatusTip(self.tr("Fortell programmet hva kolonnene i filen "
                                                 "betyr, og lagre det som en profil"))
        self.action_mapping.triggered.connect(lambda: self.show_mapping())
        self.action_profiles = QAction(self.tr("Koblings&profiler…"), w)
        self.action_profiles.setObjectName("actionProfiles")
        self.action_profiles.triggered.connect(lambda: self.show_profiles())
        self.action_codelists = QAction(self.tr("&Kodelister…"), w)
        self.action_codelists.setObjectName("actionCodelists")
        self.action_codelists.triggered.connect(lambda: self.show_codelists())
        self.action_add_code = QAction(self.tr("Legg til i &kodelisten…"), w)
        self.action_add_code.setObjectName("actionAddToCodeList")
        self.action_add_code.triggered.connect(lambda: self.add_code_for_current())
        # Data menu, before Innstillinger.
        self.menu_data = QMenu(self.tr("&Data"), w)
        self.menu_data.setObjectName("menuData")
        self.menu_data.addAction(self.action_mapping)
        self.menu_data.addAction(self.action_profiles)
        self.menu_data.addSeparator()
        self.menu_data.addAction(self.action_codelists)
        w.add_menu(self.menu_data)
        w.add_menu_action("settings", self.action_codelists)
        w.add_menu_action("check", self.action_add_code)
        # The explanation panel: a button beside "Kvitter ut" for unknown codes.
        self.add_code_button = QPushButton(self.tr("Legg til i kodelisten…"))
        self.add_code_button.setObjectName("addToCodeListButton")
        self.add_code_button.clicked.connect(lambda: self.add_code_for_current())
        w.add_explanation_button(self.add_code_button)
        w.findingShown.connect(self._update_state)
        w.add_finding_menu_hook(self._finding_menu)
        w.loader.busyChanged.connect(self._update_state)
        w.document.loaded.connect(self._update_state)
        w.document.closed.connect(self._update_state)
        self._update_state()

    def _update_state(self, *_: object) -> None:
        w = self.window
        busy = w.loader.busy
        self.action_mapping.setEnabled(w.document.is_open and not busy)
        f = w.current_finding()
        can_add = f is not None and code_list_of(f) is not None
        self.action_add_code.setEnabled(can_add and not busy and w.document.is_open)
        self.add_code_button.setVisible(can_add)
        self.add_code_button.setEnabled(not busy)

    def _finding_menu(self, menu: QMenu, f: Finding | None) -> None:
        if f is not None and code_list_of(f) is not None:
            value = f.params.get("value", "")
            menu.addSeparator()
            menu.addAction(self.tr("Legg til «{0}» i kodelisten…").format(value),
                           lambda: self.add_code(f))
            menu.addAction(self.tr("«{0}» er en annen skrivemåte for en kode…").format(value),
                           lambda: self.map_value())

    # -- opening -----------------------------------------------------------------------------
    def _loaded(self, workbook: Any, year: int, _run: Any) -> None:
        reasons = mapping_wanted(workbook)
        if not reasons or not self.window.interactive:
            return
        signature = headers_signature(workbook)
        if signature in self._offered:
            return
        self._offered.add(signature)
        self.show_mapping(reasons)

    # -- the dialogs -------------------------------------------------------------------------
    def show_mapping(self, reasons: list[str] | None = None) -> MappingDialog | None:
        doc = self.window.document
        if doc.workbook is None:
            return None
        dlg = MappingDialog(doc.workbook, codes=self.codes, year=doc.year or 0,
                            store=self._store_or_none(), reasons=reasons,
                            mask_fnr=doc.mask_fnr, parent=self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.apply_profile(dlg.profile()))
        self.dialog = dlg
        dlg.open()
        return dlg

    def map_value(self) -> MappingDialog | None:
        """The mapping dialog on its code-values page: map the file's spelling of a code."""
        dlg = self.show_mapping()
        if dlg is not None:
            dlg.tabs.setCurrentWidget(dlg.values_page)
        return dlg

    def _store_or_none(self) -> ProfileStore | None:
        try:
            return self.store
        except OSError:
            return None

    def apply_profile(self, profile: MappingProfile) -> bool:
        """Read the open file again with ``profile`` and check it (edits: see below)."""
        w = self.window
        doc = w.document
        if doc.workbook is None:
            return False
        if doc.net_edits and w.interactive:
            # The cells are read again from the file; the session keeps the edits, and
            # the window offers them back when the file opens.
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Kolonnetilordning"),
                              self.tr("Filen leses inn på nytt med den nye koblingen. "
                                      "Endringene dine er lagret i økten, og du får tilbud om "
                                      "å hente dem tilbake."), QMessageBox.StandardButton.Ok,
                              w)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self._offered.add(profile.headers_signature)
        return w.open_file(doc.workbook.path, doc.year, profile=profile)

    def show_profiles(self) -> ProfilesDialog | None:
        store = self._store_or_none()
        if store is None:
            self.window.show_error(self.tr("Koblingsprofiler"), self.tr(
                "Mappen for koblingsprofiler kan ikke brukes. Sjekk at du har skrivetilgang "
                "til programmets datamappe, eller be IT om hjelp."))
            return None
        dlg = ProfilesDialog(store, self.window, start_dir=self.window.settings.last_dir,
                             can_apply=self.window.document.is_open)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.applyRequested.connect(self.apply_profile)
        self.dialog = dlg
        dlg.open()
        return dlg

    def show_codelists(self) -> CodeListSettings:
        dlg = CodeListSettings(self.codelists_dir, self.window,
                               start_dir=self.window.settings.last_dir)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.codelistsChanged.connect(self.codelists_changed)
        self.dialog = dlg
        dlg.open()
        return dlg

    def codelists_changed(self, codes: CodeLists) -> None:
        """New lists: check the open file again with them."""
        self._set_engine_codes(codes)
        if self.window.document.is_open:
            self.window.recheck()

    # -- Legg til i kodelisten ---------------------------------------------------------------
    def add_code_for_current(self) -> AddCodeDialog | None:
        f = self.window.current_finding()
        return self.add_code(f) if f is not None else None

    def add_code(self, f: Finding) -> AddCodeDialog | None:
        list_name = code_list_of(f)
        if list_name is None:
            return None
        dlg = AddCodeDialog(list_name, str(f.params.get("value", "")), self.codes, self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self._add_accepted(dlg))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _add_accepted(self, dlg: AddCodeDialog) -> None:
        try:
            codes = dlg.add(self.codelists_dir)
        except (CodeListError, OSError) as exc:
            self.window.show_error(self.tr("Kodelisten ble ikke endret"),
                                   core_text(getattr(exc, "message", None) or str(exc)))
            return
        self.window.show_status(
            self.tr("«{0}» er lagt til i kodelisten. Kontrollerer på nytt …").format(dlg.code),
            6000)
        self.codelists_changed(codes)


def install(window: ReviewWindow, **kwargs: Any) -> MappingIntegration:
    """Hook mapping, profiles and code lists into ``window`` (kept as
    ``window.extensions["mapping"]``; installing twice gives the first)."""
    existing = window.extensions.get("mapping")
    if isinstance(existing, MappingIntegration):
        return existing
    integration = MappingIntegration(window, **kwargs)
    window.extensions["mapping"] = integration
    return integration
