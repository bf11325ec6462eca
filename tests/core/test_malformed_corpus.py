"""Every file of the malformed-input corpus (malformed.py) through the command line, in a
child process with a memory and CPU limit: it must answer 0, 1 or 2 with a clear Norwegian
message, never abort, hang or eat the machine.

The limits are the point: unguarded, several of these files made the process ask for
hundreds of gigabytes (an abort: SIGABRT), or take a minute and gigabytes of memory.
The limits are set only where the platform has ``resource`` (not on Windows); there the
exit codes and messages are still checked.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from malformed import CORPUS, build

REPO = Path(__file__).resolve().parents[2]

ADDRESS_SPACE = 1536 << 20  # what the child may map at all: an allocation beyond fails
PEAK_RSS_MIB = 160  # what it may use for any of these (measured: at most 80; the 100 MB
# line took 239 before its lines were bounded)
CPU_SECONDS = 20  # per file; the slowest takes about 2 s on a quiet machine


def _limit_child() -> None:  # runs in the child before exec (POSIX only)
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_limited(tmp_path: Path, *args: str | Path) -> tuple[int, str, float, float | None]:
    """(exit code, stdout + stderr, CPU seconds, peak RSS in MiB or None on Windows)."""
    out = tmp_path / "out.txt"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NIR_KONTROLL_HOME": str(tmp_path / "hjem")}
    posix = os.name == "posix"
    with out.open("wb") as fh:
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "nir_desktop", *map(str, args)],
                                stdout=fh, stderr=subprocess.STDOUT, cwd=REPO, env=env,
                                preexec_fn=_limit_child if posix else None)
        if posix:
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            cpu = usage.ru_utime + usage.ru_stime
            peak = usage.ru_maxrss / 1024  # KiB on Linux
        else:
            proc.wait(timeout=120)
            cpu, peak = time.monotonic() - started, None
    return proc.returncode, out.read_text(encoding="utf-8", errors="replace"), cpu, peak


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_malformed_file_gives_a_clear_answer_within_limits(tmp_path: Path, name: str) -> None:
    case = CORPUS[name]
    path = build(name, tmp_path)
    code, output, cpu, peak = run_limited(tmp_path, "check", path)
    # A negative code is a signal: SIGABRT (-6) from a failed allocation, SIGXCPU (-24).
    assert code in case.exit_codes, (code, output[-2000:])
    assert case.says in output, output[-2000:]
    assert "Traceback" not in output and "Noe uventet gikk galt" not in output
    if code == 2 and "Kan ikke lese" in output:
        assert f"«{path.name}»" in output  # the message names the file
    assert cpu < CPU_SECONDS
    if peak is not None:
        assert peak < PEAK_RSS_MIB, f"{name}: {peak:.0f} MiB"

