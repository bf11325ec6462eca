"""What the rules work on: the checked sheets, the rows grouped by person, and the
notions of the rule catalogue (3-year frist, exempt period, registrable part, scope).

Everything is prepared once per check: parsed values are read column-wise, rows are
grouped by fødselsnummer once, and a person's programmes, tiltak and norsk periods are
built only when that person's rules run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from nir_desktop.core import codelists as cl
from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.fnr import FnrKind, FnrStatus, classify, group_key, mask
from nir_desktop.core.model import Sheet, Workbook
from nir_desktop.core.normalize import InvalidValue
from nir_desktop.core.rules.catalogue import RULES
from nir_desktop.core.rules.records import MAX as MAX
from nir_desktop.core.rules.records import MIN as MIN
from nir_desktop.core.rules.records import NorskRow as NorskRow
from nir_desktop.core.rules.records import Person as Person
from nir_desktop.core.rules.records import Programme as Programme
from nir_desktop.core.rules.records import TiltakRow as TiltakRow
from nir_desktop.core.rules.records import add_years as add_years
from nir_desktop.core.rules.records import count_or_zero as count_or_zero
from nir_desktop.core.rules.records import days_or_zero as days_or_zero
from nir_desktop.core.rules.records import has_value as has_value
from nir_desktop.core.rules.records import is_count as is_count
from nir_desktop.core.rules.records import overlaps as overlaps

_D_FIELDS = ("programstart", "avslutningsdato", "gjennomforingsfrist", "vedtaksdato", "utvidet",
             "forsterket", "sluttmal", "integreringskontrakt", "avslutningsarsak", "lov",
             "permisjon_dager", "fravaer_dager")
_NO_UNKNOWN: frozenset[str] = frozenset()
Group = tuple[list[int], list[int], list[int], list[int]]  # Deltakere, Tiltak, Norsk, Opplæring
_NO_GROUP: Group = ([], [], [], [])
GROUP_KINDS = (SheetKind.DELTAKERE, SheetKind.TILTAK, SheetKind.NORSK, SheetKind.OPPLAERING)



class _NoColumn:
    """A column the sheet does not have: empty on every row."""

    __slots__ = ()

    def __getitem__(self, r: int) -> None:
        return None


_NO_COLUMN = _NoColumn()
INTEGRERING_LAWS = (cl.LAW_INTEGRERING, cl.LAW_INTEGRERING_6A)
FNR = "fodselsnummer"


class View:
    """One checked sheet: its columns and parsed values, and each row's person key."""

    __slots__ = ("cols", "fnr_col", "keys", "kind", "parsed", "row_numbers", "sheet")

    def __init__(self, sheet: Sheet, kind: SheetKind) -> None:
        self.sheet = sheet
        self.kind = kind
        self.cols = sheet.columns
        self.parsed = sheet.parsed
        self.row_numbers = sheet.row_numbers
        self.fnr_col = sheet.columns.get(FNR)
        col = sheet.parsed.get(FNR)
        # The common case (11 digits, as read) inline: this runs once per row of the file.
        self.keys: list[str] = [
            v if v.__class__ is str and len(v) == 11 and v.isdigit() else key_of(v)
            for v in col] if col is not None else []

    def col(self, name: str) -> list[Any] | None:
        return self.parsed.get(name)

    def key_at(self, r: int) -> str:
        return key_of(self.parsed[FNR][r])


def key_of(value: Any) -> str:
    if value is None:
        return ""
    return group_key(value)


class FnrCache(dict[str, FnrStatus]):
    """classify() of each distinct fødselsnummer once per check."""

    def __missing__(self, key: str) -> FnrStatus:
        st = classify(key)
        self[key] = st
        return st


class Context:
    """Everything one check run shares."""

    def __init__(self, workbook: Workbook, year: int, today: date, codes: CodeLists) -> None:
        self.workbook = workbook
        self.year = year
        self.today = today
        self.codes = codes
        self.ry_start = date(year, 1, 1)
        self.ry_end = date(year, 12, 31)
        self.covid_year = year in cl.COVID_YEARS
        self.views: dict[SheetKind, View] = {}
        self.sheets_without_fnr: list[Sheet] = []
        for sheet in workbook.sheets:
            if sheet.kind is None or sheet.kind in self.views:
                continue
            if FNR not in sheet.columns or FNR not in sheet.parsed:
                self.sheets_without_fnr.append(sheet)
                continue
            self.views[sheet.kind] = View(sheet, sheet.kind)
        self.enabled: set[str] = set()
        self.load_norsk = False  # some enabled rule reads the Norsk sheet's periods
        self.fnr = FnrCache()
        self._shared: dict[Any, Any] = {}
        self._canon: dict[str, dict[Any, Any]] = {
            "avslutningsarsak": {}, "lov": {}, "sluttmal": {}, "tiltak": {}, "_law": {}}
        d = self.views.get(SheetKind.DELTAKERE)
        self._dcols: dict[str, list[Any] | None] = {
            name: (d.parsed.get(name) if d is not None else None) for name in _D_FIELDS}
        self._dtuple: tuple[Any, ...] | None = None  # _dcols in _D_FIELDS order, for _programme
        self._labels: dict[str, str | None] = {}
        self.groups: dict[str, Group] = {}
        self._build_groups()

    def use_deltakere(self, view: View) -> None:
        """Read programmes from this Deltakere view (one without a fødselsnummer column,
        for the måloppnåelse preview, which counts rows, not persons)."""
        self._dcols = {name: view.parsed.get(name) for name in _D_FIELDS}
        self._dtuple = None

    # -- grouping ----------------------------------------------------------------------
    def _build_groups(self) -> None:
        groups: dict[str, Group] = {}
        for slot, kind in enumerate(GROUP_KINDS):
            view = self.views.get(kind)
            if view is None:
                continue
            get = groups.get
            for r, k in enumerate(view.keys):
                if k:  # a row without fødselsnummer joins nobody (ID001 reports it)
                    g = get(k)
                    if g is None:
                        groups[k] = g = ([], [], [], [])
                    g[slot].append(r)
        self.groups = groups

    def move_row(self, kind: SheetKind, r: int, old: str, new: str) -> None:
        slot = GROUP_KINDS.index(kind)
        if old:
            g = self.groups.get(old)
            if g is not None:
                g[slot].remove(r)
                if not any(g):
                    del self.groups[old]
        if new:
            g = self.groups.get(new)
            if g is None:
                g = self.groups[new] = ([], [], [], [])
            lst = g[slot]
            lst.append(r)
            lst.sort()
        self._labels.pop(old, None)
        self._labels.pop(new, None)

    # -- findings --------------------------------------------------------------------
    def label(self, key: str) -> str | None:
        """Saksnummer when the person has one, else the masked fødselsnummer."""
        if not key:
            return None
        if key in self._labels:
            return self._labels[key]
        label: str | None = None
        d = self.views.get(SheetKind.DELTAKERE)
        g = self.groups.get(key)
        if d is not None and g is not None:
            sak = d.parsed.get("saksnummer")
            if sak is not None:
                for r in g[0]:
                    if sak[r]:
                        label = str(sak[r])
                        break
        if label is None:
            label = mask(key)
        self._labels[key] = label
        return label

    def finding(self, rule_id: str, view: View, r: int, field_name: str | None,
                params: dict[str, Any] | None = None, *, severity: Severity | None = None,
                suggestion: str | None = None) -> Finding:
        col = view.cols.get(field_name) if field_name else None
        if col is None:
            field_name, col = FNR, view.fnr_col
        key = view.keys[r] if view.keys else ""
        return Finding(
            rule=rule_id,
            severity=severity or RULES[rule_id].severity,
            sheet=view.sheet.name,
            row=view.row_numbers[r] if r < len(view.row_numbers) else None,
            column=col,
            field=field_name,
            params=params or {},
            suggestion=suggestion,
            person=self.label(key),
            key=key or None,
            row_index=r,
        )

    def shared(self, key: Any, rows: range | list[int], work: Callable[[], Any]) -> Any:
        """``work()`` done once per full run for rules that need the same pass over a sheet
        (e.g. the fødselsnummer status of every row); a re-check of a few rows just works."""
        if not isinstance(rows, range):
            return work()
        full_key = (key, rows.start, rows.stop)
        if full_key not in self._shared:
            self._shared[full_key] = work()
        return self._shared[full_key]

    def fnr_problems(self, view: View, rows: range | list[int]) -> list[tuple[int, FnrStatus]]:
        """(row, status) of the rows whose fødselsnummer is faulty or an H-number."""
        def work() -> list[tuple[int, FnrStatus]]:
            col = view.parsed[FNR]
            cache = self.fnr
            values = col[rows.start:rows.stop] if isinstance(rows, range) and rows.step == 1 \
                else [col[r] for r in rows]
            # Each distinct number once (a person's number repeats on every sheet), then
            # one pass in C over the rows.
            bad: dict[Any, FnrStatus] = {}
            for v in dict.fromkeys(values):
                st = cache[v or ""]
                if st.problem is not None or st.kind is FnrKind.HNR:
                    bad[v] = st
            if not bad:
                return []
            return [(r, bad[v]) for r, v in zip(rows, values, strict=True) if v in bad]
        return self.shared(("fnr", view.kind), rows, work)  # type: ignore[no-any-return]

    # -- a person's data -------------------------------------------------------------
    def person(self, key: str) -> Person:
        d_rows, t_rows, n_rows, o_rows = self.groups.get(key, _NO_GROUP)
        p = Person(key, d_rows, t_rows, n_rows, o_rows)
        d = self.views.get(SheetKind.DELTAKERE)
        if d is not None and d_rows:
            p.programmes = progs = [self._programme(d, r) for r in d_rows]
            for q in progs:  # a loop, not any(...): this runs once per person
                if q.exempt or q.utvidet or q.forsterket or q.fourth_year:
                    p.special = True
                    break
        t = self.views.get(SheetKind.TILTAK)
        if t is not None and t_rows:
            self._fill_tiltak(p, t)
        n = self.views.get(SheetKind.NORSK)
        if n is not None and n_rows and self.load_norsk:
            self._fill_norsk(p, n)
        return p

    def _fill_tiltak(self, p: Person, t: View) -> None:
        # The hot loop of a check (one pass per tiltak row): kept inline on purpose.
        P = t.parsed
        code_col = P.get("tiltak", _NO_COLUMN)
        s_col, e_col = P.get("startdato", _NO_COLUMN), P.get("sluttdato", _NO_COLUMN)
        memo = self._canon["tiltak"]
        ry_s, ry_e = self.ry_start, self.ry_end
        rows: list[TiltakRow] = []
        append, row_of, date_ = rows.append, TiltakRow, date
        any_unknown = in_ry = False
        for r in p.t_rows:
            code = code_col[r]
            start = s_col[r]
            end = e_col[r]
            bad = False
            if start is None:
                bad = True
            elif not isinstance(start, date_):
                start, bad = None, True
            if end is not None and not isinstance(end, date_):
                end, bad = None, True
            group = None
            if code:
                try:
                    group = memo[code]
                except KeyError:
                    group = memo[code] = self.codes.group_of(code)
            append(row_of(r, code, group, start, end, bad))
            if bad:
                any_unknown = True
            elif start <= ry_e and (end is None or end >= ry_s):  # type: ignore[operator]
                in_ry = True
        p.tiltak = rows
        p.tiltak_unknown = any_unknown
        p.tiltak_in_ry = in_ry

    def _canonical(self, list_name: str, value: Any) -> Any:
        """Canonical spelling of a code value (memoised: a file repeats few values)."""
        memo = self._canon[list_name]
        try:
            return memo[value]
        except KeyError:
            canon = self.codes.canonical(list_name, value) or value
            memo[value] = canon
            return canon

    def _programme(self, v: View, r: int) -> Programme:
        # Once per Deltakere row of a check: written out inline (no helper calls, one
        # constructor call) on purpose.
        cols = self._dtuple
        if cols is None:
            cols = self._dtuple = tuple(_NO_COLUMN if self._dcols[name] is None
                                        else self._dcols[name] for name in _D_FIELDS)
        (c_start, c_end, c_frist, c_vedtak, c_utvidet, c_forsterket, c_sluttmal, c_kontrakt,
         c_arsak, c_lov, c_permisjon, c_fravaer) = cols
        unknown: list[str] | None = None
        # An unreadable date is unknown, not empty.
        start = c_start[r]
        if start is not None and not isinstance(start, date):
            start, unknown = None, ["programstart"]
        end = c_end[r]
        if end is not None and not isinstance(end, date):
            end = None
            unknown = [*(unknown or ()), "avslutningsdato"]
        frist = c_frist[r]
        if frist is not None and not isinstance(frist, date):
            frist = None
            unknown = [*(unknown or ()), "gjennomforingsfrist"]
        canon = self._canon
        arsak = c_arsak[r]
        if arsak:
            try:
                arsak = canon["avslutningsarsak"][arsak]
            except KeyError:
                arsak = self._canonical("avslutningsarsak", arsak)
        lov = c_lov[r]
        law = None
        if lov:
            try:
                lov = canon["lov"][lov]
            except KeyError:
                lov = self._canonical("lov", lov)
            try:
                law = canon["_law"][lov]
            except KeyError:
                law = self._law(lov)
        sluttmal = c_sluttmal[r]
        if sluttmal:
            try:
                sluttmal = canon["sluttmal"][sluttmal]
            except KeyError:
                sluttmal = self._canonical("sluttmal", sluttmal)
        utvidet, forsterket = c_utvidet[r], c_forsterket[r]
        # An unreadable yes/no is unknown: the rules that depend on it hold back.
        yes_no_unknown = False
        if utvidet.__class__ is InvalidValue:
            unknown = [*(unknown or ()), "utvidet"]
            yes_no_unknown = True
        if forsterket.__class__ is InvalidValue:
            unknown = [*(unknown or ()), "forsterket"]
            yes_no_unknown = True
        utvidet, forsterket = utvidet is True, forsterket is True
        vedtak, kontrakt = c_vedtak[r], c_kontrakt[r]
        mark = None
        if start is not None:
            # permisjon + fravær: a count that is not a whole number >= 0 counts as 0.
            a, b = c_permisjon[r], c_fravaer[r]
            extra = ((a if a.__class__ is float and a >= 0 and a.is_integer() else 0.0)
                     + (b if b.__class__ is float and b >= 0 and b.is_integer() else 0.0))
            try:
                mark = add_years(start, cl.EXEMPT_AFTER_YEARS) + timedelta(days=int(extra))
            except OverflowError:
                mark = None
        # The 4th programme year exists only under integreringsloven (never under
        # introduksjonsloven, whatever sluttmål the row carries: that is LOV001).
        fourth_year = sluttmal == cl.SLUTTMAL_VGS and law in INTEGRERING_LAWS
        # With an unreadable utvidet/forsterket the period after the frist may be exempt:
        # treat it as such so that no rule claims a duty NIR could not take. The exempt
        # period is not limited to the covid years: it is there wherever it occurs.
        exempt = mark is not None and (utvidet or forsterket or fourth_year or yes_no_unknown)
        return Programme(
            r, start, end, frist, has_value(vedtak), utvidet, forsterket, sluttmal or None,
            has_value(kontrakt), arsak or None, lov or None, law,
            frozenset(unknown) if unknown else _NO_UNKNOWN, mark, exempt, fourth_year)

    def _law(self, lov: str) -> str | None:
        memo = self._canon["_law"]
        if lov not in memo:
            memo[lov] = self.codes.law_of(lov)
        return memo[lov]

    def _fill_norsk(self, p: Person, n: View) -> None:
        P = n.parsed
        s_col, e_col = P.get("startdato", _NO_COLUMN), P.get("sluttdato", _NO_COLUMN)
        hn = P.get("timer_norsk", _NO_COLUMN)
        hs = P.get("timer_samfunnskunnskap", _NO_COLUMN)
        no_hour_columns = hn is _NO_COLUMN and hs is _NO_COLUMN
        rows: list[NorskRow] = []
        append, row_of, date_ = rows.append, NorskRow, date
        for r in p.n_rows:
            start = s_col[r]
            end = e_col[r]
            bad = False
            if start is None:
                bad = True
            elif not isinstance(start, date_):
                start, bad = None, True
            if end is not None and not isinstance(end, date_):
                end, bad = None, True
            hours: bool | None
            if no_hour_columns:
                hours = True  # no hour columns: every period counts as one with hours
            else:
                h1 = hn[r]
                h2 = hs[r]
                # A count that is not a whole number >= 0 counts as 0 (DAT004 says so);
                # inline, as this runs once per Norsk row.
                hours = ((h1.__class__ is float and h1 > 0 and h1.is_integer())
                         or (h2.__class__ is float and h2 > 0 and h2.is_integer()))
            append(row_of(r, start, end, hours, bad))
        p.norsk = rows

    # -- the notions of the rule catalogue -----------------------------------------
    def in_ry(self, d: date | None) -> bool:
        return d is not None and self.ry_start <= d <= self.ry_end

    def programme_in_ry(self, p: Programme) -> bool:
        return overlaps(p.start, p.end, self.ry_start, self.ry_end)

    def participated(self, person: Person, p: Programme) -> bool:
        return self.programme_in_ry(p) or person.tiltak_in_ry

    def in_scope(self, person: Person, p: Programme) -> bool:
        return self.participated(person, p) or self.in_ry(p.end)

    def registrable(self, p: Programme) -> tuple[date, date] | None:
        """The part of the programme inside RY and before any exempt period."""
        lo = max(self.ry_start, p.start) if p.start else self.ry_start
        hi = min(self.ry_end, p.end) if p.end else self.ry_end
        ex = p.exempt_start
        if ex is not None:
            hi = min(hi, ex - timedelta(days=1))
        return (lo, hi) if lo <= hi else None

    def registrable_parts(self, person: Person, scoped: list[Programme]
                          ) -> dict[int, tuple[date, date] | None]:
        """{Deltakere row: registrable part in RY} of the programmes the person took part
        in with readable dates (shared by several participation rules)."""
        if person.regs is None:
            # participated(person, p), written out: this runs once per person.
            everyone = person.tiltak_in_ry
            ry_s, ry_e = self.ry_start, self.ry_end
            person.regs = {p.r: self.registrable(p) for p in scoped
                           if (everyone or ((p.start is None or p.start <= ry_e)
                                            and (p.end is None or p.end >= ry_s)))
                           and not (p.unknown and ("programstart" in p.unknown
                                                   or "avslutningsdato" in p.unknown))}
        return person.regs

    def exempt_overlaps_ry(self, p: Programme) -> bool:
        ex = p.exempt_start
        return ex is not None and overlaps(ex, p.end, self.ry_start, self.ry_end)


RowRule = Callable[[Context, View, range | list[int]], list[Finding]]


@dataclass(slots=True)
class RowChange:
    """One edited row, as a file-level check sees it after the engine has regrouped it."""

    view: View
    row: int
    old_key: str
    new_key: str
    deltakere_rows: list[int]  # Deltakere rows whose row-level findings were redone
