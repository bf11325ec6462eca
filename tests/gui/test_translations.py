"""The English translation covers every string the GUI shows: lupdate over the sources
finds nothing new, nothing unfinished, and each translation keeps its placeholders.
Then the export wizard really speaks English when the UI language is English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "nir_desktop_en.ts"


def _messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) of every message."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            out.append((name, m.findtext("source") or "",
                        tr.text if tr is not None else None,
                        tr.get("type") if tr is not None else None))
    return out


def test_every_gui_string_has_a_finished_english_translation(tmp_path):
    # Beside python in a venv; in Scripts\ beside python.exe on Windows.
    here = Path(sys.executable).parent
    candidates = (here / "pyside6-lupdate", here / "Scripts" / "pyside6-lupdate.exe",
                  here / "pyside6-lupdate.exe")
    lupdate = next((p for p in candidates if p.exists()), candidates[0])
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "nir_desktop" / "gui").rglob(
        "*.py")) + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(copy)], cwd=ROOT,
                   check=True, capture_output=True)
    messages = _messages(copy)
    # lupdate names the context of ``obj.tr(...)`` after the variable ("window"), while Qt
    # looks the text up under the class name at run time: such a text is never translated.
    assert not [c for c, *_ in messages if c[:1].islower()], "use translate(\"Class\", ...)"
    missing = [(c, s) for c, s, _t, kind in messages if kind == "unfinished"]
    assert missing == [], (
        "strings without a finished English translation (run pyside6-lupdate and translate "
        f"them in {TS.name}): {missing}")


def test_translations_keep_their_placeholders_and_accelerators():
    for ctx, source, text, kind in _messages(TS):
        if kind in ("vanished", "obsolete"):
            continue
        assert text, (ctx, source)
        assert sorted(re.findall(r"\{\d\}", source)) == sorted(re.findall(r"\{\d\}", text)), (
            ctx, source, text)
        assert ("&" in source.replace("&&", "")) <= ("&" in text.replace("&&", "")) or \
            "<" in source, (ctx, source, text)


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
