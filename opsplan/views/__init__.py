"""One view per result type: the result in, a format-neutral Document in the user's language.

A command names its view itself (`opsplan/commands.py`), so that it imports only its own. The
registry below is for the library (`opsplan.to_text(result, ...)`), which is given a result and
finds its view by its type: a new result type is a view module and one line here, checked by
mypy (each view must take the model it is listed with).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from opsplan.i18n import Lang
    from opsplan.views.document import Document

M = TypeVar("M")
ViewFn = Callable[[M, "Lang"], "Document"]


def _entry(model: type[M], view: ViewFn[M]) -> tuple[type[Any], ViewFn[Any]]:
    """A registry line: mypy checks that `view` takes `model`."""
    return model, view


def registry() -> dict[type[Any], ViewFn[Any]]:
    """Every result type and its view (imports them all: the library's path, not a command's)."""
    from opsplan.models.compare import CompareResult
    from opsplan.models.costed import CostedRecommendation, CostedTeamReport
    from opsplan.models.listing import DriverList, FileKindList, RoleList
    from opsplan.models.matching import MatchReport
    from opsplan.models.overload import OverloadReport
    from opsplan.models.plan import PlanResult
    from opsplan.models.problems import ValidationReport
    from opsplan.models.recommend import Recommendation
    from opsplan.models.team import TeamReport
    from opsplan.views import (
        compare,
        drivers,
        kinds,
        match,
        overload,
        plan,
        recommend,
        roles,
        team,
        validate,
    )

    return dict(
        [
            _entry(Recommendation, recommend.view),
            _entry(RoleList, roles.view),
            _entry(DriverList, drivers.view),
            _entry(OverloadReport, overload.view),
            _entry(TeamReport, team.view),
            _entry(FileKindList, kinds.view),
            _entry(ValidationReport, validate.view),
            _entry(MatchReport, match.view),
            _entry(CostedRecommendation, recommend.view),
            _entry(CostedTeamReport, team.view),
            _entry(PlanResult, plan.view),
            _entry(CompareResult, compare.view),
        ]
    )


def view_of(result: Any) -> ViewFn[Any]:
    """The view of `result`'s type (a TypeError for a type that has none)."""
    found = registry().get(type(result))
    if found is None:
        raise TypeError(f"no view for {type(result).__name__}")
    return found
