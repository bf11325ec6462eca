"""Test environment only (never shipped): a Wine 8 quirk in the C runtime, mended for the
Windows Python that build/windows/wine.sh runs the test suite with.

Wine's ucrtbase ``_locking()`` fails correctly when another process holds the byte, but
leaves ``errno`` at 0, so ``msvcrt.locking`` raises ``OSError(0)``. Real Windows sets
``EACCES`` (documented for ``_LK_NBLCK``), which is what the session lock
(nir_desktop/core/session/lock.py) reads as "another copy has this session open". Loaded
by ``nir_wine_quirks.pth`` in the Windows Python's site-packages.
"""

import errno
import msvcrt

_locking = msvcrt.locking


def _locking_with_errno(fd: int, mode: int, nbytes: int) -> None:
    try:
        _locking(fd, mode, nbytes)
    except OSError as exc:
        if exc.errno:
            raise
        raise OSError(errno.EACCES, "Permission denied (errno set by nir_wine_quirks)") from None


msvcrt.locking = _locking_with_errno
