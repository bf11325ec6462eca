"""The package version, and the Windows version resource rendered from it.

Used by installer.spec (at build time), build/build.sh (zip name) and tests/test_packaging.py.
Reads ``nir_desktop/__init__.py`` as text so the build does not import the application.

    python build/versioninfo.py            # prints the version, e.g. 0.1.0
    python build/versioninfo.py --numeric  # four numbers for Windows, e.g. 0.1.0.0
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "build" / "version_info.txt.in"


def package_version(root: Path = ROOT) -> str:
    """``nir_desktop.__version__`` without importing the package."""
    tree = ast.parse((root / "nir_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
    raise ValueError("nir_desktop/__init__.py has no __version__ string")


def file_version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four integers for Windows: "1.2.3" → (1, 2, 3, 0); "0.1.0rc1" → (0, 1, 0, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    if not numbers:
        raise ValueError(f"version {version!r} has no numbers")
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def render_version_info(version: str, internal_name: str, template: Path = TEMPLATE) -> str:
    """The template with the placeholders filled; a file PyInstaller's EXE(version=...) reads."""
    text = template.read_text(encoding="utf-8")
    for key, value in {
        "@FILEVERS@": repr(file_version_tuple(version)),
        "@VERSION@": version,
        "@INTERNAL_NAME@": internal_name,
    }.items():
        text = text.replace(key, value)
    return text


def write_version_info(version: str, internal_name: str, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"version_info_{internal_name}.txt"
    path.write_text(render_version_info(version, internal_name), encoding="utf-8")
    return path


if __name__ == "__main__":
    version = package_version()
    if "--numeric" in sys.argv[1:]:
        print(".".join(str(n) for n in file_version_tuple(version)))
    else:
        print(version)
    sys.exit(0)
