"""COV001 utover-3-aar-unntatt (rules.md v2): the exempt period after the 3-year frist,
for covid-extended persons and the 4th programme year, in every year where it occurs."""

from __future__ import annotations

import pytest
from builders import extended, fourth_year, messages, rules_of, run, tiltak

EXT = ("Programmet er utvidet eller forsterket etter den midlertidige loven, og 3-årsfristen "
       "er {}. For tiden etter den tar NIR ikke imot vedtak om forlengelse, tiltak eller "
       "avslutningsårsak, og kommunen er unntatt plikten til å registrere den.")
FOURTH = ("Integreringsloven med sluttmål «Fullført videregående opplæring»: programmet kan "
          "vare et fjerde år, og 3-årsfristen er {}. Da IMDi skrev veiledningen for 2021, kunne "
          "NIR ikke ta imot det fjerde året, og kommunen var unntatt. NIR kan være tilpasset "
          "siden: sjekk om det fjerde året kan registreres nå.")
TILTAK = ("Tiltaket ligger helt i programtiden etter 3-årsfristen {}, som NIR ikke tar imot. "
          "Det kan ikke registreres i NIR, og kommunen er unntatt plikten.")
TO_FRIST = tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.05.2021")


@pytest.mark.parametrize(("row", "tiltak_rows", "year", "expected"), [
    (extended(), [TO_FRIST], 2021, [("Deltakere", EXT.format("31.05.2021"))]),
    (extended(forsterket="ja", utvidet="nei"), [TO_FRIST], 2021,
     [("Deltakere", EXT.format("31.05.2021"))]),
    (extended(utvidet="nei"), [TO_FRIST], 2021, []),
    # leave and valid absence move the frist: 31 + 30 days
    (extended(permisjon_dager=31, fravaer_dager=30), [TO_FRIST], 2021,
     [("Deltakere", EXT.format("31.07.2021"))]),
    # the frist is after RY: no exempt period in 2021
    (extended(programstart="01.06.2019"), [TO_FRIST], 2021, []),
    # ended on the frist: no exempt period
    (extended(avslutningsdato="31.05.2021", avslutningsarsak="Arbeid heltid"), [TO_FRIST],
     2021, []),
    # a tiltak wholly inside the exempt period gets the INFO on its own row
    (extended(), [TO_FRIST, tiltak(code="Arbeidspraksis", start="01.08.2021", end="31.12.2021")],
     2021, [("Deltakere", EXT.format("31.05.2021")), ("Tiltak", TILTAK.format("31.05.2021"))]),
    # a tiltak that started before the exempt period is not wholly inside it
    (extended(), [tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.12.2021")], 2021,
     [("Deltakere", EXT.format("31.05.2021"))]),
])
def test_cov001_exempt_period(row, tiltak_rows, year, expected) -> None:
    result = run([row], tiltak_rows, year=year)
    assert [(s, m) for s, _, m in messages(result, "COV001")] == expected
    assert all(f.severity.value == "info" for f in result.findings if f.rule == "COV001")


def test_cov001_in_2023_where_it_occurs() -> None:
    """(v2) All years where it occurs. Fails on v1, which knew the exemption only in
    2020–2022 and raised INT001 for the exempt part of 2023."""
    row = extended(programstart="01.06.2020", vedtaksdato="15.05.2020",
                   gjennomforingsfrist="31.05.2023")
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.06.2020", end="31.05.2023")],
                 year=2023)
    assert [m for _, _, m in messages(result, "COV001")] == [EXT.format("31.05.2023")]
    assert "INT001" not in rules_of(result)


def test_cov001_fourth_year_in_ry_2024() -> None:
    """(v2) The 4th programme year under integreringsloven: exempt after the 3-year frist
    in RY 2024, INT001 only for the part before it. Fails on v1 (no exemption outside
    2020–2022)."""
    result = run([fourth_year()], [tiltak(code="Arbeidspraksis", start="01.09.2021",
                                          end="30.04.2024")], year=2024)
    assert [m for _, _, m in messages(result, "COV001")] == [FOURTH.format("31.08.2024")]
    assert [m for _, _, m in messages(result, "INT001")] == []
    assert [m for _, _, m in messages(result, "INT006")] == [
        "Ingen tiltak dekker 01.05.2024–31.08.2024 (123 dager, mer enn 62), selv om personen "
        "var i program og har tiltak ellers i perioden."]


def test_fourth_year_boundary_at_the_frist_in_2024() -> None:
    """The day before, on and after the 3-year frist 31.08.2024 of a 4th-year person."""
    t = [tiltak(code="Arbeidspraksis", start="01.09.2021", end="31.08.2024")]
    for end, avs001 in (("30.08.2024", True), ("31.08.2024", False), ("01.09.2024", False)):
        row = fourth_year(avslutningsdato=end, avslutningsarsak=None)
        assert ("AVS001" in rules_of(run([row], t, year=2024, today=_AFTER))) is avs001, end


_AFTER = __import__("datetime").date(2025, 2, 1)


def test_introduksjonsloven_never_gets_the_fourth_year() -> None:
    """(v2) Sluttmål fullført vgo under introduksjonsloven is LOV001, not an exemption.
    Fails on v1, which exempted any row with that sluttmål."""
    row = extended(utvidet="nei", sluttmal="Fullført videregående opplæring")
    result = run([row], [TO_FRIST])
    assert "COV001" not in rules_of(result)
    assert [m for _, _, m in messages(result, "INT006")] == [
        "Ingen tiltak dekker 01.06.2021–31.12.2021 (214 dager, mer enn 62), selv om personen "
        "var i program og har tiltak ellers i perioden."]
    assert "LOV001" in rules_of(result)


def test_int001_only_for_the_part_before_the_frist() -> None:
    result = run([extended()], [tiltak(code="Arbeidspraksis", start="01.06.2018",
                                       end="31.12.2020")])
    assert [m for _, _, m in messages(result, "INT001")] == [
        "Ingen tiltak er registrert for 01.01.2021–31.05.2021, da personen var i "
        "introduksjonsprogram i 2021."]


def test_unreadable_utvidet_holds_back_rather_than_guessing() -> None:
    # "kanskje" cannot be read as yes/no: the time after the frist may be exempt, so no
    # INT001 or AVS005 for it, and no COV001 claiming an extension either.
    row = extended(programstart="01.01.2018", utvidet="kanskje", forsterket=None)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.01.2018", end="31.12.2020")])
    assert not rules_of(result) & {"INT001", "AVS005", "COV001"}


def test_frist_on_31_december_exempt_from_1_january() -> None:
    """Start 01.01.2019: the 3-year frist is 31.12.2021, the exempt period starts
    01.01.2022; 2021 has none of it, 2022 all."""
    row = extended(programstart="01.01.2019", vedtaksdato="15.12.2018",
                   gjennomforingsfrist="31.12.2021")
    t = [tiltak(code="Arbeidspraksis", start="01.01.2019", end="31.12.2021")]
    assert "COV001" not in rules_of(run([row], t, year=2021))
    result = run([row], t, year=2022, today=_AFTER)
    assert [m for _, _, m in messages(result, "COV001")] == [EXT.format("31.12.2021")]
    assert "INT001" not in rules_of(result)
