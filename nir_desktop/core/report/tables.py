"""The error report as sheets (Sammendrag, Funn, Ikke kontrollert) for xlsx, HTML and PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.findings import Finding
from nir_desktop.core.i18n import N_, texts
from nir_desktop.core.model import Workbook
from nir_desktop.core.privacy import mask_text
from nir_desktop.core.readers.errors import printable
from nir_desktop.core.report.common import (
    Acks,
    CheckResultLike,
    ack_note,
    ack_text,
    column_title,
    deadline_line,
    goal_lines,
    message,
    not_checked_text,
    note_text,
    report_summary,
    rule_counts,
    severity_label,
    sorted_findings,
    suggestion,
    year_reason,
)
from nir_desktop.core.writers.xlsx_new import Table

SUMMARY_HEADERS = (N_("Regel"), N_("Navn"), N_("Tittel"), N_("Alvor"), N_("Antall"))
FINDING_HEADERS = (N_("Ark"), N_("Rad"), N_("Kolonne"), N_("Felt"), N_("Person"),
                   N_("Regel"), N_("Alvor"), N_("Melding"), N_("Forslag"))
NOT_CHECKED_HEADERS = (N_("Regel"), N_("Grunn"))


def translated(lang: str, words: tuple[str, ...]) -> list[str]:
    t = texts(lang)
    return [t.gettext(w) for w in words]


def report_tables(result: CheckResultLike, workbook: Workbook | None, *, file: Path | str,
                  lang: str = "nb", masked: bool = True, today: date | None = None,
                  open_note: str | None = None,
                  codelists: CodeLists | None = None, acks: Acks | None = None) -> list[Table]:
    """The error report as sheets: Sammendrag, Funn, Ikke kontrollert. With ``acks`` the
    findings carry a "Kvittert ut" column: an acknowledged warning stays in the report,
    with the caseworker's note beside it."""
    today = today or date.today()
    t = texts(lang)
    counts = rule_counts(result.findings, lang)
    notes = [
        t.gettext("Fil: {file}").format(file=printable(Path(file).name)),
        t.gettext("Rapporteringsår: {year}").format(year=result.year),
        *year_reason(result, lang),
        deadline_line(result.year, today, lang),
        t.gettext("Kontrollert: {date}").format(date=f"{today:%d.%m.%Y}"),
    ]
    if open_note:
        notes.append(open_note)
    if workbook is not None and workbook.notes:
        notes.append("")
        notes.append(t.gettext("Merknader fra innlesingen:"))
        notes += [note_text(n, masked, lang) for n in workbook.notes]
    if workbook is not None:
        summary = report_summary(result, workbook, lang=lang, masked=masked, today=today,
                                 codelists=codelists)
        if summary.goal is not None and summary.goal.ended:
            notes.append("")
            notes += [line.strip() for line in goal_lines(summary.goal, lang)
                      if not line.startswith("-")]
    notes.append("")
    summary_table = Table(
        title=t.gettext("Sammendrag"),
        headers=translated(lang, SUMMARY_HEADERS),
        rows=[*([c.rule, c.name, c.title, severity_label(c.severity, lang), c.count]
                for c in counts),
              [t.gettext("Totalt"), None, None, None, sum(c.count for c in counts)]],
        column_widths=(10, 24, 50, 10, 8), notes=notes,
    )
    headers = translated(lang, FINDING_HEADERS)
    widths: tuple[int, ...] = (12, 7, 8, 20, 16, 9, 10, 80, 20)
    if acks:
        headers.append(t.gettext("Kvittert ut"))
        widths = (*widths, 18)

    def row(f: Finding) -> list[Any]:
        cells: list[Any] = [
            f.sheet, f.row, f.column_letter, column_title(workbook, f, lang) or None,
            (mask_text(f.person) if masked else f.person) if f.person else None,
            f.rule, severity_label(f.severity, lang), message(f, lang, masked),
            suggestion(f, masked)]
        if acks:
            note = ack_note(f, acks)
            shown = None if note is None else ack_text(note, lang)
            cells.append(mask_text(shown) if shown and masked else shown)
        return cells

    rows = [row(f) for f in sorted_findings(result.findings)]
    findings = Table(title=t.gettext("Funn"), headers=headers, rows=rows,
                     column_widths=widths)
    tables = [summary_table, findings]
    if result.not_checked:
        tables.append(Table(
            title=t.gettext("Ikke kontrollert"),
            headers=translated(lang, NOT_CHECKED_HEADERS),
            rows=[[nc.rule, not_checked_text(nc, lang)] for nc in result.not_checked],
            column_widths=(10, 90)))
    return tables
