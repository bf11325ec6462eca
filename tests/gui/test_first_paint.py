"""The window is shown before the heavy parts load: the first paint needs neither the
report, the rules, the sessions (pydantic), the writers nor python-stdnum; the panels and
add-ons follow from the event loop (benchmarks/README.md, start-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("pydantic", "stdnum", "openpyxl", "nir_desktop.core.report", "nir_desktop.core.rules",
         "nir_desktop.core.session", "nir_desktop.core.writers", "nir_desktop.core.readers",
         "nir_desktop.core.mapping",
         # The file's review (document, loader, session link) and the core model it needs:
         # built on first use, after the paint.
         "nir_desktop.gui.review", "nir_desktop.core.findings", "nir_desktop.core.model",
         "nir_desktop.core.reporting_year", "nir_desktop.core.review", "nir_desktop.core.edits",
         # The panels' room and every add-on room: none of their modules before the paint.
         "nir_desktop.gui.findings", "nir_desktop.gui.export", "nir_desktop.gui.sessions",
         "nir_desktop.gui.mapping", "nir_desktop.gui.compare")

PROGRAM = f"""
import json, sys
from PySide6.QtCore import QTimer
from nir_desktop.gui.app import make_app, install_extensions
from nir_desktop.gui.window.main_window import MainWindow
app = make_app([sys.argv[0]])
window = MainWindow(defer_panels=True, use_sessions=True)
window.show()
shown = [m for m in {HEAVY!r} if m in sys.modules]
# Qt Designer's plugins (Qt Quick, Qt WebEngine views) are not loaded by the form loader.
try:
    with open("/proc/self/maps") as maps:
        shown += sorted({{lib for lib in ("Qt6Quick", "Qt6WebEngine") if lib in maps.read()}})
except OSError:
    pass
review_built = window.review_ready
def later():
    window.build_panels()
    install_extensions(window)
    print(json.dumps({{"at_first_paint": shown, "review_before_paint": review_built,
                      "panels": window.panels_ready, "review": window.review_ready,
                      "export": window.extensions["export"].export_action.text(),
                      "welcome": window.centralStack.currentIndex(),
                      "year_list_width": window.year_combo.view().minimumWidth()}}))
    app.quit()
QTimer.singleShot(0, later)
app.exec()
"""


def test_the_first_paint_loads_none_of_the_heavy_modules(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NIR_KONTROLL_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"at_first_paint": [], "review_before_paint": False, "panels": True,
                      "review": True, "export": "&Eksporter…", "welcome": 0,
                      "year_list_width": 1000}
