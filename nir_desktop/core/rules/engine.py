"""Run the rule catalogue over a workbook, once or incrementally after cell edits.

``check()`` is the one-shot entry; ``Checker`` keeps the per-person grouping and the
findings per row, per person and per file, so that after one cell edit only the rules of
the affected person(s), that row and the cheap file-level rules run again.
"""

from __future__ import annotations

import bisect
import gc
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, NotChecked, Severity
from nir_desktop.core.model import Workbook
from nir_desktop.core.reporting_year import YearChoice, choose_year
from nir_desktop.core.rules import by_id  # noqa: F401  (registers every rule)
from nir_desktop.core.rules.catalogue import Check, Rule, Scope, catalogue, rule_rank
from nir_desktop.core.rules.context import FNR, Context, RowChange, View

CellKey = tuple[str | None, int | None, int | None]
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]

_KINDS = (SheetKind.DELTAKERE, SheetKind.TILTAK, SheetKind.NORSK, SheetKind.OPPLAERING)


class CheckCancelled(Exception):
    """The user cancelled a running check."""


class CheckResult:
    """Findings of one check, sorted for lists and indexed by cell for the table view."""

    def __init__(self, year: int, today: date, not_checked: list[NotChecked],
                 not_applicable: list[str]) -> None:
        self.year = year
        self.today = today
        self.not_checked = not_checked
        self.not_applicable = not_applicable  # rules that do not apply to this year
        self.year_choice: YearChoice | None = None  # why this year (set by the Checker)
        self._by_cell: dict[CellKey, list[Finding]] | None = None
        self._all: dict[Finding, None] = {}
        self._sorted: list[Finding] | None = None
        self._sort_keys: list[tuple[Any, ...]] = []
        self._counts: Counter[tuple[str, Severity]] = Counter()

    # -- reading -------------------------------------------------------------------
    @property
    def findings(self) -> list[Finding]:
        if self._sorted is None:
            pairs = sorted(((f.sort_key(), i, f) for i, f in enumerate(self._all)),
                           key=lambda t: (t[0], t[1]))
            self._sorted = [f for _, _, f in pairs]
            self._sort_keys = [k for k, _, _ in pairs]
        return self._sorted

    @property
    def by_cell(self) -> dict[CellKey, list[Finding]]:
        """{(sheet name, row_index, column): findings} for O(1) lookups from a table view.
        File-level findings sit under (None, None, None)."""
        if self._by_cell is None:
            index: dict[CellKey, list[Finding]] = {}
            for f in self._all:
                index.setdefault((f.sheet, f.row_index, f.column), []).append(f)
            self._by_cell = index
        return self._by_cell

    def __len__(self) -> int:
        return len(self._all)

    def at(self, sheet: str | None, row_index: int | None, column: int | None
           ) -> list[Finding]:
        return self.by_cell.get((sheet, row_index, column), [])

    def counts(self) -> dict[str, Any]:
        """{"total": n, "by_severity": {"error": n, ...}, "by_rule": {"<rule id>": {"error": n}}}"""
        by_sev: Counter[str] = Counter()
        by_rule: dict[str, dict[str, int]] = {}
        for (rule_id, sev), n in self._counts.items():
            if n <= 0:
                continue
            by_sev[sev.value] += n
            by_rule.setdefault(rule_id, {})[sev.value] = n
        return {"total": sum(by_sev.values()),
                "by_severity": {s.value: by_sev.get(s.value, 0) for s in Severity},
                "by_rule": dict(sorted(by_rule.items(), key=lambda kv: rule_rank(kv[0])))}

    def count(self, severity: Severity) -> int:
        return sum(n for (_, s), n in self._counts.items() if s is severity)

    @property
    def has_errors(self) -> bool:
        return self.count(Severity.ERROR) > 0

    # -- changing (the Checker's business) -----------------------------------------
    def _add(self, findings: Iterable[Finding]) -> None:
        findings = list(findings)
        if len(findings) > 2000:
            self._sorted = None  # a big change: sort again when asked
        index = self._by_cell
        counts = self._counts
        for f in findings:
            self._all[f] = None
            if index is not None:
                index.setdefault((f.sheet, f.row_index, f.column), []).append(f)
            counts[(f.rule, f.severity)] += 1
            if self._sorted is not None:
                k = f.sort_key()
                i = bisect.bisect_right(self._sort_keys, k)
                self._sort_keys.insert(i, k)
                self._sorted.insert(i, f)

    def _remove(self, findings: Iterable[Finding]) -> None:
        for f in findings:
            if f not in self._all:
                continue
            del self._all[f]
            key = (f.sheet, f.row_index, f.column)
            lst = self._by_cell.get(key) if self._by_cell is not None else None
            if lst is not None:
                lst.remove(f)
                if not lst:
                    del self.by_cell[key]
            self._counts[(f.rule, f.severity)] -= 1
            if self._sorted is not None:
                k = f.sort_key()
                i = bisect.bisect_left(self._sort_keys, k)
                while self._sorted[i] is not f:
                    i += 1
                del self._sorted[i]
                del self._sort_keys[i]


@dataclass(slots=True)
class CheckDelta:
    """What one re-check changed; ``result`` is the Checker's (updated) result."""

    removed: list[Finding]
    added: list[Finding]
    result: CheckResult
    cells: set[CellKey] = field(default_factory=set)  # cells whose findings changed


def _missing_for(ctx: Context, r: Rule) -> list[str]:
    missing: list[str] = []
    groups = r.needs_any_for(ctx.year)
    kinds_needed = {k for k, _ in r.needs} | {k for grp in groups for k, _ in grp}
    # Every sheet a rule reads is joined by fødselsnummer.
    for kind in sorted(kinds_needed, key=_KINDS.index):
        if kind in ctx.views:
            continue
        has_sheet = any(s.kind is kind for s in ctx.sheets_without_fnr)
        missing.append(f"{kind.value}.{FNR}" if has_sheet else kind.value)
    for kind, name in r.needs:
        v = ctx.views.get(kind)
        if v is not None and name not in v.cols:
            missing.append(f"{kind.value}.{name}")
    for grp in groups:
        if not any(k in ctx.views and n in ctx.views[k].cols for k, n in grp) \
                and all(k in ctx.views for k, _ in grp):
            missing.append("|".join(f"{k.value}.{n}" for k, n in grp))
    return missing


class Checker:
    """Holds one workbook's check and keeps it current after cell edits.

    After ``sheet.set_raw(r, c, value)`` call ``recheck_row(sheet.name, r)``. Adding or
    deleting rows, remapping columns or calling ``parse_all()`` again needs a new Checker.
    """

    def __init__(self, workbook: Workbook, year: int | None = None, *,
                 today: date | None = None, codelists: CodeLists | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
        self.today = today or date.today()
        self.year_choice = choose_year(workbook, self.today, year)
        self.year = self.year_choice.year
        self.codes = codelists or CodeLists.default()
        self.workbook = workbook
        self.ctx = ctx = Context(workbook, self.year, self.today, self.codes)
        not_checked: list[NotChecked] = []
        not_applicable: list[str] = []
        # A sheet without a fødselsnummer column is not checked at all; the rules that
        # say so for it are those that read that column on every row.
        for sheet in ctx.sheets_without_fnr:
            assert sheet.kind is not None
            for r in catalogue():
                if r.reports_sheets_without_fnr:
                    not_checked.append(NotChecked(r.id, (f"{sheet.kind.value}.{FNR}",),
                                                  sheet.name))
        # The registered checks of the enabled rules, by scope.
        self._row_checks: dict[SheetKind, list[Check]] = {k: [] for k in _KINDS}
        self._person_checks: list[Check] = []
        self._every_person_checks: list[Check] = []
        self._file_states: list[Any] = []
        for r in catalogue():
            if not r.applies_to(self.year):
                not_applicable.append(r.id)
                continue
            missing = _missing_for(ctx, r)
            if missing:
                not_checked.append(NotChecked(r.id, tuple(missing)))
                continue
            ctx.enabled.add(r.id)
            ctx.load_norsk = ctx.load_norsk or r.uses_norsk_periods
            for c in r.checks:
                if c.scope is Scope.ROW:
                    for kind in c.sheets or _KINDS:
                        self._row_checks[kind].append(c)
                elif c.scope is Scope.PERSON:
                    (self._every_person_checks if c.every_person
                     else self._person_checks).append(c)
                else:
                    self._file_states.append(c.fn(ctx))
        self._person_fns = [c.fn for c in self._person_checks]
        self._every_person_fns = [c.fn for c in self._every_person_checks]
        self.result = CheckResult(self.year, self.today, not_checked, not_applicable)
        self.result.year_choice = self.year_choice
        self._row_store: dict[tuple[SheetKind, int], list[Finding]] = {}
        self._group_store: dict[str, list[Finding]] = {}
        # A full check makes many small objects that all live on; the cyclic collector
        # would scan them again and again for nothing (it costs a third of the run).
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            self._run_all(progress, cancelled)
        finally:
            if gc_was_enabled:
                gc.enable()

    # -- full run ----------------------------------------------------------------------
    def _row_local(self, view: View, rows: range | list[int]) -> list[Finding]:
        ctx = self.ctx
        out: list[Finding] = []
        for c in self._row_checks[view.kind]:
            out += c.fn(ctx, view, rows)
        return out

    def _person(self, key: str) -> list[Finding]:
        # Called once per person: the check functions are bound once (in __init__).
        ctx = self.ctx
        person = ctx.person(key)
        out: list[Finding] = []
        progs = person.programmes
        for fn in self._every_person_fns:
            found = fn(ctx, person, progs)
            if found:
                out += found
        # ctx.in_scope(person, p), written out: it runs once per programme.
        if person.tiltak_in_ry:
            scoped = list(progs)
        else:
            ry_s, ry_e = ctx.ry_start, ctx.ry_end
            scoped = [p for p in progs
                      if ((p.start is None or p.start <= ry_e)
                          and (p.end is None or p.end >= ry_s))
                      or (p.end is not None and ry_s <= p.end <= ry_e)]
        if scoped:
            for fn in self._person_fns:
                found = fn(ctx, person, scoped)
                if found:
                    out += found
        return out

    def _run_all(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        ctx = self.ctx
        add: list[Finding] = []
        for view in ctx.views.values():
            found = self._row_local(view, range(len(view.keys)))
            for f in found:
                assert f.row_index is not None
                self._row_store.setdefault((view.kind, f.row_index), []).append(f)
            add += found
        if cancelled is not None and cancelled():
            raise CheckCancelled
        if progress is not None:
            progress(0.3)
        for state in self._file_states:
            add += state.run_all()
        keys = list(ctx.groups)
        total = max(len(keys), 1)
        for i, key in enumerate(keys):
            if i % 2000 == 0 and i:
                if cancelled is not None and cancelled():
                    raise CheckCancelled
                if progress is not None:
                    progress(0.3 + 0.7 * i / total)
            found = self._person(key)
            if found:
                self._group_store[key] = found
                add += found
        self.result._add(add)
        if progress is not None:
            progress(1.0)

    # -- incremental ---------------------------------------------------------------
    def recheck_row(self, sheet_name: str, row_index: int) -> CheckDelta:
        """Re-run what one edited row can change: that row's own rules, the rules of the
        person(s) it belongs to (old and new fødselsnummer), and the file-level rules."""
        ctx = self.ctx
        removed: list[Finding] = []
        added: list[Finding] = []
        view = next((v for v in ctx.views.values() if v.sheet.name == sheet_name), None)
        if view is None or not 0 <= row_index < len(view.keys):
            return CheckDelta(removed, added, self.result)
        r = row_index
        old_key = view.keys[r]
        new_key = view.key_at(r)
        keys = {k for k in (old_key, new_key) if k}
        if old_key != new_key:
            view.keys[r] = new_key
            ctx.move_row(view.kind, r, old_key, new_key)
        # A saksnummer or fødselsnummer change renames the person on all their rows.
        for k in keys:
            ctx._labels.pop(k, None)
        rows_to_redo: set[tuple[SheetKind, int]] = {(view.kind, r)}
        if view.kind is SheetKind.DELTAKERE:
            for k in keys:
                g = ctx.groups.get(k)
                if g is None:
                    continue
                for kind, rows in zip(_KINDS, g, strict=True):
                    rows_to_redo.update((kind, x) for x in rows)
        for kind, x in rows_to_redo:
            v = ctx.views[kind]
            removed += self._row_store.pop((kind, x), [])
            found = self._row_local(v, [x])
            if found:
                self._row_store[(kind, x)] = found
                added += found
        change = RowChange(view, r, old_key, new_key,
                           sorted(x for kind, x in rows_to_redo if kind is SheetKind.DELTAKERE))
        for state in self._file_states:
            rem, add = state.recheck(change)
            removed += rem
            added += add
        for k in keys:
            removed += self._group_store.pop(k, [])
            if k in ctx.groups:
                found = self._person(k)
                if found:
                    self._group_store[k] = found
                    added += found
        self.result._remove(removed)
        self.result._add(added)
        cells = {(f.sheet, f.row_index, f.column) for f in removed + added}
        return CheckDelta(removed, added, self.result, cells)

    def recheck_rows(self, rows: Iterable[tuple[str, int]]) -> CheckDelta:
        """``recheck_row`` for several edited rows (sheet name, row index) at once."""
        removed: list[Finding] = []
        added: dict[Finding, None] = {}
        cells: set[CellKey] = set()
        for sheet_name, r in dict.fromkeys(rows):
            delta = self.recheck_row(sheet_name, r)
            for f in delta.removed:
                # A finding added for an earlier row of this batch and removed again
                # was never seen by the caller.
                if f in added:
                    del added[f]
                else:
                    removed.append(f)
            added.update(dict.fromkeys(delta.added))
            cells |= delta.cells
        return CheckDelta(removed, list(added), self.result, cells)


def check(workbook: Workbook, year: int | None = None, *, today: date | None = None,
          codelists: CodeLists | None = None, progress: Progress | None = None,
          cancelled: Cancelled | None = None) -> CheckResult:
    """Check a workbook for a reporting year (default: see reporting_year.choose_year)."""
    return Checker(workbook, year, today=today, codelists=codelists, progress=progress,
                   cancelled=cancelled).result
