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
from nir_desktop.core.i18n import N_, render, texts
from nir_desktop.core.model import Workbook
from nir_desktop.core.rules.catalogue import RULES, render_not_checked, rule_rank
from nir_desktop.core.rules.context import Context
from nir_desktop.core.rules.engine import CheckResult
from nir_desktop.core.rules.notions import (
    GUIDANCE_YEAR,
    cov003_applies,
    cov004_applies,
    nir_ending,
)


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


# IMDi's caveat for RY 2021 (Frist for å ajourføre data i NIR for 2021, 3. januar 2022).
CAVEAT_2021 = N_(
    "For 2021 ventet IMDi lavere datakvalitet enn vanlig fordi NIR ikke var tilpasset "
    "de midlertidige covid-19-lovene, og kommunene fikk ingen foreløpige resultater det "
    "året.")


def caveat_2021(lang: str = "nb") -> str:
    return texts(lang).gettext(CAVEAT_2021)


class GoalAttainment(BaseModel):
    """Who ended the programme in the year as NIR will hold it, and how many went directly
    to work or education (upper secondary or higher)."""

    year: int
    ended: int = Field(description="NIR endings in the year (incl. NIR's own at the "
                                   "3-year frist)")
    excluded: int = Field(description="taken out of the basis (COV003, 2021 only; an "
                                      "utvidet COV004 person too, NIR holding no reason)")
    basis: int
    work: int
    education: int
    neither: int
    achieved: int
    share: float | None = Field(description="achieved / basis, None when the basis is 0")
    not_registered: int = Field(default=0, description="in the basis with «Avslutningsårsak "
                                "ikke registrert» or no reason: counted as not achieved")
    nir_endings: int = Field(default=0, description="endings NIR makes itself on the 3-year "
                             "frist of a covid-extended person (not the file's own)")
    excluded_persons: list[str] = Field(default_factory=list,
                                        description="saksnummer or masked fødselsnummer")
    caveat: str | None = Field(default=None, description="IMDi's caveat for the year (2021)")


class Summary(BaseModel):
    year: int
    year_reason: str | None = Field(default=None, description="why this reporting year")
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
                    *, codelists: CodeLists | None = None, lang: str = "nb") -> GoalAttainment:
    """The måloppnåelse preview, following what NIR will hold (rules.md "Beyond findings"):
    the basis is every NIR ending in the year (a covid-extended person past the 3-year
    frist ends there with «Avslutningsårsak ikke registrert»), minus the COV003 exclusions
    of 2021; «ikke registrert» stays in the basis as not achieved. ``findings`` is accepted
    for callers that have a check at hand; the preview works the endings out itself."""
    del findings  # the same notions as the rules, straight from the rows
    codes = codelists or CodeLists.default()
    ctx = Context(workbook, year, date.today(), codes)
    d = ctx.views.get(SheetKind.DELTAKERE)
    if d is None and (sheet := workbook.sheet(SheetKind.DELTAKERE)) is not None:
        # No fødselsnummer column: the persons are still countable by their rows.
        from nir_desktop.core.rules.context import View

        d = View(sheet, SheetKind.DELTAKERE)
        ctx.use_deltakere(d)
    caveat = caveat_2021(lang) if year == 2021 else None
    empty = GoalAttainment(year=year, ended=0, excluded=0, basis=0, work=0, education=0,
                           neither=0, achieved=0, share=None, caveat=caveat)
    if d is None or "avslutningsdato" not in d.parsed:
        return empty
    ended = work = education = neither = not_registered = nir_own = 0
    excluded: list[str] = []
    for r in range(len(d.row_numbers)):
        p = ctx._programme(d, r)
        ending = nir_ending(p)
        if ending is None or not ctx.in_ry(ending[0]):
            continue
        ended += 1
        if ending[0] != p.end:
            nir_own += 1
        # A reason NIR cannot take (COV004) is not in NIR: there the utvidet person
        # stands without one, as COV003 asks (rules.md v2, COV004).
        if cov003_applies(ctx, p) or (ctx.year == GUIDANCE_YEAR and p.utvidet
                                      and cov004_applies(p)):
            key = d.keys[r] if d.keys else ""
            excluded.append(ctx.label(key) or texts(lang).gettext("rad {row}").format(
                row=d.row_numbers[r]))
            continue
        arsak = ending[1]
        outcome = codes.outcome_of(arsak) if arsak else None
        if outcome == cl.OUTCOME_WORK:
            work += 1
        elif outcome == cl.OUTCOME_EDUCATION:
            education += 1
        else:
            neither += 1
            if not arsak or arsak == cl.NOT_REGISTERED:
                not_registered += 1
    basis = ended - len(excluded)
    achieved = work + education
    return GoalAttainment(year=year, ended=ended, excluded=len(excluded), basis=basis,
                          work=work, education=education, neither=neither, achieved=achieved,
                          share=(achieved / basis) if basis else None,
                          not_registered=not_registered, nir_endings=nir_own,
                          excluded_persons=excluded, caveat=caveat)


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
    goal = goal_attainment(workbook, result.year, findings, codelists=codelists, lang=lang) \
        if workbook is not None else None
    choice = getattr(result, "year_choice", None)
    return Summary(
        year=result.year, year_reason=choice.text(lang) if choice is not None else None,
        total=errors + warnings + infos, errors=errors, warnings=warnings,
        infos=infos, rules=rules,
        # What the reader could not check (a sheet without fødselsnummer, rows a quote
        # swallowed) comes first: those rows were not checked by any rule.
        not_checked=[render(n.message, lang)
                     for n in (workbook.notes if workbook is not None else [])
                     if n.not_checked]
        + [render_not_checked(nc, lang) for nc in result.not_checked],
        deadline=info.date, deadline_verified=info.verified, deadline_note=info.note(lang),
        days_left=days_left(result.year, today or result.today), goal=goal,
    )
