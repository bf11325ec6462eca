"""The guidance texts shown under Hjelp: present in both languages, cited, our own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

GUIDANCE = Path(__file__).resolve().parents[2] / "resources" / "guidance"
SOURCE = Path("/work/shared/spec/sources/imdi-frist-nir-2021.txt")
IMDI_2021_URL = ("https://www.imdi.no/arkiv/arkiverte-nyheter/nyheter-2022/"
                 "frist-for-a-ajourfore-data-i-nir-for-2021/")
NB_FILES = sorted(GUIDANCE.glob("*.md"))
NN_FILES = sorted((GUIDANCE / "nn").glob("*.md"))


def test_every_norwegian_text_has_an_english_twin_with_a_title() -> None:
    assert [p.name for p in NB_FILES] == ["01-frist-nir-2021.md", "02-frister.md",
                                          "03-lovene.md", "04-norsk-og-kap6a.md"]
    for nb in NB_FILES:
        en = GUIDANCE / "en" / nb.name
        assert en.is_file(), en
        for path in (nb, en):
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# ") and len(first) > 10, path


def test_every_norwegian_text_has_a_nynorsk_twin_with_the_same_sources_and_rules() -> None:
    for nb in NB_FILES:
        nn = GUIDANCE / "nn" / nb.name
        assert nn.is_file(), nn
        nb_text, nn_text = nb.read_text(encoding="utf-8"), nn.read_text(encoding="utf-8")
        assert nn_text.startswith("# ") and nn_text.splitlines()[0] != "#"
        # Nynorsk, not a copy of the bokmål: the words a municipality writes.
        words = set(re.findall(r"\w+", nn_text.lower()))
        assert {"ikkje", "frå"} & words or "kjelder" in words, nn
        assert not {"ikke", "fra", "hvis", "hvordan", "kilder"} & (
            words - set(re.findall(r"\w+", " ".join(re.findall(r"«[^»]*»", nn_text)).lower()))
        ), nn
        # Every address, rule id and date of the bokmål text is there too.
        for pattern in (r"https?://\S+?(?=[>,)\s])", r"\b[A-Z]{3,4}\d{3}\b",
                        r"\d{1,2}\. \w+ \d{4}", r"\d\d\.\d\d\.\d{4}"):
            assert sorted(set(re.findall(pattern, nb_text))) == \
                sorted(set(re.findall(pattern, nn_text))), (nn.name, pattern)


def test_the_nynorsk_guidance_keeps_the_one_style_of_the_product(nn_style) -> None:
    """The same forbidden forms as the window and the catalogue (build/nn_style.py):
    «blei» not «vart», e-infinitive, ikkje/frå/kjelde …, line by line."""
    lines = list(nn_style.guidance_texts())
    assert {where.split(":")[1] for where, _ in lines} == {p.name for p in NN_FILES}
    left = [(where, text, nn_style.problems(text)) for where, text in lines
            if nn_style.problems(text)]
    assert left == [], "\n".join(map(repr, left))


def test_the_2021_summary_cites_title_address_and_date() -> None:
    nb = (GUIDANCE / "01-frist-nir-2021.md").read_text(encoding="utf-8")
    en = (GUIDANCE / "en" / "01-frist-nir-2021.md").read_text(encoding="utf-8")
    for text, updated in ((nb, "sist oppdatert 3. januar 2022"),
                          (en, "last updated 3 January 2022")):
        assert "Frist for å ajourføre data i NIR for 2021" in text
        assert IMDI_2021_URL in text
        assert updated in text
        assert "28. februar 2022" in text or "28 February 2022" in text


def test_the_2022_2026_summary_cites_the_pages_of_resources_years() -> None:
    from nir_desktop.core import years

    nb = " ".join((GUIDANCE / "04-norsk-og-kap6a.md").read_text(encoding="utf-8").split())
    for sid in ("imdi-2022", "imdi-2023", "imdi-juni-2024", "nir-ukraina-2022"):
        s = years.sources()[sid]
        assert s.title in nb and s.url in nb and f"sist oppdatert {s.updated}" in nb, sid
    for rule in ("NOR001", "NOR002", "NOR003", "NOR005", "NOR006", "NOR007", "NOR008",
                 "LOV004"):
        assert rule in nb


def test_deadline_table_matches_the_known_deadlines() -> None:
    nb = (GUIDANCE / "02-frister.md").read_text(encoding="utf-8")
    for year, deadline in (("2018", "28. februar 2019"), ("2020", "28. februar 2021"),
                           ("2021", "28. februar 2022"), ("2022", "28. februar 2023"),
                           ("2023", "29. februar 2024")):
        assert re.search(rf"^\| {year} \| {deadline} \|", nb, re.M), year


@pytest.mark.skipif(not SOURCE.is_file(), reason="the IMDi source text is not on this machine")
def test_the_summaries_paraphrase_and_never_copy_the_source() -> None:
    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    source = words(SOURCE.read_text(encoding="utf-8"))
    title = " ".join(words("Frist for å ajourføre data i NIR for 2021"))
    grams = {" ".join(source[i:i + 6]) for i in range(len(source) - 5)}
    for path in NB_FILES + NN_FILES:
        w = words(path.read_text(encoding="utf-8"))
        copied = [" ".join(w[i:i + 6]) for i in range(len(w) - 5)
                  if " ".join(w[i:i + 6]) in grams and " ".join(w[i:i + 6]) not in title]
        assert not copied, (path.name, copied)
