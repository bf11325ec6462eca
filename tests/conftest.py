"""Every test runs against the compiled text catalogue (resources/locale/*/LC_MESSAGES):
the ``.mo`` files are compiled from their ``.po`` before the first test (only what
changed, with build/translations.py as ``./dev.sh`` does), so an English or nynorsk test
never passes or fails on the bokmål fallback by accident."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    spec = importlib.util.spec_from_file_location("nir_translations",
                                                  ROOT / "build" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except ImportError as exc:  # the English and nynorsk tests would test bokmål
        raise pytest.UsageError(
            "Babel is needed to compile resources/locale/*.po for the tests "
            "(pip install -e '.[test]')") from exc
    module.compile_all()


@pytest.fixture(scope="session")
def nn_style():
    """build/nn_style.py: every nynorsk text of the product (.ts, .po, guidance, data) and
    the one list of forms none of them may use."""
    spec = importlib.util.spec_from_file_location("nir_nn_style", ROOT / "build" / "nn_style.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
