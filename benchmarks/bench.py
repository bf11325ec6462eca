"""NIR-kontroll benchmarks: each step against a baseline measured in the same run.

    python benchmarks/bench.py [--rows N] [--repeat K] [--json]

Generates one workbook with the demo generator (default 100,000 rows over Deltakere, Tiltak
and Norsk) in a temporary folder, then measures, K times each and interleaved (so a change
in the machine's load hits step and baseline alike), every run in its own child process:

* open + check (read_workbook + check) vs python-calamine's raw read of every sheet;
* the check alone and the read alone (parts of the same runs) vs the raw read;
* one cell edit in the GUI table model → dataChanged of the cell's new finding (ms);
* export of the corrected workbook (apply_edits with every automatic fix suggestion,
  topped up to 100 edits) vs the raw read;
* peak memory (ru_maxrss of the child process: the whole process, interpreter included)
  of open + check vs the raw read;
* comparing two files (``compare``, 50,000 persons on each side by default: see
  bench_compare.py) vs reading both files with read_workbook in the same process;
* app start to a shown, idle window (NIR_KONTROLL_STARTUP_PROBE=1 → READY) vs a bare
  PySide6 window, from source and from the frozen bundle in dist/ if there is one;
* a 1M-row CSV (--csv-rows): open + check, and its peak memory, vs the standard library's
  csv.reader reading the same file into a list.

Prints a table of medians; with --json one JSON object with every step (figures or the
reason it is unavailable). Benchmarks are not tests: nothing here fails on a slow result.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
STEPS_SCRIPT = HERE / "bench_steps.py"
COMPARE_SCRIPT = HERE / "bench_compare.py"
BARE_WINDOW = HERE / "bare_window.py"
PROBE_ENV = "NIR_KONTROLL_STARTUP_PROBE"
CHILD_TIMEOUT = 900.0
STARTUP_TIMEOUT = 60.0


@dataclass
class Step:
    key: str
    label: str  # Norwegian, as printed
    unit: str  # "s", "ms" or "MB"
    target: float | None  # max ratio, or max absolute value when baseline is None
    target_text: str
    runs: list[float] = field(default_factory=list)
    baseline_runs: list[float] = field(default_factory=list)
    baseline_label: str = ""
    unavailable: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float | None:
        return statistics.median(self.runs) if self.runs else None

    @property
    def baseline_median(self) -> float | None:
        return statistics.median(self.baseline_runs) if self.baseline_runs else None

    @property
    def paired(self) -> list[float]:
        """Step / baseline per round: both ran back to back, under the same load."""
        if len(self.runs) != len(self.baseline_runs):
            return []
        return [m / b for m, b in zip(self.runs, self.baseline_runs, strict=True) if b > 0]

    @property
    def ratio(self) -> float | None:
        # The median of the per-round ratios: on a machine shared with others the load
        # changes between rounds, and a ratio taken within one round cancels most of it.
        if self.paired:
            return statistics.median(self.paired)
        return self.ratio_of_medians

    @property
    def ratio_of_medians(self) -> float | None:
        m, b = self.median, self.baseline_median
        if m is None or b is None or b <= 0:
            return None
        return m / b

    @property
    def met(self) -> bool | None:
        if self.unavailable or self.target is None:
            return None
        if self.baseline_label:
            r = self.ratio
            return None if r is None else r <= self.target
        m = self.median
        return None if m is None else m <= self.target

    def to_json(self) -> dict[str, Any]:
        if self.unavailable:
            return {"label": self.label, "unavailable": self.unavailable,
                    "target": self.target_text}
        return {"label": self.label, "unit": self.unit, "median": self.median,
                "baseline": self.baseline_label or None,
                "baseline_median": self.baseline_median, "ratio": self.ratio,
                "ratio_of_medians": self.ratio_of_medians, "paired_ratios": self.paired,
                "target": self.target_text, "met": self.met, "runs": self.runs,
                "baseline_runs": self.baseline_runs, "details": self.details}


# --- child processes ------------------------------------------------------------------------


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The app and the measured code must not touch the user's own settings and logs.
    env["NIR_KONTROLL_HOME"] = str(home)
    return env


def run_step(step: str, path: Path, env: dict[str, str], *args: str,
             script: Path = STEPS_SCRIPT) -> dict[str, Any]:
    """Run one measurement in a fresh process; its last stdout line is a JSON object."""
    cmd = [sys.executable, str(script), step, str(path), *args]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=CHILD_TIMEOUT,
                              env=env, cwd=REPO)
    except subprocess.TimeoutExpired:
        return {"unavailable": f"tok mer enn {CHILD_TIMEOUT:.0f} s"}
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    try:
        return json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        tail = (proc.stderr.strip().splitlines() or ["ingen utskrift"])[-1]
        return {"unavailable": f"målingen krasjet (kode {proc.returncode}): {tail[:300]}"}


def time_until_ready(cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Seconds from starting ``cmd`` to its READY line on stdout (a shown, idle window)."""
    t0 = time.perf_counter()
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, text=True, env=env, cwd=REPO)
    except OSError as e:
        return {"unavailable": f"kunne ikke starte {cmd[0]}: {e}"}
    ready_at: float | None = None
    try:
        assert proc.stdout is not None
        deadline = t0 + STARTUP_TIMEOUT
        # readline blocks; the child exits (or is killed below) so this ends.
        import selectors

        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        while time.perf_counter() < deadline:
            if not sel.select(timeout=max(0.0, deadline - time.perf_counter())):
                break
            line = proc.stdout.readline()
            if not line:
                break
            if line.strip() == "READY":
                ready_at = time.perf_counter()
                break
        sel.close()
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        err = proc.stderr.read() if proc.stderr else ""
        for pipe in (proc.stdout, proc.stderr):
            if pipe:
                pipe.close()
    if ready_at is None:
        last = (err.strip().splitlines() or [""])[-1][:200]
        if proc.returncode not in (None, 0) and time.perf_counter() < t0 + STARTUP_TIMEOUT:
            why = f"avsluttet med kode {proc.returncode} uten READY"
        else:
            why = f"skrev ikke READY innen {STARTUP_TIMEOUT:.0f} s (oppstartsproben mangler?)"
        return {"unavailable": f"{why}: {last}" if last else why}
    return {"seconds": ready_at - t0}


def frozen_executable() -> Path | None:
    """The GUI executable of a one-folder bundle in dist/, if the build made one."""
    dist = REPO / "dist"
    if not dist.is_dir():
        return None
    for name in ("nir-kontroll", "NIR-kontroll", "nir_kontroll"):
        for cand in (dist / name / name, dist / "nir-kontroll" / name):
            if cand.is_file() and os.access(cand, os.X_OK):
                return cand
    for cand in sorted(dist.glob("*/*")):
        if cand.is_file() and os.access(cand, os.X_OK) and "kontroll" in cand.name.lower() \
                and "cli" not in cand.name.lower():
            return cand
    return None


def app_startup_command() -> tuple[list[str] | None, str]:
    """How to start the app from source, or why it can't be."""
    if not (REPO / "nir_desktop" / "__main__.py").is_file():
        return None, "nir_desktop/__main__.py finnes ikke ennå"
    return [sys.executable, "-m", "nir_desktop"], ""


def packaging_measure_startup() -> Callable[..., Any] | None:
    """packaging's benchmarks/startup.py, when it has landed."""
    if not (HERE / "startup.py").is_file():
        return None
    sys.path.insert(0, str(HERE))
    try:
        from startup import measure_startup  # type: ignore[import-not-found]
    except Exception:
        return None
    finally:
        sys.path.remove(str(HERE))
    return measure_startup


# --- the run --------------------------------------------------------------------------------


def make_steps(csv_rows: int = 1_000_000) -> dict[str, Step]:
    csv_label = rows_label(csv_rows)
    raw = "rå lesing (calamine)"
    bare = "tomt PySide6-vindu"
    steps = [
        Step("open_check", "Åpne + kontrollere", "s", 2.0, "≤ 2×", baseline_label=raw),
        Step("check", "Kontroll alene", "s", None, "—", baseline_label=raw),
        Step("read", "Lesing (read_workbook)", "s", None, "—", baseline_label=raw),
        Step("edit", "Redigering → markering", "ms", 50.0, "≤ 50 ms"),
        Step("edit_first", "Første redigering → markering", "ms", 50.0, "≤ 50 ms"),
        Step("edit_worst", "Tregeste redigering → markering", "ms", 50.0, "≤ 50 ms"),
        Step("edit_window", "Redigering i vinduet → tegnet", "ms", 50.0, "≤ 50 ms"),
        Step("open_window", "Åpne i vinduet (lese, kontroll, tabeller)", "s", None, "—",
             baseline_label=raw),
        Step("export", "Eksport av rettet fil", "s", 3.0, "≤ 3×", baseline_label=raw),
        Step("memory", "Toppminne åpne + kontroll", "MB", 2.5, "≤ 2,5×",
             baseline_label="toppminne rå lesing"),
        Step("compare", "Sammenligne to filer", "s", 2.0, "≤ 2×",
             baseline_label="lesing av begge filene"),
        Step("startup_source", "Oppstart fra kildekode", "s", 2.0, "≤ 2×",
             baseline_label=bare),
        Step("startup_frozen", "Oppstart, frossen bunt", "s", 2.0, "≤ 2×",
             baseline_label=bare),
        Step("csv_check", f"CSV {csv_label}: åpne + kontrollere", "s", CSV_TIME_TARGET,
             f"≤ {CSV_TIME_TARGET:g}×", baseline_label="rå CSV-lesing (csv.reader)"),
        Step("csv_memory", f"CSV {csv_label}: toppminne", "MB", CSV_MEMORY_TARGET,
             f"≤ {CSV_MEMORY_TARGET:g}×".replace(".", ","),
             baseline_label="toppminne rå CSV-lesing"),
    ]
    return {s.key: s for s in steps}


# See benchmarks/README.md (1M-row CSV) for why these two.
CSV_TIME_TARGET = 4.0
CSV_MEMORY_TARGET = 1.5
CSV_ROWS = 1_000_000


def csv_rows_for(rows: int, csv_rows: int | None) -> int:
    """1M rows for a full run; a smoke run (--rows under 100,000) gets 10 × its rows."""
    if csv_rows is not None:
        return csv_rows
    return CSV_ROWS if rows >= 100_000 else 10 * rows


def rows_label(n: int) -> str:
    return f"{n // 1_000_000}M rader" if n % 1_000_000 == 0 else f"{n:,} rader".replace(",", " ")


def measure_csv(path: Path, rows: int, repeat: int, env: dict[str, str],
                steps: dict[str, Step], log: Callable[[str], None]) -> None:
    """Make the CSV once, then raw read and open + check in each round, back to back."""
    made = run_step("make_csv", path, env, "--rows", str(rows))
    if "unavailable" in made:
        for k in ("csv_check", "csv_memory"):
            steps[k].unavailable = f"CSV-filen kunne ikke lages: {made['unavailable']}"
        return
    for k in ("csv_check", "csv_memory"):
        steps[k].details.update({"rows": rows, "bytes": made.get("bytes")})
    for i in range(repeat):
        log(f"CSV {rows} rader, runde {i + 1}/{repeat}")
        raw = run_step("csv_raw", path, env)
        if "unavailable" in raw:
            for k in ("csv_check", "csv_memory"):
                steps[k].unavailable = f"grunnlinjen feilet: {raw['unavailable']}"
            return
        oc = run_step("csv_check", path, env)
        _take(steps["csv_check"], oc)
        _take(steps["csv_memory"], oc, "maxrss_mb")
        _baseline(steps["csv_check"], raw.get("seconds"))
        _baseline(steps["csv_memory"], raw.get("maxrss_mb"))
        if "unavailable" not in oc:
            steps["csv_check"].details.setdefault("read_seconds", []).append(
                round(oc["read_seconds"], 2))
            steps["csv_check"].details.setdefault("check_seconds", []).append(
                round(oc["check_seconds"], 2))
            steps["csv_check"].details["findings"] = oc.get("findings")


def generate(rows: int, out: Path, env: dict[str, str]) -> tuple[float, str | None]:
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "nir_desktop.devtools.demo", "--rows",
                               str(rows), str(out)], capture_output=True, text=True,
                              env=env, cwd=REPO, timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return 0.0, "generatoren brukte for lang tid"
    if proc.returncode != 0 or not out.is_file():
        tail = (proc.stderr.strip().splitlines() or ["ingen feilmelding"])[-1]
        return 0.0, f"generatoren feilet: {tail[:300]}"
    return time.perf_counter() - t0, None


def _take(step: Step, res: dict[str, Any], key: str = "seconds", scale: float = 1.0) -> None:
    if "unavailable" in res:
        step.unavailable = step.unavailable or res["unavailable"]
        return
    value = res.get(key)
    if value is None:
        step.unavailable = step.unavailable or f"målingen ga ikke {key}"
        return
    step.runs.append(value * scale)


def _baseline(step: Step, value: float | None) -> None:
    if value is not None:
        step.baseline_runs.append(value)


def measure(path: Path, repeat: int, env: dict[str, str], steps: dict[str, Step],
            log: Callable[[str], None], only: set[str] | None, edits: int = 5,
            compare_pair: tuple[Path, Path] | None = None) -> None:
    def want(k: str) -> bool:
        return only is None or k in only

    app_cmd, app_why = app_startup_command()
    frozen = frozen_executable()
    if not app_cmd:
        steps["startup_source"].unavailable = app_why
    if frozen is None:
        steps["startup_frozen"].unavailable = "ingen frossen bunt i dist/ (kjør build/build.sh)"
    else:
        steps["startup_frozen"].details["executable"] = str(frozen.relative_to(REPO))
    ext = packaging_measure_startup()
    method = ("fra start av prosessen til READY på stdout (vinduet vist og hendelsesløkken "
              "ledig), QT_QPA_PLATFORM=" + env.get("QT_QPA_PLATFORM", ""))
    for k in ("startup_source", "startup_frozen"):
        steps[k].details["method"] = method
        steps[k].details["measured_by"] = ("benchmarks/startup.py measure_startup"
                                           if ext is not None else "bench.py")
    if ext is None and (want("startup_source") or want("startup_frozen")):
        # One unmeasured start of each: compiles missing .pyc files and fills the OS file
        # cache, which a user's second start of the day also has.
        time_until_ready([sys.executable, str(BARE_WINDOW)], env)
        if app_cmd:
            time_until_ready(app_cmd, dict(env, **{PROBE_ENV: "1"}))
        if frozen is not None:
            time_until_ready([str(frozen)], dict(env, **{PROBE_ENV: "1"}))
    for i in range(repeat):
        log(f"runde {i + 1}/{repeat}")
        need_raw = any(want(k) for k in ("open_check", "check", "read", "memory", "export",
                                          "edit_window"))
        raw = run_step("raw", path, env) if need_raw else {}
        raw_s = raw.get("seconds")
        raw_mb = raw.get("maxrss_mb")
        if "unavailable" in raw:
            for k in ("open_check", "check", "read", "export", "memory"):
                steps[k].unavailable = f"grunnlinjen feilet: {raw['unavailable']}"
        if want("open_check") or want("memory") or want("check"):
            oc = run_step("open_check", path, env)
            _take(steps["open_check"], oc)
            _take(steps["check"], oc, "check_seconds")
            _take(steps["read"], oc, "read_seconds")
            _take(steps["memory"], oc, "maxrss_mb")
            for k in ("open_check", "check", "read"):
                _baseline(steps[k], raw_s)
            _baseline(steps["memory"], raw_mb)
            if "unavailable" not in oc:
                steps["open_check"].details.update(
                    {k: oc[k] for k in ("rows", "findings", "year") if k in oc})
                steps["memory"].details.setdefault("rss_before_mb", []).append(
                    round(oc.get("rss_before_mb", 0.0), 1))
                steps["memory"].details.setdefault("baseline_rss_before_mb", []).append(
                    round(raw.get("rss_before_mb", 0.0), 1))
        if want("export"):
            ex = run_step("export", path, env)
            _take(steps["export"], ex)
            _baseline(steps["export"], raw_s)
            if "unavailable" not in ex:
                steps["export"].details.update(
                    {k: ex[k] for k in ("edits", "suggested_edits", "cells_written",
                                        "bytes_written") if k in ex})
        if want("edit"):
            ed = run_step("edit", path, env, "--edits", str(edits))
            _take(steps["edit"], ed, scale=1000.0)
            _take(steps["edit_first"], ed, "first_seconds", scale=1000.0)
            _take(steps["edit_worst"], ed, "max_seconds", scale=1000.0)
            if "unavailable" not in ed:
                steps["edit"].details.update(
                    {"edits_per_run": ed.get("edits_timed"),
                     "highlighted": ed.get("highlighted"), "tries": ed.get("tries")})
                steps["edit"].details.setdefault("max_ms", []).append(
                    round(1000 * (ed.get("max_seconds") or 0.0), 1))
        if want("edit_window"):
            ew = run_step("edit_window", path, env, "--edits", str(edits))
            _take(steps["edit_window"], ew, scale=1000.0)
            _take(steps["open_window"], ew, "open_in_window_seconds")
            _baseline(steps["open_window"], raw_s)
            if "unavailable" not in ew:
                steps["edit_window"].details.setdefault("to_datachanged_ms", []).append(
                    round(1000 * (ew.get("to_signal_median_seconds") or 0.0), 1))
                steps["edit_window"].details.setdefault("max_ms", []).append(
                    round(1000 * (ew.get("max_seconds") or 0.0), 1))
        if want("compare") and compare_pair is not None:
            _measure_compare(steps["compare"], compare_pair, env)
        if ext is None and (want("startup_source") or want("startup_frozen")):
            bare = time_until_ready([sys.executable, str(BARE_WINDOW)], env)
            bare_s = bare.get("seconds")
            if "unavailable" in bare:
                for k in ("startup_source", "startup_frozen"):
                    steps[k].unavailable = f"grunnlinjen feilet: {bare['unavailable']}"
            if app_cmd and want("startup_source"):
                env_app = dict(env, **{PROBE_ENV: "1"})
                _take(steps["startup_source"], time_until_ready(app_cmd, env_app))
                _baseline(steps["startup_source"], bare_s)
            if frozen is not None and want("startup_frozen"):
                env_app = dict(env, **{PROBE_ENV: "1"})
                _take(steps["startup_frozen"], time_until_ready([str(frozen)], env_app))
                _baseline(steps["startup_frozen"], bare_s)
    if ext is not None:
        log("oppstart (benchmarks/startup.py)")
        for key, cmd in (("startup_source", app_cmd), ("startup_frozen",
                                                       [str(frozen)] if frozen else None)):
            if cmd is None or not want(key) or steps[key].unavailable:
                continue
            _take_startup(steps[key], ext, cmd, repeat, env)
    worst = steps["edit_worst"]
    if worst.runs:
        # The worst edit of all rounds, not a median of per-round worsts.
        worst.runs = [max(worst.runs)] * len(worst.runs)
    for k, s in steps.items():
        if not want(k) and not s.runs and not s.unavailable:
            s.unavailable = "ikke valgt (--only)"


def _measure_compare(step: Step, pair: tuple[Path, Path], env: dict[str, str]) -> None:
    """compare_workbooks vs reading both files, timed in one child (bench_compare.py)."""
    res = run_step("measure", pair[0], env, str(pair[1]), script=COMPARE_SCRIPT)
    _take(step, res)
    if "unavailable" not in res:
        _baseline(step, res.get("read_seconds"))
        step.details.update({k: res[k] for k in ("persons_a", "persons_b", "only_in_a",
                                                 "only_in_b", "differences", "rows")
                             if k in res})


def _take_startup(step: Step, measure_startup: Callable[..., Any], cmd: list[str],
                  repeat: int, env: dict[str, str]) -> None:
    """Startup via packaging's measure_startup (it alternates app and bare window)."""
    try:
        res = measure_startup(cmd, repeat, env=env, timeout=STARTUP_TIMEOUT)
    except Exception as e:  # their code, our report: a reason, not a traceback
        step.unavailable = f"measure_startup feilet: {type(e).__name__}: {e}"
        return
    if "unavailable" in res:
        step.unavailable = str(res["unavailable"])
        return
    if res.get("probe") != "READY":
        step.unavailable = ("appen skrev ikke READY (oppstartsproben mangler); "
                            "measure_startup målte en hel --self-test i stedet")
        return
    app_runs, bare_runs = res["frozen"]["runs_s"], res["bare"]["runs_s"]
    for a, b in zip(app_runs, bare_runs, strict=False):
        if a is not None and b is not None:
            step.runs.append(a)
            step.baseline_runs.append(b)
    if not step.runs:
        step.unavailable = "ingen vellykket oppstart (READY kom aldri)"
    step.details["qpa"] = res.get("qpa")


# --- output ---------------------------------------------------------------------------------


def _load_average() -> tuple[float, float, float]:
    """The 1/5/15-minute load; Windows has none, and reports (0, 0, 0)."""
    getloadavg = getattr(os, "getloadavg", None)
    return getloadavg() if getloadavg is not None else (0.0, 0.0, 0.0)


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform()}


def _fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "—"
    if unit == "ms":
        return f"{v:.1f} ms"
    if unit == "MB":
        return f"{v:.0f} MB"
    return f"{v:.2f} s"


def table(steps: dict[str, Step]) -> str:
    head = ("Steg", "Median", "Grunnlinje", "Forhold", "Mål", "Nådd?")
    rows: list[tuple[str, ...]] = []
    for s in steps.values():
        if s.unavailable:
            rows.append((s.label, "ikke tilgjengelig", "", "", s.target_text, s.unavailable))
            continue
        ratio = f"{s.ratio:.2f}×" if s.ratio is not None else "—"
        met = {True: "ja", False: "NEI", None: "—"}[s.met]
        base = _fmt(s.baseline_median, s.unit) if s.baseline_label else "—"
        rows.append((s.label, _fmt(s.median, s.unit), base, ratio, s.target_text, met))
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(5)]
    out = []
    for r in (head, *rows):
        cells = [r[i].ljust(widths[i]) for i in range(5)]
        out.append("  ".join(cells) + "  " + r[5])
    return "\n".join(out)


def markdown(report: dict[str, Any]) -> str:
    """The report as a Markdown table (for benchmarks/README.md)."""
    units = {"s": lambda v: f"{v:.2f} s", "ms": lambda v: f"{v:.1f} ms",
             "MB": lambda v: f"{v:.0f} MB"}
    lines = ["| Steg | Median | Grunnlinje (median) | Forhold | Mål | Nådd? |",
             "|---|---|---|---|---|---|"]
    for s in report["steps"].values():
        if "unavailable" in s:
            lines.append(f"| {s['label']} | ikke tilgjengelig | | | {s['target']} | "
                         f"{s['unavailable']} |")
            continue
        fmt = units[s["unit"]]
        base = f"{fmt(s['baseline_median'])} ({s['baseline']})" if s["baseline"] else "—"
        ratio = f"{s['ratio']:.2f}×" if s["ratio"] is not None else "—"
        met = {True: "ja", False: "**nei**", None: "—"}[s["met"]]
        lines.append(f"| {s['label']} | {fmt(s['median'])} | {base} | {ratio} | "
                     f"{s['target']} | {met} |")
    return "\n".join(lines)


def _compare_pair(args: argparse.Namespace, path: Path, tmpdir: Path, env: dict[str, str],
                  step: Step, log: Callable[[str], None]) -> tuple[Path, Path] | None:
    """The two files the comparison step reads: a generated pair, or --file against itself."""
    if args.file:
        step.details["pair"] = "--file mot seg selv"
        return path, path
    persons = args.compare_persons or min(50_000, max(1, args.rows // 2))
    log(f"lager to filer med {persons} personer hver til sammenligningen")
    res = run_step("pair", tmpdir / "compare", env, "--persons", str(persons),
                   script=COMPARE_SCRIPT)
    if "unavailable" in res:
        step.unavailable = f"filparet kunne ikke lages: {res['unavailable']}"
        return None
    step.details["pair"] = res
    return tmpdir / "compare" / "a.xlsx", tmpdir / "compare" / "b.xlsx"


def main(argv: list[str] | None = None) -> int:
    # A report sent to a file or a pipe is UTF-8 ("≤", "—"), not Windows' cp1252.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8", errors="replace")
    ap = argparse.ArgumentParser(
        description="Mål NIR-kontroll mot grunnlinjer målt i samme kjøring.")
    ap.add_argument("--rows", type=int, default=100_000,
                    help="rader i alt over Deltakere, Tiltak og Norsk (standard 100000)")
    ap.add_argument("--repeat", type=int, default=5, help="antall runder (medianer; standard 5)")
    ap.add_argument("--json", action="store_true", help="skriv ett JSON-objekt til stdout")
    ap.add_argument("--file", type=Path, help="mål en eksisterende fil i stedet for å lage en")
    ap.add_argument("--only", help="kommaseparerte steg (f.eks. open_check,export)")
    ap.add_argument("--edits", type=int, default=5,
                    help="rader per redigeringsrunde (to redigeringer per rad; standard 5)")
    ap.add_argument("--compare-persons", type=int, metavar="N",
                    help="personer i hver fil i sammenligningen (standard: 50000, eller "
                         "halvparten av --rows når den er mindre)")
    ap.add_argument("--markdown", action="store_true", help="skriv tabellen som Markdown")
    ap.add_argument("--csv-rows", type=int, default=None,
                    help="rader i CSV-målingen (standard 1000000; 10 × --rows når --rows er "
                         "under 100000; 0 = ikke mål CSV)")
    ap.add_argument("--csv-repeat", type=int, default=None,
                    help="runder i CSV-målingen (standard: som --repeat, høyst 3)")
    ap.add_argument("--render", type=Path, metavar="JSON",
                    help="ikke mål: skriv tabellen fra en lagret --json-rapport som Markdown")
    args = ap.parse_args(argv)
    if args.render:
        print(markdown(json.loads(args.render.read_text(encoding="utf-8"))))
        return 0
    if args.rows < 1 or args.repeat < 1:
        ap.error("--rows og --repeat må være minst 1")

    def log(msg: str) -> None:
        print(f"[bench] {msg}", file=sys.stderr, flush=True)

    csv_rows = csv_rows_for(args.rows, args.csv_rows)
    steps = make_steps(csv_rows or CSV_ROWS)
    only = set(args.only.split(",")) if args.only else None
    load_before = _load_average()
    started = datetime.now(UTC)
    gen_seconds: float | None = None
    with tempfile.TemporaryDirectory(prefix="nir-bench-") as tmp:
        tmpdir = Path(tmp)
        env = _child_env(tmpdir / "home")
        if args.file:
            path = args.file.resolve()
            error = None if path.is_file() else f"finner ikke {path}"
        else:
            path = tmpdir / f"nir-{args.rows}.xlsx"
            log(f"lager arbeidsbok med {args.rows} rader")
            gen_seconds, error = generate(args.rows, path, env)
        pair: tuple[Path, Path] | None = None
        if not error and (only is None or "compare" in only):
            pair = _compare_pair(args, path, tmpdir, env, steps["compare"], log)
        if error:
            for s in steps.values():
                s.unavailable = error
        else:
            measure(path, args.repeat, env, steps, log, only, edits=max(1, args.edits),
                    compare_pair=pair)
            if csv_rows and (only is None or {"csv_check", "csv_memory"} & only):
                measure_csv(tmpdir / f"nir-{csv_rows}.csv", csv_rows,
                            args.csv_repeat or min(args.repeat, 3), env, steps, log)
            elif not csv_rows:
                for k in ("csv_check", "csv_memory"):
                    steps[k].unavailable = "ikke valgt (--csv-rows 0)"
        size = path.stat().st_size if path.is_file() else None
    load_after = _load_average()

    report = {
        "date": started.isoformat(timespec="seconds"),
        "rows": args.rows if not args.file else None,
        "csv_rows": csv_rows,
        "file": str(args.file) if args.file else None,
        "file_bytes": size,
        "generate_seconds": gen_seconds,
        "repeat": args.repeat,
        "edits_per_round": 2 * max(1, args.edits),
        "machine": machine(),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "memory_measure": "ru_maxrss of each child process (whole process, MB)",
        "ratios": {k: s.ratio for k, s in steps.items() if s.baseline_label},
        "steps": {k: s.to_json() for k, s in steps.items()},
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif args.markdown:
        print(markdown(report))
    else:
        m = report["machine"]
        print(f"NIR-kontroll ytelse {report['date']}  {args.rows if not args.file else path.name}"
              f" rader, {args.repeat} runder (medianer)")
        print(f"Maskin: {m['nproc']} kjerner, {m['cpu']}, Python {m['python']}; "
              f"last før/etter {load_before[0]:.2f}/{load_after[0]:.2f}")
        print(table(steps))
        print("Forhold = median av forholdet steg/grunnlinje i hver runde (målt rett etter "
              "hverandre). Minne = ru_maxrss for hele barneprosessen.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
