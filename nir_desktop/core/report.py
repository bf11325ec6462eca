"""Reports of a check: readable Norwegian text, JSON with a fixed schema, and xlsx.

Every report shows the summary per rule first (the counts add up to the total), then
what could not be checked and why, then the findings. Fødselsnummer are masked unless
the caller asks otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from nir_desktop.core import deadlines
from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.edits import CellEdit
from nir_desktop.core.findings import AckKey, Finding, NotChecked, Severity, ack_key
from nir_desktop.core.model import ReadNote, Workbook, column_letter
from nir_desktop.core.privacy import mask_text
from nir_desktop.core.readers.errors import printable
from nir_desktop.core.rules.catalogue import RULES, field_label, render, render_not_checked
from nir_desktop.core.summary import GoalAttainment, Summary, summarize
from nir_desktop.core.writers.xlsx_new import Table, write_xlsx_new

REPORT_SCHEMA_VERSION = 1

class CheckResultLike(Protocol):
    findings: list[Finding]
    not_checked: list[NotChecked]
    year: int


# --- JSON schema -----------------------------------------------------------------------


class JsonFinding(BaseModel):
    """One finding. ``column`` is the Excel column letter ("C"), ``row`` the spreadsheet's
    own row number (header = row 1); both null for a finding about the whole file."""

    model_config = ConfigDict(extra="forbid")
    rule: str
    severity: Literal["error", "warning", "info"]
    sheet: str | None
    row: int | None
    column: str | None
    message: str
    suggestion: str | None
    # The caseworker's note when the warning was acknowledged ("" without a note); null when
    # it was not.
    acknowledged: str | None = None


class JsonNotChecked(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rule: str
    name: str
    missing: list[str]
    message: str


class JsonNote(BaseModel):
    """What the reader repaired, guessed or doubts (encoding, a quote that swallowed lines,
    a sheet without a fødselsnummer column). ``not_checked``: rows or a sheet the note
    speaks of were not checked, so the file is not clean even without findings."""

    model_config = ConfigDict(extra="forbid")
    message: str
    sheet: str | None
    row: int | None
    column: str | None
    not_checked: bool


class JsonReport(BaseModel):
    """The JSON report: ``{"reporting_year", "complete", "findings", "summary",
    "not_checked", "notes"}``. ``complete`` is false when part of the file could not be
    checked (a note with ``not_checked`` says which)."""

    model_config = ConfigDict(extra="forbid")
    reporting_year: int
    complete: bool
    findings: list[JsonFinding]
    summary: Summary  # counts per rule, deadline, måloppnåelse preview (core.summary)
    not_checked: list[JsonNotChecked]
    notes: list[JsonNote]


# --- shared pieces -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RuleCount:
    rule: str
    name: str
    title: str
    severity: Severity
    count: int


def _rule_info(rule_id: str, lang: str) -> tuple[str, str, Severity | None]:
    r = RULES.get(rule_id)
    if r is None:
        return rule_id, rule_id, None
    return r.name, r.title.get(lang), r.severity


def rule_counts(findings: Iterable[Finding], lang: str = "nb") -> list[RuleCount]:
    """Findings per (rule, severity), most severe first; the counts add up to the total."""
    counts = Counter((f.rule, f.severity) for f in findings)
    rows = []
    for (rule_id, severity), n in counts.items():
        name, title, _sev = _rule_info(rule_id, lang)
        rows.append(RuleCount(rule_id, name, title, severity, n))
    rows.sort(key=lambda c: (c.severity.rank, c.rule))
    return rows


Acks = Mapping[AckKey, str]


def ack_note(f: Finding, acks: Acks | None) -> str | None:
    """The note of an acknowledged finding ("" without one), None when not acknowledged."""
    return acks.get(ack_key(f)) if acks else None


def _ack_text(note: str, lang: str) -> str:
    """How a report shows an acknowledgement: the note, or a plain yes without one."""
    return note or ("Yes" if lang == "en" else "Ja")


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


def location(finding: Finding, workbook: Workbook | None = None, lang: str = "nb") -> str:
    """'Deltakere rad 14, kolonne C (Fødselsnummer)'; 'Hele filen' without a place."""
    row_word, col_word = ("row", "column") if lang == "en" else ("rad", "kolonne")
    parts: list[str] = []
    if finding.sheet:
        parts.append(finding.sheet + (f" {row_word} {finding.row}" if finding.row else ""))
    if finding.column is not None:
        title = column_title(workbook, finding, lang)
        col = f"{col_word} {column_letter(finding.column)}"
        parts.append(f"{col} ({title})" if title else col)
    if not parts:
        return "Whole file" if lang == "en" else "Hele filen"
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


def _severity_label(sev: Severity, lang: str) -> str:
    return sev.label_en if lang == "en" else sev.label_nb


def _deadline_line(year: int, today: date, lang: str) -> str:
    info = deadlines.deadline_info(year)
    due = info.date
    left = (due - today).days
    if lang == "en":
        when = (f"{left} days left" if left > 0 else "today" if left == 0
                else f"passed {-left} days ago")
        line = f"Deadline for updating NIR: {due:%d.%m.%Y} ({when})"
        return line if info.verified else line + " – not confirmed by IMDi"
    when = (f"{left} dager igjen" if left > 1 else "1 dag igjen" if left == 1
            else "i dag" if left == 0 else f"fristen gikk ut for {-left} dager siden")
    line = f"Frist for å ajourføre NIR: {due:%d.%m.%Y} ({when})"
    return line if info.verified else line + " – ikke bekreftet av IMDi"


def _year_reason(result: object, lang: str) -> list[str]:
    """Why the check is for this reporting year (core.reporting_year), where known."""
    choice = getattr(result, "year_choice", None)
    return [choice.text(lang)] if choice is not None else []


def goal_lines(goal: GoalAttainment, lang: str = "nb") -> list[str]:
    """The måloppnåelse preview as a few lines of text (it follows what NIR will hold)."""
    en = lang == "en"
    head = (f"Goal attainment {goal.year} (preview, as NIR will hold it)" if en
            else f"Måloppnåelse {goal.year} (forhåndsvisning, slik NIR vil ha det)")
    lines = [head, "-" * len(head)]
    if en:
        lines.append(f"  Ended in {goal.year} (in NIR): {goal.ended}   Excluded (COV003): "
                     f"{goal.excluded}   Basis: {goal.basis}")
        lines.append(f"  To work: {goal.work}   To education: {goal.education}   "
                     f"Neither: {goal.neither}")
    else:
        lines.append(f"  Avsluttet i {goal.year} (i NIR): {goal.ended}   Utelatt (COV003): "
                     f"{goal.excluded}   Grunnlag: {goal.basis}")
        lines.append(f"  Til arbeid: {goal.work}   Til utdanning: {goal.education}   "
                     f"Verken eller: {goal.neither}")
    if goal.share is not None:
        pct = f"{goal.share * 100:.0f} %"
        lines.append(f"  {'Goal attainment' if en else 'Måloppnåelse'}: {pct} "
                     f"({goal.achieved} {'of' if en else 'av'} {goal.basis})")
    if goal.nir_endings:
        lines.append(
            f"  Ended by NIR itself on the 3-year frist: {goal.nir_endings}" if en else
            f"  Avsluttet av NIR selv på 3-årsfristen: {goal.nir_endings}")
    if goal.not_registered:
        lines.append(
            f"  Without a reason («ikke registrert»), counted as not achieved: "
            f"{goal.not_registered}" if en else
            f"  Uten årsak («ikke registrert»), telles som ikke nådd: {goal.not_registered}")
    if goal.excluded_persons:
        lines.append(f"  {'Excluded' if en else 'Utelatt'}: "
                     + ", ".join(goal.excluded_persons))
    if goal.caveat:
        lines.append(f"  {goal.caveat}")
    return lines


# --- text ----------------------------------------------------------------------------------


def text_report(result: CheckResultLike, workbook: Workbook | None, *, file: Path | str,
                lang: str = "nb", group_by: Literal["rule", "row"] = "rule",
                masked: bool = True, today: date | None = None,
                codelists: CodeLists | None = None, acks: Acks | None = None) -> str:
    """The readable report. ``acks``: acknowledged warnings (from a review session), shown
    with the caseworker's note under the finding and counted in the summary."""
    today = today or date.today()
    en = lang == "en"
    findings = list(result.findings)
    lines: list[str] = []
    title = "NIR-kontroll – check report" if en else "NIR-kontroll – kontrollrapport"
    lines += [title, "=" * len(title)]
    lines.append(f"{'File' if en else 'Fil'}: {printable(Path(file).name)}")
    lines.append(f"{'Reporting year' if en else 'Rapporteringsår'}: {result.year}")
    lines += [f"  {reason}" for reason in _year_reason(result, lang)]
    lines.append(_deadline_line(result.year, today, lang))
    lines.append(f"{'Checked' if en else 'Kontrollert'}: {today:%d.%m.%Y}")
    lines.append("")

    sev_counts = Counter(f.severity for f in findings)
    head = "Summary" if en else "Sammendrag"
    lines += [head, "-" * len(head)]
    lines.append("   ".join(f"{_severity_label(s, lang)}: {sev_counts.get(s, 0)}"
                            for s in Severity) + f"   {'Total' if en else 'Totalt'}: "
                 f"{len(findings)}")
    acked = sum(1 for f in findings if ack_note(f, acks) is not None)
    if acked:
        lines.append(f"Acknowledged warnings: {acked}" if en
                     else f"Kvitterte advarsler: {acked}")
    counts = rule_counts(findings, lang)
    if counts:
        lines.append("")
        name_w = max(len("Navn"), *(len(c.name) for c in counts))
        sev_w = max(len(_severity_label(s, lang)) for s in Severity)
        header = (f"  {'Rule' if en else 'Regel':<8} {'Name' if en else 'Navn':<{name_w}} "
                  f"{'Severity' if en else 'Alvor':<{sev_w}} {'Count' if en else 'Antall':>6}")
        lines.append(header)
        for c in counts:
            lines.append(f"  {c.rule:<8} {c.name:<{name_w}} "
                         f"{_severity_label(c.severity, lang):<{sev_w}} {c.count:>6}")
        lines.append(f"  {'Total' if en else 'Totalt':<{8 + 1 + name_w + 1 + sev_w}} "
                     f"{sum(c.count for c in counts):>6}")
    elif unchecked_notes(workbook):
        lines.append("No findings in what was checked, but part of the file could not be "
                     "checked (see the notes below)." if en else
                     "Ingen funn i det som ble kontrollert, men deler av filen ble IKKE "
                     "kontrollert (se merknadene under).")
    else:
        lines.append("No findings: the file is clean for the rules that could run." if en
                     else "Ingen funn: filen er ren for reglene som kunne kjøres.")
    lines.append("")

    if workbook is not None and workbook.notes:
        head = "Notes from reading the file" if en else "Merknader fra innlesingen"
        lines += [head, "-" * len(head)]
        lines += [f"  - {_note_text(n, masked, lang)}" for n in workbook.notes]
        lines.append("")

    if workbook is not None:
        summary = report_summary(result, workbook, lang=lang, masked=masked, today=today,
                       codelists=codelists)
        if summary.goal is not None and summary.goal.ended:
            lines += goal_lines(summary.goal, lang)
            lines.append("")

    if result.not_checked:
        head = "Not checked" if en else "Ikke kontrollert"
        lines += [head, "-" * len(head)]
        lines += [f"  - {not_checked_text(nc, lang)}" for nc in result.not_checked]
        lines.append("")

    if findings:
        if group_by == "row":
            lines += _by_row(findings, workbook, lang, masked, acks)
        else:
            lines += _by_rule(findings, workbook, lang, masked, acks)
    return "\n".join(lines).rstrip() + "\n"


def _ack_line(f: Finding, lang: str, masked: bool, acks: Acks | None) -> list[str]:
    note = ack_note(f, acks)
    if note is None:
        return []
    text = mask_text(_ack_text(note, lang)) if masked else _ack_text(note, lang)
    return [f"      {'Acknowledged' if lang == 'en' else 'Kvittert ut'}: {text}"]


def _finding_line(f: Finding, workbook: Workbook | None, lang: str, masked: bool,
                  with_location: bool = True, acks: Acks | None = None) -> list[str]:
    where = location(f, workbook, lang) if with_location else ""
    who = f" – {mask_text(f.person) if masked else f.person}" if f.person else ""
    prefix = f"{where}{who}: " if where or who else ""
    out = [f"  {prefix}{message(f, lang, masked)}"]
    s = suggestion(f, masked)
    if s is not None:
        out.append(f"      {'Suggestion' if lang == 'en' else 'Forslag'}: {s}")
    return out + _ack_line(f, lang, masked, acks)


def _by_rule(findings: list[Finding], workbook: Workbook | None, lang: str,
             masked: bool, acks: Acks | None = None) -> list[str]:
    en = lang == "en"
    head = "Findings by rule" if en else "Funn per regel"
    lines = [head, "-" * len(head)]
    groups: dict[tuple[int, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.severity.rank, f.rule), []).append(f)
    for (_rank, rule_id), group in sorted(groups.items()):
        name, title, _s = _rule_info(rule_id, lang)
        sev = _severity_label(group[0].severity, lang)
        lines.append(f"{rule_id} {name} – {title} ({sev}, {len(group)})")
        for f in sorted_findings(group):
            lines += _finding_line(f, workbook, lang, masked, acks=acks)
        lines.append("")
    return lines


def _by_row(findings: list[Finding], workbook: Workbook | None, lang: str,
            masked: bool, acks: Acks | None = None) -> list[str]:
    en = lang == "en"
    head = "Findings by row" if en else "Funn per rad"
    lines = [head, "-" * len(head)]
    groups: dict[tuple[str, int], list[Finding]] = {}
    for f in sorted_findings(findings):
        groups.setdefault((f.sheet or "", f.row or 0), []).append(f)
    for (sheet, row), group in groups.items():
        if sheet:
            label = f"{sheet} {'row' if en else 'rad'} {row}" if row else sheet
        else:
            label = "Whole file" if en else "Hele filen"
        person = next((g.person for g in group if g.person), None)
        if person:
            label += f" – {mask_text(person) if masked else person}"
        lines.append(label)
        for f in group:
            sev = _severity_label(f.severity, lang)
            col = ""
            if f.column is not None:
                t = column_title(workbook, f, lang)
                col = f"{'column' if en else 'kolonne'} {column_letter(f.column)}"
                col += f" ({t})" if t else ""
                col += ": "
            lines.append(f"  [{sev} {f.rule}] {col}{message(f, lang, masked)}")
            s = suggestion(f, masked)
            if s is not None:
                lines.append(f"      {'Suggestion' if en else 'Forslag'}: {s}")
            lines += _ack_line(f, lang, masked, acks)
        lines.append("")
    return lines


def unchecked_notes(workbook: Workbook | None) -> list[ReadNote]:
    """The reader's notes about rows or sheets that could not be checked."""
    if workbook is None:
        return []
    return [n for n in workbook.notes if n.not_checked]


def _note_text(note: ReadNote, masked: bool, lang: str = "nb") -> str:
    text = note.message.replace("\n", " ")
    prefix = ("NOT CHECKED: " if lang == "en" else "IKKE KONTROLLERT: ") \
        if note.not_checked else ""
    return prefix + (mask_text(text) if masked else text)


# --- JSON ------------------------------------------------------------------------------------


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


def json_report(result: CheckResultLike, workbook: Workbook | None = None, *,
                file: Path | str | None = None, lang: str = "nb", masked: bool = True,
                today: date | None = None, codelists: CodeLists | None = None,
                acks: Acks | None = None) -> JsonReport:
    """The JSON report. ``file`` is accepted for symmetry with the other reports."""
    del file
    findings = sorted_findings(result.findings)
    notes = workbook.notes if workbook is not None else []
    return JsonReport(
        reporting_year=result.year,
        complete=not unchecked_notes(workbook),
        findings=[
            JsonFinding(rule=f.rule, severity=f.severity.value, sheet=f.sheet, row=f.row,
                        column=f.column_letter, message=message(f, lang, masked),
                        suggestion=suggestion(f, masked), acknowledged=_json_ack(f, acks, masked))
            for f in findings
        ],
        summary=report_summary(result, workbook, lang=lang, masked=masked, today=today,
                       codelists=codelists),
        not_checked=[
            JsonNotChecked(rule=nc.rule, name=_rule_info(nc.rule, lang)[0],
                           missing=list(nc.missing), message=not_checked_text(nc, lang))
            for nc in result.not_checked
        ],
        notes=[JsonNote(message=mask_text(n.message) if masked else n.message, sheet=n.sheet,
                        row=n.row, column=n.column, not_checked=n.not_checked) for n in notes],
    )


def _json_ack(f: Finding, acks: Acks | None, masked: bool) -> str | None:
    note = ack_note(f, acks)
    return mask_text(note) if note is not None and masked else note


def json_text(report: JsonReport) -> str:
    return report.model_dump_json(indent=2) + "\n"


# --- xlsx reports ------------------------------------------------------------------------------


def report_tables(result: CheckResultLike, workbook: Workbook | None, *, file: Path | str,
                  lang: str = "nb", masked: bool = True, today: date | None = None,
                  open_note: str | None = None,
                  codelists: CodeLists | None = None, acks: Acks | None = None) -> list[Table]:
    """The error report as sheets: Sammendrag, Funn, Ikke kontrollert. With ``acks`` the
    findings carry a "Kvittert ut" column: an acknowledged warning stays in the report,
    with the caseworker's note beside it."""
    today = today or date.today()
    en = lang == "en"
    counts = rule_counts(result.findings, lang)
    notes = [
        f"{'File' if en else 'Fil'}: {printable(Path(file).name)}",
        f"{'Reporting year' if en else 'Rapporteringsår'}: {result.year}",
        *_year_reason(result, lang),
        _deadline_line(result.year, today, lang),
        f"{'Checked' if en else 'Kontrollert'}: {today:%d.%m.%Y}",
    ]
    if open_note:
        notes.append(open_note)
    if workbook is not None and workbook.notes:
        notes.append("")
        notes.append("Notes from reading the file:" if en else "Merknader fra innlesingen:")
        notes += [_note_text(n, masked, lang) for n in workbook.notes]
    if workbook is not None:
        summary = report_summary(result, workbook, lang=lang, masked=masked, today=today,
                       codelists=codelists)
        if summary.goal is not None and summary.goal.ended:
            notes.append("")
            notes += [line.strip() for line in goal_lines(summary.goal, lang)
                      if not line.startswith("-")]
    notes.append("")
    summary = Table(
        title="Summary" if en else "Sammendrag",
        headers=(["Rule", "Name", "Title", "Severity", "Count"] if en
                 else ["Regel", "Navn", "Tittel", "Alvor", "Antall"]),
        rows=[*([c.rule, c.name, c.title, _severity_label(c.severity, lang), c.count]
                for c in counts),
              ["Total" if en else "Totalt", None, None, None, sum(c.count for c in counts)]],
        column_widths=(10, 24, 50, 10, 8), notes=notes,
    )
    headers = (["Sheet", "Row", "Column", "Field", "Person", "Rule", "Severity", "Message",
                "Suggestion"] if en else
               ["Ark", "Rad", "Kolonne", "Felt", "Person", "Regel", "Alvor", "Melding",
                "Forslag"])
    widths: tuple[int, ...] = (12, 7, 8, 20, 16, 9, 10, 80, 20)
    if acks:
        headers.append("Acknowledged" if en else "Kvittert ut")
        widths = (*widths, 18)

    def row(f: Finding) -> list[Any]:
        cells: list[Any] = [
            f.sheet, f.row, f.column_letter, column_title(workbook, f, lang) or None,
            (mask_text(f.person) if masked else f.person) if f.person else None,
            f.rule, _severity_label(f.severity, lang), message(f, lang, masked),
            suggestion(f, masked)]
        if acks:
            note = ack_note(f, acks)
            shown = None if note is None else _ack_text(note, lang)
            cells.append(mask_text(shown) if shown and masked else shown)
        return cells

    rows = [row(f) for f in sorted_findings(result.findings)]
    findings = Table(title="Findings" if en else "Funn", headers=headers, rows=rows,
                     column_widths=widths)
    tables = [summary, findings]
    if result.not_checked:
        tables.append(Table(
            title="Not checked" if en else "Ikke kontrollert",
            headers=["Rule", "Reason"] if en else ["Regel", "Grunn"],
            rows=[[nc.rule, not_checked_text(nc, lang)] for nc in result.not_checked],
            column_widths=(10, 90)))
    return tables


def write_report_xlsx(out_path: Path | str, result: CheckResultLike, workbook: Workbook | None,
                      *, file: Path | str, original: Path | str | None = None,
                      lang: str = "nb", masked: bool = True, today: date | None = None,
                      open_note: str | None = None) -> Path:
    """The error report for a colleague or leader, as an .xlsx (atomic)."""
    return write_xlsx_new(out_path, report_tables(result, workbook, file=file, lang=lang,
                                                  masked=masked, today=today,
                                                  open_note=open_note), original)


def change_log_table(edits: Sequence[CellEdit], workbook: Workbook | None, *,
                     masked: bool = True, lang: str = "nb") -> Table:
    """What changed, cell by cell: sheet, row, column, field, before, after, rule."""
    en = lang == "en"

    def shown(e: CellEdit, text: str) -> str:
        return mask_text(text) if masked and e.field == "fodselsnummer" else text

    rows: list[list[Any]] = []
    for e in edits:
        header = None
        if workbook is not None:
            sheet = workbook.sheet_named(e.sheet)
            if sheet is not None and e.column < len(sheet.headers):
                header = sheet.headers[e.column] or None
        rows.append([e.sheet, e.row, column_letter(e.column),
                     header or field_label(e.field, lang) or None,
                     shown(e, e.old), shown(e, e.new),
                     e.rule or ("Manual" if en else "Manuell")])
    return Table(
        title="Change log" if en else "Endringslogg",
        headers=(["Sheet", "Row", "Column", "Field", "Before", "After", "Rule"] if en else
                 ["Ark", "Rad", "Kolonne", "Felt", "Før", "Etter", "Regel"]),
        rows=rows, column_widths=(12, 7, 8, 22, 24, 24, 10))


def write_change_log_xlsx(out_path: Path | str, edits: Sequence[CellEdit],
                          workbook: Workbook | None, *, original: Path | str | None = None,
                          masked: bool = True, lang: str = "nb") -> Path:
    return write_xlsx_new(out_path, [change_log_table(edits, workbook, masked=masked,
                                                      lang=lang)], original)


def changed_rows_tables(workbook: Workbook, edits: Sequence[CellEdit],
                        lang: str = "nb") -> list[Table]:
    """Only the rows that changed, per sheet, with their new values and original row."""
    by_sheet: dict[str, dict[int, dict[int, str]]] = {}
    for e in edits:
        by_sheet.setdefault(e.sheet, {}).setdefault(e.row, {})[e.column] = e.new
    tables = []
    for sheet in workbook.sheets:
        changed = by_sheet.get(sheet.name)
        if not changed:
            continue
        index = {n: i for i, n in enumerate(sheet.row_numbers)}
        rows = []
        for rn in sorted(changed):
            i = index.get(rn)
            values: list[Any] = list(sheet.rows[i]) if i is not None else []
            for c, text in changed[rn].items():
                if c >= len(values):
                    values.extend([None] * (c + 1 - len(values)))
                values[c] = text
            values = [v if v not in ("",) else None for v in values]
            rows.append([rn, *values])
        tables.append(Table(title=sheet.name,
                            headers=["Row in original" if lang == "en" else "Rad i originalen",
                                     *sheet.headers],
                            rows=rows))
    return tables


def write_changed_rows_xlsx(out_path: Path | str, workbook: Workbook,
                            edits: Sequence[CellEdit], *, original: Path | str | None = None,
                            lang: str = "nb") -> Path:
    return write_xlsx_new(out_path, changed_rows_tables(workbook, edits, lang), original)


def change_lines(edits: Sequence[CellEdit], workbook: Workbook | None = None, *,
                 masked: bool = False, lang: str = "nb") -> list[str]:
    """One line per change, for the command line: where, old → new, rule."""
    table = change_log_table(edits, workbook, masked=masked, lang=lang)
    en = lang == "en"
    out = []
    for sheet, row, col, field, old, new, rule_id in table.rows:  # type: ignore[misc]
        where = f"{sheet} {'row' if en else 'rad'} {row}, {'column' if en else 'kolonne'} {col}"
        if field:
            where += f" ({field})"
        out.append(f"{where}: «{old}» → «{new}» [{rule_id}]")
    return out
