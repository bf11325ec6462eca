"""The one place the GUI calls the rule engine and the rule catalogue.

The review document talks to an :class:`Engine`; :class:`CoreEngine` is the real one over
``nir_desktop.core.rules``. Tests may hand the document another Engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from nir_desktop.core.findings import Finding, NotChecked
from nir_desktop.core.model import Workbook


@dataclass(slots=True)
class Recheck:
    """What re-checking a few edited rows changed."""

    removed: list[Finding]
    added: list[Finding]


@dataclass(slots=True)
class RuleDoc:
    id: str
    name: str
    severity: str
    title: str
    why: str
    fix: str
    years: str
    citation_title: str
    citation_url: str | None
    citation_updated: str | None
    citation_note: str = ""
    needs: list[str] = field(default_factory=list)
    examples: list[dict[str, Any]] = field(default_factory=list)
    # Every source of the rule, each as lines (title, date, address, section, what it says).
    citations: list[list[str]] = field(default_factory=list)


class Engine(Protocol):
    def check(self, workbook: Workbook, year: int, progress: Callable[..., None],
              cancelled: Callable[[], bool]) -> Any:
        """A full check; returns a "run" whose ``.result`` has ``findings`` and
        ``not_checked``, and that ``recheck`` can update incrementally."""
        ...

    def recheck(self, run: Any, rows: list[tuple[str, int]]) -> Recheck:
        """Re-check after the cells of these (sheet name, row index) rows changed."""
        ...

    def render(self, finding: Finding, lang: str) -> str: ...

    def render_not_checked(self, nc: NotChecked, lang: str) -> str: ...

    def rule_doc(self, rule_id: str, lang: str) -> RuleDoc | None: ...

    def rule_docs(self, lang: str) -> list[RuleDoc]: ...

    def goal(self, workbook: Workbook, year: int, findings: Iterable[Finding]) -> Any: ...


def _doc(rule: Any, lang: str) -> RuleDoc:
    d = rule.to_dict(lang)
    c = d["citation"]
    return RuleDoc(id=d["id"], name=d["name"], severity=d["severity"], title=d["title"],
                   why=d["why"], fix=d["fix"], years=d["years"], citation_title=c["title"],
                   citation_url=c.get("url"), citation_updated=c.get("updated"),
                   citation_note=c.get("note") or "", needs=list(d.get("needs", [])),
                   examples=list(d.get("examples", [])),
                   citations=[c.lines(lang) for c in getattr(rule, "citations", ())])


class CoreEngine:
    """The rule engine of nir_desktop.core.rules: a full check builds a Checker (the "run"),
    which then re-checks only the edited rows and their persons."""

    def __init__(self, codelists: Any = None) -> None:
        self.codelists = codelists
        self._docs: dict[tuple[str, str], RuleDoc | None] = {}

    def check(self, workbook: Workbook, year: int, progress: Callable[..., None],
              cancelled: Callable[[], bool]) -> Any:
        from nir_desktop.core.rules.engine import Checker

        return Checker(workbook, year, codelists=self.codelists, progress=progress,
                       cancelled=cancelled)

    def recheck(self, run: Any, rows: list[tuple[str, int]]) -> Recheck:
        removed: list[Finding] = []
        added: list[Finding] = []
        for sheet_name, row_index in rows:
            delta = run.recheck_row(sheet_name, row_index)
            removed += delta.removed
            added += delta.added
        return Recheck(removed, added)

    def render(self, finding: Finding, lang: str) -> str:
        from nir_desktop.core.rules.catalogue import render

        try:
            return render(finding, lang)
        except KeyError:  # a rule from a newer catalogue: show what we have
            return finding.rule

    def render_not_checked(self, nc: NotChecked, lang: str) -> str:
        from nir_desktop.core.rules.catalogue import render_not_checked

        return render_not_checked(nc, lang)

    def rule_doc(self, rule_id: str, lang: str) -> RuleDoc | None:
        key = (rule_id, lang)
        if key not in self._docs:
            from nir_desktop.core.rules.catalogue import RULES

            rule = RULES.get(rule_id)
            self._docs[key] = _doc(rule, lang) if rule is not None else None
        return self._docs[key]

    def rule_docs(self, lang: str) -> list[RuleDoc]:
        from nir_desktop.core.rules.catalogue import catalogue

        return [_doc(r, lang) for r in catalogue()]

    def goal(self, workbook: Workbook, year: int, findings: Iterable[Finding]) -> Any:
        from nir_desktop.core.summary import goal_attainment

        return goal_attainment(workbook, year, list(findings), codelists=self.codelists)
