"""The fields we know, per sheet, with the header spellings that identify them.

This module is the single source of truth for field names, their kind of value and
their recognised headers (see ``shared/spec/input-format.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from nir_desktop.core.i18n import N_, texts


class SheetKind(StrEnum):
    DELTAKERE = "deltakere"
    TILTAK = "tiltak"
    NORSK = "norsk"
    OPPLAERING = "opplaering"


# The sheets as NIR names them: like a file's own headers, never translated (an English or
# nynorsk report still says «Deltakere», the word the caseworker sees in NIR's export).
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
    label_nb: str  # the bokmål label, also the catalogue's message id (core.i18n)
    synonyms: tuple[str, ...]
    description_nb: str = ""
    code_list: str | None = None  # name of the code list for CODE fields
    required: bool = False

    def label(self, lang: str = "nb") -> str:
        """The field's label in the language (bokmål, nynorsk or English)."""
        return texts(lang).gettext(self.label_nb)

    def description(self, lang: str = "nb") -> str:
        """What the field holds, in the language (empty when the field has no description)."""
        return texts(lang).gettext(self.description_nb) if self.description_nb else ""

    @property
    def label_en(self) -> str:
        return self.label("en")


def _f(name: str, kind: ValueKind, nb: str, syn: tuple[str, ...], desc: str = "",
       code_list: str | None = None, required: bool = False) -> Field:
    return Field(name, kind, nb, syn, desc, code_list, required)


FNR = _f(
    "fodselsnummer", ValueKind.ID, N_("Fødselsnummer"),
    ("Fødselsnummer", "Fnr", "Personnummer", "D-nummer", "Fødselsnr",
     "Fødselsnummer/D-nummer", "Fødselsnummer / D-nummer", "Personnr"),
    N_("11 siffer; nøkkelen som knytter arkene sammen"), required=True,
)

DELTAKERE_FIELDS: tuple[Field, ...] = (
    FNR,
    _f("navn", ValueKind.TEXT, N_("Navn"), ("Navn", "Fullt navn", "Deltaker", "Deltakernavn")),
    _f("fornavn", ValueKind.TEXT, N_("Fornavn"), ("Fornavn",)),
    _f("etternavn", ValueKind.TEXT, N_("Etternavn"), ("Etternavn",)),
    _f("kommunenummer", ValueKind.ID, N_("Kommunenummer"),
       ("Kommunenr", "Kommunenummer", "Kommune", "Bostedskommune", "Kommune nr"),
       N_("4 siffer med ledende null, f.eks. 0301")),
    _f("saksnummer", ValueKind.ID, N_("Saksnummer"),
       ("Saksnummer", "Journalnummer", "Saksnr", "Klientnr", "Klientnummer", "Sak"),
       N_("Saksnummer i fagsystemet, brukes for å vise personen uten fødselsnummer")),
    _f("lov", ValueKind.CODE, N_("Lov"), ("Lov", "Lovgrunnlag", "Regelverk", "Lovverk"),
       N_("Introduksjonsloven, integreringsloven eller integreringsloven kap. 6A"),
       code_list="lov"),
    _f("kategori", ValueKind.CODE, N_("Kategori"), ("Kategori", "Rett/plikt"),
       N_("Valgfritt: rett og plikt, rett, plikt eller kan tilbys (kap. 6A: rett til "
       "introduksjonsprogram)"), code_list="kategori"),
    _f("vedtaksdato", ValueKind.DATE, N_("Vedtaksdato"),
       ("Vedtaksdato", "Vedtak dato", "Dato vedtak", "Vedtak"), N_("Tom = vedtak ikke registrert")),
    _f("programstart", ValueKind.DATE, N_("Programstart"),
       ("Programstart", "Startdato", "Oppstart", "Startdato program", "Start program",
        "Programstart dato")),
    _f("gjennomforingsfrist", ValueKind.DATE, N_("Gjennomføringsfrist"),
       ("Gjennomføringsfrist", "Frist", "Frist gjennomføring", "Planlagt slutt",
        "Gjennomføringsfrist dato")),
    _f("utvidet", ValueKind.BOOL, N_("Utvidet"),
       ("Utvidet", "Utvidet program", "Utvidet programtid"),
       N_("Ja/nei: utvidet program etter midlertidig lov (covid-19)")),
    _f("forsterket", ValueKind.BOOL, N_("Forsterket"),
       ("Forsterket", "Forsterket program", "Forsterket programtid"),
       N_("Ja/nei: forsterket program etter midlertidig lov (covid-19)")),
    _f("sluttmal", ValueKind.CODE, N_("Sluttmål"), ("Sluttmål", "Sluttmaal", "Mål"),
       N_("Bare integreringsloven"), code_list="sluttmal"),
    _f("integreringskontrakt", ValueKind.DATE_OR_BOOL, N_("Integreringskontrakt"),
       ("Integreringskontrakt", "Dato integreringskontrakt"),
       N_("Dato eller ja/nei; bare integreringsloven")),
    _f("avslutningsdato", ValueKind.DATE, N_("Avslutningsdato"),
       ("Avslutningsdato", "Avsluttet", "Sluttdato program", "Dato avsluttet",
        "Avsluttet dato")),
    _f("avslutningsarsak", ValueKind.CODE, N_("Avslutningsårsak"),
       ("Avslutningsårsak", "Sluttårsak", "Årsak avslutning", "Avslutningsgrunn"),
       N_("Hovedaktivitet ved avslutning"), code_list="avslutningsarsak"),
    _f("permisjon_dager", ValueKind.NUMBER, N_("Permisjon (dager)"),
       ("Permisjon", "Permisjonsdager", "Permisjon (dager)", "Permisjon dager"),
       N_("Kalenderdager med godkjent permisjon")),
    _f("fravaer_dager", ValueKind.NUMBER, N_("Gyldig fravær (dager)"),
       ("Gyldig fravær", "Gyldig fravær (dager)", "Fravær", "Gyldig fravær dager"),
       N_("Kalenderdager med gyldig fravær")),
    _f("saksbehandler", ValueKind.TEXT, N_("Saksbehandler"),
       ("Saksbehandler", "Veileder", "Kontaktperson")),
)

TILTAK_FIELDS: tuple[Field, ...] = (
    FNR,
    _f("tiltak", ValueKind.CODE, N_("Tiltak"), ("Tiltak", "Tiltakstype", "Tiltak type"),
       N_("En verdi fra tiltakslisten"), code_list="tiltak"),
    _f("startdato", ValueKind.DATE, N_("Startdato"),
       ("Startdato", "Fra", "Fra dato", "Fom", "Start")),
    _f("sluttdato", ValueKind.DATE, N_("Sluttdato"),
       ("Sluttdato", "Til", "Til dato", "Tom", "Slutt"), N_("Tom = pågår")),
    _f("timer_per_uke", ValueKind.NUMBER, N_("Timer per uke"),
       ("Timer per uke", "Timer/uke", "Omfang", "Timer pr uke")),
)

NORSK_FIELDS: tuple[Field, ...] = (
    FNR,
    _f("startdato", ValueKind.DATE, N_("Startdato"),
       ("Startdato", "Fra", "Periode fra", "Fra dato")),
    _f("sluttdato", ValueKind.DATE, N_("Sluttdato"),
       ("Sluttdato", "Til", "Periode til", "Til dato")),
    _f("timer_norsk", ValueKind.NUMBER, N_("Timer norsk"),
       ("Timer norsk", "Norsktimer", "Antall timer norsk", "Timer norskopplæring")),
    _f("timer_samfunnskunnskap", ValueKind.NUMBER, N_("Timer samfunnskunnskap"),
       ("Timer samfunnskunnskap", "Samfunnskunnskap timer", "Antall timer samfunnskunnskap",
        "Samfunnskunnskapstimer")),
)

# Norsk og samfunnskunnskap as an ordning of its own: many persons in it are not in the
# introduction programme, so they have their own sheet (input-format.md, «Opplæring»).
OPPLAERING_FIELDS: tuple[Field, ...] = (
    FNR,
    _f("lov", ValueKind.CODE, N_("Lov"), ("Lov", "Lovgrunnlag", "Regelverk", "Lovverk"),
       N_("Introduksjonsloven, integreringsloven eller integreringsloven kap. 6A"),
       code_list="lov"),
    _f("kategori", ValueKind.CODE, N_("Kategori"), ("Kategori", "Rett/plikt", "Ordning"),
       N_("Rett og plikt, rett eller plikt; kap. 6A: rett til norsk"), code_list="kategori"),
    _f("utdanningsbakgrunn", ValueKind.BOOL, N_("Utdanningsbakgrunn"),
       ("Utdanningsbakgrunn", "Fullført videregående", "Vgo fra før",
        "Fullført videregående fra før"),
       N_("Ja/nei: fullført videregående før; avgjør fristen (18 måneder eller 3 år)")),
    _f("vedtaksdato", ValueKind.DATE, N_("Vedtaksdato"),
       ("Vedtaksdato", "Vedtak dato", "Dato vedtak", "Vedtak"),
       N_("Første vedtak om opplæring; tom = vedtak ikke registrert")),
    _f("vedtakstype", ValueKind.TEXT, N_("Vedtakstype"),
       ("Vedtakstype", "Type vedtak"), N_("Valgfritt: ordinær eller utvidet norskopplæring")),
    _f("startdato", ValueKind.DATE, N_("Startdato"),
       ("Startdato", "Oppstart", "Start", "Startdato opplæring")),
    _f("gjennomforingsfrist", ValueKind.DATE, N_("Gjennomføringsfrist"),
       ("Gjennomføringsfrist", "Frist", "Frist gjennomføring"), N_("Slik NIR har beregnet den")),
    _f("norskmal", ValueKind.CODE, N_("Norskmål"), ("Norskmål", "Norskmaal"),
       N_("En verdi fra norskmållisten, f.eks. B1"), code_list="norskmal"),
    _f("fulltid_vgo", ValueKind.BOOL, N_("Fulltid videregående"),
       ("Fulltid videregående", "Deltar i fulltid vgo", "Deltar i fulltid videregående"),
       N_("Ja/nei: deltar i fulltid videregående opplæring")),
    _f("avslutningsdato", ValueKind.DATE, N_("Sluttdato"),
       ("Sluttdato", "Avsluttet", "Avslutningsdato", "Sluttdato opplæring"),
       N_("Tom = pågår")),
    _f("permisjon_dager", ValueKind.NUMBER, N_("Permisjon (dager)"),
       ("Permisjon", "Permisjonsdager", "Permisjon (dager)", "Permisjon dager"),
       N_("Kalenderdager med godkjent permisjon")),
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


_BY_NAME: dict[str, Field] = {}
for _kind_fields in FIELDS.values():
    for _field in _kind_fields:
        _BY_NAME.setdefault(_field.name, _field)


def field_label(name: str | None, lang: str = "nb") -> str:
    """The label of a field by its name in the language; the name itself when unknown."""
    if name is None:
        return ""
    f = _BY_NAME.get(name)
    return f.label(lang) if f is not None else name
