"""The catalogue is complete: every rule the engine knows has its texts, citation and
examples, every rule in the spec is there, and every example behaves as it says."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from builders import A

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules import RULES, catalogue, check, render
from nir_desktop.core.rules.catalogue import Rule
from nir_desktop.core.rules.examples import workbook_from_rows

SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec" / "rules.md"
SPEC_IDS = ["ID001", "ID002", "ID003", "ID004", "ID005", "ID006", "REF001", "DAT001", "DAT002",
            "DAT003", "KODE001", "INT001", "INT002", "INT003", "INT004", "INT005", "AVS001",
            "AVS002", "AVS003", "AVS004", "AVS005", "LOV001", "LOV002", "LOV003", "COV001",
            "COV002", "COV003", "NOR001", "NOR002", "NOR003", "NOR004", "NOR005", "NOR006",
            "NOR007", "NOR008", "LOV004"]


# Our own additions to the spec's catalogue, each documented in its rule module and in
# nir_desktop/core/rules/__init__.py. Nothing else may differ from rules.md.
OWN_IDS = {"KODE002": ("kode-skrivemaate", "INFO")}


def test_catalogue_holds_exactly_the_spec_rules() -> None:
    assert sorted(RULES) == sorted([*SPEC_IDS, *OWN_IDS])
    assert [r.id for r in catalogue() if r.id not in OWN_IDS] == SPEC_IDS
    for own, (name, sev) in OWN_IDS.items():
        r = RULES[own]
        assert (r.name, r.severity.value.upper(), r.other_severities) == (name, sev, ())
    if SPEC.exists():  # the shared spec sits next to the repository in the workspace
        table = re.findall(r"^\| ([A-Z]+\d{3}) \| ([a-z0-9-]+) \| ([A-Z /]+) \|",
                           SPEC.read_text(encoding="utf-8"), re.M)
        assert sorted(i for i, _, _ in table) == sorted(SPEC_IDS)
        for rule_id, name, sev in table:
            r = RULES[rule_id]
            assert r.name == name
            severities = {r.severity.value.upper(), *(s.value.upper() for s in
                                                      r.other_severities)}
            assert severities == {s.strip() for s in sev.split("/")}, rule_id
            assert r.severity.value.upper() == sev.split("/")[-1].strip() or rule_id == "ID003"


def test_own_additions_are_documented() -> None:
    import nir_desktop.core.rules as rules_pkg

    assert rules_pkg.__doc__ is not None
    for own, (name, _) in OWN_IDS.items():
        assert own in rules_pkg.__doc__ and name in rules_pkg.__doc__, own


def test_kode001_is_only_ever_a_warning() -> None:
    """The spec's id keeps its meaning: a known value in other spelling is KODE002."""
    wb = workbook_from_rows({SheetKind.DELTAKERE: [
        {"fodselsnummer": A, "lov": "integreringsloven", "avslutningsarsak": "Ferie"}]})
    result = check(wb, 2021, today=date(2022, 2, 1))
    by_rule = {f.rule: f.severity for f in result.findings if f.rule.startswith("KODE")}
    assert by_rule == {"KODE001": Severity.WARNING, "KODE002": Severity.INFO}


def test_every_rule_in_code_has_catalogue_texts() -> None:
    """A rule the engine can raise must have a catalogue entry (and the other way round):
    the engine's family modules only raise ids that are registered."""
    src = Path(__file__).resolve().parents[2] / "nir_desktop" / "core" / "rules"
    raised: set[str] = set()
    for py in src.glob("*.py"):
        raised |= set(re.findall(r'finding\(\s*"([A-Z]+\d{3})"', py.read_text(encoding="utf-8")))
        raised |= set(re.findall(r'rule="([A-Z]+\d{3})"', py.read_text(encoding="utf-8")))
    assert raised == set(RULES)


@pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.id)
def test_rule_has_all_texts(rule: Rule) -> None:
    assert rule.name and rule.title.nb and rule.title.en
    assert rule.messages
    for variant, text in rule.messages.items():
        assert text.nb.strip() and text.en.strip(), (rule.id, variant)
    assert len(rule.why.nb) > 40 and len(rule.why.en) > 20
    assert len(rule.fix.nb) > 20 and len(rule.fix.en) > 10
    assert rule.citation.title
    if rule.citation.url is None:
        assert rule.citation.note_nb, "a general citation explains what it rests on"
    assert any(e.bad for e in rule.examples) and any(not e.bad for e in rule.examples)
    d = rule.to_dict("nb")
    assert d["id"] == rule.id and d["citation"]["title"] == rule.citation.title


@pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.id)
def test_placeholders_are_the_same_in_both_languages(rule: Rule) -> None:
    import string

    for variant, text in rule.messages.items():
        nb = {n for _, n, _, _ in string.Formatter().parse(text.nb) if n}
        en = {n for _, n, _, _ in string.Formatter().parse(text.en) if n}
        assert nb == en, (rule.id, variant)


def test_every_cited_page_is_one_of_the_known_sources() -> None:
    """Title, address and date of every cited page are those of resources/years/."""
    from nir_desktop.core import years

    known = {(s.title, s.url, s.updated) for s in years.sources().values()}
    cited = {r.citation for r in catalogue() if r.citation.url or r.citation.updated}
    assert cited
    for c in cited:
        assert (c.title, c.url, c.updated) in known, c.title
    titles = {c.title for c in cited}
    assert "Frist for å ajourføre data i NIR for 2021" in titles
    assert "Frist for å oppdatere opplysninger i NIR for 2022" in titles


def test_explanations_do_not_copy_the_guidance_page() -> None:
    page = SPEC.parent / "sources" / "imdi-frist-nir-2021.txt"
    if not page.exists():
        pytest.skip("the source page is not in this workspace")
    text = page.read_text(encoding="utf-8")
    sentences = [s.strip() for s in re.split(r"[.!?]\s", text) if len(s.strip()) > 40]
    for r in catalogue():
        for own in (r.why.nb, r.fix.nb, *(m.nb for m in r.messages.values())):
            for s in sentences:
                assert s not in own, (r.id, s)


EXAMPLES = [(r, i, e) for r in catalogue() for i, e in enumerate(r.examples)]


@pytest.mark.parametrize(("rule", "index", "example"), EXAMPLES,
                         ids=[f"{r.id}-{i}-{'bad' if e.bad else 'good'}" for r, i, e in EXAMPLES])
def test_examples_run_through_the_engine(rule: Rule, index: int, example) -> None:
    result = check(workbook_from_rows(example.rows), example.year, today=example.today)
    hits = [f for f in result.findings if f.rule == rule.id]
    assert rule.id not in {nc.rule for nc in result.not_checked}, "example lacks a column"
    if example.bad:
        assert hits, f"{rule.id}: bad example «{example.caption.nb}» raised nothing"
        if example.variant is not None:
            assert example.variant in {f.params.get("variant", "default") for f in hits}
        for f in hits:
            for lang in ("nb", "en"):
                assert "{" not in render(f, lang, strict=True)
    else:
        assert not hits, [render(f) for f in hits]


@pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.id)
def test_every_message_variant_is_shown_by_a_bad_example(rule: Rule) -> None:
    if len(rule.messages) == 1:
        assert list(rule.messages) == ["default"], "a single message is the default variant"
    else:
        assert {e.variant for e in rule.examples if e.bad} == set(rule.messages), rule.id


def test_strict_render_refuses_a_missing_placeholder() -> None:
    f = Finding("AVS001", Severity.ERROR, "Deltakere", 2, 0, "avslutningsarsak",
                {"variant": "empty", "year": 2021})
    with pytest.raises(KeyError):
        render(f, strict=True)
    assert "{avslutningsdato}" in render(f)  # lenient: shown as is, never a crash


def test_render_in_english() -> None:
    f = Finding("DAT001", Severity.ERROR, "Deltakere", 2, 6, "programstart",
                {"value": "1. mars"})
    assert render(f, "en") == ("«1. mars» in the column Programme start cannot be read as a "
                               "date. Write it as dd.mm.yyyy.")
