"""Writing corrected files and reports; every write is atomic and never hits the original."""

from nir_desktop.core.writers.apply import (
    WriteResult,
    apply_edits,
    column_kind,
    output_suffix,
    suggested_output,
)
from nir_desktop.core.writers.atomic import (
    WriteError,
    atomic_open,
    atomic_write,
    atomic_write_bytes,
    atomic_write_text,
    ensure_not_original,
)
from nir_desktop.core.writers.csv_writer import needs_guard, write_csv
from nir_desktop.core.writers.xlsx_new import Table, write_xlsx_new
from nir_desktop.core.writers.xlsx_patch import CellChange, patch_xlsx

__all__ = [
    "CellChange",
    "Table",
    "WriteError",
    "WriteResult",
    "apply_edits",
    "atomic_open",
    "atomic_write",
    "atomic_write_bytes",
    "atomic_write_text",
    "column_kind",
    "ensure_not_original",
    "needs_guard",
    "output_suffix",
    "patch_xlsx",
    "suggested_output",
    "write_csv",
    "write_xlsx_new",
]
