"""GUI tests drive the real main window offscreen (QT_QPA_PLATFORM=offscreen), except the
ones marked ``xvfb``, which dev.sh runs on a real X server under xvfb-run."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, sessions and logs of the tests never touch the developer's own folders.
os.environ["NIR_KONTROLL_HOME"] = tempfile.mkdtemp(prefix="nir-gui-tests-")

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "nir-demo-2021.xlsx"


def _ensure_qm() -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if lrelease.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


_ensure_qm()


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch):
    """Each test its own settings/sessions folder: a session saved for the demo's bytes
    would otherwise be offered (with a question that waits for a click) to every later
    test that opens the demo."""
    monkeypatch.setenv("NIR_KONTROLL_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def demo_path() -> Path:
    if not DEMO.is_file():
        pytest.skip("the demo export is missing (python -m nir_desktop.devtools.demo --demo)")
    return DEMO


@pytest.fixture
def window(qtbot):
    from nir_desktop.gui.settings import AppSettings
    from nir_desktop.gui.window.main_window import MainWindow

    settings = AppSettings()
    settings.mask_fnr = True
    w = MainWindow(settings=settings, use_sessions=False)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    yield w
    w.loader.cancel()
    qtbot.waitUntil(lambda: not w.loader.busy, timeout=30_000)


def open_and_wait(qtbot, w, path: Path, **kw) -> None:
    with qtbot.waitSignal(w.loader.busyChanged, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        assert w.open_file(path, **kw)


@pytest.fixture
def open_file(qtbot):
    """Open a file in a window and wait until reading and checking are over."""
    return lambda w, path, **kw: open_and_wait(qtbot, w, path, **kw)


@pytest.fixture
def loaded(qtbot, window, demo_path):
    open_and_wait(qtbot, window, demo_path)
    assert window.document.is_open
    return window


@pytest.fixture
def mapping(window, tmp_path):
    """The mapping and code-list integration, with profiles and lists in tmp_path."""
    from nir_desktop.gui.mapping.mapping_hooks import install

    integration = install(window)  # the window's own if the app installed it
    integration.use_folders(tmp_path / "profiles", tmp_path / "codelists")
    return integration
