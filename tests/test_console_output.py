"""What the command line prints when its output goes to a file or a pipe (IT's scripts,
`nir-desktop fix … > endringer.txt`): UTF-8, whatever the system's code page, so «», æøå
and → arrive as written. Windows would otherwise use its ANSI code page (cp1252), which has
no "→" and printed "?" for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "resources" / "demo" / "nir-demo-2021.xlsx"


@pytest.fixture
def demo_path() -> Path:
    if not DEMO.is_file():
        pytest.skip("the demo export is missing (python -m nir_desktop.devtools.demo --demo)")
    return DEMO


@pytest.mark.slow
def test_redirected_fix_output_is_utf8_even_in_a_cp1252_environment(
        tmp_path: Path, demo_path: Path) -> None:
    env = dict(os.environ, NIR_KONTROLL_HOME=str(tmp_path / "home"),
               # What a Windows pipe gets by default (the embeddable Windows Python ignores
               # this variable and uses cp1252 anyway).
               PYTHONIOENCODING="cp1252")
    env.pop("PYTHONUTF8", None)
    proc = subprocess.run(
        [sys.executable, "-m", "nir_desktop", "fix", str(demo_path),
         "--output", str(tmp_path / "rettet.xlsx")],
        capture_output=True, env=env, cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    out = proc.stdout.decode("utf-8")  # strict: cp1252 bytes for «» would not decode
    changes = [line for line in out.splitlines() if line.startswith("  ")]
    assert changes, out
    assert all("» → «" in line for line in changes), changes
    assert "?" not in out
    assert out.splitlines()[0].endswith("automatiske rettinger:")
