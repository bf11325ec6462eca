"""The fields we know, per sheet, with the header spellings that identify them.

This module is the single source of truth for field names, their kind of value and
their recognised headers (see ``shared/spec/input-format.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SheetKind(StrEnum):
    DELTAKERE = "deltakere"
    TILTAK = "tiltak"
    NORSK = "norsk"
    OPPLAERING = "opplaering"


SHEET_TITLES: dict[SheetKind, str] = {
    SheetKind.DELTAKERE: "Deltakere",
    SheetKind.TILTAK: "Tiltak",
    SheetKind.NORSK: "Norsk",
    SheetKind.OPPLAERING: "Opplæring",
}


class ValueKind(StrEnum):
    ID = "id"  # identifiers kept as text, Excel damage repaired
    TEXT = "text"
    DATE = "date"
    BOOL = "bool"
    CODE = "code"  # a value of a code list
    NUMBER = "number"
    DATE_OR_BOOL = "date_or_bool"  # integreringskontrakt: a date or yes/no


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: ValueKind
    label_nb: str
    label_en: str
    synonyms: tuple[str, ...]
    description_nb: str = ""
    code_list: str | None = None  # name of the code list for CODE fields
    required: bool = False


def _f(name: str, kind: ValueKind, nb: str, en: str, syn: tuple[str, ...], desc: str = "",
       code_list: str | None = None, required: bool = False) -> Field:
    return Field(name, kind, nb, en, syn, desc, code_list, required)


FNR = _f(
    "fodselsnummer", ValueKind.ID, "Fødselsnummer", "National identity number",
    ("Fødselsnummer", "Fnr", "Personnummer", "D-nummer", "Fødselsnr",
     "Fødselsnummer/D-nummer", "Fødselsnummer / D-nummer", "Personnr"),
    "11 siffer; nøkkelen som knytter arkene sammen", required=True,
)

DELTAKERE_FIELDS: tuple[Field, ...] = (
    FNR,
    _f("navn", ValueKind.TEXT, "Navn", "Name", ("Navn", "Fullt navn", "Deltaker", "Deltakernavn")),
    _f("fornavn", ValueKind.TEXT, "Fornavn", "First name", ("Fornavn",)),
    _f("etternavn", ValueKind.TEXT, "Etternavn", "Last name", ("Etternavn",)),
    _f("kommunenummer", ValueKind.ID, "Kommunenummer", "Municipality number",
       ("Kommunenr", "Kommunenummer", "Kommune", "Bostedskommune", "Kommune nr"),
       "4 siffer med ledende null, f.eks. 0301"),
    _f("saksnummer", ValueKind.ID, "Saksnummer", "Case number",
       ("Saksnummer", "Journalnummer", "Saksnr", "Klientnr", "Klientnummer", "Sak"),
       "Saksnummer i fagsystemet, brukes for å vise personen uten fødselsnummer"),
    _f("lov", ValueKind.CODE, "Lov", "Law", ("Lov", "Lovgrunnlag", "Regelverk", "Lovverk"),
       "Introduksjonsloven, integreringsloven eller integreringsloven kap. 6A", code_list="lov"),
    _f("kategori", ValueKind.CODE, "Kategori", "Category", ("Kategori", "Rett/plikt"),
       "Valgfritt: rett og plikt, rett, plikt eller kan tilbys (kap. 6A: rett til "
       "introduksjonsprogram)", code_list="kategori"),
    _f("vedtaksdato", ValueKind.DATE, "Vedtaksdato", "Decision date",
       ("Vedtaksdato", "Vedtak dato", "Dato vedtak", "Vedtak"), "Tom = vedtak ikke registrert"),
    _f("programstart", ValueKind.DATE, "Programstart", "Programme start",
       ("Programstart", "Startdato", "Oppstart", "Startdato program", "Start program",
        "Programstart dato")),
    _f("gjennomforingsfrist", ValueKind.DATE, "Gjennomføringsfrist", "Completion deadline",
       ("Gjennomføringsfrist", "Frist", "Frist gjennomføring", "Planlagt slutt",
        "Gjennomføringsfrist dato")),
    _f("utvidet", ValueKind.BOOL, "Utvidet", "Extended",
       ("Utvidet", "Utvidet program", "Utvidet programtid"),
       "Ja/nei: utvidet program etter midlertidig lov (covid-19)"),
    _f("forsterket", ValueKind.BOOL, "Forsterket", "Reinforced",
       ("Forsterket", "Forsterket program", "Forsterket programtid"),
       "Ja/nei: forsterket program etter midlertidig lov (covid-19)"),
    _f("sluttmal", ValueKind.CODE, "Sluttmål", "Final goal", ("Sluttmål", "Sluttmaal", "Mål"),
       "Bare integreringsloven", code_list="sluttmal"),
    _f("integreringskontrakt", ValueKind.DATE_OR_BOOL, "Integreringskontrakt",
       "Integration contract", ("Integreringskontrakt", "Dato integreringskontrakt"),
       "Dato eller ja/nei; bare integreringsloven"),
    _f("avslutningsdato", ValueKind.DATE, "Avslutningsdato", "End date",
       ("Avslutningsdato", "Avsluttet", "Sluttdato program", "Dato avsluttet",
        "Avsluttet dato")),
    _f("avslutningsarsak", ValueKind.CODE, "Avslutningsårsak", "Reason for ending",
       ("Avslutningsårsak", "Sluttårsak", "Årsak avslutning", "Avslutningsgrunn"),
       "Hovedaktivitet ved avslutning", code_list="avslutningsarsak"),
    _f("permisjon_dager", ValueKind.NUMBER, "Permisjon (dager)", "Leave (days)",
       ("Permisjon", "Permisjonsdager", "Permisjon (dager)", "Permisjon dager"),
       "Kalenderdager med godkjent permisjon"),
    _f("fravaer_dager", ValueKind.NUMBER, "Gyldig fravær (dager)", "Valid absence (days)",
       ("Gyldig fravær", "Gyldig fravær (dager)", "Fravær", "Gyldig fravær dager"),
       "Kalenderdager med gyldig fravær"),
    _f("saksbehandler", ValueKind.TEXT, "Saksbehandler", "Caseworker",
       ("Saksbehandler", "Veileder", "Kontaktperson")),
)

TILTAK_FIELDS: tuple[Field, ...] = (
    FNR,
    _f("tiltak", ValueKind.CODE, "Tiltak", "Measure", ("Tiltak", "Tiltakstype", "Tiltak type"),
       "En verdi fra tiltakslisten", code_list="tiltak"),
    _f("startdato", ValueKind.DATE, "Startdato", "Start date",
       ("Startdato", "Fra", "Fra dato", "Fom", "Start")),
    _f("sluttdato", ValueKind.DATE, "Sluttdato", "End date",
       ("Sluttdato", "Til", "Til dato", "Tom", "Slutt"), "Tom = pågår"),
    _f("timer_per_uke", ValueKind.NUMBER, "Timer per uke", "Hours per week",
       ("Timer per uke", "Timer/uke", "Omfang", "Timer pr uke")),
)

NORSK_FIELDS: tuple[Field, ...] = (
    FNR,
    _f("startdato", ValueKind.DATE, "Startdato", "Start date",
       ("Startdato", "Fra", "Periode fra", "Fra dato")),
    _f("sluttdato", ValueKind.DATE, "Sluttdato", "End date",
       ("Sluttdato", "Til", "Periode til", "Til dato")),
    _f("timer_norsk", ValueKind.NUMBER, "Timer norsk", "Hours Norwegian",
       ("Timer norsk", "Norsktimer", "Antall timer norsk", "Timer norskopplæring")),
    _f("timer_samfunnskunnskap", ValueKind.NUMBER, "Timer samfunnskunnskap",
       "Hours social studies",
       ("Timer samfunnskunnskap", "Samfunnskunnskap timer", "Antall timer samfunnskunnskap",
        "Samfunnskunnskapstimer")),
)

# Norsk og samfunnskunnskap as an ordning of its own: many persons in it are not in the
# introduction programme, so they have their own sheet (input-format.md, «Opplæring»).
OPPLAERING_FIELDS: tuple[Field, ...] = (
    FNR,
    _f("lov", ValueKind.CODE, "Lov", "Law", ("Lov", "Lovgrunnlag", "Regelverk", "Lovverk"),
       "Introduksjonsloven, integreringsloven eller integreringsloven kap. 6A", code_list="lov"),
    _f("kategori", ValueKind.CODE, "Kategori", "Category", ("Kategori", "Rett/plikt", "Ordning"),
       "Rett og plikt, rett eller plikt; kap. 6A: rett til norsk", code_list="kategori"),
    _f("utdanningsbakgrunn", ValueKind.BOOL, "Utdanningsbakgrunn", "Educational background",
       ("Utdanningsbakgrunn", "Fullført videregående", "Vgo fra før",
        "Fullført videregående fra før"),
       "Ja/nei: fullført videregående før; avgjør fristen (18 måneder eller 3 år)"),
    _f("vedtaksdato", ValueKind.DATE, "Vedtaksdato", "Decision date",
       ("Vedtaksdato", "Vedtak dato", "Dato vedtak", "Vedtak"),
       "Første vedtak om opplæring; tom = vedtak ikke registrert"),
    _f("vedtakstype", ValueKind.TEXT, "Vedtakstype", "Decision type",
       ("Vedtakstype", "Type vedtak"), "Valgfritt: ordinær eller utvidet norskopplæring"),
    _f("startdato", ValueKind.DATE, "Startdato", "Start date",
       ("Startdato", "Oppstart", "Start", "Startdato opplæring")),
    _f("gjennomforingsfrist", ValueKind.DATE, "Gjennomføringsfrist", "Completion deadline",
       ("Gjennomføringsfrist", "Frist", "Frist gjennomføring"), "Slik NIR har beregnet den"),
    _f("norskmal", ValueKind.CODE, "Norskmål", "Norwegian goal", ("Norskmål", "Norskmaal"),
       "En verdi fra norskmållisten, f.eks. B1", code_list="norskmal"),
    _f("fulltid_vgo", ValueKind.BOOL, "Fulltid videregående", "Full-time upper secondary",
       ("Fulltid videregående", "Deltar i fulltid vgo", "Deltar i fulltid videregående"),
       "Ja/nei: deltar i fulltid videregående opplæring"),
    _f("avslutningsdato", ValueKind.DATE, "Sluttdato", "End date",
       ("Sluttdato", "Avsluttet", "Avslutningsdato", "Sluttdato opplæring"),
       "Tom = pågår"),
    _f("permisjon_dager", ValueKind.NUMBER, "Permisjon (dager)", "Leave (days)",
       ("Permisjon", "Permisjonsdager", "Permisjon (dager)", "Permisjon dager"),
       "Kalenderdager med godkjent permisjon"),
)

FIELDS: dict[SheetKind, tuple[Field, ...]] = {
    SheetKind.DELTAKERE: DELTAKERE_FIELDS,
    SheetKind.TILTAK: TILTAK_FIELDS,
    SheetKind.NORSK: NORSK_FIELDS,
    SheetKind.OPPLAERING: OPPLAERING_FIELDS,
}

SHEET_SYNONYMS: dict[SheetKind, tuple[str, ...]] = {
    SheetKind.DELTAKERE: ("Deltakere", "Deltaker", "Personer", "Personliste", "Intro",
                          "Introduksjonsprogram"),
    SheetKind.TILTAK: ("Tiltak", "Deltakelse Intro", "Deltakelse intro tiltak"),
    SheetKind.NORSK: ("Norsk", "Deltakelse norsk", "Norskopplæring"),
    SheetKind.OPPLAERING: ("Opplæring", "Opplaering", "Norsk og samfunnskunnskap",
                           "Opplæring norsk", "Ordning norsk", "Norsk rett og norskmål"),
}


def field(kind: SheetKind, name: str) -> Field:
    for f in FIELDS[kind]:
        if f.name == name:
            return f
    raise KeyError(f"{kind}.{name}")
