"""`NIR-kontroll.exe --self-test` is what IT runs right after installing: it must leave the
user's settings, recent files and sessions exactly as they were (it once added the
bundled demo, inside the program folder, to the user's recent files)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_self_test_without_a_home_writes_nothing_to_the_users_folders(
        tmp_path: Path, demo_path: Path) -> None:
    user = tmp_path / "user"
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("NIR_KONTROLL_HOME",
                                                            "NIR_KONTROLL_PORTABLE")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        # The user's folders on Linux (XDG) and on Windows (platformdirs' overrides for
        # %APPDATA% and %LOCALAPPDATA%), and the temporary folder.
        XDG_CONFIG_HOME=str(user / "config"), XDG_DATA_HOME=str(user / "data"),
        XDG_STATE_HOME=str(user / "state"),
        WIN_PD_OVERRIDE_APPDATA=str(user / "Roaming"),
        WIN_PD_OVERRIDE_LOCAL_APPDATA=str(user / "Local"),
        TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp),
    )
    proc = subprocess.run([sys.executable, "-m", "nir_desktop", "--self-test"], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Selvtest OK" in proc.stdout
    written = sorted(p.relative_to(user).as_posix() for p in user.rglob("*") if p.is_file())
    # The command line's log file may be written; settings and sessions may not.
    assert [p for p in written if not p.endswith("nir-kontroll.log")] == []
    # The throwaway data folder is removed again.
    assert list(temp.iterdir()) == []
