"""Fixtures the session tests share: an empty session store in the test's own home folder,
and a small checked workbook whose export file exists on disk (a test file may define its own
``wb``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_fixtures import make_workbook, original_rows

from nir_desktop.core.model import Workbook
from nir_desktop.core.session import SessionStore


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    return SessionStore(tmp_path / "home" / "sessions")


@pytest.fixture
def wb(tmp_path: Path) -> Workbook:
    return make_workbook(tmp_path / "original", original_rows())
