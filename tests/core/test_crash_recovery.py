"""A real crash: a process records edits through the public API and is killed right after it
reports one (SIGKILL on Linux, TerminateProcess on Windows: no clean-up code runs either
way). The next start must find every reported edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from nir_desktop.core.session import Autosaver, SessionStore, content_hash_of

# Popen.kill() is SIGKILL on POSIX and TerminateProcess(handle, 1) on Windows.
KILLED = -signal.SIGKILL if os.name == "posix" else 1

# The child opens the export's session and edits the Navn cell of rows 2..6 in turn,
# printing "EDIT n" once record_edit has returned. The values are synthetic.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from nir_desktop.core.edits import CellEdit
    from nir_desktop.core.fields import SheetKind
    from nir_desktop.core.model import Sheet, Workbook
    from nir_desktop.core.session import (
        Autosaver, SessionStore, content_hash_of, new_session)

    path, delay = Path(sys.argv[1]), float(sys.argv[2])
    fnrs = sys.argv[3:]
    rows = [[f, "start"] for f in fnrs]
    sheet = Sheet("Deltakere", SheetKind.DELTAKERE, ["Fødselsnummer", "Navn"], rows,
                  list(range(2, len(rows) + 2)), columns={"fodselsnummer": 0, "navn": 1})
    sheet.parse_all()
    wb = Workbook(path, "xlsx", [sheet], content_hash=content_hash_of(path))
    store = SessionStore()
    saver = Autosaver(store, store.load(wb.content_hash) or new_session(wb), delay_s=delay)
    print("READY", flush=True)
    for n in range(1, 100000):
        r = (n - 1) % len(rows)
        old = sheet.text(r, 1)
        sheet.set_raw(r, 1, f"verdi {n}")
        saver.record_edit(CellEdit("Deltakere", r + 2, 1, old, f"verdi {n}"), wb)
        print(f"EDIT {n}", flush=True)
        time.sleep(0.002)
""")



def _synthetic_fnr(day: int, month: int, yy: int) -> str:
    """A synthetic test number (month + 80) with valid mod-11 control digits."""
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for ind in range(500, 600):
        base = f"{day:02d}{month + 80:02d}{yy:02d}{ind:03d}"
        k1 = (11 - sum(w * int(d) for w, d in zip(w1, base, strict=True)) % 11) % 11
        k2 = (11 - sum(w * int(d) for w, d in zip(w2, base + str(k1), strict=True)) % 11) % 11
        if k1 != 10 and k2 != 10:
            return f"{base}{k1}{k2}"
    raise AssertionError("no valid control digits")


FNRS = [_synthetic_fnr(15, 3, 85), _synthetic_fnr(2, 10, 90), _synthetic_fnr(28, 2, 79),
        _synthetic_fnr(1, 1, 1), _synthetic_fnr(31, 12, 12)]


def _run_and_kill(export: Path, home: Path, delay: float, kill_at: int) -> int:
    env = {**os.environ, "NIR_KONTROLL_HOME": str(home)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(export), str(delay), *FNRS],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    reported = 0
    try:
        for line in child.stdout:
            if line.startswith("EDIT "):
                reported = int(line.split()[1])
                if reported == kill_at:
                    child.kill()
                    break
    finally:
        child.kill()
        child.wait(timeout=30)
        stderr = child.stderr.read() if child.stderr else ""
    assert child.returncode == KILLED, stderr
    assert reported == kill_at, stderr
    return reported


@pytest.mark.parametrize(("delay", "kill_at"), [
    (3600.0, 7),  # never saved: everything is in the journal
    (0.005, 40),  # saves run all the time: killed anywhere in a save or between them
    (0.05, 123),
])
def test_kill_9_loses_no_reported_edit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       delay: float, kill_at: int) -> None:
    folder = tmp_path / "original"
    folder.mkdir()
    export = folder / "eksport.xlsx"
    export.write_bytes(b"the caseworker's export, never to be touched")
    before = export.read_bytes()
    home = tmp_path / "home"
    monkeypatch.setenv("NIR_KONTROLL_HOME", str(home))
    digest = content_hash_of(export)

    reported = _run_and_kill(export, home, delay, kill_at)

    store = SessionStore()
    assert store.directory == home / "sessions"
    # The next start sees that the last run did not end cleanly.
    assert [m.content_hash for m in store.open_markers()] == [digest]
    recovery = store.recover(digest)
    if delay > 60:
        assert recovery is not None and recovery.unclean_exit
        assert recovery.edits >= reported

    session = store.load(digest)
    assert session is not None
    news = [e.new for e in session.edits]
    # Every reported edit is there, in order, once; at most one unreported edit follows
    # (recorded, but killed before it could print).
    assert news[:reported] == [f"verdi {n}" for n in range(1, reported + 1)]
    assert len(news) in (reported, reported + 1)
    if len(news) > reported:
        assert news[-1] == f"verdi {reported + 1}"
    assert session.edits[0].fnr == FNRS[0]

    # The next start continues the session: the journal is folded in and the marker cleared.
    saver = Autosaver(store, session, delay_s=3600)
    assert store.recover(digest) is None
    saver.close()
    assert store.open_markers() == []
    again = store.load(digest, replay=False)
    assert again is not None and [e.new for e in again.edits] == news

    # The export itself was never touched and nothing was written beside it.
    assert export.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["eksport.xlsx"]
