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
# The ids of the rule catalogue (rules.md), in its order, as the tables hold them.
_ROW = re.compile(r"^\| ([A-Z]+\d{3}) \| ([a-z0-9-]+)[^|]*\| \**([A-Z /]+?)(?: \(v2\))?\**\s*\|",
                  re.M)
# Spec rules this branch does not have yet (none: issue 10 and 11 are both in).
NOT_YET: set[str] = set()
# Rules whose name or severity rules v2 changed and this branch has not caught up with.
V2_PENDING: set[str] = set()


def spec_table() -> list[tuple[str, str, str]]:
    return _ROW.findall(SPEC.read_text(encoding="utf-8"))


# Our own additions to the spec's catalogue, each documented in its rule module and in
# nir_desktop/core/rules/__init__.py. Nothing else may differ from rules.md. (KODE002
# began as one; rules.md v2 has taken it in.)
OWN_IDS: dict[str, tuple[str, str]] = {}


def test_catalogue_order_comes_from_the_rules_not_a_list() -> None:
    """Sections in the catalogue's order, then prefix, then number: KODE002 next to
    KODE001, REF001 after the ID rules."""
    ids = [r.id for r in catalogue()]
    assert ids.index("ID006") < ids.index("REF001") < ids.index("DAT001")
    assert ids.index("KODE001") + 1 == ids.index("KODE002")
    assert ids.index("KODE002") < ids.index("INT001") < ids.index("AVS001")
    assert ids.index("AVS005") < ids.index("LOV001") < ids.index("COV001")


@pytest.mark.skipif(not SPEC.exists(), reason="the shared spec is not in this workspace")
def test_catalogue_holds_exactly_the_spec_rules() -> None:
    table = spec_table()
    spec_ids = [i for i, _, _ in table]
    assert len(spec_ids) == len(set(spec_ids)) > 30
    # Every registered rule is in the spec; a spec rule may be missing only while it is
    # NOT_YET (adding one of those needs no change here).
    assert set(RULES) <= {*spec_ids, *OWN_IDS}
    assert set(spec_ids) - set(RULES) <= NOT_YET
    assert [r.id for r in catalogue() if r.id not in OWN_IDS] == \
        [i for i in spec_ids if i in RULES]
    for own, (name, sev) in OWN_IDS.items():
        r = RULES[own]
        assert (r.name, r.severity.value.upper(), r.other_severities) == (name, sev, ())
    for rule_id, name, sev in table:
        if rule_id not in RULES or rule_id in V2_PENDING:
            continue
        r = RULES[rule_id]
        assert r.name == name
        severities = {r.severity.value.upper(), *(s.value.upper() for s in
                                                  r.other_severities)}
        assert severities == {s.strip() for s in sev.split("/")}, rule_id
        assert r.severity.value.upper() == sev.split("/")[0].strip(), rule_id


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


def test_one_module_per_rule_named_after_its_id() -> None:
    """by_id/<id>.py registers exactly the rule <ID> and raises no other rule's id, so a
    rule's logic, texts and sources are found from its id in one step."""
    from nir_desktop.core.rules import by_id

    folder = Path(by_id.__file__).parent
    modules = sorted(p.stem for p in folder.glob("*.py") if not p.stem.startswith("_"))
    assert modules == sorted(by_id.LOADED)
    assert sorted(m.upper() for m in modules) == sorted(RULES)
    for m in modules:
        text = (folder / f"{m}.py").read_text(encoding="utf-8")
        raised = set(re.findall(r'finding\(\s*"([A-Z]+\d{3})"', text))
        raised |= set(re.findall(r'rule="([A-Z]+\d{3})"', text))
        assert raised == {m.upper()}, m
        assert re.search(rf'id="{m.upper()}"', text), m


def test_no_rule_id_in_the_engine() -> None:
    src = Path(__file__).resolve().parents[2] / "nir_desktop" / "core" / "rules" / "engine.py"
    assert not re.findall(r"[A-Z]{2,4}\d{3}", src.read_text(encoding="utf-8"))


@pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.id)
def test_rule_has_all_texts(rule: Rule) -> None:
    assert rule.name and rule.title.nb and rule.title.get("en")
    assert rule.messages
    for variant, text in rule.messages.items():
        assert text.nb.strip() and text.get("en").strip(), (rule.id, variant)
    for lang in ("en", "nn"):
        assert len(rule.why.get(lang)) > 20 and len(rule.fix.get(lang)) > 10, lang
    assert len(rule.why.nb) > 40 and len(rule.fix.nb) > 20
    assert rule.citation.title
    if rule.citation.url is None:
        assert rule.citation.note, "a general citation explains what it rests on"
    assert any(e.bad for e in rule.examples) and any(not e.bad for e in rule.examples)
    d = rule.to_dict("nb")
    assert d["id"] == rule.id and d["citation"]["title"] == rule.citation.title


@pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.id)
def test_placeholders_are_the_same_in_every_language(rule: Rule) -> None:
    for variant in rule.messages:
        nb = rule.placeholders(variant)
        assert nb == rule.placeholders(variant, "en") == rule.placeholders(variant, "nn"), \
            (rule.id, variant)


def test_every_cited_page_is_one_of_the_known_sources() -> None:
    """Title, address and date of every cited page are those of resources/years/ (the
    2021 page included), so the year selector and the rules name the same pages."""
    from nir_desktop.core import years

    known = {(s.title, s.url, s.updated) for s in years.sources().values()}
    cited = {c for r in catalogue() for c in r.citations if c.url or c.updated}
    assert cited
    for c in cited:
        assert (c.title, c.url, c.updated) in known, c.title
    titles = {c.title for c in cited}
    assert "Frist for å ajourføre data i NIR for 2021" in titles
    assert "Frist for å oppdatere opplysninger i NIR for 2022" in titles
    c2021 = next(c for c in cited if c.title == "Frist for å ajourføre data i NIR for 2021")
    assert c2021.url is not None and c2021.updated == "3. januar 2022"
    assert "imdi.no/arkiv/arkiverte-nyheter/nyheter-2022/frist-for-a-ajourfore-data-i-nir-" \
        "for-2021" in c2021.url


SOURCES_README = SPEC.parent / "sources" / "README.md"


@pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.id)
def test_every_rule_cites_a_dated_source_or_says_it_rests_on_data_quality(rule: Rule) -> None:
    """Every citation names title, address and "sist oppdatert" and says in one sentence of
    our own what the source says that the rule rests on; a rule that rests on data quality
    alone cites «Generell datakvalitet» and says so."""
    assert rule.citations
    for c in rule.citations:
        if c.url is None and c.updated is not None:
            # A page the sources list names by title and date only (IMDi's legal guide to
            # kap. 6A): no address to give, so the note says where to find it.
            assert c.says is not None and c.note, (rule.id, c.title)
            if SOURCES_README.exists():
                assert c.updated in SOURCES_README.read_text(encoding="utf-8"), rule.id
            continue
        if c.url is None:
            assert c.title == "Generell datakvalitet", rule.id
            assert c.note is not None and "generell datakvalitet" in c.note.nb.lower(), rule.id
            assert len(rule.citations) == 1, "data quality alone, or sources"
            continue
        assert c.url.startswith("https://www.imdi.no/"), (rule.id, c.url)
        assert c.updated and re.fullmatch(r"\d{1,2}\. [a-zæøå]+ \d{4}", c.updated), rule.id
        assert c.says is not None, (rule.id, c.title)
        for text in (c.says.nb, c.says.get("en"), c.says.get("nn")):
            assert text.endswith(".") and text.count(". ") == 0, (rule.id, text)


@pytest.mark.skipif(not SOURCES_README.exists(), reason="the shared spec is not here")
@pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.id)
def test_cited_sources_are_those_listed_in_the_sources_readme(rule: Rule) -> None:
    listed = SOURCES_README.read_text(encoding="utf-8")
    for c in rule.citations:
        if c.url is None:
            continue
        path = c.url.removeprefix("https://www.")
        assert path in listed.replace("\n  ", "").replace("\n", ""), (rule.id, path)
        assert c.updated is not None and c.updated in listed.replace("\n  ", " "), rule.id


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
