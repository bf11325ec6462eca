"""Review sessions and report files from the command line: the window's session object,
its acknowledgements and its error report (xlsx, HTML, PDF), written the way the window
writes them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nir_desktop.cli.common import (
    EXIT_ERRORS,
    EXIT_OK,
    CliError,
    lang_of,
    say,
    write_text,
)
from nir_desktop.core.i18n import N_, Msg, texts
from nir_desktop.core.i18n import render as render_text


def review(args: argparse.Namespace, workbook: Any, codelists: Any) -> Any:
    """The check as a review session (the window's object), with the session file's edits
    and acknowledgements applied when one is given."""
    from nir_desktop.core.review import ReviewSession

    # No --year: the engine picks the year and says why (core.reporting_year).
    session = ReviewSession.check(workbook, args.year, codelists=codelists)
    spec = getattr(args, "session", None)
    if spec is not None:
        from nir_desktop.core.session import SessionError, SessionStore

        try:
            saved = SessionStore(spec.parent).import_(spec)
        except SessionError as exc:
            raise CliError(exc.message) from None
        applied = session.apply_session(saved)
        t = texts(lang_of(args))
        edits = t.ngettext("{n} endring", "{n} endringer", applied.edits).format(
            n=applied.edits)
        acks = t.ngettext("{n} kvittering", "{n} kvitteringer",
                          applied.acknowledgements).format(n=applied.acknowledgements)
        say(args, N_("Økten {file}: {edits} og {acks} er brukt."), file=spec.name, edits=edits,
            acks=acks)
        if applied.summary_nb:  # a session of an earlier export of the same data
            sys.stderr.write(render_text(applied.summary_nb, lang_of(args)) + "\n")
    return session


def with_session_edits(session: Any, fixes: Sequence[Any]) -> list[Any]:
    """What ``fix`` writes: the session's edits, then the automatic fixes on top."""
    if not session.edits:
        return list(fixes)
    from nir_desktop.core.edits import net_edits

    return list(net_edits([*session.edits, *fixes]).values())


def report_kind(path: Path) -> Any:
    from nir_desktop.core.review.export import OutputKind

    kinds = {".xlsx": OutputKind.REPORT_XLSX, ".html": OutputKind.REPORT_HTML,
             ".htm": OutputKind.REPORT_HTML, ".pdf": OutputKind.REPORT_PDF}
    kind = kinds.get(path.suffix.lower())
    if kind is None:
        raise CliError(Msg("Rapporten «{file}» må slutte på .xlsx, .html eller .pdf.",
                           file=path.name))
    return kind


def check_report_target(path: Path | None, original: Path) -> None:
    if path is None:
        return
    report_kind(path)
    from nir_desktop.core.writers import WriteError, ensure_not_original

    try:
        ensure_not_original(path, original)
    except WriteError as exc:
        raise CliError(exc.message) from None


_qt_app: Any = None  # the QGuiApplication a PDF needs, kept for the process's life


def qt_pdf_renderer() -> Any:
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


def write_report_files(session: Any, targets: dict[Any, Path], args: argparse.Namespace,
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
        render = qt_pdf_renderer()
        if render is None:
            raise CliError(pdf_unavailable(args.lang))
    try:
        written = run_export(session.snapshot(choices, lang=args.lang), choices, targets,
                             render_pdf=render)
    except ExportFailed as exc:
        raise CliError(exc.message) from None
    for wf in written:
        for note in wf.notes:
            say(args, N_("Merk: {note}"), note=render_text(note, lang_of(args)))
        say(args, N_("Rapporten er skrevet til {path}"), path=wf.path)
    return written


def check_report_file(args: argparse.Namespace, session: Any) -> int:
    """``check --format xlsx|html|pdf``: the window's error report as a file (HTML may go
    to the screen)."""
    from nir_desktop.core.findings import Severity
    from nir_desktop.core.review.export import OutputKind

    kind = {"xlsx": OutputKind.REPORT_XLSX, "html": OutputKind.REPORT_HTML,
            "pdf": OutputKind.REPORT_PDF}[args.format]
    if args.output is None:
        if kind is not OutputKind.REPORT_HTML:
            raise CliError(Msg("Rapporten i formatet {format} må skrives til en fil: bruk "
                               "--output FIL.", format=args.format))
        from nir_desktop.core.review.export import ExportChoices, report_tables_of
        from nir_desktop.core.review.html import report_html_page

        choices = ExportChoices(corrected=False, masked=not args.show_fnr, report_html=True)
        snap = session.snapshot(choices, lang=args.lang)
        tables = report_tables_of(snap, choices.masked, choices.log_inside_report)
        write_text(report_html_page(tables, args.lang), None, args.file)
    else:
        check_report_target(args.output, args.file)
        if report_kind(args.output) is not kind:
            raise CliError(Msg("--format {format} skriver en .{format}-fil, men «{file}» har "
                               "en annen endelse.", format=args.format, file=args.output.name))
        write_report_files(session, {kind: args.output}, args)
    errors = sum(1 for f in session.result.findings if f.severity is Severity.ERROR)
    return EXIT_ERRORS if errors else EXIT_OK
