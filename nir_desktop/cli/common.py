"""What every command shares: exit codes, the error a user can act on, reading the file
with its profile and code lists, and writing text to the screen or a file."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nir_desktop.core.i18n import N_, Msg, render, texts

log = logging.getLogger("nir_desktop.cli")

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_UNREADABLE = 2
EXIT_CRASH = 3

COMMANDS = ("check", "fix", "compare", "rules")
LANGS = ("nb", "nn", "en")
LANG_HELP = N_("nb = bokmål, nn = nynorsk, en = engelsk")

EXIT_CODES_HELP = N_(
    "Avslutningskoder: 0 = kontrollert, ingen feil (eller rettet fil skrevet); 1 = feil "
    "funnet; 2 = filen kunne ikke leses eller skrives, eller deler av den ble ikke "
    "kontrollert (se merknadene); 3 = uventet feil (se loggfilen)."
)


class CliError(Exception):
    """A failure the user can act on; ``message`` is shown on stderr as it is."""

    def __init__(self, message: str | Msg, code: int = EXIT_UNREADABLE) -> None:
        super().__init__(message)
        self.message = message  # str, or a core.i18n.Msg shown in the command's language
        self.code = code


def lang_of(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "nb"


def say(args: argparse.Namespace, message: str, **values: Any) -> None:
    """A line on stderr in the command's language (``message`` is the bokmål id)."""
    sys.stderr.write(texts(lang_of(args)).gettext(message).format(**values) + "\n")


def year_type(lang: str = "nb") -> Callable[[str], int]:
    """argparse's ``type`` for a reporting year, with its complaint in ``lang``."""
    t = texts(lang)

    def year_arg(value: str) -> int:
        try:
            year = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                t.gettext("«{value}» er ikke et årstall").format(value=value)) from None
        if not 2000 <= year <= 2100:
            raise argparse.ArgumentTypeError(t.gettext(
                "{year} er ikke et rapporteringsår NIR-kontroll kjenner (2000–2100)"
            ).format(year=year))
        return year

    return year_arg


year_arg = year_type("nb")


def _load_profile(spec: str | None) -> Any:
    if not spec:
        return None
    from nir_desktop.core.mapping import ProfileError, ProfileStore

    try:
        candidate = Path(spec)
        if candidate.suffix.lower() == ".json" or candidate.exists():
            return ProfileStore.load_file(candidate)
        from nir_desktop.core import paths

        return ProfileStore(paths.profiles_dir()).load(spec)
    except ProfileError as exc:
        raise CliError(exc.message) from None


def _saved_profile_for(workbook: Any) -> Any:
    """The profile the user saved for files with these headers (as the window reuses it)."""
    try:
        from nir_desktop.core import paths
        from nir_desktop.core.mapping import ProfileStore

        return ProfileStore(paths.profiles_dir()).find_for(workbook)
    except Exception:  # a missing or unreadable data folder only means: no saved profile
        log.warning("saved mapping profiles could not be looked up", exc_info=True)
        return None


def read(path: Path, profile_spec: str | None, lang: str = "nb") -> Any:
    from nir_desktop.core.readers import ReadError, read_workbook

    profile = _load_profile(profile_spec)
    try:
        workbook = read_workbook(path, profile=profile)
        if profile is None:
            saved = _saved_profile_for(workbook)
            if saved is not None:
                sys.stderr.write(texts(lang).gettext(
                    "Bruker den lagrede koblingsprofilen «{name}».").format(name=saved.name)
                    + "\n")
                workbook = read_workbook(path, profile=saved)
        return workbook
    except ReadError as exc:
        raise CliError(exc.message) from None


def load_codelists(spec: Path | None) -> Any:
    """The code lists to check with: the given file or folder, else the user's saved ones
    (as the window uses them)."""
    from nir_desktop.core.codelists import CodeListError
    from nir_desktop.core.user_codelists import load_codelists as load

    try:
        return load(spec, strict=spec is not None)
    except CodeListError as exc:
        raise CliError(exc.message) from None


def unchecked_warning(workbook: Any, lang: str = "nb") -> bool:
    """Say on stderr what the reader could not check; True when something was not."""
    from nir_desktop.core.report import unchecked_notes

    t = texts(lang)
    unchecked = unchecked_notes(workbook)
    for note in unchecked:
        sys.stderr.write(t.gettext("IKKE KONTROLLERT: ") + render(note.message, lang) + "\n")
    if unchecked:
        sys.stderr.write(t.gettext("Filen er ikke ferdig kontrollert: rett det som står over, "
                                   "og kjør kontrollen på nytt.") + "\n")
    return bool(unchecked)


def write_text(text: str, output: Path | None, original: Path) -> None:
    from nir_desktop.core.readers.errors import printable

    text = printable(text)  # a file name with a non-UTF-8 byte must not stop the report
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from nir_desktop.core.writers import WriteError, atomic_write_text

    try:
        atomic_write_text(output, text, original=original)
    except WriteError as exc:
        raise CliError(exc.message) from None
