"""What the product knows about each reporting year, read from data files.

``resources/years/`` holds one file per concern, so a new reporting year is added there
without touching rule code (README, "Slik legger du til et rapporteringsår"):
- ``deadlines.json``: the deadline of each year and whether an IMDi page confirms it;
- ``guidance.json``: which IMDi pages each year rests on, with a one-line summary;
- ``cutoffs.json``: the dates and year limits the rules rest on (15.06.2022, 01.07.2023,
  30.06.2026 «foreløpig», the covid years, ...), each with its source.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from nir_desktop.core.i18n_data import localized
from nir_desktop.core.resources import resources_dir


def years_dir() -> Path:
    return resources_dir() / "years"


def _read(name: str) -> dict[str, Any]:
    with (years_dir() / name).open(encoding="utf-8") as fh:
        data = json.load(fh)
    assert isinstance(data, dict), name
    return data


@dataclass(frozen=True, slots=True)
class Source:
    """One public page a year's checks rest on."""

    id: str
    title: str
    url: str | None
    updated: str | None

    def render(self) -> str:
        parts = [self.title]
        if self.url:
            parts.append(self.url)
        if self.updated:
            parts.append(f"sist oppdatert {self.updated}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class YearGuidance:
    year: int
    sources: tuple[Source, ...]
    summary_nb: str
    summary_en: str
    own_entry: bool  # False: no entry for this year, the nearest earlier one is used
    summary_nn: str = ""  # nynorsk; the data file carries its three languages side by side

    def summary(self, lang: str = "nb") -> str:
        return localized(lang, self.summary_nb, en=self.summary_en, nn=self.summary_nn)


@dataclass(frozen=True, slots=True)
class Cutoff:
    name: str
    date: date
    provisional: bool  # the law calls it temporary ("foreløpig"): check the law in force
    what_nb: str
    source: Source | None


@dataclass(frozen=True, slots=True)
class YearSpan:
    name: str
    first: int
    last: int | None  # None: still in force

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.first <= year and (
            self.last is None or year <= self.last)


@cache
def sources() -> dict[str, Source]:
    return {k: Source(k, v["title"], v.get("url"), v.get("updated"))
            for k, v in _read("guidance.json")["sources"].items()}


@cache
def _guidance_entries() -> dict[int, dict[str, Any]]:
    return {int(e["year"]): e for e in _read("guidance.json")["years"]}


def selectable_years() -> list[int]:
    """The years the year selector lists, newest first."""
    span = _read("guidance.json")["selectable"]
    return list(range(int(span["to"]), int(span["from"]) - 1, -1))


def guidance(year: int) -> YearGuidance:
    """The pages ``year`` rests on. A year without an entry of its own takes the nearest
    earlier year's pages (and says so); a year before every entry has none."""
    entries = _guidance_entries()
    own = year in entries
    earlier = [y for y in entries if y <= year]
    if not earlier:
        return YearGuidance(year, (), "", "", False)
    e = entries[max(earlier)]
    src = sources()
    return YearGuidance(year, tuple(src[s] for s in e["sources"]), e["summary_nb"],
                        e["summary_en"], own, e.get("summary_nn", ""))


@cache
def _cutoffs() -> dict[str, Any]:
    return _read("cutoffs.json")


def cutoff(name: str) -> Cutoff:
    raw = _cutoffs()["cutoffs"][name]
    src = sources().get(raw.get("source", ""))
    return Cutoff(name, date.fromisoformat(raw["date"]), bool(raw.get("provisional")),
                  raw.get("what_nb", ""), src)


def span(name: str) -> YearSpan:
    raw = _cutoffs()["years"][name]
    last = raw.get("to")
    return YearSpan(name, int(raw["from"]), int(last) if last is not None else None)


@cache
def deadline_table() -> dict[str, Any]:
    return _read("deadlines.json")


def reload() -> None:
    """Forget what was read (after the files changed, or a test pointed elsewhere)."""
    for f in (sources, _guidance_entries, _cutoffs, deadline_table):
        f.cache_clear()
