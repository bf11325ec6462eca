"""What the app imports before its first window: ``python -X importtime`` of a probe start.

    .venv/bin/python benchmarks/startup_imports.py [--top 20]

Starts ``python -m nir_desktop`` with NIR_KONTROLL_STARTUP_PROBE=1 (READY and quit once the
window is shown), offscreen, and prints the imports with the largest cumulative time, each
with the chain of modules that pulled it in. Startup time is mostly imports the first window
does not need; this shows which ones. Numbers vary with the machine's load: compare runs
made back to back.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Entry:
    name: str
    depth: int
    self_us: int
    cumulative_us: int
    parents: list[str]


def parse(stderr: str) -> list[Entry]:
    """importtime lines, children before their parent; rebuild each module's chain."""
    raw: list[tuple[str, int, int, int]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        try:
            _, rest = line.split(":", 1)
            self_us, cum_us, name = rest.split("|", 2)
        except ValueError:
            continue
        depth = (len(name) - len(name.lstrip(" "))) // 2
        raw.append((name.strip(), depth, int(self_us), int(cum_us)))
    entries: list[Entry] = []
    # A module's parent is the next line below it with a smaller depth.
    for i, (name, depth, s, c) in enumerate(raw):
        parents: list[str] = []
        want = depth - 1
        for name2, depth2, _, _ in raw[i + 1:]:
            if want < 0:
                break
            if depth2 == want:
                parents.append(name2)
                want -= 1
        entries.append(Entry(name, depth, s, c, parents))
    return entries


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Importer ved oppstart, tregeste først.")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nir-imports-") as home:
        env = dict(os.environ, NIR_KONTROLL_STARTUP_PROBE="1", NIR_KONTROLL_HOME=home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # One start first so missing .pyc files are written and the file cache is warm.
        subprocess.run([sys.executable, "-m", "nir_desktop"], env=env, cwd=REPO,
                       capture_output=True, timeout=120)
        proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "nir_desktop"],
                              env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    if "READY" not in proc.stdout:
        print("Appen skrev ikke READY (oppstartsproben mangler?)", file=sys.stderr)
        return 2
    entries = parse(proc.stderr)
    total = sum(e.cumulative_us for e in entries if e.depth == 0)
    print(f"Importer før første vindu: {total / 1000:.0f} ms i alt (kumulativt, toppnivå)")
    for e in sorted(entries, key=lambda e: e.cumulative_us, reverse=True)[:args.top]:
        chain = " ← ".join(e.parents[:4])
        print(f"{e.cumulative_us / 1000:7.1f} ms  {e.name}" + (f"  ← {chain}" if chain else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
