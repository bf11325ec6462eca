"""What the readers raise when a file cannot be read, in words a caseworker understands."""

from __future__ import annotations

from pathlib import Path

from nir_desktop.core.i18n import Msg, render


def printable(text: str) -> str:
    """``text`` without lone surrogates, so it can be printed, written as UTF-8 and put in
    JSON. A file name with a byte that is not UTF-8 (Linux keeps such bytes as surrogates,
    os.fsdecode) shows that byte as U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


# Reasons more than one reader gives.
NO_ACCESS = Msg("du har ikke tilgang til å lese filen. Er den åpen i et annet program, eller "
                "mangler du tilgang til mappen?")
DAMAGED = Msg("filen er skadet eller ufullstendig (kanskje avbrutt under kopiering eller "
              "nedlasting). Lagre eller last den ned på nytt.")
PASSWORD = Msg("filen er passordbeskyttet. Fjern passordet i Excel og lagre den på nytt.")
PANIC = Msg("filen er skadet på en måte regnearkleseren ikke tåler. Åpne den i Excel og lagre "
            "den på nytt som .xlsx.")


class ReadError(Exception):
    """A file that cannot be read at all.

    ``message`` is a complete sentence (or two) that names the file and the reason, a
    ``Msg``: it reads as bokmål, and ``render(lang)`` (or ``core.i18n.render``) gives it in
    the user's language where it is shown, in a dialog or on stderr.
    """

    def __init__(self, path: Path | str, reason: str, *, sheet: str | None = None,
                 row: int | None = None, column: str | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.sheet = sheet
        self.row = row
        self.column = column
        where: list[Msg] = []
        if sheet is not None:
            where.append(Msg("arket «{sheet}»", sheet=sheet))
        if row is not None:
            where.append(Msg("rad {row}", row=row))
        if column is not None:
            where.append(Msg("kolonne {column}", column=column))
        name = printable(self.path.name)
        if where:
            self.message = Msg("Kan ikke lese «{file}» ({where}): {reason}", file=name,
                               where=tuple(where), reason=reason)
        else:
            self.message = Msg("Kan ikke lese «{file}»: {reason}", file=name, reason=reason)
        super().__init__(self.message)

    def render(self, lang: str | None) -> str:
        """The message in ``lang`` ("nb", "nn", "en")."""
        return render(self.message, lang)


class ReadCancelled(Exception):
    """The user cancelled reading; nothing was read."""
