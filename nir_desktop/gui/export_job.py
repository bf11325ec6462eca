"""What the export wizard writes, and the writing itself (run in a worker thread).

Plain Python apart from the PDF (which goes through Qt's own text layout in
:mod:`nir_desktop.gui.pdf_report`): the wizard's pages only collect an
:class:`ExportChoices`, name the files with :func:`planned_outputs` and hand an
:class:`ExportSnapshot` taken on the GUI thread to :func:`run_export`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nir_desktop.core.edits import CellEdit, net_edits
from nir_desktop.core.findings import Finding, NotChecked, Severity
from nir_desktop.core.model import Workbook
from nir_desktop.core.report import change_log_table, report_tables, write_changed_rows_xlsx
from nir_desktop.core.writers import (
    Table,
    WriteError,
    apply_edits,
    output_suffix,
    suggested_output,
    write_xlsx_new,
)
from nir_desktop.gui.finding_index import AckKey, ack_key

Progress = Callable[[float], None]


class OutputKind(StrEnum):
    CORRECTED = "corrected"
    CHANGED_ROWS = "changed_rows"
    REPORT_XLSX = "report_xlsx"
    REPORT_PDF = "report_pdf"
    CHANGE_LOG = "change_log"


# The word in the suggested file name, and what the user reads about the file.
NAME_PART = {
    OutputKind.CORRECTED: "korrigert",
    OutputKind.CHANGED_ROWS: "endrede_rader",
    OutputKind.REPORT_XLSX: "feilrapport",
    OutputKind.REPORT_PDF: "feilrapport",
    OutputKind.CHANGE_LOG: "endringslogg",
}
# Bokmål source texts; show them through output_label() (the UI's language).
LABEL_NB = {
    OutputKind.CORRECTED: QT_TRANSLATE_NOOP("ExportJob",
                                            "Rettet eksport (for ny innlesing i NIR)"),
    OutputKind.CHANGED_ROWS: QT_TRANSLATE_NOOP("ExportJob", "Bare endrede rader"),
    OutputKind.REPORT_XLSX: QT_TRANSLATE_NOOP("ExportJob", "Feilrapport (Excel)"),
    OutputKind.REPORT_PDF: QT_TRANSLATE_NOOP("ExportJob", "Feilrapport (PDF)"),
    OutputKind.CHANGE_LOG: QT_TRANSLATE_NOOP("ExportJob", "Endringslogg"),
}


translate = QCoreApplication.translate


def output_label(kind: OutputKind) -> str:
    """What the user reads about an output file, in the UI's language."""
    return translate("ExportJob", LABEL_NB[kind])


@dataclass(slots=True)
class ExportChoices:
    corrected: bool = True
    changed_rows: bool = False
    report: bool = True
    change_log: bool = True
    masked: bool = True
    report_xlsx: bool = True
    report_pdf: bool = False
    change_log_in_report: bool = True  # a sheet in the report; else a file of its own
    # Mapped spellings ("Arb.praksis"): write the code list's value instead of keeping them.
    canonical_values: bool = False

    @property
    def anything(self) -> bool:
        return self.corrected or self.changed_rows or self.report or self.change_log

    def kinds(self) -> list[OutputKind]:
        kinds = []
        if self.corrected:
            kinds.append(OutputKind.CORRECTED)
        if self.changed_rows:
            kinds.append(OutputKind.CHANGED_ROWS)
        if self.report and self.report_xlsx:
            kinds.append(OutputKind.REPORT_XLSX)
        if self.report and self.report_pdf:
            kinds.append(OutputKind.REPORT_PDF)
        if self.change_log and not self.log_inside_report:
            kinds.append(OutputKind.CHANGE_LOG)
        return kinds

    @property
    def log_inside_report(self) -> bool:
        return (self.change_log and self.change_log_in_report and self.report
                and (self.report_xlsx or self.report_pdf))


def expected_suffix(kind: OutputKind, workbook: Workbook) -> str:
    if kind is OutputKind.CORRECTED:
        return output_suffix(workbook)
    return ".pdf" if kind is OutputKind.REPORT_PDF else ".xlsx"


def suggested_path(kind: OutputKind, workbook: Workbook, folder: Path,
                   today: date | None = None) -> Path:
    """``<original>_<what>_<yyyy-mm-dd>.<ext>`` in ``folder``; a number is added when the
    name is taken there."""
    base = folder / Path(workbook.path).name
    if kind is OutputKind.CORRECTED:
        return suggested_output(base, workbook.format, today)
    path = suggested_output(base, "xlsx", today, suffix=NAME_PART[kind])
    if kind is OutputKind.REPORT_PDF:
        path = path.with_suffix(".pdf")
    return path


def planned_outputs(choices: ExportChoices, workbook: Workbook, folder: Path,
                    today: date | None = None) -> dict[OutputKind, Path]:
    paths = {k: suggested_path(k, workbook, folder, today) for k in choices.kinds()}
    # The two report files belong together: give the PDF the xlsx's name.
    if OutputKind.REPORT_XLSX in paths and OutputKind.REPORT_PDF in paths:
        paths[OutputKind.REPORT_PDF] = paths[OutputKind.REPORT_XLSX].with_suffix(".pdf")
    return paths


def export_edits(user_edits: Sequence[CellEdit], workbook: Workbook,
                 canonical_values: bool) -> list[CellEdit]:
    """The net edits to write: the user's, plus (when chosen) the code list's value in every
    cell that holds a spelling the profile maps. The workbook must already hold the user's
    edits, so a mapped cell the user retyped starts from the new text."""
    if not canonical_values:
        return list(user_edits)
    from nir_desktop.core.value_mapping import value_map_edits

    return list(net_edits([*user_edits, *value_map_edits(workbook)]).values())


# --- what is still open --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenFindings:
    errors: list[Finding]
    warnings: list[Finding]  # not acknowledged
    acknowledged: int

    @property
    def any(self) -> bool:
        return bool(self.errors or self.warnings)


def open_findings(findings: Sequence[Finding], acks: Mapping[AckKey, str]) -> OpenFindings:
    """Errors, and warnings nobody has acknowledged: what blocks a clean export."""
    errors: list[Finding] = []
    warnings: list[Finding] = []
    acknowledged = 0
    for f in findings:
        if f.severity is Severity.ERROR:
            errors.append(f)
        elif f.severity is Severity.WARNING:
            if ack_key(f) in acks:
                acknowledged += 1
            else:
                warnings.append(f)
    return OpenFindings(errors, warnings, acknowledged)


def open_note_nb(found: OpenFindings, lang: str = "nb") -> str | None:
    """The line the report carries when the user exported with findings still open (in
    the report's language, like the rest of the report)."""
    if not found.any:
        return None
    if lang == "en":
        return (f"Note: Exported with {len(found.errors)} errors and {len(found.warnings)} "
                "warnings that are neither fixed nor acknowledged.")
    return (f"Merk: Eksportert med {len(found.errors)} feil og {len(found.warnings)} "
            "advarsler som verken er rettet eller kvittert ut.")


# --- the snapshot and the job -------------------------------------------------------------


@dataclass(slots=True)
class ResultSnapshot:
    """The check as it stood when the user pressed "Skriv" (the report's CheckResultLike)."""

    year: int
    findings: list[Finding]
    not_checked: list[NotChecked]


@dataclass(slots=True)
class ExportSnapshot:
    workbook: Workbook
    result: ResultSnapshot
    edits: list[CellEdit]  # net edits
    acks: dict[AckKey, str]
    open_note: str | None = None
    lang: str = "nb"
    today: date | None = None

    @property
    def original(self) -> Path:
        return Path(self.workbook.path)


@dataclass(slots=True)
class WrittenFile:
    kind: OutputKind
    path: Path
    notes: list[str] = field(default_factory=list)


class ExportFailed(Exception):
    """A write failed; ``message`` is Norwegian, ``written`` what was finished before."""

    def __init__(self, message: str, written: list[WrittenFile]) -> None:
        super().__init__(message)
        self.message = message
        self.written = written


def report_tables_with_acks(snap: ExportSnapshot, masked: bool,
                            with_change_log: bool) -> list[Table]:
    tables = report_tables(snap.result, snap.workbook, file=snap.original, lang=snap.lang,
                           masked=masked, today=snap.today, open_note=snap.open_note)
    # An acknowledged warning is still in the report, with the caseworker's note beside it.
    if snap.acks:
        from nir_desktop.core.report import sorted_findings

        findings_table = tables[1]
        ordered = sorted_findings(snap.result.findings)
        rows = list(findings_table.rows)
        findings_table.rows = [
            [*row, snap.acks.get(ack_key(f)) if ack_key(f) in snap.acks else None]
            for row, f in zip(rows, ordered, strict=True)]
        findings_table.headers = [*findings_table.headers,
                                  "Acknowledged" if snap.lang == "en" else "Kvittert ut"]
        findings_table.column_widths = (*findings_table.column_widths, 18)
    if with_change_log:
        tables.append(change_log_table(snap.edits, snap.workbook, masked=masked,
                                       lang=snap.lang))
    return tables


def run_export(snap: ExportSnapshot, choices: ExportChoices,
               targets: Mapping[OutputKind, Path], progress: Progress | None = None, *,
               render_pdf: Callable[..., bytes] | None = None) -> list[WrittenFile]:
    """Write every target (each atomically); raises ExportFailed on the first failure.

    ``render_pdf(html) -> bytes`` replaces the PDF layout (default:
    pdf_report.render_pdf, which is safe in a worker thread)."""
    done: list[WrittenFile] = []
    kinds = [k for k in OutputKind if k in targets]
    # The corrected file is by far the slowest (it streams the whole sheet).
    weights = {k: (6.0 if k is OutputKind.CORRECTED else 1.0) for k in kinds}
    total = sum(weights.values()) or 1.0
    start = 0.0

    def share(kind: OutputKind) -> Progress:
        def report(x: float) -> None:
            if progress is not None:
                progress((start + weights[kind] * max(0.0, min(1.0, x))) / total)
        return report

    for kind in kinds:
        path = targets[kind]
        step = share(kind)
        step(0.0)
        try:
            done.append(_write_one(kind, path, snap, choices, step, render_pdf))
        except WriteError as exc:
            raise ExportFailed(exc.message, done) from exc
        except OSError as exc:
            message = translate("ExportJob", "Kunne ikke skrive «{0}»: {1}. Ingen "
                                "halvferdig fil er lagt igjen.")
            raise ExportFailed(message.format(path.name, exc.strerror or exc), done) from exc
        step(1.0)
        start += weights[kind]
    return done


def _write_one(kind: OutputKind, path: Path, snap: ExportSnapshot, choices: ExportChoices,
               progress: Progress, render_pdf: Callable[..., bytes] | None) -> WrittenFile:
    original = snap.original
    if kind is OutputKind.CORRECTED:
        res = apply_edits(original, snap.workbook, snap.edits, path, progress=progress)
        return WrittenFile(kind, res.path, list(res.notes))
    if kind is OutputKind.CHANGED_ROWS:
        write_changed_rows_xlsx(path, snap.workbook, snap.edits, original=original,
                                lang=snap.lang)
        return WrittenFile(kind, path)
    if kind is OutputKind.CHANGE_LOG:
        write_xlsx_new(path, [change_log_table(snap.edits, snap.workbook, masked=choices.masked,
                                               lang=snap.lang)], original)
        return WrittenFile(kind, path)
    tables = report_tables_with_acks(snap, choices.masked, choices.log_inside_report)
    if kind is OutputKind.REPORT_XLSX:
        write_xlsx_new(path, tables, original)
        return WrittenFile(kind, path)
    from nir_desktop.gui import pdf_report

    notes = pdf_report.write_report_pdf(path, tables, original=original, lang=snap.lang,
                                        render=render_pdf or pdf_report.render_pdf)
    return WrittenFile(kind, path, notes)
