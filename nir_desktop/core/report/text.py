"""The readable text report of a check (``nir-desktop check``)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Literal

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.i18n import texts
from nir_desktop.core.model import Workbook
from nir_desktop.core.privacy import mask_text
from nir_desktop.core.readers.errors import printable
from nir_desktop.core.report.common import (
    Acks,
    CheckResultLike,
    ack_note,
    ack_text,
    column_title,
    column_words,
    deadline_line,
    goal_lines,
    location,
    message,
    not_checked_text,
    note_text,
    report_summary,
    rule_counts,
    rule_info,
    severity_label,
    sheet_row,
    sorted_findings,
    suggestion,
    unchecked_notes,
    whole_file,
    year_reason,
)


def text_report(result: CheckResultLike, workbook: Workbook | None, *, file: Path | str,
                lang: str = "nb", group_by: Literal["rule", "row"] = "rule",
                masked: bool = True, today: date | None = None,
                codelists: CodeLists | None = None, acks: Acks | None = None) -> str:
    """The readable report. ``acks``: acknowledged warnings (from a review session), shown
    with the caseworker's note under the finding and counted in the summary."""
    today = today or date.today()
    t = texts(lang)
    findings = list(result.findings)
    lines: list[str] = []
    title = t.gettext("NIR-kontroll – kontrollrapport")
    lines += [title, "=" * len(title)]
    lines.append(t.gettext("Fil: {file}").format(file=printable(Path(file).name)))
    lines.append(t.gettext("Rapporteringsår: {year}").format(year=result.year))
    lines += [f"  {reason}" for reason in year_reason(result, lang)]
    lines.append(deadline_line(result.year, today, lang))
    lines.append(t.gettext("Kontrollert: {date}").format(date=f"{today:%d.%m.%Y}"))
    lines.append("")

    sev_counts = Counter(f.severity for f in findings)
    head = t.gettext("Sammendrag")
    lines += [head, "-" * len(head)]
    total = t.gettext("Totalt")
    lines.append("   ".join(f"{severity_label(s, lang)}: {sev_counts.get(s, 0)}"
                            for s in Severity) + f"   {total}: {len(findings)}")
    acked = sum(1 for f in findings if ack_note(f, acks) is not None)
    if acked:
        lines.append(t.gettext("Kvitterte advarsler: {n}").format(n=acked))
    counts = rule_counts(findings, lang)
    if counts:
        lines.append("")
        name_head = t.gettext("Navn")
        name_w = max(len(name_head), *(len(c.name) for c in counts))
        sev_w = max(len(severity_label(s, lang)) for s in Severity)
        lines.append(f"  {t.gettext('Regel'):<8} {name_head:<{name_w}} "
                     f"{t.gettext('Alvor'):<{sev_w}} {t.gettext('Antall'):>6}")
        for c in counts:
            lines.append(f"  {c.rule:<8} {c.name:<{name_w}} "
                         f"{severity_label(c.severity, lang):<{sev_w}} {c.count:>6}")
        lines.append(f"  {total:<{8 + 1 + name_w + 1 + sev_w}} "
                     f"{sum(c.count for c in counts):>6}")
    elif unchecked_notes(workbook):
        lines.append(t.gettext("Ingen funn i det som ble kontrollert, men deler av filen ble "
                               "IKKE kontrollert (se merknadene under)."))
    else:
        lines.append(t.gettext("Ingen funn: filen er ren for reglene som kunne kjøres."))
    lines.append("")

    if workbook is not None and workbook.notes:
        head = t.gettext("Merknader fra innlesingen")
        lines += [head, "-" * len(head)]
        lines += [f"  - {note_text(n, masked, lang)}" for n in workbook.notes]
        lines.append("")

    if workbook is not None:
        summary = report_summary(result, workbook, lang=lang, masked=masked, today=today,
                                 codelists=codelists)
        if summary.goal is not None and summary.goal.ended:
            lines += goal_lines(summary.goal, lang)
            lines.append("")

    if result.not_checked:
        head = t.gettext("Ikke kontrollert")
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
    text = mask_text(ack_text(note, lang)) if masked else ack_text(note, lang)
    return ["      " + texts(lang).gettext("Kvittert ut: {note}").format(note=text)]


def _suggestion_line(f: Finding, lang: str, masked: bool) -> list[str]:
    s = suggestion(f, masked)
    if s is None:
        return []
    return ["      " + texts(lang).gettext("Forslag: {suggestion}").format(suggestion=s)]


def _finding_line(f: Finding, workbook: Workbook | None, lang: str, masked: bool,
                  with_location: bool = True, acks: Acks | None = None) -> list[str]:
    where = location(f, workbook, lang) if with_location else ""
    who = f" – {mask_text(f.person) if masked else f.person}" if f.person else ""
    prefix = f"{where}{who}: " if where or who else ""
    out = [f"  {prefix}{message(f, lang, masked)}"]
    return out + _suggestion_line(f, lang, masked) + _ack_line(f, lang, masked, acks)


def _by_rule(findings: list[Finding], workbook: Workbook | None, lang: str,
             masked: bool, acks: Acks | None = None) -> list[str]:
    head = texts(lang).gettext("Funn per regel")
    lines = [head, "-" * len(head)]
    groups: dict[tuple[int, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.severity.rank, f.rule), []).append(f)
    for (_rank, rule_id), group in sorted(groups.items()):
        name, title, _s = rule_info(rule_id, lang)
        sev = severity_label(group[0].severity, lang)
        lines.append(f"{rule_id} {name} – {title} ({sev}, {len(group)})")
        for f in sorted_findings(group):
            lines += _finding_line(f, workbook, lang, masked, acks=acks)
        lines.append("")
    return lines


def _by_row(findings: list[Finding], workbook: Workbook | None, lang: str,
            masked: bool, acks: Acks | None = None) -> list[str]:
    head = texts(lang).gettext("Funn per rad")
    lines = [head, "-" * len(head)]
    groups: dict[tuple[str, int], list[Finding]] = {}
    for f in sorted_findings(findings):
        groups.setdefault((f.sheet or "", f.row or 0), []).append(f)
    for (sheet, row), group in groups.items():
        label = sheet_row(sheet, row, lang) if sheet else whole_file(lang)
        person = next((g.person for g in group if g.person), None)
        if person:
            label += f" – {mask_text(person) if masked else person}"
        lines.append(label)
        for f in group:
            sev = severity_label(f.severity, lang)
            col = ""
            if f.column is not None:
                title = column_title(workbook, f, lang)
                col = column_words(f.column, lang)
                col += f" ({title})" if title else ""
                col += ": "
            lines.append(f"  [{sev} {f.rule}] {col}{message(f, lang, masked)}")
            lines += _suggestion_line(f, lang, masked)
            lines += _ack_line(f, lang, masked, acks)
        lines.append("")
    return lines
