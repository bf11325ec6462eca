"""The demo export for reporting year 2021 (about 160 invented persons, three sheets).

Most rows are clean; every rule of 2021 in ``shared/spec/rules.md`` is planted at least once
on purpose (the ``_plant_*`` methods, each commented with why it meets the rule's condition),
together with clean "near misses" that a correct engine must leave alone.
``planted_rules()`` tells tests which saksnummer carries which rule.

Run ``python -m nir_desktop.devtools.demo --demo resources/demo/nir-demo-2021.xlsx``.
"""

from __future__ import annotations

import os
import random
from datetime import date, timedelta
from typing import Any

from nir_desktop.devtools.demo.model import (
    DEMO_SEED,
    DEMO_YEAR,
    FULLFORT_VGO,
    IKKE_REGISTRERT,
    INTEGRERING,
    INTRO,
    Dataset,
    NorskRow,
    Person,
    Plant,
    TiltakRow,
    tiltak_order,
)
from nir_desktop.devtools.demo.people import Factory, clean_person, schedule
from nir_desktop.devtools.demo.render import Renderer, info_rows
from nir_desktop.devtools.demo.writers import write_csv, write_xlsx


class _DemoBuilder:
    """The demo for RY 2021. Dates are chosen so each plant meets exactly its condition."""

    year = DEMO_YEAR

    def __init__(self) -> None:
        self.rng = random.Random(DEMO_SEED)
        self.fac = Factory(self.rng)
        self.persons: list[Person] = []
        self.orphans: list[tuple[str, list[TiltakRow], list[NorskRow]]] = []
        self.plants: list[Plant] = []

    # helpers -------------------------------------------------------------------------
    def plant(self, rule: str, p: Person | str, why: str) -> None:
        self.plants.append(Plant(rule, p if isinstance(p, str) else p.saksnummer, why))

    def person(self, start: date, frist: date, *, lov: str = INTRO, slutt: date | None = None,
               arsak: str | None = None, sluttmal: str | None = None,
               kontrakt: date | str | None = None, utvidet: bool = False,
               forsterket: bool = False, permisjon: int = 0, fravaer: int = 0,
               vedtak: bool = True, d_number: bool = False, born: date | None = None,
               add: bool = True) -> Person:
        vedtak_dato = start - timedelta(days=21)
        p = Person(
            fnr=self.fac.fnr(start, d_number=d_number, born=born), navn=self.fac.name(),
            saksnummer=self.fac.saksnummer(vedtak_dato.year), lov=lov,
            vedtaksdato=vedtak_dato if vedtak else None, programstart=start, frist=frist,
            utvidet=utvidet, forsterket=forsterket, sluttmal=sluttmal, kontrakt=kontrakt,
            slutt=slutt, arsak=arsak, permisjon=permisjon, fravaer=fravaer,
            saksbehandler=self.fac.saksbehandler(),
        )
        if lov == INTEGRERING and kontrakt is None and sluttmal is not None:
            p.kontrakt = start + timedelta(days=30)
        if add:
            self.persons.append(p)
        return p

    def cover(self, p: Person, until: date, *, open_last: bool = False) -> None:
        schedule(self.rng, p, until, open_last=open_last)

    def tiltak(self, p: Person, kind: str, start: date | None, slutt: date | None,
               raw: dict[str, Any] | None = None) -> TiltakRow:
        t = TiltakRow(kind, start, slutt, 15.0, raw=raw or {})
        p.tiltak.append(t)
        return t

    # the demo ------------------------------------------------------------------------
    def build(self) -> Dataset:
        for _ in range(118):
            self.persons.append(clean_person(self.fac, self.year))
        self._plant_identity()
        self._plant_dates_and_codes()
        self._plant_participation()
        self._plant_ending()
        self._plant_law()
        self._plant_covid()
        self._plant_v2()
        self._near_misses()
        # Shuffle so plants are spread through the file as they would be in a real export.
        self.rng.shuffle(self.persons)
        render = Renderer(random.Random(DEMO_SEED + 1), text_date_share=0.04)
        ds = Dataset(self.year, info_rows(self.year), [], [], [], plants=self.plants)
        for p in self.persons:
            ds.deltakere.append(render.deltaker(p))
        for p in self.persons:
            ds.tiltak.extend(render.tiltak(p, t) for t in sorted(p.tiltak, key=tiltak_order))
            ds.norsk.extend(render.norsk(p, n) for n in p.norsk)
        for fnr, tiltak, norsk in self.orphans:
            ghost = Person(fnr, "", "", INTRO, None, date(self.year, 1, 1), date(self.year, 1, 1))
            ds.tiltak.extend(render.tiltak(ghost, t) for t in tiltak)
            ds.norsk.extend(render.norsk(ghost, n) for n in norsk)
        return ds

    def _plant_identity(self) -> None:
        D = date
        # ID001: a typo in the last control digit. 11 digits, but the second control digit
        # fails. Tiltak/Norsk rows carry the same typo, so it is the only finding.
        p = self.person(D(2020, 2, 3), D(2022, 2, 2))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr = p.fnr[:10] + str((int(p.fnr[10]) + 3) % 10)
        self.plant("ID001", p, "second control digit wrong (typo)")
        # ID001: only 9 digits (two lost when pasting): not 11 digits, and not a 10-digit
        # value ID002 could pad.
        p = self.person(D(2020, 9, 7), D(2022, 9, 6))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr = p.fnr[:9]
        self.plant("ID001", p, "9 digits")
        # ID002: born on the 5th, so the number starts with 0; Excel made it a number in
        # every sheet, leaving 10 digits whose zero-padded form is valid.
        p = self.person(D(2020, 4, 14), D(2022, 4, 13), born=D(1991, 3, 5))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr_cell = int(p.fnr)
        self.plant("ID002", p, "numeric cell lost the leading zero (10 digits)")
        # ID003: every number in the file is synthetic (month + 80): one INFO for the file.
        # Listed on a D-number person (day + 40 and month + 80) that is otherwise clean.
        p = self.person(D(2019, 11, 4), D(2021, 11, 3), d_number=True)
        p.slutt, p.arsak = D(2021, 11, 3), "Arbeid deltid"
        self.cover(p, D(2021, 11, 3))
        self.plant("ID003", p, "synthetic numbers in the file (one INFO per file)")
        # ID004: the same person registered twice (a second case opened by mistake);
        # both programmes are open, so the periods overlap.
        p = self.person(D(2020, 1, 20), D(2022, 1, 19))
        self.cover(p, D(2022, 1, 14), open_last=True)
        twin = self.person(D(2020, 1, 20), D(2022, 1, 19))
        twin.fnr, twin.navn, twin.fnr_cell = p.fnr, p.navn, p.fnr_cell
        self.fac.taken.add(p.fnr)
        self.plant("ID004", p, "same fnr, overlapping open programmes")
        self.plant("ID004", twin, "same fnr, overlapping open programmes")
        # ID005: the municipality's number before the 2020 county merger (county 14 no
        # longer existed in 2021). It also differs from the file's number (ID006).
        p = self.person(D(2020, 5, 11), D(2022, 5, 10))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.kommunenummer = "1449"
        self.plant("ID005", p, "county prefix 14 did not exist in 2021")
        self.plant("ID006", p, "differs from 4699")
        # ID006: a neighbour's (fictional) number with a valid county prefix.
        p = self.person(D(2020, 8, 24), D(2022, 8, 23))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.kommunenummer = "4698"
        self.plant("ID006", p, "valid number, but not the one most rows have")
        # REF001: measures left behind for a person who moved away and was removed from
        # Deltakere; the fødselsnummer is in no Deltakere row.
        ghost = self.fac.fnr(D(2021, 1, 1))
        self.orphans.append((
            ghost,
            [TiltakRow("Arbeidspraksis", D(2021, 2, 1), D(2021, 6, 30), 20.0)],
            [NorskRow(D(2021, 1, 4), D(2021, 6, 18), 180, 0)],
        ))
        self.plant("REF001", ghost, "Tiltak and Norsk rows for an fnr not in Deltakere")

    def _plant_dates_and_codes(self) -> None:
        D = date
        # DAT001: 31 June does not exist; on a non-norsk tiltak of an open programme, so
        # however the engine reads the bad date it creates no other finding.
        p = self.person(D(2020, 10, 12), D(2022, 10, 11))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Yrkesrettet kurs", D(2021, 3, 1), None,
                    raw={"Sluttdato": "31.06.2021"})
        self.plant("DAT001", p, "Tiltak Sluttdato '31.06.2021'")
        # DAT002: the end year typed wrong (2021 for 2022): ends before it starts.
        p = self.person(D(2020, 11, 2), D(2022, 11, 1))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Arbeidspraksis", D(2021, 9, 1), D(2021, 3, 31))
        self.plant("DAT002", p, "tiltak 01.09.2021–31.03.2021")
        # DAT003: a tiltak start typed as 2030 (meant 2020); after any date the check runs
        # before 2030. Open programme, so no AVS003/INT005.
        p = self.person(D(2020, 6, 15), D(2022, 6, 14))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Språkpraksis", D(2030, 8, 16), None)
        self.plant("DAT003", p, "tiltak Startdato 16.08.2030")
        # KODE001: a tiltak value not in the code list (alongside clean coverage).
        p = self.person(D(2020, 3, 16), D(2022, 3, 15))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Jobbklubb", D(2021, 3, 1), D(2021, 5, 28))
        self.plant("KODE001", p, "tiltak 'Jobbklubb'")
        # KODE001: an avslutningsårsak in the caseworker's own words. Registered (not
        # empty), so no AVS001.
        p = self.person(D(2019, 4, 1), D(2021, 3, 31), slutt=D(2021, 3, 31), arsak="Fast jobb")
        self.cover(p, D(2021, 3, 31))
        self.plant("KODE001", p, "avslutningsårsak 'Fast jobb'")

    def _plant_participation(self) -> None:
        D = date
        # INT001: open programme all through 2021 (participated; not covid-extended, so the
        # registrable part is all of 2021), but tiltak (and norsk hours) only in 2020.
        # Frist 2022, so no AVS005.
        p = self.person(D(2020, 1, 13), D(2022, 1, 12))
        self.cover(p, D(2020, 12, 18))
        self.plant("INT001", p, "no tiltak in 2021")
        # INT002: Norsk hours in spring 2021 inside the open programme, but the only 2021
        # tiltak is Arbeidspraksis (no norsk tiltak overlaps the Norsk period).
        p = self.person(D(2020, 8, 17), D(2022, 8, 16))
        self.cover(p, D(2020, 12, 18))
        self.tiltak(p, "Arbeidspraksis", D(2021, 1, 4), D(2021, 12, 17))
        p.norsk.append(NorskRow(D(2021, 1, 4), D(2021, 6, 18), 300, 0))
        self.plant("INT002", p, "Norsk hours 2021 without a norsk tiltak")
        # INT003: Norskopplæring in 2021 but no Norsk rows at all.
        p = self.person(D(2021, 3, 1), D(2023, 2, 28), lov=INTEGRERING, sluttmal="Arbeid")
        self.tiltak(p, "Norskopplæring", D(2021, 3, 1), None)
        self.tiltak(p, "Livsmestring", D(2021, 3, 8), D(2021, 6, 18))
        self.plant("INT003", p, "norsk tiltak without Norsk hours")
        # INT004: open programme in 2021 with tiltak, but no vedtaksdato.
        p = self.person(D(2020, 9, 1), D(2022, 8, 31), vedtak=False)
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.plant("INT004", p, "no vedtaksdato")
        # INT005: a tiltak that starts three weeks before programstart.
        p = self.person(D(2021, 4, 6), D(2023, 4, 5), lov=INTEGRERING,
                        sluttmal="Deler av videregående opplæring")
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Livsmestring", D(2021, 3, 15), D(2021, 5, 31))
        self.plant("INT005", p, "tiltak starts before programstart")
        # INT005: ended 30.06.2021, but an Arbeidspraksis that started before the end is
        # still open. (It starts before avslutningsdato, so it is not AVS003.)
        p = self.person(D(2019, 7, 1), D(2021, 6, 30), slutt=D(2021, 6, 30),
                        arsak="Arbeid heltid")
        self.cover(p, D(2021, 6, 30))
        self.tiltak(p, "Arbeidspraksis", D(2021, 3, 1), None)
        self.plant("INT005", p, "open tiltak after avslutningsdato")

    def _plant_ending(self) -> None:
        D = date
        # AVS001: ended at the frist in 2021, no reason; not covid-extended (no exemption).
        p = self.person(D(2019, 3, 4), D(2021, 3, 3), slutt=D(2021, 3, 3))
        self.cover(p, D(2021, 3, 3))
        self.plant("AVS001", p, "avslutningsårsak empty")
        # AVS001: NIR closed the programme at the frist ("ikke registrert"); the person is
        # not utvidet, so COV003 does not take it out and AVS001 stands.
        p = self.person(D(2019, 6, 3), D(2021, 6, 2), slutt=D(2021, 6, 2), arsak=IKKE_REGISTRERT)
        self.cover(p, D(2021, 6, 2))
        self.plant("AVS001", p, "'Avslutningsårsak ikke registrert', not covid-extended")
        # AVS002: a reason registered in advance on an open programme.
        p = self.person(D(2020, 10, 5), D(2022, 10, 4), arsak="Arbeid heltid")
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.plant("AVS002", p, "avslutningsårsak without avslutningsdato")
        # AVS003: ended 30.04.2021, then a tiltak from 01.06.2021 (overlaps 2021).
        p = self.person(D(2019, 9, 2), D(2021, 9, 1), slutt=D(2021, 4, 30),
                        arsak="Arbeid heltid")
        self.cover(p, D(2021, 4, 30))
        self.tiltak(p, "Arbeid med lønnstilskudd", D(2021, 6, 1), D(2021, 11, 30))
        self.plant("AVS003", p, "tiltak starts after avslutningsdato")
        # AVS004: ended in 2021 with "Annet"; not covid-extended, so COV002 cannot apply.
        p = self.person(D(2019, 5, 6), D(2021, 5, 5), slutt=D(2021, 2, 26), arsak="Annet")
        self.cover(p, D(2021, 2, 26))
        self.plant("AVS004", p, "avslutningsårsak 'Annet'")
        # AVS005: frist 18.08.2021 passed, still open, last tiltak ended 18.06.2021 (none
        # after the frist), not covid-extended.
        p = self.person(D(2019, 8, 19), D(2021, 8, 18))
        self.cover(p, D(2021, 6, 18))
        self.plant("AVS005", p, "frist passed without avslutning")
        self.plant("INT006", p, "side effect of the AVS005 shape: no tiltak after 18.06.2021")

    def _plant_law(self) -> None:
        D = date
        # LOV001: introduksjonsloven (started 2020) with a sluttmål and a contract date.
        p = self.person(D(2020, 3, 2), D(2022, 3, 1), sluttmal="Arbeid", kontrakt=D(2020, 4, 1))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.plant("LOV001", p, "introduksjonsloven with sluttmål")
        # LOV002: integreringsloven, participating in 2021, no sluttmål.
        p = self.person(D(2021, 2, 1), D(2023, 1, 31), lov=INTEGRERING,
                        kontrakt=D(2021, 3, 1))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.plant("LOV002", p, "integreringsloven without sluttmål")

    def _plant_covid(self) -> None:
        D = date
        # COV001 (+ near miss for AVS005): utvidet, 3-year mark 20.08.2021, frist passed in
        # 2020 but covid-extended, so no AVS005. Tiltak up to the mark; one Arbeidspraksis
        # wholly after the mark (inside the exempt period) gets the row INFO.
        p = self.person(D(2018, 8, 20), D(2020, 8, 19), utvidet=True)
        self.cover(p, D(2021, 8, 19))
        self.tiltak(p, "Arbeidspraksis", D(2021, 9, 1), D(2021, 12, 17))
        self.plant("COV001", p, "exempt period from 20.08.2021; tiltak wholly inside it")
        # COV001 silencing AVS001: forsterket (not utvidet, so no COV003), mark
        # 05.03.2021 + 30 days leave = 04.04.2021; ended 30.11.2021 with no reason: the
        # avslutningsdato lies in the exempt period.
        p = self.person(D(2018, 3, 5), D(2021, 4, 3), forsterket=True, permisjon=30,
                        slutt=D(2021, 11, 30))
        self.cover(p, D(2021, 4, 3))
        self.plant("COV001", p, "ended in exempt period without reason: no AVS001")
        # COV001 silencing INT001 and INT004's premise: mark 02.10.2020, so all of 2021 is
        # exempt; no tiltak in 2021 (NIR takes none) and ended 30.09.2021 without reason.
        p = self.person(D(2017, 10, 2), D(2020, 10, 1), utvidet=True, slutt=D(2021, 9, 30))
        self.cover(p, D(2020, 10, 1))
        self.plant("COV001", p, "whole RY exempt: no INT001 or AVS001")
        # COV002 (+ AVS004 replaced): utvidet, frist 03.06.2021, avslutningsdato 03.06.2021
        # on the 3-year frist (03.06.2021), reason "Annet", but an Arbeidspraksis is still
        # open: the person continues after 2021. (v2: the open tiltak is no INT005, the
        # avslutningsdato being NIR's ending of a person who continues.)
        p = self.person(D(2018, 6, 4), D(2021, 6, 3), utvidet=True, slutt=D(2021, 6, 3),
                        arsak="Annet")
        self.cover(p, D(2021, 6, 3))
        self.tiltak(p, "Arbeidspraksis", D(2021, 1, 4), None)
        self.plant("COV002", p, "'Annet' registered while continuing after 2021")
        # COV002: forsterket, frist 04.11.2021, reason registered, no avslutningsdato (v2:
        # not AVS002 too: the reason should go, not a date be added).
        p = self.person(D(2018, 11, 5), D(2021, 11, 4), forsterket=True, arsak="Arbeid deltid")
        self.cover(p, D(2021, 11, 4))
        self.plant("COV002", p, "reason registered, no avslutningsdato")
        # COV003 «avsluttet»: utvidet, 14 days valid absence: 3-year frist 14.10.2021. The
        # programme ended on the frist with "ikke registrert": no AVS001 (NIR takes no reason
        # there), taken out of the 2021 basis.
        p = self.person(D(2018, 10, 1), D(2021, 10, 14), utvidet=True, fravaer=14,
                        slutt=D(2021, 10, 14), arsak=IKKE_REGISTRERT)
        self.cover(p, D(2021, 10, 14))
        self.plant("COV003", p, "utvidet, ikke registrert, ended on the frist 14.10.2021")
        # COV003 «prognose»: utvidet, 3-year frist 02.12.2021, still open in the file: NIR
        # closes it on the frist with "ikke registrert" (COV001 for December too).
        p = self.person(D(2018, 12, 3), D(2020, 12, 2), utvidet=True)
        self.cover(p, D(2021, 12, 2))
        self.plant("COV003", p, "utvidet, open, NIR ends it on the frist 02.12.2021")
        # COV004: utvidet, 3-year frist 08.04.2021, ended 30.09.2021 with a reason NIR
        # cannot take: NIR holds the ending on 08.04.2021 without a reason.
        p = self.person(D(2018, 4, 9), D(2021, 4, 8), utvidet=True, slutt=D(2021, 9, 30),
                        arsak="Arbeid heltid")
        self.cover(p, D(2021, 4, 8))
        self.plant("COV004", p, "reason registered for an ending after the 3-year frist")
        # INT004 in the exempt period (v2): utvidet, 3-year frist 05.11.2020, so all of 2021
        # is exempt, but the programme's own vedtak can be registered and is missing.
        p = self.person(D(2017, 11, 6), D(2020, 11, 5), utvidet=True, vedtak=False)
        self.cover(p, D(2020, 11, 5))
        self.plant("INT004", p, "no vedtaksdato; all of 2021 exempt, the vedtak is not")

    def _plant_v2(self) -> None:
        """Rules and variants of rules.md v2 outside the covid cases."""
        D = date
        # DAT004: leave written with its unit; counted as 0 (not covid-extended, so the
        # 3-year frist does not matter), and 14 offered as the fix.
        p = self.person(D(2020, 6, 8), D(2022, 6, 7))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.raw["Permisjon (dager)"] = "14 dager"
        self.plant("DAT004", p, "Permisjon (dager) '14 dager'")
        # INT006: open programme, tiltak until 31.03.2021 and again from 02.08.2021: 123
        # days without a tiltak.
        p = self.person(D(2020, 4, 6), D(2022, 4, 5))
        self.cover(p, D(2021, 3, 31))
        self.tiltak(p, "Arbeidspraksis", D(2021, 8, 2), None)
        self.plant("INT006", p, "no tiltak 01.04.2021–01.08.2021")
        # INT002 «delvis»: Norsk hours all spring and autumn 2021, a norsk tiltak only
        # January–March; the rest of the year is covered by Arbeidspraksis.
        p = self.person(D(2020, 9, 14), D(2022, 9, 13))
        self.tiltak(p, "Norskopplæring", D(2020, 9, 14), D(2021, 3, 31))
        self.tiltak(p, "Arbeidspraksis", D(2021, 4, 1), None)
        p.norsk.append(NorskRow(D(2020, 9, 14), D(2020, 12, 18), 180, 20))
        p.norsk.append(NorskRow(D(2021, 1, 4), D(2021, 12, 17), 400, 40))
        self.plant("INT002", p, "norsk tiltak covers January–March only («delvis»)")

    def _near_misses(self) -> None:
        """Clean rows that look like problems; a correct engine raises no ERROR/WARNING."""
        D = date
        # (v2) Forsterket, gjennomføringsfrist 30.06.2021, ended there without a reason
        # while an Arbeidspraksis goes on into 2022: the extended person continues, and the
        # 2021 guidance asks for no reason (no AVS001), and the open tiltak is no INT005.
        p = self.person(D(2019, 2, 4), D(2021, 6, 30), forsterket=True, slutt=D(2021, 6, 30))
        self.cover(p, D(2021, 2, 26))
        self.tiltak(p, "Arbeidspraksis", D(2021, 3, 1), None)
        # Ended in 2020 without a reason: not in scope for 2021 (no AVS001).
        p = self.person(D(2018, 12, 3), D(2020, 12, 2), slutt=D(2020, 11, 30))
        self.cover(p, D(2020, 11, 30))
        # Integreringsloven starting January 2022 without a sluttmål yet: did not take part
        # in 2021 (no LOV002, INT001 or INT004).
        p = self.person(D(2022, 1, 10), D(2024, 1, 9), lov=INTEGRERING)
        p.vedtaksdato = D(2021, 12, 15)
        self.tiltak(p, "Norskopplæring", D(2022, 1, 10), None)
        p.norsk.append(NorskRow(D(2022, 1, 10), D(2022, 1, 14), 15, 0))
        # Frist 31.03.2021 passed, open, but a new tiltak started after the frist (no AVS005).
        p = self.person(D(2019, 4, 1), D(2021, 3, 31))
        self.cover(p, D(2021, 3, 31))
        self.tiltak(p, "Arbeid med lønnstilskudd", D(2021, 4, 6), D(2021, 12, 17))
        # Fullført videregående as sluttmål (integreringsloven, 3 years): mark in 2024, so
        # no exemption in 2021 and nothing to report.
        p = self.person(D(2021, 1, 18), D(2024, 1, 17), lov=INTEGRERING, sluttmal=FULLFORT_VGO)
        self.cover(p, D(2022, 1, 14), open_last=True)
        # Excel damage that repairs to a valid number without a finding: an 11-digit
        # numeric cell, and the same number shown in scientific notation with every digit.
        p = self.person(D(2020, 1, 6), D(2022, 1, 5), born=D(1985, 3, 15))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr_cell = int(p.fnr)
        p = self.person(D(2020, 2, 17), D(2022, 2, 16), born=D(1988, 6, 14))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr_cell = f"{p.fnr[0]}.{p.fnr[1:]}E+10"
        # Dates typed as text in the Norwegian short forms, all valid.
        p = self.person(D(2020, 5, 4), D(2022, 5, 3))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.raw["Programstart"] = "4.5.20"
        p.raw["Gjennomføringsfrist"] = "03.05.2022"
        # A code written in other case and with spaces: the same code (no KODE001), only
        # KODE002 (INFO) offering the code list's spelling.
        p = self.person(D(2019, 10, 7), D(2021, 10, 6), slutt=D(2021, 10, 6),
                        arsak="  arbeid heltid ")
        p.raw["Lov"] = "introduksjonsloven"
        self.cover(p, D(2021, 10, 6))
        self.plant("KODE002", p, "lov 'introduksjonsloven', avslutningsårsak '  arbeid heltid '")


def build_demo() -> Dataset:
    """The demo export for reporting year 2021 (deterministic; a fresh copy each call)."""
    return _DemoBuilder().build()


def planted_rules() -> dict[str, list[str]]:
    """Rule id → the saksnummer(s) the demo plants it on.

    Two kinds of entry are not a Deltakere saksnummer: REF001 lists the fødselsnummer on
    the orphan Tiltak/Norsk rows (they have no person), and ID003 is one finding for the
    whole file (listed on a D-number person; any synthetic number raises it).
    """
    out: dict[str, list[str]] = {}
    for plant in build_demo().plants:
        out.setdefault(plant.rule, []).append(plant.person)
    return out


def write_demo(path: str | os.PathLike[str]) -> Dataset:
    ds = build_demo()
    write_xlsx(ds, path)
    return ds


def write_demo_csv(path: str | os.PathLike[str]) -> int:
    """The demo's Deltakere sheet as a Norwegian Excel CSV (cp1252, ``;``)."""
    return write_csv(build_demo().deltakere, path)


def plants_table() -> str:
    """The demo's planted rules as a Markdown table (rule, saksnummer, why)."""
    lines = ["| Rule | Saksnummer | Why |", "|---|---|---|"]
    for p in sorted(build_demo().plants, key=lambda p: p.rule):
        lines.append(f"| {p.rule} | {p.person} | {p.why} |")
    return "\n".join(lines)
