"""What the readers raise when a file cannot be read, in words a caseworker understands."""

from __future__ import annotations

from pathlib import Path


def printable(text: str) -> str:
    """``text`` without lone surrogates, so it can be printed, written as UTF-8 and put in
    JSON. A file name with a byte that is not UTF-8 (Linux keeps such bytes as surrogates,
    os.fsdecode) shows that byte as U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


class ReadError(Exception):
    """A file that cannot be read at all.

    ``message`` is a complete Norwegian sentence (or two) that names the file and the
    reason; it is meant to be shown as it is, in a dialog or on stderr.
    """

    def __init__(self, path: Path | str, reason: str, *, sheet: str | None = None,
                 row: int | None = None, column: str | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.sheet = sheet
        self.row = row
        self.column = column
        where = []
        if sheet is not None:
            where.append(f"arket «{sheet}»")
        if row is not None:
            where.append(f"rad {row}")
        if column is not None:
            where.append(f"kolonne {column}")
        place = f" ({', '.join(where)})" if where else ""
        self.message = f"Kan ikke lese «{printable(self.path.name)}»{place}: {reason}"
        super().__init__(self.message)


class ReadCancelled(Exception):
    """The user cancelled reading; nothing was read."""
