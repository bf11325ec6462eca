"""What every report of a check shares: places, messages, severities, the deadline line,
the måloppnåelse lines and the summary, each in the report's language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from nir_desktop.core import deadlines
from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.fields import field_label
from nir_desktop.core.findings import AckKey, Finding, NotChecked, Severity, ack_key
from nir_desktop.core.i18n import render as render_text
from nir_desktop.core.i18n import texts
from nir_desktop.core.model import ReadNote, Workbook, column_letter
from nir_desktop.core.privacy import mask_text
from nir_desktop.core.rules.catalogue import RULES, render, render_not_checked
from nir_desktop.core.summary import GoalAttainment, Summary, summarize


class CheckResultLike(Protocol):
    findings: list[Finding]
    not_checked: list[NotChecked]
    year: int


@dataclass(frozen=True, slots=True)
class RuleCount:
    rule: str
    name: str
    title: str
    severity: Severity
    count: int


def rule_info(rule_id: str, lang: str) -> tuple[str, str, Severity | None]:
    r = RULES.get(rule_id)
    if r is None:
        return rule_id, rule_id, None
    return r.name, r.title.get(lang), r.severity


def rule_counts(findings: Iterable[Finding], lang: str = "nb") -> list[RuleCount]:
    """Findings per (rule, severity), most severe first; the counts add up to the total."""
    counts = Counter((f.rule, f.severity) for f in findings)
    rows = []
    for (rule_id, severity), n in counts.items():
        name, title, _sev = rule_info(rule_id, lang)
        rows.append(RuleCount(rule_id, name, title, severity, n))
    rows.sort(key=lambda c: (c.severity.rank, c.rule))
    return rows


Acks = Mapping[AckKey, str]


def ack_note(f: Finding, acks: Acks | None) -> str | None:
    """The note of an acknowledged finding ("" without one), None when not acknowledged."""
    return acks.get(ack_key(f)) if acks else None


def ack_text(note: str, lang: str) -> str:
    """How a report shows an acknowledgement: the note, or a plain yes without one."""
    return note or texts(lang).gettext("Ja")


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)


def column_title(workbook: Workbook | None, finding: Finding, lang: str = "nb") -> str:
    """The column's header as the file has it, else our field label."""
    if workbook is not None and finding.sheet is not None and finding.column is not None:
        sheet = workbook.sheet_named(finding.sheet)
        if sheet is not None and finding.column < len(sheet.headers):
            header = sheet.headers[finding.column]
            if header:
                return header
    return field_label(finding.field, lang)


def sheet_row(sheet: str, row: int | None, lang: str) -> str:
    """'Deltakere rad 14', or the sheet alone without a row."""
    if not row:
        return sheet
    return texts(lang).gettext("{sheet} rad {row}").format(sheet=sheet, row=row)


def column_words(column: int | str, lang: str) -> str:
    """'kolonne C' for a column index or letter."""
    letter = column_letter(column) if isinstance(column, int) else column
    return texts(lang).gettext("kolonne {column}").format(column=letter)


def whole_file(lang: str) -> str:
    return texts(lang).gettext("Hele filen")


def location(finding: Finding, workbook: Workbook | None = None, lang: str = "nb") -> str:
    """'Deltakere rad 14, kolonne C (Fødselsnummer)'; 'Hele filen' without a place."""
    parts: list[str] = []
    if finding.sheet:
        parts.append(sheet_row(finding.sheet, finding.row, lang))
    if finding.column is not None:
        title = column_title(workbook, finding, lang)
        col = column_words(finding.column, lang)
        parts.append(f"{col} ({title})" if title else col)
    if not parts:
        return whole_file(lang)
    return ", ".join(parts)


def message(finding: Finding, lang: str = "nb", masked: bool = True) -> str:
    try:
        text = render(finding, lang)
    except KeyError:
        text = finding.rule
    return mask_text(text) if masked else text


def suggestion(finding: Finding, masked: bool = True) -> str | None:
    if finding.suggestion is None:
        return None
    return mask_text(finding.suggestion) if masked else finding.suggestion


def not_checked_text(nc: NotChecked, lang: str = "nb") -> str:
    try:
        return render_not_checked(nc, lang)
    except (KeyError, ValueError):
        return nc.rule


def severity_label(sev: Severity, lang: str) -> str:
    return sev.label(lang)


def deadline_line(year: int, today: date, lang: str) -> str:
    t = texts(lang)
    info = deadlines.deadline_info(year)
    due = info.date
    left = (due - today).days
    if left > 0:
        when = t.ngettext("{n} dag igjen", "{n} dager igjen", left).format(n=left)
    elif left == 0:
        when = t.gettext("i dag")
    else:
        when = t.ngettext("fristen gikk ut for {n} dag siden",
                          "fristen gikk ut for {n} dager siden", -left).format(n=-left)
    line = t.gettext("Frist for å ajourføre NIR: {date} ({when})").format(
        date=f"{due:%d.%m.%Y}", when=when)
    return line if info.verified else line + t.gettext(" – ikke bekreftet av IMDi")


def year_reason(result: object, lang: str) -> list[str]:
    """Why the check is for this reporting year (core.reporting_year), where known."""
    choice = getattr(result, "year_choice", None)
    return [choice.text(lang)] if choice is not None else []


def goal_lines(goal: GoalAttainment, lang: str = "nb") -> list[str]:
    """The måloppnåelse preview as a few lines of text (it follows what NIR will hold)."""
    t = texts(lang)
    head = t.gettext("Måloppnåelse {year} (forhåndsvisning, slik NIR vil ha det)").format(
        year=goal.year)
    lines = [head, "-" * len(head)]
    lines.append("  " + t.gettext("Avsluttet i {year} (i NIR): {ended}   Utelatt (COV003): "
                                  "{excluded}   Grunnlag: {basis}").format(
        year=goal.year, ended=goal.ended, excluded=goal.excluded, basis=goal.basis))
    lines.append("  " + t.gettext("Til arbeid: {work}   Til utdanning: {education}   "
                                  "Verken eller: {neither}").format(
        work=goal.work, education=goal.education, neither=goal.neither))
    if goal.share is not None:
        lines.append("  " + t.gettext("Måloppnåelse: {share} ({achieved} av {basis})").format(
            share=f"{goal.share * 100:.0f} %", achieved=goal.achieved, basis=goal.basis))
    if goal.nir_endings:
        lines.append("  " + t.gettext("Avsluttet av NIR selv på 3-årsfristen: {n}").format(
            n=goal.nir_endings))
    if goal.not_registered:
        lines.append("  " + t.gettext("Uten årsak («ikke registrert»), telles som ikke nådd: "
                                      "{n}").format(n=goal.not_registered))
    if goal.excluded_persons:
        lines.append("  " + t.gettext("Utelatt: {persons}").format(
            persons=", ".join(goal.excluded_persons)))
    if goal.caveat:
        lines.append(f"  {goal.caveat}")
    return lines


def unchecked_notes(workbook: Workbook | None) -> list[ReadNote]:
    """The reader's notes about rows or sheets that could not be checked."""
    if workbook is None:
        return []
    return [n for n in workbook.notes if n.not_checked]


def note_text(note: ReadNote, masked: bool, lang: str = "nb") -> str:
    text = render_text(note.message, lang).replace("\n", " ")
    prefix = texts(lang).gettext("IKKE KONTROLLERT: ") if note.not_checked else ""
    return prefix + (mask_text(text) if masked else text)


def report_summary(result: CheckResultLike, workbook: Workbook | None, *, lang: str = "nb",
                   masked: bool = True, today: date | None = None,
                   codelists: CodeLists | None = None) -> Summary:
    """The shared summary (core.summary), with persons masked for a report. ``codelists``:
    the lists the check used (måloppnåelse reads what an avslutningsårsak counts as)."""
    summary = summarize(result, workbook, today=today, lang=lang,  # type: ignore[arg-type]
                        codelists=codelists)
    if masked and summary.goal is not None:
        summary.goal.excluded_persons = [mask_text(p) for p in summary.goal.excluded_persons]
    return summary
