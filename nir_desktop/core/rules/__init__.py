"""The rule catalogue and the engine that runs it (no Qt here).

Public API:
    check(workbook, year=None, *, today=None, codelists=None, progress=None, cancelled=None)
        -> CheckResult
    Checker(workbook, year=None, ...)  .result, .recheck_row(sheet_name, row_index) -> CheckDelta
    render(finding, lang="nb") -> str, render_not_checked(nc, lang="nb") -> str
    catalogue() -> list[Rule], rule(id) -> Rule, RULES

How the catalogue's notions are read where ``shared/spec/rules.md`` leaves room:
- An unreadable date or yes/no is *unknown*, not empty: DAT001 reports it and the rules
  that would need it skip that row (or person) instead of guessing.
- A programme without programstart starts "before RY"; its registrable part is RY up to
  the avslutningsdato. The 3-year mark adds calendar years (29.02 → 28.02) plus the days
  of permisjon and gyldig fravær; the exempt period runs from the mark to the end of the
  programme and exists only in the covid years.
- INT002 looks at the registrable part (NIR cannot take a norsk tiltak in the exempt
  period either). INT005 and AVS003 judge a tiltak against the programme its start falls
  in, so a second programme of the same person is not "after the end".
- ID003 warns about H-numbers on Deltakere rows only (not again on each tiltak row).
- ID006 is silent when no single kommunenummer is held by more rows than any other.
- KODE001 is only ever a WARNING: a value no code list knows. A known code written with
  other case, spaces or a known alias is accepted (the input format compares codes that
  way) and gets KODE002 (kode-skrivemaate, INFO, our own addition to the catalogue) with
  the canonical spelling as its suggestion, so a fix writes it only where it is accepted.
- A sheet without a fødselsnummer column is not checked at all (NotChecked "ID001" with
  that sheet), and every rule that needs that sheet is reported as not checked.
"""

from nir_desktop.core.rules import by_id
from nir_desktop.core.rules.catalogue import (
    RULES,
    Check,
    Citation,
    Example,
    Rule,
    Scope,
    Text,
    catalogue,
    field_label,
    finding_to_dict,
    render,
    render_not_checked,
    rule,
)
from nir_desktop.core.rules.engine import CheckCancelled, CheckDelta, Checker, CheckResult, check

# The rule modules (by_id/<id>.py) register their rules on import; keep them referenced.
_RULE_MODULES = by_id

__all__ = [
    "RULES",
    "Check",
    "CheckCancelled",
    "CheckDelta",
    "CheckResult",
    "Checker",
    "Citation",
    "Example",
    "Rule",
    "Scope",
    "Text",
    "catalogue",
    "check",
    "field_label",
    "finding_to_dict",
    "render",
    "render_not_checked",
    "rule",
]
