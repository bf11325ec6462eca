"""The table model under Qt's own model checker, and the two start-up contracts
(--self-test and the packaging benchmark's READY probe)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from nir_desktop.gui.review.finding_index import FindingIndex


def test_table_model_and_proxy_pass_qt_model_tester(loaded):
    page = loaded.page_of("Tiltak")
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    QAbstractItemModelTester(page.model, mode)
    QAbstractItemModelTester(page.proxy, mode)
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    loaded.findings_panel.set_filter("findings")
    f = next(f for f in loaded.document.findings if f.sheet == "Tiltak" and f.column)
    page.proxy.setData(page.index_at(f.row_index, f.column), "x")
    loaded.actionUndo.trigger()
    page.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)


def test_finding_index_navigation_order(loaded):
    idx: FindingIndex = loaded.document.index
    sheet = "Deltakere"
    pos = idx.positions[sheet]
    assert pos == sorted(pos)
    assert idx.next_position(sheet, None) == pos[0]
    assert idx.next_position(sheet, pos[0]) == pos[1]
    assert idx.next_position(sheet, pos[-1]) is None
    assert idx.next_position(sheet, pos[1], backwards=True) == pos[0]


def _run(args: list[str], env_extra: dict[str, str], tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NIR_KONTROLL_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               **env_extra)
    return subprocess.run([sys.executable, "-m", "nir_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=180)


@pytest.mark.slow
def test_self_test_opens_the_demo_and_explains_the_first_finding(tmp_path, demo_path):
    proc = _run(["--self-test"], {}, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Selvtest OK" in proc.stdout
    assert "forklaringspanelet" in proc.stdout


@pytest.mark.slow
def test_startup_probe_prints_ready(tmp_path):
    proc = _run([], {"NIR_KONTROLL_STARTUP_PROBE": "1"}, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "READY"
