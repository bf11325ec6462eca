"""The export wizard's side of an export: what the user reads about each file, and the
PDF layout (Qt's own, :mod:`nir_desktop.gui.export.pdf_report`) handed to the core's writer.

What is written, the names, what is still open and the writing itself live in
:mod:`nir_desktop.core.review.export`, shared with the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nir_desktop.core.review import export as _core
from nir_desktop.core.review.export import (
    ExportChoices,
    ExportFailed,
    ExportSnapshot,
    OpenFindings,
    OutputKind,
    ResultSnapshot,
    WrittenFile,
    expected_suffix,
    export_edits,
    open_findings,
    planned_outputs,
    suggested_path,
)
from nir_desktop.core.review.export import open_note as open_note_nb

__all__ = [
    "ExportChoices",
    "ExportFailed",
    "ExportSnapshot",
    "OpenFindings",
    "OutputKind",
    "ResultSnapshot",
    "WrittenFile",
    "expected_suffix",
    "export_edits",
    "open_findings",
    "open_note_nb",
    "output_label",
    "planned_outputs",
    "run_export",
    "suggested_path",
]

Progress = Callable[[float], None]

# Bokmål source texts; show them through output_label() (the UI's language).
LABEL_NB = {
    OutputKind.CORRECTED: QT_TRANSLATE_NOOP("ExportJob",
                                            "Rettet eksport (for ny innlesing i NIR)"),
    OutputKind.CHANGED_ROWS: QT_TRANSLATE_NOOP("ExportJob", "Bare endrede rader"),
    OutputKind.REPORT_XLSX: QT_TRANSLATE_NOOP("ExportJob", "Feilrapport (Excel)"),
    OutputKind.REPORT_PDF: QT_TRANSLATE_NOOP("ExportJob", "Feilrapport (PDF)"),
    # The wizard does not offer the HTML report (the command line writes it).
    OutputKind.REPORT_HTML: "Feilrapport (HTML)",
    OutputKind.CHANGE_LOG: QT_TRANSLATE_NOOP("ExportJob", "Endringslogg"),
}


def output_label(kind: OutputKind) -> str:
    """What the user reads about an output file, in the UI's language."""
    return QCoreApplication.translate("ExportJob", LABEL_NB[kind])


def run_export(snap: ExportSnapshot, choices: ExportChoices,
               targets: Mapping[OutputKind, Path], progress: Progress | None = None, *,
               render_pdf: Callable[..., bytes] | None = None) -> list[WrittenFile]:
    """The core's writer with Qt's PDF layout (safe in a worker thread)."""
    if render_pdf is None:
        from nir_desktop.gui.export.pdf_report import render_pdf as qt_render

        render_pdf = qt_render
    return _core.run_export(snap, choices, targets, progress, render_pdf=render_pdf)
