"""The Opplæring sheet in the window: offered as a sheet kind in the mapping dialog, its
fields with their short descriptions, and its rows shown in a table of their own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.fields import FIELDS, SheetKind
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.readers import read_workbook

A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)


def _export(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Lov", "Programstart"])
    ws.append([A, "Integreringsloven", "01.03.2025"])
    o = wb.create_sheet("Opplæring")
    o.append(["Fødselsnummer", "Lov", "Kategori", "Utdanningsbakgrunn", "Vedtaksdato",
              "Vedtakstype", "Startdato", "Gjennomføringsfrist", "Mål for norsk",
              "Fulltid videregående", "Sluttdato", "Permisjon", "Merknad"])
    o.append([A, "Integreringsloven", "Rett og plikt", "Ja", "15.02.2025", None,
              "01.03.2025", None, "B1", None, None, None, None])
    path = tmp_path / "eksport.xlsx"
    wb.save(path)
    return path


def test_mapping_dialog_offers_opplaering_and_its_fields_with_descriptions(qtbot, tmp_path):
    from nir_desktop.gui.mapping.mapping_dialog import _DESCRIPTION_ROLE, MappingDialog

    wb = read_workbook(_export(tmp_path))
    dlg = MappingDialog(wb, codes=CodeLists.default(), year=2025)
    qtbot.addWidget(dlg)
    kind = dlg.findChild(QComboBox, "sheetKind:Opplæring")
    assert kind.currentText() == "Opplæring"
    assert [kind.itemText(i) for i in range(kind.count())][1:] == [
        "Deltakere", "Tiltak", "Norsk", "Opplæring"]
    combo = dlg.findChild(QComboBox, "field:Opplæring:8")  # «Mål for norsk»: not recognised
    assert combo.currentData() is None
    offered = {combo.itemData(i): combo.itemData(i, _DESCRIPTION_ROLE)
               for i in range(1, combo.count())}
    assert list(offered) == [f.name for f in FIELDS[SheetKind.OPPLAERING]]
    assert offered["norskmal"] == "En verdi fra norskmållisten, f.eks. B1"
    assert offered["utdanningsbakgrunn"].startswith("Ja/nei: fullført videregående før")
    combo.setCurrentIndex(combo.findData("norskmal"))
    assert dlg.columns["Opplæring"][8] == "norskmal"
    assert combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) == \
        "En verdi fra norskmållisten, f.eks. B1"
