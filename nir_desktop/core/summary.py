"""The summary before the list of findings: counts per rule and severity, the deadline,
and a preview of måloppnåelse (goal attainment) for the reporting year.

Pydantic models, because the summary crosses into the JSON report.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pydantic import BaseModel, Field, computed_field

from nir_desktop.core import codelists as cl
from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.deadlines import days_left, deadline_info
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.model import Workbook
from nir_desktop.core.rules.catalogue import RULES, render_not_checked, rule_rank
from nir_desktop.core.rules.context import Context
from nir_desktop.core.rules.engine import CheckResult
from nir_desktop.core.rules.notions import cov003_applies


class RuleCount(BaseModel):
    rule: str
    name: str
    title: str
    severity: str  # the rule's own severity
    error: int = 0
    warning: int = 0
    info: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total(self) -> int:
        return self.error + self.warning + self.info


class GoalAttainment(BaseModel):
    """Who ended the programme in the year, and how many went directly to work or
    education (upper secondary or higher)."""

    year: int
    ended: int = Field(description="programmes with avslutningsdato in the year")
    excluded: int = Field(description="taken out of the basis (COV003, 2021 only)")
    basis: int
    work: int
    education: int
    neither: int
    achieved: int
    share: float | None = Field(description="achieved / basis, None when the basis is 0")
    not_registered: int = Field(
        default=0, description="in the basis with no reason or «Avslutningsårsak ikke "
        "registrert»: they count as not achieved (IMDi, June 2024)")
    excluded_persons: list[str] = Field(default_factory=list,
                                        description="saksnummer or masked fødselsnummer")


class Summary(BaseModel):
    year: int
    total: int
    errors: int
    warnings: int
    infos: int
    rules: list[RuleCount]
    not_checked: list[str]
    deadline: date
    deadline_verified: bool
    deadline_note: str
    days_left: int
    goal: GoalAttainment | None = None


def rule_counts(findings: Iterable[Finding]) -> list[RuleCount]:
    """Counts per rule and severity, in catalogue order."""
    counts: dict[str, RuleCount] = {}
    for f in findings:
        rc = counts.get(f.rule)
        if rc is None:
            r = RULES.get(f.rule)
            rc = counts[f.rule] = RuleCount(
                rule=f.rule, name=r.name if r else f.rule, title=r.title.nb if r else f.rule,
                severity=(r.severity.value if r else f.severity.value))
        if f.severity is Severity.ERROR:
            rc.error += 1
        elif f.severity is Severity.WARNING:
            rc.warning += 1
        else:
            rc.info += 1
    return sorted(counts.values(), key=lambda c: rule_rank(c.rule))


def goal_attainment(workbook: Workbook, year: int, findings: Iterable[Finding] | None = None,
                    *, codelists: CodeLists | None = None) -> GoalAttainment:
    """The måloppnåelse preview. With ``findings`` (of a check of the same workbook and
    year) the COV003 exclusions are taken from them, else they are worked out here."""
    codes = codelists or CodeLists.default()
    ctx = Context(workbook, year, date.today(), codes)
    d = ctx.views.get(SheetKind.DELTAKERE)
    if d is None and (sheet := workbook.sheet(SheetKind.DELTAKERE)) is not None:
        # No fødselsnummer column: the persons are still countable by their rows.
        from nir_desktop.core.rules.context import View

        d = View(sheet, SheetKind.DELTAKERE)
    empty = GoalAttainment(year=year, ended=0, excluded=0, basis=0, work=0, education=0,
                           neither=0, achieved=0, share=None)
    if d is None or "avslutningsdato" not in d.parsed:
        return empty
    if findings is not None:
        excluded_rows = {f.row_index for f in findings
                         if f.rule == "COV003" and f.sheet == d.sheet.name}
    else:
        excluded_rows = None
    ends = d.parsed["avslutningsdato"]
    arsaker = d.parsed.get("avslutningsarsak")
    ended = work = education = neither = not_registered = 0
    excluded: list[str] = []
    for r, end in enumerate(ends):
        if not (isinstance(end, date) and ctx.in_ry(end)):
            continue
        ended += 1
        is_excluded = (r in excluded_rows) if excluded_rows is not None else \
            cov003_applies(ctx, ctx._programme(d, r))
        if is_excluded:
            key = d.keys[r] if d.keys else ""
            excluded.append(ctx.label(key) or f"rad {d.row_numbers[r]}")
            continue
        arsak = arsaker[r] if arsaker is not None and arsaker[r] else None
        outcome = codes.outcome_of(arsak) if arsak else None
        # «Ikke registrert» (or no reason) stays in the basis every year: only 2021's
        # COV003 exclusions leave it (IMDi's reminder of June 2024).
        if arsak is None or codes.canonical("avslutningsarsak", arsak) == cl.NOT_REGISTERED:
            not_registered += 1
        if outcome == cl.OUTCOME_WORK:
            work += 1
        elif outcome == cl.OUTCOME_EDUCATION:
            education += 1
        else:
            neither += 1
    basis = ended - len(excluded)
    achieved = work + education
    return GoalAttainment(year=year, ended=ended, excluded=len(excluded), basis=basis,
                          work=work, education=education, neither=neither, achieved=achieved,
                          share=(achieved / basis) if basis else None,
                          excluded_persons=excluded, not_registered=not_registered)


def summarize(result: CheckResult, workbook: Workbook | None = None, *,
              today: date | None = None, codelists: CodeLists | None = None,
              lang: str = "nb") -> Summary:
    """Everything that goes before the list of findings."""
    findings = result.findings
    rules = rule_counts(findings)
    errors = sum(r.error for r in rules)
    warnings = sum(r.warning for r in rules)
    infos = sum(r.info for r in rules)
    info = deadline_info(result.year)
    goal = goal_attainment(workbook, result.year, findings, codelists=codelists) \
        if workbook is not None else None
    return Summary(
        year=result.year, total=errors + warnings + infos, errors=errors, warnings=warnings,
        infos=infos, rules=rules,
        not_checked=[render_not_checked(nc, lang) for nc in result.not_checked],
        deadline=info.date, deadline_verified=info.verified, deadline_note=info.note_nb,
        days_left=days_left(result.year, today or result.today), goal=goal,
    )
