"""Code lists and every constant the rules rest on, in one place.

The lists themselves are data (``resources/codelists/*.json``, partly UNVERIFIED) that a
user may extend with a file of their own; the constants below are used both by the checks
and by their messages, so a threshold is never spelled twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nir_desktop.core import years
from nir_desktop.core.i18n import Msg
from nir_desktop.core.i18n_data import localized
from nir_desktop.core.normalize import fold_code
from nir_desktop.core.resources import codelists_dir

# --- constants (values NIR uses, thresholds, year ranges) --------------------------------

NOT_REGISTERED = "Avslutningsårsak ikke registrert"  # set by NIR when it closes a programme
ANNET = "Annet"
SLUTTMAL_VGS = "Fullført videregående opplæring"
TILTAK_GROUP_NORSK = "norsk"

EXEMPT_AFTER_YEARS = 3  # covid: NIR takes no registration beyond 3 years of programme
# Year limits are data (resources/years/cutoffs.json): a later year changes them there.
_COVID = years.span("covid_years")
COVID_YEARS = range(_COVID.first, (_COVID.last or _COVID.first) + 1)  # covid-19 laws
COV003_YEAR = years.span("cov003_year").first  # the måloppnåelse exclusion: this RY only
LAW_RULES_FROM = years.span("law_rules").first  # integreringsloven in force 1 January 2021

LAW_INTRO = "introduksjonsloven"
LAW_INTEGRERING = "integreringsloven"
LAW_INTEGRERING_6A = "integreringsloven_6a"

OUTCOME_WORK = "work"
OUTCOME_EDUCATION = "education"
OUTCOME_NEITHER = "neither"
ACHIEVED_OUTCOMES = frozenset({OUTCOME_WORK, OUTCOME_EDUCATION})

KOMMUNENUMMER_DIGITS = 4

LIST_NAMES = ("lov", "tiltak", "sluttmal", "avslutningsarsak", "kategori", "norskmal")


@dataclass(frozen=True, slots=True)
class CodeValue:
    code: str
    aliases: tuple[str, ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict)  # group, outcome, law


@dataclass(slots=True)
class CodeList:
    name: str
    title_nb: str
    title_en: str
    verified: bool
    note: str
    values: list[CodeValue]
    groups: dict[str, str] = field(default_factory=dict)
    _index: dict[str, CodeValue] = field(default_factory=dict)
    title_nn: str = ""  # nynorsk; the list file carries its three languages side by side

    def title(self, lang: str = "nb") -> str:
        """The list's name in the language (bokmål where a translation is missing)."""
        return localized(lang, self.title_nb, en=self.title_en, nn=self.title_nn)

    def reindex(self) -> None:
        self._index = {}
        # Aliases first so that a canonical spelling always wins over someone's alias.
        for v in self.values:
            for a in v.aliases:
                self._index[fold_code(a)] = v
        for v in self.values:
            self._index[fold_code(v.code)] = v

    def lookup(self, text: str) -> CodeValue | None:
        return self._index.get(fold_code(text))

    def codes(self) -> list[str]:
        return [v.code for v in self.values]


def _value_from_json(d: dict[str, Any]) -> CodeValue:
    attrs = {k: v for k, v in d.items() if k not in ("code", "aliases")}
    return CodeValue(str(d["code"]), tuple(str(a) for a in d.get("aliases", ())), attrs)


class CodeListError(ValueError):
    """A code list file that cannot be used; ``message`` is for the user (a core.i18n.Msg:
    ``render(message, lang)`` in the user's language; ``str(exc)`` is the bokmål)."""

    def __init__(self, message: str | Msg) -> None:
        super().__init__(message)
        self.message = message


class CodeLists:
    """All code lists, with the user's additions merged over the shipped ones."""

    def __init__(self, lists: dict[str, CodeList], counties: list[tuple[int, int, frozenset[str]]]):
        self.lists = lists
        self.counties = counties
        for cl in lists.values():
            cl.reindex()

    # -- loading ---------------------------------------------------------------------
    @classmethod
    def load(cls, builtin_dir: Path | None = None, user_overrides: Path | None = None
             ) -> CodeLists:
        """Read the shipped lists, then merge a user's file or folder of lists over them.

        A user file has the same form as the shipped ones; its values are added to (or,
        with the same code, replace) the shipped values of the list with that name.
        """
        builtin_dir = builtin_dir or codelists_dir()
        lists: dict[str, CodeList] = {}
        for name in LIST_NAMES:
            data = _read_json(builtin_dir / f"{name}.json")
            lists[name] = CodeList(
                name=name, title_nb=data.get("title_nb", name), title_en=data.get("title_en", name),
                title_nn=data.get("title_nn", ""),
                verified=bool(data.get("verified", False)), note=data.get("note", ""),
                values=[_value_from_json(v) for v in data.get("values", [])],
                groups=dict(data.get("groups", {})),
            )
        counties = [(int(p["from"]), int(p["to"]), frozenset(p["counties"]))
                    for p in _read_json(builtin_dir / "fylker.json")["periods"]]
        if user_overrides is not None:
            files = (sorted(user_overrides.glob("*.json")) if user_overrides.is_dir()
                     else [user_overrides])
            for f in files:
                _merge(lists, _read_json(f), f)
        return cls(lists, counties)

    _default: CodeLists | None = None

    @classmethod
    def default(cls) -> CodeLists:
        if cls._default is None:
            cls._default = cls.load()
        return cls._default

    # -- lookups ---------------------------------------------------------------------
    def canonical(self, list_name: str, text: str | None) -> str | None:
        """The canonical spelling of a code (case, spaces and known aliases ignored)."""
        if text is None:
            return None
        v = self.lists[list_name].lookup(text)
        return v.code if v else None

    def attr(self, list_name: str, text: str | None, key: str) -> Any:
        if text is None:
            return None
        v = self.lists[list_name].lookup(text)
        return v.attrs.get(key) if v else None

    def group_of(self, tiltak: str | None) -> str | None:
        return self.attr("tiltak", tiltak, "group")

    def outcome_of(self, arsak: str | None) -> str | None:
        return self.attr("avslutningsarsak", arsak, "outcome")

    def law_of(self, lov: str | None) -> str | None:
        return self.attr("lov", lov, "law")

    def kind_of(self, kategori: str | None) -> str | None:
        """rett_og_plikt, rett, plikt or kan_tilbys for a kategori value (None: unknown)."""
        return self.attr("kategori", kategori, "kind")

    def counties_in(self, year: int) -> frozenset[str]:
        for start, end, counties in self.counties:
            if start <= year <= end:
                return counties
        return frozenset()


def _read_json(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError as e:
        raise CodeListError(Msg("Fant ikke kodelisten {file}", file=str(path))) from e
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CodeListError(Msg("Kan ikke lese kodelisten {file}: {error}", file=str(path),
                                error=str(e))) from e
    if not isinstance(data, dict):
        raise CodeListError(Msg("Kodelisten {file} har feil form (forventet et JSON-objekt)",
                                file=str(path)))
    return data


def _merge(lists: dict[str, CodeList], data: dict[str, Any], path: Path) -> None:
    name = data.get("name")
    if name not in lists:
        raise CodeListError(Msg("Kodelisten {file} har ukjent navn «{name}» (kjente: {known})",
                                file=str(path), name=str(name), known=", ".join(LIST_NAMES)))
    target = lists[name]
    by_code = {fold_code(v.code): i for i, v in enumerate(target.values)}
    for raw in data.get("values", []):
        v = _value_from_json(raw)
        i = by_code.get(fold_code(v.code))
        if i is None:
            target.values.append(v)
        else:
            target.values[i] = v
    target.groups.update(data.get("groups", {}))
