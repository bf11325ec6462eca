"""Inspect a built one-folder bundle: complete, self-contained, and how big.

    .venv/bin/python build/check_bundle.py dist/NIR-kontroll [--json]

Checks what a frozen run does not necessarily touch: both executables exist, the resources
the app loads at run time are there, no symlink points at a pruned file, numpy did not slip
in, and (on Linux) every shared library still finds the libraries it links to, so a plugin
the self-test never loads (xcb under offscreen) is not broken by the pruning in
build/pyi_prune.py. Exit code 0 when all is well, 1 with a list of problems otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXECUTABLES = ("NIR-kontroll", "nir-desktop")


def bundle_size(bundle: Path) -> tuple[int, int]:
    """(bytes, files): apparent size of regular files; symlinks count as nothing."""
    total = files = 0
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def expected_resources() -> list[str]:
    """Bundle-relative paths (with /) the app needs, derived from what the repository ships."""
    wanted = []
    for pattern in ("resources/codelists/*", "resources/guidance/*", "resources/guidance/*/*",
                    "resources/demo/*",
                    "resources/icons/*", "ui/*.ui"):
        wanted += [p.relative_to(ROOT).as_posix() for p in sorted(ROOT.glob(pattern))
                   if p.is_file()]
    for ts in sorted(ROOT.glob("resources/translations/*.ts")):
        wanted.append(ts.with_suffix(".qm").relative_to(ROOT).as_posix())
    for po in sorted(ROOT.glob("resources/locale/*/LC_MESSAGES/*.po")):
        wanted.append(po.with_suffix(".mo").relative_to(ROOT).as_posix())
    return wanted


def missing_libraries(internal: Path) -> list[str]:
    """Linux: "<file>: <library>" for every library ldd cannot resolve inside or outside."""
    if not sys.platform.startswith("linux"):
        return []
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    problems = []
    for path in sorted(internal.rglob("*")):
        if path.is_symlink() or not path.is_file() or ".so" not in path.name:
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                                check=False)
        for line in result.stdout.splitlines():
            if "not found" in line:
                problems.append(f"{path.relative_to(internal)}: {line.strip()}")
    return problems


def check(bundle: Path) -> dict:
    suffix = ".exe" if sys.platform == "win32" else ""
    internal = bundle / "_internal"
    problems: list[str] = []
    for name in EXECUTABLES:
        if not (bundle / f"{name}{suffix}").is_file():
            problems.append(f"executable missing: {name}{suffix}")
    if not internal.is_dir():
        problems.append("no _internal folder: not a PyInstaller 6 one-folder build")
        internal = bundle
    for rel in expected_resources():
        if not (internal / rel).is_file():
            problems.append(f"resource missing: {rel}")
    for path in internal.rglob("*"):
        if path.is_symlink() and not path.exists():
            problems.append(f"dangling symlink: {path.relative_to(internal)}")
    if (internal / "numpy").exists():
        problems.append("numpy is in the bundle (build from a venv without numpy)")
    problems += [f"unresolved library: {p}" for p in missing_libraries(internal)]
    size, files = bundle_size(bundle)
    return {"bundle": str(bundle), "bytes": size, "mib": round(size / 2**20, 1),
            "files": files, "problems": problems}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = check(args.bundle)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"bundle {report['bundle']}: {report['mib']} MiB "
              f"({report['bytes'] / 1e6:.1f} MB) in {report['files']} files")
        for problem in report["problems"]:
            print(f"  PROBLEM: {problem}")
    return 1 if report["problems"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
