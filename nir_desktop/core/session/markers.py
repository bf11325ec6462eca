"""Running markers: ``<hash>.pid`` exists while a process has the session open.

A clean exit removes it. A marker whose process no longer runs means the last run ended
without closing (crash, kill, power loss), so the next start can offer recovery. A marker
written on another machine (a portable data folder on a network share) cannot be checked
and is treated as alive. Process ids can be reused; the start time stored in the marker is
compared with the running process's where the system tells it (Linux), which rules that out.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from nir_desktop.core.session.atomic import atomic_write_bytes
from nir_desktop.core.session.models import now


@dataclass(frozen=True, slots=True)
class Marker:
    content_hash: str
    pid: int
    host: str
    started: datetime | None
    path: Path

    @property
    def alive(self) -> bool:
        if self.host != socket.gethostname():
            return True
        return pid_alive(self.pid, _proc_start(self.pid) if sys.platform == "linux" else None,
                         self._stored_start())

    def _stored_start(self) -> str | None:
        try:
            return json.loads(self.path.read_text("utf-8")).get("proc_start")
        except (OSError, ValueError, AttributeError):
            return None


def _proc_start(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux), as text."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may hold spaces; the fields after it are fixed.
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


def pid_alive(pid: int, running_start: str | None = None, stored_start: str | None = None,
              ) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0 only checks; on Windows os.kill would terminate it
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    if sys.platform == "linux":
        if _is_zombie(pid):
            return False
        if running_start and stored_start and running_start != stored_start:
            return False  # the id now belongs to another process
    return True


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    fields = stat.rsplit(")", 1)[-1].split()
    return bool(fields) and fields[0] in ("Z", "X")


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    process_query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def write_marker(path: Path, content_hash: str) -> None:
    pid = os.getpid()
    data = {"content_hash": content_hash, "pid": pid, "host": socket.gethostname(),
            "started": now().isoformat(),
            "proc_start": _proc_start(pid) if sys.platform == "linux" else None}
    atomic_write_bytes(path, json.dumps(data).encode())


def read_marker(path: Path) -> Marker | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        started = data.get("started")
        return Marker(content_hash=str(data["content_hash"]), pid=int(data["pid"]),
                      host=str(data.get("host", "")),
                      started=datetime.fromisoformat(started) if started else None, path=path)
    except (OSError, ValueError, KeyError, TypeError):
        return None
