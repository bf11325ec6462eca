"""Summary: counts per rule that add up, the deadline, and the måloppnåelse preview."""

from __future__ import annotations

from datetime import date

from builders import TODAY, A, B, C, E, person, tiltak, workbook

from nir_desktop.core.codelists import NOT_REGISTERED
from nir_desktop.core.rules import check
from nir_desktop.core.summary import Summary, goal_attainment, summarize


def ended(fnr: str, end: str, arsak: str | None, **more: object) -> dict[str, object]:
    return person(fodselsnummer=fnr, avslutningsdato=end, avslutningsarsak=arsak, **more)


def test_counts_add_up_and_follow_the_catalogue_order() -> None:
    wb = workbook([person(kommunenummer="03011", vedtaksdato=None),
                   person(fodselsnummer=B, kommunenummer="0301", avslutningsdato="01.06.2021",
                          avslutningsarsak="Annet")],
                  [tiltak(), tiltak(fnr=B, end="01.06.2021")])
    result = check(wb, 2021, today=TODAY)
    s = summarize(result, wb, today=TODAY)
    assert s.total == len(result.findings) == s.errors + s.warnings + s.infos
    assert sum(r.total for r in s.rules) == s.total
    ids = [r.rule for r in s.rules]
    assert ids == ["ID003", "ID005", "INT004", "AVS004"]
    assert next(r for r in s.rules if r.rule == "ID005").error == 1
    assert next(r for r in s.rules if r.rule == "AVS004").warning == 1


def test_deadline_and_days_left() -> None:
    wb = workbook([person()])
    s = summarize(check(wb, 2021, today=date(2022, 2, 1)), wb)
    assert s.deadline == date(2022, 2, 28)
    assert s.days_left == 27
    assert s.deadline_verified


def test_goal_attainment_preview() -> None:
    wb = workbook([
        ended(A, "30.06.2021", "Arbeid heltid"),
        ended(B, "30.06.2021", "Videregående opplæring"),
        ended(C, "30.06.2021", "Grunnskole"),
        ended(E, "30.06.2021", "Annet"),
        person(fodselsnummer="x", avslutningsdato="30.06.2020", avslutningsarsak="Annet"),
        person(fodselsnummer="y", avslutningsdato=None, avslutningsarsak=None),
    ])
    g = goal_attainment(wb, 2021)
    assert (g.ended, g.excluded, g.basis) == (4, 0, 4)
    assert (g.work, g.education, g.neither, g.achieved) == (1, 1, 2, 2)
    assert g.share == 0.5


def test_cov003_exclusions_are_taken_out_of_the_basis() -> None:
    excluded = ended(A, "30.06.2021", NOT_REGISTERED, saksnummer="S-9", utvidet="ja",
                     programstart="01.09.2018", lov="Introduksjonsloven", sluttmal=None)
    not_excluded = ended(B, "30.06.2021", NOT_REGISTERED, saksnummer=None, utvidet="nei",
                         programstart="01.09.2018", lov="Introduksjonsloven", sluttmal=None)
    work = ended(C, "30.06.2021", "Arbeid deltid", saksnummer="S-3", utvidet="nei")
    wb = workbook([excluded, not_excluded, work])
    g = goal_attainment(wb, 2021)
    assert (g.ended, g.excluded, g.basis, g.achieved) == (3, 1, 2, 1)
    assert g.excluded_persons == ["S-9"]
    assert g.share == 0.5
    # The same from the findings of a check.
    result = check(wb, 2021, today=TODAY)
    assert goal_attainment(wb, 2021, result.findings) == g
    # Not in 2022's basis rules: the same file checked as 2022 has nobody ending in 2022.
    assert goal_attainment(wb, 2022).basis == 0


def test_no_one_ended() -> None:
    g = goal_attainment(workbook([person()]), 2021)
    assert g.basis == 0 and g.share is None


def test_summary_is_json_ready() -> None:
    wb = workbook([ended(A, "30.06.2021", "Arbeid heltid")])
    s = summarize(check(wb, 2021, today=TODAY), wb, today=TODAY)
    data = s.model_dump(mode="json")
    assert data["deadline"] == "2022-02-28"
    assert data["goal"]["basis"] == 1
    assert all("total" in r for r in data["rules"])
    assert Summary.model_validate_json(s.model_dump_json()).total == s.total
