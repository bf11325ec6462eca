"""Every string the GUI shows has a finished translation in English and in nynorsk:
lupdate over the sources finds nothing the .ts files lack (and they hold nothing the
sources no longer have), nothing is unfinished or empty, and each translation keeps its
placeholders, HTML tags, accelerator, shortcut and surrounding white space. Then the
window really speaks the language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TS = TS_DIR / "nir_desktop_en.ts"
LANGUAGES = {"en": "en", "nn": "nn_NO"}  # file suffix -> the .ts language attribute


def _ts(lang: str) -> Path:
    return TS_DIR / f"nir_desktop_{lang}.ts"


def _messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) of every message; a plural message's
    translation is its numerus forms joined by a line feed."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            text = tr.text if tr is not None else None
            if tr is not None and m.get("numerus") == "yes":
                forms = [nf.text or "" for nf in tr.iter("numerusform")]
                text = "\n".join(forms) if forms and all(forms) else None
            out.append((name, m.findtext("source") or "", text,
                        tr.get("type") if tr is not None else None))
    return out


def _lupdate() -> Path | None:
    # Beside python in a venv; in Scripts\ beside python.exe on Windows.
    here = Path(sys.executable).parent
    candidates = (here / "pyside6-lupdate", here / "Scripts" / "pyside6-lupdate.exe",
                  here / "pyside6-lupdate.exe")
    return next((p for p in candidates if p.exists()), None)


def _gui_sources() -> list[str]:
    """What the .ts files are made from: every GUI module (also in subpackages) and every
    Designer form. To bring the .ts files up to date, from the repository root:
    ``pyside6-lupdate -no-obsolete $(find nir_desktop/gui -name '*.py' | sort) ui/*.ui
    -ts resources/translations/*.ts``, then translate what it marks unfinished."""
    py = [p for p in (ROOT / "nir_desktop" / "gui").rglob("*.py")
          if not p.name.startswith("ui_")]  # uic output, should it ever be generated
    return sorted(str(p.relative_to(ROOT)) for p in py) + sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, list]:
    """The .ts files as one lupdate run over today's sources makes them (on copies)."""
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    tmp = tmp_path_factory.mktemp("ts")
    copies = {lang: tmp / _ts(lang).name for lang in LANGUAGES}
    for lang, copy in copies.items():
        shutil.copy(_ts(lang), copy)
    subprocess.run([str(lupdate), "-silent", *_gui_sources(), "-ts",
                    *(str(c) for c in copies.values())], cwd=ROOT, check=True,
                   capture_output=True)
    return {lang: _messages(copy) for lang, copy in copies.items()}


def test_there_is_a_ts_file_for_english_and_nynorsk_with_bokmal_as_source():
    for lang, code in LANGUAGES.items():
        root = ET.parse(_ts(lang)).getroot()
        assert (root.get("language"), root.get("sourcelanguage")) == (code, "nb_NO"), lang
    # Bokmål is the source language: no .ts for it, and none for a language we don't ship.
    assert sorted(p.name for p in TS_DIR.glob("*.ts")) == sorted(
        _ts(lang).name for lang in LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_file_holds_exactly_the_strings_the_sources_translate(fresh, lang):
    messages = fresh[lang]
    # lupdate names the context of ``obj.tr(...)`` after the variable ("window"), while Qt
    # looks the text up under the class name at run time: such a text is never translated.
    assert not [c for c, *_ in messages if c[:1].islower()], "use translate(\"Class\", ...)"
    current = {(c, s) for c, s, _t, kind in messages if kind not in ("vanished", "obsolete")}
    committed = {(c, s) for c, s, _t, _k in _messages(_ts(lang))}
    missing = sorted(current - committed)
    assert missing == [], (
        f"strings in the sources that {_ts(lang).name} lacks: run pyside6-lupdate "
        f"-no-obsolete (see {Path(__file__).name}) and translate them: {missing}")
    stale = sorted(committed - current)
    assert stale == [], f"strings no source uses any more, in {_ts(lang).name}: {stale}"
    unfinished = [(c, s) for c, s, _t, kind in messages if kind == "unfinished"]
    assert unfinished == [], f"untranslated in {_ts(lang).name}: {unfinished}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_has_a_finished_translation(lang):
    bad = [(c, s, kind) for c, s, text, kind in _messages(_ts(lang))
           if kind is not None or not (text or "").strip()]
    assert bad == [], f"unfinished, obsolete or empty in {_ts(lang).name}: {bad}"


_PLACEHOLDER = re.compile(r"\{\d+\}|%n|%L?\d")
_TAG = re.compile(r"</?(?:a|b|i|u|p|br|hr|h\d|ul|ol|li|span|div|em|strong|small|code|pre|table|"
                  r"tr|td|th|img|font)\b[^>]*>")  # not "<ingen endringer>", which is text
_SHORTCUT = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)*([A-Z0-9]|F\d{1,2}|Return|Enter|Del|Esc)$")


def _accelerators(text: str) -> int:
    """How many &-accelerators a text has: && is a literal ampersand and &amp; (and other
    entities) belong to rich text."""
    return len(re.findall(r"&(?!&)", re.sub(r"&&|&#?\w+;", "", text)))


def _shape(text: str) -> dict[str, object]:
    return {
        "placeholders": sorted(_PLACEHOLDER.findall(text)),
        "html tags": sorted(_TAG.findall(text)),
        "accelerator": _accelerators(text),
        "leading space": text[: len(text) - len(text.lstrip())],
        "trailing space": text[len(text.rstrip()):],
        "ends with": next((e for e in (":", "…", "?") if text.rstrip().endswith(e)), ""),
        "line breaks": text.count("\n"),
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_tags_accelerators_and_shortcuts(lang):
    wrong = []
    for ctx, source, text, kind in _messages(_ts(lang)):
        if kind is not None or not text:
            continue  # reported by test_every_message_has_a_finished_translation
        want, got = _shape(source), _shape(text)
        if want != got:
            wrong.append((ctx, source, text,
                          {k: (want[k], got[k]) for k in want if want[k] != got[k]}))
        elif _SHORTCUT.match(source) and text != source:
            wrong.append((ctx, source, text, "a key sequence stays as it is"))
    assert wrong == [], "\n".join(map(repr, wrong))


def test_nynorsk_file_has_no_bokmal_left_in_it(nn_style):
    """One nynorsk across the product (build/nn_style.py): no bokmål word, no a-infinitive
    («å lagra», «Opna ho»), «blei» not «vart», «kolonnar» not «kolonner». «…» quotes NIR's
    own code values («Avslutningsårsak ikke registrert»), which stay as NIR writes them."""
    left = [(where, text, nn_style.problems(text)) for where, text in nn_style.ts_texts()
            if nn_style.problems(text)]
    assert left == [], "\n".join(map(repr, left))
    assert len(list(nn_style.ts_texts())) > 550  # every message was looked at


def test_the_shape_check_catches_what_a_translator_can_break():
    assert _shape("Lagre {0} av {1}:") != _shape("Save {0}:")
    assert _shape("<b>{0} feil</b>") != _shape("{0} errors")
    assert _shape("&Lagre") != _shape("Save")
    assert _shape("Forslag – sjekk at det stemmer. ") != _shape("Suggestion – check it.")
    assert _shape("Se &amp; rett") == _shape("See &amp; fix")  # an entity, no accelerator
    assert _shape("<ingen endringer>") == _shape("<no changes>")  # text, not a tag


def test_export_wizard_speaks_english(qapp, qtbot, window, open_file, demo_path):
    from nir_desktop.gui.export import export_wizard
    from nir_desktop.gui.i18n import install_translator, qm_path

    if not qm_path("en").is_file():
        pytest.skip("translations not built (pyside6-lrelease missing)")
    try:
        assert install_translator(qapp, "en")
        open_file(window, demo_path)
        wiz = export_wizard.ExportWizard(window.document, window)
        qtbot.addWidget(wiz)
        assert wiz.what_page.title() == "What do you want to save?"
        assert wiz.what_page.corrected.text().startswith("&Corrected export")
        from nir_desktop.gui.export.export_job import OutputKind, output_label

        assert output_label(OutputKind.CHANGED_ROWS) == "Only changed rows"
    finally:
        install_translator(qapp, "nb")


def test_yes_no_editor_in_english_still_writes_nirs_own_words(qapp, window, open_file,
                                                               demo_path):
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    from nir_desktop.core.fields import ValueKind
    from nir_desktop.gui.i18n import install_translator, qm_path

    if not qm_path("en").is_file():
        pytest.skip("translations not built (pyside6-lrelease missing)")
    try:
        assert install_translator(qapp, "en")
        open_file(window, demo_path)
        page, col = next((p, p.sheet.columns[f.name]) for p in window.pages
                         for f in p.sheet.fields
                         if f.kind is ValueKind.BOOL and f.name in p.sheet.columns)
        index = page.proxy.index(0, col)
        editor = page.delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(),
                                            index)
        assert isinstance(editor, QComboBox)
        assert [editor.itemText(i) for i in range(editor.count())] == ["", "Yes", "No"]
        r = page.model.sheet_row(page.proxy.mapToSource(index).row())
        want = "Nei" if page.sheet.text(r, col).strip().lower() == "ja" else "Ja"
        editor.setCurrentIndex(1 if want == "Ja" else 2)  # "Yes" / "No"
        page.delegate.setModelData(editor, page.proxy, index)
        assert page.sheet.text(r, col) == want
    finally:
        install_translator(qapp, "nb")


def test_window_and_export_wizard_speak_nynorsk(qapp, qtbot, open_file, demo_path):
    from nir_desktop.gui.export import export_wizard
    from nir_desktop.gui.export.export_job import OutputKind, output_label
    from nir_desktop.gui.i18n import install_translator, qm_path
    from nir_desktop.gui.window.main_window import MainWindow

    if not qm_path("nn").is_file():
        pytest.skip("translations not built (pyside6-lrelease missing)")
    try:
        assert install_translator(qapp, "nn")
        w = MainWindow(use_sessions=False)
        qtbot.addWidget(w)
        # From the Designer form (QUiLoader) and from self.tr in the window's code.
        assert [m.title() for m in (w.menuFile, w.menuSettings, w.menuHelp)] == [
            "&Fil", "&Innstillingar", "&Hjelp"]
        assert w.actionOpen.text() == "O&pne…"
        open_file(w, demo_path)
        wiz = export_wizard.ExportWizard(w.document, w)
        qtbot.addWidget(wiz)
        assert wiz.what_page.title() == "Kva vil du lagre?"
        assert wiz.what_page.corrected.text().startswith("&Retta eksport")
        assert output_label(OutputKind.CHANGED_ROWS) == "Berre endra rader"
        w.loader.cancel()
        qtbot.waitUntil(lambda: not w.loader.busy, timeout=30_000)
    finally:
        install_translator(qapp, "nb")
