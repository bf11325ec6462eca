"""Where NIR-kontroll keeps what it writes for the user: settings, logs, review sessions,
mapping profiles and the user's own code-list additions.

Never in the install folder (a per-user install may be read-only, and an upgrade replaces
it). The order of precedence:

1. ``NIR_KONTROLL_HOME`` — one folder for everything (tests and support use it).
2. Portable mode — everything in ``data/`` beside the executable. Switched on by IT with a
   file ``portable.flag`` beside the executable, by ``NIR_KONTROLL_PORTABLE=1``, or by the
   command line's ``--portable`` through :func:`enable_portable`.
3. The user's own data folders (platformdirs):

   ============  =====================================  ===============================
   what          Windows                                Linux (XDG)
   ============  =====================================  ===============================
   settings,     %APPDATA%\\NIR-kontroll                 ~/.config/NIR-kontroll
   profiles,
   code lists
   sessions      %LOCALAPPDATA%\\NIR-kontroll\\sessions   ~/.local/share/NIR-kontroll/…
   logs          %LOCALAPPDATA%\\NIR-kontroll\\logs       ~/.local/state/NIR-kontroll/log
   ============  =====================================  ===============================

   On Windows the logs sit beside the sessions in a folder named ``logs``, as they do in
   portable mode and under ``NIR_KONTROLL_HOME`` (platformdirs' own choice there would be
   ``Logs``: one name is easier to find and to tell IT about).

   Sessions hold fødselsnummer, so they go to the local (non-roaming) folder: a roaming
   profile would copy them to the municipality's profile server at every logoff. Profiles
   and code lists hold no personal data and may follow the user.

Every function creates its folder on demand and raises :class:`DataFolderError` with a
Norwegian message when it cannot.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from nir_desktop.core.i18n import Msg

APP_NAME = "NIR-kontroll"
HOME_ENV = "NIR_KONTROLL_HOME"
PORTABLE_ENV = "NIR_KONTROLL_PORTABLE"
PORTABLE_FLAG = "portable.flag"
PORTABLE_FOLDER = "data"
LOGS_FOLDER = "logs"
SETTINGS_NAME = "settings.ini"

# Set by enable_portable(); the folder that holds the executable (data/ goes inside it).
_portable_base: Path | None = None
_WINDOWS = sys.platform == "win32"


class DataFolderError(OSError):
    """A data folder could not be created or written; ``message`` is for the user."""

    def __init__(self, message: str | Msg) -> None:
        super().__init__(message)
        self.message = message  # a core.i18n.Msg: render(message, lang)


def install_dir() -> Path:
    """The folder of the executable when frozen; the project folder when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def enable_portable(base: Path | str | None = None) -> None:
    """Keep everything in ``<base>/data`` (``base`` defaults to :func:`install_dir`)."""
    global _portable_base
    _portable_base = Path(base) if base is not None else install_dir()


def disable_portable() -> None:
    """Undo :func:`enable_portable` (the flag file and the variable still count)."""
    global _portable_base
    _portable_base = None


def portable_base() -> Path | None:
    """The folder whose ``data/`` holds everything in portable mode, or None."""
    if _portable_base is not None:
        return _portable_base
    if os.environ.get(PORTABLE_ENV, "").strip().lower() in ("1", "true", "ja", "yes"):
        return install_dir()
    # Only a frozen build looks for the flag: from source, install_dir() is the repository.
    if getattr(sys, "frozen", False) and (install_dir() / PORTABLE_FLAG).is_file():
        return install_dir()
    return None


def mode() -> str:
    """"home" (NIR_KONTROLL_HOME), "portable" or "user" — for the about box and self-test."""
    if os.environ.get(HOME_ENV):
        return "home"
    return "portable" if portable_base() is not None else "user"


def _single_root() -> Path | None:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home).expanduser()
    base = portable_base()
    if base is not None:
        return base / PORTABLE_FOLDER
    return None


def _ensure(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(Msg(
            "Kan ikke opprette mappen «{folder}» der NIR-kontroll lagrer innstillinger og "
            "arbeid ({error}). Sjekk at du har skrivetilgang, eller be IT om hjelp.",
            folder=str(path), error=str(exc.strerror or exc))) from exc
    return path


def data_dir() -> Path:
    """The local (non-roaming) data folder; sessions live below it."""
    root = _single_root()
    if root is not None:
        return _ensure(root)
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)))


def config_dir() -> Path:
    """Settings, mapping profiles and code lists (roaming on Windows; no personal data)."""
    root = _single_root()
    if root is not None:
        return _ensure(root)
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)))


def sessions_dir() -> Path:
    return _ensure(data_dir() / "sessions")


def profiles_dir() -> Path:
    return _ensure(config_dir() / "profiles")


def codelists_dir() -> Path:
    return _ensure(config_dir() / "codelists")


def logs_dir() -> Path:
    root = _single_root()
    if root is not None:
        return _ensure(root / LOGS_FOLDER)
    if _WINDOWS:
        return _ensure(data_dir() / LOGS_FOLDER)
    return _ensure(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def settings_file() -> Path:
    """The settings file (INI; meant for ``QSettings(path, QSettings.IniFormat)``).

    Only its folder is created; the file itself is written by whoever saves settings.
    """
    return config_dir() / SETTINGS_NAME


def describe() -> dict[str, str]:
    """Every location, as text, for the about box, the self-test and support."""
    return {
        "modus": mode(),
        "data": str(data_dir()),
        "innstillinger": str(settings_file()),
        "økter": str(sessions_dir()),
        "profiler": str(profiles_dir()),
        "kodelister": str(codelists_dir()),
        "logger": str(logs_dir()),
    }
