"""Applying a saved session to the same export or a newer one: rows followed, conflicts
left alone and reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_fixtures import (
    FNR_A,
    FNR_B,
    FNR_C,
    _session_with_edits,
    edit_cell,
    make_workbook,
    original_rows,
    synthetic_fnr,
)

from nir_desktop.core.model import Workbook
from nir_desktop.core.session import (
    Autosaver,
    SessionStore,
    apply_to,
    new_session,
)

# -- applying a session ----------------------------------------------------------------

def test_apply_to_the_same_file_restores_the_edits(store: SessionStore, wb: Workbook,
                                                   tmp_path: Path) -> None:
    session = _session_with_edits(store, wb)
    fresh = make_workbook(tmp_path / "original", original_rows())
    result = apply_to(session, fresh)
    assert result.same_file
    assert len(result.applied) == 2 and not result.conflicts and not result.not_applied
    sheet = fresh.sheets[0]
    assert [sheet.text(i, 2) for i in range(3)] == [
        "Arbeid heltid", "Annet", "Videregående opplæring"]
    assert sheet.text(1, 3) == "0301"
    assert sheet.value(0, "avslutningsarsak") == "Arbeid heltid"  # re-parsed too
    assert [(e.row, e.column, e.new) for e in result.cell_edits] == [
        (2, 2, "Arbeid heltid"), (4, 2, "Videregående opplæring")]
    assert result.ack_map() == {("W020", "Deltakere", 3, 2): "kontrollert, riktig"}


def test_apply_to_a_newer_export_follows_rows_that_moved(store: SessionStore, wb: Workbook,
                                                         tmp_path: Path) -> None:
    session = _session_with_edits(store, wb)
    # The newer export: a new person first, rows in another order, columns reordered.
    headers = ["Navn", "Kommunenr", "Fødselsnummer", "Avslutningsårsak"]
    columns = {"navn": 0, "kommunenummer": 1, "fodselsnummer": 2, "avslutningsarsak": 3}
    newer_fnr = synthetic_fnr(1, 1, 1, 100)
    rows = [
        ["Testperson Fire", "0301", newer_fnr, "Annet"],
        ["Testperson Tre", "4601", FNR_C, "Grunnskole"],
        ["Testperson En", "0301", FNR_A, "Arbeid heltd"],
        ["Testperson To", "0301", FNR_B, "Annet"],
    ]
    newer = make_workbook(tmp_path / "ny", rows, name="eksport-mars.xlsx",
                          content=b"newer export bytes", headers=headers, columns=columns)
    result = apply_to(session, newer)
    assert not result.same_file
    sheet = newer.sheets[0]
    assert sheet.text(2, 3) == "Arbeid heltid"  # FNR_A, now row 4
    assert sheet.text(1, 3) == "Videregående opplæring"  # FNR_C, now row 3
    assert sheet.text(0, 3) == "Annet" and sheet.text(3, 3) == "Annet"
    assert sorted((e.row, e.column, e.new) for e in result.cell_edits) == [
        (3, 3, "Videregående opplæring"), (4, 3, "Arbeid heltid")]
    # The acknowledgement follows FNR_B to row 5, column D.
    assert result.ack_map() == {("W020", "Deltakere", 5, 3): "kontrollert, riktig"}

    rebased = result.rebased_session(session, newer)
    assert rebased.file.name == "eksport-mars.xlsx"
    assert rebased.content_hash == newer.content_hash
    assert sorted((e.row, e.column) for e in rebased.edits) == [(3, 3), (4, 3)]


def test_a_cell_changed_since_is_a_conflict_and_left_alone(store: SessionStore, wb: Workbook,
                                                           tmp_path: Path) -> None:
    session = _session_with_edits(store, wb)
    rows = original_rows()
    rows[0][2] = "Arbeid deltid"  # someone changed FNR_A's avslutningsårsak in NIR
    newer = make_workbook(tmp_path / "ny", rows, content=b"newer")
    result = apply_to(session, newer)
    [conflict] = result.conflicts
    assert conflict.record.fnr == FNR_A
    assert conflict.current == "Arbeid deltid"
    assert "Arbeid heltd" in (conflict.reason or "") and "Arbeid deltid" in (conflict.reason or "")
    assert newer.sheets[0].text(0, 2) == "Arbeid deltid"
    assert [o.record.fnr for o in result.applied] == [FNR_C]


def test_an_fnr_on_two_rows_is_not_guessed(store: SessionStore, wb: Workbook,
                                           tmp_path: Path) -> None:
    session = _session_with_edits(store, wb)
    rows = [*original_rows(), [FNR_A, "Testperson En", "Arbeid heltd", "0301"]]
    newer = make_workbook(tmp_path / "ny", rows, content=b"newer")
    result = apply_to(session, newer)
    [skipped] = result.not_applied
    assert skipped.record.fnr == FNR_A
    assert "2 rader" in (skipped.reason or "")
    assert newer.sheets[0].text(0, 2) == "Arbeid heltd"
    assert newer.sheets[0].text(3, 2) == "Arbeid heltd"


def test_a_person_missing_from_the_newer_export_is_reported(store: SessionStore, wb: Workbook,
                                                            tmp_path: Path) -> None:
    session = _session_with_edits(store, wb)
    newer = make_workbook(tmp_path / "ny", original_rows()[1:], content=b"newer")
    result = apply_to(session, newer)
    [skipped] = result.not_applied
    assert "Fant ingen rad med dette fødselsnummeret" in (skipped.reason or "")
    assert "1 kunne ikke brukes" in result.summary_nb()


def test_an_edit_already_made_in_the_newer_export_counts_as_done(
        store: SessionStore, wb: Workbook, tmp_path: Path) -> None:
    session = _session_with_edits(store, wb)
    rows = original_rows()
    rows[0][2] = "Arbeid heltid"
    newer = make_workbook(tmp_path / "ny", rows, content=b"newer")
    result = apply_to(session, newer)
    assert [o.record.fnr for o in result.already] == [FNR_A]
    assert not result.conflicts
    rebased = result.rebased_session(session, newer)
    assert [e.fnr for e in rebased.edits] == [FNR_C]  # no edit for what NIR already has


def test_a_corrected_fnr_still_finds_its_row(store: SessionStore, tmp_path: Path) -> None:
    typo = FNR_A[:5] + ("1" if FNR_A[5] != "1" else "2") + FNR_A[6:]
    rows = original_rows()
    rows[0][0] = typo
    wb = make_workbook(tmp_path / "original", rows)
    with Autosaver(store, new_session(wb), delay_s=3600) as saver:
        edit_cell(wb, saver, 2, 0, FNR_A)  # fix the fødselsnummer itself
        edit_cell(wb, saver, 2, 2, "Arbeid heltid")
    session = store.load(wb.content_hash)
    assert session is not None
    assert {e.fnr for e in session.edits} == {typo}  # keyed by the value in the file

    # NIR still has the typo: both edits apply.
    still = make_workbook(tmp_path / "ny1", [r[:] for r in rows], content=b"n1")
    assert len(apply_to(session, still).applied) == 2
    # NIR has been corrected: the fnr edit is done, the other still finds the row.
    fixed_rows = original_rows()
    fixed = make_workbook(tmp_path / "ny2", fixed_rows, content=b"n2")
    result = apply_to(session, fixed)
    assert [o.record.column for o in result.already] == [0]
    assert [o.record.column for o in result.applied] == [2]
    assert fixed.sheets[0].text(0, 2) == "Arbeid heltid"


def test_original_file_is_untouched_and_nothing_is_written_beside_it(
        store: SessionStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIR_KONTROLL_HOME", str(tmp_path / "home"))
    folder = tmp_path / "original"
    wb = make_workbook(folder, original_rows())
    before = wb.path.read_bytes()
    listing = sorted(p.name for p in folder.iterdir())

    store = SessionStore()  # the default folder: under NIR_KONTROLL_HOME
    saver = Autosaver(store, new_session(wb), delay_s=0.01)
    for n in range(5):
        edit_cell(wb, saver, 2 + n % 3, 2, f"Verdi {n}")
    saver.acknowledge("W020", "Deltakere", 3, 2, "ok", wb)
    saver.close()
    session = store.load(wb.content_hash)
    assert session is not None
    store.export(session, tmp_path / "eksportert-økt.json")
    apply_to(session, make_workbook(folder, original_rows(), write=False))

    assert wb.path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == listing
    assert store.directory == tmp_path / "home" / "sessions"


def test_why_an_edit_was_not_moved_reads_in_english_and_nynorsk(
        store: SessionStore, wb: Workbook, tmp_path: Path) -> None:
    from nir_desktop.core.i18n import render

    session = _session_with_edits(store, wb)
    newer = make_workbook(tmp_path / "ny", original_rows()[1:], content=b"newer")
    result = apply_to(session, newer)
    [skipped] = result.not_applied
    assert render(skipped.reason, "en") == (
        "No row with this national identity number in the sheet «Deltakere».")
    assert render(skipped.reason, "nn") == (
        "Fann ingen rad med dette fødselsnummeret i arket «Deltakere».")
    summary = result.summary_nb()
    assert "1 kunne ikke brukes" in summary
    assert "1 could not be used" in render(summary, "en")
    assert "1 kunne ikkje brukast" in render(summary, "nn")
