"""``nir-desktop compare A B`` as a user runs it: exit codes, the JSON with real
fødselsnummer, the masked text report, the xlsx report, and clear messages for bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).parent / "core"))

from compare_files import P1, P2, P4, fagsystem, nir_spelling, write_csv, write_xlsx

from nir_desktop.core.fnr import mask

REPO = Path(__file__).resolve().parents[1]
_HOME = tempfile.mkdtemp(prefix="nir-kontroll-cli-compare-")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NIR_KONTROLL_HOME=_HOME)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "nir_desktop", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO,
                          timeout=120, env=env)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a = write_xlsx(tmp_path / "fagsystem.xlsx", fagsystem())
    b_rows = nir_spelling()
    b_rows["Deltakere"][1][11] = "15.07.2021"  # P2's avslutningsdato
    b_rows["Deltakere"].pop(0)  # P1 is not in NIR's list
    b = write_csv(tmp_path / "nir-personliste.csv", b_rows["Deltakere"])
    return a, b


def test_equal_files_exit_0(tmp_path: Path) -> None:
    a = write_xlsx(tmp_path / "a.xlsx", fagsystem())
    b = write_xlsx(tmp_path / "b.xlsx", nir_spelling())
    proc = run("compare", a, b)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "Resultat: filene er like."


def test_json_has_real_fodselsnummer_and_exits_1(pair: tuple[Path, Path]) -> None:
    proc = run("compare", *pair, "--format", "json")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    # Only sheets both files have count: the CSV is NIR's Deltakere list.
    assert report["only_in_a"] == [{"fnr": P1, "saksnummer": "21/00001",
                                    "rows": [{"sheet": "Deltakere", "row": 2}]}]
    assert report["only_in_b"] == []
    assert report["differences"] == [
        {"fnr": P2, "sheet": "Deltakere", "field": "avslutningsdato", "a": "30.06.2021",
         "b": "15.07.2021", "a_row": 3, "b_row": 2}]
    summary = report["summary"]
    assert summary["equal"] is False
    assert (summary["persons_a"], summary["persons_b"], summary["persons_both"]) == (4, 3, 3)
    assert summary["not_compared"] == [{"sheet": "Tiltak", "field": None, "only_in": "a"},
                                       {"sheet": "Norsk", "field": None, "only_in": "a"}]


def test_text_report_masks_fodselsnummer(pair: tuple[Path, Path]) -> None:
    proc = run("compare", *pair)
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    assert P1 not in out and P2 not in out
    assert f"  {mask(P1)} sak 21/00001: Deltakere rad 2\n" in out
    assert (f"  {mask(P2)} sak 21/00002\n"
            "    Deltakere, Avslutningsdato: A rad 3 «30.06.2021» – B rad 2 «15.07.2021»") in out
    assert "  arket Tiltak (bare i A)" in out
    assert out.splitlines()[-1] == "Resultat: filene er ulike."


def test_text_report_in_nynorsk_and_english(pair: tuple[Path, Path]) -> None:
    nn = run("compare", *pair, "--lang", "nn")
    assert nn.returncode == 1, nn.stderr
    assert nn.stdout.startswith("Samanlikning av fagsystem.xlsx (A) og nir-personliste.csv")
    assert f"  {mask(P1)} sak 21/00001: Deltakere rad 2\n" in nn.stdout
    assert ("    Deltakere, Avslutningsdato: A rad 3 «30.06.2021» – B rad 2 «15.07.2021»"
            in nn.stdout)
    assert "  arket Tiltak (berre i A)" in nn.stdout
    assert nn.stdout.splitlines()[-1] == "Resultat: filene er ulike."
    en = run("compare", *pair, "--lang", "en")
    assert en.stdout.startswith("Comparison of fagsystem.xlsx (A) and nir-personliste.csv")
    assert ("    Deltakere, End date: A row 3 «30.06.2021» – B row 2 «15.07.2021»"
            in en.stdout)
    assert "  the sheet Tiltak (only in A)" in en.stdout
    assert en.stdout.splitlines()[-1] == "Result: the files differ."


def test_xlsx_report_one_row_per_difference_masked(pair: tuple[Path, Path],
                                                   tmp_path: Path) -> None:
    out = tmp_path / "sammenligning.xlsx"
    proc = run("compare", *pair, "--output", out)
    assert proc.returncode == 1, proc.stderr
    assert f"Rapporten er skrevet til {out}" in proc.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Forskjeller", "Bare i én fil", "Ikke sammenlignet"]
    rows = list(wb["Forskjeller"].iter_rows(values_only=True))
    assert rows[0][0] == "A: fagsystem.xlsx"
    assert rows[1][0] == "B: nir-personliste.csv"
    assert rows[3] == ("Fødselsnummer", "Saksnummer", "Ark", "Felt", "Verdi i A", "Verdi i B",
                       "Rad i A", "Rad i B")
    assert rows[4:] == [(mask(P2), "21/00002", "Deltakere", "Avslutningsdato", "30.06.2021",
                         "15.07.2021", 3, 2)]
    only = list(wb["Bare i én fil"].iter_rows(min_row=5, values_only=True))
    assert only == [(mask(P1), "A", "21/00001", "Deltakere rad 2")]
    shown = run("compare", *pair, "--output", tmp_path / "hele.xlsx", "--show-fnr")
    assert shown.returncode == 1
    first = list(openpyxl.load_workbook(tmp_path / "hele.xlsx")["Forskjeller"].iter_rows(
        min_row=5, values_only=True))
    assert first[0][0] == P2


def test_lost_leading_zero_in_the_csv_is_not_a_difference(tmp_path: Path) -> None:
    rows = nir_spelling()["Deltakere"]
    assert rows[3][0] == int(P4)
    a = write_xlsx(tmp_path / "a.xlsx", {"Deltakere": fagsystem()["Deltakere"]})
    proc = run("compare", a, write_csv(tmp_path / "b.csv", rows), "--format", "json")
    assert proc.returncode == 0, proc.stdout
    assert json.loads(proc.stdout)["summary"]["persons_both"] == 4


def test_unreadable_file_exits_2_naming_it(pair: tuple[Path, Path], tmp_path: Path) -> None:
    proc = run("compare", pair[0], tmp_path / "mangler.csv")
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("Kan ikke lese «mangler.csv»: filen finnes ikke (den kan være "
                                   "flyttet eller slettet).")
    broken = tmp_path / "ødelagt.xlsx"
    broken.write_bytes(b"PK\x03\x04 ikke en arbeidsbok")
    proc = run("compare", broken, pair[1])
    assert proc.returncode == 2
    assert proc.stderr.startswith("Kan ikke lese «ødelagt.xlsx»")


def test_nothing_in_common_is_not_reported_equal(tmp_path: Path) -> None:
    a = write_xlsx(tmp_path / "a.xlsx", {"Norsk": fagsystem()["Norsk"]})
    b = write_xlsx(tmp_path / "b.xlsx", {"Tiltak": fagsystem()["Tiltak"]})
    proc = run("compare", a, b)
    assert proc.returncode == 2
    assert proc.stderr.startswith("Ingenting å sammenligne: «a.xlsx» og «b.xlsx» har ikke noe "
                                  "felles ark med fødselsnummer (Deltakere, Tiltak, Norsk")


def test_the_report_never_replaces_a_compared_file(pair: tuple[Path, Path]) -> None:
    before = pair[1].read_bytes()
    proc = run("compare", *pair, "--output", pair[1])
    assert proc.returncode == 2
    assert "originalfilen" in proc.stderr
    assert pair[1].read_bytes() == before


def test_profile_b_maps_columns_and_the_files_own_code_spellings(tmp_path: Path) -> None:
    from compare_files import DELTAKERE

    a = write_xlsx(tmp_path / "fagsystem.xlsx", fagsystem())
    b_sheets = nir_spelling()
    b_sheets["Tiltak"][0][1] = "Arb.praksis"  # P1's arbeidspraksis, in NIR's own words
    b_sheets["Deltakere"][1][12] = "Jobb heltid"  # P2's avslutningsårsak
    b = write_xlsx(tmp_path / "nir.xlsx", b_sheets,
                   {"Deltakere": ("Personident", *DELTAKERE[1:])})
    without = run("compare", a, b, "--format", "json")
    assert without.returncode == 1, without.stderr
    report = json.loads(without.stdout)
    # Without the profile B's Deltakere has no fødselsnummer column: not compared.
    assert report["summary"]["not_compared"] == [
        {"sheet": "Deltakere", "field": None, "only_in": "a"}]
    assert report["differences"] == [
        {"fnr": P1, "sheet": "Tiltak", "field": "tiltak", "a": "Arbeidspraksis",
         "b": "Arb.praksis", "a_row": 3, "b_row": 2}]
    profile = tmp_path / "nir-profil.json"
    profile.write_text(json.dumps({
        "name": "NIR-rapport",
        "columns": {"deltakere": {"Personident": "fodselsnummer"}},
        "value_map": {"tiltak": {"Arb.praksis": "Arbeidspraksis"},
                      "avslutningsarsak": {"Jobb heltid": "Arbeid heltid"}}}),
        encoding="utf-8")
    mapped = run("compare", a, b, "--format", "json", "--profile-b", profile)
    assert mapped.returncode == 0, mapped.stdout
    assert json.loads(mapped.stdout)["summary"]["not_compared"] == []
