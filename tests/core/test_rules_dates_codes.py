"""DAT001–DAT003, KODE001 and KODE002: exact messages, where they point, and what they suggest."""

from __future__ import annotations

from datetime import date

import pytest
from builders import A, B, messages, run, tiltak

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.rules.examples import workbook_from_rows


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("programstart", "01.03.2021", []),
    ("programstart", "2021-03-01", []),
    ("programstart", "44256", []),  # Excel serial number in text
    ("programstart", "1. mars", ["«1. mars» i kolonnen Programstart kan ikke leses som en dato. "
                                 "Skriv datoen som dd.mm.åååå."]),
    ("vedtaksdato", "31.02.2021", ["«31.02.2021» i kolonnen Vedtaksdato kan ikke leses som en "
                                   "dato. Skriv datoen som dd.mm.åååå."]),
    ("avslutningsdato", "snart", ["«snart» i kolonnen Avslutningsdato kan ikke leses som en "
                                  "dato. Skriv datoen som dd.mm.åååå."]),
    ("integreringskontrakt", "ja", []),
    ("integreringskontrakt", "kanskje", ["«kanskje» i kolonnen Integreringskontrakt kan ikke "
                                         "leses som en dato. Skriv datoen som dd.mm.åååå."]),
])
def test_dat001_unreadable_dates(field: str, value: str, expected: list[str]) -> None:
    result = run([{"fodselsnummer": A, field: value}])
    assert [m for _, _, m in messages(result, "DAT001")] == expected


def test_dat001_points_at_the_cell_in_tiltak() -> None:
    result = run([{"fodselsnummer": A}], [tiltak(start="01.03.2021", end="aldri")])
    found = [f for f in result.findings if f.rule == "DAT001"]
    assert [(f.sheet, f.row, f.column_letter, f.field) for f in found] == [
        ("Tiltak", 2, "D", "sluttdato")]


def test_dat001_unreadable_date_does_not_trigger_other_rules() -> None:
    # An unreadable avslutningsdato is unknown, not empty: no AVS002 "reason without date".
    result = run([{"fodselsnummer": A, "programstart": "01.03.2021", "avslutningsdato": "??",
                   "avslutningsarsak": "Arbeid heltid"}])
    assert messages(result, "AVS002") == []
    assert len(messages(result, "DAT001")) == 1


@pytest.mark.parametrize(("deltakere", "tiltak_rows", "norsk_rows", "expected"), [
    ([{"fodselsnummer": A, "programstart": "01.03.2021", "avslutningsdato": "01.03.2021"}],
     None, None, []),
    ([{"fodselsnummer": A, "programstart": "01.03.2021", "avslutningsdato": "28.02.2021"}],
     None, None, [("Deltakere", "Avslutningsdato 28.02.2021 er før programstart 01.03.2021.")]),
    ([{"fodselsnummer": A}], [tiltak(start="01.05.2021", end="01.04.2021")], None,
     [("Tiltak", "Tiltaket slutter 01.04.2021, før det starter 01.05.2021.")]),
    ([{"fodselsnummer": A}], [tiltak(start="01.05.2021", end=None)], None, []),
    ([{"fodselsnummer": A}], None,
     [{"fodselsnummer": A, "startdato": "01.05.2021", "sluttdato": "01.04.2021",
       "timer_norsk": 5}],
     [("Norsk", "Perioden slutter 01.04.2021, før den starter 01.05.2021.")]),
])
def test_dat002_end_before_start(deltakere, tiltak_rows, norsk_rows, expected) -> None:
    result = run(deltakere, tiltak_rows, norsk_rows)
    assert [(s, m) for s, _, m in messages(result, "DAT002")] == expected


@pytest.mark.parametrize(("deltakere", "tiltak_rows", "expected"), [
    ([{"fodselsnummer": A, "avslutningsdato": "01.02.2022"}], None, []),
    ([{"fodselsnummer": A, "avslutningsdato": "02.02.2022"}], None,
     ["Avslutningsdato 02.02.2022 er etter dagens dato (01.02.2022)."]),
    ([{"fodselsnummer": A}], [tiltak(start="01.03.2030")],
     ["Tiltaket starter 01.03.2030, etter dagens dato (01.02.2022)."]),
    ([{"fodselsnummer": A}], [tiltak(start="01.01.2022", end="01.03.2030")], []),
])
def test_dat003_date_in_the_future(deltakere, tiltak_rows, expected) -> None:
    result = run(deltakere, tiltak_rows, today=date(2022, 2, 1))
    assert [m for _, _, m in messages(result, "DAT003")] == expected


@pytest.mark.parametrize(("field", "value", "rule", "expected", "suggestion"), [
    ("avslutningsarsak", "Arbeid heltid", None, None, None),
    ("avslutningsarsak", "Ferie", "KODE001",
     "«Ferie» er ikke en kjent verdi for Avslutningsårsak.", None),
    ("avslutningsarsak", "  arbeid   HELTID ", "KODE002",
     "«arbeid   HELTID» er godkjent, men skrives «Arbeid heltid» i kodelisten.",
     "Arbeid heltid"),
    ("lov", "IntL", "KODE002", "«IntL» er godkjent, men skrives «Integreringsloven» i kodelisten.",
     "Integreringsloven"),
    ("lov", "integreringsloven kap. 6A", "KODE002",
     "«integreringsloven kap. 6A» er godkjent, men skrives «Integreringsloven kap. 6A» i "
     "kodelisten.", "Integreringsloven kap. 6A"),
    ("lov", "Grunnloven", "KODE001", "«Grunnloven» er ikke en kjent verdi for Lov.", None),
    ("sluttmal", "Fullført videregående opplæring", None, None, None),
    ("sluttmal", "fullført  videregående opplæring", "KODE002",
     "«fullført  videregående opplæring» er godkjent, men skrives «Fullført videregående "
     "opplæring» i kodelisten.", "Fullført videregående opplæring"),
    ("sluttmal", "Pensjon", "KODE001", "«Pensjon» er ikke en kjent verdi for Sluttmål.", None),
])
def test_kode_code_values(field, value, rule, expected, suggestion) -> None:
    result = run([{"fodselsnummer": A, field: value}])
    found = [f for f in result.findings if f.rule.startswith("KODE")]
    assert [f.rule for f in found] == ([rule] if rule else [])
    assert [m for r in ("KODE001", "KODE002") for _, _, m in messages(result, r)] == (
        [expected] if expected else [])
    assert [f.suggestion for f in found] == ([suggestion] if rule else [])
    # An unknown value is always a WARNING, a known value in other spelling always INFO.
    assert [f.severity.value for f in found] == (
        [] if rule is None else ["warning"] if rule == "KODE001" else ["info"])


def test_kode_tiltak_sheet() -> None:
    result = run([{"fodselsnummer": A}], [tiltak(code="Svømming"), tiltak(code="norskopplæring")])
    assert [(r, m) for _, r, m in messages(result, "KODE001")] == [
        (2, "«Svømming» er ikke en kjent verdi for Tiltak.")]
    assert [(r, m) for _, r, m in messages(result, "KODE002")] == [
        (3, "«norskopplæring» er godkjent, men skrives «Norskopplæring» i kodelisten.")]


def test_kode002_accepting_the_suggestion_writes_the_canonical_spelling() -> None:
    """Only the cell whose fix is accepted changes; the rule then falls silent there."""
    from nir_desktop.core.rules import Checker

    wb = workbook_from_rows({SheetKind.DELTAKERE: [
        {"fodselsnummer": A, "lov": "intl"},
        {"fodselsnummer": B, "lov": "integreringsloven"},
    ]})
    checker = Checker(wb, 2021, today=date(2022, 2, 1))
    found = [f for f in checker.result.findings if f.rule == "KODE002"]
    assert [(f.row, f.suggestion) for f in found] == [(2, "Integreringsloven"),
                                                      (3, "Integreringsloven")]
    first = found[0]
    sheet = wb.sheets[0]
    assert first.row_index is not None and first.column is not None
    sheet.set_raw(first.row_index, first.column, first.suggestion)
    checker.recheck_row(sheet.name, first.row_index)
    assert sheet.text(first.row_index, first.column) == "Integreringsloven"
    assert [f.row for f in checker.result.findings if f.rule == "KODE002"] == [3]
    assert sheet.text(1, first.column) == "integreringsloven"  # not accepted: unchanged


def test_kode001_user_code_list_accepts_a_new_value(tmp_path) -> None:
    from nir_desktop.core.codelists import CodeLists
    from nir_desktop.core.rules import check

    user = tmp_path / "mine.json"
    user.write_text('{"name": "avslutningsarsak", "values": [{"code": "Ferie", '
                    '"outcome": "neither"}]}', encoding="utf-8")
    codes = CodeLists.load(None, user)
    wb = workbook_from_rows({SheetKind.DELTAKERE: [{"fodselsnummer": A,
                                                    "avslutningsarsak": "Ferie"}]})
    result = check(wb, 2021, today=date(2022, 2, 1), codelists=codes)
    assert [f for f in result.findings if f.rule.startswith("KODE")] == []
