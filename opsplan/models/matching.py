"""The result of matching duties to roles (`api.match`, the `opsplan match` command)."""

from typing import Literal

from pydantic import Field

from opsplan.models.results import Result


class RoleScore(Result):
    """A role a duty may be: its score and the phrases (or description words) that decided."""

    role: str
    name: str
    name_zh: str
    score: float
    words: list[str]


class PhraseMatch(Result):
    """One duty as written, the role it is matched to (None: below the confidence threshold,
    or no role at all) and the top three candidates, best first; `not_duty` is the phrase that
    shows the text is a requirement or a trait, not a duty. `shared`: the roles a duty whose
    parts name several roles' work is shared between (then `role` is None; each is among the
    candidates)."""

    text: str
    role: str | None
    candidates: list[RoleScore]
    not_duty: str | None = None
    shared: list[str] = Field(default_factory=list)


class MatchReport(Result):
    """How each duty would be matched, with the catalogue's threshold, margin and `alone`, and
    the marks (`clauses`) that part a duty's tasks."""

    schema_version: Literal[1] = 1
    threshold: float
    margin: float
    alone: float = 0.0
    clauses: list[str] = Field(default_factory=list)
    phrases: list[PhraseMatch]
