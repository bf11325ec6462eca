"""The rule catalogue and the engine that runs it (no Qt here).

Public API:
    check(workbook, year=None, *, today=None, codelists=None, progress=None, cancelled=None)
        -> CheckResult
    Checker(workbook, year=None, ...)  .result, .recheck_row(sheet_name, row_index) -> CheckDelta
    render(finding, lang="nb") -> str, render_not_checked(nc, lang="nb") -> str
    catalogue() -> list[Rule], rule(id) -> Rule, RULES
"""

from nir_desktop.core.rules import covid, dates_codes, ending, identity, law, participation
from nir_desktop.core.rules.catalogue import (
    RULES,
    Citation,
    Example,
    Rule,
    Text,
    catalogue,
    field_label,
    finding_to_dict,
    render,
    render_not_checked,
    rule,
)
from nir_desktop.core.rules.engine import CheckCancelled, CheckDelta, Checker, CheckResult, check

# The family modules register their rules on import; keep them referenced.
_FAMILIES = (identity, dates_codes, participation, ending, law, covid)

__all__ = [
    "RULES",
    "CheckCancelled",
    "CheckDelta",
    "CheckResult",
    "Checker",
    "Citation",
    "Example",
    "Rule",
    "Text",
    "catalogue",
    "check",
    "field_label",
    "finding_to_dict",
    "render",
    "render_not_checked",
    "rule",
]
