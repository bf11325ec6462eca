"""A comparison as JSON (real fødselsnummer), as a text report and as an xlsx workbook
for the caseworker's records (both masked unless asked otherwise)."""

from __future__ import annotations

import json
from itertools import groupby
from pathlib import Path
from typing import Any

from nir_desktop.core.compare.model import A, Comparison, Difference, OnlyIn
from nir_desktop.core.fnr import mask

SCHEMA_VERSION = 1
EMPTY = "(tom)"


def _fnr(fnr: str, masked: bool) -> str:
    return mask(fnr) if masked else fnr


def _only_json(o: OnlyIn) -> dict[str, Any]:
    return {"fnr": o.fnr, "saksnummer": o.saksnummer,
            "rows": [{"sheet": r.sheet, "row": r.row} for r in o.rows]}


def json_report(c: Comparison) -> dict[str, Any]:
    """The machine-readable comparison: real fødselsnummer, spreadsheet row numbers."""
    return {
        "schema_version": SCHEMA_VERSION,
        "only_in_a": [_only_json(o) for o in c.only_in_a],
        "only_in_b": [_only_json(o) for o in c.only_in_b],
        "differences": [d.to_json() for d in c.differences],
        "summary": c.summary(),
    }


def json_text(c: Comparison) -> str:
    return json.dumps(json_report(c), ensure_ascii=False, indent=2) + "\n"


def _rows_text(o: OnlyIn) -> str:
    parts = []
    for sheet, refs in groupby(o.rows, key=lambda r: r.sheet):
        numbers = [str(r.row) for r in refs]
        parts.append(f"{sheet} rad {', '.join(numbers)}")
    return "; ".join(parts)


def _value(text: str | None) -> str:
    return f"«{text}»" if text else EMPTY


def difference_line(d: Difference) -> str:
    """«Deltakere, Avslutningsdato: A rad 5 «01.02.2021» – B rad 7 (tom)»."""
    a_row = f"rad {d.a_row}" if d.a_row is not None else "ingen rad"
    b_row = f"rad {d.b_row}" if d.b_row is not None else "ingen rad"
    if d.is_row:
        side, row, text = ("A", a_row, d.a) if d.a is not None else ("B", b_row, d.b)
        return f"{d.sheet}: rad bare i {side} ({row}): {text}"
    return f"{d.sheet}, {d.label}: A {a_row} {_value(d.a)} – B {b_row} {_value(d.b)}"


def text_report(c: Comparison, *, masked: bool = True) -> str:
    """The comparison for a person to read, in Norwegian; fødselsnummer masked by default."""
    lines = [f"Sammenligning av {c.file_a.name} (A) og {c.file_b.name} (B)"]
    if c.year is not None:
        lines.append(f"Rapporteringsår: {c.year} (personer og perioder utenfor året er "
                     "utelatt)")
    lines.append(f"Personer: {c.persons_a} i A, {c.persons_b} i B, {c.persons_both} i begge.")
    for s in c.sheets:
        lines.append(f"Sammenlignet: {s.sheet} (A: «{s.a_name}», B: «{s.b_name}»), "
                     f"{len(s.fields)} felt.")
    lines.append("")
    for title, items in (("Bare i A", c.only_in_a), ("Bare i B", c.only_in_b)):
        lines.append(f"{title} ({len(items)}):")
        for o in items:
            sak = f" sak {o.saksnummer}" if o.saksnummer else ""
            lines.append(f"  {_fnr(o.fnr, masked)}{sak}: {_rows_text(o)}")
        lines.append("")
    persons = c.persons_with_differences()
    lines.append(f"Forskjeller ({len(c.differences)}) hos {persons} "
                 f"{'person' if persons == 1 else 'personer'}:")
    for fnr, diffs in groupby(c.differences, key=lambda d: d.fnr):
        sak = f" sak {c.saksnummer[fnr]}" if fnr in c.saksnummer else ""
        lines.append(f"  {_fnr(fnr, masked)}{sak}")
        lines.extend(f"    {difference_line(d)}" for d in diffs)
    lines.append("")
    if c.not_compared:
        lines.append("Ikke sammenlignet (bare i én av filene):")
        for n in c.not_compared:
            what = f"arket {n.sheet}" if n.field is None else f"{n.sheet}, {n.label}"
            lines.append(f"  {what} (bare i {'A' if n.side == A else 'B'})")
        lines.append("")
    if c.rows_without_fnr[A] or c.rows_without_fnr["b"]:
        lines.append(f"Rader uten fødselsnummer (ikke sammenlignet): "
                     f"{c.rows_without_fnr[A]} i A, {c.rows_without_fnr['b']} i B.")
    if c.year is not None and (c.outside_year[A] or c.outside_year["b"]):
        lines.append(f"Utenfor {c.year} (utelatt): {c.outside_year[A]} i A, "
                     f"{c.outside_year['b']} i B.")
    lines.append("Resultat: filene er like." if c.equal else "Resultat: filene er ulike.")
    return "\n".join(lines).rstrip() + "\n"


# --- xlsx -------------------------------------------------------------------------------

DIFF_HEADERS = ("Fødselsnummer", "Saksnummer", "Ark", "Felt", "Verdi i A", "Verdi i B",
                "Rad i A", "Rad i B")


def xlsx_tables(c: Comparison, *, masked: bool = True) -> list[Any]:
    """The sheets of the xlsx report: one row per difference, then the persons on one side
    and what could not be compared."""
    from nir_desktop.core.writers.xlsx_new import Table

    head = [f"A: {c.file_a.name}", f"B: {c.file_b.name}"]
    diffs = Table(
        "Forskjeller", DIFF_HEADERS,
        [(_fnr(d.fnr, masked), c.saksnummer.get(d.fnr, ""), d.sheet, d.label, d.a or "",
          d.b or "", d.a_row, d.b_row) for d in c.differences],
        column_widths=(16, 12, 12, 24, 30, 30, 9, 9), notes=head, first_row=4)
    only = Table(
        "Bare i én fil", ("Fødselsnummer", "Finnes bare i", "Saksnummer", "Rader"),
        [(_fnr(o.fnr, masked), "A" if o.side == A else "B", o.saksnummer or "", _rows_text(o))
         for o in (*c.only_in_a, *c.only_in_b)],
        column_widths=(16, 14, 14, 40), notes=head, first_row=4)
    not_compared = Table(
        "Ikke sammenlignet", ("Ark", "Felt", "Finnes bare i"),
        [(n.sheet, "(hele arket)" if n.field is None else n.label, "A" if n.side == A else "B")
         for n in c.not_compared],
        column_widths=(14, 24, 14))
    return [diffs, only, not_compared]


def write_xlsx(c: Comparison, path: Path | str, *, masked: bool = True,
               original: Path | str | None = None) -> Path:
    """Write the xlsx report atomically (never onto ``original``)."""
    from nir_desktop.core.writers.xlsx_new import write_xlsx_new

    return write_xlsx_new(path, xlsx_tables(c, masked=masked), original=original)
