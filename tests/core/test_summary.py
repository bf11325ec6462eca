"""Summary: counts per rule that add up, the deadline, and the måloppnåelse preview."""

from __future__ import annotations

from datetime import date

from builders import TODAY, A, B, C, E, person, tiltak, workbook

from nir_desktop.core.codelists import NOT_REGISTERED
from nir_desktop.core.fnr import make_synthetic
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


def _covid_file():
    f, g, h = (make_synthetic(date(1980 + i, 5, 10), 300 + i, next_valid=True) for i in range(3))
    sept = {"programstart": "01.09.2018", "lov": "Introduksjonsloven", "sluttmal": None,
            "vedtaksdato": "15.08.2018", "gjennomforingsfrist": "31.08.2021"}
    rows = [
        # utvidet, ended on the 3-year frist 31.08.2021 without a reason: COV003 «avsluttet»
        ended(A, "31.08.2021", NOT_REGISTERED, saksnummer="S-9", utvidet="ja", **sept),
        # utvidet, still open: NIR ends it on the frist, COV003 «prognose»
        ended(B, None, None, saksnummer="S-8", utvidet="ja", **sept),
        # forsterket only, still open: NIR ends it on the frist, in the basis, not achieved
        ended(C, None, None, saksnummer="S-7", forsterket="ja", **sept),
        # utvidet, ended before the frist with «ikke registrert»: in the basis (AVS001)
        ended(E, "30.06.2021", NOT_REGISTERED, saksnummer="S-6", utvidet="ja", **sept),
        # ended to work, not extended
        ended(f, "30.06.2021", "Arbeid deltid", saksnummer="S-5", utvidet="nei"),
        # forsterket, ended after the frist with a reason NIR cannot take (COV004): NIR
        # holds the ending on the frist without a reason
        ended(g, "31.10.2021", "Arbeid heltid", saksnummer="S-4", forsterket="ja", **sept),
        # ended in 2020: not in 2021's basis
        ended(h, "30.06.2020", "Arbeid heltid", saksnummer="S-3"),
    ]
    return workbook(rows)


def test_preview_follows_nir_endings_and_cov003() -> None:
    """(v2) The basis is every NIR ending in RY minus the COV003 exclusions; «ikke
    registrert» stays in it as not achieved. Fails on v1, which counted only the file's
    own endings (S-8, S-7 missing; S-4 counted as work) and excluded S-6."""
    g = goal_attainment(_covid_file(), 2021)
    assert (g.ended, g.excluded, g.basis, g.achieved) == (6, 2, 4, 1)
    assert (g.work, g.education, g.neither, g.not_registered) == (1, 0, 3, 3)
    assert g.nir_endings == 3
    assert g.excluded_persons == ["S-9", "S-8"]
    assert g.share == 0.25
    assert g.caveat is not None and "lavere datakvalitet" in g.caveat
    assert "no preliminary results" in str(goal_attainment(_covid_file(), 2021,
                                                           lang="en").caveat)


def test_preview_of_the_same_file_for_2022() -> None:
    g = goal_attainment(_covid_file(), 2022)
    assert (g.ended, g.basis, g.caveat) == (0, 0, None)


def test_preview_is_the_same_with_the_findings_of_a_check() -> None:
    wb = _covid_file()
    result = check(wb, 2021, today=TODAY)
    assert goal_attainment(wb, 2021, result.findings) == goal_attainment(wb, 2021)
    assert {f.person for f in result.findings if f.rule == "COV003"} == {"S-9", "S-8"}


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


def test_report_text_and_json_show_the_preview_as_nir_holds_it() -> None:
    """The text report and the JSON carry the NIR endings and IMDi's 2021 caveat."""
    from nir_desktop.core.report import goal_lines

    wb = _covid_file()
    s = summarize(check(wb, 2021, today=TODAY), wb, today=TODAY)
    assert s.goal is not None
    text = "\n".join(goal_lines(s.goal))
    assert "Avsluttet i 2021 (i NIR): 6   Utelatt (COV003): 2   Grunnlag: 4" in text
    assert "Avsluttet av NIR selv på 3-årsfristen: 3" in text
    assert "Uten årsak («ikke registrert»), telles som ikke nådd: 3" in text
    assert "ingen foreløpige resultater" in text
    data = s.model_dump(mode="json")
    assert data["goal"]["caveat"].startswith("For 2021 ventet IMDi lavere datakvalitet")
    assert data["goal"]["nir_endings"] == 3


def test_preview_takes_out_an_utvidet_person_with_a_reason_nir_cannot_take() -> None:
    """rules.md v2, COV004: «in NIR the person stands ended on the 3-year frist with
    «Avslutningsårsak ikke registrert» (in 2021: taken out of måloppnåelse if utvidet). The
    preview follows NIR, not the file». The old preview kept this utvidet person (frist
    31.08.2021, ended 31.10.2021 with «Arbeid heltid») in the 2021 basis as «ikke
    registrert», not achieved: a share lower than the one NIR computes."""
    sept = {"programstart": "01.09.2018", "lov": "Introduksjonsloven", "sluttmal": None,
            "vedtaksdato": "15.08.2018", "gjennomforingsfrist": "31.08.2021"}
    wb = workbook([ended(A, "31.10.2021", "Arbeid heltid", saksnummer="S-1", utvidet="ja",
                         **sept),
                   ended(B, "30.06.2021", "Arbeid deltid", saksnummer="S-2")])
    assert "COV004" in {f.rule for f in check(wb, 2021, today=TODAY).findings}
    g = goal_attainment(wb, 2021)
    assert (g.ended, g.excluded, g.basis, g.achieved, g.not_registered) == (2, 1, 1, 1, 0)
    assert g.excluded_persons == ["S-1"]
    assert g.share == 1.0
    # the same person in 2022 is no concern of the 2021 exclusion: nothing ends in 2022
    assert goal_attainment(wb, 2022).basis == 0
