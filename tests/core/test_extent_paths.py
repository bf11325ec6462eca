"""Which way the xlsx pre-scan measures a sheet, and that neither way lets a sheet through
that calamine would blow up to more cells than the limit.

Sheets in Excel's own form (``r`` first on every row and cell, one column letter, at most
five row digits) are only checked, with no count of the tags; anything else is measured
tag by tag. These tests feed the scanner directly (no calamine: a file that got through by
mistake would abort the test process)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from malformed import SHEET_CLOSE, SHEET_OPEN, xlsx

from nir_desktop.core.readers import ReadError
from nir_desktop.core.readers import sniff as sniff_module
from nir_desktop.core.readers.extent import MAX_SHEET_CELLS, XlsxExtent
from nir_desktop.core.readers.sniff import sniff

CELL = '<c r="{ref}" t="inlineStr"><is><t>x</t></is></c>'


def excel_rows(first: int, last: int, columns: str = "ABCDE") -> str:
    return "".join(f'<row r="{n}" spans="1:5" x14ac:dyDescent="0.25">'
                   + "".join(CELL.format(ref=f"{c}{n}") for c in columns) + "</row>"
                   for n in range(first, last + 1))


def measure(xml: str, chunk: int = 1 << 20) -> XlsxExtent:
    extent = XlsxExtent()
    data = xml.encode()
    for i in range(0, len(data), chunk):
        extent.feed(data[i:i + chunk])
    extent.finish()
    return extent


def test_excel_form_is_checked_without_the_exact_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    def exact(*_args: object) -> None:
        raise AssertionError("measured tag by tag")

    monkeypatch.setattr(XlsxExtent, "_measure", exact)
    extent = measure(SHEET_OPEN + excel_rows(1, 3000) + SHEET_CLOSE, chunk=64 << 10)
    assert extent.checked_pieces > 1
    assert (extent.rows, extent.columns, extent.uncertain) == (3000, 26, False)


def test_cut_anywhere_gives_the_same_measure() -> None:
    xml = SHEET_OPEN + excel_rows(1, 40) + "<row>" + "<c/>" * 30 + "</row>" + SHEET_CLOSE
    whole, cut = measure(xml), measure(xml, chunk=7)
    assert (whole.rows, whole.columns) == (cut.rows, cut.columns) == (41, 26 + 30)


@pytest.mark.parametrize("tag", [
    '<c r="XFD1048576"/>',  # the plain stray cell
    "<c r='XFD1048576'/>",  # single quotes
    '<c r = "XFD1048576"/>',  # blanks around =
    '<c r="xfd1048576"/>',  # lower case
    '<c r="A1" r="XFD1048576"/>',  # calamine takes the last r
    '<c r="ZZZZZZ1"/>',  # more than three letters
    '<c\nr="XFD1048576"/>',
])
def test_every_spelling_of_a_far_cell_is_refused(tag: str) -> None:
    extent = measure(SHEET_OPEN + excel_rows(1, 3) + f'<row r="4">{tag}</row>' + SHEET_CLOSE)
    assert extent.cells > MAX_SHEET_CELLS


def test_prefixed_rows_and_cells_without_r_are_counted() -> None:
    # calamine reads <x:row>/<x:c> as rows and cells: 2,000 × 20,000 without r.
    body = "<x:row>" + "<x:c/>" * 20_000 + "</x:row>" + "<x:row><x:c/></x:row>" * 2_000
    extent = measure(SHEET_OPEN + body + SHEET_CLOSE)
    assert (extent.rows, extent.columns) == (2_001, 26 + 20_000)
    assert extent.cells > MAX_SHEET_CELLS


def test_an_early_high_row_is_not_hidden_by_a_low_last_row() -> None:
    # Row 99,999 early, 10,000 cells without r, then row 2 last: calamine makes
    # 99,999 × 10,000 cells, the last row alone says 2.
    body = ('<row r="99999"><c r="A99999"/></row><row r="100">' + "<c/>" * 10_000 + "</row>"
            + excel_rows(2, 2))
    assert measure(SHEET_OPEN + body + SHEET_CLOSE).cells > MAX_SHEET_CELLS


def measured_again(monkeypatch: pytest.MonkeyPatch) -> list[XlsxExtent]:
    calls: list[XlsxExtent] = []
    exactly = sniff_module._measure_exactly

    def spy(*args: Any) -> XlsxExtent:
        calls.append(exactly(*args))
        return calls[-1]

    monkeypatch.setattr(sniff_module, "_measure_exactly", spy)
    return calls


def test_checked_pieces_next_to_a_wide_row_are_measured_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 5,000 rows in Excel's form (over 1 MB: the first chunk is checked, only its last row
    # known), then one cell far right at column IV: uncertain at row 99,999, so the sheet
    # is measured again tag by tag, and read (5,001 × 256 cells).
    xml = (SHEET_OPEN + excel_rows(1, 5000) + '<row r="5001"><c r="IV5001"/></row>'
           + SHEET_CLOSE)
    extent = measure(xml)
    assert extent.uncertain and extent.checked_pieces
    calls = measured_again(monkeypatch)
    path = xlsx(tmp_path / "langt_ute.xlsx", [("Deltakere", xml.encode())])
    assert sniff(path).kind == "xlsx"
    assert [(e.rows, e.columns) for e in calls] == [(5001, 256)]


def test_checked_pieces_that_could_reach_the_limit_are_refused_when_measured(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same, but a checked chunk also holds row 99,000 (not its last row): measured
    # exactly the sheet is 99,000 × 256 cells, over the limit.
    xml = (SHEET_OPEN + '<row r="99000"><c r="A99000"/></row>' + excel_rows(1, 5000)
           + '<row r="5001"><c r="IV5001"/></row>' + SHEET_CLOSE)
    calls = measured_again(monkeypatch)
    path = xlsx(tmp_path / "langt_ned.xlsx", [("Deltakere", xml.encode())])
    with pytest.raises(ReadError) as info:
        sniff(path)
    assert len(calls) == 1
    assert "kolonne nr. 256" in info.value.message


def test_other_cell_attributes_are_measured_exactly_to_the_same_bound() -> None:
    plain = SHEET_OPEN + excel_rows(1, 50) + SHEET_CLOSE
    other = plain.replace('<c r="C7" t="inlineStr">', '<c r="C7" t="inlineStr" cm="1">')
    assert other != plain
    a, b = measure(plain), measure(other)
    assert (a.rows, a.columns) == (b.rows, b.columns) == (50, 26)
    assert b.checked_pieces < a.checked_pieces  # the piece with cm="1" was measured
