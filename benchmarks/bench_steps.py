"""One measurement per process: ``python benchmarks/bench_steps.py STEP FILE [OPTIONS]``.

bench.py runs every measurement in a fresh child process so each run starts from the
same state (no heap left over from the previous step, no warm caches in the reader) and so
``ru_maxrss`` — the peak resident set size of that child — belongs to one measurement only.
The child prints one JSON object on its last stdout line. Imports happen before the clock
starts: we time the work, not Python's start-up.

A step whose code has not landed prints ``{"unavailable": "<reason>"}`` instead of crashing.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_YEAR = 2021


def _maxrss_mb() -> float:
    if sys.platform == "win32":  # the Windows suite runs the benchmark smoke test too
        return _windows_working_set()[0] / 2**20
    import resource  # POSIX only

    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _windows_working_set() -> tuple[int, int]:
    """(peak, current) working set: Windows' counterparts of ru_maxrss and VmRSS."""
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                    ("rest", ctypes.c_size_t * 6)]

    counters = Counters()
    counters.cb = ctypes.sizeof(Counters)
    kernel32 = ctypes.WinDLL("kernel32")
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.K32GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters),
                                                 wintypes.DWORD]
    kernel32.K32GetProcessMemoryInfo(kernel32.GetCurrentProcess(), ctypes.byref(counters),
                                     counters.cb)
    return int(counters.PeakWorkingSetSize), int(counters.WorkingSetSize)


def _rss_mb() -> float:
    if sys.platform == "win32":  # (under Wine, /proc/self/statm is Wine's own process)
        return _windows_working_set()[1] / 2**20
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return _maxrss_mb()


class Unavailable(Exception):
    """The code this step measures is not there (yet): say why, don't crash."""


def _import(module: str, what: str) -> Any:
    try:
        return __import__(module, fromlist=["_"])
    except ImportError as e:
        raise Unavailable(f"{what} mangler ({module}: {e})") from None


class _Profiler:
    """Optional pyinstrument around the timed part (BENCH_PROFILE=path.txt)."""

    def __init__(self) -> None:
        self.path = os.environ.get("BENCH_PROFILE")
        self.prof: Any = None

    def __enter__(self) -> _Profiler:
        if self.path:
            from pyinstrument import Profiler

            self.prof = Profiler(interval=0.001)
            self.prof.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.prof is not None:
            self.prof.stop()
            Path(self.path).write_text(self.prof.output_text(unicode=True, color=False,
                                                              show_all=False))


# --- steps --------------------------------------------------------------------------------


def step_raw(path: Path, opts: argparse.Namespace) -> dict[str, Any]:
    """The baseline: python-calamine's raw read of every sheet, nothing else."""
    import python_calamine as calamine

    gc.collect()
    rss0 = _rss_mb()
    with _Profiler():
        t0 = time.perf_counter()
        book = calamine.CalamineWorkbook.from_path(str(path))
        data = [book.get_sheet_by_name(name).to_python() for name in book.sheet_names]
        t = time.perf_counter() - t0
    cells = sum(len(r) for sheet in data for r in sheet)
    return {"seconds": t, "maxrss_mb": _maxrss_mb(), "rss_before_mb": rss0,
            "rows": sum(len(s) for s in data), "cells": cells}


def _year_of(workbook: Any) -> int:
    return workbook.reporting_year or DEFAULT_YEAR


def _check_fn() -> Callable[..., Any]:
    engine = _import("nir_desktop.core.rules.engine", "regelmotoren")
    check = getattr(engine, "check", None)
    if check is None:
        raise Unavailable("nir_desktop.core.rules.engine har ingen check()")
    return check


def step_open_check(path: Path, opts: argparse.Namespace) -> dict[str, Any]:
    """read_workbook + check, timed in two parts; the peak RSS covers both."""
    readers = _import("nir_desktop.core.readers", "leseren")
    check = _check_fn()
    gc.collect()
    rss0 = _rss_mb()
    with _Profiler():
        t0 = time.perf_counter()
        wb = readers.read_workbook(path)
        t1 = time.perf_counter()
        result = check(wb, _year_of(wb))
        t2 = time.perf_counter()
    findings = list(getattr(result, "findings", result))
    return {"seconds": t2 - t0, "read_seconds": t1 - t0, "check_seconds": t2 - t1,
            "maxrss_mb": _maxrss_mb(), "rss_before_mb": rss0,
            "rows": sum(len(s.rows) for s in wb.sheets), "findings": len(findings),
            "year": _year_of(wb)}


def _export_edits(wb: Any, findings: list[Any], minimum: int) -> tuple[list[Any], int]:
    """Every automatic fix suggestion, topped up to ``minimum`` plain edits of a text column.

    The top-up keeps the measurement meaningful on a file with few suggestions: the patcher
    must still find and rewrite cells spread over the whole sheet.
    """
    from nir_desktop.core.edits import CellEdit

    edits: list[CellEdit] = []
    seen: set[tuple[str, int, int]] = set()
    for f in findings:
        if f.suggestion is None or f.sheet is None or f.column is None or f.row is None:
            continue
        key = (f.sheet, f.row, f.column)
        if key in seen:
            continue
        sheet = wb.sheet_named(f.sheet)
        r = f.row_index
        if sheet is None or r is None:
            continue
        seen.add(key)
        edits.append(CellEdit(f.sheet, f.row, f.column, sheet.text(r, f.column),
                              f.suggestion, f.rule, f.field))
    suggested = len(edits)
    if len(edits) < minimum:
        target = _text_column(wb)
        if target is not None:
            sheet, c = target
            n = len(sheet.rows)
            step = max(1, n // (minimum - len(edits) + 1))
            for r in range(step // 2, n, step):
                if len(edits) >= minimum:
                    break
                key = (sheet.name, sheet.row_numbers[r], c)
                if key in seen:
                    continue
                seen.add(key)
                old = sheet.text(r, c)
                edits.append(CellEdit(sheet.name, sheet.row_numbers[r], c, old,
                                      (old + " (rettet)").strip(), None, sheet.field_at(c)))
    return edits, suggested


def _text_column(wb: Any) -> tuple[Any, int] | None:
    for s in wb.sheets:
        for name in ("saksbehandler", "navn", "tiltak"):
            c = s.columns.get(name)
            if c is not None and s.rows:
                return s, c
    return None


def step_export(path: Path, opts: argparse.Namespace) -> dict[str, Any]:
    readers = _import("nir_desktop.core.readers", "leseren")
    writers = _import("nir_desktop.core.writers", "skriveren")
    apply_edits = getattr(writers, "apply_edits", None)
    if apply_edits is None:
        raise Unavailable("nir_desktop.core.writers har ingen apply_edits()")
    wb = readers.read_workbook(path)
    try:
        check = _check_fn()
        findings = list(check(wb, _year_of(wb)).findings)
    except Unavailable:
        findings = []  # without the engine: no suggestions, plain edits only
    edits, suggested = _export_edits(wb, findings, opts.min_edits)
    with tempfile.TemporaryDirectory(prefix="nir-bench-export-") as tmp:
        out = Path(tmp) / ("rettet" + path.suffix)
        gc.collect()
        rss0 = _rss_mb()
        with _Profiler():
            t0 = time.perf_counter()
            res = apply_edits(path, wb, edits, out)
            t = time.perf_counter() - t0
        written = Path(res.path).stat().st_size
    return {"seconds": t, "maxrss_mb": _maxrss_mb(), "rss_before_mb": rss0,
            "edits": len(edits), "suggested_edits": suggested,
            "cells_written": res.cells_written, "bytes_written": written}


def step_edit(path: Path, opts: argparse.Namespace) -> dict[str, Any]:
    """setData on one cell → the model's dataChanged that shows the cell's new finding.

    The wiring document.findingsChanged → model.refresh_rows is what the main window does;
    we do the same here so only the document, the engine and the model are measured (no
    panels, no painting). Edits alternate: make a valid fødselsnummer invalid (ID001
    appears on that cell), then put it back (ID001 goes away); each is one timed edit.
    """
    qt = _qt()
    readers = _import("nir_desktop.core.readers", "leseren")
    _check_fn()
    gui_doc = _import("nir_desktop.gui.review.document", "GUI-dokumentet")
    gui_engine = _import("nir_desktop.gui.review.engine", "GUI-motoren")
    gui_model = _import("nir_desktop.gui.window.table_model", "tabellmodellen")

    app = qt.QApplication.instance() or qt.QApplication([])
    wb = readers.read_workbook(path)
    year = _year_of(wb)
    engine = gui_engine.CoreEngine()
    # The GUI's own path to a check: whatever the document expects from its engine.
    run = engine.check(wb, year, lambda *a: None, lambda: False)
    doc = gui_doc.ReviewDocument(engine)
    doc.set_workbook(wb, year, run)
    models = {s.name: gui_model.SheetTableModel(s, doc) for s in wb.sheets}

    def refresh(changed: dict[str, set[int]]) -> None:
        for name, rows in changed.items():
            m = models.get(name)
            if m is not None:
                m.refresh_rows(rows)

    doc.findingsChanged.connect(refresh)
    sheet, c = _fnr_target(wb)
    out = _timed_edits(qt, doc, models[sheet.name], sheet, c, opts.edits, settle=False)
    out["rows"] = sum(len(s.rows) for s in wb.sheets)
    del app, run
    return out


def step_edit_window(path: Path, opts: argparse.Namespace) -> dict[str, Any]:
    """The same edits in the real main window (offscreen): from setData until the event
    loop is idle again — every connected panel updated and the table repainted."""
    qt = _qt()
    _check_fn()
    mw = _import("nir_desktop.gui.window.main_window", "hovedvinduet")
    settings_mod = _import("nir_desktop.gui.settings", "innstillingene")
    app = qt.QApplication.instance() or qt.QApplication([])
    window = mw.MainWindow(settings=settings_mod.AppSettings(), interactive=False,
                           use_sessions=False)
    window.resize(1280, 800)
    window.show()
    # A real event loop while the loader's worker thread runs (as app.exec() does).
    loop = qt.QEventLoop()
    window.document.loaded.connect(loop.quit)
    window.loader.failed.connect(loop.quit)
    qt.QTimer.singleShot(600_000, loop.quit)
    t0 = time.perf_counter()
    window.open_file(path)
    loop.exec()
    if window.document.workbook is None:
        raise Unavailable("vinduet åpnet ikke filen (feil eller tidsavbrudd etter 600 s)")
    _settle(qt)
    t_open = time.perf_counter() - t0
    doc = window.document
    sheet, c = _fnr_target(doc.workbook)
    page = window.page_of(sheet.name)
    if page is None:
        raise Unavailable(f"vinduet har ingen side for arket {sheet.name}")
    window.sheetTabs.setCurrentWidget(page)
    _settle(qt)
    out = _timed_edits(qt, doc, page.model, sheet, c, opts.edits, settle=True)
    out["open_in_window_seconds"] = t_open
    del app
    return out


def _qt() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6 import QtCore, QtWidgets
    except ImportError as e:
        raise Unavailable(f"PySide6 mangler ({e})") from None

    class _Qt:
        QApplication = QtWidgets.QApplication
        QCoreApplication = QtCore.QCoreApplication
        QEventLoop = QtCore.QEventLoop
        QTimer = QtCore.QTimer
        Qt = QtCore.Qt

    return _Qt


def _process_events(qt: Any, max_ms: int | None = None) -> None:
    # PySide6 6.12 on Python 3.11: every call of the static
    # QCoreApplication.processEvents()/sendPostedEvents() (and QTest.qWait) drops one
    # reference to None, and a few thousand calls abort the interpreter ("none_dealloc").
    # The instance method of a QEventLoop does not; so use that.
    flags = qt.QEventLoop.ProcessEventsFlag.AllEvents
    if max_ms is None:
        qt.QEventLoop().processEvents(flags)
    else:
        qt.QEventLoop().processEvents(flags, max_ms)


def _settle(qt: Any) -> None:
    """Run the event loop until nothing is pending (repaints included)."""
    for _ in range(4):
        _process_events(qt)


def _fnr_target(wb: Any) -> tuple[Any, int]:
    from nir_desktop.core.fields import SheetKind

    sheet = wb.sheet(SheetKind.DELTAKERE)
    if sheet is None or "fodselsnummer" not in sheet.columns:
        raise Unavailable("arbeidsboken har ikke noe Deltakere-ark med fødselsnummer")
    return sheet, sheet.columns["fodselsnummer"]


def _timed_edits(qt: Any, doc: Any, model: Any, sheet: Any, c: int, n: int,
                 settle: bool) -> dict[str, Any]:
    clean_rows = _rows_without_findings(doc, sheet, c, want=n)
    if not clean_rows:
        raise Unavailable("fant ingen rad uten funn å redigere")
    hit: dict[str, float] = {}
    target: dict[str, int] = {}
    edit_role = qt.Qt.ItemDataRole.EditRole

    def on_changed(top_left: Any, bottom_right: Any, roles: Any = None) -> None:
        if "t" in hit:
            return
        if (top_left.row() <= target["row"] <= bottom_right.row()
                and top_left.column() <= target["col"] <= bottom_right.column()):
            t = time.perf_counter()
            # Only the dataChanged that shows the re-checked state counts (an earlier one
            # for the edited text alone would not change the highlight).
            shown = any(f.rule == "ID001" for f in doc.index.at_cell(sheet.name,
                                                                     target["r"], c))
            if shown == bool(target["want"]):
                hit["t"] = t

    model.dataChanged.connect(on_changed)

    def timed_edit(r: int, text: str, want_finding: bool) -> float:
        hit.clear()
        target["row"], target["col"] = model.view_row(r), c
        target["r"], target["want"] = r, int(want_finding)
        index = model.index(model.view_row(r), c)
        t0 = time.perf_counter()
        if not model.setData(index, text, edit_role):
            raise Unavailable("setData ble avvist (cellen er ikke redigerbar?)")
        deadline = t0 + 10.0
        while "t" not in hit and time.perf_counter() < deadline:
            _process_events(qt, 5)
        if "t" not in hit:
            raise Unavailable("modellen sendte ikke dataChanged med det nye funnet for "
                              "cellen innen 10 s")
        if settle:
            to_signal.append(hit["t"] - t0)
            _settle(qt)
            return time.perf_counter() - t0
        return hit["t"] - t0

    first: float | None = None
    times: list[float] = []
    to_signal: list[float] = []  # window: setData → dataChanged, before the repaint
    highlighted = 0
    for i, r in enumerate(clean_rows):
        good = sheet.text(r, c)
        bad = good[:-1] + ("0" if good[-1] != "0" else "1")  # breaks a control digit
        t = timed_edit(r, bad, True)
        if model.data(model.index(model.view_row(r), c), qt.Qt.ItemDataRole.BackgroundRole):
            highlighted += 1
        t_back = timed_edit(r, good, False)
        if i == 0:
            first = t
            times.append(t_back)
        else:
            times.extend((t, t_back))
    ordered = sorted(times)
    median = ordered[len(ordered) // 2] if ordered else first
    return {"seconds": median, "first_seconds": first, "edits_timed": len(times) + 1,
            "highlighted": highlighted, "tries": len(clean_rows),
            "max_seconds": max([*times, first or 0.0]), "all_seconds": times,
            "to_signal_median_seconds": sorted(to_signal)[len(to_signal) // 2]
            if to_signal else None, "maxrss_mb": _maxrss_mb()}


def _rows_without_findings(doc: Any, sheet: Any, c: int, want: int) -> list[int]:
    """Rows spread over the sheet whose fødselsnummer cell is valid and without findings."""
    n = len(sheet.rows)
    out: list[int] = []
    step = max(1, n // (want * 4 + 1))
    for r in range(step // 2, n, step):
        text = sheet.text(r, c)
        if len(text) == 11 and text.isdigit() and not doc.index.in_row(sheet.name, r):
            out.append(r)
            if len(out) >= want:
                break
    return out


CSV_HEADER = ("Fødselsnummer;Navn;Kommunenr;Saksnummer;Lov;Vedtaksdato;Programstart;"
              "Gjennomføringsfrist;Avslutningsdato;Avslutningsårsak")


def step_make_csv(path: Path, opts: argparse.Namespace) -> dict[str, Any]:
    """A CSV as a fagsystem writes it (UTF-8, ';', CRLF), one unique synthetic person a
    row, a third of them ended in the year: the 1M-row case of the review."""
    from datetime import date, timedelta

    fnr = _import("nir_desktop.core.fnr", "fødselsnummer")

    def numbers() -> Any:
        d = date(1950, 1, 1)
        while True:
            for individ in range(100, 500):
                try:
                    yield fnr.with_control_digits(
                        f"{d.day:02d}{d.month + 80:02d}{d.year % 100:02d}{individ:03d}",
                        next_valid=False)
                except ValueError:
                    continue
            d += timedelta(days=1)

    t0 = time.perf_counter()
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(CSV_HEADER + "\r\n")
        for i, number in zip(range(opts.rows), numbers(), strict=False):
            day = 1 + i % 28
            ended = i % 3 == 0
            f.write(f"{number};Person {i};0301;{i // 100000:02d}/{i % 100000:05d};"
                    f"Integreringsloven;{day:02d}.02.2023;{day:02d}.03.2023;{day:02d}.03.2026;"
                    f"{f'{day:02d}.06.2026' if ended else ''};"
                    f"{'Arbeid heltid' if ended else ''}\r\n")
    return {"seconds": time.perf_counter() - t0, "rows": opts.rows,
            "bytes": path.stat().st_size}


def step_csv_raw(path: Path, opts: argparse.Namespace) -> dict[str, Any]:
    """The CSV baseline: the standard library's csv.reader, every row into a list."""
    import csv

    gc.collect()
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    t = time.perf_counter() - t0
    return {"seconds": t, "maxrss_mb": _maxrss_mb(), "rss_before_mb": rss0, "rows": len(rows)}


def step_csv_check(path: Path, opts: argparse.Namespace) -> dict[str, Any]:
    """read_workbook + check of the CSV (the open_check step, for the CSV file)."""
    return step_open_check(path, opts)


STEPS: dict[str, Callable[[Path, argparse.Namespace], dict[str, Any]]] = {
    "raw": step_raw,
    "open_check": step_open_check,
    "export": step_export,
    "edit": step_edit,
    "edit_window": step_edit_window,
    "make_csv": step_make_csv,
    "csv_raw": step_csv_raw,
    "csv_check": step_csv_check,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=sorted(STEPS))
    ap.add_argument("file", type=Path)
    ap.add_argument("--min-edits", type=int, default=100)
    ap.add_argument("--edits", type=int, default=5, help="rows to edit in the edit step")
    ap.add_argument("--rows", type=int, default=1_000_000, help="rows of make_csv")
    opts = ap.parse_args(argv)
    try:
        out = STEPS[opts.step](opts.file, opts)
    except Unavailable as e:
        out = {"unavailable": str(e)}
    except Exception as e:  # a crash in measured code is a result too, not a traceback
        traceback.print_exc(file=sys.stderr)
        out = {"unavailable": f"feilet: {type(e).__name__}: {str(e)[:300]}"}
    sys.stdout.flush()
    print("\n" + json.dumps(out), flush=True)
    sys.stderr.flush()
    if opts.step.startswith("edit"):
        # PySide6 6.12 can abort while tearing down Qt objects at interpreter exit
        # ("bool_dealloc"); the measurement is out, so leave without the teardown.
        os._exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
