"""The window stays in small modules (the project's bar: under 600 lines), so a change to
one part of it does not mean reading, or merging, the whole window."""

from __future__ import annotations

from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "nir_desktop" / "gui"
LIMIT = 600


def test_no_gui_module_is_over_600_lines() -> None:
    sizes = {p.relative_to(GUI).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in GUI.rglob("*.py")}
    assert len(sizes) > 40  # every room is read, not only the top level
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
