"""The window and the command line drive the same review session: for the same file,
edits and acknowledgements they write the same error report."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import open_and_wait

from nir_desktop.core.findings import Severity
from nir_desktop.core.session import SessionStore


def _cells(path: Path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book}


@pytest.fixture
def session_window(qtbot):
    from nir_desktop.gui.settings import AppSettings
    from nir_desktop.gui.window.main_window import MainWindow

    settings = AppSettings()
    settings.mask_fnr = True
    w = MainWindow(settings=settings, interactive=False, use_sessions=True)
    qtbot.addWidget(w)
    yield w
    w.loader.cancel()
    qtbot.waitUntil(lambda: not w.loader.busy, timeout=30_000)
    if w.session is not None:
        w.session.stop()


def test_window_and_check_write_the_same_report(qtbot, session_window, demo_path, tmp_path,
                                                monkeypatch, capsys) -> None:
    from nir_desktop import cli
    from nir_desktop.gui.export.export_job import OutputKind, run_export
    from nir_desktop.gui.export.export_wizard import ExportWizard

    window = session_window
    path = Path(shutil.copy(demo_path, tmp_path / "nir-demo-2021.xlsx"))
    open_and_wait(qtbot, window, path)
    doc = window.document
    fix = next(f for f in doc.findings if f.rule == "ID002" and f.suggestion)
    warning = next(f for f in doc.findings
                   if f.severity is Severity.WARNING and f.rule == "LOV001")
    assert doc.apply_suggestion(fix)
    assert doc.acknowledge([warning], "Sjekket mot vedtaket") == 1

    # The window's report, through the export wizard's own snapshot and writer.
    wiz = ExportWizard(doc, window)
    qtbot.addWidget(wiz)
    wiz.what_page.corrected.setChecked(False)
    window_xlsx = tmp_path / "vinduet.xlsx"
    run_export(wiz.snapshot(), wiz.choices(), {OutputKind.REPORT_XLSX: window_xlsx})

    # The command line, with the session the window saved.
    assert window.session is not None and window.session.session is not None
    saved = SessionStore(tmp_path).export(window.session.session, tmp_path / "okt.json")
    monkeypatch.setattr(cli, "_setup_logging", lambda: None)
    cli_xlsx = tmp_path / "kommandolinjen.xlsx"
    assert cli.main(["check", str(path), "--session", str(saved), "--format", "xlsx",
                     "--output", str(cli_xlsx)]) == 1
    assert "1 endring og 1 kvittering er brukt" in capsys.readouterr().err

    window_report, cli_report = _cells(window_xlsx), _cells(cli_xlsx)
    assert list(window_report) == ["Sammendrag", "Funn", "Endringslogg"]
    assert window_report == cli_report
    funn = window_report["Funn"]
    assert funn[0][-1] == "Kvittert ut"
    assert [row[-1] for row in funn[1:] if row[-1]] == ["Sjekket mot vedtaket"]
    assert len(window_report["Endringslogg"]) == 2  # header and the one edit


def test_the_windows_report_counts_with_the_users_code_lists(qtbot, window, mapping,
                                                              tmp_path) -> None:
    """The export once used the shipped code lists: «Lærling», which the user had added as
    education, counted as neither in the report's måloppnåelse."""
    from datetime import date

    from nir_desktop.core.fnr import make_synthetic
    from nir_desktop.core.user_codelists import add_code
    from nir_desktop.gui.export.export_job import OutputKind, run_export
    from nir_desktop.gui.export.export_wizard import ExportWizard

    fnr = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Lov", "Programstart", "Vedtaksdato", "Avslutningsdato",
               "Avslutningsårsak"])
    ws.append([fnr, "Introduksjonsloven", "01.03.2019", "15.02.2019", "30.06.2021", "Lærling"])
    book.save(tmp_path / "eksport.xlsx")
    open_and_wait(qtbot, window, tmp_path / "eksport.xlsx", year=2021)
    codes = add_code("avslutningsarsak", "Lærling", {"outcome": "education"},
                     user_dir=tmp_path / "codelists")
    with qtbot.waitSignal(window.loader.busyChanged, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        mapping.codelists_changed(codes)

    wiz = ExportWizard(window.document, window)
    qtbot.addWidget(wiz)
    wiz.what_page.corrected.setChecked(False)
    report = tmp_path / "rapport.xlsx"
    run_export(wiz.snapshot(), wiz.choices(), {OutputKind.REPORT_XLSX: report})
    notes = [row[0] for row in _cells(report)["Sammendrag"]]
    assert "Til arbeid: 0   Til utdanning: 1   Verken eller: 0" in notes
    assert "Måloppnåelse: 100 % (1 av 1)" in notes
