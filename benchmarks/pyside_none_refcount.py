"""Does this PySide6 lose a reference to None on every void Qt call? (6.12.0 on 3.11 does.)

    .venv/bin/python benchmarks/pyside_none_refcount.py

Found while benchmarking the edit → highlight step: with PySide6-Essentials 6.12.0 on
Python 3.11, every call of a Qt method that returns nothing (``QLabel.setText``,
``QObject.setObjectName``, ``QEventLoop.quit``, ``QCoreApplication.processEvents`` …)
leaves ``sys.getrefcount(None)`` one lower. None is not immortal before Python 3.12, so
once the count reaches zero the interpreter aborts: "Fatal Python error: none_dealloc".
One cell edit in the main window makes ≈ 140–170 such calls; the window opened on the demo
export aborted after ≈ 145 edits in the benchmark harness. PySide6 6.11.3 on the same
Python does not leak.

Prints the change in None's reference count per 1,000 calls; 0 is healthy.
Exit code 1 when the leak is there (and not neutralised), 0 otherwise.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    label = QLabel()
    obj = QObject()
    worst = 0
    for name, call in (("QLabel.setText", lambda: label.setText("x")),
                       ("QObject.setObjectName", lambda: obj.setObjectName("x"))):
        before = sys.getrefcount(None)
        for _ in range(1000):
            call()
        change = sys.getrefcount(None) - before
        worst = min(worst, change)
        print(f"{name:24} {change:+6d} per 1000 calls")
    print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}, "
          f"None refcount now {sys.getrefcount(None)}")
    del app
    if worst < 0 and sys.getrefcount(None) < 1 << 32:
        print("LEKKASJE: None mister en referanse per kall; prosessen krasjer etter en stund.")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # With the leak, the interpreter's own teardown may be what hits zero: skip it.
    os._exit(code)
