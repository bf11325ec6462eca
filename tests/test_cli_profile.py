"""The command line with mapping profiles (--profile NAME|FILE.json) and code lists
(--codelists, the user's saved lists), run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl

from nir_desktop.core.fnr import make_synthetic

PY = sys.executable
REPO = Path(__file__).resolve().parents[1]
FNR = make_synthetic(date(1985, 3, 15), 123, next_valid=True)  # synthetic (month + 80)
HEADERS = ["Personident", "Prog.start", "Vedtak dato", "Tiltaksform"]


def _export(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(HEADERS)
    ws.append([FNR, "01.03.2021", "15.02.2021", ""])
    t = wb.create_sheet("Tiltak")
    t.append(["Fødselsnummer", "Tiltak", "Startdato", "Sluttdato"])
    t.append([FNR, "Arb.praksis", "01.03.2021", "31.12.2021"])
    wb.save(path)
    return path


def _profile(name: str = "Fagsystem X", value_map: bool = True) -> dict[str, object]:
    return {"name": name,
            "columns": {"deltakere": {"Personident": "fodselsnummer",
                                      "Prog.start": "programstart"}},
            "value_map": {"tiltak": {"Arb.praksis": "Arbeidspraksis"}} if value_map else {}}


def run(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NIR_KONTROLL_HOME": str(home)}
    return subprocess.run([PY, "-m", "nir_desktop", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=REPO, timeout=120, env=env)


def _rules(res: subprocess.CompletedProcess[str]) -> list[str]:
    data = json.loads(res.stdout)
    # A sheet left unchecked (no fødselsnummer column) is never a clean exit.
    assert res.returncode in ((0, 1) if data["complete"] else (2,)), res.stderr
    return [f["rule"] for f in data["findings"]]


def _not_checked(res: subprocess.CompletedProcess[str]) -> list[str]:
    return [n["message"] for n in json.loads(res.stdout)["not_checked"]]


def test_profile_by_name_and_by_file(tmp_path: Path) -> None:
    src = _export(tmp_path / "eksport.xlsx")
    home = tmp_path / "hjem"
    without = run(home, "check", src, "--format", "json", "--year", "2021")
    # Without a mapping the Deltakere sheet has no fødselsnummer and is not checked.
    assert any("Fødselsnummer (Deltakere)" in m for m in _not_checked(without))
    assert "KODE001" in _rules(without)
    assert without.returncode == 2 and "IKKE KONTROLLERT: Arket «Deltakere»" in without.stderr

    profile_file = tmp_path / "profil.json"
    profile_file.write_text(json.dumps(_profile()), encoding="utf-8")
    by_file = run(home, "check", src, "--format", "json", "--year", "2021",
                  "--profile", profile_file)
    assert not any("Fødselsnummer (Deltakere)" in m for m in _not_checked(by_file))
    assert "KODE001" not in _rules(by_file)  # "Arb.praksis" counts as Arbeidspraksis

    from nir_desktop.core.mapping import MappingProfile, ProfileStore

    ProfileStore(home / "profiles").save(MappingProfile.model_validate(_profile("Kontoret")))
    by_name = run(home, "check", src, "--format", "json", "--year", "2021",
                  "--profile", "Kontoret")
    assert _rules(by_name) == _rules(by_file)


def test_fix_keeps_the_files_spelling_unless_asked_for_canonical_codes(tmp_path: Path) -> None:
    src = _export(tmp_path / "eksport.xlsx")
    home = tmp_path / "hjem"
    profile_file = tmp_path / "profil.json"
    profile_file.write_text(json.dumps(_profile()), encoding="utf-8")
    kept = tmp_path / "beholdt.xlsx"
    res = run(home, "fix", src, "--profile", profile_file, "--output", kept)
    assert res.returncode == 0, res.stderr
    assert openpyxl.load_workbook(kept)["Tiltak"]["B2"].value == "Arb.praksis"
    canonical = tmp_path / "kanonisk.xlsx"
    res = run(home, "fix", src, "--profile", profile_file, "--output", canonical,
              "--canonical-codes")
    assert res.returncode == 0, res.stderr
    assert "«Arb.praksis» → «Arbeidspraksis»" in res.stdout
    assert openpyxl.load_workbook(canonical)["Tiltak"]["B2"].value == "Arbeidspraksis"
    assert openpyxl.load_workbook(src)["Tiltak"]["B2"].value == "Arb.praksis"  # original


def test_codelists_option_and_the_users_saved_lists(tmp_path: Path) -> None:
    src = _export(tmp_path / "eksport.xlsx")
    home = tmp_path / "hjem"
    assert "KODE001" in _rules(run(home, "check", src, "--format", "json", "--year", "2021"))

    lists = tmp_path / "egne.json"
    lists.write_text(json.dumps({"name": "tiltak", "values": [
        {"code": "Arb.praksis", "group": "arbeid"}]}), encoding="utf-8")
    res = run(home, "check", src, "--format", "json", "--year", "2021", "--codelists", lists)
    assert "KODE001" not in _rules(res)

    # Saved in the user's code-list folder (as the settings page does): used by default.
    from nir_desktop.core.user_codelists import add_code

    add_code("tiltak", "Arb.praksis", {"group": "arbeid"}, user_dir=home / "codelists")
    assert "KODE001" not in _rules(run(home, "check", src, "--format", "json",
                                       "--year", "2021"))

    broken = tmp_path / "ødelagt.json"
    broken.write_text("{ikke json", encoding="utf-8")
    res = run(home, "check", src, "--codelists", broken)
    assert res.returncode == 2
    assert "ødelagt.json" in res.stderr and "Traceback" not in res.stderr
    res = run(home, "check", src, "--codelists", tmp_path / "borte.json")
    assert res.returncode == 2 and "borte.json" in res.stderr


def test_maaloppnaaelse_in_the_report_uses_the_same_code_lists(tmp_path: Path) -> None:
    src = tmp_path / "avsluttet.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Programstart", "Vedtaksdato", "Avslutningsdato",
               "Avslutningsårsak"])
    ws.append([FNR, "01.03.2019", "15.02.2019", "30.06.2021", "Lærling"])
    wb.save(src)
    home = tmp_path / "hjem"
    before = json.loads(run(home, "check", src, "--format", "json", "--year", "2021").stdout)
    assert before["summary"]["goal"]["ended"] == 1
    assert before["summary"]["goal"]["achieved"] == 0
    lists = tmp_path / "egne.json"
    lists.write_text(json.dumps({"name": "avslutningsarsak", "values": [
        {"code": "Lærling", "outcome": "education"}]}), encoding="utf-8")
    after = json.loads(run(home, "check", src, "--format", "json", "--year", "2021",
                           "--codelists", lists).stdout)
    assert after["summary"]["goal"]["education"] == 1
    assert after["summary"]["goal"]["achieved"] == 1
    assert "KODE001" not in [f["rule"] for f in after["findings"]]
