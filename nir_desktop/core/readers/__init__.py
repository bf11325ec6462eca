"""Reading NIR exports (.xlsx, .xlsm, .xls, .ods, .csv) into the shared data model."""

from nir_desktop.core.readers.errors import ReadCancelled, ReadError
from nir_desktop.core.readers.workbook import (
    file_hash,
    find_reporting_year,
    read_workbook,
    remap_workbook,
)

__all__ = ["ReadCancelled", "ReadError", "file_hash", "find_reporting_year", "read_workbook",
           "remap_workbook"]
