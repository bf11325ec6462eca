"""Reports of a check: readable text, JSON with a fixed schema, and the error report as
tables for xlsx, HTML and PDF, in bokmål, nynorsk or English (core.i18n).

Every report shows the summary per rule first (the counts add up to the total), then
what could not be checked and why, then the findings. Fødselsnummer are masked unless
the caller asks otherwise.
"""

from nir_desktop.core.report.as_json import (
    REPORT_SCHEMA_VERSION,
    JsonFinding,
    JsonNotChecked,
    JsonNote,
    JsonReport,
    json_report,
    json_text,
)
from nir_desktop.core.report.changes import (
    change_lines,
    change_log_table,
    changed_rows_tables,
    write_changed_rows_xlsx,
)
from nir_desktop.core.report.common import (
    Acks,
    CheckResultLike,
    RuleCount,
    ack_note,
    column_title,
    goal_lines,
    location,
    message,
    not_checked_text,
    report_summary,
    rule_counts,
    sorted_findings,
    suggestion,
    unchecked_notes,
)
from nir_desktop.core.report.tables import report_tables
from nir_desktop.core.report.text import text_report

__all__ = [
    "REPORT_SCHEMA_VERSION",
    "Acks",
    "CheckResultLike",
    "JsonFinding",
    "JsonNotChecked",
    "JsonNote",
    "JsonReport",
    "RuleCount",
    "ack_note",
    "change_lines",
    "change_log_table",
    "changed_rows_tables",
    "column_title",
    "goal_lines",
    "json_report",
    "json_text",
    "location",
    "message",
    "not_checked_text",
    "report_summary",
    "report_tables",
    "rule_counts",
    "sorted_findings",
    "suggestion",
    "text_report",
    "unchecked_notes",
    "write_changed_rows_xlsx",
]
