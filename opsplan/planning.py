"""The api's planning functions (`opsplan plan`, `opsplan compare`), in a module of their own
so that api.py stays readable; `opsplan.api` exports them, and callers use them from there."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import IO, TYPE_CHECKING

from opsplan.datafiles import load_data, load_pay, load_plan_data, load_team_checked, same_currency
from opsplan.i18n import Msg
from opsplan.models.data import Catalogue, NormSet, Size

if TYPE_CHECKING:
    from opsplan.models.compare import CompareResult
    from opsplan.models.hiring import Hiring
    from opsplan.models.pay import PayTable
    from opsplan.models.people import Team
    from opsplan.models.plan import PlanResult
    from opsplan.models.recommend import Recommendation


def plan(
    *,
    start: str,
    size: Size | None = None,
    marketing: bool | None = None,
    drivers: Mapping[str, float] | None = None,
    team: str | Team | None = None,
    months: int = 12,
    budget: float | None = None,
    roles: str | Catalogue | None = None,
    norms: str | NormSet | None = None,
    pay: str | PayTable | None = None,
    hiring: str | Hiring | None = None,
    stdin: IO[bytes] | None = None,
    input_format: str | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
    notice: Callable[[Msg], None] | None = None,
) -> PlanResult:
    """Whom to hire when, and what it costs each month (`opsplan plan`): from nothing, or from
    `team` (only the gap is hired), to the recommended department for the size and focus (the
    team's unless given), over `months` (1 to 120) from `start` (`YYYY-MM`), each month's
    typical cost at most `budget` when given. `team` is read as by `team()`: `input_format`,
    `sheet`, `encoding` and `notice` as there."""
    from opsplan.core.cost import team_parts
    from opsplan.core.plan import plan as compute
    from opsplan.options import check_budget, check_months, checked_size, parse_month

    first, _, _ = parse_month(start), check_months(months), check_budget(budget)
    if size is not None:
        size = checked_size(size)
    if team is None and (input_format is not None or sheet is not None):
        from opsplan.errors import UsageError

        option = "--input-format" if input_format is not None else "--sheet"
        raise UsageError(Msg("plan_option_needs_team", option=option))
    catalogue, norm_set = load_data(roles=roles, norms=norms, stdin=stdin)
    pay_table, hiring_data = load_plan_data(catalogue, pay=pay, hiring=hiring, stdin=stdin)
    parts, name, values = None, None, dict(drivers or {})
    if team is not None:
        company = {"size": size, "marketing": marketing}
        found, source = load_team_checked(
            team, {k: v for k, v in company.items() if v is not None}, catalogue, norm_set, stdin,
            input_format=input_format, sheet=sheet, encoding=encoding, notice=notice,
        )  # fmt: skip
        pay_table = same_currency(found, source, pay_table)
        size, marketing = found.company.size, found.company.marketing
        values = {**(found.company.model_extra or {}), **values}
        parts = team_parts(found, catalogue, norm_set, pay_table)
        name = found.name or (source.name if source is not None else None)
    if size is None:
        from opsplan.errors import UsageError

        raise UsageError(Msg("plan_needs_size"))
    result = _recommend(catalogue, norm_set, size, bool(marketing), values)
    return compute(
        result,
        catalogue,
        hiring_data,
        pay_table,
        start=first,
        horizon=months,
        budget=budget,
        team=parts,
        team_name=name,
    )


def _recommend(
    catalogue: Catalogue,
    norm_set: NormSet,
    size: Size,
    marketing: bool,
    values: Mapping[str, float],
) -> Recommendation:
    from opsplan.core.recommend import recommend as compute
    from opsplan.core.workload import check_overrides

    return compute(catalogue, norm_set, size, marketing, check_overrides(values, norm_set))


def compare(
    left: str,
    right: str,
    *,
    marketing: bool = False,
    drivers: Mapping[str, float] | None = None,
    roles: str | Catalogue | None = None,
    norms: str | NormSet | None = None,
    pay: str | PayTable | None = None,
    stdin: IO[bytes] | None = None,
) -> CompareResult:
    """Two departments side by side (`opsplan compare`): each a size with an optional focus
    (`medium`, `medium:marketing`; `marketing` for those without one) or a team file or
    roster, which may give its company as a size side does (`roster.csv:medium`,
    `team.yaml:large:marketing`, over the file's `company:`); per role the people on each side
    and the difference, and each side's monthly cost."""
    from opsplan.core import compare as core
    from opsplan.core.cost import team_parts
    from opsplan.errors import UsageError
    from opsplan.models.results import Note
    from opsplan.options import parse_file_side, parse_side

    catalogue, norm_set = load_data(roles=roles, norms=norms, stdin=stdin)
    pay_table = load_pay(catalogue, pay, stdin=stdin)
    sides, notes = [], []
    for what, spec in (("LEFT", left), ("RIGHT", right)):
        profile = parse_side(spec, what)
        if profile is not None:
            size, focus = profile
            result = _recommend(
                catalogue, norm_set, size, marketing if focus is None else focus, drivers or {}
            )
            sides.append(core.profile_side(spec, result, pay_table))
            if any(r.optional for r in result.roles):
                notes.append(Note(code="compare_optional", params={"side": spec}))
            continue
        path, given = parse_file_side(spec, what)
        company: dict[str, object] = {}
        if given is not None:  # `roster.csv:medium[:marketing]`: as a size side's company
            company = {"size": given[0], "marketing": marketing if given[1] is None else given[1]}
        try:
            found, source = load_team_checked(path, company, catalogue, norm_set, stdin)
        except UsageError as error:
            if getattr(error.msg, "code", None) != "roster_needs_size":
                raise
            raise UsageError(Msg("compare_roster_needs_size", path=path)) from None
        pay_table = same_currency(found, source, pay_table)
        parts = team_parts(found, catalogue, norm_set, pay_table)
        sides.append(
            core.team_side(
                path, found.name, found.company.size, found.company.marketing, parts, catalogue
            )
        )
        if parts.not_costed:
            notes.append(Note(code="cost_not_costed", params={"n": parts.not_costed}))
    return core.compare(sides[0], sides[1], pay_table, notes)
