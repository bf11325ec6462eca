"""The commands: ``check``, ``fix``, ``compare`` and ``rules``."""

from __future__ import annotations

import argparse
import sys

from nir_desktop.cli.common import (
    EXIT_ERRORS,
    EXIT_OK,
    EXIT_UNREADABLE,
    CliError,
    load_codelists,
    log,
    read,
    say,
    unchecked_warning,
    write_text,
)
from nir_desktop.cli.parser import REPORT_FILE_FORMATS
from nir_desktop.cli.reports import (
    check_report_file,
    check_report_target,
    report_kind,
    review,
    with_session_edits,
    write_report_files,
)
from nir_desktop.core.i18n import N_, Msg, render, texts


def cmd_check(args: argparse.Namespace) -> int:
    from nir_desktop.core.findings import Severity
    from nir_desktop.core.report import json_report, json_text, text_report

    codelists = load_codelists(args.codelists)
    workbook = read(args.file, args.profile, args.lang)
    session = review(args, workbook, codelists)
    result, acks = session.result, session.acks
    masked = not args.show_fnr
    if args.format in REPORT_FILE_FORMATS:
        rc = check_report_file(args, session)
        return EXIT_UNREADABLE if unchecked_warning(workbook, args.lang) else rc
    if args.format == "json":
        text = json_text(json_report(result, workbook, lang=args.lang, masked=masked,
                                     codelists=codelists, acks=acks))
    else:
        text = text_report(result, workbook, file=args.file, lang=args.lang,
                           group_by=args.group_by, masked=masked, codelists=codelists,
                           acks=acks)
    write_text(text, args.output, args.file)
    if args.output is not None:
        say(args, N_("Rapporten er skrevet til {path}"), path=args.output)
    errors = sum(1 for f in result.findings if f.severity is Severity.ERROR)
    log.info("check: %d findings, %d errors, year %s", len(result.findings), errors,
             result.year)
    if unchecked_warning(workbook, args.lang):
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
    check_report_target(args.report, args.file)
    codelists = load_codelists(args.codelists)
    workbook = read(args.file, args.profile, args.lang)
    session = review(args, workbook, codelists)
    edits = collect_fixes(session.result.findings, workbook)
    if args.canonical_codes:
        from nir_desktop.core.value_mapping import value_map_edits

        fixed = {(e.sheet, e.row, e.column) for e in edits}
        edits = list(edits) + [e for e in value_map_edits(workbook)
                               if (e.sheet, e.row, e.column) not in fixed]
    to_write = with_session_edits(session, edits)
    try:
        written = apply_edits(args.file, workbook, to_write, args.output)
    except WriteError as exc:
        raise CliError(exc.message) from None
    t = texts(args.lang)
    out = sys.stdout
    if edits:
        out.write(t.ngettext("{n} automatisk retting:", "{n} automatiske rettinger:",
                             len(edits)).format(n=len(edits)) + "\n")
        for line in change_lines(edits, workbook, lang=args.lang, masked=not args.show_fnr):
            out.write(f"  {line}\n")
    else:
        out.write(t.gettext("Ingen automatiske rettinger å gjøre.") + "\n")
    note_line = t.gettext("Merk: {note}")
    for read_note in workbook.notes:
        if not read_note.not_checked:  # those come last, on stderr
            message = render(read_note.message, args.lang)
            text = message if args.show_fnr else mask_text(message)
            out.write(note_line.format(note=text) + "\n")
    for note in written.notes:
        out.write(note_line.format(note=render(note, args.lang)) + "\n")
    out.write(t.gettext("Skrevet til {path}").format(path=written.path) + "\n")
    log.info("fix: %d cells written", written.cells_written)
    if args.report is not None:
        session.edit(session.changes_for(edits))
        write_report_files(session, {report_kind(args.report): args.report}, args)
    return EXIT_UNREADABLE if unchecked_warning(workbook, args.lang) else EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    """The rule catalogue, generated from the registered rules."""
    from nir_desktop.core.rules.listing import catalogue_json, catalogue_text

    render = catalogue_json if args.format == "json" else catalogue_text
    sys.stdout.write(render(args.year, args.lang))
    sys.stdout.flush()
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    """Exit 0 when the files agree, 1 when they differ, 2 when one cannot be read."""
    from nir_desktop.core.compare import compare_workbooks, json_text, text_report, write_xlsx

    codelists = load_codelists(args.codelists)
    a = read(args.file_a, args.profile_a, args.lang)
    b = read(args.file_b, args.profile_b, args.lang)
    result = compare_workbooks(a, b, codelists=codelists, year=args.year)
    if not result.comparable:
        from nir_desktop.core.fields import FIELDS, SHEET_TITLES

        kinds = ", ".join(SHEET_TITLES[kind] for kind in FIELDS)
        raise CliError(Msg("Ingenting å sammenligne: «{a}» og «{b}» har ikke noe felles ark "
                           "med fødselsnummer ({kinds}).", a=args.file_a.name,
                           b=args.file_b.name, kinds=kinds))
    masked = not args.show_fnr
    from nir_desktop.core.writers import WriteError, ensure_not_original

    try:
        if args.output is not None:
            # A report never replaces either of the files it compares.
            ensure_not_original(args.output, args.file_a)
            ensure_not_original(args.output, args.file_b)
        if args.output is not None and args.output.suffix.lower() == ".xlsx":
            write_xlsx(result, args.output, masked=masked, lang=args.lang)
        else:
            text = json_text(result) if args.format == "json" else text_report(
                result, masked=masked, lang=args.lang)
            write_text(text, args.output, args.file_a)
    except WriteError as exc:
        raise CliError(exc.message) from None
    if args.output is not None:
        say(args, N_("Rapporten er skrevet til {path}"), path=args.output)
    log.info("compare: %d only in A, %d only in B, %d differences", len(result.only_in_a),
             len(result.only_in_b), len(result.differences))
    return EXIT_OK if result.equal else EXIT_ERRORS
