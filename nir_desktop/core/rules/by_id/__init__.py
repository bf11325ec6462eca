"""One module per rule, named after its id (``int001.py`` holds INT001): its catalogue
entry (texts, sources, examples, thresholds) and its check, registered on import.

Every module in this folder is imported here, so a new rule is one new module (and its
tests in ``tests/core/rules/test_<id>.py``); nothing else lists the rules.
"""

from __future__ import annotations

import importlib
import pkgutil

LOADED: list[str] = []

for _m in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    if not _m.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_m.name}")
        LOADED.append(_m.name)
