"""The startup baseline: the smallest PySide6 program with a shown main window.

Prints READY once the window is shown and the event loop is idle — the same moment the
app's startup probe (NIR_KONTROLL_STARTUP_PROBE=1) reports — then quits.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    win = QMainWindow()
    win.setWindowTitle("bare")
    win.setCentralWidget(QLabel("bare"))
    win.resize(800, 600)
    win.show()

    def ready() -> None:
        print("READY", flush=True)
        app.quit()

    # A zero timer fires once the events queued by show() have been handled.
    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
