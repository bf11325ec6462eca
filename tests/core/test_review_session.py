"""The review session in the core: edits with undo history, acknowledgements, the export
plan, and a saved session file applied from the command line's side."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from builders import A

from nir_desktop.core.findings import Severity, ack_key
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.review import (
    AcksSet,
    CellsWritten,
    EditsApplied,
    FindingsChanged,
    ReviewSession,
)
from nir_desktop.core.review.export import (
    ExportChoices,
    OutputKind,
    planned_outputs,
    report_tables_of,
    run_export,
)
from nir_desktop.core.rules.engine import check

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo" / "nir-demo-2021.xlsx"


def _places(findings) -> set[tuple]:
    return {(f.rule, f.sheet, f.row, f.column, tuple(sorted(map(str, f.params.items()))))
            for f in findings}


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    if not DEMO.is_file():
        pytest.skip("the demo export is missing")
    return Path(shutil.copy(DEMO, tmp_path / "nir-demo-2021.xlsx"))


def test_an_edit_rechecks_and_undo_redo_restore_the_check(demo: Path) -> None:
    review = ReviewSession.check(read_workbook(demo))
    before = _places(review.findings)
    f = next(f for f in review.findings if f.rule == "ID002" and f.suggestion)
    events: list[object] = []
    review.listen(events.append)

    step = review.edit([review.make_change(f.sheet, f.row_index, f.column, f.suggestion,
                                           f.rule)])
    assert step is not None
    assert [type(e) for e in events] == [CellsWritten, FindingsChanged, EditsApplied]
    assert review.net_edits[0].new == f.suggestion
    # The incremental check equals a fresh check of the edited workbook.
    assert _places(review.findings) == _places(check(review.workbook, review.year).findings)
    assert ack_key(f) not in {ack_key(g) for g in review.findings}

    assert review.undo() is step
    assert _places(review.findings) == before and review.edits == []
    assert events[-1] == EditsApplied([review_inverse(step.changes[0].edit)])
    assert review.redo() is step
    assert review.net_edits[0].new == f.suggestion


def review_inverse(e):
    from nir_desktop.core.edits import CellEdit

    return CellEdit(e.sheet, e.row, e.column, e.new, e.old, None, e.field)


def test_the_undo_history_refuses_a_caller_that_is_out_of_step(demo: Path) -> None:
    review = ReviewSession.check(read_workbook(demo))
    f = next(f for f in review.findings if f.rule == "ID002" and f.suggestion)
    first = review.edit([review.make_change(f.sheet, f.row_index, f.column, "x")])
    review.edit([review.make_change(f.sheet, f.row_index, f.column, "y")])
    with pytest.raises(RuntimeError):
        review.undo(expected=first)
    assert review.net_edits[0].new == "y"


def test_acknowledging_only_takes_warnings_and_leaves_them_in_the_report(demo: Path) -> None:
    review = ReviewSession.check(read_workbook(demo))
    warning = next(f for f in review.findings if f.severity is Severity.WARNING)
    error = next(f for f in review.findings if f.severity is Severity.ERROR)
    events: list[object] = []
    review.listen(events.append)
    open_before = review.open_findings()

    step = review.acknowledge([warning, error], "  kontrollert mot vedtaket ")
    assert step is not None and step.keys == [ack_key(warning)]
    assert review.acks == {ack_key(warning): "kontrollert mot vedtaket"}
    assert isinstance(events[0], AcksSet)
    after = review.open_findings()
    assert (len(after.warnings), after.acknowledged) == (len(open_before.warnings) - 1, 1)
    assert after.errors == open_before.errors

    snap = review.snapshot(ExportChoices(corrected=False))
    funn = report_tables_of(snap, masked=True, with_change_log=False)[1]
    assert funn.headers[-1] == "Kvittert ut"
    notes = {row[-1] for row in funn.rows if row[5] == warning.rule and row[1] == warning.row}
    assert "kontrollert mot vedtaket" in notes

    review.undo()
    assert review.acks == {}
    assert review.acknowledge([warning], None) is None  # nothing to withdraw


def _ended_as(path: Path, reason: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Lov", "Programstart", "Vedtaksdato", "Avslutningsdato",
               "Avslutningsårsak"])
    ws.append([A, "Introduksjonsloven", "01.03.2019", "15.02.2019", "30.06.2021", reason])
    t = wb.create_sheet("Tiltak")
    t.append(["Fødselsnummer", "Tiltak", "Startdato", "Sluttdato"])
    t.append([A, "Arbeidspraksis", "01.03.2019", "30.06.2021"])
    wb.save(path)
    return path


def test_the_report_counts_with_the_users_code_lists(tmp_path: Path) -> None:
    """The window's report once used the shipped code lists: «Lærling» added as education
    by the user counted as neither in the report's måloppnåelse."""
    from nir_desktop.core.user_codelists import add_code

    path = _ended_as(tmp_path / "eksport.xlsx", "Lærling")
    codes = add_code("avslutningsarsak", "Lærling", {"outcome": "education"},
                     user_dir=tmp_path / "codelists")
    review = ReviewSession.check(read_workbook(path), 2021, codelists=codes)
    assert review.goal() is not None and review.goal().achieved == 1

    snap = review.snapshot(ExportChoices(corrected=False))
    assert snap.codelists is codes
    notes = report_tables_of(snap, masked=True, with_change_log=False)[0].notes
    assert "Til arbeid: 0   Til utdanning: 1   Verken eller: 0" in notes
    assert "Måloppnåelse: 100 % (1 av 1)" in notes


def test_the_export_plan_writes_every_report_form(demo: Path, tmp_path: Path) -> None:
    review = ReviewSession.check(read_workbook(demo))
    f = next(f for f in review.findings if f.rule == "ID002" and f.suggestion)
    review.edit([review.make_change(f.sheet, f.row_index, f.column, f.suggestion, f.rule)])
    choices = ExportChoices(corrected=True, report_xlsx=True, report_html=True)
    out = tmp_path / "ut"
    out.mkdir()
    targets = planned_outputs(choices, review.workbook, out, today=date(2026, 12, 3))
    assert sorted(p.name for p in targets.values()) == [
        "nir-demo-2021_feilrapport_2026-12-03.html", "nir-demo-2021_feilrapport_2026-12-03.xlsx",
        "nir-demo-2021_korrigert_2026-12-03.xlsx"]
    written = run_export(review.snapshot(choices), choices, targets)
    assert [w.kind for w in written] == [OutputKind.CORRECTED, OutputKind.REPORT_XLSX,
                                         OutputKind.REPORT_HTML]
    html = targets[OutputKind.REPORT_HTML].read_text(encoding="utf-8")
    assert "<h2>Endringslogg</h2>" in html and '<meta charset="utf-8">' in html
    assert f.suggestion not in html  # masked like the xlsx report
    corrected = read_workbook(targets[OutputKind.CORRECTED])
    assert corrected.sheet_named(f.sheet).text(f.row_index, f.column) == f.suggestion


def test_a_pdf_without_a_layout_engine_fails_with_a_message(demo: Path, tmp_path: Path,
                                                            ) -> None:
    from nir_desktop.core.review.export import ExportFailed

    review = ReviewSession.check(read_workbook(demo))
    choices = ExportChoices(corrected=False, report_xlsx=False, report_pdf=True)
    with pytest.raises(ExportFailed) as exc:
        run_export(review.snapshot(choices), choices, {OutputKind.REPORT_PDF: tmp_path / "r.pdf"})
    assert exc.value.message.startswith("PDF-rapporten krever Qt (PySide6)")
    assert not (tmp_path / "r.pdf").exists()


def test_a_saved_session_applies_its_edits_and_acknowledgements(demo: Path, tmp_path: Path,
                                                               ) -> None:
    from nir_desktop.core.session import Autosaver, SessionStore, new_session

    wb = read_workbook(demo)
    review = ReviewSession.check(wb)
    f = next(f for f in review.findings if f.rule == "ID002" and f.suggestion)
    warning = next(g for g in review.findings if g.severity is Severity.WARNING
                   and g.rule != "ID002")
    store = SessionStore(tmp_path / "okter")
    saver = Autosaver(store, new_session(wb))
    change = review.make_change(f.sheet, f.row_index, f.column, f.suggestion, f.rule)
    saver.record_edit(change.edit, wb)
    saver.acknowledge(warning.rule, warning.sheet, warning.row, warning.column, "sjekket", wb)
    saver.close()

    fresh = ReviewSession.check(read_workbook(demo))
    applied = fresh.apply_session(saver.session)
    assert (applied.edits, applied.acknowledgements, applied.summary_nb) == (1, 1, None)
    assert fresh.net_edits == [change.edit]
    assert fresh.acks == {ack_key(warning): "sjekket"}
    assert fresh.can_undo  # the restored edits are one step the user can undo


def test_the_change_log_lists_the_cells_the_csv_formula_guard_changed(tmp_path: Path) -> None:
    """The corrected CSV neutralises a formula-like cell with an apostrophe; the change log
    written with it once left that change out, so the caseworker could not see why a cell
    of the file they re-import differs from what they typed."""
    src = tmp_path / "eksport.csv"
    src.write_text(
        "Fødselsnummer;Navn;Saksnummer\n"
        f"{A};Kari Nordmann;=1+2\n", encoding="utf-8")
    review = ReviewSession.check(read_workbook(src), 2021)
    choices = ExportChoices(corrected=True, report_xlsx=False, change_log=True,
                            change_log_in_report=False)
    out = tmp_path / "ut"
    out.mkdir()
    targets = planned_outputs(choices, review.workbook, out, today=date(2026, 12, 3))
    written = run_export(review.snapshot(choices), choices, targets)
    assert [w.kind for w in written] == [OutputKind.CORRECTED, OutputKind.CHANGE_LOG]
    assert "'=1+2" in targets[OutputKind.CORRECTED].read_text(encoding="utf-8")
    log = openpyxl.load_workbook(targets[OutputKind.CHANGE_LOG])
    rows = [tuple(r) for r in log.active.iter_rows(min_row=2, values_only=True)]
    assert ("Saksnummer", "=1+2", "'=1+2", "CSV-formel") in [(r[3], r[4], r[5], r[6])
                                                               for r in rows]
