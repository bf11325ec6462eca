"""Every test runs against the compiled text catalogue (resources/locale/*/LC_MESSAGES):
a missing or stale ``.mo`` is compiled from its ``.po`` before the first test, so an
English or nynorsk test never passes or fails on the bokmål fallback by accident."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"


def _ensure_mo() -> None:
    stale = [po for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))
             if not po.with_suffix(".mo").exists()
             or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime]
    if not stale:
        return
    try:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po
    except ImportError as exc:  # the English and nynorsk tests would test bokmål
        raise pytest.UsageError(
            "Babel is needed to compile resources/locale/*.po for the tests "
            "(pip install Babel, or run build/translations.py compile)") from exc
    for po in stale:
        with po.open("rb") as fh:
            catalog = read_po(fh)
        with po.with_suffix(".mo").open("wb") as fh:
            write_mo(fh, catalog)


def pytest_configure(config: pytest.Config) -> None:
    _ensure_mo()
