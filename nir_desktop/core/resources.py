"""Where the shipped resources (code lists, demo, guidance, icons) live.

From a source checkout that is the repository's ``resources/`` folder; in a PyInstaller
bundle it is ``resources/`` under ``sys._MEIPASS`` (the spec collects it there).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    # nir_desktop/core/resources.py → repository root is three levels up.
    return Path(__file__).resolve().parents[2] / "resources"


def codelists_dir() -> Path:
    return resources_dir() / "codelists"
