"""The command line drives the window's review session: a session file's edits and
acknowledgements apply, and the error report comes out as xlsx, HTML or PDF."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from test_cli import REPO, run

from nir_desktop.core.findings import Severity
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.review import ReviewSession
from nir_desktop.core.session import Autosaver, SessionStore, new_session

DEMO = REPO / "resources" / "demo" / "nir-demo-2021.xlsx"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    if not DEMO.is_file():
        pytest.skip("the demo export is missing")
    return Path(shutil.copy(DEMO, tmp_path / "nir-demo-2021.xlsx"))


@pytest.fixture
def session_file(demo: Path, tmp_path: Path) -> tuple[Path, dict[str, object]]:
    """A session as the window saves it: one suggestion taken, one warning acknowledged."""
    wb = read_workbook(demo)
    review = ReviewSession.check(wb)
    fix = next(f for f in review.findings if f.rule == "ID002" and f.suggestion)
    warning = next(f for f in review.findings
                   if f.severity is Severity.WARNING and f.rule == "LOV001")
    store = SessionStore(tmp_path / "okter")
    saver = Autosaver(store, new_session(wb))
    change = review.make_change(fix.sheet, fix.row_index, fix.column, fix.suggestion, fix.rule)
    saver.record_edit(change.edit, wb)
    saver.acknowledge(warning.rule, warning.sheet, warning.row, warning.column,
                      "Sjekket mot vedtaket", wb)
    saver.close()
    path = store.export(saver.session, tmp_path / "okt.json")
    return path, {"fix": fix, "warning": warning}


def test_check_with_a_session_shows_its_acknowledgement_and_edit(demo, session_file) -> None:
    path, found = session_file
    warning, fix = found["warning"], found["fix"]
    text = run("check", demo, "--session", path)
    assert text.returncode == 1
    assert "Økten okt.json: 1 endring og 1 kvittering er brukt." in text.stderr
    assert "Kvitterte advarsler: 1" in text.stdout
    assert "      Kvittert ut: Sjekket mot vedtaket" in text.stdout
    # The session's edit took the suggestion: that ID002 finding is gone.
    assert f"{fix.sheet} rad {fix.row}, kolonne A" not in text.stdout.split("ID002")[-1]

    js = json.loads(run("check", demo, "--session", path, "--format", "json").stdout)
    acked = [f for f in js["findings"] if f["acknowledged"] is not None]
    assert [(f["rule"], f["row"], f["acknowledged"]) for f in acked] == [
        (warning.rule, warning.row, "Sjekket mot vedtaket")]


def test_check_writes_the_windows_report_as_xlsx_html_and_pdf(demo, session_file,
                                                              tmp_path) -> None:
    path, _found = session_file
    xlsx = tmp_path / "rapport.xlsx"
    res = run("check", demo, "--session", path, "--format", "xlsx", "--output", xlsx)
    assert res.returncode == 1 and f"Rapporten er skrevet til {xlsx}" in res.stderr
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Sammendrag", "Funn", "Endringslogg"]
    funn = book["Funn"]
    assert funn.cell(1, 10).value == "Kvittert ut"
    assert "Sjekket mot vedtaket" in [funn.cell(r, 10).value for r in range(2, funn.max_row + 1)]

    html = run("check", demo, "--format", "html")
    assert html.returncode == 1
    assert html.stdout.startswith('<html lang="nb"><head><meta charset="utf-8">')
    assert "<h2>Funn</h2>" in html.stdout

    pdf = tmp_path / "rapport.pdf"
    res = run("check", demo, "--format", "pdf", "--output", pdf)
    if res.returncode == 2 and "krever Qt" in res.stderr:
        pytest.skip("Qt cannot be loaded here")
    assert res.returncode == 1, res.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_report_format_that_needs_a_file_says_so(demo, tmp_path) -> None:
    res = run("check", demo, "--format", "xlsx")
    assert res.returncode == 2
    assert res.stderr.strip() == ("Rapporten i formatet xlsx må skrives til en fil: bruk "
                                  "--output FIL.")
    res = run("check", demo, "--format", "pdf", "--output", tmp_path / "rapport.xlsx")
    assert res.returncode == 2 and "har en annen endelse" in res.stderr


def test_without_qt_the_pdf_report_is_refused_with_the_html_alternative(
        demo, tmp_path, monkeypatch, capsys) -> None:
    from nir_desktop import cli
    from nir_desktop.cli import reports as cli_reports

    monkeypatch.setenv("NIR_KONTROLL_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(cli_reports, "qt_pdf_renderer", lambda: None)
    assert cli.main(["check", str(demo), "--format", "pdf", "--output",
                     str(tmp_path / "r.pdf")]) == 2
    assert capsys.readouterr().err.startswith(
        "PDF-rapporten krever Qt (PySide6), som ikke kan lastes her. Skriv HTML-rapporten")
    assert not (tmp_path / "r.pdf").exists()


def test_fix_writes_the_sessions_edits_and_the_automatic_fixes(demo, session_file,
                                                              tmp_path) -> None:
    path, found = session_file
    fix = found["fix"]
    out, report = tmp_path / "rettet.xlsx", tmp_path / "etter.xlsx"
    res = run("fix", demo, "--session", path, "--output", out, "--report", report)
    assert res.returncode == 0, res.stderr
    fixed = read_workbook(out)
    assert fixed.sheet_named(fix.sheet).text(fix.row_index, fix.column) == fix.suggestion
    log = openpyxl.load_workbook(report)["Endringslogg"]
    rows = [[c.value for c in r] for r in log.iter_rows(min_row=2)]
    # The session took one suggestion an automatic fix would also take: the change log
    # holds as many rows as fixing without the session makes.
    alone = run("fix", demo, "--output", tmp_path / "bare-rettinger.xlsx")
    assert f"{len(rows)} automatiske rettinger:" in alone.stdout
    assert f"{len(rows) - 1} automatiske rettinger:" in res.stdout


def test_a_missing_or_broken_session_file_is_named(demo, tmp_path) -> None:
    res = run("check", demo, "--session", tmp_path / "borte.json")
    assert res.returncode == 2
    assert res.stderr.strip() == f"Fant ikke filen «{tmp_path / 'borte.json'}»."
    (tmp_path / "tull.json").write_text("{ikke json", encoding="utf-8")
    res = run("check", demo, "--session", tmp_path / "tull.json")
    assert res.returncode == 2 and "«tull.json» er ikke en lesbar øktfil" in res.stderr


def test_a_session_of_an_earlier_export_is_moved_by_fodselsnummer(demo, session_file,
                                                                  tmp_path) -> None:
    """A newer export of the same data (other bytes, a row inserted above): the edit and
    the acknowledgement follow their person, and stderr says how much carried over."""
    path, found = session_file
    warning = found["warning"]
    newer = tmp_path / "nyere.xlsx"
    book = openpyxl.load_workbook(demo)
    book[warning.sheet].insert_rows(2)
    book.save(newer)
    res = run("check", newer, "--session", path, "--format", "json")
    assert res.returncode == 1
    assert "1 retting brukt, 1 av 1 kvittering overført." in res.stderr
    acked = [f for f in json.loads(res.stdout)["findings"] if f["acknowledged"]]
    assert [(f["rule"], f["row"]) for f in acked] == [(warning.rule, warning.row + 1)]
