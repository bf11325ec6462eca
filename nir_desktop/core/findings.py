"""Findings: what a rule says about a place in the workbook.

A finding stores the rule id, the position and the message parameters; the text is
rendered when shown, in the user's language, from the rule catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from nir_desktop.core.i18n import texts
from nir_desktop.core.model import column_letter


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]

    def label(self, lang: str = "nb") -> str:
        """'Feil', 'Advarsel' or 'Info' in the language; the context "alvor" tells a
        translator these are severities."""
        t = texts(lang)
        if self is Severity.ERROR:
            return t.pgettext("alvor", "Feil")
        if self is Severity.WARNING:
            return t.pgettext("alvor", "Advarsel")
        return t.pgettext("alvor", "Info")


@dataclass(frozen=True, slots=True, eq=False)
class Finding:
    rule: str
    severity: Severity
    sheet: str | None  # sheet name as in the file; None for a finding about the whole file
    row: int | None  # the spreadsheet's own row number (header = row 1 in a plain file)
    column: int | None  # 0-based column index in the sheet
    field: str | None  # our field name for that column
    params: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None  # the corrected cell text an automatic fix would write
    person: str | None = None  # saksnummer or masked fødselsnummer, for display
    key: str | None = None  # the fødselsnummer group this finding belongs to (never shown)
    row_index: int | None = None  # 0-based index into Sheet.rows

    @property
    def column_letter(self) -> str | None:
        return column_letter(self.column) if self.column is not None else None

    @property
    def location(self) -> str:
        parts = [p for p in (self.sheet, f"rad {self.row}" if self.row else None) if p]
        if self.column is not None:
            parts.append(f"kolonne {self.column_letter}")
        return ", ".join(parts)

    def sort_key(self) -> tuple[Any, ...]:
        return (self.sheet or "", self.row or 0, self.column or 0, self.severity.rank, self.rule)


# What identifies a finding across re-checks, and what an acknowledgement is stored under:
# (rule, sheet, row, column).
AckKey = tuple[str, str | None, int | None, int | None]


class _Placed(Protocol):
    @property
    def rule(self) -> str: ...
    @property
    def sheet(self) -> str | None: ...
    @property
    def row(self) -> int | None: ...
    @property
    def column(self) -> int | None: ...


def ack_key(item: _Placed) -> AckKey:
    """The rule and the place a finding (or a saved acknowledgement) points at: the one key
    the window, the session file and the reports match acknowledgements by."""
    return (item.rule, item.sheet, item.row, item.column)


def can_acknowledge(f: Finding) -> bool:
    """Only warnings can be acknowledged: an error must be fixed, info needs nothing."""
    return f.severity is Severity.WARNING


@dataclass(frozen=True, slots=True)
class NotChecked:
    """A rule that could not run for this file, and why (reported once)."""

    rule: str
    missing: tuple[str, ...]  # "sheet.field" or "sheet" names that are missing
    sheet: str | None = None
