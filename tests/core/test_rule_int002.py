"""INT002 norsk-mangler-i-intro (rules.md v2): the «delvis» WARNING variant."""

from __future__ import annotations

import pytest
from builders import messages, norsk, person, run, tiltak

from nir_desktop.core.findings import Severity

DELVIS = ("Det er norsktimer for 01.03.2021–31.12.2021 mens personen var i program, men "
          "norsk-tiltakene i Tiltak dekker bare en del av perioden: {} dager er uten "
          "norsk-tiltak (mer enn 31).")


@pytest.mark.parametrize(("tiltak_end", "expected"), [
    ("30.06.2021", [DELVIS.format(184)]),
    ("29.11.2021", [DELVIS.format(32)]),
    ("30.11.2021", []),  # 31 days uncovered: not more than 31
    (None, []),
])
def test_int002_delvis(tiltak_end, expected) -> None:
    """(v2) Norsk tiltak cover only part of the hours' period, leaving more than 31 days:
    WARNING «delvis». The rows that expect it fail on v1, which saw any overlap as enough;
    the 31-day row is the boundary."""
    result = run([person()], [tiltak(end=tiltak_end)], [norsk()])
    assert [m for _, _, m in messages(result, "INT002")] == expected
    assert all(f.severity is Severity.WARNING for f in result.findings if f.rule == "INT002")


def test_int002_error_when_no_norsk_tiltak_at_all() -> None:
    result = run([person()], [tiltak(code="Arbeidspraksis")], [norsk()])
    (f,) = [f for f in result.findings if f.rule == "INT002"]
    assert f.severity is Severity.ERROR
