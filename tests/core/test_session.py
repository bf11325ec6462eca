"""Review sessions: saved, reloaded, exchanged and re-applied without losing work."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from datetime import timedelta
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

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.model import Workbook
from nir_desktop.core.session import (
    SCHEMA_VERSION,
    Autosaver,
    Session,
    SessionBusyError,
    SessionError,
    SessionStore,
    content_hash_of,
    new_session,
    related_sessions,
)

# -- save, load, identity -----------------------------------------------------------------

def test_new_session_identifies_the_file(wb: Workbook) -> None:
    s = new_session(wb)
    assert s.file.content_hash == content_hash_of(wb.path)
    assert s.file.name == "eksport.xlsx"
    assert s.file.size == len(b"original export bytes")
    assert s.file.format == "xlsx"
    assert s.reporting_year == 2021
    assert s.schema_version == SCHEMA_VERSION == 1
    assert s.is_empty


def test_round_trip_keeps_edits_acks_and_notes(store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=60)
    edit_cell(wb, saver, 2, 2, "Arbeid heltid", rule="K010")
    edit_cell(wb, saver, 2, 3, "0301", rule="ID003")
    saver.acknowledge("W020", "Deltakere", 3, 2, "kontrollert, riktig", wb)
    saver.add_note("Ringe NAV om deltaker i rad 4", "Deltakere", 4, wb)
    saver.close()

    loaded = store.load(wb.content_hash)
    assert loaded is not None
    assert loaded.model_dump() == saver.session.model_dump()
    assert [(e.row, e.column, e.old, e.new, e.rule, e.field) for e in loaded.edits] == [
        (2, 2, "Arbeid heltd", "Arbeid heltid", "K010", "avslutningsarsak"),
        (2, 3, "301", "0301", "ID003", "kommunenummer"),
    ]
    assert all(e.fnr == FNR_A for e in loaded.edits)
    assert loaded.edits[0].header == "Avslutningsårsak"
    assert loaded.ack_map() == {("W020", "Deltakere", 3, 2): "kontrollert, riktig"}
    assert loaded.acknowledgements[0].fnr == FNR_B
    assert loaded.notes[0].text == "Ringe NAV om deltaker i rad 4"
    assert loaded.notes[0].fnr == FNR_C


def test_session_file_holds_no_data_from_untouched_cells(store: SessionStore,
                                                         wb: Workbook) -> None:
    with Autosaver(store, new_session(wb), delay_s=60) as saver:
        edit_cell(wb, saver, 2, 2, "Arbeid heltid")
    text = store.path_for(wb.content_hash).read_text("utf-8")
    assert "Testperson" not in text  # names are never stored
    assert FNR_C not in text  # rows without edits leave no trace
    assert "Grunnskole" not in text


def test_save_leaves_no_temporary_files(store: SessionStore, wb: Workbook) -> None:
    s = new_session(wb)
    store.save(s)
    store.save(s)
    assert sorted(p.name for p in store.directory.iterdir()) == [f"{wb.content_hash}.json"]
    assert json.loads(store.path_for(wb.content_hash).read_text("utf-8"))["schema_version"] == 1


def test_load_of_unknown_file_is_none(store: SessionStore) -> None:
    assert store.load("0" * 64) is None
    assert store.recover("0" * 64) is None


def test_path_for_rejects_anything_but_a_hash(store: SessionStore) -> None:
    with pytest.raises(ValueError):
        store.path_for("../../etc/passwd")


def test_acknowledge_then_withdraw(store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=60)
    saver.acknowledge("W020", "Deltakere", 3, 2, "først", wb)
    saver.acknowledge("W020", "Deltakere", 3, 2, "kontrollert, riktig", wb)
    saver.acknowledge("W031", "Deltakere", 4, None, "ok", wb)
    saver.unacknowledge("W031", "Deltakere", 4, None)
    saver.close()
    loaded = store.load(wb.content_hash)
    assert loaded is not None
    assert loaded.ack_map() == {("W020", "Deltakere", 3, 2): "kontrollert, riktig"}


def test_list_shows_sessions_newest_first_and_skips_broken_files(
        store: SessionStore, tmp_path: Path) -> None:
    first = make_workbook(tmp_path / "a", original_rows(), content=b"first")
    second = make_workbook(tmp_path / "b", original_rows(), name="ny.xlsx", content=b"second")
    with Autosaver(store, new_session(first), delay_s=60) as saver:
        edit_cell(first, saver, 2, 2, "Arbeid heltid")
    time.sleep(0.01)  # distinct "updated" stamps; ordering, not timing, is asserted
    store.save(new_session(second))
    (store.directory / ("f" * 64 + ".json")).write_text("{ not json", "utf-8")
    infos = store.list()
    assert [i.file_name for i in infos] == ["ny.xlsx", "eksport.xlsx"]
    assert infos[1].edits == 1 and infos[1].pending == 0


# -- schema, import and export -------------------------------------------------------------

def _write_json(path: Path, obj: object) -> Path:
    path.write_text(json.dumps(obj), "utf-8")
    return path


def test_export_and_import_hand_over_a_session(store: SessionStore, wb: Workbook,
                                               tmp_path: Path) -> None:
    with Autosaver(store, new_session(wb), delay_s=60) as saver:
        edit_cell(wb, saver, 3, 2, "Arbeid heltid")
        saver.acknowledge("W020", "Deltakere", 4, 2, "kontrollert, riktig", wb)
    session = store.load(wb.content_hash)
    assert session is not None
    (tmp_path / "til kollega").mkdir()
    out = store.export(session, tmp_path / "til kollega" / "økt.json")
    assert out.exists()

    colleague = SessionStore(tmp_path / "kollega" / "sessions")
    imported = colleague.import_(out)
    assert imported.model_dump() == session.model_dump()
    colleague.save(imported)
    assert colleague.load(wb.content_hash) == imported


def test_import_refuses_a_newer_schema(store: SessionStore, wb: Workbook,
                                       tmp_path: Path) -> None:
    obj = json.loads(new_session(wb).model_dump_json())
    obj["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(SessionError) as exc:
        store.import_(_write_json(tmp_path / "ny.json", obj))
    assert "nyere versjon av NIR-kontroll" in exc.value.message
    assert "ny.json" in exc.value.message


def test_import_refuses_an_old_schema(store: SessionStore, wb: Workbook,
                                      tmp_path: Path) -> None:
    obj = json.loads(new_session(wb).model_dump_json())
    obj["schema_version"] = 0
    with pytest.raises(SessionError, match="gammelt format"):
        store.import_(_write_json(tmp_path / "gammel.json", obj))


@pytest.mark.parametrize(("content", "expected"), [
    (b'{"kind": "nir-kontroll-session", "schema_version": 1, "file": {"content_h',
     "ikke gyldig JSON"),
    (b"\xff\xfe\x00garbage", "ikke gyldig JSON"),
    (b"", "ikke gyldig JSON"),
    (b'{"hello": "world"}', "ikke en øktfil fra NIR-kontroll"),
    (b"[1, 2, 3]", "ikke en øktfil fra NIR-kontroll"),
    (b'{"kind": "nir-kontroll-session"}', "mangler formatversjon"),
    (b'{"kind": "nir-kontroll-session", "schema_version": 1, "file": {"content_hash": "x"}}',
     "ugyldig innhold"),
])
def test_import_of_a_broken_file_says_what_is_wrong_in_norwegian(
        store: SessionStore, tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "økt fra kollega.json"
    path.write_bytes(content)
    with pytest.raises(SessionError) as exc:
        store.import_(path)
    assert expected in exc.value.message
    assert "økt fra kollega.json" in exc.value.message


def test_import_of_a_missing_file(store: SessionStore, tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="Fant ikke filen"):
        store.import_(tmp_path / "borte.json")


def test_a_corrupt_stored_session_is_reported_not_crashed_on(store: SessionStore,
                                                             wb: Workbook) -> None:
    store.save(new_session(wb))
    path = store.path_for(wb.content_hash)
    path.write_bytes(path.read_bytes()[:40])
    with pytest.raises(SessionError, match="ikke en lesbar øktfil"):
        store.load(wb.content_hash, replay=False)
    # Loading for work moves it aside (nothing to rebuild it from: no journal) and says so.
    assert store.load(wb.content_hash) is None
    [notice] = store.notices(wb.content_hash)
    assert "ikke en lesbar øktfil" in notice and "lagt til side" in notice
    assert not path.exists()
    assert [p.name.split(".damaged-")[0] for p in path.parent.glob("*.damaged-*")] == [path.name]


# -- journal and autosave ------------------------------------------------------------------

def test_journal_is_replayed_when_the_process_never_saved(store: SessionStore,
                                                          wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)  # the timer never fires here
    edit_cell(wb, saver, 2, 2, "Arbeid heltid")
    edit_cell(wb, saver, 3, 2, "Arbeid deltid")
    saver.acknowledge("W020", "Deltakere", 4, 2, "kontrollert, riktig", wb)
    # Abandoned without flush or close, as after a crash: the file holds none of it.
    saved = store.load(wb.content_hash, replay=False)
    assert saved is not None and saved.is_empty

    recovery = store.recover(wb.content_hash)
    assert recovery is not None
    assert (recovery.edits, recovery.acknowledgements) == (2, 1)
    assert recovery.file_name == "eksport.xlsx"
    loaded = store.load(wb.content_hash)
    assert loaded is not None
    assert [e.new for e in loaded.edits] == ["Arbeid heltid", "Arbeid deltid"]
    assert len(loaded.acknowledgements) == 1

    # Continuing folds the journal into the file.
    resumed = Autosaver(store, loaded, delay_s=3600)
    assert store.recover(wb.content_hash) is None
    resumed.close()
    again = store.load(wb.content_hash, replay=False)
    assert again is not None and len(again.edits) == 2
    assert not store.journal_path(wb.content_hash).exists()


def test_declining_recovery_drops_the_journal(store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    edit_cell(wb, saver, 2, 2, "Arbeid heltid")
    last_saved = store.load(wb.content_hash, replay=False)
    assert last_saved is not None
    Autosaver(store, last_saved, delay_s=3600).close()
    assert store.recover(wb.content_hash) is None
    loaded = store.load(wb.content_hash)
    assert loaded is not None and loaded.edits == []


def test_a_torn_last_journal_line_loses_only_that_change(store: SessionStore,
                                                         wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    edit_cell(wb, saver, 2, 2, "Arbeid heltid")
    edit_cell(wb, saver, 3, 2, "Arbeid deltid")
    journal = store.journal_path(wb.content_hash)
    with open(journal, "ab") as fh:
        fh.write(b'{"seq": 3, "op": "edit", "data": {"sheet": "Delt')
    recovery = store.recover(wb.content_hash)
    assert recovery is not None and recovery.edits == 2 and recovery.torn_tail
    loaded = store.load(wb.content_hash)
    assert loaded is not None
    assert [e.new for e in loaded.edits] == ["Arbeid heltid", "Arbeid deltid"]


def test_crash_between_save_and_emptying_the_journal_does_not_double_edits(
        store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    edit_cell(wb, saver, 2, 2, "Arbeid heltid")
    edit_cell(wb, saver, 3, 2, "Arbeid deltid")
    journal = store.journal_path(wb.content_hash)
    before = journal.read_bytes()
    saver.flush()
    assert journal.read_bytes() == b""
    journal.write_bytes(before)  # as if the process died right after writing the file
    assert store.recover(wb.content_hash) is None
    loaded = store.load(wb.content_hash)
    assert loaded is not None and len(loaded.edits) == 2


def test_bursts_of_edits_are_saved_together(store: SessionStore, wb: Workbook) -> None:
    saves: list[int] = []

    class CountingStore(SessionStore):
        def save(self, session: Session) -> Path:
            saves.append(len(session.edits))
            return super().save(session)

    counting = CountingStore(store.directory)
    saver = Autosaver(counting, new_session(wb), delay_s=3600)
    for n in range(10):
        edit_cell(wb, saver, 2 + n % 3, 1, f"Navn endret {n}")
    assert saves == [0]  # only the empty base file the journal sits on
    assert saver.dirty
    saver.flush()
    assert saves == [0, 10]
    assert not saver.dirty
    saver.close()
    assert saves == [0, 10]  # nothing was left to save


def test_the_timer_saves_without_being_asked(store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=0.05)
    edit_cell(wb, saver, 2, 2, "Arbeid heltid")
    journal = store.journal_path(wb.content_hash)
    deadline = time.monotonic() + 10
    while journal.stat().st_size and time.monotonic() < deadline:
        time.sleep(0.02)
    saved = store.load(wb.content_hash, replay=False)
    assert saved is not None and [e.new for e in saved.edits] == ["Arbeid heltid"]
    assert journal.stat().st_size == 0
    saver.close()


def test_edits_from_two_threads_are_all_kept(store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=0.001)

    def work(col: int) -> None:
        for n in range(25):
            saver.record_edit(CellEdit("Deltakere", 2, col, f"{n}", f"{n + 1}"), wb)

    threads = [threading.Thread(target=work, args=(c,)) for c in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    saver.close()
    loaded = store.load(wb.content_hash)
    assert loaded is not None and len(loaded.edits) == 50
    assert {e.new for e in loaded.edits if e.column == 1} == {str(n) for n in range(1, 26)}


def test_running_marker_is_removed_on_clean_close(store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    assert store.marker_path(wb.content_hash).exists()
    assert store.open_markers() == []  # this process is alive: not an unclean exit
    saver.close()
    assert not store.marker_path(wb.content_hash).exists()


def test_marker_of_a_dead_process_is_reported(store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    edit_cell(wb, saver, 2, 2, "Arbeid heltid")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    marker = store.marker_path(wb.content_hash)
    data = json.loads(marker.read_text("utf-8"))
    data.update(pid=int(dead.stdout), proc_start=None)
    marker.write_text(json.dumps(data), "utf-8")
    assert [m.content_hash for m in store.open_markers()] == [wb.content_hash]
    recovery = store.recover(wb.content_hash)
    assert recovery is not None and recovery.unclean_exit


def test_a_batch_is_journaled_as_one_action(store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    edit_cell(wb, saver, 2, 1, "Før batch")
    edits = [CellEdit("Deltakere", row, 2, wb.sheets[0].text(row - 2, 2), f"Ny {row}")
             for row in (2, 3, 4)]
    with saver.batch():
        records = saver.record_edits(edits, wb)
        for row in (2, 3, 4):
            saver.acknowledge("W020", "Deltakere", row, 3, "ok", wb)
    assert [r.fnr for r in records] == [FNR_A, FNR_B, FNR_C]
    # Without any save: everything is in the journal once the batch has ended.
    recovery = store.recover(wb.content_hash)
    assert recovery is not None
    assert (recovery.edits, recovery.acknowledgements) == (4, 3)
    loaded = store.load(wb.content_hash)
    assert loaded is not None
    assert [e.new for e in loaded.edits] == ["Før batch", "Ny 2", "Ny 3", "Ny 4"]
    assert len(loaded.acknowledgements) == 3


def test_purge_forgets_old_sessions_but_keeps_open_and_recent_ones(
        store: SessionStore, tmp_path: Path) -> None:
    old = make_workbook(tmp_path / "a", original_rows(), content=b"old")
    recent = make_workbook(tmp_path / "b", original_rows(), content=b"recent")
    busy = make_workbook(tmp_path / "c", original_rows(), content=b"busy")
    for w in (old, busy):
        s = new_session(w)
        store.save(s)
        raw = json.loads(store.path_for(w.content_hash).read_text("utf-8"))
        raw["updated"] = "2020-01-01T00:00:00Z"
        store.path_for(w.content_hash).write_text(json.dumps(raw), "utf-8")
    store.save(new_session(recent))
    saver = Autosaver(store, store.load(busy.content_hash) or new_session(busy), delay_s=3600)
    assert store.purge(timedelta(days=90)) == [old.content_hash]
    assert store.load(old.content_hash) is None
    assert store.load(recent.content_hash) is not None
    assert store.load(busy.content_hash) is not None
    saver.close()


def test_a_session_open_in_another_running_process_is_not_opened_twice(
        store: SessionStore, wb: Workbook) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        marker = store.marker_path(wb.content_hash)
        store.write_marker(wb.content_hash)
        data = json.loads(marker.read_text("utf-8"))
        data.update(pid=other.pid, proc_start=None)
        marker.write_text(json.dumps(data), "utf-8")
        with pytest.raises(SessionBusyError) as exc:
            Autosaver(store, new_session(wb))
        assert "allerede åpen i et annet NIR-kontroll-vindu" in exc.value.message
        assert store.open_markers() == []  # alive: not an unclean exit
        Autosaver(store, new_session(wb), take_over=True).close()
    finally:
        other.kill()
        other.wait()


def test_a_failed_autosave_is_reported_and_retried(store: SessionStore, wb: Workbook,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from nir_desktop.core.session import autosave

    monkeypatch.setattr(autosave, "RETRY_S", 0.01)
    failing = {"on": False}

    class FlakyStore(SessionStore):
        def save(self, session: Session) -> Path:
            if failing["on"]:
                raise SessionError("Kunne ikke lagre økten (disken er full).")
            return super().save(session)

    flaky = FlakyStore(store.directory)
    saver = Autosaver(flaky, new_session(wb), delay_s=0.01)
    edit_cell(wb, saver, 2, 1, "Navn A")  # the base file is written before failures begin
    failing["on"] = True
    edit_cell(wb, saver, 3, 1, "Navn B")

    def wait_for(condition: object) -> None:
        deadline = time.monotonic() + 10
        while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
            time.sleep(0.01)

    wait_for(lambda: saver.last_error is not None)
    assert saver.last_error is not None and "disken er full" in saver.last_error.message
    assert saver.dirty
    # Nothing is lost meanwhile: the journal holds both edits.
    loaded = store.load(wb.content_hash)
    assert loaded is not None and len(loaded.edits) == 2
    failing["on"] = False
    wait_for(lambda: saver.last_error is None and not saver.dirty)
    assert saver.last_error is None
    saved = store.load(wb.content_hash, replay=False)
    assert saved is not None and [e.new for e in saved.edits] == ["Navn A", "Navn B"]
    saver.close()


def test_an_earlier_export_of_the_same_data_is_offered(store: SessionStore, wb: Workbook,
                                                       tmp_path: Path) -> None:
    session = _session_with_edits(store, wb)
    unrelated = make_workbook(tmp_path / "c", [[synthetic_fnr(5, 5, 5), "X", "Annet", "0301"]],
                              content=b"another municipality")
    with Autosaver(store, new_session(unrelated), delay_s=3600) as saver:
        edit_cell(unrelated, saver, 2, 2, "Arbeid heltid")
    newer = make_workbook(tmp_path / "ny", list(reversed(original_rows())), content=b"newer")
    [offer] = related_sessions(store, newer)
    assert offer.info.content_hash == session.content_hash
    assert (offer.matched, offer.total) == (3, 3)
    assert related_sessions(store, wb) == []  # its own session is not "related"
