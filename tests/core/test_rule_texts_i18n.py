"""Every rule text goes through the one text catalogue: bokmål in the code, English and
nynorsk in resources/locale/<lang>/LC_MESSAGES/nir_desktop.po, with the same named
placeholders, and the rule listing and the findings read in nynorsk."""

from __future__ import annotations

import gettext
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from nir_desktop.core.findings import NotChecked
from nir_desktop.core.i18n import texts
from nir_desktop.core.rules import catalogue, check, render
from nir_desktop.core.rules.catalogue import SECTIONS, Text, render_not_checked
from nir_desktop.core.rules.examples import workbook_from_rows
from nir_desktop.core.rules.listing import catalogue_json, catalogue_text, rules_for

LOCALE = Path(__file__).resolve().parents[2] / "resources" / "locale"


def _rule_texts() -> list[Text]:
    """Every Text a user can read about a rule: section titles, names, messages and their
    variants, explanations, fixes, what each source says, source notes, example captions."""
    out: list[Text] = [s.title for s in SECTIONS]
    for r in catalogue():
        out += [r.title, r.why, r.fix, *r.messages.values(), *(e.caption for e in r.examples)]
        for c in r.citations:
            out += [t for t in (c.says, c.note) if t is not None]
    return out


def _po(lang: str) -> dict[tuple[str | None, str], tuple[str, ...]]:
    with (LOCALE / lang / "LC_MESSAGES" / "nir_desktop.po").open("rb") as fh:
        cat = read_po(fh)
    out: dict[tuple[str | None, str], tuple[str, ...]] = {}
    for m in cat:
        if not m.id:
            continue
        assert not m.fuzzy, (lang, m.id)
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        out[(m.context, ids[0])] = tuple(strings)
    return out


def _names(text: str) -> set[str]:
    return {n for _, n, _, _ in string.Formatter().parse(text) if n}


@pytest.mark.parametrize("lang", ["en", "nn"])
def test_the_compiled_catalogue_is_there_and_loads(lang: str) -> None:
    """Without the .mo the product falls back to bokmål quietly; the tests must not."""
    assert isinstance(texts(lang), gettext.GNUTranslations), \
        f"resources/locale/{lang}/LC_MESSAGES/nir_desktop.mo is missing (tests/conftest.py)"


@pytest.mark.parametrize("lang", ["en", "nn"])
def test_every_rule_text_is_translated_with_the_same_placeholders(lang: str) -> None:
    po = _po(lang)
    sources = {t.nb for t in _rule_texts()}
    assert len(sources) > 340
    missing = sorted(s for s in sources if not po.get((None, s), ("",))[0].strip())
    assert not missing, f"{len(missing)} rule texts lack a {lang} translation: {missing[:3]}"
    for (_ctx, msgid), strings in po.items():
        for s in strings:
            assert s.strip(), (lang, msgid)
            assert _names(s) == _names(msgid), (lang, msgid, s)


def test_every_nynorsk_catalogue_text_keeps_the_one_style(nn_style) -> None:
    """Rule texts, reports, reader messages and the command line were translated by three
    hands; every msgstr follows the one nynorsk of build/nn_style.py (e-infinitive, blei,
    ikkje/kva/frå, åtvaring, kolonnar, òg …)."""
    texts = list(nn_style.po_texts())
    assert len(texts) > 550
    left = [(where, text, nn_style.problems(text)) for where, text in texts
            if nn_style.problems(text)]
    assert left == [], "\n".join(map(repr, left))


def test_the_style_check_catches_a_planted_a_infinitive(nn_style, tmp_path: Path) -> None:
    """The check reads the files themselves: «å lagra» planted in a copy of the nynorsk
    catalogue and of the Qt file is found, with where it is."""
    po = tmp_path / "nir_desktop.po"
    po.write_text(nn_style.PO_NN.read_text(encoding="utf-8")
                  + '\nmsgid "Husk å lagre"\nmsgstr "Hugs å lagra"\n', encoding="utf-8")
    found = [(where, nn_style.problems(t)) for where, t in nn_style.po_texts(po)
             if nn_style.problems(t)]
    assert found == [("po:'Husk å lagre'", ["å lagra"])]
    ts = tmp_path / "nir_desktop_nn.ts"
    ts.write_text(nn_style.TS_NN.read_text(encoding="utf-8").replace(
        "<translation>Kan ikkje lagre</translation>",
        "<translation>Kan ikkje lagra det som vert endra</translation>", 1), encoding="utf-8")
    found = [nn_style.problems(t) for _, t in nn_style.ts_texts(ts) if nn_style.problems(t)]
    assert found == [["vert", "Kan ikkje lagra"]]
    assert nn_style.problems("Du må lagra fila, og opna ho att.") == ["må lagra", "og opna ho"]
    assert nn_style.problems("Opna ho i Excel og lagra ho som .xlsx.") == \
        ["Opna ho", "og lagra ho"]
    assert nn_style.problems("Fila er lagra og blei opna.") == []  # participles stay
    assert nn_style.problems("Utan årsak («ikke registrert») i Deltakere") == []


def test_nynorsk_is_not_the_bokmal_left_in_place() -> None:
    """A few words that bokmål and nynorsk spell differently: nearly every long rule
    text has one, and none of the nynorsk texts keeps the bokmål form (code values such
    as «Avslutningsårsak ikke registrert» are NIR's own words and stay)."""
    po = _po("nn")
    rule_texts = {t.nb: po[(None, t.nb)] for t in _rule_texts()}
    bokmal = (" ikke ", " hva ", " hvordan ", " bare ", " fra ", " deltakeren ", " mangler")
    for msgid, forms in rule_texts.items():
        for nn in forms:
            plain = " " + nn.replace("«Avslutningsårsak ikke registrert»", "")\
                .replace("«Ikke registrert»", "") + " "
            assert not [w for w in bokmal if w in plain], (msgid, nn)
    long_texts = [(m, f[0]) for m, f in rule_texts.items() if len(m) > 80]
    assert len(long_texts) > 120
    # «Avslutningsdato {avslutningsdato} er i {year}, men avslutningsårsak er …» is the
    # same in both; nearly every other long text differs somewhere.
    assert sum(1 for m, nn in long_texts if m == nn) <= 2


def test_rule_listing_in_nynorsk() -> None:
    text = catalogue_text(2021, "nn")
    assert text.startswith("NIR-kontroll – regelkatalog (rapporteringsår 2021)\n")
    assert "\nDeltaking\n---------\n" in text
    assert "INT001 tiltak-mangler (Feil) – Tiltak manglar · alle år\n" in text
    assert ("  Kvifor: Kommunen skal registrere innhaldet i programmet i NIR, og det er "
            "tiltaka som viser det. Ein periode i program utan tiltak ser ut som eit program "
            "utan innhald.\n") in text
    assert ("      Kva kjelda seier: IMDi ber kommunane kontrollere deltakinga og registrere "
            "tiltaka under «Deltakelse Intro».\n") in text
    assert "ID002 fnr-ledende-null (Åtvaring) – Fødselsnummer har mista null framfor" in text
    assert "  Døme: Riktig: Tiltak frå start; " in text
    assert "  Tersklar: gap_days = 62\n" in text
    assert text.endswith(f"\n{len(rules_for(2021))} reglar.\n")
    assert "Hvorfor:" not in text and "Slik retter du:" not in text


def test_rule_json_in_nynorsk() -> None:
    import json

    data = json.loads(catalogue_json(None, "nn"))
    ref001 = next(r for r in data["rules"] if r["id"] == "REF001")
    assert ref001["title"] == "Ukjend person"
    assert ref001["messages"]["default"] == \
        "Fødselsnummeret på denne rada i {sheet} finst ikkje i Deltakere."
    assert ref001["section"] == "Identitet og struktur"
    assert ref001["years"] == "alle år"
    nor = next(r for r in data["rules"] if r["id"] == "NOR001")
    assert nor["years"].endswith(" og seinare")
    note = next(c["note"] for r in data["rules"] for c in r["citations"]
                if c["title"] == "Generell datakvalitet")
    assert note.startswith("Byggjer berre på generell datakvalitet: ")


def _bad_example_finding(rule_id: str):
    r = next(r for r in catalogue() if r.id == rule_id)
    e = next(e for e in r.examples if e.bad)
    result = check(workbook_from_rows(e.rows), e.year, today=e.today)
    return next(f for f in result.findings if f.rule == rule_id)


def test_a_finding_reads_in_nynorsk_bokmal_and_english() -> None:
    f = _bad_example_finding("INT001")
    assert render(f, "nb", strict=True) == ("Ingen tiltak er registrert for "
                                            "01.03.2021–31.12.2021, da personen var i "
                                            "introduksjonsprogram i 2021.")
    assert render(f, "nn", strict=True) == ("Ingen tiltak er registrerte for "
                                            "01.03.2021–31.12.2021, då personen var i "
                                            "introduksjonsprogram i 2021.")
    assert render(f, "en", strict=True) == ("No measure is registered for "
                                            "01.03.2021–31.12.2021, while the person was in "
                                            "the introduction programme in 2021.")


def test_an_open_end_reads_open_in_each_language() -> None:
    f = _bad_example_finding("INT003")
    assert "–åpen)" in render(f, "nb") and "–open)" in render(f, "en")
    assert "–open)" in render(f, "nn") and "har ingen timar i Norsk" in render(f, "nn")


def test_not_checked_in_nynorsk_with_plural_and_alternatives() -> None:
    nc = NotChecked("AVS005", ("tiltak", "deltakere.avslutningsdato",
                               "deltakere.utvidet|deltakere.forsterket"))
    assert render_not_checked(nc, "nn") == (
        "AVS005 ikkje kontrollert: treng arket Tiltak og kolonnane Avslutningsdato "
        "(Deltakere), Utvida (Deltakere) eller Forsterka (Deltakere)")
    assert render_not_checked(nc, "nb") == (
        "AVS005 ikke kontrollert: trenger arket Tiltak og kolonnene Avslutningsdato "
        "(Deltakere), Utvidet (Deltakere) eller Forsterket (Deltakere)")
    assert render_not_checked(nc, "en") == (
        "AVS005 not checked: needs the sheet Tiltak and the columns End date (Deltakere), "
        "Extended (Deltakere) or Reinforced (Deltakere)")
    one = NotChecked("AVS001", ("deltakere.avslutningsarsak",))
    assert render_not_checked(one, "nn") == \
        "AVS001 ikkje kontrollert: treng kolonnen Avslutningsårsak (Deltakere)"


def test_a_count_picks_singular_or_plural_in_each_language() -> None:
    from nir_desktop.core.rules.by_id.id003 import synthetic_finding

    starts = {
        "nb": ("Filen inneholder 1 syntetisk testnummer (måned + 80). Et slikt nummer tilhører ",
               "Filen inneholder 3 syntetiske testnumre (måned + 80). Slike numre tilhører "),
        "nn": ("Fila inneheld 1 syntetisk testnummer (månad + 80). Eit slikt nummer høyrer ",
               "Fila inneheld 3 syntetiske testnummer (månad + 80). Slike nummer høyrer "),
        "en": ("The file contains 1 synthetic test number (month + 80). It belongs ",
               "The file contains 3 synthetic test numbers (month + 80). They belong "),
    }
    for lang, (one, three) in starts.items():
        assert render(synthetic_finding(1), lang, strict=True).startswith(one), lang
        assert render(synthetic_finding(3), lang, strict=True).startswith(three), lang
    # The catalogue shows the template in its plural form.
    assert catalogue_json(None, "nb").count("{count} syntetiske testnumre") == 1


@pytest.mark.parametrize(("days", "nb", "nn", "en"), [
    (1, "pluss 1 dag permisjon.", "pluss 1 dag permisjon.", "plus 1 day of leave."),
    (0, "pluss 0 dager permisjon.", "pluss 0 dagar permisjon.", "plus 0 days of leave."),
    (30, "pluss 30 dager permisjon.", "pluss 30 dagar permisjon.", "plus 30 days of leave."),
])
def test_days_of_leave_in_the_kap6a_frist(days: int, nb: str, nn: str, en: str) -> None:
    from datetime import date

    from nir_desktop.core.findings import Finding, Severity

    f = Finding("NOR007", Severity.INFO, "Opplæring", 2, 0, "gjennomforingsfrist",
                {"variant": "info", "frist": date(2026, 1, 31), "months": 12,
                 "start": date(2025, 2, 1), "permisjon": days})
    assert render(f, "nb", strict=True).endswith(nb)
    assert render(f, "nn", strict=True).endswith(nn)
    assert render(f, "en", strict=True).endswith(en)
