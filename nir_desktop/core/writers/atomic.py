"""Atomic file writes: a temporary file beside the target, then one rename.

A failed write must never leave a half file behind, and the user's original export
must never be the target of a write.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from nir_desktop.core.i18n import Msg


class WriteError(Exception):
    """A write that could not be done; ``message`` is safe to show (a core.i18n.Msg:
    ``render(message, lang)`` in the user's language)."""

    def __init__(self, message: str | Msg) -> None:
        super().__init__(message)
        self.message = message


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
    except OSError:
        pass
    try:
        return os.path.samefile(a, b)
    except OSError:
        # One of them does not exist yet: they cannot be the same file.
        return False


def ensure_not_original(target: Path | str, original: Path | str | None) -> None:
    """Raise WriteError when ``target`` is (a link to) the original input file."""
    if original is None:
        return
    target, original = Path(target), Path(original)
    if _same_file(target, original):
        raise WriteError(
            Msg("Kan ikke skrive til {file}: det er originalfilen. "
                "Originalen endres aldri – velg et annet filnavn.", file=target.name)
        )


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open directories.
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace(tmp: Path, target: Path) -> None:
    # On Windows a virus scanner or the search indexer may hold the new file for a moment.
    for attempt in range(_REPLACE_TRIES):
        try:
            os.replace(tmp, target)
            return
        except PermissionError:
            if attempt == _REPLACE_TRIES - 1 or os.name != "nt":
                raise
            time.sleep(0.2 * (attempt + 1))


_REPLACE_TRIES = 4


@contextlib.contextmanager
def atomic_open(target: Path | str, original: Path | str | None = None) -> Iterator[BinaryIO]:
    """Open a temporary binary file that replaces ``target`` only if the block succeeds."""
    target = Path(target)
    ensure_not_original(target, original)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise WriteError(Msg("Mappen {folder} finnes ikke. Velg en mappe som finnes.",
                             folder=str(directory)))
    if target.is_dir():
        raise WriteError(Msg("Kan ikke skrive til {file}: det er en mappe.", file=str(target)))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteError(
            Msg("Kan ikke skrive i mappen {folder}: {error}. Sjekk at du har skrivetilgang.",
                folder=str(directory), error=str(exc.strerror or exc))
        ) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); give it the mode a normal save would.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        _replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, PermissionError):
            raise WriteError(
                Msg("Kunne ikke skrive {file}: ingen tilgang. Filen kan være åpen i Excel "
                    "eller et annet program – lukk den og prøv igjen. Ingenting ble lagret.",
                    file=target.name)
            ) from exc
        if isinstance(exc, OSError):
            raise WriteError(
                Msg("Kunne ikke skrive {file}: {error}. "
                    "Ingenting ble lagret; sjekk ledig plass og skrivetilgang.",
                    file=target.name, error=str(exc.strerror or exc))
            ) from exc
        raise
    _fsync_dir(directory)


def atomic_write(target: Path | str, produce: Callable[[BinaryIO], None],
                 original: Path | str | None = None) -> None:
    """Write ``target`` atomically with ``produce(fh)``."""
    with atomic_open(target, original) as fh:
        produce(fh)


def atomic_write_bytes(target: Path | str, data: bytes,
                       original: Path | str | None = None) -> None:
    with atomic_open(target, original) as fh:
        fh.write(data)


def atomic_write_text(target: Path | str, text: str, encoding: str = "utf-8",
                      original: Path | str | None = None) -> None:
    atomic_write_bytes(target, text.encode(encoding), original)
