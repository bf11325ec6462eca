"""ID001–ID006 and REF001: rows that must raise each rule, rows that must not, exact text."""

from __future__ import annotations

import pytest
from builders import A, B, C, E, messages, run, tiltak

from nir_desktop.core.fnr import with_control_digits

BAD_CONTROL = A[:-1] + str((int(A[-1]) + 1) % 10)


# Not synthetic, but born in 1860 (individnummer 500-749): nobody alive has them.
OLD_FNR = with_control_digits("010160500")
OLD_DNR = with_control_digits("410160500")
OLD_HNR = with_control_digits("014160500")
SYNTH_BAD_DATE = with_control_digits("328385123")


@pytest.mark.parametrize(("value", "expected"), [
    (A, []),
    (OLD_FNR, []),
    (OLD_DNR, []),
    (OLD_HNR, []),
    (None, ["Fødselsnummer mangler."]),
    ("12345", ["Fødselsnummeret har 5 siffer, men skal ha 11."]),
    (A + "1", ["Fødselsnummeret har 12 siffer, men skal ha 11."]),
    (A[:10] + "X", ["Fødselsnummeret inneholder tegn som ikke er siffer."]),
    (BAD_CONTROL, ["Fødselsnummeret har feil kontrollsiffer (de to siste sifrene)."]),
    (SYNTH_BAD_DATE, ["Fødselsnummeret begynner ikke med en gyldig fødselsdato."]),
    (E[1:], []),  # 10 digits whose padded form is valid: ID002, not ID001
])
def test_id001_invalid_fnr(value: str | None, expected: list[str]) -> None:
    result = run([{"fodselsnummer": value, "kommunenummer": "0301"}])
    assert [m for _, _, m in messages(result, "ID001")] == expected


def test_id001_checks_every_sheet_and_points_at_the_cell() -> None:
    result = run([{"fodselsnummer": A}], [tiltak(fnr=A), tiltak(fnr="123")])
    found = [f for f in result.findings if f.rule == "ID001"]
    assert [(f.sheet, f.row, f.column_letter) for f in found] == [("Tiltak", 3, "A")]


def test_id001_excel_number_damage_is_repaired_before_checking() -> None:
    # A numeric cell and 1.2E+10-style text are repaired by the model, so no finding.
    as_float = float(A)
    result = run([{"fodselsnummer": as_float}, {"fodselsnummer": f" {B} "}])
    assert messages(result, "ID001") == []


def test_id002_leading_zero_suggests_the_padded_number() -> None:
    result = run([{"fodselsnummer": E[1:]}, {"fodselsnummer": int(E)}, {"fodselsnummer": E}])
    found = [f for f in result.findings if f.rule == "ID002"]
    assert [(f.row, f.suggestion) for f in found] == [(2, E), (3, E)]
    assert messages(result, "ID002")[0][2] == (
        "Fødselsnummeret har 10 siffer: regnearket har trolig fjernet en null foran. "
        "Med null foran er nummeret gyldig.")


def test_id002_ten_digits_that_stay_invalid_are_id001() -> None:
    result = run([{"fodselsnummer": "1234567890"}])
    assert messages(result, "ID002") == []
    assert [m for _, _, m in messages(result, "ID001")] == [
        "Fødselsnummeret har 10 siffer, men skal ha 11."]


def test_id002_padded_key_joins_the_other_sheets() -> None:
    # Deltakere lost the zero, Tiltak kept it: still the same person, no REF001.
    result = run([{"fodselsnummer": E[1:]}], [tiltak(fnr=E)])
    assert messages(result, "REF001") == []


def test_id003_h_number_is_a_warning_on_its_row() -> None:
    result = run([{"fodselsnummer": OLD_FNR}, {"fodselsnummer": OLD_HNR}])
    found = [f for f in result.findings if f.rule == "ID003"]
    assert [(f.row, f.severity.value) for f in found] == [(3, "warning")]
    assert messages(result, "ID003")[0][2] == (
        "Dette er et H-nummer (hjelpenummer). I NIR skal personen stå med fødselsnummer "
        "eller D-nummer.")


def test_id003_synthetic_numbers_one_info_per_file() -> None:
    result = run([{"fodselsnummer": A}, {"fodselsnummer": B}, {"fodselsnummer": A,
                                                                "programstart": "01.01.2015",
                                                                "avslutningsdato": "01.01.2016"}],
                 [tiltak(fnr=A), tiltak(fnr=C)])
    found = [f for f in result.findings if f.rule == "ID003"]
    assert len(found) == 1
    assert (found[0].sheet, found[0].row, found[0].severity.value) == (None, None, "info")
    assert messages(result, "ID003")[0][2] == (
        "Filen inneholder 3 syntetiske testnumre (måned + 80). Slike numre tilhører ingen "
        "virkelig person og hører bare hjemme i test- og øvingsdata.")


def test_id003_no_info_without_synthetic_numbers() -> None:
    assert messages(run([{"fodselsnummer": OLD_FNR}, {"fodselsnummer": OLD_DNR}]), "ID003") == []


@pytest.mark.parametrize(("rows", "expected"), [
    ([("01.01.2021", None), ("01.03.2021", None)],
     [(3, "Personen står også på rad 2 i Deltakere, og programperiodene overlapper.")]),
    ([("01.01.2018", "31.12.2019"), ("01.03.2021", None)], []),
    ([("01.01.2021", "30.06.2021"), ("30.06.2021", None)],
     [(3, "Personen står også på rad 2 i Deltakere, og programperiodene overlapper.")]),
    ([("01.01.2021", "30.06.2021"), ("01.07.2021", None)], []),
    ([(None, None), (None, None)],
     [(3, "Personen står også på rad 2 i Deltakere, og programperiodene overlapper.")]),
])
def test_id004_duplicate_person(rows: list[tuple[str | None, str | None]],
                                expected: list[tuple[int, str]]) -> None:
    result = run([{"fodselsnummer": A, "programstart": s, "avslutningsdato": e}
                  for s, e in rows])
    assert [(row, m) for _, row, m in messages(result, "ID004")] == expected


def test_id004_different_people_are_not_duplicates() -> None:
    result = run([{"fodselsnummer": A, "programstart": "01.01.2021"},
                  {"fodselsnummer": B, "programstart": "01.01.2021"}])
    assert messages(result, "ID004") == []


@pytest.mark.parametrize(("value", "year", "expected"), [
    ("0301", 2021, []),
    ("301", 2021, []),  # lost leading zero is restored by the model
    ("4601", 2021, []),
    ("03011", 2021, ["Kommunenummeret «03011» har ikke 4 siffer."]),
    ("03A1", 2021, ["Kommunenummeret «03A1» har ikke 4 siffer."]),
    ("0101", 2021, ["Kommunenummeret «0101» begynner med 01, som ikke var et fylkesnummer "
                    "i 2021."]),
    ("0101", 2019, []),
    ("3001", 2024, ["Kommunenummeret «3001» begynner med 30, som ikke var et fylkesnummer "
                    "i 2024."]),
    ("3101", 2024, []),
    (None, 2021, []),
])
def test_id005_kommunenummer(value: str | None, year: int, expected: list[str]) -> None:
    result = run([{"fodselsnummer": A, "kommunenummer": value}], year=year)
    assert [m for _, _, m in messages(result, "ID005")] == expected


def test_id006_deviating_kommunenummer() -> None:
    result = run([{"fodselsnummer": A, "kommunenummer": "0301"},
                  {"fodselsnummer": B, "kommunenummer": "4601"},
                  {"fodselsnummer": C, "kommunenummer": "301"},
                  {"fodselsnummer": E, "kommunenummer": None}])
    assert messages(result, "ID006") == [
        ("Deltakere", 3, "Kommunenummeret «4601» er et annet enn det de fleste radene i filen "
                         "har (0301).")]


def test_id006_one_kommunenummer_is_fine() -> None:
    result = run([{"fodselsnummer": A, "kommunenummer": "0301"},
                  {"fodselsnummer": B, "kommunenummer": "0301"}])
    assert messages(result, "ID006") == []


def test_ref001_unknown_person_in_tiltak_and_norsk() -> None:
    result = run([{"fodselsnummer": A}], [tiltak(fnr=A), tiltak(fnr=B)],
                 [{"fodselsnummer": C, "startdato": "01.03.2021", "timer_norsk": 10}])
    assert messages(result, "REF001") == [
        ("Norsk", 2, "Fødselsnummeret på denne raden i Norsk finnes ikke i Deltakere."),
        ("Tiltak", 3, "Fødselsnummeret på denne raden i Tiltak finnes ikke i Deltakere."),
    ]


def test_findings_name_the_person_by_saksnummer_else_masked_fnr() -> None:
    result = run([{"fodselsnummer": A, "saksnummer": "S-17", "kommunenummer": "03011"},
                  {"fodselsnummer": B, "saksnummer": None, "kommunenummer": "03011"}])
    found = [f for f in result.findings if f.rule == "ID005"]
    assert [f.person for f in found] == ["S-17", B[:6] + "*****"]
    assert all(f.key in (A, B) for f in found)


def test_id006_no_leading_kommunenummer_no_finding() -> None:
    result = run([{"fodselsnummer": A, "kommunenummer": "0301"},
                  {"fodselsnummer": B, "kommunenummer": "4601"}])
    assert messages(result, "ID006") == []
