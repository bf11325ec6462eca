"""Where the GUI finds its files (Designer forms, icons, translations, guidance).

In a source checkout they sit beside the package; in a PyInstaller bundle they are
unpacked under ``sys._MEIPASS`` with the same relative layout (``ui/``, ``resources/``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from nir_desktop.core.resources import resources_dir


def app_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def ui_path(name: str) -> Path:
    return app_root() / "ui" / name


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons by file stem (e.g. "error")."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
