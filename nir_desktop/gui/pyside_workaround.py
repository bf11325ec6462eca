"""Keep the interpreter alive under PySide6 6.12.0 on Python 3.11.

That PySide6 release drops one reference to ``None`` on every call of a Qt method that
returns nothing (``setText``, ``processEvents`` ...). Before Python 3.12 ``None`` is an
ordinary object, so after some thousands of such calls its count reaches zero and the
process aborts with "Fatal Python error: none_dealloc" — in the window that is about
150 cell edits on the demo export. Python 3.12 made ``None`` immortal; we do the same,
but only when the installed PySide6 is measured to leak, so a fixed release or a newer
Python is left alone. ``benchmarks/pyside_none_refcount.py`` shows the leak.
"""

from __future__ import annotations

import ctypes
import sys

_PROBE_CALLS = 16
# Far more references than a process could ever drop, yet far from overflowing Py_ssize_t.
_IMMORTAL_BOOST = 1 << 40


def leaks_none() -> bool:
    """True when a void Qt call costs ``None`` a reference in this process."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - _PROBE_CALLS // 2


def keep_none_alive() -> bool:
    """Make ``None`` effectively immortal when PySide6 leaks it; True when applied."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > _IMMORTAL_BOOST // 2:
        return False
    if not leaks_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _IMMORTAL_BOOST
    return True
