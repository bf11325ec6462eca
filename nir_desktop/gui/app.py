"""Starting the GUI: ``run_gui`` is what ``python -m nir_desktop`` calls with no subcommand.

Contracts:
- ``--self-test``: opens the demo export offscreen, waits for the check, selects the first
  finding, verifies the explanation panel shows its rule, prints one line, exits 0
  (1 on a failed check of the result, 2 on a timeout). Unless ``NIR_KONTROLL_HOME`` names a
  folder, it runs in a throwaway data folder it removes again: IT runs it after installing,
  and it must not leave recent files, window state or sessions in the user's settings.
- ``NIR_KONTROLL_STARTUP_PROBE=1``: prints "READY" and quits as soon as the main window
  is shown and the event loop is idle (the packaging benchmark measures this).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from nir_desktop import APP_NAME, __version__
from nir_desktop.core import paths
from nir_desktop.gui.i18n import install_translator
from nir_desktop.gui.settings import AppSettings

log = logging.getLogger(__name__)

STARTUP_PROBE_ENV = "NIR_KONTROLL_STARTUP_PROBE"
SELF_TEST_TIMEOUT_MS = 120_000


def make_app(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # argv is the full command line, program name first (as the CLI passes it).
        app = QApplication(list(argv) or [sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def install_extensions(window) -> None:
    """The parts built on top of the review window: the export wizard (with session
    exchange) and column mapping / profiles / code lists. Each adds its own menu actions
    through the window's hooks (see main_window's module docstring)."""
    from nir_desktop.gui import compare_actions, export_wizard, mapping_hooks

    window.export_actions = export_wizard.install(window)
    window.mapping = mapping_hooks.install(window)
    compare_actions.install(window)  # Fil → Sammenlign med …


@contextlib.contextmanager
def _throwaway_home() -> Iterator[None]:
    """Point NIR_KONTROLL_HOME at a new temporary folder for the duration, unless it is set."""
    if os.environ.get(paths.HOME_ENV):
        yield
        return
    folder = tempfile.mkdtemp(prefix="nir-kontroll-selvtest-")
    os.environ[paths.HOME_ENV] = folder
    try:
        yield
    finally:
        os.environ.pop(paths.HOME_ENV, None)
        shutil.rmtree(folder, ignore_errors=True)


def run_gui(argv: list[str], file: Path | None = None, self_test: bool = False) -> int:
    """Open the main window (with ``file`` if given) and run until it closes."""
    if self_test:
        # The self-test never needs a screen; it must also run on a build server.
        os.environ["QT_QPA_PLATFORM"] = os.environ.get("NIR_KONTROLL_SELFTEST_QPA", "offscreen")
        with _throwaway_home():
            return _run_gui(argv, file, self_test)
    return _run_gui(argv, file, self_test)


def _run_gui(argv: list[str], file: Path | None, self_test: bool) -> int:
    app = make_app(argv)
    settings = AppSettings()
    install_translator(app, settings.language)
    from nir_desktop.gui.main_window import MainWindow, demo_path

    if self_test:
        window = MainWindow(settings=settings, interactive=False, use_sessions=False)
        install_extensions(window)
        try:
            return _self_test(app, window, file or demo_path())
        finally:
            # Written now, into the throwaway folder, not by QSettings' destructor at exit
            # after the folder is gone (which would leave it behind in %TEMP%).
            settings.sync()
    # The window is shown first; its panels and add-ons (and the report, writer, mapping
    # and session modules they import) come once the event loop has painted it.
    window = MainWindow(settings=settings, defer_panels=True)
    window.show()
    probe = os.environ.get(STARTUP_PROBE_ENV) == "1"
    if probe:
        def ready() -> None:
            # Shown and painted, the event loop idle: the moment the bare window reports.
            print("READY", flush=True)
            app.quit()
        QTimer.singleShot(0, ready)

    def after_first_paint() -> None:
        window.build_panels()
        install_extensions(window)
        if file is not None and not probe:
            window.open_file(Path(file))

    QTimer.singleShot(0, after_first_paint)
    return app.exec()


def _self_test(app: QApplication, window, path: Path) -> int:
    outcome = {"rc": 2, "line": QCoreApplication.translate(
        "SelfTest", "Selvtest feilet: tidsavbrudd etter {0} sekunder").format(
        SELF_TEST_TIMEOUT_MS // 1000)}

    def finish(rc: int, line: str) -> None:
        outcome["rc"], outcome["line"] = rc, line
        app.quit()

    def loaded(*_: object) -> None:
        from nir_desktop.core.i18n import missing_catalogues, texts

        doc = window.document
        missing = missing_catalogues()
        if missing:
            finish(1, f"Selvtest feilet: tekstkatalogen mangler for {', '.join(missing)} "
                      "(resources/locale/*/LC_MESSAGES/nir_desktop.mo)")
            return
        index = window.findings_panel.first_finding_index()
        if index is None:
            finish(1, "Selvtest feilet: kontrollen av demo-eksporten ga ingen funn")
            return
        window.findings_panel.tree.setCurrentIndex(index)
        window.findings_panel._activated(index)
        f = window.current_finding()
        text = window.explanation_panel.text()
        if f is None or f.rule not in text:
            finish(1, "Selvtest feilet: forklaringspanelet viser ikke regelen til første funn")
            return
        nynorsk = texts("nn").gettext("dette er en mappe, ikke en fil.")
        finish(0, f"Selvtest OK: {path.name} kontrollert for {doc.year}, "
                  f"{len(doc.findings)} funn; første funn {f.rule} vises i forklaringspanelet; "
                  f"tekstkatalogen på nynorsk: «{nynorsk}»")

    def failed(title: str, message: str) -> None:
        finish(1, f"Selvtest feilet: {message}")

    window.document.loaded.connect(loaded)
    window.loader.failed.connect(failed)
    if not path.is_file():
        print(f"Selvtest feilet: finner ikke {path}", flush=True)
        return 1
    QTimer.singleShot(SELF_TEST_TIMEOUT_MS, app.quit)
    QTimer.singleShot(0, lambda: window.open_file(path))
    app.exec()
    print(outcome["line"], flush=True)
    return int(outcome["rc"])
