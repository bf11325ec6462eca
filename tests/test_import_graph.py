"""No import circles anywhere in the package: every module can be read (and loaded lazily)
without dragging in the modules that use it. The same graph import-linter reads."""

from __future__ import annotations

import grimp


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan), each sorted."""
    modules = sorted(m for m in graph.modules if m.startswith("nir_desktop"))
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m)
                       if i.startswith("nir_desktop")) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for m in modules:
        if m not in index:
            visit(m)
    return found


def test_no_module_imports_itself_round_a_circle() -> None:
    assert _cycles(grimp.build_graph("nir_desktop")) == []


def test_a_circle_is_found_when_there_is_one() -> None:
    graph = grimp.ImportGraph()
    for m in ("nir_desktop", "nir_desktop.a", "nir_desktop.b", "nir_desktop.c"):
        graph.add_module(m)
    graph.add_import(importer="nir_desktop.a", imported="nir_desktop.b")
    graph.add_import(importer="nir_desktop.b", imported="nir_desktop.a")
    graph.add_import(importer="nir_desktop.c", imported="nir_desktop.a")
    assert _cycles(graph) == [["nir_desktop.a", "nir_desktop.b"]]
