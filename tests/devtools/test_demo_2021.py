"""The synthetic data generator and the committed 2021 demo export."""

from __future__ import annotations

import csv
import importlib.util
import io
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from stdnum.no import fodselsnummer as stdnum_fnr

from nir_desktop.core.fields import FIELDS, SheetKind
from nir_desktop.core.fnr import control_digits
from nir_desktop.core.normalize import fold, repair_identifier
from nir_desktop.devtools.demo import cli
from nir_desktop.devtools.demo.bulk import generate, iter_deltakere_rows
from nir_desktop.devtools.demo.demo2021 import build_demo, planted_rules, write_demo
from nir_desktop.devtools.demo.model import DEMO_YEAR
from nir_desktop.devtools.demo.people import is_synthetic_fnr, synthetic_fnr
from nir_desktop.devtools.demo.writers import write_csv, write_xlsx

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo" / "nir-demo-2021.xlsx"
DEMO_CSV = REPO / "resources" / "demo" / "nir-demo-2021-deltakere.csv"

def _demo_rule_ids() -> tuple[str, ...]:
    """The rules the 2021 demo must show: every registered rule that applies to 2021 and
    reads only the demo's sheets (Deltakere, Tiltak, Norsk). A new such rule needs a plant
    in nir_desktop/devtools/demo/demo2021.py; rules on other sheets (Opplæring) are outside
    this demo."""
    from nir_desktop.core.rules import catalogue

    sheets = {SheetKind.DELTAKERE, SheetKind.TILTAK, SheetKind.NORSK}
    return tuple(r.id for r in catalogue() if r.applies_to(DEMO_YEAR)
                 and all(k in sheets for k, _ in r.needs)
                 and all(k in sheets for grp in r.needs_any for k, _ in grp))


RULE_IDS = _demo_rule_ids()

SPEC_HEADERS = {
    "Deltakere": ["Fødselsnummer", "Navn", "Kommunenummer", "Saksnummer", "Lov",
                  "Vedtaksdato", "Programstart", "Gjennomføringsfrist", "Utvidet", "Forsterket",
                  "Sluttmål", "Integreringskontrakt", "Avslutningsdato", "Avslutningsårsak",
                  "Permisjon (dager)", "Gyldig fravær (dager)", "Saksbehandler"],
    "Tiltak": ["Fødselsnummer", "Tiltak", "Startdato", "Sluttdato", "Timer per uke"],
    "Norsk": ["Fødselsnummer", "Startdato", "Sluttdato", "Timer norsk",
              "Timer samfunnskunnskap"],
}


def _values(path: Path) -> dict[str, list[list[object]]]:
    wb = CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python() for name in wb.sheet_names}


def _fnr_cells(sheets: dict[str, list[list[object]]]) -> list[object]:
    return [row[0] for name in ("Deltakere", "Tiltak", "Norsk") for row in sheets[name][1:]]


@pytest.fixture(scope="module")
def demo_values() -> dict[str, list[list[object]]]:
    return _values(DEMO)


# --- identity numbers -------------------------------------------------------------------


def test_control_digits_agree_with_python_stdnum() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        nine = f"{rng.randint(0, 999_999_999):09d}"
        expected1 = stdnum_fnr.calc_check_digit1(nine)
        mine = control_digits(nine)
        if expected1 == "10":
            assert mine is None
            continue
        expected2 = stdnum_fnr.calc_check_digit2(nine + expected1)
        assert mine == (None if expected2 == "10" else expected1 + expected2)


def test_synthetic_numbers_are_month_plus_80_and_unique() -> None:
    rng = random.Random(9)
    taken: set[str] = set()
    for i in range(2000):
        born = date.fromordinal(date(1950, 1, 1).toordinal() + rng.randint(0, 20000))
        number = synthetic_fnr(rng, born, d_number=i % 5 == 0, taken=taken)
        assert is_synthetic_fnr(number), number
        assert int(number[2:4]) == born.month + 80
        assert int(number[0:2]) == born.day + (40 if i % 5 == 0 else 0)
        # The century rule for the individnummer holds (stdnum reads the year from it).
        individ = int(number[6:9])
        assert individ < 500 if born.year < 2000 else individ >= 500
    assert len(taken) == 2000


def test_every_demo_fnr_is_synthetic_or_a_planted_mistake(demo_values) -> None:
    planted = planted_rules()
    deltakere = demo_values["Deltakere"][1:]
    by_sak = {row[3]: repair_identifier(row[0]) for row in deltakere}
    invalid_planted = {by_sak[s] for s in planted["ID001"]}
    padded_planted = {by_sak[s] for s in planted["ID002"]}
    seen_invalid, seen_padded = set(), set()
    for cell in _fnr_cells(demo_values):
        text = repair_identifier(cell)
        if is_synthetic_fnr(text):
            continue
        if len(text) == 10 and is_synthetic_fnr(text.zfill(11)):
            seen_padded.add(text)
        else:
            seen_invalid.add(text)
    assert seen_invalid == invalid_planted
    assert seen_padded == padded_planted
    # The Excel damage is really in the file: a numeric cell and a 1.2E+10 text.
    assert any(isinstance(c, float) for c in _fnr_cells(demo_values))
    assert any(isinstance(c, str) and "E+10" in c for c in _fnr_cells(demo_values))


def test_bulk_numbers_are_all_synthetic_without_mistakes() -> None:
    ds = generate(4000, seed=3, error_rate=0.0)
    for row in ds.deltakere + ds.tiltak + ds.norsk:
        assert is_synthetic_fnr(repair_identifier(row[0])), row[0]


# --- determinism and layout ---------------------------------------------------------------


def test_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "c.xlsx"
    write_xlsx(generate(3000, seed=11), a)
    write_xlsx(generate(3000, seed=11), b)
    write_xlsx(generate(3000, seed=12), c)
    assert a.read_bytes() == b.read_bytes()
    assert _values(a) != _values(c)
    rows = list(iter_deltakere_rows(500, seed=4))
    write_csv(rows, tmp_path / "a.csv")
    write_csv(iter_deltakere_rows(500, seed=4), tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_5k_workbook_has_the_spec_sheets_and_headers(tmp_path: Path) -> None:
    out = tmp_path / "5k.xlsx"
    write_xlsx(generate(5000, seed=2), out)
    values = _values(out)
    assert {"Deltakere", "Tiltak", "Norsk", "Info"} <= set(values)
    for name, headers in SPEC_HEADERS.items():
        assert values[name][0] == headers
    assert sum(len(values[n]) - 1 for n in SPEC_HEADERS) == 5000
    n_d, n_t, n_n = (len(values[n]) - 1 for n in ("Deltakere", "Tiltak", "Norsk"))
    assert n_d < n_n < n_t  # about 1 : 4 : 3
    info = {row[0]: row[1] for row in values["Info"]}
    assert info["Rapporteringsår"] == 2021
    assert info["Kommune"] == "Nordfjellet kommune"


@pytest.mark.parametrize("sheet", ["Deltakere", "Tiltak", "Norsk"])
def test_spec_headers_are_recognised_by_the_field_catalogue(sheet: str) -> None:
    kind = SheetKind(sheet.lower())
    known = {fold(s) for f in FIELDS[kind] for s in f.synonyms}
    assert all(fold(h) in known for h in SPEC_HEADERS[sheet])


def test_dates_are_mostly_excel_dates_with_some_norwegian_text(demo_values) -> None:
    cells = [row[i] for row in demo_values["Deltakere"][1:] for i in (5, 6, 7, 12)]
    cells += [row[i] for row in demo_values["Tiltak"][1:] for i in (2, 3)]
    real = [c for c in cells if isinstance(c, date)]
    text = [c for c in cells if isinstance(c, str) and c]
    assert len(real) > 10 * len(text) > 0
    assert any(len(t.split(".")[-1]) == 2 for t in text)  # d.m.yy
    assert any(len(t.split(".")[-1]) == 4 for t in text)  # dd.mm.yyyy


# --- the demo ---------------------------------------------------------------------------


def test_regenerated_demo_equals_the_committed_one(tmp_path: Path, demo_values) -> None:
    out = tmp_path / "demo.xlsx"
    write_demo(out)
    assert _values(out) == demo_values


def test_demo_is_small_and_about_150_persons(demo_values) -> None:
    assert DEMO.stat().st_size < 200_000
    deltakere = demo_values["Deltakere"][1:]
    assert 140 <= len(deltakere) <= 170
    laws = {row[4].lower() for row in deltakere}
    assert {"introduksjonsloven", "integreringsloven"} <= laws
    info = {row[0]: row[1] for row in demo_values["Info"]}
    assert info["Rapporteringsår"] == 2021


def test_demo_csv_is_the_deltakere_sheet_in_cp1252(demo_values) -> None:
    raw = DEMO_CSV.read_bytes()
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == SPEC_HEADERS["Deltakere"]
    xlsx = demo_values["Deltakere"][1:]
    assert len(rows) - 1 == len(xlsx)
    assert [r[3] for r in rows[1:]] == [r[3] for r in xlsx]  # same persons, same order
    assert "Fødselsnummer" in text


def test_planted_rules_cover_every_rule_in_the_catalogue() -> None:
    planted = planted_rules()
    assert set(planted) == set(RULE_IDS)
    assert all(planted[r] for r in RULE_IDS)
    saksnummer = {row[3] for row in build_demo().deltakere}
    for rule, persons in planted.items():
        if rule != "REF001":
            assert set(persons) <= saksnummer, rule


def test_the_demo_covers_every_rule_of_rules_md_v2_on_its_sheets() -> None:
    """rules.md v2 (issue 10): every v2 rule of the three sheets fires in the demo."""
    assert {"DAT004", "INT006", "COV004", "INT002", "COV002", "COV003", "COV001",
            "AVS001", "AVS002", "INT004", "INT005"} <= set(RULE_IDS)
    assert len(RULE_IDS) >= 30


def test_checking_the_demo_raises_every_planted_rule_and_nothing_else() -> None:
    if importlib.util.find_spec("nir_desktop.core.rules.engine") is None:
        pytest.skip("the rules engine (nir_desktop/core/rules/engine.py) is not there yet")
    from nir_desktop.core.readers.workbook import read_workbook
    from nir_desktop.core.rules.engine import check

    workbook = read_workbook(DEMO)
    assert workbook.reporting_year == 2021
    result = check(workbook, 2021, today=date(2026, 1, 5))
    assert not result.not_checked

    fnr_of = {row[3]: repair_identifier(row[0]) for row in build_demo().deltakere}
    planted = planted_rules()

    def refs(persons: list[str]) -> set[str]:
        return set(persons) | {fnr_of[p] for p in persons if p in fnr_of}

    found: dict[str, set[str]] = {}
    for f in result.findings:
        found.setdefault(f.rule, set()).update(x for x in (f.person, f.key) if x)
    assert set(RULE_IDS) <= set(found), set(RULE_IDS) - set(found)
    for rule, persons in planted.items():
        if rule in ("ID003", "ID004"):
            # One finding for the file (ID003) / for the pair of rows (ID004).
            assert found[rule] & refs(persons) or rule == "ID003", rule
            continue
        for p in persons:
            assert refs([p]) & found[rule], (rule, p)

    # Most rows are clean: every ERROR and WARNING is one the demo planted.
    for f in result.findings:
        if f.severity.value == "info":
            continue
        assert {f.person, f.key} & refs(planted.get(f.rule, [])), (f.rule, f.sheet, f.row)


@pytest.mark.parametrize("year", [2020, 2021, 2022, 2024])
def test_bulk_rows_without_mistakes_are_clean_for_the_engine(tmp_path: Path, year: int) -> None:
    if importlib.util.find_spec("nir_desktop.core.rules.engine") is None:
        pytest.skip("the rules engine (nir_desktop/core/rules/engine.py) is not there yet")
    from nir_desktop.core.readers.workbook import read_workbook
    from nir_desktop.core.rules.engine import check

    out = tmp_path / "clean.xlsx"
    ds = generate(4000, seed=year, year=year, error_rate=0.0)
    write_xlsx(ds, out)
    result = check(read_workbook(out), year, today=date(2026, 1, 5))
    loud = [(f.rule, f.sheet, f.row) for f in result.findings if f.severity.value != "info"]
    assert loud == []


def test_bulk_rows_with_mistakes_give_findings(tmp_path: Path) -> None:
    if importlib.util.find_spec("nir_desktop.core.rules.engine") is None:
        pytest.skip("the rules engine (nir_desktop/core/rules/engine.py) is not there yet")
    from nir_desktop.core.readers.workbook import read_workbook
    from nir_desktop.core.rules.engine import check

    out = tmp_path / "mistakes.xlsx"
    write_xlsx(generate(4000, seed=8, error_rate=0.2), out)
    result = check(read_workbook(out), 2021, today=date(2026, 1, 5))
    rules = {f.rule for f in result.findings if f.severity.value != "info"}
    assert {"ID001", "INT004", "KODE001", "DAT001"} <= rules


def test_bulk_identifiers_are_unique() -> None:
    ds = generate(20000, seed=6, error_rate=0.0)
    fnrs = [row[0] for row in ds.deltakere]
    saks = [row[3] for row in ds.deltakere]
    assert len(set(fnrs)) == len(fnrs)
    assert len(set(saks)) == len(saks)


# --- command line -----------------------------------------------------------------------


def test_command_line_writes_rows_and_the_demo(tmp_path: Path, capsys) -> None:
    assert cli.main(["--rows", "800", "--seed", "3", str(tmp_path / "x.xlsx")]) == 0
    values = _values(tmp_path / "x.xlsx")
    assert sum(len(values[n]) - 1 for n in SPEC_HEADERS) == 800
    assert cli.main(["--rows", "300", "--format", "csv", "--year", "2024",
                     str(tmp_path / "x.csv")]) == 0
    lines = (tmp_path / "x.csv").read_bytes().decode("cp1252").splitlines()
    assert len(lines) == 301
    assert cli.main(["--demo", str(tmp_path / "d.xlsx")]) == 0
    assert _values(tmp_path / "d.xlsx") == _values(DEMO)
    assert "Skrev" in capsys.readouterr().out
    assert cli.main(["--plants"]) == 0
    table = capsys.readouterr().out
    assert all(f"| {rule} |" in table for rule in RULE_IDS)


def test_the_command_dev_sh_and_the_build_run_remakes_the_committed_csv(tmp_path: Path) -> None:
    # dev.sh, build/build.sh and the Windows build call the package, not a module in it.
    out = tmp_path / "deltakere.csv"
    res = subprocess.run([sys.executable, "-m", "nir_desktop.devtools.demo", "--demo", str(out)],
                         capture_output=True, text=True, encoding="utf-8", cwd=REPO,
                         timeout=120, check=False)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == f"Skrev demo-deltakere (166 rader) til {out}"
    assert out.read_bytes() == DEMO_CSV.read_bytes()


def test_command_line_reports_an_unwritable_target_in_norwegian(tmp_path: Path,
                                                                 capsys) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    rc = cli.main(["--rows", "10", str(blocker / "under" / "ut.xlsx")])
    err = capsys.readouterr().err
    assert rc == 2
    assert "Kunne ikke skrive" in err and "Traceback" not in err


def test_demo_preview_matches_the_hand_count_in_its_readme() -> None:
    """The demo README holds a hand count of the 2021 måloppnåelse (rules.md v2: NIR
    endings, COV003 exclusions); the preview must agree with it."""
    import re

    from nir_desktop.core.readers.workbook import read_workbook
    from nir_desktop.core.summary import goal_attainment

    readme = (DEMO.parent / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| ([^|]+?) \| (\d+) \|$", readme, re.M))
    g = goal_attainment(read_workbook(DEMO), 2021)
    assert {
        "Avsluttet i 2021 (i NIR)": g.ended, "Utelatt (COV003)": g.excluded,
        "Grunnlag": g.basis, "Til arbeid": g.work, "Til utdanning": g.education,
        "Verken eller": g.neither, "Uten årsak («ikke registrert»)": g.not_registered,
        "Avsluttet av NIR selv på 3-årsfristen": g.nir_endings,
        "Nådd (arbeid + utdanning)": g.achieved,
    } == {k: int(v) for k, v in table.items()}
    assert f"Share: {g.achieved} of {g.basis} = " \
           f"{100 * g.achieved / g.basis:.1f} %" in readme
    assert sorted(g.excluded_persons) == sorted(
        ["18/00153", "18/00350", "18/00223", "18/00201", "18/00322", "18/00167", "18/00343",
         "18/00358"])
