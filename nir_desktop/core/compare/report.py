"""A comparison as JSON (real fødselsnummer), as a text report and as an xlsx workbook
for the caseworker's records (both masked unless asked otherwise)."""

from __future__ import annotations

import json
from itertools import groupby
from pathlib import Path
from typing import Any

from nir_desktop.core.compare.model import A, Comparison, Difference, NotCompared, OnlyIn
from nir_desktop.core.fields import field_label
from nir_desktop.core.fnr import mask
from nir_desktop.core.i18n import N_, texts

SCHEMA_VERSION = 1
EMPTY = N_("(tom)")


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


def _rows_text(o: OnlyIn, lang: str = "nb") -> str:
    t = texts(lang)
    parts = []
    for sheet, refs in groupby(o.rows, key=lambda r: r.sheet):
        numbers = [str(r.row) for r in refs]
        parts.append(t.gettext("{sheet} rad {row}").format(sheet=sheet, row=", ".join(numbers)))
    return "; ".join(parts)


def _value(text: str | None, lang: str) -> str:
    return f"«{text}»" if text else texts(lang).gettext(EMPTY)


def difference_line(d: Difference, lang: str = "nb") -> str:
    """«Deltakere, Avslutningsdato: A rad 5 «01.02.2021» – B rad 7 (tom)»."""
    t = texts(lang)
    a_row = t.gettext("rad {row}").format(row=d.a_row) if d.a_row is not None \
        else t.gettext("ingen rad")
    b_row = t.gettext("rad {row}").format(row=d.b_row) if d.b_row is not None \
        else t.gettext("ingen rad")
    sheet = d.sheet  # NIR's name of the sheet, never translated
    if d.is_row:
        side, row, text = ("A", a_row, d.a) if d.a is not None else ("B", b_row, d.b)
        return t.gettext("{sheet}: rad bare i {side} ({row}): {text}").format(
            sheet=sheet, side=side, row=row, text=text)
    return (f"{sheet}, {d.label_in(lang)}: A {a_row} {_value(d.a, lang)} – "
            f"B {b_row} {_value(d.b, lang)}")


def _not_compared_label(n: NotCompared, lang: str) -> str:
    return field_label(n.field, lang) if n.field is not None else n.label


def text_report(c: Comparison, *, masked: bool = True, lang: str = "nb") -> str:
    """The comparison for a person to read; fødselsnummer masked by default."""
    t = texts(lang)
    lines = [t.gettext("Sammenligning av {a} (A) og {b} (B)").format(a=c.file_a.name,
                                                                     b=c.file_b.name)]
    if c.year is not None:
        lines.append(t.gettext("Rapporteringsår: {year} (personer og perioder utenfor året er "
                               "utelatt)").format(year=c.year))
    lines.append(t.gettext("Personer: {a} i A, {b} i B, {both} i begge.").format(
        a=c.persons_a, b=c.persons_b, both=c.persons_both))
    for s in c.sheets:
        lines.append(t.ngettext("Sammenlignet: {sheet} (A: «{a}», B: «{b}»), {n} felt.",
                                "Sammenlignet: {sheet} (A: «{a}», B: «{b}»), {n} felt.",
                                len(s.fields)).format(
            sheet=s.sheet, a=s.a_name, b=s.b_name, n=len(s.fields)))
    lines.append("")
    for title, items in ((N_("Bare i A ({n}):"), c.only_in_a),
                         (N_("Bare i B ({n}):"), c.only_in_b)):
        lines.append(t.gettext(title).format(n=len(items)))
        for o in items:
            sak = t.gettext(" sak {case}").format(case=o.saksnummer) if o.saksnummer else ""
            lines.append(f"  {_fnr(o.fnr, masked)}{sak}: {_rows_text(o, lang)}")
        lines.append("")
    persons = c.persons_with_differences()
    lines.append(t.ngettext("Forskjeller ({n}) hos {persons} person:",
                            "Forskjeller ({n}) hos {persons} personer:", persons).format(
        n=len(c.differences), persons=persons))
    for fnr, diffs in groupby(c.differences, key=lambda d: d.fnr):
        sak = t.gettext(" sak {case}").format(case=c.saksnummer[fnr]) \
            if fnr in c.saksnummer else ""
        lines.append(f"  {_fnr(fnr, masked)}{sak}")
        lines.extend(f"    {difference_line(d, lang)}" for d in diffs)
    lines.append("")
    if c.not_compared:
        lines.append(t.gettext("Ikke sammenlignet (bare i én av filene):"))
        for n in c.not_compared:
            what = t.gettext("arket {sheet}").format(sheet=n.sheet) \
                if n.field is None else f"{n.sheet}, {_not_compared_label(n, lang)}"
            lines.append("  " + t.gettext("{what} (bare i {side})").format(
                what=what, side="A" if n.side == A else "B"))
        lines.append("")
    if c.rows_without_fnr[A] or c.rows_without_fnr["b"]:
        lines.append(t.gettext("Rader uten fødselsnummer (ikke sammenlignet): {a} i A, "
                               "{b} i B.").format(a=c.rows_without_fnr[A],
                                                  b=c.rows_without_fnr["b"]))
    if c.year is not None and (c.outside_year[A] or c.outside_year["b"]):
        lines.append(t.gettext("Utenfor {year} (utelatt): {a} i A, {b} i B.").format(
            year=c.year, a=c.outside_year[A], b=c.outside_year["b"]))
    lines.append(t.gettext("Resultat: filene er like.") if c.equal
                 else t.gettext("Resultat: filene er ulike."))
    return "\n".join(lines).rstrip() + "\n"


# --- xlsx -------------------------------------------------------------------------------

DIFF_HEADERS = (N_("Fødselsnummer"), N_("Saksnummer"), N_("Ark"), N_("Felt"), N_("Verdi i A"),
                N_("Verdi i B"), N_("Rad i A"), N_("Rad i B"))
ONLY_HEADERS = (N_("Fødselsnummer"), N_("Finnes bare i"), N_("Saksnummer"), N_("Rader"))
NOT_COMPARED_HEADERS = (N_("Ark"), N_("Felt"), N_("Finnes bare i"))


def xlsx_tables(c: Comparison, *, masked: bool = True, lang: str = "nb") -> list[Any]:
    """The sheets of the xlsx report: one row per difference, then the persons on one side
    and what could not be compared."""
    from nir_desktop.core.writers.xlsx_new import Table

    t = texts(lang)

    def words(headers: tuple[str, ...]) -> list[str]:
        return [t.gettext(h) for h in headers]

    head = [f"A: {c.file_a.name}", f"B: {c.file_b.name}"]
    diffs = Table(
        t.gettext("Forskjeller"), words(DIFF_HEADERS),
        [(_fnr(d.fnr, masked), c.saksnummer.get(d.fnr, ""), d.sheet,
          d.label_in(lang), d.a or "", d.b or "", d.a_row, d.b_row) for d in c.differences],
        column_widths=(16, 12, 12, 24, 30, 30, 9, 9), notes=head, first_row=4)
    only = Table(
        t.gettext("Bare i én fil"), words(ONLY_HEADERS),
        [(_fnr(o.fnr, masked), "A" if o.side == A else "B", o.saksnummer or "",
          _rows_text(o, lang)) for o in (*c.only_in_a, *c.only_in_b)],
        column_widths=(16, 14, 14, 40), notes=head, first_row=4)
    not_compared = Table(
        t.gettext("Ikke sammenlignet"), words(NOT_COMPARED_HEADERS),
        [(n.sheet, t.gettext("(hele arket)") if n.field is None
          else _not_compared_label(n, lang), "A" if n.side == A else "B")
         for n in c.not_compared],
        column_widths=(14, 24, 14))
    return [diffs, only, not_compared]


def write_xlsx(c: Comparison, path: Path | str, *, masked: bool = True,
               original: Path | str | None = None, lang: str = "nb") -> Path:
    """Write the xlsx report atomically (never onto ``original``)."""
    from nir_desktop.core.writers.xlsx_new import write_xlsx_new

    return write_xlsx_new(path, xlsx_tables(c, masked=masked, lang=lang), original=original)
