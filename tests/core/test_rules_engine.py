"""The engine: rules that cannot run are reported once, the cell index, counts, the
incremental re-check after an edit, progress and cancelling."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from builders import TODAY, A, B, C, norsk, person, run, tiltak, workbook

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.rules import CheckCancelled, Checker, check, render_not_checked


def _not_checked(result) -> dict[str, str]:
    return {nc.rule: render_not_checked(nc) for nc in result.not_checked}


def test_missing_column_is_reported_once_not_per_row() -> None:
    rows = [person(fodselsnummer=f, avslutningsdato="30.06.2021") for f in (A, B, C)]
    result = run(rows, [tiltak(fnr=f) for f in (A, B, C)])
    assert not [f for f in result.findings if f.rule in ("AVS001", "AVS002", "AVS004")]
    nc = _not_checked(result)
    assert nc["AVS001"] == "AVS001 ikke kontrollert: trenger kolonnen Avslutningsårsak (Deltakere)"
    assert [n.rule for n in result.not_checked].count("AVS001") == 1


def test_missing_sheet_is_named() -> None:
    result = run([person()])
    assert _not_checked(result)["INT001"] == "INT001 ikke kontrollert: trenger arket Tiltak"
    assert _not_checked(result)["INT002"] == "INT002 ikke kontrollert: trenger arkene Tiltak, Norsk"


def test_alternatives_are_rendered_with_or() -> None:
    result = run([person(gjennomforingsfrist="31.05.2021", avslutningsdato=None,
                         avslutningsarsak="Annet")])
    assert _not_checked(result)["COV002"] == (
        "COV002 ikke kontrollert: trenger kolonnen Utvidet (Deltakere) eller Forsterket "
        "(Deltakere)")


def test_missing_fnr_column_stops_only_that_sheet() -> None:
    wb = workbook([person()], [{"tiltak": "Norskopplæring", "startdato": "01.03.2021",
                                "sluttdato": "aldri"}])
    result = check(wb, 2021, today=TODAY)
    assert not [f for f in result.findings if f.sheet == "Tiltak"]
    nc = {(n.rule, n.sheet): render_not_checked(n) for n in result.not_checked}
    assert nc[("ID001", "Tiltak")] == (
        "ID001 ikke kontrollert: trenger kolonnen Fødselsnummer (Tiltak)")
    assert nc[("INT001", None)] == (
        "INT001 ikke kontrollert: trenger kolonnen Fødselsnummer (Tiltak)")
    # Deltakere is still checked.
    assert "LOV002" not in {n.rule for n in result.not_checked}


def test_english_not_checked() -> None:
    result = run([person()])
    nc = next(n for n in result.not_checked if n.rule == "INT001")
    assert render_not_checked(nc, "en") == "INT001 not checked: needs the sheet Tiltak"


def test_default_year_from_the_file_else_the_date() -> None:
    wb = workbook([person()])
    wb.reporting_year = 2021
    assert check(wb, today=date(2023, 6, 1)).year == 2021
    wb.reporting_year = None
    # (v2) no Rapporteringsår: the year most of the dates fall in (2021) when earlier
    # than the current reporting year, else the current one
    assert check(wb, today=date(2023, 2, 10)).year == 2021
    assert check(wb, today=date(2023, 3, 1)).year == 2021
    assert check(wb, today=date(2022, 2, 10)).year == 2021
    assert check(wb, today=date(2021, 8, 1)).year == 2021
    assert check(workbook([person(programstart=None, vedtaksdato=None)]),
                 today=date(2023, 2, 10)).year == 2022
    assert check(wb, 2020, today=date(2023, 3, 1)).year == 2020


def test_by_cell_and_counts_add_up() -> None:
    result = run([person(kommunenummer="03011", vedtaksdato=None),
                  person(fodselsnummer=B, kommunenummer="0301")], [tiltak(), tiltak(fnr=B)])
    f = next(f for f in result.findings if f.rule == "ID005")
    assert result.at("Deltakere", 0, f.column) == [f]
    assert result.by_cell[(None, None, None)][0].rule == "ID003"
    counts = result.counts()
    assert counts["total"] == len(result.findings)
    assert sum(counts["by_severity"].values()) == counts["total"]
    assert sum(sum(v.values()) for v in counts["by_rule"].values()) == counts["total"]
    assert counts["by_rule"]["ID005"] == {"error": 1}
    assert result.has_errors


def test_findings_are_sorted_by_place() -> None:
    result = run([person(kommunenummer="03011"), person(fodselsnummer=B, vedtaksdato=None)],
                 [tiltak(), tiltak(fnr=B)])
    keys = [f.sort_key() for f in result.findings]
    assert keys == sorted(keys)


def _fingerprint(result) -> list[tuple]:
    return sorted((f.rule, f.severity.value, f.sheet, f.row_index, f.column,
                   repr(sorted(f.params.items())), f.suggestion, f.person, f.key)
                  for f in result.findings)


def _big_workbook(n: int, seed: int = 7):
    rnd = random.Random(seed)
    D, T, N = [], [], []
    for i in range(n):
        f = make_synthetic(date(1960, 1, 1) + timedelta(days=rnd.randrange(15000)),
                           rnd.randrange(1000), next_valid=True)
        start = date(2018, 1, 1) + timedelta(days=rnd.randrange(1400))
        end = start + timedelta(days=rnd.randrange(100, 1400))
        ended = end < date(2022, 1, 1) and rnd.random() < 0.7

        def ds(d: date) -> str:
            return d.strftime("%d.%m.%Y")

        D.append(person(fodselsnummer=f, saksnummer=f"S{i}" if i % 3 else None,
                        kommunenummer=rnd.choice(["0301"] * 8 + ["4601", "0101"]),
                        lov=rnd.choice(["Introduksjonsloven", "Integreringsloven", "IntL"]),
                        vedtaksdato=ds(start) if rnd.random() > 0.1 else None,
                        programstart=ds(start), gjennomforingsfrist=ds(start + timedelta(730)),
                        utvidet=rnd.choice(["ja", "nei", "nei"]), forsterket="nei",
                        sluttmal=rnd.choice([None, "Arbeid", "Fullført videregående opplæring"]),
                        avslutningsdato=ds(end) if ended else None,
                        avslutningsarsak=rnd.choice(["Arbeid heltid", "Annet", None,
                                                     "Avslutningsårsak ikke registrert"])
                        if rnd.random() < 0.8 else None))
        T.append(tiltak(code=rnd.choice(["Norskopplæring", "Arbeidspraksis"]), start=ds(start),
                        end=ds(end) if rnd.random() < 0.6 else None, fnr=f))
        if rnd.random() < 0.5:
            N.append(norsk(start=ds(start), end=ds(end), hours=rnd.choice([0, 50]), fnr=f))
    return workbook(D, T, N)


EDITS = [
    ("Deltakere", "avslutningsarsak", "Annet"),
    ("Deltakere", "avslutningsarsak", None),
    ("Deltakere", "avslutningsdato", "30.06.2021"),
    ("Deltakere", "programstart", "ugyldig"),
    ("Deltakere", "kommunenummer", "4601"),
    ("Deltakere", "saksnummer", "NY-1"),
    ("Deltakere", "utvidet", "ja"),
    ("Tiltak", "startdato", "01.01.2021"),
    ("Tiltak", "sluttdato", None),
    ("Norsk", "timer_norsk", 0),
]


def test_recheck_after_edits_equals_a_fresh_check() -> None:
    wb = _big_workbook(120)
    checker = Checker(wb, 2021, today=TODAY)
    rnd = random.Random(3)
    sheets = {s.name: s for s in wb.sheets}
    for step in range(60):
        if step % 6 == 5:
            # Change someone's fødselsnummer to another person's (or to nonsense).
            sheet = sheets[rnd.choice(["Deltakere", "Tiltak", "Norsk"])]
            c = sheet.columns["fodselsnummer"]
            r = rnd.randrange(len(sheet.rows))
            other = sheets["Deltakere"].rows[rnd.randrange(len(sheets["Deltakere"].rows))][0]
            sheet.set_raw(r, c, rnd.choice([other, "123", other[1:]]))
        else:
            name, field, value = rnd.choice(EDITS)
            sheet = sheets[name]
            r = rnd.randrange(len(sheet.rows))
            sheet.set_raw(r, sheet.columns[field], value)
        delta = checker.recheck_row(sheet.name, r)
        assert delta.result is checker.result
        fresh = check(wb, 2021, today=TODAY)
        assert _fingerprint(checker.result) == _fingerprint(fresh), (step, name, field)
        assert checker.result.counts() == fresh.counts()
        # The sorted list is kept in order without sorting again.
        keys = [f.sort_key() for f in checker.result.findings]
        assert keys == sorted(keys)
        assert len(checker.result.findings) == len(checker.result)
        # The cell index is kept current too.
        index = {k: sorted(f.rule for f in v) for k, v in checker.result.by_cell.items()}
        fresh_index = {k: sorted(f.rule for f in v) for k, v in fresh.by_cell.items()}
        assert index == fresh_index


def test_recheck_delta_names_what_changed() -> None:
    wb = workbook([person(avslutningsdato="30.06.2021", avslutningsarsak="Arbeid heltid")],
                  [tiltak(end="30.06.2021")])
    checker = Checker(wb, 2021, today=TODAY)
    sheet = wb.sheets[0]
    col = sheet.columns["avslutningsarsak"]
    sheet.set_raw(0, col, "Annet")
    delta = checker.recheck_row("Deltakere", 0)
    assert [f.rule for f in delta.added] == ["AVS004"]
    assert delta.removed == []
    assert ("Deltakere", 0, col) in delta.cells
    sheet.set_raw(0, col, "Arbeid heltid")
    delta = checker.recheck_row("Deltakere", 0)
    assert [f.rule for f in delta.removed] == ["AVS004"]
    assert not [f for f in checker.result.findings if f.rule == "AVS004"]


def test_recheck_rows_cancels_findings_that_come_and_go() -> None:
    wb = workbook([person(), person(fodselsnummer=B)], [tiltak(), tiltak(fnr=B)])
    checker = Checker(wb, 2021, today=TODAY)
    sheet = wb.sheets[0]
    c = sheet.columns["vedtaksdato"]
    sheet.set_raw(0, c, None)
    sheet.set_raw(1, c, None)
    delta = checker.recheck_rows([("Deltakere", 0), ("Deltakere", 1)])
    assert sorted(f.rule for f in delta.added) == ["INT004", "INT004"]


def test_edit_of_fnr_moves_the_row_between_persons() -> None:
    wb = workbook([person(), person(fodselsnummer=B)], [tiltak(), tiltak(fnr=C)])
    checker = Checker(wb, 2021, today=TODAY)
    assert [f.rule for f in checker.result.findings if f.sheet == "Tiltak"] == ["REF001"]
    t = wb.sheets[1]
    t.set_raw(1, t.columns["fodselsnummer"], B)
    checker.recheck_row("Tiltak", 1)
    assert not [f for f in checker.result.findings if f.rule in ("REF001", "INT001")]


def test_unknown_sheet_or_row_is_ignored() -> None:
    checker = Checker(workbook([person()]), 2021, today=TODAY)
    assert checker.recheck_row("Finnes ikke", 0).added == []
    assert checker.recheck_row("Deltakere", 99).added == []


def test_progress_and_cancel() -> None:
    wb = _big_workbook(30)
    seen: list[float] = []
    check(wb, 2021, today=TODAY, progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(CheckCancelled):
        check(wb, 2021, today=TODAY, cancelled=lambda: True)


def test_sheet_kinds_by_name_are_used() -> None:
    wb = workbook([person()], [tiltak()])
    wb.sheets[1].name = "Deltakelse Intro"
    result = check(wb, 2021, today=TODAY)
    assert "INT001" not in {f.rule for f in result.findings}
    assert wb.sheet(SheetKind.TILTAK) is wb.sheets[1]
