"""LOV004 kap6a-utenfor-perioden: its message claims only what its citations say."""

from __future__ import annotations

from datetime import date

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.rules import check, render
from nir_desktop.core.rules.examples import workbook_from_rows
from nir_desktop.core.rules.opplaering import A

D, T = SheetKind.DELTAKERE, SheetKind.TILTAK


def test_before_in_force_claims_nothing_the_sources_do_not_say() -> None:
    """rules.md line 15: «An explanation claims nothing its citations do not support». The
    old «before» message said that earlier vedtak «måtte fattes på nytt etter kap. 6A»; LOV004
    cites the kap. 6A legal guide (in force 15.06.2022) and the NIR page (6A vedtak are
    registered from 15.06.2022), and neither says so (sources/README.md, Kap. 6A). The
    message now says what the NIR page does say."""
    row = {"fodselsnummer": A, "lov": "Integreringsloven kap. 6A", "vedtaksdato": "20.05.2022",
           "programstart": "01.09.2024", "gjennomforingsfrist": "31.08.2026",
           "sluttmal": "Arbeid", "integreringskontrakt": "01.10.2024"}
    tiltak = {"fodselsnummer": A, "tiltak": "Norskopplæring", "startdato": "01.09.2024"}
    result = check(workbook_from_rows({D: [row], T: [tiltak]}), 2025, today=date(2026, 12, 1))
    found = [f for f in result.findings if f.rule == "LOV004"]
    assert [render(f) for f in found] == [
        "Vedtaket etter kap. 6A er datert 20.05.2022, før kapitlet trådte i kraft 15.06.2022. "
        "NIR tar imot vedtak etter kap. 6A fra den dagen."]
    assert render(found[0], "en") == (
        "The chapter 6A decision is dated 20.05.2022, before the chapter came into force on "
        "15.06.2022. NIR takes chapter 6A decisions from that day.")
