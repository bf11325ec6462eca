"""Automatic fixes: every finding's suggestion as a cell edit, one per cell."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.findings import Finding
from nir_desktop.core.model import Workbook


def _row_index(workbook: Workbook, finding: Finding) -> int | None:
    if finding.row_index is not None:
        return finding.row_index
    sheet = workbook.sheet_named(finding.sheet or "")
    if sheet is None or finding.row is None:
        return None
    try:
        return sheet.row_numbers.index(finding.row)
    except ValueError:
        return None


def collect_fixes(findings: Iterable[Finding] | Any, workbook: Workbook) -> list[CellEdit]:
    """One CellEdit per cell that some finding suggests a new value for.

    ``findings`` is a CheckResult (its ``.findings`` are used) or any iterable of findings.

    When two findings suggest different values for the same cell, the more severe one
    (then the lower rule id) wins; suggestions equal to the current text are skipped.
    Edits come in sheet, row, column order.
    """
    if hasattr(findings, "findings"):
        findings = findings.findings
    candidates = sorted(
        (f for f in findings
         if f.suggestion is not None and f.sheet is not None and f.row is not None
         and f.column is not None),
        key=lambda f: (f.severity.rank, f.rule),
    )
    chosen: dict[tuple[str, int, int], CellEdit] = {}
    for f in candidates:
        assert f.sheet is not None and f.row is not None and f.column is not None
        key = (f.sheet, f.row, f.column)
        if key in chosen:
            continue
        sheet = workbook.sheet_named(f.sheet)
        if sheet is None:
            continue
        r = _row_index(workbook, f)
        old = sheet.text(r, f.column) if r is not None else ""
        if old == f.suggestion:
            continue
        chosen[key] = CellEdit(f.sheet, f.row, f.column, old, f.suggestion, f.rule, f.field)
    return [chosen[k] for k in sorted(chosen)]

