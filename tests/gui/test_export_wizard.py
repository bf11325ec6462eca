"""The export wizard, driven through its pages in the real window: corrected files that
re-open without the fixed findings, reports (xlsx and PDF), never the original, and
confirmation before replacing anything."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from nir_desktop.core.findings import Severity
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.rules.engine import check
from nir_desktop.gui.export import export_pages, export_wizard
from nir_desktop.gui.export.export_job import OutputKind


@pytest.fixture
def export_copy(tmp_path: Path, demo_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    copy = src / "nir-eksport.xlsx"
    shutil.copy(demo_path, copy)
    return copy


def _fix_two(window) -> list[tuple[str, str, int, int, str]]:
    """Fix findings as a caseworker would: two suggested fixes of different rules, and one
    value typed into the table. Returns (rule, sheet, row, column, new value) of each."""
    doc = window.document
    done: list[tuple[str, str, int, int, str]] = []
    for f in list(doc.findings):
        if (f.suggestion is None or f.column is None or f.sheet != "Deltakere"
                or any(d[0] == f.rule for d in done)):
            continue
        if doc.apply_suggestion(f):
            done.append((f.rule, f.sheet, f.row, f.column, f.suggestion))
        if len(done) == 2:
            break
    assert len(done) == 2, "the demo export should have two findings with suggested fixes"
    f = next(f for f in doc.findings if f.rule == "AVS001")
    page = window.page_of(f.sheet)
    assert page.proxy.setData(page.index_at(f.row_index, f.column), "Arbeid heltid")
    done.append((f.rule, f.sheet, f.row, f.column, "Arbeid heltid"))
    return done


def _wizard(window, messages: list[tuple[str, str]], answer: bool = True):
    actions = export_wizard.install(window)
    wiz = actions.show_wizard()
    assert wiz is not None
    wiz.tell = lambda title, text: messages.append((title, text))  # type: ignore[method-assign]

    def ask(title: str, text: str) -> bool:
        messages.append((title, text))
        return answer
    wiz.ask = ask  # type: ignore[method-assign]
    return wiz


def _to_destination(wiz) -> None:
    wiz.next()  # -> open findings
    assert wiz.currentPage() is wiz.findings_page
    if not wiz.findings_page.isComplete():
        wiz.findings_page.anyway.setChecked(True)
    wiz.next()  # -> options (skipped when there is no report or change log to set up)
    if wiz.what_page.report.isChecked() or wiz.what_page.change_log.isChecked():
        assert wiz.currentPage() is wiz.options_page
        wiz.next()  # -> destination
    assert wiz.currentPage() is wiz.destination_page


def _write(qtbot, wiz) -> None:
    wiz.next()  # destination validated -> summary
    assert wiz.currentPage() is wiz.summary_page
    wiz.next()  # "Lagre filene": the write starts in a worker
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.done_page, timeout=60_000)


def _cells(path: Path) -> dict[tuple[str, int, int], str]:
    wb = read_workbook(path)
    return {(s.name, s.row_numbers[r], c): s.text(r, c)
            for s in wb.sheets for r in range(len(s.rows)) for c in range(len(s.rows[r]))}


def test_corrected_export_reopens_without_the_fixed_findings(qtbot, window, open_file,
                                                              export_copy, monkeypatch):
    original_bytes = export_copy.read_bytes()
    open_file(window, export_copy)
    fixed = _fix_two(window)
    messages: list[tuple[str, str]] = []
    wiz = _wizard(window, messages)
    _to_destination(wiz)
    targets = wiz.destination_page.targets()
    assert targets[OutputKind.CORRECTED].parent == export_copy.parent
    assert re.fullmatch(r"nir-eksport_korrigert_\d{4}-\d{2}-\d{2}\.xlsx",
                        targets[OutputKind.CORRECTED].name)
    _write(qtbot, wiz)
    assert messages == []
    corrected = targets[OutputKind.CORRECTED]
    assert corrected.is_file()

    # The original is untouched, byte for byte.
    assert export_copy.read_bytes() == original_bytes
    # The fixed findings are gone when our reader and checker open the corrected file...
    result = check(read_workbook(corrected), window.document.year)
    left = {(f.rule, f.sheet, f.row, f.column) for f in result.findings}
    for rule, sheet, row, column, _new in fixed:
        assert (rule, sheet, row, column) not in left
    # ...and every other cell is what it was.
    before, after = _cells(export_copy), _cells(corrected)
    changed = {(sheet, row, column): new for _r, sheet, row, column, new in fixed}
    for key, text in before.items():
        assert after.get(key, "") == changed.get(key, text), key
    for key, new in changed.items():
        assert after[key] == new

    # The final page lists the files and opens their folder.
    listed = [wiz.done_page.files.item(i).text()
              for i in range(wiz.done_page.files.count())]
    assert any(corrected.name in line for line in listed)
    opened: list[str] = []

    class FakeServices:
        @staticmethod
        def openUrl(url) -> bool:
            opened.append(url.toLocalFile())
            return True
    monkeypatch.setattr(export_pages, "QDesktopServices", FakeServices)
    wiz.done_page.open_folder.click()
    assert [Path(p) for p in opened] == [export_copy.parent]


def test_the_original_is_refused_as_destination(qtbot, window, open_file, export_copy):
    original_bytes = export_copy.read_bytes()
    open_file(window, export_copy)
    _fix_two(window)
    messages: list[tuple[str, str]] = []
    wiz = _wizard(window, messages)
    _to_destination(wiz)
    wiz.destination_page.edits[OutputKind.CORRECTED].setText(export_copy.name)
    wiz.next()
    assert wiz.currentPage() is wiz.destination_page  # refused, still here
    assert messages and "originalen" in messages[-1][0].lower()
    assert export_copy.name in messages[-1][1]
    assert export_copy.read_bytes() == original_bytes


def test_replacing_an_existing_file_needs_confirmation(qtbot, window, open_file,
                                                       export_copy):
    open_file(window, export_copy)
    messages: list[tuple[str, str]] = []
    wiz = _wizard(window, messages, answer=False)
    _to_destination(wiz)
    report = wiz.destination_page.targets()[OutputKind.REPORT_XLSX]
    wiz.destination_page.edits[OutputKind.REPORT_XLSX].setText("rapport.xlsx")
    existing = report.with_name("rapport.xlsx")
    existing.write_bytes(b"en annen fil")
    wiz.next()
    assert wiz.currentPage() is wiz.destination_page  # the user said no
    assert "rapport.xlsx" in messages[-1][1]
    assert existing.read_bytes() == b"en annen fil"
    wiz.ask = lambda title, text: True  # type: ignore[method-assign]
    _write(qtbot, wiz)
    assert existing.read_bytes().startswith(b"PK")  # now an xlsx report


def test_reports_pdf_and_xlsx_with_masked_fnr_and_the_open_note(qtbot, window, open_file,
                                                                 export_copy):
    open_file(window, export_copy)
    _fix_two(window)
    doc = window.document
    messages: list[tuple[str, str]] = []
    wiz = _wizard(window, messages)
    wiz.what_page.corrected.setChecked(False)
    wiz.next()
    wiz.findings_page.anyway.setChecked(True)
    wiz.next()
    wiz.options_page.pdf.setChecked(True)
    assert wiz.options_page.mask.isChecked()  # masking is the default
    wiz.next()
    targets = wiz.destination_page.targets()
    assert set(targets) == {OutputKind.REPORT_XLSX, OutputKind.REPORT_PDF}
    _write(qtbot, wiz)

    pdf = targets[OutputKind.REPORT_PDF].read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    book = openpyxl.load_workbook(targets[OutputKind.REPORT_XLSX], read_only=True)
    texts = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for v in row if v is not None]
    book.close()
    assert any(t.startswith("Merk: Eksportert med") for t in texts)
    assert "Endringslogg" in book.sheetnames  # the change log is a sheet of the report
    fnrs = {s.text(r, c) for s in doc.workbook.sheets
            if (c := s.columns.get("fodselsnummer")) is not None for r in range(len(s.rows))}
    fnrs = {n for n in fnrs if len(n) == 11}
    assert fnrs
    assert not [t for t in texts if any(n in t for n in fnrs)]


def test_open_findings_page_counts_match_the_check(qtbot, window, open_file, export_copy):
    open_file(window, export_copy)
    doc = window.document
    warning = next(f for f in doc.findings if f.severity is Severity.WARNING)
    doc.acknowledge([warning], "kontrollert, riktig")
    errors = sum(1 for f in doc.result.findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in doc.result.findings if f.severity is Severity.WARNING)
    wiz = _wizard(window, [])
    wiz.next()
    page = wiz.findings_page
    assert f"{errors} feil" in page.summary.text()
    assert f"{warnings - 1} advarsler" in page.summary.text()  # the acknowledged one is out
    assert page.warnings.count() == min(warnings - 1, export_pages.MAX_LISTED_WARNINGS)
    assert not page.isComplete()  # go back, or say "export anyway"
    page.anyway.setChecked(True)
    assert page.isComplete()


def test_csv_export_keeps_the_original_encoding(qtbot, window, open_file, tmp_path,
                                                demo_path):
    src = demo_path.with_name("nir-demo-2021-deltakere.csv")
    copy = tmp_path / "deltakere.csv"
    shutil.copy(src, copy)
    original = copy.read_bytes()
    open_file(window, copy)
    doc = window.document
    sheet = doc.workbook.sheets[0]
    name_col = next(i for i, h in enumerate(sheet.headers) if h.lower() == "navn")
    assert doc.edit_cell(sheet.name, 0, name_col, "Åse Ørnebråten")
    messages: list[tuple[str, str]] = []
    wiz = _wizard(window, messages)
    for box in (wiz.what_page.report, wiz.what_page.change_log):
        box.setChecked(False)
    _to_destination(wiz)
    target = wiz.destination_page.targets()[OutputKind.CORRECTED]
    assert target.suffix == ".csv"
    _write(qtbot, wiz)
    assert copy.read_bytes() == original
    data = target.read_bytes()
    assert "Åse Ørnebråten".encode("cp1252") in data
    assert b"\r\n" in data and not data.startswith(b"\xef\xbb\xbf")
    # Every other line is byte-identical.
    old_lines, new_lines = original.split(b"\r\n"), data.split(b"\r\n")
    assert len(old_lines) == len(new_lines)
    assert sum(1 for a, b in zip(old_lines, new_lines, strict=True) if a != b) == 1


def test_a_failed_write_shows_a_norwegian_message_and_leaves_no_half_file(
        qtbot, window, open_file, export_copy, tmp_path):
    open_file(window, export_copy)
    _fix_two(window)
    out = tmp_path / "ut"
    out.mkdir()
    messages: list[tuple[str, str]] = []
    wiz = _wizard(window, messages)
    _to_destination(wiz)
    wiz.destination_page.folder.setText(str(out))
    wiz.next()
    assert wiz.currentPage() is wiz.summary_page
    shutil.rmtree(out)  # the folder disappears (a network drive dropped) before the write
    wiz.next()
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    qtbot.waitUntil(lambda: not wiz.writing, timeout=10_000)
    assert wiz.currentPage() is wiz.summary_page
    assert "ikke" in messages[-1][0].lower()
    assert not out.exists() or not any(out.iterdir())


def _tab_to(qtbot, wiz, widget) -> None:
    """Press Tab until ``widget`` has the focus (it must be reachable by keyboard)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(30):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget() or wiz, Qt.Key.Key_Tab)
    raise AssertionError(f"{widget.accessibleName()} cannot be reached with Tab")


def _press(qtbot, wiz, key: Qt.Key) -> None:
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget() or wiz, key)


def test_the_wizard_can_be_used_from_the_keyboard(qtbot, window, open_file, export_copy):
    open_file(window, export_copy)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    messages: list[tuple[str, str]] = []
    actions = export_wizard.install(window)  # the window installs it itself; no doubles
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Ctrl+E
    wiz = actions.wizard
    assert wiz is not None
    wiz.tell = lambda title, text: messages.append((title, text))  # type: ignore[method-assign]
    qtbot.waitExposed(wiz)
    wiz.activateWindow()
    qtbot.waitUntil(wiz.isActiveWindow)
    assert wiz.currentPage() is wiz.what_page
    _tab_to(qtbot, wiz, wiz.what_page.changed_rows)
    _press(qtbot, wiz, Qt.Key.Key_Space)
    assert wiz.what_page.changed_rows.isChecked()
    _press(qtbot, wiz, Qt.Key.Key_Return)  # Neste is the default button
    assert wiz.currentPage() is wiz.findings_page
    _tab_to(qtbot, wiz, wiz.findings_page.anyway)
    _press(qtbot, wiz, Qt.Key.Key_Space)
    assert wiz.findings_page.anyway.isChecked()
    _press(qtbot, wiz, Qt.Key.Key_Return)
    assert wiz.currentPage() is wiz.options_page
    _tab_to(qtbot, wiz, wiz.options_page.pdf)
    _press(qtbot, wiz, Qt.Key.Key_Space)
    assert wiz.options_page.pdf.isChecked()
    _press(qtbot, wiz, Qt.Key.Key_Return)
    assert wiz.currentPage() is wiz.destination_page
    _tab_to(qtbot, wiz, wiz.destination_page.choose)  # the folder chooser is reachable
    _tab_to(qtbot, wiz, wiz.button(wiz.WizardButton.NextButton))
    _press(qtbot, wiz, Qt.Key.Key_Space)
    assert wiz.currentPage() is wiz.summary_page
    _press(qtbot, wiz, Qt.Key.Key_Return)  # "Lagre filene"
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.done_page, timeout=60_000)
    assert messages == []
    assert wiz.done_page.files.count() == 4
    for w in (wiz.what_page.corrected, wiz.findings_page.anyway, wiz.options_page.mask,
              wiz.destination_page.folder, wiz.done_page.open_folder):
        assert w.accessibleName()


def test_going_back_to_fix_shows_the_first_open_finding(qtbot, window, open_file,
                                                        export_copy):
    open_file(window, export_copy)
    wiz = _wizard(window, [])
    wiz.next()
    first = wiz.open_found().errors[0]
    wiz.findings_page.back_to_review.click()
    assert not wiz.isVisible()
    assert window.current_finding() == first


def _file_with_mapped_spelling(path: Path) -> Path:
    """Standard headers; the Tiltak sheet spells a code its own way ("Arb.praksis")."""
    from datetime import date

    from nir_desktop.core.fnr import make_synthetic

    fnr1 = make_synthetic(date(1985, 3, 15), 123, next_valid=True)  # synthetic (month + 80)
    fnr2 = make_synthetic(date(1990, 11, 2), 456, next_valid=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Navn", "Programstart", "Vedtaksdato", "Avsl. årsak"])
    ws.append([fnr1, "Kari Test", "01.03.2021", "15.02.2021", ""])
    ws.append([fnr2, "Ola Test", "01.04.2021", "20.03.2021", ""])
    t = wb.create_sheet("Tiltak")
    t.append(["Fødselsnummer", "Tiltak", "Startdato", "Sluttdato"])
    t.append([fnr1, "Arb.praksis", "01.03.2021", "31.12.2021"])
    t.append([fnr2, "Norskopplæring", "01.04.2021", "31.12.2021"])
    t.append([fnr2, "arb.PRAKSIS", "01.05.2021", "31.12.2021"])
    wb.save(path)
    return path


@pytest.mark.parametrize("canonical", [False, True])
def test_mapped_spellings_are_kept_or_written_as_the_code_list_value(
        qtbot, window, open_file, tmp_path, canonical):
    from nir_desktop.core.mapping import MappingProfile, ProfileStore, profile_from_workbook
    from nir_desktop.core.value_mapping import with_value
    from nir_desktop.gui.mapping.mapping_hooks import install

    src = tmp_path / "src"
    src.mkdir()
    path = _file_with_mapped_spelling(src / "fagsystem.xlsx")
    profile = with_value(MappingProfile(name="p"), "tiltak", "Arb.praksis", "Arbeidspraksis")
    store = ProfileStore(tmp_path / "profiles")
    store.save(profile_from_workbook("Fagsystem", read_workbook(path, profile=profile)))
    install(window).use_folders(tmp_path / "profiles", tmp_path / "codelists")
    open_file(window, path, year=2021)
    doc = window.document
    assert doc.workbook.profile == "Fagsystem"
    assert not [f for f in doc.findings if f.rule == "KODE001"]  # the mapping is in use

    messages: list[tuple[str, str]] = []
    wiz = _wizard(window, messages)
    # Only the corrected file, changed rows and the change log (in a file of its own).
    wiz.what_page.report.setChecked(False)
    wiz.what_page.changed_rows.setChecked(True)
    wiz.what_page.change_log.setChecked(True)
    wiz.next()
    if not wiz.findings_page.isComplete():
        wiz.findings_page.anyway.setChecked(True)
    wiz.next()
    opts = wiz.options_page
    assert wiz.currentPage() is opts
    assert opts.values_box.isVisible()
    assert opts.keep_spelling.isChecked()  # the default keeps the file as it is
    assert "2" in opts.canonical.text()  # two cells hold the mapped spelling
    (opts.canonical if canonical else opts.keep_spelling).setChecked(True)
    wiz.next()
    assert wiz.currentPage() is wiz.destination_page
    targets = wiz.destination_page.targets()
    _write(qtbot, wiz)
    assert messages == []

    corrected = read_workbook(targets[OutputKind.CORRECTED])
    tiltak = corrected.sheet_named("Tiltak")
    col = 1
    values = [tiltak.text(r, col) for r in range(len(tiltak.rows))]
    if canonical:
        assert values == ["Arbeidspraksis", "Norskopplæring", "Arbeidspraksis"]
    else:
        assert values == ["Arb.praksis", "Norskopplæring", "arb.PRAKSIS"]
    # The change log lists the replaced cells (and nothing when the spelling is kept).
    log_wb = openpyxl.load_workbook(targets[OutputKind.CHANGE_LOG], read_only=True)
    log_rows = [r for r in log_wb.worksheets[0].iter_rows(values_only=True)
                if r and r[0] == "Tiltak"]
    log_wb.close()
    assert sorted((r[1], r[4], r[5]) for r in log_rows) == (
        [(2, "Arb.praksis", "Arbeidspraksis"), (4, "arb.PRAKSIS", "Arbeidspraksis")]
        if canonical else [])
    changed = openpyxl.load_workbook(targets[OutputKind.CHANGED_ROWS], read_only=True)
    changed_text = [str(v) for ws in changed.worksheets
                    for r in ws.iter_rows(values_only=True) for v in r if v is not None]
    changed.close()
    assert ("Arbeidspraksis" in changed_text) == canonical
    # The original is never touched.
    assert read_workbook(path).sheet_named("Tiltak").text(0, col) == "Arb.praksis"


def test_no_value_choice_without_mapped_spellings(qtbot, window, open_file, export_copy):
    open_file(window, export_copy)
    wiz = _wizard(window, [])
    assert wiz.mapped_cells == 0
    wiz.next()
    wiz.findings_page.anyway.setChecked(True)
    wiz.next()
    assert wiz.currentPage() is wiz.options_page
    assert not wiz.options_page.values_box.isVisible()
    assert not wiz.choices().canonical_values
