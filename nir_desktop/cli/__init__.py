"""The command line: ``nir-desktop check|fix|compare|rules …``, and the GUI when started
without one.

Exit codes (EXIT_CODES_HELP): 0 no ERROR findings (or the fix was written), 1 ERROR
findings, 2 the file cannot be read or written, or part of it could not be checked (a
Norwegian message on stderr; the report is still written), 3 an unexpected failure
(details only in the log). Qt is imported only when the GUI or a PDF report is asked for, so
``check`` and ``fix`` run on machines without Qt's system libraries.

The parts: ``parser`` (the arguments), ``common`` (reading, exit codes, messages),
``reports`` (review sessions and report files), ``commands`` (one function per command).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Sequence

from nir_desktop.cli.common import (
    COMMANDS,
    EXIT_CODES_HELP,
    EXIT_CRASH,
    EXIT_ERRORS,
    EXIT_OK,
    EXIT_UNREADABLE,
    CliError,
    log,
)
from nir_desktop.cli.parser import build_gui_parser, build_parser, help_language
from nir_desktop.core.i18n import Msg, render, texts

__all__ = ["EXIT_CODES_HELP", "EXIT_CRASH", "EXIT_ERRORS", "EXIT_OK", "EXIT_UNREADABLE",
           "CliError", "build_parser", "gui_main", "main"]


def run_gui_command(argv: Sequence[str], lang: str = "nb") -> int:
    args = build_gui_parser(lang).parse_args(list(argv))
    if args.file is not None and not args.file.exists():
        raise CliError(Msg("Finner ikke filen «{file}».", file=str(args.file)))
    try:
        from nir_desktop.gui.app import run_gui
    except ImportError as exc:
        raise CliError(Msg(
            "Programvinduet kan ikke startes her: Qt mangler eller kan ikke lastes "
            "({error}). Kommandoene «check» og «fix» virker likevel.", error=str(exc)
        )) from None
    return run_gui([sys.argv[0], *argv], args.file, args.self_test)



def _setup_logging() -> None:
    try:
        from nir_desktop.core.logging_setup import setup_logging

        setup_logging()
    except Exception:
        logging.getLogger().addHandler(logging.NullHandler())


def _safe_streams() -> None:
    # Output sent to a file or a pipe (`> rapport.txt`, IT's scripts) is UTF-8: Windows would
    # write it in the ANSI code page, where cp1252 turns "→" into "?". A console keeps its
    # own encoding, and a character it cannot show becomes "?" instead of a crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        with contextlib.suppress(ValueError, OSError):
            if stream.isatty():
                reconfigure(errors="replace")
            else:
                reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _safe_streams()
    _setup_logging()
    # The help and argparse's errors speak the language asked for before parsing.
    lang = help_language(argv)
    try:
        if (argv and argv[0] in COMMANDS) or any(a in ("-h", "--help") for a in argv[:1]):
            from nir_desktop.cli import commands

            args = build_parser(lang).parse_args(argv)
            lang = getattr(args, "lang", lang)
            run = {"check": commands.cmd_check, "fix": commands.cmd_fix,
                   "compare": commands.cmd_compare, "rules": commands.cmd_rules}
            return run[args.command](args)
        return run_gui_command(argv, lang)
    except CliError as exc:
        # A reader's error (core.i18n.Msg) in the command's language.
        sys.stderr.write(render(exc.message, lang).rstrip() + "\n")
        return exc.code
    except KeyboardInterrupt:
        sys.stderr.write(texts(lang).gettext("Avbrutt.") + "\n")
        return 130
    except Exception:
        log.exception("unexpected failure in the command line")
        sys.stderr.write(texts(lang).gettext(
            "Noe uventet gikk galt, og ingen fil ble endret. Detaljene står i loggfilen til "
            "NIR-kontroll; send den til den som gir deg støtte.") + "\n")
        return EXIT_CRASH


def gui_main() -> int:
    """Entry point of the windowed launcher (gui-scripts): never a console command."""
    argv = [a for a in sys.argv[1:] if a not in COMMANDS]
    _safe_streams()  # --self-test prints its result line
    lang = help_language(argv)
    try:
        return run_gui_command(argv, lang)
    except CliError as exc:
        if sys.stderr is not None:  # pythonw has no stderr
            sys.stderr.write(render(exc.message, lang) + "\n")
        return exc.code

