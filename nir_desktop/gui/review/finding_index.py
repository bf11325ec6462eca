"""Findings indexed for the table: O(1) lookup by cell and by row, ordered positions for
next/previous, and counts per rule. Plain Python (no Qt) so it is cheap to test.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from nir_desktop.core.findings import AckKey, Finding, Severity, ack_key, can_acknowledge

# The key and the test live in core.findings; the names stay importable from here.
__all__ = ["AckKey", "FindingIndex", "RuleCount", "ack_key", "can_acknowledge"]


@dataclass(slots=True)
class RuleCount:
    rule: str
    error: int = 0
    warning: int = 0
    info: int = 0
    acknowledged: int = 0

    @property
    def total(self) -> int:
        return self.error + self.warning + self.info + self.acknowledged

    def add(self, f: Finding, acknowledged: bool) -> None:
        if acknowledged:
            self.acknowledged += 1
        elif f.severity is Severity.ERROR:
            self.error += 1
        elif f.severity is Severity.WARNING:
            self.warning += 1
        else:
            self.info += 1


@dataclass(slots=True)
class FindingIndex:
    findings: list[Finding] = field(default_factory=list)
    acks: Mapping[AckKey, str] = field(default_factory=dict)
    by_cell: dict[tuple[str, int, int], list[Finding]] = field(default_factory=dict)
    by_row: dict[tuple[str, int], list[Finding]] = field(default_factory=dict)
    positions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    file_level: list[Finding] = field(default_factory=list)
    # counts() is asked for several times per edit (findings panel, status bar) over every
    # finding; the answer changes only with the findings or with which are acknowledged.
    _counts: dict[str, RuleCount] | None = field(default=None, repr=False, compare=False)
    _counts_key: tuple[int, int, frozenset[AckKey]] | None = field(default=None, repr=False,
                                                                   compare=False)

    @classmethod
    def build(cls, findings: Iterable[Finding], acks: Mapping[AckKey, str]) -> FindingIndex:
        idx = cls(sorted(findings, key=Finding.sort_key), acks)
        by_cell: dict[tuple[str, int, int], list[Finding]] = defaultdict(list)
        by_row: dict[tuple[str, int], list[Finding]] = defaultdict(list)
        pos: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for f in idx.findings:
            if f.sheet is None or f.row_index is None:
                idx.file_level.append(f)
                continue
            by_row[(f.sheet, f.row_index)].append(f)
            col = f.column if f.column is not None else -1
            by_cell[(f.sheet, f.row_index, col)].append(f)
            pos[f.sheet].add((f.row_index, col))
        idx.by_cell = dict(by_cell)
        idx.by_row = dict(by_row)
        idx.positions = {s: sorted(p) for s, p in pos.items()}
        return idx

    # -- lookups ---------------------------------------------------------------------------
    def at_cell(self, sheet: str, row_index: int, column: int) -> list[Finding]:
        return self.by_cell.get((sheet, row_index, column), [])

    def row_level(self, sheet: str, row_index: int) -> list[Finding]:
        """Findings about a row as a whole (no column)."""
        return self.by_cell.get((sheet, row_index, -1), [])

    def in_row(self, sheet: str, row_index: int) -> list[Finding]:
        return self.by_row.get((sheet, row_index), [])

    def is_acknowledged(self, f: Finding) -> bool:
        return ack_key(f) in self.acks

    def note(self, f: Finding) -> str | None:
        return self.acks.get(ack_key(f))

    def worst(self, found: list[Finding]) -> tuple[Severity | None, bool]:
        """The most severe open finding, or (None, True) when all are acknowledged."""
        best: Severity | None = None
        for f in found:
            if ack_key(f) in self.acks:
                continue
            if best is None or f.severity.rank < best.rank:
                best = f.severity
        return best, best is None and bool(found)

    # -- navigation ------------------------------------------------------------------------
    def next_position(self, sheet: str, after: tuple[int, int] | None,
                      backwards: bool = False) -> tuple[int, int] | None:
        """The next (row_index, column) with a finding in ``sheet`` after (or before) the
        given one, None past the end; ``after=None`` starts at the first (or last).
        Column -1 means the row as a whole."""
        pos = self.positions.get(sheet)
        if not pos:
            return None
        if after is None:
            return pos[-1] if backwards else pos[0]
        if backwards:
            i = bisect.bisect_left(pos, after) - 1
            return pos[i] if i >= 0 else None
        i = bisect.bisect_right(pos, after)
        return pos[i] if i < len(pos) else None

    # -- counts ----------------------------------------------------------------------------
    def counts(self) -> dict[str, RuleCount]:
        key = (id(self.findings), len(self.findings), frozenset(self.acks))
        if self._counts is not None and self._counts_key == key:
            return self._counts
        result: dict[str, RuleCount] = {}
        for f in self.findings:
            rc = result.get(f.rule)
            if rc is None:
                rc = result[f.rule] = RuleCount(f.rule)
            rc.add(f, ack_key(f) in self.acks)
        self._counts, self._counts_key = result, key
        return result

    def totals(self) -> RuleCount:
        total = RuleCount("")
        for rc in self.counts().values():
            total.error += rc.error
            total.warning += rc.warning
            total.info += rc.info
            total.acknowledged += rc.acknowledged
        return total

    @property
    def open_count(self) -> int:
        """Errors and unacknowledged warnings: what still needs work."""
        return sum(1 for f in self.findings
                   if f.severity is not Severity.INFO and ack_key(f) not in self.acks)


class RowFilter:
    """Which rows to show: all, or only rows with (open) findings, of a rule or severity."""

    def __init__(self, only_findings: bool = False, rule: str | None = None,
                 severity: Severity | None = None, include_acknowledged: bool = True,
                 include_info: bool = True) -> None:
        self.only_findings = only_findings
        self.rule = rule
        self.severity = severity
        self.include_acknowledged = include_acknowledged
        self.include_info = include_info

    @property
    def active(self) -> bool:
        return self.only_findings or self.rule is not None or self.severity is not None

    def matches(self, f: Finding, acknowledged: bool) -> bool:
        if acknowledged and not self.include_acknowledged:
            return False
        if f.severity is Severity.INFO and not self.include_info:
            return False
        if self.rule is not None and f.rule != self.rule:
            return False
        return self.severity is None or f.severity is self.severity
