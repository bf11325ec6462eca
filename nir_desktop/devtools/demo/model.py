"""What a synthetic export is made of: the fictional municipality, the sheets' headers, the
code values clean rows use, invented names, and the model persons are built in.

Everything here is invented. The municipality "Nordfjellet kommune" (4699) does not exist;
names are free combinations of common first and last names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

# --- the fictional municipality and the layout -------------------------------------------

KOMMUNE_NAVN = "Nordfjellet kommune"
# County 46 (Vestland) existed 2020–2023 and still does; 4699 is not a real municipality.
KOMMUNENUMMER = "4699"
DEMO_YEAR = 2021
DEMO_SEED = 20211231

INTRO = "Introduksjonsloven"
INTEGRERING = "Integreringsloven"
IKKE_REGISTRERT = "Avslutningsårsak ikke registrert"
FULLFORT_VGO = "Fullført videregående opplæring"

DELTAKERE_HEADERS: tuple[str, ...] = (
    "Fødselsnummer", "Navn", "Kommunenummer", "Saksnummer", "Lov", "Vedtaksdato",
    "Programstart", "Gjennomføringsfrist", "Utvidet", "Forsterket", "Sluttmål",
    "Integreringskontrakt", "Avslutningsdato", "Avslutningsårsak", "Permisjon (dager)",
    "Gyldig fravær (dager)", "Saksbehandler",
)
TILTAK_HEADERS: tuple[str, ...] = (
    "Fødselsnummer", "Tiltak", "Startdato", "Sluttdato", "Timer per uke",
)
NORSK_HEADERS: tuple[str, ...] = (
    "Fødselsnummer", "Startdato", "Sluttdato", "Timer norsk", "Timer samfunnskunnskap",
)
SHEET_HEADERS: dict[str, tuple[str, ...]] = {
    "Deltakere": DELTAKERE_HEADERS,
    "Tiltak": TILTAK_HEADERS,
    "Norsk": NORSK_HEADERS,
}
INFO_SHEET = "Info"

# Code values used for clean rows: only values of the suggested lists in domain.md.
NORSK_TILTAK = ("Norskopplæring", "Norsk og samfunnskunnskap", "Samfunnskunnskap")
OTHER_TILTAK = (
    "Arbeidspraksis", "Språkpraksis", "Livsmestring", "Grunnskole", "Videregående opplæring",
    "Yrkesrettet kurs", "Foreldreveiledning", "Godkjenning av utdanning",
    "Arbeid med lønnstilskudd", "Helserelaterte tiltak",
)
OTHER_TILTAK_WEIGHTS = (24, 14, 12, 10, 6, 10, 6, 4, 6, 4)
CLEAN_ARSAKER = (
    "Arbeid heltid", "Arbeid deltid", "Arbeid med lønnstilskudd", "Videregående opplæring",
    "Høyere utdanning", "Arbeid og utdanning", "Grunnskole", "Annen utdanning",
    "Arbeidsrettet tiltak i regi av NAV", "Kvalifiseringsprogram", "Flyttet til annen kommune",
    "Foreldrepermisjon", "Sykdom", "Avbrutt etter eget ønske",
)
ARSAK_WEIGHTS = (20, 12, 6, 10, 3, 5, 8, 4, 8, 4, 6, 5, 4, 3)
SLUTTMAL = ("Arbeid", "Høyere utdanning", FULLFORT_VGO, "Deler av videregående opplæring",
            "Grunnskole")
SLUTTMAL_WEIGHTS = (40, 8, 20, 12, 20)

# --- invented names (free combinations; cp1252-safe so the CSV variant encodes) --------

FIRST_NAMES = (
    "Ingrid", "Kari", "Nora", "Sofie", "Emma", "Ola", "Lars", "Jonas", "Henrik", "Sindre",
    "Ahmad", "Mohammed", "Fatima", "Aisha", "Omar", "Yusuf", "Maryam", "Zainab", "Hassan",
    "Amina", "Abdi", "Hodan", "Faduma", "Mahad", "Samira", "Rania", "Khalid", "Layla", "Bilal",
    "Nour", "Ali", "Reza", "Zahra", "Mehdi", "Shirin", "Tesfay", "Selam", "Yonas", "Helen",
    "Semhar", "Dawit", "Merhawi", "Olena", "Iryna", "Oksana", "Andrii", "Taras", "Mykola",
    "Ngoc", "Thanh", "Eh Htoo", "Paw", "Saw", "Jean", "Aline", "Eric", "Grace", "Esperance",
)
LAST_NAMES = (
    "Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Lie", "Nygaard", "Fjellheim", "Dahl",
    "Ahmadi", "Hosseini", "Rahimi", "Mohammadi", "Karimi", "Haddad", "Khalil", "Nasser",
    "Yousef", "Ibrahim", "Hassan", "Abdullahi", "Warsame", "Farah", "Jama", "Osman", "Tesfaye",
    "Gebremedhin", "Kidane", "Haile", "Berhane", "Kovalenko", "Shevchenko", "Bondarenko",
    "Melnyk", "Tkachenko", "Nguyen", "Tran", "Htoo", "Moo", "Niyonzima", "Uwimana",
    "Habimana", "Mukamana", "Alizada", "Sultani", "Qasemi",
)
SAKSBEHANDLERE = ("Marte Solberg", "Tor Eide Vik", "Hanne Aasen", "Rune Myklebust",
                  "Silje Brekke")


# --- the model the generator works with -------------------------------------------------


@dataclass(slots=True)
class TiltakRow:
    tiltak: str
    start: date | None
    slutt: date | None
    timer: float | None = None
    raw: dict[str, Any] = field(default_factory=dict)  # header -> cell value override


@dataclass(slots=True)
class NorskRow:
    start: date | None
    slutt: date | None
    timer_norsk: int
    timer_samf: int
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Person:
    fnr: str
    navn: str
    saksnummer: str
    lov: str
    vedtaksdato: date | None
    programstart: date
    frist: date
    utvidet: bool = False
    forsterket: bool = False
    sluttmal: str | None = None
    kontrakt: date | str | None = None
    slutt: date | None = None
    arsak: str | None = None
    permisjon: int = 0
    fravaer: int = 0
    saksbehandler: str = ""
    kommunenummer: str = KOMMUNENUMMER
    tiltak: list[TiltakRow] = field(default_factory=list)
    norsk: list[NorskRow] = field(default_factory=list)
    # How the fødselsnummer cell looks in every sheet (Excel damage), if not plain text.
    fnr_cell: Any = None
    raw: dict[str, Any] = field(default_factory=dict)  # Deltakere header -> cell override


@dataclass(slots=True)
class Plant:
    """One deliberately planted rule hit."""

    rule: str
    person: str  # saksnummer; for a row without a person (REF001) the fødselsnummer on it
    why: str


@dataclass(slots=True)
class Dataset:
    year: int
    info: list[tuple[str, Any]]
    deltakere: list[list[Any]]
    tiltak: list[list[Any]]
    norsk: list[list[Any]]
    plants: list[Plant] = field(default_factory=list)

    @property
    def sheets(self) -> dict[str, list[list[Any]]]:
        return {"Deltakere": self.deltakere, "Tiltak": self.tiltak, "Norsk": self.norsk}

    def __len__(self) -> int:
        return len(self.deltakere) + len(self.tiltak) + len(self.norsk)


def tiltak_order(t: TiltakRow) -> date:
    """Tiltak rows in the order a fagsystem lists them: by start, undated last."""
    return t.start or date.max
