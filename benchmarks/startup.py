"""Startup of the frozen NIR-kontroll against a bare PySide6 window, in the same run.

    .venv/bin/python benchmarks/startup.py                       # dist/NIR-kontroll/NIR-kontroll
    .venv/bin/python benchmarks/startup.py --repeats 7 --json
    .venv/bin/python benchmarks/startup.py --frozen path/to/NIR-kontroll

What is measured: wall time from just before the process is started until it writes READY
on stdout. The app writes READY when ``NIR_KONTROLL_STARTUP_PROBE=1`` is set, as soon as its
main window is shown and the event loop is idle (nir_desktop/gui/app.py); the baseline,
benchmarks/bare_window.py, does the same for an empty QMainWindow run by the venv's Python.
If the line reads ``READY <ms>`` with the child's ``time.monotonic()`` in milliseconds, that
moment is used instead of the moment the parent reads the line (same clock on Linux and
Windows). Runs alternate between the two programs so that drift hits both alike; one
unmeasured start of each warms the file cache first; the median is reported.

If the frozen app does not print READY (an older build), the time of a whole ``--self-test``
(open the demo, check it, show the first finding, quit) is measured instead and the result
says so in ``probe``.

This is a benchmark, not a test: it reports numbers and never fails on them.
``measure_startup`` is what benchmarks/bench.py may call.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PROBE_ENV = "NIR_KONTROLL_STARTUP_PROBE"
# On Windows the windowed NIR-kontroll.exe has no stdout to print READY on; the console
# nir-desktop.exe opens the same window when given no command, so it is measured there.
DEFAULT_FROZEN = REPO / "dist" / "NIR-kontroll" / (
    "nir-desktop.exe" if sys.platform == "win32" else "NIR-kontroll")

# Used only when benchmarks/bare_window.py is missing: the same program, inline.
_BARE_WINDOW = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
win = QMainWindow(); win.setCentralWidget(QLabel("bare")); win.resize(800, 600); win.show()
def ready():
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


def _as_command(cmd: str | os.PathLike[str] | Sequence[str]) -> list[str]:
    if isinstance(cmd, (str, os.PathLike)):
        return [os.fspath(cmd)]
    return [str(part) for part in cmd]


def _time_until_ready(cmd: list[str], env: dict[str, str], timeout: float) -> float | None:
    """Seconds until READY on stdout; None when the program ends or hangs without it."""
    found: list[tuple[float, str]] = []
    ready = threading.Event()

    def read(stream: IO[str]) -> None:
        for line in stream:
            if line.startswith("READY"):
                found.append((time.monotonic(), line))
                ready.set()
        ready.set()  # end of output without READY

    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True)
    assert proc.stdout is not None
    reader = threading.Thread(target=read, args=(proc.stdout,), daemon=True)
    reader.start()
    try:
        ready.wait(timeout)
        if not found:
            return None
        seen, line = found[0]
        parts = line.split()
        if len(parts) > 1:
            try:
                child_s = float(parts[1]) / 1000
            except ValueError:
                child_s = None
            # Trust the child's clock only when it plausibly is the same monotonic clock.
            if child_s is not None and start <= child_s <= seen:
                return child_s - start
        return seen - start
    finally:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        reader.join(timeout=5)


def _time_self_test(cmd: list[str], env: dict[str, str], timeout: float) -> float | None:
    """Seconds for a whole ``--self-test`` run that exits 0; None otherwise."""
    start = time.monotonic()
    try:
        result = subprocess.run([*cmd, "--self-test"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env, timeout=timeout,
                                check=False)
    except subprocess.TimeoutExpired:
        return None
    return time.monotonic() - start if result.returncode == 0 else None


def _summary(runs: list[float | None]) -> dict[str, object]:
    ok = [r for r in runs if r is not None]
    return {
        "runs_s": [None if r is None else round(r, 4) for r in runs],
        "median_s": round(statistics.median(ok), 4) if ok else None,
        "min_s": round(min(ok), 4) if ok else None,
        "failed_runs": len(runs) - len(ok),
    }


def measure_startup(
    cmd_frozen: str | os.PathLike[str] | Sequence[str] = DEFAULT_FROZEN,
    repeats: int = 5,
    *,
    baseline_cmd: Sequence[str] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60.0,
) -> dict[str, object]:
    """Median startup of the frozen app and of a bare PySide6 window, measured alternately.

    Returns ``{"frozen": {...}, "bare": {...}, "ratio": frozen/bare, "probe": "READY" or
    "self-test", "qpa": platform, "repeats": n, "method": text}``; each of ``frozen`` and
    ``bare`` holds ``runs_s``, ``median_s``, ``min_s``, ``failed_runs`` and ``cmd``.
    When the frozen executable does not exist, ``{"unavailable": reason}``.
    """
    frozen = _as_command(cmd_frozen)
    if not Path(frozen[0]).is_file():
        return {"unavailable": f"finner ikke {frozen[0]} (kjør bash build/build.sh)"}
    base_env = dict(os.environ if env is None else env)
    if not base_env.get("DISPLAY") and not base_env.get("WAYLAND_DISPLAY"):
        base_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    qpa = base_env.get("QT_QPA_PLATFORM", "default")

    scratch = Path(tempfile.mkdtemp(prefix="nir-startup-"))
    try:
        # A fresh data folder: no recent files, no session to recover, no dialog in the way.
        base_env["NIR_KONTROLL_HOME"] = str(scratch / "home")
        base_env[PROBE_ENV] = "1"
        if baseline_cmd is None:
            bare_script = HERE / "bare_window.py"
            if not bare_script.is_file():
                bare_script = scratch / "bare_window.py"
                bare_script.write_text(_BARE_WINDOW, encoding="utf-8")
            baseline = [sys.executable, str(bare_script)]
        else:
            baseline = list(baseline_cmd)

        # Warm-up, unmeasured; also tells whether the frozen app knows the READY probe.
        _time_until_ready(baseline, base_env, timeout)
        probe = "READY" if _time_until_ready(frozen, base_env, timeout) is not None \
            else "self-test"

        def run_frozen() -> float | None:
            if probe == "READY":
                return _time_until_ready(frozen, base_env, timeout)
            return _time_self_test(frozen, base_env, timeout)

        frozen_runs: list[float | None] = []
        bare_runs: list[float | None] = []
        for i in range(max(1, repeats)):
            # Alternate which goes first, so neither always follows the other.
            if i % 2 == 0:
                bare_runs.append(_time_until_ready(baseline, base_env, timeout))
                frozen_runs.append(run_frozen())
            else:
                frozen_runs.append(run_frozen())
                bare_runs.append(_time_until_ready(baseline, base_env, timeout))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    frozen_summary = {**_summary(frozen_runs), "cmd": frozen}
    bare_summary = {**_summary(bare_runs), "cmd": baseline}
    ratio = None
    if frozen_summary["median_s"] and bare_summary["median_s"]:
        ratio = round(float(frozen_summary["median_s"]) / float(bare_summary["median_s"]), 2)
    method = (
        "process start → READY on stdout (window shown, event loop idle)"
        if probe == "READY"
        else "process start → end of a successful --self-test (the app has no READY probe)"
    )
    return {
        "frozen": frozen_summary,
        "bare": bare_summary,
        "ratio": ratio,
        "probe": probe,
        "qpa": qpa,
        "repeats": max(1, repeats),
        "method": method,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Oppstartstid: frossen NIR-kontroll mot et "
                                                 "tomt PySide6-vindu, i samme kjøring.")
    parser.add_argument("--frozen", type=Path, default=DEFAULT_FROZEN,
                        help=f"den frosne programfilen (standard: {DEFAULT_FROZEN})")
    parser.add_argument("--repeats", type=int, default=5, help="antall målinger av hver")
    parser.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    args = parser.parse_args(argv)
    result = measure_startup(args.frozen, args.repeats)
    if args.json or "unavailable" in result:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0 if "unavailable" not in result else 2
    frozen, bare = result["frozen"], result["bare"]
    assert isinstance(frozen, dict) and isinstance(bare, dict)
    print(f"Oppstart ({result['method']}; QT_QPA_PLATFORM={result['qpa']}, "
          f"median av {result['repeats']}):")
    print(f"  frossen NIR-kontroll: {frozen['median_s']} s  {frozen['runs_s']}")
    print(f"  tomt PySide6-vindu:   {bare['median_s']} s  {bare['runs_s']}")
    print(f"  forhold: {result['ratio']}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
