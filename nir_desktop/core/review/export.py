"""What an export writes and the writing itself: the corrected file, the changed rows, the
error report (xlsx, HTML, PDF through a renderer the caller hands in) and the change log.

The window's wizard and the command line both take an :class:`ExportSnapshot` of a
:class:`~nir_desktop.core.review.session.ReviewSession` (on the thread that owns it) and
hand it to :func:`run_export` (the window does that in a worker thread).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from nir_desktop.core.edits import CellEdit, net_edits
from nir_desktop.core.findings import AckKey, Finding, NotChecked, Severity, ack_key
from nir_desktop.core.i18n import texts
from nir_desktop.core.model import Workbook
from nir_desktop.core.writers import (
    Table,
    WriteError,
    apply_edits,
    atomic_write_bytes,
    atomic_write_text,
    output_suffix,
    suggested_output,
    write_xlsx_new,
)

if TYPE_CHECKING:
    from nir_desktop.core.codelists import CodeLists

Progress = Callable[[float], None]
# html, footer=..., lang=... → the PDF's bytes (the window's is Qt's text layout).
PdfRenderer = Callable[..., bytes]


class OutputKind(StrEnum):
    CORRECTED = "corrected"
    CHANGED_ROWS = "changed_rows"
    REPORT_XLSX = "report_xlsx"
    REPORT_PDF = "report_pdf"
    REPORT_HTML = "report_html"
    CHANGE_LOG = "change_log"


# The word in the suggested file name.
NAME_PART = {
    OutputKind.CORRECTED: "korrigert",
    OutputKind.CHANGED_ROWS: "endrede_rader",
    OutputKind.REPORT_XLSX: "feilrapport",
    OutputKind.REPORT_PDF: "feilrapport",
    OutputKind.REPORT_HTML: "feilrapport",
    OutputKind.CHANGE_LOG: "endringslogg",
}
_REPORT_SUFFIX = {OutputKind.REPORT_PDF: ".pdf", OutputKind.REPORT_HTML: ".html"}


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
    report_html: bool = False

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
        if self.report and self.report_html:
            kinds.append(OutputKind.REPORT_HTML)
        if self.change_log and not self.log_inside_report:
            kinds.append(OutputKind.CHANGE_LOG)
        return kinds

    @property
    def log_inside_report(self) -> bool:
        return (self.change_log and self.change_log_in_report and self.report
                and (self.report_xlsx or self.report_pdf or self.report_html))


def expected_suffix(kind: OutputKind, workbook: Workbook) -> str:
    if kind is OutputKind.CORRECTED:
        return output_suffix(workbook)
    return _REPORT_SUFFIX.get(kind, ".xlsx")


def suggested_path(kind: OutputKind, workbook: Workbook, folder: Path,
                   today: date | None = None) -> Path:
    """``<original>_<what>_<yyyy-mm-dd>.<ext>`` in ``folder``; a number is added when the
    name is taken there."""
    base = folder / Path(workbook.path).name
    if kind is OutputKind.CORRECTED:
        return suggested_output(base, workbook.format, today)
    path = suggested_output(base, "xlsx", today, suffix=NAME_PART[kind])
    if kind in _REPORT_SUFFIX:
        path = path.with_suffix(_REPORT_SUFFIX[kind])
    return path


def planned_outputs(choices: ExportChoices, workbook: Workbook, folder: Path,
                    today: date | None = None) -> dict[OutputKind, Path]:
    paths = {k: suggested_path(k, workbook, folder, today) for k in choices.kinds()}
    # The report files belong together: give the PDF and the HTML the xlsx's name.
    if OutputKind.REPORT_XLSX in paths:
        for kind, suffix in _REPORT_SUFFIX.items():
            if kind in paths:
                paths[kind] = paths[OutputKind.REPORT_XLSX].with_suffix(suffix)
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


def open_note(found: OpenFindings, lang: str = "nb") -> str | None:
    """The line the report carries when the user exported with findings still open (in
    the report's language, like the rest of the report)."""
    if not found.any:
        return None
    t = texts(lang)
    errors = t.ngettext("{n} feil", "{n} feil", len(found.errors)).format(n=len(found.errors))
    warnings = t.ngettext("{n} advarsel", "{n} advarsler", len(found.warnings)).format(
        n=len(found.warnings))
    return t.gettext("Merk: Eksportert med {errors} og {warnings} som verken er rettet eller "
                     "kvittert ut.").format(errors=errors, warnings=warnings)


# --- the snapshot and the job -------------------------------------------------------------


@dataclass(slots=True)
class ResultSnapshot:
    """The check as it stood when the export started (the report's CheckResultLike)."""

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
    # The code lists the check used: the report's måloppnåelse reads what an
    # avslutningsårsak counts as from them (None: the shipped lists).
    codelists: CodeLists | None = None

    @property
    def original(self) -> Path:
        return Path(self.workbook.path)


class Reviewed(Protocol):
    """What an export reads from a review (a ReviewSession; this module does not import
    it, so the session may import the export plan)."""

    workbook: Workbook
    codelists: CodeLists | None
    acks: dict[AckKey, str]

    @property
    def result(self) -> Any: ...
    @property
    def findings(self) -> list[Finding]: ...
    @property
    def not_checked(self) -> list[NotChecked]: ...
    @property
    def net_edits(self) -> list[CellEdit]: ...
    def open_findings(self) -> OpenFindings: ...


def snapshot_of(review: Reviewed, choices: ExportChoices, *, lang: str = "nb",
                today: date | None = None) -> ExportSnapshot:
    """Everything an export reads, copied from ``review`` now."""
    result = review.result
    return ExportSnapshot(
        workbook=review.workbook,
        result=ResultSnapshot(result.year, review.findings, review.not_checked),
        edits=export_edits(review.net_edits, review.workbook, choices.canonical_values),
        acks=dict(review.acks), open_note=open_note(review.open_findings(), lang), lang=lang,
        today=today, codelists=review.codelists)


@dataclass(slots=True)
class WrittenFile:
    kind: OutputKind
    path: Path
    notes: list[str] = field(default_factory=list)
    # Cells of a corrected CSV that the formula guard neutralised: the change log lists
    # them as changes of their own (the caseworker sees why a cell gained an apostrophe).
    guarded: list[CellEdit] = field(default_factory=list)


class ExportFailed(Exception):
    """A write failed; ``message`` is for the user, ``written`` what was finished before."""

    def __init__(self, message: str, written: list[WrittenFile]) -> None:
        super().__init__(message)
        self.message = message
        self.written = written


def report_tables_of(snap: ExportSnapshot, masked: bool, with_change_log: bool) -> list[Table]:
    """The error report's sheets: the same for the xlsx, the HTML and the PDF, and the same
    the command line writes for the same file, edits and acknowledgements."""
    from nir_desktop.core.report import change_log_table, report_tables

    tables = report_tables(snap.result, snap.workbook, file=snap.original, lang=snap.lang,
                           masked=masked, today=snap.today, open_note=snap.open_note,
                           codelists=snap.codelists, acks=snap.acks)
    if with_change_log:
        tables.append(change_log_table(snap.edits, snap.workbook, masked=masked,
                                       lang=snap.lang))
    return tables


def _could_not_write(path: Path, exc: OSError, lang: str) -> str:
    reason = exc.strerror or exc
    return texts(lang).gettext("Kunne ikke skrive «{file}»: {reason}. Ingen halvferdig fil er "
                               "lagt igjen.").format(file=path.name, reason=reason)


def run_export(snap: ExportSnapshot, choices: ExportChoices,
               targets: Mapping[OutputKind, Path], progress: Progress | None = None, *,
               render_pdf: PdfRenderer | None = None) -> list[WrittenFile]:
    """Write every target (each atomically); raises ExportFailed on the first failure.

    ``render_pdf(html, footer=, lang=) -> bytes`` lays the PDF out; without one a PDF
    target fails with a message (the core has no layout engine of its own)."""
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
            written = _write_one(kind, path, snap, choices, step, render_pdf)
            done.append(written)
            if written.guarded:  # the corrected file comes first: later logs include them
                snap = replace(snap, edits=[*snap.edits, *written.guarded])
        except WriteError as exc:
            raise ExportFailed(exc.message, done) from exc
        except OSError as exc:
            raise ExportFailed(_could_not_write(path, exc, snap.lang), done) from exc
        step(1.0)
        start += weights[kind]
    return done


def _write_one(kind: OutputKind, path: Path, snap: ExportSnapshot, choices: ExportChoices,
               progress: Progress, render_pdf: PdfRenderer | None) -> WrittenFile:
    original = snap.original
    if kind is OutputKind.CORRECTED:
        res = apply_edits(original, snap.workbook, snap.edits, path, progress=progress)
        return WrittenFile(kind, res.path, list(res.notes), list(res.guarded))
    if kind is OutputKind.CHANGED_ROWS:
        from nir_desktop.core.report import write_changed_rows_xlsx

        write_changed_rows_xlsx(path, snap.workbook, snap.edits, original=original,
                                lang=snap.lang)
        return WrittenFile(kind, path)
    if kind is OutputKind.CHANGE_LOG:
        from nir_desktop.core.report import change_log_table

        write_xlsx_new(path, [change_log_table(snap.edits, snap.workbook, masked=choices.masked,
                                               lang=snap.lang)], original)
        return WrittenFile(kind, path)
    tables = report_tables_of(snap, choices.masked, choices.log_inside_report)
    if kind is OutputKind.REPORT_XLSX:
        write_xlsx_new(path, tables, original)
        return WrittenFile(kind, path)
    from nir_desktop.core.review.html import report_html, report_html_page

    if kind is OutputKind.REPORT_HTML:
        atomic_write_text(path, report_html_page(tables, snap.lang), original=original)
        return WrittenFile(kind, path)
    if render_pdf is None:
        raise WriteError(pdf_unavailable(snap.lang))
    html, notes = report_html(tables, snap.lang)
    footer = tables[0].notes[0] if tables and tables[0].notes else ""  # "Fil: …"
    atomic_write_bytes(path, render_pdf(html, footer=footer, lang=snap.lang), original)
    return WrittenFile(kind, path, notes)


def pdf_unavailable(lang: str = "nb") -> str:
    return texts(lang).gettext(
        "PDF-rapporten krever Qt (PySide6), som ikke kan lastes her. Skriv HTML-rapporten "
        "i stedet, og skriv den ut som PDF fra en nettleser.")
