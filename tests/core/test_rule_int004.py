"""INT004 vedtak-mangler (rules.md v2): also in the exempt period."""

from __future__ import annotations

from builders import extended, messages, person, run, tiltak


def test_int004_raised_in_the_exempt_period() -> None:
    """(v2) Only the vedtak on the extension cannot be registered; the programme's own
    vedtak can. Fails on v1, which silenced INT004 when all of RY was exempt."""
    row = extended(programstart="01.01.2018", vedtaksdato=None)  # frist 31.12.2020
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.01.2018", end="31.12.2020")])
    assert [m for _, _, m in messages(result, "INT004")] == [
        "Vedtaksdato mangler, men personen deltok i programmet i 2021."]


def test_int004_not_for_a_programme_outside_ry() -> None:
    row = person(vedtaksdato=None, programstart="01.03.2019", avslutningsdato="30.06.2020",
                 avslutningsarsak="Arbeid heltid")
    assert messages(run([row], [tiltak(start="01.03.2019", end="30.06.2020")]), "INT004") == []


def test_same_person_without_extension_gets_int001_and_int004() -> None:
    row = extended(programstart="01.01.2018", vedtaksdato=None, utvidet="nei",
                   gjennomforingsfrist="31.12.2022")
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.01.2018", end="31.12.2020")])
    assert [m for _, _, m in messages(result, "INT001")] == [
        "Ingen tiltak er registrert for 01.01.2021–31.12.2021, da personen var i "
        "introduksjonsprogram i 2021."]
    assert [m for _, _, m in messages(result, "INT004")] == [
        "Vedtaksdato mangler, men personen deltok i programmet i 2021."]
