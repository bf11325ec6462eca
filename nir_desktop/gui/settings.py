"""User preferences kept in QSettings (registry on Windows, an ini file elsewhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from nir_desktop.core.i18n import LANGUAGES  # nb, nn, en: also the window's languages

ORGANIZATION = "NIR-kontroll"
APPLICATION = "NIR-kontroll"
MAX_RECENT = 8


def qsettings() -> QSettings:
    """The settings file in the user's config folder (or the portable / NIR_KONTROLL_HOME
    folder), as INI so IT can read and pre-seed it."""
    from nir_desktop.core.paths import settings_file

    try:
        return QSettings(str(settings_file()), QSettings.Format.IniFormat)
    except OSError:  # no writable config folder: settings live for this run only
        return QSettings(ORGANIZATION, APPLICATION)


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in {"true", "1", "yes"}


class AppSettings:
    """Typed access to the few preferences the GUI keeps."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or qsettings()

    # -- language --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "nb") or "nb")
        return value if value in LANGUAGES else "nb"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "nb")

    # -- privacy ---------------------------------------------------------------------------
    @property
    def mask_fnr(self) -> bool:
        return _bool(self._s.value("privacy/mask_fnr"), True)

    @mask_fnr.setter
    def mask_fnr(self, value: bool) -> None:
        self._s.setValue("privacy/mask_fnr", bool(value))

    # -- recent files ----------------------------------------------------------------------
    @property
    def recent_files(self) -> list[Path]:
        raw = self._s.value("files/recent", [])
        if isinstance(raw, str):
            raw = [raw]
        return [Path(p) for p in (raw or []) if p]

    def add_recent(self, path: Path) -> None:
        p = path.resolve()
        items = [r for r in self.recent_files if r.resolve() != p]
        self._s.setValue("files/recent", [str(x) for x in [p, *items][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self._s.setValue("files/recent", [str(x) for x in self.recent_files if x != path])

    def clear_recent(self) -> None:
        self._s.setValue("files/recent", [])

    @property
    def last_dir(self) -> str:
        return str(self._s.value("files/last_dir", "") or "")

    @last_dir.setter
    def last_dir(self, value: str) -> None:
        self._s.setValue("files/last_dir", value)

    # -- window state ----------------------------------------------------------------------
    def window_state(self) -> tuple[object, object]:
        return self._s.value("window/geometry"), self._s.value("window/state")

    def save_window_state(self, geometry: object, state: object) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def sync(self) -> None:
        self._s.sync()
