"""The 2025 demo export: about 200 invented persons over four sheets, most under
integreringsloven and a fifth under kap. 6A, and every rule of 2025 planted on purpose.
The check for 2025 reports exactly the planted (rule, sheet, row) and nothing else."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from nir_desktop.core.fnr import FnrKind, classify
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.rules import catalogue, check
from nir_desktop.devtools.demo import cli, demo2025

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo" / "nir-demo-2025.xlsx"


def _values(path: Path) -> dict[str, list[list[object]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)]
                for ws in wb.worksheets}
    finally:
        wb.close()


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_regenerated_demo_equals_the_committed_one(tmp_path: Path) -> None:
    out = tmp_path / "demo.xlsx"
    demo2025.write_demo_2025(out)
    assert _values(out) == _values(DEMO)
    # Every part byte for byte; the zip's own headers name the OS that wrote them, so the
    # archive as a whole differs between Linux and Windows.
    assert _parts(out) == _parts(DEMO)


def test_about_200_persons_on_four_sheets_most_under_integreringsloven() -> None:
    values = _values(DEMO)
    assert list(values) == ["Deltakere", "Tiltak", "Norsk", "Opplæring", "Info"]
    assert dict((r[0], r[1]) for r in values["Info"])["Rapporteringsår"] == 2025
    persons = {str(r[0]) for s in ("Deltakere", "Opplæring") for r in values[s][1:]}
    assert 180 <= len(persons) <= 220
    lov_of: dict[str, str] = {}
    for s in ("Deltakere", "Opplæring"):
        for r in values[s][1:]:
            lov_of.setdefault(str(r[0]), str(r[4] if s == "Deltakere" else r[1]))
    by_law = Counter(v.casefold() for v in lov_of.values())
    six_a = by_law["integreringsloven kap. 6a"] / len(lov_of)
    integrering = (by_law["integreringsloven"] + by_law["integreringsloven kap. 6a"]) / len(
        lov_of)
    assert 0.17 <= six_a <= 0.25, six_a
    assert integrering > 0.95
    # Many persons are in norsk og samfunnskunnskap only.
    in_programme = {str(r[0]) for r in values["Deltakere"][1:]}
    assert len(persons - in_programme) >= 30


def test_every_fnr_is_synthetic_or_a_planted_mistake() -> None:
    wb = read_workbook(DEMO)
    bad = set()
    for s in wb.checked_sheets:
        for r in range(len(s.rows)):
            v = s.value(r, "fodselsnummer")
            st = classify(v)
            if st.problem is not None or st.kind is not FnrKind.SYNTHETIC:
                bad.add((s.name, s.row_numbers[r]))
    planted = {(sheet, row) for rule, sheet, row in demo2025.planted()
               if rule in ("ID001", "ID002")}
    assert bad == planted


def test_every_rule_of_2025_is_planted() -> None:
    rules_2025 = {r.id for r in catalogue() if r.applies_to(2025)}
    assert {rule for rule, _, _ in demo2025.planted()} == rules_2025


def test_check_for_2025_reports_exactly_what_was_planted() -> None:
    wb = read_workbook(DEMO)
    result = check(wb, 2025, today=date(2026, 12, 1))
    assert not result.not_checked
    got = sorted((f.rule, f.sheet, f.row) for f in result.findings)
    assert got == demo2025.planted()


def test_the_command_line_check_with_year_2025_reports_exactly_what_was_planted() -> None:
    res = subprocess.run([sys.executable, "-m", "nir_desktop", "check", str(DEMO), "--year",
                          "2025", "--format", "json"], capture_output=True, text=True,
                         encoding="utf-8", cwd=REPO, check=False)
    assert res.returncode == 1, res.stderr
    data = json.loads(res.stdout)
    assert data["reporting_year"] == 2025
    got = sorted((f["rule"], f["sheet"], f["row"]) for f in data["findings"])
    assert got == demo2025.planted()
    assert data["not_checked"] == []


def test_every_kap6a_person_with_a_right_only_gets_the_frist_info() -> None:
    """NOR007 is an INFO on the first Opplæring row of each kap. 6A «rett» person in scope."""
    wb = read_workbook(DEMO)
    s = wb.sheet_named("Opplæring")
    assert s is not None
    rett_6a = {s.row_numbers[r] for r in range(len(s.rows))
               if str(s.value(r, "lov")).endswith("6A")
               and s.value(r, "vedtakstype") is None}
    nor007 = {row for rule, _, row in demo2025.planted() if rule == "NOR007"}
    assert nor007 == rett_6a


def test_the_text_report_says_how_many_in_the_basis_lack_a_reason() -> None:
    res = subprocess.run([sys.executable, "-m", "nir_desktop", "check", str(DEMO)],
                         capture_output=True, text=True, encoding="utf-8", cwd=REPO, check=False)
    assert "Rapporteringsår: 2025" in res.stdout
    assert "  Uten årsak («ikke registrert»), telles som ikke nådd: 1" in res.stdout.splitlines()


def test_rules_year_lists_the_rules_of_that_year() -> None:
    def ids(year: int) -> list[str]:
        res = subprocess.run([sys.executable, "-m", "nir_desktop", "rules", "--year", str(year),
                              "--format", "json"], capture_output=True, text=True,
                             encoding="utf-8", cwd=REPO,
                             check=True)
        return [r["id"] for r in json.loads(res.stdout)["rules"]]

    y2021, y2022, y2025 = ids(2021), ids(2022), ids(2025)
    assert not [i for i in y2021 if i.startswith("NOR") or i in ("LOV003", "LOV004")]
    assert "NOR008" not in y2022 and "NOR001" in y2022
    assert y2025 == [r.id for r in catalogue() if r.applies_to(2025)]
    assert {f"NOR00{i}" for i in range(1, 9)} | {"LOV003", "LOV004"} <= set(y2025)


def test_command_line_writes_the_2025_demo_and_lists_its_plants(tmp_path: Path,
                                                                capsys) -> None:
    out = tmp_path / "demo.xlsx"
    assert cli.main(["--demo", "--year", "2025", str(out)]) == 0
    assert _parts(out) == _parts(DEMO)
    assert capsys.readouterr().out.strip() == (
        f"Skrev demo-eksporten for 2025 (198 personer, 42 etter kap. 6A, 1591 rader) til {out}")
    assert cli.main(["--plants", "--year", "2025"]) == 0
    rows = capsys.readouterr().out.strip().splitlines()[2:]
    cells = [[c.strip() for c in r.strip("|").split("|")] for r in rows]
    assert sorted((c[0], None if c[1] == "(fil)" else c[1], int(c[2]) if c[2] else None)
                  for c in cells) == demo2025.planted()


@pytest.mark.parametrize(("argv", "message"), [
    (["--demo", "--year", "2023", "x.xlsx"], "demo-filene finnes for 2021 og 2025, ikke 2023"),
    (["--plants", "--year", "2024"], "demo-filene finnes for 2021 og 2025, ikke 2024"),
    (["--demo", "--year", "2025", "x.csv"], "demoen for 2025 finnes bare som .xlsx"),
])
def test_command_line_refuses_a_demo_that_does_not_exist(argv: list[str], message: str,
                                                         tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main([*argv[:-1], str(tmp_path / argv[-1])] if argv[-1].startswith("x.")
                 else argv)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
