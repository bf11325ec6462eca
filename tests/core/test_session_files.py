"""Session files on disk keep their promises: journals are closed before they are deleted
(Windows refuses otherwise), and nothing is lost or restored wrong when files are damaged."""

from __future__ import annotations

import errno
import json
import os
import random
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.fnr import with_control_digits
from nir_desktop.core.model import Sheet, Workbook
from nir_desktop.core.session import (
    Autosaver,
    Session,
    SessionBusyError,
    SessionError,
    SessionStore,
    content_hash_of,
    journal,
    new_session,
)

FNR_A = with_control_digits("150385500")
FNR_B = with_control_digits("021190500")


@pytest.fixture
def wb(tmp_path: Path) -> Workbook:
    path = tmp_path / "eksport.xlsx"
    path.write_bytes(b"original export bytes")
    rows: list[list[object]] = [[FNR_A, "Testperson En"], [FNR_B, "Testperson To"]]
    sheet = Sheet("Deltakere", SheetKind.DELTAKERE, ["Fødselsnummer", "Navn"], rows,
                  [2, 3], columns={"fodselsnummer": 0, "navn": 1})
    sheet.parse_all()
    return Workbook(path, "xlsx", [sheet], content_hash=content_hash_of(path))


def edit(wb: Workbook, saver: Autosaver, row: int, new: str) -> None:
    sheet = wb.sheets[0]
    i = sheet.row_numbers.index(row)
    old = sheet.text(i, 1)
    sheet.set_raw(i, 1, new)
    saver.record_edit(CellEdit("Deltakere", row, 1, old, new), wb)


def _open_by_this_process(path: Path) -> bool:
    target = os.path.realpath(path)
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == target:
                return True
        except OSError:
            continue
    return False


@pytest.fixture
def windows_delete_semantics(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Deleting a file this process holds open fails, as on Windows (WinError 32). On
    Windows the real rule applies; elsewhere it is imitated through /proc/self/fd."""
    if os.name == "nt":
        yield
        return
    if not sys.platform.startswith("linux"):
        pytest.skip("needs /proc/self/fd to see open files")
    real_unlink = os.unlink

    def unlink(path: str | os.PathLike[str], *args: object, **kw: object) -> None:
        if _open_by_this_process(Path(os.fspath(path))):
            raise PermissionError(13, "The process cannot access the file because it is "
                                  "being used by another process", os.fspath(path))
        real_unlink(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", unlink)
    yield


# -- Windows: a journal is closed before it is deleted -----------------------------------------

@pytest.mark.usefixtures("windows_delete_semantics")
def test_resuming_after_an_abandoned_open_deletes_the_journal(store: SessionStore,
                                                              wb: Workbook) -> None:
    abandoned = Autosaver(store, new_session(wb), delay_s=3600)
    edit(wb, abandoned, 2, "Navn endret")
    loaded = store.load(wb.content_hash)
    assert loaded is not None and [e.new for e in loaded.edits] == ["Navn endret"]
    # The abandoned Autosaver still holds the journal open in this process.
    resumed = Autosaver(store, loaded, delay_s=3600)
    assert not store.journal_path(wb.content_hash).exists()
    resumed.close()
    again = store.load(wb.content_hash, replay=False)
    assert again is not None and [e.new for e in again.edits] == ["Navn endret"]


@pytest.mark.usefixtures("windows_delete_semantics")
def test_discarding_a_journal_this_process_holds_open(store: SessionStore,
                                                      wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    edit(wb, saver, 2, "Navn endret")
    store.discard_journal(wb.content_hash)
    assert not store.journal_path(wb.content_hash).exists()
    assert store.recover(wb.content_hash) is None
    # The Autosaver whose handle was closed keeps recording into a fresh journal.
    edit(wb, saver, 3, "Navn to")
    assert store.journal_path(wb.content_hash).stat().st_size > 0
    saver.close()
    saved = store.load(wb.content_hash, replay=False)
    assert saved is not None and [e.new for e in saved.edits] == ["Navn endret", "Navn to"]


# -- private files ----------------------------------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="on Windows the AppData access list protects")
def test_session_files_are_private_in_a_private_folder(tmp_path: Path, wb: Workbook) -> None:
    folder = tmp_path / "home" / "sessions"
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)  # as an older version left it
    old_journal = folder / f"{'0' * 64}.journal"
    old_journal.write_bytes(b"")
    os.chmod(old_journal, 0o644)
    store = SessionStore(folder)
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    edit(wb, saver, 2, "Navn endret")
    h = wb.content_hash
    assert stat.S_IMODE(store.journal_path(h).stat().st_mode) == 0o600  # it holds fnr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    modes = {p.name.split(".", 1)[1]: stat.S_IMODE(p.stat().st_mode)
             for p in (store.path_for(h), store.journal_path(h), store.marker_path(h),
                       store.lock_path(h))}
    assert modes == {"json": 0o600, "journal": 0o600, "pid": 0o600, "lock": 0o600}
    assert stat.S_IMODE(old_journal.stat().st_mode) == 0o600
    saver.close()


# -- checksums, damaged lines, damaged files -----------------------------------------------------

def _abandoned_with_edits(store: SessionStore, wb: Workbook, *values: str) -> Autosaver:
    """A session whose edits are in the journal only, as after a crash."""
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    for n, value in enumerate(values):
        edit(wb, saver, 2 + n % 2, value)
    return saver


def test_every_random_bit_flip_in_the_journal_is_caught(store: SessionStore,
                                                        wb: Workbook) -> None:
    _abandoned_with_edits(store, wb, "Kari Nordmann", "Ola Nordmann", "Per Hansen")
    path = store.journal_path(wb.content_hash)
    good = path.read_bytes()
    start = good.rindex(b"\n", 0, good.index(b"Ola Nordmann")) + 1
    length = good.index(b"\n", start) - start  # the line of "Ola Nordmann"
    rng = random.Random(20261203)
    restored_wrong = []
    for _ in range(300):
        at = rng.randrange(start, start + length)
        flipped = bytearray(good)
        flipped[at] ^= 1 << rng.randrange(8)
        if flipped[at] == ord("\n"):
            continue  # a new line break is a different damage: two unreadable halves
        path.write_bytes(bytes(flipped))
        loaded = store.load(wb.content_hash, replay=True)
        assert loaded is not None
        values = [e.new for e in loaded.edits]
        # The damaged change is left out, or kept when the flip changed nothing it holds
        # (the case of a checksum letter): never restored with a different value.
        if values not in (["Kari Nordmann", "Per Hansen"],
                          ["Kari Nordmann", "Ola Nordmann", "Per Hansen"]):
            restored_wrong.append((at, values))
    assert restored_wrong == []


def test_a_damaged_line_is_named_and_the_journal_is_kept(store: SessionStore,
                                                         wb: Workbook) -> None:
    _abandoned_with_edits(store, wb, "Kari Nordmann", "Ola Nordmann", "Per Hansen")
    path = store.journal_path(wb.content_hash)
    damaged = path.read_bytes().replace(b"Ola Nordmann", b"Ola Nordmanm")
    path.write_bytes(damaged)

    recovery = store.recover(wb.content_hash)
    assert recovery is not None and recovery.edits == 2
    assert recovery.problems == (
        f"«{path}», linje 3: kontrollsummen stemmer ikke (linjen er skadet). "
        "Endringen er ikke hentet tilbake.",)
    loaded = store.load(wb.content_hash)
    assert loaded is not None and [e.new for e in loaded.edits] == ["Kari Nordmann",
                                                                    "Per Hansen"]
    [notice] = store.notices(wb.content_hash)
    assert f"«{path}», linje 3: kontrollsummen stemmer ikke" in notice

    Autosaver(store, loaded, delay_s=3600).close()  # takes up the session
    assert not path.exists()
    [kept] = path.parent.glob(f"{path.name}.damaged-*")
    assert kept.read_bytes() == damaged  # kept, byte for byte, never deleted
    [notice] = store.notices(wb.content_hash)
    assert notice == f"Journalen er tatt vare på som «{kept}»."


def test_a_torn_last_line_is_reported_with_its_line_number(store: SessionStore,
                                                           wb: Workbook) -> None:
    _abandoned_with_edits(store, wb, "Kari Nordmann")
    path = store.journal_path(wb.content_hash)
    with open(path, "ab") as fh:
        fh.write(b'1234abcd {"seq": 2, "op": "edit", "data": {"sheet": "Delt')
    recovery = store.recover(wb.content_hash)
    assert recovery is not None and recovery.torn_tail and recovery.edits == 1
    assert recovery.problems == (
        f"«{path}», linje 3: den siste endringen ble avbrutt midt i lagringen "
        "(programmet stoppet) og kan ikke hentes tilbake.",)


def test_a_damaged_session_file_is_set_aside_and_rebuilt_from_the_journal(
        store: SessionStore, wb: Workbook) -> None:
    saver = Autosaver(store, new_session(wb), delay_s=3600)
    edit(wb, saver, 2, "Lagret navn")
    saver.flush()
    edit(wb, saver, 3, "Ulagret navn")  # in the journal only; then the process dies
    path = store.path_for(wb.content_hash)
    path.write_bytes(b"\x00" * 100)  # a damaged disk block

    recovery = store.recover(wb.content_hash)
    assert recovery is not None and (recovery.file_name, recovery.edits) == ("eksport.xlsx", 1)
    assert recovery.damaged_session
    loaded = store.load(wb.content_hash)
    assert loaded is not None and [e.new for e in loaded.edits] == ["Ulagret navn"]
    [notice] = store.notices(wb.content_hash)
    assert "bygget opp igjen fra journalen (1 endring)" in notice
    [aside] = path.parent.glob(f"{path.name}.damaged-*")
    assert aside.read_bytes() == b"\x00" * 100

    # Autosave goes on for the file: a new edit is saved as usual.
    resumed = Autosaver(store, loaded, delay_s=3600)
    edit(wb, resumed, 2, "Etter reparasjon")
    resumed.close()
    saved = store.load(wb.content_hash, replay=False)
    assert saved is not None
    assert [e.new for e in saved.edits] == ["Ulagret navn", "Etter reparasjon"]
    assert store.recover(wb.content_hash) is None


# -- a disk that fails -----------------------------------------------------------------------

class FailingDisk:
    """Journal writes and session saves that fail with ENOSPC while ``full``; the first
    write of each failing spell gets half its bytes out first, as a real full disk does."""

    def __init__(self) -> None:
        self.full = False
        self.failures = 0

    def write(self, fd: int, data: bytes) -> int:
        if self.full:
            self.failures += 1
            if self.failures == 1:
                os.write(fd, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        return os.write(fd, data)

    def store(self, directory: Path) -> SessionStore:
        disk = self

        class FullStore(SessionStore):
            def save(self, session: Session) -> Path:
                if disk.full:
                    raise SessionError("Kunne ikke lagre økten (No space left on device). "
                                       "Sjekk ledig plass på disken.")
                return super().save(session)

        return FullStore(directory)


def _wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_edits_made_while_the_disk_is_full_are_kept_and_retried_until_saved(
        tmp_path: Path, wb: Workbook, monkeypatch: pytest.MonkeyPatch) -> None:
    from nir_desktop.core.session import autosave

    monkeypatch.setattr(autosave, "RETRY_S", 0.02)
    disk = FailingDisk()
    store = disk.store(tmp_path / "sessions")
    saver = Autosaver(store, new_session(wb), delay_s=0.02, journal_writer=disk.write)
    edit(wb, saver, 2, "Før full disk")
    disk.full = True
    edit(wb, saver, 3, "Mens disken er full")  # does not raise: the edit is kept
    edit(wb, saver, 2, "Fortsatt full")
    assert saver.failing and saver.last_error is not None
    assert "Sjekk ledig plass på disken" in saver.last_error.message
    tries = disk.failures
    assert _wait_for(lambda: disk.failures >= tries + 3)  # retried, and the user still told
    assert saver.failing
    # Nothing half-written stays in the journal: what is there reads cleanly.
    read = journal.read_journal(store.journal_path(wb.content_hash))
    assert read.bad == []

    disk.full = False
    assert _wait_for(lambda: not saver.failing and not saver.dirty)
    saved = store.load(wb.content_hash, replay=False)
    assert saved is not None
    assert [e.new for e in saved.edits] == ["Før full disk", "Mens disken er full",
                                            "Fortsatt full"]
    saver.close()


def test_a_journal_write_that_fails_once_is_written_by_the_retry(
        store: SessionStore, wb: Workbook, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the journal fails (the session file would not): the retry writes the change
    into the journal, where a crash right after finds it."""
    from nir_desktop.core.session import autosave

    monkeypatch.setattr(autosave, "RETRY_S", 0.02)
    disk = FailingDisk()
    saver = Autosaver(store, new_session(wb), delay_s=3600, journal_writer=disk.write)
    edit(wb, saver, 2, "Første")
    disk.full = True
    edit(wb, saver, 3, "Andre")
    assert saver.failing
    disk.full = False
    assert _wait_for(lambda: not saver.failing)
    # Abandoned here (a crash): both edits are found.
    loaded = store.load(wb.content_hash)
    assert loaded is not None and [e.new for e in loaded.edits] == ["Første", "Andre"]
    assert store.notices(wb.content_hash) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc/self/fd")
def test_an_edit_whose_journal_fsync_fails_is_kept_and_saved_later(
        store: SessionStore, wb: Workbook, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up: fsync of the journal reports ENOSPC (delayed allocation)."""
    from nir_desktop.core.session import autosave

    monkeypatch.setattr(autosave, "RETRY_S", 0.02)
    full = {"on": False}
    real_fsync = os.fsync
    journal_path = os.path.realpath(store.journal_path(wb.content_hash))

    def fsync(fd: int) -> None:
        if full["on"] and os.readlink(f"/proc/self/fd/{fd}") == journal_path:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    saver = Autosaver(store, new_session(wb), delay_s=0.02)
    edit(wb, saver, 2, "Før")
    full["on"] = True
    edit(wb, saver, 3, "Under")  # kept, not refused
    full["on"] = False
    assert _wait_for(lambda: saver.last_error is None and not saver.dirty)
    saved = store.load(wb.content_hash, replay=False)
    assert saved is not None and [e.new for e in saved.edits] == ["Før", "Under"]
    saver.close()


# -- leftovers of a killed process -----------------------------------------------------------

def test_old_temporary_files_of_a_killed_process_are_removed_at_start(
        tmp_path: Path, wb: Workbook) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    h = wb.content_hash
    old = folder / f".{h}.json.k3j_x9ab.tmp"
    old_marker = folder / f".{h}.pid.q1w2e3r4.tmp"
    fresh = folder / f".{h}.json.z8y7x6w5.tmp"  # another copy may be writing it right now
    foreign = folder / ".notes.txt.abcdefgh.tmp"
    for p in (old, old_marker, fresh, foreign):
        p.write_bytes(b'{"edits": "' + FNR_A.encode() + b'"}')
    hour_ago = time.time() - 3600
    for p in (old, old_marker, foreign):
        os.utime(p, (hour_ago, hour_ago))
    store = SessionStore(folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([fresh.name, foreign.name])
    assert store.tidy() == []


# -- two copies of the program -----------------------------------------------------------------

# The other copy: opens the export's session, records one edit (journal only), says READY
# and keeps the session open until told to close or killed.
OTHER_COPY = textwrap.dedent("""
    import sys
    from pathlib import Path
    from nir_desktop.core.edits import CellEdit
    from nir_desktop.core.fields import SheetKind
    from nir_desktop.core.model import Sheet, Workbook
    from nir_desktop.core.session import Autosaver, SessionStore, content_hash_of, new_session

    path, folder, fnr = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    sheet = Sheet("Deltakere", SheetKind.DELTAKERE, ["Fødselsnummer", "Navn"],
                  [[fnr, "Testperson En"]], [2], columns={"fodselsnummer": 0, "navn": 1})
    sheet.parse_all()
    wb = Workbook(path, "xlsx", [sheet], content_hash=content_hash_of(path))
    store = SessionStore(folder)
    saver = Autosaver(store, store.load(wb.content_hash) or new_session(wb), delay_s=3600)
    saver.record_edit(CellEdit("Deltakere", 2, 1, "Testperson En", "Fra den andre kopien"),
                      wb)
    print("READY", flush=True)
    if sys.stdin.readline().strip() == "CLOSE":
        saver.close()
        print("CLOSED", flush=True)
""")


@pytest.fixture
def other_copy(store: SessionStore, wb: Workbook) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", OTHER_COPY, str(wb.path), str(store.directory), FNR_A],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "READY", child.stderr.read() if child.stderr else line
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        for pipe in (child.stdin, child.stdout, child.stderr):
            if pipe is not None:
                pipe.close()


def test_a_session_another_copy_has_open_is_never_deleted_or_replayed(
        store: SessionStore, wb: Workbook, other_copy: subprocess.Popen[str]) -> None:
    h = wb.content_hash
    live = store.journal_path(h)
    before = live.read_bytes()
    assert b"Fra den andre kopien" in before

    with pytest.raises(SessionBusyError) as busy:
        store.delete(h)
    assert live.read_bytes() == before
    assert busy.value.locked
    assert "allerede åpen i et annet NIR-kontroll-vindu" in busy.value.message
    with pytest.raises(SessionBusyError):
        store.discard_journal(h)
    assert store.held_elsewhere(h)
    for take_over in (False, True):  # "open anyway" cannot take a held lock
        with pytest.raises(SessionBusyError):
            Autosaver(store, new_session(wb), delay_s=3600, take_over=take_over)
    assert store.recover(h) is None  # not lost: the other copy is working on it
    assert store.open_markers() == []
    assert store.purge(timedelta(days=0)) == []
    loaded = store.load(h)  # the saved file only: its journal is the other copy's
    assert loaded is not None and loaded.edits == []
    assert store.notices(h) == []
    assert live.read_bytes() == before
    assert store.path_for(h).exists()


def test_a_session_is_free_again_when_the_other_copy_closes_it(
        store: SessionStore, wb: Workbook, other_copy: subprocess.Popen[str]) -> None:
    assert other_copy.stdin is not None and other_copy.stdout is not None
    other_copy.stdin.write("CLOSE\n")
    other_copy.stdin.flush()
    assert other_copy.stdout.readline().strip() == "CLOSED"
    other_copy.wait(timeout=30)
    with Autosaver(store, store.load(wb.content_hash) or new_session(wb), delay_s=3600) as s:
        assert [e.new for e in s.session.edits] == ["Fra den andre kopien"]
        assert not store.held_elsewhere(wb.content_hash)


def test_when_the_other_copy_dies_its_work_is_offered_for_recovery(
        store: SessionStore, wb: Workbook, other_copy: subprocess.Popen[str]) -> None:
    other_copy.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: the lock goes too
    other_copy.wait(timeout=30)
    h = wb.content_hash
    # Windows may release a dead process's locks a moment after it has ended.
    _wait_for(lambda: not store.held_elsewhere(h), timeout=5)
    assert [m.content_hash for m in store.open_markers()] == [h]
    recovery = store.recover(h)
    assert recovery is not None and recovery.edits == 1 and recovery.unclean_exit
    assert not store.held_elsewhere(h)
    with Autosaver(store, store.load(h) or new_session(wb), delay_s=3600) as saver:
        assert [e.new for e in saver.session.edits] == ["Fra den andre kopien"]


def test_an_old_temporary_file_of_a_session_open_elsewhere_is_left_alone(
        store: SessionStore, wb: Workbook, other_copy: subprocess.Popen[str]) -> None:
    tmp = store.directory / f".{wb.content_hash}.json.a1b2c3d4.tmp"
    tmp.write_bytes(b"{}")
    ten_minutes_ago = time.time() - 600
    os.utime(tmp, (ten_minutes_ago, ten_minutes_ago))
    SessionStore(store.directory)  # a start of the program
    assert tmp.exists()
    other_copy.kill()
    other_copy.wait(timeout=30)
    _wait_for(lambda: not store.held_elsewhere(wb.content_hash), timeout=5)
    SessionStore(store.directory)
    assert not tmp.exists()


def test_a_missing_session_file_is_rebuilt_from_its_journal(store: SessionStore,
                                                            wb: Workbook) -> None:
    _abandoned_with_edits(store, wb, "Kari Nordmann")
    store.path_for(wb.content_hash).unlink()  # removed behind our back
    recovery = store.recover(wb.content_hash)
    assert recovery is not None and recovery.file_name == "eksport.xlsx"
    loaded = store.load(wb.content_hash)
    assert loaded is not None and [e.new for e in loaded.edits] == ["Kari Nordmann"]
    [notice] = store.notices(wb.content_hash)
    assert notice.startswith(f"Den lagrede økten «{store.path_for(wb.content_hash)}» mangler.")
    with Autosaver(store, loaded, delay_s=3600):
        pass
    saved = store.load(wb.content_hash, replay=False)
    assert saved is not None and [e.new for e in saved.edits] == ["Kari Nordmann"]


def test_a_damaged_first_journal_line_still_rebuilds_with_the_open_file(
        store: SessionStore, wb: Workbook) -> None:
    _abandoned_with_edits(store, wb, "Kari Nordmann")
    path = store.journal_path(wb.content_hash)
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b'"name":"eksport.xlsx"', b'"name":"eksport.xlsy"', 1))
    store.path_for(wb.content_hash).write_bytes(b"{")
    loaded = store.load(wb.content_hash, fallback=new_session(wb))
    assert loaded is not None and [e.new for e in loaded.edits] == ["Kari Nordmann"]
    assert loaded.file.name == "eksport.xlsx"
    notices = store.notices(wb.content_hash)
    assert any("bygget opp igjen fra journalen" in n for n in notices)
    assert any(f"«{path}», linje 1: kontrollsummen stemmer ikke" in n for n in notices)


def test_a_journal_from_the_version_before_checksums_is_still_replayed(
        store: SessionStore, wb: Workbook) -> None:
    """An update installed over a crashed session: its journal lines have no checksum."""
    store.save(new_session(wb))  # the session file, and the older version's journal beside it
    record = {"sheet": "Deltakere", "row": 2, "column": 1, "old": "Testperson En",
              "new": "Fra forrige versjon", "fnr": FNR_A}
    line = json.dumps({"seq": 1, "op": "edit", "data": record}, ensure_ascii=False)
    store.journal_path(wb.content_hash).write_bytes(line.encode() + b"\n")
    recovery = store.recover(wb.content_hash)
    assert recovery is not None and recovery.edits == 1 and recovery.problems == ()
    loaded = store.load(wb.content_hash)
    assert loaded is not None and [e.new for e in loaded.edits] == ["Fra forrige versjon"]


def test_purge_removes_damaged_copies_set_aside_long_ago(store: SessionStore) -> None:
    h = "ab" * 32
    old = store.directory / f"{h}.journal.damaged-20200101-120000"
    recent = store.directory / f"{h}.json.damaged-{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}"
    for p in (old, recent):
        p.write_bytes(FNR_A.encode())
    store.purge(timedelta(days=90))
    assert not old.exists() and recent.exists()
