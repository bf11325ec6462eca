"""A/B: this tree against another checkout (the base), runs alternated on the same file.

On a shared machine the load changes from minute to minute, so two benchmark tables taken
one after the other say little about a 10 % difference. This script alternates the two
trees run by run (base, branch, branch, base, …: the order flips every pair so a drift in
load hits both alike) and compares ratios to each tree's own baseline of the same round.

    python benchmarks/ab.py --base-root /path/to/base --file export.xlsx
    python benchmarks/ab.py --base-root B --base-python B/.venv/bin/python --file F --pairs 5
    python benchmarks/ab.py --base-root B --file F --step check --baseline raw
    python benchmarks/ab.py --base-root B --file F --bench-only startup_source,export

Default mode: each side runs ``bench_steps.py raw FILE`` and then ``bench_steps.py STEP FILE``
(each in a fresh process, as bench.py does); the ratio is step / raw of that side in that
pair. ``--bench-only`` instead runs each side's ``bench.py --only KEYS --json`` whole per
pair and compares the rows' ratios (or medians, for rows without a baseline).

Prints every pair, the median per side and branch / base. Nothing fails on a slow result.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TIMEOUT = 1800.0


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # not on Windows
        return "?"


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=TIMEOUT)
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{' '.join(cmd[:3])}: exit {proc.returncode}: {tail}")
    try:
        return json.loads(lines[-1]) if lines[-1].startswith("{") and lines[-1].endswith("}") \
            else json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        raise RuntimeError(f"{' '.join(cmd[:3])}: no JSON on stdout ({e})") from None


class Side:
    def __init__(self, name: str, root: Path, python: str) -> None:
        self.name = name
        self.root = root.resolve()
        self.python = python
        self.ratios: list[float] = []
        self.parts: dict[str, list[float]] = {}

    def step(self, step: str, path: Path, env: dict[str, str]) -> dict[str, Any]:
        script = self.root / "benchmarks" / "bench_steps.py"
        return _run([self.python, str(script), step, str(path)], self.root, env)

    def bench(self, only: str, path: Path, repeat: int, env: dict[str, str]) -> dict[str, Any]:
        script = self.root / "benchmarks" / "bench.py"
        return _run([self.python, str(script), "--file", str(path), "--only", only,
                     "--repeat", str(repeat), "--json"], self.root, env)

    def note(self, key: str, value: float | None) -> None:
        if value is not None:
            self.parts.setdefault(key, []).append(value)


def _median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def _fmt(x: float | None, unit: str = "×") -> str:
    if x is None:
        return "—"
    return f"{x:.3f}{unit}" if unit == "×" else f"{x:.3f} {unit}"


def steps_mode(args: argparse.Namespace, sides: list[Side], env: dict[str, str]) -> None:
    for i in range(args.pairs):
        order = sides if i % 2 == 0 else sides[::-1]
        line = [f"pair {i + 1} (load {_load()})"]
        for side in order:
            raw = side.step(args.baseline, args.file, env)
            res = side.step(args.step, args.file, env)
            if "unavailable" in raw or "unavailable" in res:
                raise RuntimeError(f"{side.name}: {raw.get('unavailable') or res['unavailable']}")
            ratio = res["seconds"] / raw["seconds"]
            side.ratios.append(ratio)
            side.note("baseline s", raw["seconds"])
            side.note("step s", res["seconds"])
            for k in ("read_seconds", "check_seconds"):
                side.note(k.replace("_seconds", " s"), res.get(k))
            line.append(f"{side.name} {ratio:.3f}× ({res['seconds']:.3f} s / "
                        f"{raw['seconds']:.3f} s)")
        print("  ".join(line), flush=True)
    base, branch = sides
    print(f"\n{args.step} / {args.baseline}, median of {args.pairs} pairs (load now {_load()}):")
    for side in sides:
        parts = ", ".join(f"{k} {_median(v):.3f}" for k, v in side.parts.items())
        print(f"  {side.name:7s} {_fmt(_median(side.ratios))}   ({parts})")
    b, n = _median(base.ratios), _median(branch.ratios)
    if b and n:
        paired = [y / x for x, y in zip(base.ratios, branch.ratios, strict=True)]
        print(f"  branch / base: {n / b:.3f} (median of per-pair quotients "
              f"{statistics.median(paired):.3f}; min {min(paired):.3f}, max {max(paired):.3f})")


def bench_mode(args: argparse.Namespace, sides: list[Side], env: dict[str, str]) -> None:
    keys = args.bench_only.split(",")
    figures: dict[tuple[str, str], list[float]] = {}
    for i in range(args.pairs):
        order = sides if i % 2 == 0 else sides[::-1]
        line = [f"pair {i + 1} (load {_load()})"]
        for side in order:
            report = side.bench(args.bench_only, args.file, args.repeat, env)
            shown = []
            for k in keys:
                s = report["steps"].get(k, {})
                value = s.get("ratio") if s.get("baseline") else s.get("median")
                if value is None:
                    shown.append(f"{k} —")
                    continue
                figures.setdefault((side.name, k), []).append(value)
                shown.append(f"{k} {value:.3f}")
            line.append(f"{side.name}: " + ", ".join(shown))
        print("  ".join(line), flush=True)
    print(f"\nmedian of {args.pairs} runs each (ratio to the row's baseline, or the median "
          f"for rows without one); load now {_load()}:")
    for k in keys:
        b = _median(figures.get((sides[0].name, k), []))
        n = _median(figures.get((sides[1].name, k), []))
        q = f"{n / b:.3f}" if b and n else "—"
        print(f"  {k:16s} base {_fmt(b, '')}  branch {_fmt(n, '')}  branch / base {q}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base-root", type=Path, required=True,
                    help="checkout of the base commit (its benchmarks/ are used)")
    ap.add_argument("--base-python", help="the base's interpreter (default: ROOT/.venv/bin/python)")
    ap.add_argument("--branch-root", type=Path, default=HERE.parent,
                    help="checkout of the branch (default: this tree)")
    ap.add_argument("--branch-python", default=sys.executable)
    ap.add_argument("--file", type=Path, required=True, help="the workbook both sides read")
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--step", default="open_check", help="bench_steps.py step (default open_check)")
    ap.add_argument("--baseline", default="raw", help="bench_steps.py baseline step (default raw)")
    ap.add_argument("--bench-only", metavar="KEYS",
                    help="compare these bench.py rows instead (e.g. startup_source,export)")
    ap.add_argument("--repeat", type=int, default=3, help="bench.py rounds per run (--bench-only)")
    args = ap.parse_args(argv)
    if not args.file.is_file():
        ap.error(f"no such file: {args.file}")
    args.file = args.file.resolve()
    base_python = args.base_python or str(args.base_root / ".venv" / "bin" / "python")
    sides = [Side("base", args.base_root, base_python),
             Side("branch", args.branch_root, args.branch_python)]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("BENCH_PROFILE", None)
    started = time.monotonic()
    print(f"base {sides[0].root} · branch {sides[1].root} · {args.file.name} · "
          f"{os.cpu_count()} cpus · load {_load()}", flush=True)
    if args.bench_only:
        bench_mode(args, sides, env)
    else:
        steps_mode(args, sides, env)
    print(f"({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
