"""Nynorsk as a language of the window: offered in Innstillinger, its Qt translator
installed at start, and the core's texts (reader errors and notes) shown in it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

import nir_desktop.gui.i18n as gui_i18n
from nir_desktop.core.readers import ReadError

REPO = Path(__file__).resolve().parents[2]
# One message of the window in nynorsk, as resources/translations/nir_desktop_nn.ts has it.
NN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>Loader</name>
    <message>
        <source>Kan ikke åpne filen</source>
        <translation>Kan ikkje opne fila</translation>
    </message>
</context>
</TS>
"""


def _lrelease() -> list[str]:
    # PySide6 ships lrelease inside the package (Linux and Windows wheels alike).
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease.exe", "lrelease"):
        if (folder / name).is_file():
            return [str(folder / name)]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def _nn_qm(tmp_path: Path) -> Path:
    """A compiled nynorsk translation: made here from a .ts, so the test needs no build."""
    ts = tmp_path / "nir_desktop_nn.ts"
    ts.write_text(NN_TS, encoding="utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=120)
    assert qm.is_file()
    return qm


def test_choosing_nynorsk_in_settings_installs_the_nynorsk_translator(qapp, qtbot, tmp_path,
                                                                      monkeypatch):
    from nir_desktop.gui.settings import AppSettings
    from nir_desktop.gui.settings_dialog import SettingsDialog

    settings = AppSettings()
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    offered = {dlg.languageCombo.itemData(i): dlg.languageCombo.itemText(i)
               for i in range(dlg.languageCombo.count())}
    assert offered == {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
    dlg.languageCombo.setCurrentIndex(dlg.languageCombo.findData("nn"))
    dlg.accept()
    assert AppSettings().language == "nn"

    qm = _nn_qm(tmp_path)
    monkeypatch.setattr(gui_i18n, "qm_path", lambda language: qm)
    try:
        # What app.py does at start with the stored language.
        assert gui_i18n.install_translator(qapp, AppSettings().language)
        assert gui_i18n.current_language() == "nn"
        assert QCoreApplication.translate("Loader", "Kan ikke åpne filen") == \
            "Kan ikkje opne fila"
        assert QLocale().language() == QLocale.Language.NorwegianNynorsk
    finally:
        gui_i18n.install_translator(qapp, "nb")
        settings.language = "nb"
    assert QCoreApplication.translate("Loader", "Kan ikke åpne filen") == "Kan ikke åpne filen"
    assert QLocale().language() == QLocale.Language.NorwegianBokmal


def test_a_missing_nynorsk_translation_leaves_the_window_in_bokmal(qapp, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setattr(gui_i18n, "qm_path", lambda language: tmp_path / "none.qm")
    try:
        assert not gui_i18n.install_translator(qapp, "nn")
        assert gui_i18n.current_language() == "nb"
    finally:
        gui_i18n.install_translator(qapp, "nb")


def _read_error(tmp_path: Path) -> ReadError:
    empty = tmp_path / "tom.xlsx"
    empty.write_bytes(b"")
    from nir_desktop.core.readers import read_workbook

    try:
        read_workbook(empty)
    except ReadError as exc:
        return exc
    raise AssertionError("an empty file was read")


def test_the_window_shows_a_read_error_in_its_language(qapp, qtbot, tmp_path, monkeypatch):
    from nir_desktop.gui.review.loading import Loader

    exc = _read_error(tmp_path)
    loader = Loader(engine=None)  # type: ignore[arg-type]  # only the failure path is used
    shown: list[str] = []
    loader.failed.connect(lambda title, message: shown.append(message))
    for lang in ("nn", "en", "nb"):
        monkeypatch.setattr(gui_i18n, "_current", lang)
        loader._failed(exc, tmp_path / "tom.xlsx")
    assert shown == [
        "Kan ikkje lese «tom.xlsx»: fila er tom (0 byte). Eksporter ho på nytt.",
        "Cannot read “tom.xlsx”: the file is empty (0 bytes). Export it again.",
        "Kan ikke lese «tom.xlsx»: filen er tom (0 byte). Eksporter den på nytt.",
    ]


def test_the_read_notes_are_shown_in_the_window_language(qtbot, window, tmp_path,
                                                         monkeypatch, open_file):
    # A CSV in Windows-1252: the reader says so in a note above the findings.
    csv = tmp_path / "ansi.csv"
    csv.write_bytes("Fødselsnummer;Navn\n01817612345;Åse Ærlig\n".encode("cp1252"))
    monkeypatch.setattr(gui_i18n, "_current", "nn")
    open_file(window, csv)
    label = window.findings_panel.readNotesLabel.text()
    assert "Fila er lesen med teiknkodinga Windows-1252 (ANSI)" in label
    assert "Filen er lest" not in label


@pytest.mark.slow
def test_the_self_test_proves_the_catalogue_is_there(tmp_path):
    # What build.sh and wine.sh run on the frozen bundle: a bundle without the .mo files
    # would show every user bokmål without a word; the self-test names the catalogue.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NIR_KONTROLL_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "nir_desktop", "--self-test"], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "tekstkatalogen på nynorsk: «dette er ei mappe, ikkje ei fil.»" in proc.stdout


def test_the_guidance_is_shown_in_nynorsk(qtbot, window, monkeypatch):
    from nir_desktop.gui.findings.catalogue_dialog import guidance_files

    nb = [p.name for p in guidance_files("nb")]
    nn = guidance_files("nn")
    assert [p.name for p in nn] == nb and all(p.parent.name == "nn" for p in nn)
    monkeypatch.setattr(gui_i18n, "_current", "nn")
    dlg = window.show_catalogue()
    titles = [dlg.guidanceList.item(i).text() for i in range(dlg.guidanceList.count())]
    assert titles[2] == ("Lovene: introduksjonsloven, integreringsloven og dei mellombelse "
                         "covid-19-lovene")
    assert "ikkje" in dlg.guidanceText.toPlainText()
    dlg.close()
