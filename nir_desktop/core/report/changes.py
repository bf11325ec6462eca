"""What a fix or the window changed: the change log, the changed rows, one line per change."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import field_label
from nir_desktop.core.i18n import N_, texts
from nir_desktop.core.model import Workbook, column_letter
from nir_desktop.core.privacy import mask_text
from nir_desktop.core.report.common import column_words, sheet_row
from nir_desktop.core.writers.xlsx_new import Table, write_xlsx_new

CHANGE_LOG_HEADERS = (N_("Ark"), N_("Rad"), N_("Kolonne"), N_("Felt"), N_("Før"),
                      N_("Etter"), N_("Regel"))


def change_log_table(edits: Sequence[CellEdit], workbook: Workbook | None, *,
                     masked: bool = True, lang: str = "nb") -> Table:
    """What changed, cell by cell: sheet, row, column, field, before, after, rule."""
    t = texts(lang)

    def shown(e: CellEdit, text: str) -> str:
        return mask_text(text) if masked and e.field == "fodselsnummer" else text

    rows: list[list[Any]] = []
    for e in edits:
        header = None
        if workbook is not None:
            sheet = workbook.sheet_named(e.sheet)
            if sheet is not None and e.column < len(sheet.headers):
                header = sheet.headers[e.column] or None
        rows.append([e.sheet, e.row, column_letter(e.column),
                     header or field_label(e.field, lang) or None,
                     shown(e, e.old), shown(e, e.new),
                     e.rule or t.gettext("Manuell")])
    return Table(
        title=t.gettext("Endringslogg"),
        headers=[t.gettext(h) for h in CHANGE_LOG_HEADERS],
        rows=rows, column_widths=(12, 7, 8, 22, 24, 24, 10))


def changed_rows_tables(workbook: Workbook, edits: Sequence[CellEdit],
                        lang: str = "nb") -> list[Table]:
    """Only the rows that changed, per sheet, with their new values and original row."""
    by_sheet: dict[str, dict[int, dict[int, str]]] = {}
    for e in edits:
        by_sheet.setdefault(e.sheet, {}).setdefault(e.row, {})[e.column] = e.new
    tables = []
    for sheet in workbook.sheets:
        changed = by_sheet.get(sheet.name)
        if not changed:
            continue
        index = {n: i for i, n in enumerate(sheet.row_numbers)}
        rows = []
        for rn in sorted(changed):
            i = index.get(rn)
            values: list[Any] = list(sheet.rows[i]) if i is not None else []
            for c, text in changed[rn].items():
                if c >= len(values):
                    values.extend([None] * (c + 1 - len(values)))
                values[c] = text
            values = [v if v not in ("",) else None for v in values]
            rows.append([rn, *values])
        tables.append(Table(title=sheet.name,
                            headers=[texts(lang).gettext("Rad i originalen"),
                                     *sheet.headers],
                            rows=rows))
    return tables


def write_changed_rows_xlsx(out_path: Path | str, workbook: Workbook,
                            edits: Sequence[CellEdit], *, original: Path | str | None = None,
                            lang: str = "nb") -> Path:
    return write_xlsx_new(out_path, changed_rows_tables(workbook, edits, lang), original)


def change_lines(edits: Sequence[CellEdit], workbook: Workbook | None = None, *,
                 masked: bool = False, lang: str = "nb") -> list[str]:
    """One line per change, for the command line: where, old → new, rule."""
    table = change_log_table(edits, workbook, masked=masked, lang=lang)
    out = []
    for sheet, row, col, field, old, new, rule_id in table.rows:  # type: ignore[misc]
        where = f"{sheet_row(sheet, row, lang)}, {column_words(col, lang)}"
        if field:
            where += f" ({field})"
        out.append(f"{where}: «{old}» → «{new}» [{rule_id}]")
    return out

