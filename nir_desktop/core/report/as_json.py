"""The JSON report of a check, with a fixed schema (``REPORT_SCHEMA_VERSION``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.findings import Finding
from nir_desktop.core.i18n import render
from nir_desktop.core.model import Workbook
from nir_desktop.core.privacy import mask_text
from nir_desktop.core.report.common import (
    Acks,
    CheckResultLike,
    ack_note,
    message,
    not_checked_text,
    report_summary,
    rule_info,
    sorted_findings,
    suggestion,
    unchecked_notes,
)
from nir_desktop.core.summary import Summary

REPORT_SCHEMA_VERSION = 1

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
            JsonNotChecked(rule=nc.rule, name=rule_info(nc.rule, lang)[0],
                           missing=list(nc.missing), message=not_checked_text(nc, lang))
            for nc in result.not_checked
        ],
        notes=[JsonNote(message=_shown(render(n.message, lang), masked), sheet=n.sheet,
                        row=n.row, column=n.column, not_checked=n.not_checked) for n in notes],
    )


def _json_ack(f: Finding, acks: Acks | None, masked: bool) -> str | None:
    note = ack_note(f, acks)
    return mask_text(note) if note is not None and masked else note


def _shown(text: str, masked: bool) -> str:
    return mask_text(text) if masked else text


def json_text(report: JsonReport) -> str:
    return report.model_dump_json(indent=2) + "\n"
