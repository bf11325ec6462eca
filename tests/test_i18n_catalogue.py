"""The gettext catalogue: every marked string translated in en and nn, compiled, and shown.

build/translations.py extracts the message ids from the source as the maintainers do; the
first test is the one that fails when someone adds a string and forgets a translation.
"""

from __future__ import annotations

import gettext
import sys
from pathlib import Path

import pytest

from nir_desktop.core import i18n
from nir_desktop.core.i18n import Msg, plural_msg, render, texts

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "build"))

import translations  # noqa: E402

LANGS = translations.LANGUAGES


@pytest.fixture(scope="module")
def template():
    return translations.extract()


@pytest.fixture(scope="module")
def catalogs():
    return {lang: translations.read_catalog(translations.po_path(lang), lang) for lang in LANGS}


def test_every_marked_string_is_translated_in_english_and_nynorsk(template, catalogs):
    problems = translations.problems(template, catalogs)
    assert not problems, (
        f"{len(problems)} problems in resources/locale (fill them in, then run "
        "`python build/translations.py check`):\n" + "\n".join(problems[:60]))


def test_the_catalogue_knows_the_reader_messages(template):
    ids = {m.id for m in template}
    assert "Kan ikke lese «{file}»: {reason}" in ids
    assert ("… og {count} annet sted der et anførselstegn slår sammen linjer.",
            "… og {count} andre steder der et anførselstegn slår sammen linjer.") in ids


def test_po_files_are_written_as_update_writes_them(template, catalogs):
    # Sorted, fixed header, fixed width: a hand edit or another tool's formatting would
    # make the next `update` rewrite the file and every branch conflict on it.
    for lang in LANGS:
        merged = translations.merge(template, catalogs[lang], lang)
        expected = translations.render_po(merged)
        assert translations.po_path(lang).read_bytes() == expected, (
            f"{lang}: run `python build/translations.py update`")


def test_compiled_catalogues_are_current():
    for lang in LANGS:
        po = translations.po_path(lang)
        mo = po.with_suffix(".mo")
        assert mo.is_file(), f"{mo} missing: run `python build/translations.py compile`"
        expected = translations.render_mo(translations.read_catalog(po, lang))
        assert mo.read_bytes() == expected, (
            f"{mo} is stale: run `python build/translations.py compile`")


# --- the check itself, on a source tree of its own ------------------------------------------


def _source(tmp_path: Path, code: str) -> Path:
    src = tmp_path / "nir_desktop"
    src.mkdir()
    (src / "module.py").write_text(code, encoding="utf-8")
    return src


def test_a_new_marked_string_missing_from_the_catalogue_fails_the_check(tmp_path, catalogs):
    src = _source(tmp_path, (
        'from nir_desktop.core.i18n import N_, Msg, plural_msg, texts\n'
        'A = N_("En helt ny tekst")\n'
        'B = Msg("Ny melding om {fil}", fil="x")\n'
        'C = plural_msg("{count} ny rad", "{count} nye rader", 2)\n'
        'D = Text("Ny regeltekst", "New rule text")\n'
        'E = texts("nb").gettext("Kan ikke lese «{file}»: {reason}")\n'  # translated already
        'F = t.pgettext("meny", "Fil")\n'
    ))
    problems = translations.problems(translations.extract(src), catalogs)
    for lang in LANGS:
        for text in ("En helt ny tekst", "Ny melding om {fil}", "{count} ny rad",
                     "Ny regeltekst", "[meny] Fil"):
            assert f"{lang}: mangler: {text}" in problems
    assert not [p for p in problems if "Kan ikke lese" in p]
    assert len(problems) == 2 * 5


def test_the_check_finds_empty_fuzzy_placeholder_and_plural_problems(tmp_path):
    from babel.messages.catalog import Catalog

    src = _source(tmp_path, (
        'gettext("Tom")\n'
        'gettext("Usikker")\n'
        'gettext("Filen {file} mangler")\n'
        'ngettext("{n} rad", "{n} rader", n)\n'
        'ngettext("{n} kolonne", "{n} kolonner", n)\n'
    ))
    catalog = Catalog(locale="nn")
    catalog.add("Tom", "")
    catalog.add("Usikker", "Usikker", flags=["fuzzy"])
    catalog.add("Filen {file} mangler", "Fila {fil} manglar")
    catalog.add(("{n} rad", "{n} rader"), ("{n} rad", ""))
    catalog.add(("{n} kolonne", "{n} kolonner"), ("{n} kolonne", "{n} kolonnar"))
    problems = translations.problems(translations.extract(src), {"nn": catalog})
    assert problems == [
        "nn: tom oversettelse: Tom",
        "nn: usikker (fuzzy): Usikker",
        "nn: plassholdere ['fil'] ≠ ['file']: Filen {file} mangler",
        "nn: tom oversettelse: {n} rad",
    ]


def test_update_keeps_translations_adds_new_ids_empty_and_drops_old_ones(tmp_path):
    src = _source(tmp_path, 'gettext("Første")\ngettext("Andre")\n')
    locale = tmp_path / "locale"
    translations.update(src, locale)
    po = translations.po_path("nn", locale)
    cat = translations.read_catalog(po, "nn")
    cat["Første"].string = "Fyrste"
    po.write_bytes(translations.render_po(cat))

    (src / "module.py").write_text('gettext("Andre")\ngettext("Tredje")\ngettext("Første")\n',
                                   encoding="utf-8")
    assert translations.update(src, locale) == [translations.po_path("en", locale), po]
    cat = translations.read_catalog(po, "nn")
    assert {m.id: m.string for m in cat if m.id} == {"Andre": "", "Første": "Fyrste",
                                                      "Tredje": ""}
    text = po.read_text(encoding="utf-8")
    assert text.index('"Andre"') < text.index('"Første"') < text.index('"Tredje"')
    assert "#:" not in text  # no source locations: moving code changes nothing here
    assert translations.update(src, locale) == []  # stable: nothing to write the second time


def test_compile_writes_only_what_changed(tmp_path):
    src = _source(tmp_path, 'gettext("Hei")\n')
    locale = tmp_path / "locale"
    translations.update(src, locale)
    assert len(translations.compile_all(locale)) == 2
    assert translations.compile_all(locale) == []
    po = translations.po_path("en", locale)
    cat = translations.read_catalog(po, "en")
    cat["Hei"].string = "Hello"
    po.write_bytes(translations.render_po(cat))
    assert translations.compile_all(locale) == [po.with_suffix(".mo")]
    with po.with_suffix(".mo").open("rb") as f:
        assert gettext.GNUTranslations(f).gettext("Hei") == "Hello"


def test_check_command_exits_1_and_lists_the_problems(tmp_path, monkeypatch, capsys):
    src = _source(tmp_path, 'gettext("Ikke oversatt")\n')
    monkeypatch.setattr(translations, "SOURCE_DIR", src)
    monkeypatch.setattr(translations, "LOCALE_DIR", tmp_path / "locale")
    assert translations.main(["check"]) == 1
    out = capsys.readouterr().out
    assert "en: mangler: Ikke oversatt" in out and "nn: mangler: Ikke oversatt" in out


# --- the catalogue at run time ---------------------------------------------------------------


def test_english_and_nynorsk_translate_and_bokmal_is_the_source():
    source = "dette er en mappe, ikke en fil."
    assert texts("en").gettext(source) == "this is a folder, not a file."
    assert texts("nn").gettext(source) == "dette er ei mappe, ikkje ei fil."
    assert texts("nb").gettext(source) == source
    assert isinstance(texts("nn"), gettext.GNUTranslations)
    assert isinstance(texts("en"), gettext.GNUTranslations)


def test_missing_catalogues_are_named(tmp_path, monkeypatch):
    assert i18n.missing_catalogues() == []
    i18n.texts.cache_clear()
    try:
        with monkeypatch.context() as patch:
            patch.setattr(i18n, "locale_dir", lambda: tmp_path)
            assert i18n.missing_catalogues() == ["nn", "en"]
            assert render(Msg("rad {row}", row=2), "en") == "rad 2"  # bokmål, never an error
    finally:
        i18n.texts.cache_clear()
    assert i18n.missing_catalogues() == []


@pytest.mark.parametrize("lang", [None, "", "de", "sv_SE", "xx-YY"])
def test_an_unknown_language_falls_back_to_bokmal(lang):
    assert i18n.normalise(lang) == "nb"
    assert texts(lang).gettext("dette er en mappe, ikke en fil.") == \
        "dette er en mappe, ikke en fil."


@pytest.mark.parametrize(("code", "expected"), [("nn_NO", "nn"), ("nno", "nn"), ("no", "nb"),
                                                ("nb-NO", "nb"), ("EN_gb", "en")])
def test_language_codes_are_normalised(code, expected):
    assert i18n.normalise(code) == expected


def test_msg_reads_as_bokmal_and_renders_in_each_language():
    reason = Msg("filen er tom (0 byte). Eksporter den på nytt.")
    where = (Msg("arket «{sheet}»", sheet="Ark1"), Msg("rad {row}", row=4))
    message = Msg("Kan ikke lese «{file}» ({where}): {reason}", file="a.xlsx", where=where,
                  reason=reason)
    assert message == "Kan ikke lese «a.xlsx» (arket «Ark1», rad 4): filen er tom (0 byte). " \
                      "Eksporter den på nytt."
    assert render(message, "en") == ("Cannot read “a.xlsx” (sheet “Ark1”, row 4): the file is "
                                      "empty (0 bytes). Export it again.")
    assert render(message, "nn") == ("Kan ikkje lese «a.xlsx» (arket «Ark1», rad 4): fila er "
                                      "tom (0 byte). Eksporter ho på nytt.")
    assert render("ein vanleg tekst", "en") == "ein vanleg tekst"


def test_plural_msg_picks_the_form_by_count():
    one = plural_msg("… og {count} annet sted der et anførselstegn slår sammen linjer.",
                     "… og {count} andre steder der et anførselstegn slår sammen linjer.", 1)
    many = plural_msg("… og {count} annet sted der et anførselstegn slår sammen linjer.",
                      "… og {count} andre steder der et anførselstegn slår sammen linjer.", 3)
    assert one == "… og 1 annet sted der et anførselstegn slår sammen linjer."
    assert render(many, "nn") == "… og 3 andre stader der eit hermeteikn slår saman linjer."
    assert render(one, "en") == "… and 1 more place where a quotation mark joins lines."


def test_msg_survives_pickling_and_copying():
    import copy
    import pickle

    message = Msg("rad {row}", row=3)
    for clone in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert isinstance(clone, Msg) and clone == "rad 3"
        assert render(clone, "en") == "row 3"
