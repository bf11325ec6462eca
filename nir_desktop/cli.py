"""The command line: ``nir-desktop check|fix …``, and the GUI when started without one.

Exit codes (EXIT_CODES_HELP): 0 no ERROR findings (or the fix was written), 1 ERROR
findings, 2 the file cannot be read or written, or part of it could not be checked (a
Norwegian message on stderr; the report is still written), 3 an unexpected failure
(details only in the log). Qt is imported only when the GUI or a PDF report is asked for, so
``check`` and ``fix`` run on machines without Qt's system libraries.
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

COMMANDS = ("check", "fix", "compare", "rules")

EXIT_CODES_HELP = (
    "Avslutningskoder: 0 = kontrollert, ingen feil (eller rettet fil skrevet); 1 = feil "
    "funnet; 2 = filen kunne ikke leses eller skrives, eller deler av den ble ikke "
    "kontrollert (se merknadene); 3 = uventet feil (se loggfilen)."
)


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
        epilog="Uten kommando åpnes programvinduet (med FIL hvis den er gitt). "
               + EXIT_CODES_HELP,
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

    check = sub.add_parser("check", help="kontroller en eksport og skriv rapporten",
                           epilog=EXIT_CODES_HELP)
    common(check)
    check.add_argument("--format", choices=REPORT_FORMATS, default="text",
                       help="rapportformat (standard: text); xlsx, html og pdf er feilrapporten "
                            "slik programvinduet skriver den (xlsx og pdf trenger --output)")
    check.add_argument("--output", type=Path, metavar="FIL",
                       help="skriv rapporten til FIL i stedet for til skjermen")
    check.add_argument("--group-by", choices=("rule", "row"), default="rule",
                       help="tekstrapporten gruppert per regel (standard) eller per rad")
    check.add_argument("--show-fnr", action="store_true",
                       help="vis hele fødselsnummer i rapporten (standard: maskert)")
    _session_options(check)

    fix = sub.add_parser("fix", help="gjør alle automatiske rettinger og skriv en ny fil",
                         epilog=EXIT_CODES_HELP)
    common(fix)
    fix.add_argument("--output", type=Path, metavar="FIL", required=True,
                     help="den rettede filen (aldri originalen)")
    fix.add_argument("--canonical-codes", action="store_true",
                     help="skriv kodelistens verdi der koblingsprofilen oversetter filens "
                          "egen skrivemåte (standard: filens skrivemåte beholdes)")
    fix.add_argument("--show-fnr", action="store_true",
                     help="vis hele fødselsnummer i listen over endringer (standard: maskert)")
    _session_options(fix)
    fix.add_argument("--report", type=Path, metavar="FIL.xlsx|.html|.pdf",
                     help="skriv også feilrapporten etter rettingene (med endringslogg)")
    _add_compare_parser(sub)
    _add_rules_parser(sub)
    return parser


def _add_rules_parser(sub: Any) -> None:
    rules = sub.add_parser("rules", help="skriv regelkatalogen (alle regler med tekster, "
                                         "kilder og eksempler)")
    rules.add_argument("--year", type=_year, metavar="ÅR",
                       help="bare reglene som gjelder for dette rapporteringsåret")
    rules.add_argument("--format", choices=("text", "json"), default="text",
                       help="format (standard: text)")
    rules.add_argument("--lang", choices=("nb", "en"), default="nb",
                       help="språk (nb = bokmål, en = engelsk)")


def cmd_rules(args: argparse.Namespace) -> int:
    """The rule catalogue, generated from the registered rules."""
    from nir_desktop.core.rules.listing import catalogue_json, catalogue_text

    render = catalogue_json if args.format == "json" else catalogue_text
    sys.stdout.write(render(args.year, args.lang))
    sys.stdout.flush()
    return 0


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
    from nir_desktop.core.rules.engine import check

    # No year given: the engine picks it and says why (core.reporting_year).
    return check(workbook, year=year, codelists=codelists)


def _unchecked_warning(workbook: Any) -> bool:
    """Say on stderr what the reader could not check; True when something was not."""
    from nir_desktop.core.report import unchecked_notes

    unchecked = unchecked_notes(workbook)
    for note in unchecked:
        sys.stderr.write(f"IKKE KONTROLLERT: {note.message}\n")
    if unchecked:
        sys.stderr.write("Filen er ikke ferdig kontrollert: rett det som står over, og kjør "
                         "kontrollen på nytt.\n")
    return bool(unchecked)


def _write_text(text: str, output: Path | None, original: Path) -> None:
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


# --- review sessions and report files (the window's report, from the command line) ----------

REPORT_FILE_FORMATS = ("xlsx", "html", "pdf")
REPORT_FORMATS = ("text", "json", *REPORT_FILE_FORMATS)


def _session_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--session", type=Path, metavar="ØKT.json",
                   help="en øktfil fra programvinduet (Fil → Eksporter økt): endringene og "
                        "kvitteringene i den brukes før kontrollen rapporteres")


def _review(args: argparse.Namespace, workbook: Any, codelists: Any) -> Any:
    """The check as a review session (the window's object), with the session file's edits
    and acknowledgements applied when one is given."""
    from nir_desktop.core.review import ReviewSession

    # No --year: the engine picks the year and says why (core.reporting_year).
    review = ReviewSession.check(workbook, args.year, codelists=codelists)
    spec = getattr(args, "session", None)
    if spec is not None:
        from nir_desktop.core.session import SessionError, SessionStore

        try:
            saved = SessionStore(spec.parent).import_(spec)
        except SessionError as exc:
            raise CliError(exc.message) from None
        applied = review.apply_session(saved)
        en = args.lang == "en"
        sys.stderr.write(
            f"Session {spec.name}: {applied.edits} edits and {applied.acknowledgements} "
            "acknowledgements applied.\n" if en else
            f"Økten {spec.name}: {applied.edits} endringer og {applied.acknowledgements} "
            "kvitteringer er brukt.\n")
        if applied.summary_nb:  # a session of an earlier export of the same data
            sys.stderr.write(f"{applied.summary_nb}\n")
    return review


def _with_session_edits(review: Any, fixes: Sequence[Any]) -> list[Any]:
    """What ``fix`` writes: the session's edits, then the automatic fixes on top."""
    if not review.edits:
        return list(fixes)
    from nir_desktop.core.edits import net_edits

    return list(net_edits([*review.edits, *fixes]).values())


def _report_kind(path: Path) -> Any:
    from nir_desktop.core.review.export import OutputKind

    kinds = {".xlsx": OutputKind.REPORT_XLSX, ".html": OutputKind.REPORT_HTML,
             ".htm": OutputKind.REPORT_HTML, ".pdf": OutputKind.REPORT_PDF}
    kind = kinds.get(path.suffix.lower())
    if kind is None:
        raise CliError(f"Rapporten «{path.name}» må slutte på .xlsx, .html eller .pdf.")
    return kind


def _check_report_target(path: Path | None, original: Path) -> None:
    if path is None:
        return
    _report_kind(path)
    from nir_desktop.core.writers import WriteError, ensure_not_original

    try:
        ensure_not_original(path, original)
    except WriteError as exc:
        raise CliError(exc.message) from None


_qt_app: Any = None  # the QGuiApplication a PDF needs, kept for the process's life


def _qt_pdf_renderer() -> Any:
    """Qt's PDF layout (the window's), or None where Qt cannot be loaded."""
    global _qt_app
    try:
        from PySide6.QtGui import QGuiApplication

        from nir_desktop.gui.export.pdf_report import render_pdf
    except ImportError:
        return None
    if QGuiApplication.instance() is None:
        # Fonts and text layout need an application object; no window is shown.
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _qt_app = QGuiApplication([sys.argv[0]])
    return render_pdf


def _write_report_files(review: Any, targets: dict[Any, Path], args: argparse.Namespace,
                        ) -> list[Any]:
    """The error report exactly as the window's export writes it (same tables, same
    acknowledgements, same code lists), as xlsx, HTML or PDF."""
    from nir_desktop.core.review.export import (
        ExportChoices,
        ExportFailed,
        OutputKind,
        pdf_unavailable,
        run_export,
    )

    kinds = set(targets)
    choices = ExportChoices(corrected=False, masked=not args.show_fnr,
                            report_xlsx=OutputKind.REPORT_XLSX in kinds,
                            report_pdf=OutputKind.REPORT_PDF in kinds,
                            report_html=OutputKind.REPORT_HTML in kinds)
    render = None
    if OutputKind.REPORT_PDF in kinds:
        render = _qt_pdf_renderer()
        if render is None:
            raise CliError(pdf_unavailable(args.lang))
    try:
        written = run_export(review.snapshot(choices, lang=args.lang), choices, targets,
                             render_pdf=render)
    except ExportFailed as exc:
        raise CliError(exc.message) from None
    for wf in written:
        for note in wf.notes:
            sys.stderr.write(f"Merk: {note}\n")
        sys.stderr.write(f"Report written to {wf.path}\n" if args.lang == "en"
                         else f"Rapporten er skrevet til {wf.path}\n")
    return written


def _check_report_file(args: argparse.Namespace, review: Any) -> int:
    """``check --format xlsx|html|pdf``: the window's error report as a file (HTML may go
    to the screen)."""
    from nir_desktop.core.findings import Severity
    from nir_desktop.core.review.export import OutputKind

    kind = {"xlsx": OutputKind.REPORT_XLSX, "html": OutputKind.REPORT_HTML,
            "pdf": OutputKind.REPORT_PDF}[args.format]
    if args.output is None:
        if kind is not OutputKind.REPORT_HTML:
            raise CliError(f"Rapporten i formatet {args.format} må skrives til en fil: "
                           "bruk --output FIL.")
        from nir_desktop.core.review.export import ExportChoices, report_tables_of
        from nir_desktop.core.review.html import report_html_page

        choices = ExportChoices(corrected=False, masked=not args.show_fnr, report_html=True)
        snap = review.snapshot(choices, lang=args.lang)
        tables = report_tables_of(snap, choices.masked, choices.log_inside_report)
        _write_text(report_html_page(tables, args.lang), None, args.file)
    else:
        _check_report_target(args.output, args.file)
        if _report_kind(args.output) is not kind:
            raise CliError(f"--format {args.format} skriver en .{args.format}-fil, men "
                           f"«{args.output.name}» har en annen endelse.")
        _write_report_files(review, {kind: args.output}, args)
    errors = sum(1 for f in review.result.findings if f.severity is Severity.ERROR)
    return EXIT_ERRORS if errors else EXIT_OK


# --- commands --------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from nir_desktop.core.findings import Severity
    from nir_desktop.core.report import json_report, json_text, text_report

    codelists = _load_codelists(args.codelists)
    workbook = _read(args.file, args.profile)
    review = _review(args, workbook, codelists)
    result, acks = review.result, review.acks
    masked = not args.show_fnr
    if args.format in REPORT_FILE_FORMATS:
        rc = _check_report_file(args, review)
        return EXIT_UNREADABLE if _unchecked_warning(workbook) else rc
    if args.format == "json":
        text = json_text(json_report(result, workbook, lang=args.lang, masked=masked,
                                     codelists=codelists, acks=acks))
    else:
        text = text_report(result, workbook, file=args.file, lang=args.lang,
                           group_by=args.group_by, masked=masked, codelists=codelists,
                           acks=acks)
    _write_text(text, args.output, args.file)
    if args.output is not None:
        sys.stderr.write(f"Rapporten er skrevet til {args.output}\n")
    errors = sum(1 for f in result.findings if f.severity is Severity.ERROR)
    log.info("check: %d findings, %d errors, year %s", len(result.findings), errors,
             result.year)
    if _unchecked_warning(workbook):
        return EXIT_UNREADABLE
    return EXIT_ERRORS if errors else EXIT_OK


def cmd_fix(args: argparse.Namespace) -> int:
    from nir_desktop.core.fixes import collect_fixes
    from nir_desktop.core.privacy import mask_text
    from nir_desktop.core.report import change_lines
    from nir_desktop.core.writers import WriteError, apply_edits, ensure_not_original

    try:
        ensure_not_original(args.output, args.file)
    except WriteError as exc:
        raise CliError(exc.message) from None
    _check_report_target(args.report, args.file)
    codelists = _load_codelists(args.codelists)
    workbook = _read(args.file, args.profile)
    review = _review(args, workbook, codelists)
    edits = collect_fixes(review.result.findings, workbook)
    if args.canonical_codes:
        from nir_desktop.core.value_mapping import value_map_edits

        fixed = {(e.sheet, e.row, e.column) for e in edits}
        edits = list(edits) + [e for e in value_map_edits(workbook)
                               if (e.sheet, e.row, e.column) not in fixed]
    to_write = _with_session_edits(review, edits)
    try:
        written = apply_edits(args.file, workbook, to_write, args.output)
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
    for read_note in workbook.notes:
        if not read_note.not_checked:  # those come last, on stderr
            text = read_note.message if args.show_fnr else mask_text(read_note.message)
            out.write(f"Merk: {text}\n")
    for note in written.notes:
        out.write(f"Merk: {note}\n")
    out.write(f"Written to {written.path}\n" if en else f"Skrevet til {written.path}\n")
    log.info("fix: %d cells written", written.cells_written)
    if args.report is not None:
        review.edit(review.changes_for(edits))
        _write_report_files(review, {_report_kind(args.report): args.report}, args)
    return EXIT_UNREADABLE if _unchecked_warning(workbook) else EXIT_OK


def _add_compare_parser(sub: Any) -> None:
    p = sub.add_parser("compare", help="sammenlign to filer (fagsystemet mot NIR): kom "
                       "rettingene fram?")
    p.add_argument("file_a", metavar="A", type=Path, help="den første filen (f.eks. "
                   "fagsystemets eksport)")
    p.add_argument("file_b", metavar="B", type=Path, help="den andre filen (f.eks. NIRs "
                   "personliste)")
    p.add_argument("--year", type=_year, metavar="ÅR",
                   help="rapporteringsåret: personer og perioder som ikke berører året, "
                        "utelates (standard: alt sammenlignes)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="rapportformat (standard: text; en --output som slutter på .xlsx "
                        "gir en arbeidsbok)")
    p.add_argument("--output", type=Path, metavar="FIL",
                   help="skriv rapporten til FIL (.xlsx: én rad per forskjell)")
    p.add_argument("--profile-a", metavar="NAVN|FIL.json", help="koblingsprofil for A")
    p.add_argument("--profile-b", metavar="NAVN|FIL.json", help="koblingsprofil for B")
    p.add_argument("--codelists", metavar="FIL.json|MAPPE", type=Path,
                   help="egne kodelister i stedet for de lagrede")
    p.add_argument("--show-fnr", action="store_true",
                   help="vis hele fødselsnummer i tekst- og xlsx-rapporten (standard: "
                        "maskert; JSON har alltid hele)")


def cmd_compare(args: argparse.Namespace) -> int:
    """Exit 0 when the files agree, 1 when they differ, 2 when one cannot be read."""
    from nir_desktop.core.compare import compare_workbooks, json_text, text_report, write_xlsx

    codelists = _load_codelists(args.codelists)
    a = _read(args.file_a, args.profile_a)
    b = _read(args.file_b, args.profile_b)
    result = compare_workbooks(a, b, codelists=codelists, year=args.year)
    if not result.comparable:
        from nir_desktop.core.compare.engine import sheet_title
        from nir_desktop.core.fields import FIELDS

        kinds = ", ".join(sheet_title(kind) for kind in FIELDS)
        raise CliError(f"Ingenting å sammenligne: «{args.file_a.name}» og «{args.file_b.name}» "
                       f"har ikke noe felles ark med fødselsnummer ({kinds}).")
    masked = not args.show_fnr
    from nir_desktop.core.writers import WriteError, ensure_not_original

    try:
        if args.output is not None:
            # A report never replaces either of the files it compares.
            ensure_not_original(args.output, args.file_a)
            ensure_not_original(args.output, args.file_b)
        if args.output is not None and args.output.suffix.lower() == ".xlsx":
            write_xlsx(result, args.output, masked=masked)
        else:
            text = json_text(result) if args.format == "json" else text_report(
                result, masked=masked)
            _write_text(text, args.output, args.file_a)
    except WriteError as exc:
        raise CliError(exc.message) from None
    if args.output is not None:
        sys.stderr.write(f"Rapporten er skrevet til {args.output}\n")
    log.info("compare: %d only in A, %d only in B, %d differences", len(result.only_in_a),
             len(result.only_in_b), len(result.differences))
    return EXIT_OK if result.equal else EXIT_ERRORS


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
    lang = "nb"
    try:
        if (argv and argv[0] in COMMANDS) or any(a in ("-h", "--help") for a in argv[:1]):
            args = build_parser().parse_args(argv)
            lang = getattr(args, "lang", "nb")
            if args.command == "compare":
                return cmd_compare(args)
            if args.command == "rules":
                return cmd_rules(args)
            return cmd_check(args) if args.command == "check" else cmd_fix(args)
        return run_gui_command(argv)
    except CliError as exc:
        from nir_desktop.core.i18n import render

        # A reader's error (core.i18n.Msg) in the command's language.
        sys.stderr.write(render(exc.message, lang).rstrip() + "\n")
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
