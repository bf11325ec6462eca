"""Comparing two exports (the fagsystem's and NIR's): did the corrections arrive?"""

from nir_desktop.core.compare.engine import Comparer, compare_workbooks
from nir_desktop.core.compare.model import (
    A,
    B,
    Comparison,
    Difference,
    NotCompared,
    OnlyIn,
    RowRef,
)
from nir_desktop.core.compare.report import json_report, json_text, text_report, write_xlsx

__all__ = ["A", "B", "Comparer", "Comparison", "Difference", "NotCompared", "OnlyIn",
           "RowRef", "compare_workbooks", "json_report", "json_text", "text_report",
           "write_xlsx"]
