"""The command line as a user runs it: exit codes, reports, fix, and no Qt on the way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.report import JsonReport

PY = sys.executable
REPO = Path(__file__).resolve().parents[1]

# Synthetic numbers only (month + 80).
FNR_A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
FNR_ZERO = make_synthetic(date(1991, 1, 5), 200, next_valid=True)  # starts with "0"
BAD_FNR = FNR_A[:-1] + str((int(FNR_A[-1]) + 1) % 10)  # wrong control digit

HEADERS = ["Fødselsnummer", "Navn", "Kommunenr", "Saksnummer", "Lov", "Vedtaksdato",
           "Programstart", "Gjennomføringsfrist", "Avslutningsdato", "Avslutningsårsak"]


def _person(fnr: str | int, saksnr: str, lov: str = "Introduksjonsloven",
            aarsak: str = "Arbeid heltid") -> list[object]:
    # Ended in 2019: outside the reporting year 2021, so only identity rules look at it.
    return [fnr, "Test Testesen", "0301", saksnr, lov, date(2017, 1, 2), date(2017, 1, 9),
            date(2019, 1, 8), date(2019, 1, 8), aarsak]


def _export(path: Path, rows: list[list[object]], year: int | None = 2021) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    if year is not None:
        wb.create_sheet("Info").append(["Rapporteringsår", year])
    wb.save(path)
    return path


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PY, "-m", "nir_desktop", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd or REPO, timeout=120,
                          env=_env())


_HOME = tempfile.mkdtemp(prefix="nir-kontroll-cli-")  # no saved profiles, no user data


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["NIR_KONTROLL_HOME"] = _HOME
    return env


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return _export(tmp_path / "ren.xlsx", [_person(FNR_A, "17/001")])


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    return _export(tmp_path / "feil.xlsx", [
        _person(BAD_FNR, "17/002"),
        _person(int(FNR_ZERO), "17/003", lov="introduksjonsloven", aarsak="  arbeid heltid "),
    ])


def test_exit_0_without_errors(clean: Path) -> None:
    res = run("check", clean, "--year", "2021")
    assert res.returncode == 0, res.stderr
    assert "Rapporteringsår: 2021" in res.stdout
    assert "Traceback" not in res.stderr


def test_exit_1_with_errors_and_the_report_names_the_place(broken: Path) -> None:
    res = run("check", broken)
    assert res.returncode == 1, res.stderr
    out = res.stdout
    assert out.index("Sammendrag") < out.index("Funn per regel")
    assert "ID001" in out and "Deltakere rad 2, kolonne A (Fødselsnummer)" in out
    assert BAD_FNR not in out and FNR_ZERO not in out  # masked by default


def test_exit_2_and_norwegian_message_for_an_unreadable_file(tmp_path: Path) -> None:
    bad = tmp_path / "ikke-et-regneark.xlsx"
    bad.write_bytes(b"PK\x03\x04 dette er ikke en gyldig zip")
    res = run("check", bad)
    assert res.returncode == 2
    assert "ikke-et-regneark.xlsx" in res.stderr
    assert "Kan ikke lese" in res.stderr
    assert "Traceback" not in res.stderr and res.stdout == ""
    missing = run("check", tmp_path / "borte.csv")
    assert missing.returncode == 2 and "borte.csv" in missing.stderr


def test_json_matches_the_schema(broken: Path) -> None:
    res = run("check", broken, "--format", "json")
    assert res.returncode == 1
    data = json.loads(res.stdout)
    assert set(data) == {"reporting_year", "complete", "findings", "summary", "not_checked",
                         "notes"}
    report = JsonReport.model_validate(data)
    assert data["complete"] is True
    assert report.reporting_year == 2021
    for f in data["findings"]:
        assert set(f) == {"rule", "severity", "sheet", "row", "column", "message",
                          "suggestion", "acknowledged"}
        assert f["acknowledged"] is None  # no session file: nothing acknowledged
        assert f["severity"] in ("error", "warning", "info")
    id001 = [f for f in data["findings"] if f["rule"] == "ID001"]
    assert id001 and id001[0]["row"] == 2 and id001[0]["column"] == "A"
    assert report.summary.total == len(report.findings)
    assert sum(c.total for c in report.summary.rules) == report.summary.total
    assert report.summary.errors + report.summary.warnings + report.summary.infos \
        == report.summary.total
    # Tiltak and Norsk are missing: the rules that need them are listed once, with reasons.
    assert report.not_checked and all(nc.message for nc in report.not_checked)


def test_year_option_overrides_the_files_year(clean: Path, tmp_path: Path) -> None:
    res = run("check", clean, "--format", "json", "--year", "2020")
    assert json.loads(res.stdout)["reporting_year"] == 2020
    res = run("check", clean, "--format", "json")
    assert json.loads(res.stdout)["reporting_year"] == 2021  # the Info sheet's year


def test_output_option_writes_the_report(broken: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.json"
    res = run("check", broken, "--format", "json", "--output", out)
    assert res.returncode == 1 and res.stdout == ""
    JsonReport.model_validate_json(out.read_text(encoding="utf-8"))


def test_fix_refuses_to_overwrite_the_original(broken: Path) -> None:
    before = broken.read_bytes()
    res = run("fix", broken, "--output", broken)
    assert res.returncode == 2
    assert "originalfilen" in res.stderr
    assert broken.read_bytes() == before


def test_fix_writes_the_suggestions_and_the_result_rechecks_clean(broken: Path,
                                                                   tmp_path: Path) -> None:
    before = broken.read_bytes()
    out = tmp_path / "feil_korrigert.xlsx"
    res = run("fix", broken, "--output", out)
    assert res.returncode == 0, res.stderr
    assert broken.read_bytes() == before
    assert "Deltakere rad 3, kolonne A (Fødselsnummer)" in res.stdout
    assert "[ID002]" in res.stdout and "[KODE002]" in res.stdout
    first = json.loads(run("check", broken, "--format", "json").stdout)
    second = json.loads(run("check", out, "--format", "json").stdout)
    fixable = {(f["rule"], f["row"], f["column"]) for f in first["findings"]
               if f["suggestion"] is not None}
    assert fixable
    left = {(f["rule"], f["row"], f["column"]) for f in second["findings"]}
    assert not fixable & left
    # What had no automatic fix is still reported.
    assert any(f["rule"] == "ID001" for f in second["findings"])
    wb = openpyxl.load_workbook(out)
    assert wb["Deltakere"]["A3"].value == FNR_ZERO
    assert wb["Deltakere"]["E3"].value == "Introduksjonsloven"


def test_version() -> None:
    res = run("--version")
    assert res.returncode == 0 and "NIR-kontroll" in res.stdout


def test_check_path_never_imports_qt(clean: Path) -> None:
    code = ("import sys\nfrom nir_desktop.cli import main\n"
            f"rc = main(['check', {str(clean)!r}])\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "sys.exit(rc)\n")
    res = subprocess.run([PY, "-c", code], capture_output=True, text=True, encoding="utf-8",
                         timeout=120, env=_env())
    assert res.returncode == 0, res.stderr


def test_usage_error_is_norwegian_and_exit_2(tmp_path: Path) -> None:
    res = run("fix", tmp_path / "x.xlsx")  # --output missing
    assert res.returncode == 2
    assert "disse må være med: --output" in res.stderr and "Traceback" not in res.stderr
    assert run("check", tmp_path / "x.xlsx", "--year", "tjueen").returncode == 2


def test_fix_keeps_a_csv_in_its_dialect(tmp_path: Path) -> None:
    src = tmp_path / "eksport.csv"
    lines = [";".join(HEADERS)]
    for row in (_person(FNR_A, "17/001"), _person(FNR_ZERO[1:], "17/003",
                                                  lov="introduksjonsloven")):
        lines.append(";".join(v.strftime("%d.%m.%Y") if isinstance(v, date) else str(v)
                              for v in row))
    original = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    src.write_bytes(original)
    out = tmp_path / "eksport_korrigert.csv"
    res = run("fix", src, "--output", out)
    assert res.returncode == 0, res.stderr
    written = out.read_bytes()
    old_lines, new_lines = original.split(b"\r\n"), written.split(b"\r\n")
    assert old_lines[:2] == new_lines[:2]  # header and the clean row, byte for byte
    assert new_lines[2].startswith(FNR_ZERO.encode()) and b"Introduksjonsloven" in new_lines[2]
    assert "Fødselsnummer".encode("cp1252") in written  # still Windows-1252
    assert src.read_bytes() == original


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nir_desktop.devtools.demo.demo2021 import write_demo

    path = tmp_path_factory.mktemp("demo") / "nir-demo-2021.xlsx"
    write_demo(path)
    return path


def test_demo_report_is_sensible(demo: Path) -> None:
    res = run("check", demo, "--year", "2021")
    assert res.returncode == 1  # the demo is built with errors
    out = res.stdout
    for heading in ("Sammendrag", "Måloppnåelse 2021 (forhåndsvisning, slik NIR vil ha det)",
                    "Funn per regel"):
        assert heading in out
    assert out.index("Sammendrag") < out.index("Måloppnåelse") < out.index("Funn per regel")
    data = json.loads(run("check", demo, "--year", "2021", "--format", "json").stdout)
    report = JsonReport.model_validate(data)
    goal = report.summary.goal
    assert goal is not None and goal.basis == goal.ended - goal.excluded
    assert {f.rule for f in report.findings} >= {"ID001", "ID002", "COV003"}


def test_profile_maps_an_unknown_header(tmp_path: Path) -> None:
    src = tmp_path / "annet-system.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Personident", "Saksnummer"])
    ws.append([BAD_FNR, "17/009"])
    wb.save(src)
    without = json.loads(run("check", src, "--format", "json", "--year", "2021").stdout)
    assert not any(f["rule"] == "ID001" for f in without["findings"])
    profile = tmp_path / "profil.json"
    profile.write_text(json.dumps({"name": "Fagsystem X", "columns": {
        "deltakere": {"Personident": "fodselsnummer"}}}), encoding="utf-8")
    res = run("check", src, "--format", "json", "--year", "2021", "--profile", profile)
    assert res.returncode == 1, res.stderr
    assert any(f["rule"] == "ID001" and f["column"] == "A"
               for f in json.loads(res.stdout)["findings"])
    broken = tmp_path / "ødelagt.json"
    broken.write_text("{ikke json", encoding="utf-8")
    res = run("check", src, "--profile", broken)
    assert res.returncode == 2 and "ødelagt.json" in res.stderr
    res = run("check", src, "--profile", "Finnes ikke")
    assert res.returncode == 2 and "Finnes ikke" in res.stderr


def test_english_report(broken: Path) -> None:
    res = run("check", broken, "--lang", "en")
    assert res.returncode == 1
    assert "Summary" in res.stdout and "Findings by rule" in res.stdout
    assert "Deltakere row 2, column A" in res.stdout


def test_no_command_opens_the_gui_with_the_file(monkeypatch: pytest.MonkeyPatch,
                                                clean: Path, tmp_path: Path) -> None:
    import types

    from nir_desktop import cli
    from nir_desktop.core.logging_setup import shutdown_logging

    monkeypatch.setenv("NIR_KONTROLL_HOME", str(tmp_path / "hjem"))
    monkeypatch.setattr(cli, "_setup_logging", lambda: None)

    calls: list[tuple[list[str], Path | None, bool]] = []
    fake = types.ModuleType("nir_desktop.gui.app")
    fake.run_gui = lambda argv, file, self_test: calls.append((argv, file, self_test)) or 0
    monkeypatch.setitem(sys.modules, "nir_desktop.gui.app", fake)
    assert cli.main([str(clean)]) == 0
    assert cli.main(["--self-test"]) == 0
    assert cli.main([]) == 0
    assert [(c[1], c[2]) for c in calls] == [(clean, False), (None, True), (None, False)]
    assert cli.main([str(clean.parent / "borte.xlsx")]) == 2  # a missing file: message
    shutdown_logging()


def test_documented_json_fields_match_the_model() -> None:
    from nir_desktop.core.report import JsonFinding, JsonNotChecked

    doc = (REPO / "docs" / "command-line.md").read_text(encoding="utf-8")
    for model in (JsonReport, JsonFinding, JsonNotChecked):
        for name in model.model_fields:
            assert f'"{name}"' in doc, f"{model.__name__}.{name} is not documented"


def test_saved_profile_for_the_same_headers_is_reused(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from nir_desktop.core import paths
    from nir_desktop.core.fields import SheetKind
    from nir_desktop.core.mapping import MappingProfile, ProfileStore, headers_signature
    from nir_desktop.core.readers import read_workbook

    src = tmp_path / "annet-system.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Personident", "Saksnummer"])
    ws.append([BAD_FNR, "17/009"])
    wb.save(src)
    home = tmp_path / "hjem"
    monkeypatch.setenv("NIR_KONTROLL_HOME", str(home))
    ProfileStore(paths.profiles_dir()).save(MappingProfile(
        name="Fagsystem X", headers_signature=headers_signature(read_workbook(src)),
        columns={SheetKind.DELTAKERE: {"Personident": "fodselsnummer"}}))
    res = subprocess.run([PY, "-m", "nir_desktop", "check", str(src), "--format", "json"],
                         capture_output=True, text=True, encoding="utf-8", timeout=120,
                         env={**_env(), "NIR_KONTROLL_HOME": str(home)})
    assert res.returncode == 1, res.stderr
    assert "Fagsystem X" in res.stderr
    assert any(f["rule"] == "ID001" for f in json.loads(res.stdout)["findings"])


@pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                    reason="only POSIX file systems of bytes allow a name that is not UTF-8")
def test_file_names_with_a_byte_that_is_not_utf8(tmp_path: Path) -> None:
    # The review's case: such a name made `check --output` fail with UnicodeEncodeError
    # (exit 3), and calamine could not open an .xlsx by such a name at all.
    folder = os.fsencode(tmp_path)
    csv_in = folder + b"/eksport-\xff.csv"
    with open(csv_in, "wb") as f:
        f.write(f"Fødselsnummer;Navn\n{BAD_FNR};Kari\n".encode())
    xlsx_in = folder + b"/eksport-\xfe.xlsx"
    _export(Path(os.fsdecode(xlsx_in)), [_person(BAD_FNR, "17/1")])
    env = _env()
    for args, code in (([b"check", csv_in, b"--output", folder + b"/rapport-\xff.txt"], 1),
                       ([b"check", csv_in, b"--format", b"json"], 1),
                       ([b"check", xlsx_in], 1),
                       ([b"fix", csv_in, b"--output", folder + b"/rettet-\xff.csv"], 0)):
        res = subprocess.run([os.fsencode(PY), b"-m", b"nir_desktop", *args],
                             capture_output=True, cwd=REPO, env=env, timeout=120)
        assert res.returncode == code, (args, res.stderr.decode("utf-8", "replace"))
    report = (folder + b"/rapport-\xff.txt").decode("utf-8", "surrogateescape")
    assert "Fil: eksport-\ufffd.csv" in Path(report).read_text(encoding="utf-8")
