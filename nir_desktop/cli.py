"""The command line: ``nir-desktop check|fix …``, and the GUI when started without one.

Exit codes: 0 no ERROR findings (or the fix was written), 1 ERROR findings, 2 the file
cannot be read or written (a Norwegian message on stderr), 3 an unexpected failure
(details only in the log). Qt is imported only when the GUI is asked for, so ``check``
and ``fix`` run on machines without Qt's system libraries.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nir_desktop import __version__

log = logging.getLogger("nir_desktop.cli")

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_UNREADABLE = 2
EXIT_CRASH = 3

COMMANDS = ("check", "fix")


class CliError(Exception):
    """A failure the user can act on; ``message`` is shown on stderr as it is."""

    def __init__(self, message: str, code: int = EXIT_UNREADABLE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{value}» er ikke et årstall") from None
    if not 2000 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"{year} er ikke et rapporteringsår NIR-kontroll "
                                         "kjenner (2000–2100)")
    return year


# argparse's own words are English; the ones a user meets most are said in Norwegian.
_ARGPARSE_NB = (
    ("the following arguments are required:", "disse må være med:"),
    ("unrecognized arguments:", "ukjente argumenter:"),
    ("invalid choice:", "ugyldig valg:"),
    ("(choose from", "(velg blant"),
    ("expected one argument", "trenger en verdi"),
    ("argument ", "argumentet "),
)


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Bruk: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="vis denne hjelpen og avslutt")

    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage errors exit with 2 like an unreadable file: nothing was checked.
        for en, nb in _ARGPARSE_NB:
            message = message.replace(en, nb)
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: feil: {message}\n")
        sys.exit(EXIT_UNREADABLE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="nir-desktop",
        description="NIR-kontroll: kontroller og rett NIR-eksporter før fristen.",
        epilog="Uten kommando åpnes programvinduet (med FIL hvis den er gitt).",
    )
    parser.add_argument("--version", action="version", version=f"NIR-kontroll {__version__}",
                        help="vis versjonen og avslutt")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandoer")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("file", metavar="FIL", type=Path, help="eksporten (.xlsx, .xlsm, .xls, "
                       ".ods eller .csv)")
        p.add_argument("--year", type=_year, metavar="ÅR",
                       help="rapporteringsåret (standard: Rapporteringsår i filen, ellers "
                            "inneværende år – i januar og februar året før)")
        p.add_argument("--profile", metavar="NAVN|FIL.json",
                       help="koblingsprofil for kolonner: navnet på en lagret profil eller "
                            "en profilfil")
        p.add_argument("--codelists", metavar="FIL.json|MAPPE", type=Path,
                       help="egne kodelister (en eksportert kodelistefil, en listefil eller "
                            "en mappe med listefiler) i stedet for de lagrede")
        p.add_argument("--lang", choices=("nb", "en"), default="nb",
                       help="språk i rapporten (nb = bokmål, en = engelsk)")

    check = sub.add_parser("check", help="kontroller en eksport og skriv rapporten")
    common(check)
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="rapportformat (standard: text)")
    check.add_argument("--output", type=Path, metavar="FIL",
                       help="skriv rapporten til FIL i stedet for til skjermen")
    check.add_argument("--group-by", choices=("rule", "row"), default="rule",
                       help="tekstrapporten gruppert per regel (standard) eller per rad")
    check.add_argument("--show-fnr", action="store_true",
                       help="vis hele fødselsnummer i rapporten (standard: maskert)")

    fix = sub.add_parser("fix", help="gjør alle automatiske rettinger og skriv en ny fil")
    common(fix)
    fix.add_argument("--output", type=Path, metavar="FIL", required=True,
                     help="den rettede filen (aldri originalen)")
    fix.add_argument("--canonical-codes", action="store_true",
                     help="skriv kodelistens verdi der koblingsprofilen oversetter filens "
                          "egen skrivemåte (standard: filens skrivemåte beholdes)")
    fix.add_argument("--show-fnr", action="store_true",
                     help="vis hele fødselsnummer i listen over endringer (standard: maskert)")
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="nir-desktop",
                     description="NIR-kontroll: kontroller og rett NIR-eksporter før fristen. "
                                 "Kommandoer: check FIL, fix FIL --output UT (se "
                                 "«nir-desktop check -h»).")
    parser.add_argument("--version", action="version", version=f"NIR-kontroll {__version__}",
                        help="vis versjonen og avslutt")
    parser.add_argument("file", metavar="FIL", type=Path, nargs="?",
                        help="eksporten som skal åpnes i vinduet")
    parser.add_argument("--self-test", action="store_true",
                        help="start vinduet, kontroller demoeksporten og avslutt")
    return parser


# --- shared steps --------------------------------------------------------------------------


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


def _read(path: Path, profile_spec: str | None) -> Any:
    from nir_desktop.core.readers import ReadError, read_workbook

    profile = _load_profile(profile_spec)
    try:
        workbook = read_workbook(path, profile=profile)
        if profile is None:
            saved = _saved_profile_for(workbook)
            if saved is not None:
                sys.stderr.write(f"Bruker den lagrede koblingsprofilen «{saved.name}».\n")
                workbook = read_workbook(path, profile=saved)
        return workbook
    except ReadError as exc:
        raise CliError(exc.message) from None


def _load_codelists(spec: Path | None) -> Any:
    """The code lists to check with: the given file or folder, else the user's saved ones
    (as the window uses them)."""
    from nir_desktop.core.codelists import CodeListError
    from nir_desktop.core.user_codelists import load_codelists

    try:
        return load_codelists(spec, strict=spec is not None)
    except CodeListError as exc:
        raise CliError(str(exc)) from None


def _check(workbook: Any, year: int | None, codelists: Any = None) -> Any:
    from nir_desktop.core import deadlines
    from nir_desktop.core.rules.engine import check

    ry = year if year is not None else deadlines.default_year(workbook.reporting_year)
    return check(workbook, year=ry, codelists=codelists)


def _write_text(text: str, output: Path | None, original: Path) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from nir_desktop.core.writers import WriteError, atomic_write_text

    try:
        atomic_write_text(output, text, original=original)
    except WriteError as exc:
        raise CliError(exc.message) from None


# --- commands --------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from nir_desktop.core.findings import Severity
    from nir_desktop.core.report import json_report, json_text, text_report

    codelists = _load_codelists(args.codelists)
    workbook = _read(args.file, args.profile)
    result = _check(workbook, args.year, codelists)
    masked = not args.show_fnr
    if args.format == "json":
        text = json_text(json_report(result, workbook, lang=args.lang, masked=masked,
                                     codelists=codelists))
    else:
        text = text_report(result, workbook, file=args.file, lang=args.lang,
                           group_by=args.group_by, masked=masked, codelists=codelists)
    _write_text(text, args.output, args.file)
    if args.output is not None:
        sys.stderr.write(f"Rapporten er skrevet til {args.output}\n")
    errors = sum(1 for f in result.findings if f.severity is Severity.ERROR)
    log.info("check: %d findings, %d errors, year %s", len(result.findings), errors,
             result.year)
    return EXIT_ERRORS if errors else EXIT_OK


def cmd_fix(args: argparse.Namespace) -> int:
    from nir_desktop.core.fixes import collect_fixes
    from nir_desktop.core.report import change_lines
    from nir_desktop.core.writers import WriteError, apply_edits, ensure_not_original

    try:
        ensure_not_original(args.output, args.file)
    except WriteError as exc:
        raise CliError(exc.message) from None
    codelists = _load_codelists(args.codelists)
    workbook = _read(args.file, args.profile)
    result = _check(workbook, args.year, codelists)
    edits = collect_fixes(result.findings, workbook)
    if args.canonical_codes:
        from nir_desktop.core.value_mapping import value_map_edits

        fixed = {(e.sheet, e.row, e.column) for e in edits}
        edits = list(edits) + [e for e in value_map_edits(workbook)
                               if (e.sheet, e.row, e.column) not in fixed]
    try:
        written = apply_edits(args.file, workbook, edits, args.output)
    except WriteError as exc:
        raise CliError(exc.message) from None
    en = args.lang == "en"
    out = sys.stdout
    if edits:
        out.write(f"{len(edits)} automatic fixes:\n" if en
                   else f"{len(edits)} automatiske rettinger:\n")
        for line in change_lines(edits, workbook, lang=args.lang, masked=not args.show_fnr):
            out.write(f"  {line}\n")
    else:
        out.write("No automatic fixes to make.\n" if en
                  else "Ingen automatiske rettinger å gjøre.\n")
    for note in written.notes:
        out.write(f"Merk: {note}\n")
    out.write(f"Written to {written.path}\n" if en else f"Skrevet til {written.path}\n")
    log.info("fix: %d cells written", written.cells_written)
    return EXIT_OK


def run_gui_command(argv: Sequence[str]) -> int:
    args = build_gui_parser().parse_args(list(argv))
    if args.file is not None and not args.file.exists():
        raise CliError(f"Finner ikke filen «{args.file}».")
    try:
        from nir_desktop.gui.app import run_gui
    except ImportError as exc:
        raise CliError(
            "Programvinduet kan ikke startes her: Qt mangler eller kan ikke lastes "
            f"({exc}). Kommandoene «check» og «fix» virker likevel."
        ) from None
    return run_gui([sys.argv[0], *argv], args.file, args.self_test)


# --- entry points ---------------------------------------------------------------------------


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
    try:
        if (argv and argv[0] in COMMANDS) or any(a in ("-h", "--help") for a in argv[:1]):
            args = build_parser().parse_args(argv)
            return cmd_check(args) if args.command == "check" else cmd_fix(args)
        return run_gui_command(argv)
    except CliError as exc:
        sys.stderr.write(exc.message.rstrip() + "\n")
        return exc.code
    except KeyboardInterrupt:
        sys.stderr.write("Avbrutt.\n")
        return 130
    except Exception:
        log.exception("unexpected failure in the command line")
        sys.stderr.write("Noe uventet gikk galt, og ingen fil ble endret. Detaljene står i "
                         "loggfilen til NIR-kontroll; send den til den som gir deg støtte.\n")
        return EXIT_CRASH


def gui_main() -> int:
    """Entry point of the windowed launcher (gui-scripts): never a console command."""
    argv = [a for a in sys.argv[1:] if a not in COMMANDS]
    _safe_streams()  # --self-test prints its result line
    try:
        return run_gui_command(argv)
    except CliError as exc:
        if sys.stderr is not None:  # pythonw has no stderr
            sys.stderr.write(exc.message + "\n")
        return exc.code


if __name__ == "__main__":
    sys.exit(main())
