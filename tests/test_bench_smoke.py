"""The benchmark script runs and reports every step — figures or the reason it has none.

No timing is asserted: benchmarks measure speed, tests don't.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks" / "bench.py"
STEPS = {"open_check", "check", "read", "edit", "edit_first", "edit_worst", "edit_window",
         "open_window", "export", "memory", "compare",
         "startup_source", "startup_frozen", "csv_check", "csv_memory"}


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NIR_KONTROLL_HOME=str(tmp_path))
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=REPO, timeout=300)


@pytest.fixture(scope="module")
def small_report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    proc = _run("--rows", "400", "--repeat", "1", "--json",
                tmp_path=tmp_path_factory.mktemp("home"))
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_every_step_has_figures_or_a_reason(small_report: dict) -> None:
    assert set(small_report["steps"]) == STEPS
    for key, step in small_report["steps"].items():
        if "unavailable" in step:
            assert step["unavailable"].strip(), key
            continue
        assert step["runs"], key
        assert step["median"] is not None and step["median"] > 0, key
        if step["baseline"]:
            assert step["baseline_runs"], key
            paired = sorted(m / b for m, b in zip(step["runs"], step["baseline_runs"],
                                                  strict=True))
            assert step["ratio"] == pytest.approx(paired[len(paired) // 2])
            assert small_report["ratios"][key] == step["ratio"]


def test_report_names_the_machine_and_the_size(small_report: dict) -> None:
    assert small_report["rows"] == 400
    assert small_report["repeat"] == 1
    assert small_report["machine"]["nproc"] >= 1
    assert small_report["machine"]["python"].startswith("3.")
    assert small_report["file_bytes"] > 0
    oc = small_report["steps"]["open_check"]
    if "unavailable" not in oc:
        # Info sheet rows come on top of the 400 generated data rows.
        assert oc["details"]["rows"] >= 400


def test_missing_file_makes_every_step_unavailable_not_a_crash(tmp_path: Path) -> None:
    proc = _run("--file", str(tmp_path / "finnes-ikke.xlsx"), "--repeat", "1", "--json",
                tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    assert set(report["steps"]) == STEPS
    for step in report["steps"].values():
        assert "finnes-ikke.xlsx" in step["unavailable"]


def test_table_lists_every_step(tmp_path: Path) -> None:
    proc = _run("--file", str(tmp_path / "mangler.xlsx"), "--repeat", "1", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    for label in ("Åpne + kontrollere", "Redigering → markering", "Eksport av rettet fil",
                  "Toppminne åpne + kontroll", "Oppstart fra kildekode"):
        row = next(ln for ln in lines if ln.startswith(label))
        assert "ikke tilgjengelig" in row


def test_a_saved_report_renders_as_markdown(small_report: dict, tmp_path: Path) -> None:
    saved = tmp_path / "rapport.json"
    saved.write_text(json.dumps(small_report, ensure_ascii=False), encoding="utf-8")
    proc = _run("--render", str(saved), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = [ln for ln in proc.stdout.splitlines() if ln.startswith("| ")]
    # A header and one row per step.
    assert len(rows) == 1 + len(STEPS)
    for step in small_report["steps"].values():
        assert any(ln.startswith(f"| {step['label']} |") for ln in rows)
