"""The one place the GUI calls the rule engine and the rule catalogue.

The window's loader runs :meth:`Engine.check` in a worker; the review document hands the
resulting Checker to the core's ReviewSession, which re-checks edited rows itself
(``Checker.recheck_rows``: one incremental path for the window and the command line).
:class:`CoreEngine` is the real engine over ``nir_desktop.core.rules``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from nir_desktop.core.findings import Finding, NotChecked
from nir_desktop.core.model import Workbook


@dataclass(slots=True)
class RuleDoc:
    id: str
    name: str
    severity: str
    title: str
    why: str
    fix: str
    years: str
    needs: list[str] = field(default_factory=list)
    examples: list[dict[str, Any]] = field(default_factory=list)
    # Every source of the rule (every rule has at least one), each as lines: title, date,
    # address, section, what it says.
    citations: list[list[str]] = field(default_factory=list)


class Engine(Protocol):
    codelists: Any  # CodeLists the next check uses; None: the shipped ones

    def check(self, workbook: Workbook, year: int, progress: Callable[..., None],
              cancelled: Callable[[], bool]) -> Any:
        """A full check; returns the core's Checker (its ``.result`` has ``findings`` and
        ``not_checked``; ``recheck_rows`` updates it after edits)."""
        ...

    def render(self, finding: Finding, lang: str) -> str: ...

    def render_not_checked(self, nc: NotChecked, lang: str) -> str: ...

    def rule_doc(self, rule_id: str, lang: str) -> RuleDoc | None: ...

    def rule_docs(self, lang: str) -> list[RuleDoc]: ...


def _doc(rule: Any, lang: str) -> RuleDoc:
    d = rule.to_dict(lang)
    return RuleDoc(id=d["id"], name=d["name"], severity=d["severity"], title=d["title"],
                   why=d["why"], fix=d["fix"], years=d["years"], needs=list(d.get("needs", [])),
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
