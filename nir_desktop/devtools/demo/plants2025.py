"""The mistakes planted in the 2025 demo: every rule of 2025, each case commented with why
it meets the rule's condition, marked on the row the check must report it on."""

from __future__ import annotations

from datetime import date, timedelta

from nir_desktop.devtools.demo.cast2025 import (
    KAP6A,
    RETT_INTRO_6A,
    RETT_NORSK_6A,
    RETT_OG_PLIKT,
    Cast2025,
    OpplRow,
    Planted,
    frist_6a,
)
from nir_desktop.devtools.demo.model import (
    FULLFORT_VGO,
    IKKE_REGISTRERT,
    INTEGRERING,
    INTRO,
    NorskRow,
    TiltakRow,
)


def plant_all(b: Cast2025) -> None:
    """Every planted case, in the order that fixes the demo's random draws."""
    identity(b)
    dates_codes(b)
    participation_ending(b)
    law(b)
    v2(b)
    norsk(b)


def identity(b: Cast2025) -> None:
    D = date
    # ID001: a typo in the last control digit on both rows of a norsk-only person.
    x = b.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2025, 1, 6), utd="Nei",
                          norskmal="B1", hours_until=D(2025, 6, 27))
    x.p.fnr = x.p.fnr[:10] + str((int(x.p.fnr[10]) + 3) % 10)
    b.mark(x.oppl[0], "ID001", "control digit typo")
    b.mark(x.p.norsk[0], "ID001", "the same typo on the Norsk row")
    b.mark(x.p.norsk[1], "ID001", "the same typo on the Norsk row")
    # ID002: born on the 5th (leading zero), numeric cells lost it in both sheets.
    x = b.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2025, 2, 3), utd="Ja",
                          norskmal="B2", born=D(1994, 4, 5), hours_until=D(2025, 5, 30))
    x.p.fnr_cell = int(x.p.fnr)
    b.mark(x.oppl[0], "ID002", "10 digits, zero lost")
    b.mark(x.p.norsk[0], "ID002", "10 digits, zero lost")
    # ID003: every number is synthetic: one INFO for the file.
    b.file_plants.append(Planted("ID003", None, None, "synthetic numbers (INFO)"))
    # ID004: the same person registered twice with overlapping open programmes; the
    # finding stands on the later row.
    x = b.programme(D(2025, 2, 3), D(2027, 2, 2))
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    twin = b.programme(D(2025, 2, 3), D(2027, 2, 2))
    twin.p.fnr, twin.p.navn = x.p.fnr, x.p.navn
    b.fac.taken.add(x.p.fnr)
    b.twins = (x, twin)  # the finding stands on whichever row comes later
    # ID005 (+ ID006): a number from before the 2020 county merger.
    x = b.programme(D(2024, 5, 6), D(2026, 5, 5))
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    x.p.kommunenummer = "1449"
    b.mark(x.p, "ID005", "county 14 does not exist in 2025")
    b.mark(x.p, "ID006", "differs from 4699")
    # ID006: a neighbour's number.
    x = b.programme(D(2024, 8, 19), D(2026, 8, 18))
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    x.p.kommunenummer = "4698"
    b.mark(x.p, "ID006", "not the number most rows have")
    # REF001: a Tiltak and a Norsk row left behind for someone in neither Deltakere nor
    # Opplæring.
    ghost = b.fac.fnr(D(2025, 1, 1))
    t = TiltakRow("Arbeidspraksis", D(2025, 2, 3), D(2025, 6, 27), 20.0)
    n = NorskRow(D(2025, 1, 6), D(2025, 6, 20), 180, 0)
    b.orphans.append((ghost, [t], [n]))
    b.mark(t, "REF001", "Tiltak row of nobody")
    b.mark(n, "REF001", "Norsk row of nobody")


def dates_codes(b: Cast2025) -> None:
    D = date
    # DAT001: 31 June on a non-norsk tiltak of an open programme.
    x = b.programme(D(2024, 10, 7), D(2026, 10, 6))
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    t = b.tiltak(x, "Yrkesrettet kurs", D(2025, 3, 3), None,
                 raw={"Sluttdato": "31.06.2025"})
    b.mark(t, "DAT001", "Sluttdato '31.06.2025'")
    # DAT002: the end year typed wrong.
    x = b.programme(D(2024, 11, 4), D(2026, 11, 3))
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    t = b.tiltak(x, "Arbeidspraksis", D(2025, 9, 1), D(2025, 3, 31))
    b.mark(t, "DAT002", "tiltak 01.09.2025–31.03.2025")
    # DAT003: a tiltak start typed 2030 (meant 2025).
    x = b.programme(D(2024, 6, 3), D(2026, 6, 2))
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    t = b.tiltak(x, "Språkpraksis", D(2030, 8, 18), None)
    b.mark(t, "DAT003", "tiltak Startdato 18.08.2030")
    # KODE001: a tiltak outside the code list, and a norskmål «B3».
    x = b.programme(D(2024, 3, 4), D(2026, 3, 3))
    b.cover(x, D(2026, 1, 14), open_last=True)
    row = b.with_oppl(x, norskmal="B3")
    t = b.tiltak(x, "Jobbklubb", D(2025, 3, 3), D(2025, 5, 30))
    b.mark(t, "KODE001", "tiltak 'Jobbklubb'")
    b.mark(row, "KODE001", "norskmål 'B3'")
    # KODE002: lov and kategori in lower case (the same codes; INFO with the spelling).
    x = b.programme(D(2024, 4, 8), D(2026, 4, 7))
    b.cover(x, D(2026, 1, 14), open_last=True)
    row = b.with_oppl(x)
    x.p.raw["Lov"] = "integreringsloven"
    row.raw["Kategori"] = "rett og plikt"
    b.mark(x.p, "KODE002", "lov 'integreringsloven'")
    b.mark(row, "KODE002", "kategori 'rett og plikt'")


def participation_ending(b: Cast2025) -> None:
    D = date
    # INT001: open all 2025, tiltak only in 2024 (no Opplæring row: its hours are 2024's).
    x = b.programme(D(2024, 1, 8), D(2026, 1, 7))
    b.cover(x, D(2024, 12, 20))
    b.mark(x.p, "INT001", "no tiltak in 2025")
    # INT002: Norsk hours in spring 2025, the only 2025 tiltak is Arbeidspraksis.
    x = b.programme(D(2024, 8, 5), D(2026, 8, 4))
    b.cover(x, D(2024, 12, 20))
    b.with_oppl(x)
    b.tiltak(x, "Arbeidspraksis", D(2025, 1, 6), D(2025, 12, 19))
    n = NorskRow(D(2025, 1, 6), D(2025, 6, 20), 300, 0)
    x.p.norsk.append(n)
    b.mark(n, "INT002", "Norsk hours 2025 without a norsk tiltak")
    # INT003: Norskopplæring in 2025 and no Norsk rows (no Opplæring row either).
    x = b.programme(D(2025, 3, 3), D(2027, 3, 2))
    nt = b.tiltak(x, "Norskopplæring", D(2025, 3, 3), None)
    b.tiltak(x, "Livsmestring", D(2025, 3, 10), D(2025, 6, 20))
    b.mark(nt, "INT003", "norsk tiltak without Norsk hours")
    # INT004: open programme without vedtaksdato.
    x = b.programme(D(2024, 9, 2), D(2026, 9, 1), vedtak=False)
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x, vedtak=D(2024, 8, 12))
    b.mark(x.p, "INT004", "no vedtaksdato")
    # INT005: a tiltak three weeks before programstart.
    x = b.programme(D(2025, 4, 7), D(2027, 4, 6))
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    t = b.tiltak(x, "Livsmestring", D(2025, 3, 17), D(2025, 5, 30))
    b.mark(t, "INT005", "tiltak starts before programstart")
    # AVS001: ended at the frist in 2025 with «Avslutningsårsak ikke registrert».
    x = b.programme(D(2023, 6, 5), D(2025, 6, 4), slutt=D(2025, 6, 4),
                    arsak=IKKE_REGISTRERT)
    b.cover(x, D(2025, 6, 4))
    b.with_oppl(x, slutt=D(2025, 6, 4))
    b.mark(x.p, "AVS001", "'Avslutningsårsak ikke registrert'")
    # AVS002: reason registered in advance on an open programme.
    x = b.programme(D(2024, 10, 14), D(2026, 10, 13), arsak="Arbeid heltid")
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    b.mark(x.p, "AVS002", "reason without avslutningsdato")
    # AVS003: ended 30.04.2025, then a tiltak from 02.06.2025.
    x = b.programme(D(2023, 9, 4), D(2025, 9, 3), slutt=D(2025, 4, 30),
                    arsak="Arbeid heltid")
    b.cover(x, D(2025, 4, 30))
    b.with_oppl(x, slutt=D(2025, 4, 30))
    t = b.tiltak(x, "Arbeid med lønnstilskudd", D(2025, 6, 2), D(2025, 11, 28))
    b.mark(t, "AVS003", "tiltak after avslutningsdato")
    # AVS004: ended with «Annet».
    x = b.programme(D(2023, 5, 8), D(2025, 5, 7), slutt=D(2025, 2, 28), arsak="Annet")
    b.cover(x, D(2025, 2, 28))
    b.with_oppl(x, slutt=D(2025, 2, 28))
    b.mark(x.p, "AVS004", "avslutningsårsak 'Annet'")
    # AVS005: frist 17.08.2025 passed, open, last tiltak ended 20.06.2025.
    x = b.programme(D(2023, 8, 18), D(2025, 8, 17))
    b.cover(x, D(2025, 6, 20))
    b.with_oppl(x, slutt=D(2025, 8, 17))
    b.mark(x.p, "AVS005", "frist passed without avslutning")
    b.mark(x.p, "INT006", "the same shape: no tiltak 21.06–31.12.2025 (194 days)")


def v2(b: Cast2025) -> None:
    D = date
    # DAT004: permisjon written as «30 dager» (counted as 0; the fix offers 30).
    x = b.programme(D(2024, 9, 9), D(2026, 9, 8))
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    x.p.raw["Permisjon (dager)"] = "30 dager"
    b.mark(x.p, "DAT004", "permisjon «30 dager»")
    # INT006: open all 2025, tiltak January–March and September–December: a gap of
    # 01.04–31.08.2025 (153 days, more than 62).
    x = b.programme(D(2024, 10, 7), D(2026, 10, 6))
    b.cover(x, D(2025, 3, 31))
    b.with_oppl(x)
    b.tiltak(x, "Språkpraksis", D(2025, 9, 1), None)
    x.p.norsk.append(NorskRow(D(2025, 9, 1), D(2025, 12, 19), 150, 0))
    b.tiltak(x, "Norskopplæring", D(2025, 9, 1), None)
    b.mark(x.p, "INT006", "no tiltak 01.04–31.08.2025")
    # COV001 (4th programme year): integreringsloven with sluttmål «Fullført videregående
    # opplæring», 3-year frist 06.03.2025, still in the programme; tiltak up to the
    # frist (NIR cannot take the 4th year): an INFO, no INT001/INT006 for the rest.
    x = b.programme(D(2022, 3, 7), D(2026, 3, 6), sluttmal=FULLFORT_VGO)
    b.cover(x, D(2025, 3, 6))
    b.with_oppl(x, slutt=D(2025, 3, 6))
    b.mark(x.p, "COV001", "4th programme year from 07.03.2025")
    # COV004 (+ COV001): the same shape ended 30.05.2025 with «Arbeid heltid», after the
    # 3-year frist 05.09.2024: NIR cannot take the reason.
    x = b.programme(D(2021, 9, 6), D(2025, 9, 5), sluttmal=FULLFORT_VGO,
                    slutt=D(2025, 5, 30), arsak="Arbeid heltid")
    b.cover(x, D(2024, 9, 5))
    b.mark(x.p, "COV004", "reason registered after the 3-year frist")
    b.mark(x.p, "COV001", "4th programme year overlaps 2025")


def law(b: Cast2025) -> None:
    D = date
    # LOV001: introduksjonsloven chosen for someone settled in 2023, with sluttmål and
    # contract (two findings on the row).
    x = b.programme(D(2023, 2, 6), D(2026, 2, 5), lov=INTRO)
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.mark(x.p, "LOV001", "sluttmål under introduksjonsloven")
    b.mark(x.p, "LOV001", "integreringskontrakt under introduksjonsloven")
    # LOV002: integreringsloven in 2025 without sluttmål.
    x = b.programme(D(2025, 2, 3), D(2027, 2, 2), sluttmal=None)
    b.cover(x, D(2026, 1, 14), open_last=True)
    b.with_oppl(x)
    b.mark(x.p, "LOV002", "no sluttmål")
    # LOV003: kap. 6A in 2025 without integreringskontrakt.
    x = b.programme(D(2025, 3, 3), frist_6a(D(2025, 3, 3)), lov=KAP6A,
                    kategori=RETT_INTRO_6A, kontrakt=False)
    b.cover(x, D(2026, 1, 14), open_last=True)
    row = b.with_oppl(x)
    b.mark(x.p, "LOV003", "no integreringskontrakt")
    b.mark(row, "NOR007", "kap. 6A frist (INFO)")
    # LOV004: a kap. 6A opplæring vedtak dated 20.05.2022, before 6A came into force
    # (the training itself started in 2025).
    x = b.opplaering_only(KAP6A, RETT_NORSK_6A, D(2025, 2, 3),
                          hours_until=D(2025, 12, 19))
    x.oppl[0].vedtak = D(2022, 5, 20)
    b.mark(x.oppl[0], "LOV004", "vedtak before 15.06.2022")
    b.mark(x.oppl[0], "NOR007", "kap. 6A frist (INFO)")


def norsk(b: Cast2025) -> None:
    D = date
    # NOR001: plikt without utdanningsbakgrunn (norsk only).
    x = b.opplaering_only(INTEGRERING, "Plikt", D(2025, 1, 13), norskmal="B1",
                          hours_until=D(2025, 12, 19))
    b.mark(x.oppl[0], "NOR001", "plikt, no utdanningsbakgrunn")
    # NOR002 (6A): utdanningsbakgrunn on a kap. 6A person with a right only.
    x = b.opplaering_only(KAP6A, RETT_NORSK_6A, D(2025, 3, 3), utd="Nei",
                          hours_until=D(2025, 12, 19))
    b.mark(x.oppl[0], "NOR002", "6A rett til norsk with utdanningsbakgrunn")
    b.mark(x.oppl[0], "NOR007", "kap. 6A frist (INFO)")
    # NOR002 (intro) + NOR005 ×2: an introduksjonsloven person (settled 2020, still in
    # norsk) carrying the integreringsloven-only fields.
    x = b.opplaering_only(INTRO, RETT_OG_PLIKT, D(2021, 1, 4), utd="Ja", norskmal="B1",
                          hours_until=D(2025, 6, 20))
    x.oppl[0].fulltid = "Ja"
    x.oppl[0].frist = None
    for rule, why in (("NOR002", "utdanningsbakgrunn under introduksjonsloven"),
                      ("NOR005", "norskmål under introduksjonsloven"),
                      ("NOR005", "fulltid videregående under introduksjonsloven")):
        b.mark(x.oppl[0], rule, why)
    # NOR003: hours in 2025, no opplæring vedtak registered.
    x = b.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2025, 2, 3), utd="Nei",
                          norskmal="A2", hours_until=D(2025, 12, 19))
    x.oppl[0].vedtak = None
    b.mark(x.p.norsk[0], "NOR003", "hours without a vedtak")
    # NOR004: no norskmål.
    x = b.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2024, 11, 4), utd="Ja",
                          hours_until=D(2025, 12, 19))
    b.mark(x.oppl[0], "NOR004", "no norskmål")
    # NOR006: in training (vedtak, open) all 2025, hours only in 2024.
    x = b.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2024, 2, 5), utd="Nei",
                          norskmal="B1", hours_until=D(2024, 12, 20))
    b.mark(x.oppl[0], "NOR006", "no hours in 2025")
    # NOR007 WARNING: the file's frist is two months off the 6A frist.
    x = b.opplaering_only(KAP6A, RETT_NORSK_6A, D(2025, 4, 7),
                          hours_until=D(2025, 12, 19))
    x.oppl[0].frist = frist_6a(D(2025, 4, 7)) + timedelta(days=61)
    b.mark(x.oppl[0], "NOR007", "file frist 61 days after the 6A frist")
    # NOR008: the first 6A vedtak ran 01.02.2024–31.01.2025; the vedtak on utvidet
    # norskopplæring is dated 16.06.2025, 4½ months after that frist (window ±2 months).
    x = b.opplaering_only(KAP6A, RETT_NORSK_6A, D(2024, 2, 1),
                          hours_until=D(2025, 12, 19))
    x.oppl[0].slutt = D(2025, 1, 31)
    x.oppl.append(OpplRow(KAP6A, RETT_NORSK_6A, None, D(2025, 6, 16), D(2025, 2, 1),
                          D(2026, 1, 31), vtype="Utvidet norskopplæring"))
    b.mark(x.oppl[0], "NOR007", "kap. 6A frist 31.01.2025 (INFO)")
    b.mark(x.oppl[1], "NOR008", "utvidet vedtak outside 30.11.2024–31.03.2025")
