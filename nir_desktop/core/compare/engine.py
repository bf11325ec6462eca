"""Compare two files the product can read: the fagsystem's export against NIR's.

Works over every sheet kind in ``core/fields.py`` (a kind added there is compared without a
change here). Persons are matched by fødselsnummer after the checker's own repairs
(``fnr.group_key``: spaces, Excel damage, a lost leading zero). Within a person, a sheet's
rows are paired: one row on each side always pairs; with several, rows that mean the same
pair first, then by overlap of their periods (programme, tiltak or norsk periods), most
agreeing fields first. A row left without a partner is a difference of its own.

Speed: each distinct parsed value's meaning is computed once per field (memo), persons are
found with one pass over each sheet's fødselsnummer column, and a person whose rows are
equal costs one tuple comparison per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.compare.model import (
    A,
    B,
    ComparedSheet,
    Comparison,
    Difference,
    NotCompared,
    OnlyIn,
    RowRef,
)
from nir_desktop.core.compare.values import KeyFn, key_column, key_function, same, take_over_text
from nir_desktop.core.fields import FIELDS, SHEET_TITLES, Field, SheetKind, ValueKind
from nir_desktop.core.fnr import group_key
from nir_desktop.core.i18n import N_
from nir_desktop.core.model import Sheet, Workbook
from nir_desktop.core.normalize import display

FNR_FIELD = "fodselsnummer"
ROW_LABEL = N_("Hele raden")  # translated where shown (Difference.label_in)
_FAR_PAST = date.min
_FAR_FUTURE = date.max


def sheet_title(kind: SheetKind) -> str:
    return SHEET_TITLES.get(kind, str(kind).capitalize())


def _period_fields(kind: SheetKind) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(start fields, end fields) of a sheet kind, found by name so that new kinds work:
    a date field named *start* opens the period, *avslutning*/*slutt* then *frist* close it."""
    dates = [f.name for f in FIELDS[kind] if f.kind is ValueKind.DATE]
    starts = tuple(n for n in dates if "start" in n)
    ends = tuple(n for n in dates if "avslutning" in n or "slutt" in n) + tuple(
        n for n in dates if "frist" in n)
    return starts, ends


@dataclass(slots=True)
class _Side:
    """One file's sheet of one kind: its rows by person, and the meaning of every compared
    cell (one list per field, computed once)."""

    sheet: Sheet
    persons: dict[str, list[int]]
    no_fnr: int
    keys: dict[str, list[Any]]
    row_person: list[str | None]  # the person of each row (None: no fødselsnummer)

    @classmethod
    def build(cls, sheet: Sheet, fields: Sequence[Field], key_fns: Sequence[KeyFn]) -> _Side:
        side = cls(sheet, {}, 0, {f.name: key_column(sheet.parsed[f.name], k)
                                  for f, k in zip(fields, key_fns, strict=True)}, [])
        side.index_persons()
        return side

    def person_of(self, r: int) -> str | None:
        column = self.sheet.parsed.get(FNR_FIELD)
        value = column[r] if column is not None else None
        return group_key(value) if value else None

    def index_persons(self) -> None:
        persons: dict[str, list[int]] = {}
        row_person: list[str | None] = []
        column = self.sheet.parsed.get(FNR_FIELD) or [None] * len(self.sheet.rows)
        for r, value in enumerate(column):
            if not value:
                row_person.append(None)
                continue
            key = group_key(value)
            row_person.append(key)
            rows = persons.get(key)
            if rows is None:
                persons[key] = [r]
            else:
                rows.append(r)
        self.persons = persons
        self.row_person = row_person
        self.no_fnr = row_person.count(None)

    def refresh_rows(self, rows: Iterable[int], fields: Sequence[Field],
                     key_fns: Sequence[KeyFn]) -> tuple[set[str], bool]:
        """Recompute the meanings of these rows; returns their persons, before and after,
        and whether the rows were indexed anew (only when a fødselsnummer changed)."""
        parsed = self.sheet.parsed
        rows = list(rows)
        for f, k in zip(fields, key_fns, strict=True):
            column = self.keys[f.name]
            for r in rows:
                column[r] = k(parsed[f.name][r])
        before = {self.row_person[r] for r in rows}
        after = {self.person_of(r) for r in rows}
        moved = any(self.row_person[r] != self.person_of(r) for r in rows)
        if moved:
            self.index_persons()
        return {p for p in before | after if p is not None}, moved

    def interval(self, r: int, starts: Sequence[str], ends: Sequence[str]
                 ) -> tuple[date, date] | None:
        start = next((v for n in starts if isinstance(v := self.sheet.value(r, n), date)), None)
        end = next((v for n in ends if isinstance(v := self.sheet.value(r, n), date)), None)
        if start is None and end is None:
            return None
        return (start or _FAR_PAST, end or _FAR_FUTURE)


@dataclass(slots=True)
class _Pair:
    """A sheet kind both files have, with the fields both have."""

    kind: SheetKind
    title: str
    a: _Side
    b: _Side
    fields: tuple[Field, ...]
    key_fns: tuple[KeyFn, ...]
    starts_a: tuple[str, ...]
    ends_a: tuple[str, ...]
    starts_b: tuple[str, ...]
    ends_b: tuple[str, ...]

    @staticmethod
    def signature(side: _Side, fields: Sequence[Field], r: int) -> tuple[Any, ...]:
        return tuple([side.keys[f.name][r] for f in fields])


class Comparer:
    """Compares workbook ``a`` (the open file) with ``b``; call :meth:`run`, and after
    cells of ``a`` changed, :meth:`refresh_a` to compare the persons concerned again."""

    def __init__(self, a: Workbook, b: Workbook, *, codelists: CodeLists | None = None,
                 year: int | None = None) -> None:
        self.a = a
        self.b = b
        self.codelists = codelists or CodeLists.default()
        self.year = year
        self.not_compared: list[NotCompared] = []
        self.pairs: list[_Pair] = []
        self._build_pairs()
        self._diffs: dict[str, list[Difference]] = {}
        self._sak: dict[str, str] = {}  # case numbers of the persons with differences
        # Rows left out because their period does not touch the year, per person and side.
        self._outside: dict[str, dict[str, int]] = {}
        self._only_outside = {A: 0, B: 0}
        # Who is in each file, and who in one only: kept between edits that move no row
        # to another person (rebuilding them took most of the time of a refresh).
        self._persons: dict[str, set[str]] = {A: set(), B: set()}
        self._only: tuple[list[OnlyIn], list[OnlyIn]] | None = None

    # -- setup ------------------------------------------------------------------------------
    def _build_pairs(self) -> None:
        for kind, fields in FIELDS.items():
            title = sheet_title(kind)
            sa, sb = self.a.sheet(kind), self.b.sheet(kind)
            if sa is None and sb is None:
                continue
            if sa is None or sb is None:
                side = A if sa is not None else B
                self.not_compared.append(NotCompared(title, None, title, side))
                continue
            if not (sa.has(FNR_FIELD) and sb.has(FNR_FIELD)):
                # Without fødselsnummer on both sides no row can be matched.
                for side, s in ((A, sa), (B, sb)):
                    if s.has(FNR_FIELD):
                        self.not_compared.append(NotCompared(title, None, title, side))
                continue
            compared: list[Field] = []
            for f in fields:
                if f.name == FNR_FIELD:
                    continue
                in_a, in_b = sa.has(f.name), sb.has(f.name)
                if in_a and in_b:
                    compared.append(f)
                elif in_a or in_b:
                    self.not_compared.append(NotCompared(title, f.name, f.label_nb,
                                                         A if in_a else B))
            starts, ends = _period_fields(kind)
            key_fns = tuple(key_function(f, self.codelists) for f in compared)
            self.pairs.append(_Pair(
                kind, title, _Side.build(sa, compared, key_fns),
                _Side.build(sb, compared, key_fns), tuple(compared), key_fns,
                tuple(n for n in starts if sa.has(n)), tuple(n for n in ends if sa.has(n)),
                tuple(n for n in starts if sb.has(n)), tuple(n for n in ends if sb.has(n))))

    # -- running ----------------------------------------------------------------------------
    def persons(self, side: str) -> set[str]:
        out: set[str] = set()
        for p in self.pairs:
            out.update((p.a if side == A else p.b).persons)
        return out

    def run(self) -> Comparison:
        self._persons = {A: self.persons(A), B: self.persons(B)}
        self._only = None
        self._diffs = {}
        self._sak = {}
        self._outside = {}
        for key in self._persons[A] & self._persons[B]:
            self._store(key)
        return self._result()

    def refresh_a(self, sheet_name: str, row_indexes: Iterable[int]) -> Comparison:
        """Compare again after the cells of these rows of ``a`` changed (an edit, an undo).

        The sheet's person index is rebuilt (a fødselsnummer may have been edited), then the
        persons of those rows, before and after, are compared again.
        """
        touched: set[str] = set()
        rows = sorted(set(row_indexes))
        for p in self.pairs:
            if p.a.sheet.name == sheet_name:
                persons, moved = p.a.refresh_rows(rows, p.fields, p.key_fns)
                touched |= persons
                if moved:
                    self._persons[A] = self.persons(A)
                    self._only = None
        persons_a, persons_b = self._persons[A], self._persons[B]
        if touched - persons_b:
            self._only = None  # a person only in A changed (their period, the year)
        for key in touched:
            self._diffs.pop(key, None)
            self._sak.pop(key, None)
            self._outside.pop(key, None)
            if key in persons_a and key in persons_b:
                self._store(key)
        return self._result()

    def _store(self, key: str) -> None:
        outside = {A: 0, B: 0}
        diffs = self._compare_person(key, outside)
        if diffs:
            self._diffs[key] = diffs
            sak = self._saksnummer(A, key) or self._saksnummer(B, key)
            if sak:
                self._sak[key] = sak
        if outside[A] or outside[B]:
            self._outside[key] = outside

    def _result(self) -> Comparison:
        persons_a, persons_b = self._persons[A], self._persons[B]
        if self._only is None:
            self._only = (self._only_in(A, persons_a - persons_b),
                          self._only_in(B, persons_b - persons_a))
        only_a, only_b = self._only
        diffs = [d for key in sorted(self._diffs) for d in self._diffs[key]]
        return Comparison(
            file_a=self.a.path, file_b=self.b.path, only_in_a=list(only_a),
            only_in_b=list(only_b), differences=diffs, not_compared=list(self.not_compared),
            sheets=[ComparedSheet(p.title, p.a.sheet.name, p.b.sheet.name,
                                  tuple(f.name for f in p.fields)) for p in self.pairs],
            persons_a=len(persons_a), persons_b=len(persons_b),
            persons_both=len(persons_a) - len(only_a) - self._only_outside[A],
            rows_without_fnr={A: sum(p.a.no_fnr for p in self.pairs),
                              B: sum(p.b.no_fnr for p in self.pairs)},
            year=self.year,
            saksnummer={key: sak for key in self._diffs if (sak := self._sak.get(key))},
            outside_year={side: self._only_outside[side]
                          + sum(o[side] for o in self._outside.values()) for side in (A, B)},
        )

    # -- persons on one side ----------------------------------------------------------------
    def _only_in(self, side: str, keys: set[str]) -> list[OnlyIn]:
        self._only_outside[side] = 0
        out: list[OnlyIn] = []
        for key in sorted(keys):
            refs: list[RowRef] = []
            in_year = self.year is None
            for p in self.pairs:
                s = p.a if side == A else p.b
                starts, ends = (p.starts_a, p.ends_a) if side == A else (p.starts_b, p.ends_b)
                for r in s.persons.get(key, ()):
                    refs.append(RowRef(p.title, s.sheet.name, s.sheet.row_numbers[r], r))
                    if not in_year:
                        in_year = self._in_year(s.interval(r, starts, ends))
            if not in_year:
                self._only_outside[side] += 1
                continue
            out.append(OnlyIn(key, side, tuple(refs), self._saksnummer(side, key)))
        return out

    def _saksnummer(self, side: str, key: str) -> str | None:
        """The person's case number, which caseworkers find people by without the fnr."""
        for p in self.pairs:
            s = p.a if side == A else p.b
            for r in s.persons.get(key, ()):
                v = s.sheet.value(r, "saksnummer")
                if v:
                    return str(v)
        return None

    def _in_year(self, interval: tuple[date, date] | None) -> bool:
        if self.year is None or interval is None:
            return True
        start, end = interval
        return start <= date(self.year, 12, 31) and end >= date(self.year, 1, 1)

    # -- one person -------------------------------------------------------------------------
    def _compare_person(self, key: str, outside: dict[str, int]) -> list[Difference]:
        out: list[Difference] = []
        for p in self.pairs:
            ra = p.a.persons.get(key, ())
            rb = p.b.persons.get(key, ())
            if not ra and not rb:
                continue
            if len(ra) == 1 and len(rb) == 1:
                self._diff_rows(p, key, ra[0], rb[0], out)
                continue
            pairs, left_a, left_b = self._match(p, ra, rb)
            for i, j in pairs:
                self._diff_rows(p, key, i, j, out)
            for r in left_a:
                self._row_only(p, key, A, r, out, outside)
            for r in left_b:
                self._row_only(p, key, B, r, out, outside)
        return out

    def _match(self, p: _Pair, ra: Sequence[int], rb: Sequence[int]
               ) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        """Pair rows: equal rows first, then by period overlap and agreeing fields."""
        sig_b: dict[tuple[Any, ...], list[int]] = {}
        fields = p.fields
        for j in rb:
            sig_b.setdefault(p.signature(p.b, fields, j), []).append(j)
        pairs: list[tuple[int, int]] = []
        rest_a: list[int] = []
        for i in ra:
            free = sig_b.get(p.signature(p.a, fields, i))
            if free:
                pairs.append((i, free.pop(0)))
            else:
                rest_a.append(i)
        rest_b = sorted(j for js in sig_b.values() for j in js)
        if not rest_a or not rest_b:
            return pairs, rest_a, rest_b
        candidates: list[tuple[int, int, int, int]] = []
        for i in rest_a:
            sa = p.signature(p.a, fields, i)
            ia = p.a.interval(i, p.starts_a, p.ends_a)
            for j in rest_b:
                ib = p.b.interval(j, p.starts_b, p.ends_b)
                if ia is not None and ib is not None:
                    overlap = (min(ia[1], ib[1]) - max(ia[0], ib[0])).days + 1
                    if overlap <= 0:
                        continue
                else:
                    overlap = 0
                sb = p.signature(p.b, fields, j)
                agree = sum(1 for f, x, y in zip(p.fields, sa, sb, strict=True)
                            if same(f, x, y))
                candidates.append((agree, overlap, i, j))
        candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
        used_a: set[int] = set()
        used_b: set[int] = set()
        for _agree, _overlap, i, j in candidates:
            if i in used_a or j in used_b:
                continue
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
        pairs.sort()
        return (pairs, [i for i in rest_a if i not in used_a],
                [j for j in rest_b if j not in used_b])

    def _diff_rows(self, p: _Pair, key: str, i: int, j: int, out: list[Difference]) -> None:
        ka_cols, kb_cols = p.a.keys, p.b.keys
        for f in p.fields:
            ka, kb = ka_cols[f.name][i], kb_cols[f.name][j]
            if ka == kb or same(f, ka, kb):
                continue
            sheet_a, sheet_b = p.a.sheet, p.b.sheet
            ca, cb = sheet_a.columns[f.name], sheet_b.columns[f.name]
            text_a, text_b = sheet_a.text(i, ca), sheet_b.text(j, cb)
            out.append(Difference(
                fnr=key, sheet=p.title, field=f.name, label=f.label_nb,
                a=text_a or None, b=text_b or None,
                a_row=sheet_a.row_numbers[i], b_row=sheet_b.row_numbers[j],
                a_sheet=sheet_a.name, b_sheet=sheet_b.name, a_index=i, a_column=ca,
                take_over=take_over_text(f, sheet_b.parsed[f.name][j], text_b,
                                         self.codelists)))

    def _row_only(self, p: _Pair, key: str, side: str, r: int, out: list[Difference],
                  outside: dict[str, int]) -> None:
        s = p.a if side == A else p.b
        starts, ends = (p.starts_a, p.ends_a) if side == A else (p.starts_b, p.ends_b)
        if not self._in_year(s.interval(r, starts, ends)):
            outside[side] += 1
            return
        sheet = s.sheet
        texts = [t for f in p.fields if (t := sheet.text(r, sheet.columns[f.name]).strip())]
        text = ", ".join(texts) or display(sheet.row_numbers[r])
        number = sheet.row_numbers[r]
        if side == A:
            out.append(Difference(key, p.title, None, ROW_LABEL, text, None, number, None,
                                  a_sheet=sheet.name, a_index=r,
                                  a_column=sheet.columns.get(FNR_FIELD)))
        else:
            out.append(Difference(key, p.title, None, ROW_LABEL, None, text, None, number,
                                  b_sheet=sheet.name))


def compare_workbooks(a: Workbook, b: Workbook, *, codelists: CodeLists | None = None,
                      year: int | None = None) -> Comparison:
    """Compare two read workbooks (see the module docstring)."""
    return Comparer(a, b, codelists=codelists, year=year).run()
