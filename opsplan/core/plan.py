"""The hiring plan: from nothing or from a team to the recommended department, phase by
phase, month by month, with what each month costs.

The phases come from the hiring file: each brings in its roles in order, spread over its
months (`core/phases.py`). A budget is a ceiling on a month's typical cost: hires are placed in
order, and those that would take the month over it are not hired. Costs never fall in a plan
(nobody leaves), so a hire that does not fit its month fits no later one; it is listed with the
reason. The start month is given (the command takes the month after today): nothing here reads
a clock.

The result is made with `model_construct`: its values come from checked data and this module
(mypy checks the fields), and building the result models' validators would be a tenth of the
command's start-up; JSON output builds their serializers when it needs them.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from opsplan.core.cost import ZERO, Cents, TeamParts, pay_info, rates
from opsplan.core.phases import (
    Month,
    Want,
    allot,
    label,
    month_at,
    recruit_from,
    schedule,
)
from opsplan.core.plannotes import empty_phases, outside_roles, team_notes
from opsplan.core.recommend import bilingual
from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.models.cost import Amount
from opsplan.models.data import Catalogue
from opsplan.models.hiring import Hiring
from opsplan.models.pay import PayTable
from opsplan.models.plan import (
    NotHired,
    OutsideRole,
    PlanHire,
    PlanMonth,
    PlanPhase,
    PlanResult,
    PlanTarget,
    PlanTotals,
    TargetRole,
)
from opsplan.models.recommend import Recommendation
from opsplan.models.results import Note, SourceRef, source_refs


def wants_of(
    result: Recommendation, catalogue: Catalogue, team: TeamParts | None = None
) -> list[Want]:
    """The recommendation's required roles as the plan's target (the FTE a team staffs in
    each, counting the roles an entry covers)."""
    by_id = catalogue.by_id()
    fte = team.fte if team is not None else {}
    return [
        Want(
            role=row.role,
            name=row.label,
            name_zh=row.label_zh,
            family=by_id[row.role].family,
            target=int(row.recommended),
            have=round(sum(fte.get(r, 0.0) for r in (row.role, *row.covers)), 6),
        )
        for row in result.roles
        if not row.optional
    ]


def money(value: int) -> str:
    """Cents as whole currency units with thousands separators (for messages)."""
    return f"{value / 100:,.0f}"


class _Placing:
    """Hires placed month by month against the budget (in cents), and those left out."""

    def __init__(
        self,
        start: Month,
        horizon: int,
        wants: Mapping[str, Want],
        unit: Mapping[str, Cents],
        current: Cents,
        limit: int | None,
    ) -> None:
        self.start, self.horizon, self.wants, self.unit = start, horizon, wants, unit
        self.current, self.limit = current, limit
        self.placed: dict[int, dict[str, int]] = {}
        self.left_out: dict[tuple[str, str], NotHired] = {}
        self.priced = False

    def leave(self, item: NotHired) -> None:
        """Count `item` among those not hired (one line a role and reason, from the first
        month the phases would hire them)."""
        key = (item.role, item.reason)
        found = self.left_out.get(key)
        if found is not None:
            item = found.model_copy(update={"count": found.count + item.count})
        self.left_out[key] = item

    def place(self, index: int, role: str, n: int) -> None:
        """Place `n` people of `role` in month `index`, as far as horizon and budget allow."""
        want, rate = self.wants[role], self.unit.get(role)
        when = label(month_at(self.start, index))
        cost = rate.typical / 100 if rate is not None else None
        if index > self.horizon:
            self.leave(_not_hired(want, when, n, "after_horizon", cost))
            return
        k = n
        if rate is not None and self.limit is not None:
            k = min(n, max(0, (self.limit - self.current.typical) // rate.typical))
            if k == 0 and not self.priced:
                raise UsageError(
                    Msg(
                        "budget_below_first_hire" + ("_team" if self.current.typical else ""),
                        budget=money(self.limit),
                        role={"en": want.name, "zh": want.name_zh},
                        cost=money(rate.typical),
                        base=money(self.current.typical),
                        need=money(self.current.typical + rate.typical),
                    )
                )
        if k:
            month = self.placed.setdefault(index, {})
            month[role] = month.get(role, 0) + k
            if rate is not None:
                self.current = self.current + rate.times(k)
                self.priced = True
        if k < n:
            self.leave(_not_hired(want, when, n - k, "budget", cost))


def _not_hired(
    want: Want, month: str, n: int, reason: Literal["budget", "after_horizon"], cost: float | None
) -> NotHired:
    return NotHired.model_construct(
        role=want.role,
        name=want.name,
        name_zh=want.name_zh,
        count=n,
        month=month,
        reason=reason,
        cost=cost,
    )


def plan(
    result: Recommendation,
    catalogue: Catalogue,
    hiring: Hiring,
    pay: PayTable,
    *,
    start: Month,
    horizon: int,
    budget: float | None = None,
    team: TeamParts | None = None,
    team_name: str | None = None,
) -> PlanResult:
    """The plan from `team` (or from nothing) to the recommended department `result`, over
    `horizon` months from `start`, each month's typical cost at most `budget` when given."""
    wants = wants_of(result, catalogue, team)
    by_role = {w.role: w for w in wants}
    unit = rates(pay)
    base = _sum(team.cost.values()) if team is not None else ZERO
    limit = round(budget * 100) if budget is not None else None
    if limit is not None and base.typical > limit:
        raise UsageError(Msg("budget_below_team", budget=money(limit), base=money(base.typical)))
    allotted, left = allot(wants, hiring)
    if team is not None:  # within a phase, the team's greatest need first (file order on ties)
        need = {w.role: round(w.target - w.have, 6) for w in wants}
        allotted = {
            phase: dict(sorted(hires.items(), key=lambda item: -need[item[0]]))
            for phase, hires in allotted.items()
        }
    placing = _Placing(start, horizon, by_role, unit, base, limit)
    for index, hires in sorted(schedule(hiring, allotted).items()):
        for role, n in hires:
            placing.place(index, role, n)
    months, costs = _months(placing, hiring, base, team.headcount if team is not None else 0)
    hired = {
        role: sum(m.get(role, 0) for i, m in placing.placed.items() if i <= horizon)
        for role in by_role
    }
    missing = dict.fromkeys(team.missing if team is not None else [])
    missing |= dict.fromkeys(r for m in placing.placed.values() for r in m if r not in unit)
    outside = outside_roles(result, catalogue, team)
    optional = frozenset(r.role for r in result.roles if r.optional)
    return PlanResult.model_construct(
        start=label(start),
        end=label(month_at(start, horizon)),
        horizon=horizon,
        budget=budget,
        pay=pay_info(pay),
        time_to_hire={family: t.days for family, t in hiring.time_to_hire.items()},
        target=PlanTarget.model_construct(
            size=result.size,
            marketing=result.marketing,
            headcount=sum(w.target for w in wants),
            team=team_name,
            team_headcount=team.headcount if team is not None else 0,
            roles=[
                TargetRole.model_construct(
                    role=w.role,
                    name=w.name,
                    name_zh=w.name_zh,
                    family=w.family,
                    target=w.target,
                    have=round(w.have, 2),
                    gap=w.gap,
                    hired=hired[w.role],
                    **_band(pay, w.role),
                )
                for w in wants
            ],
            end_headcount=months[-1].headcount,
            outside=outside,
        ),
        phases=_phases(hiring, allotted, start),
        months=months,
        totals=PlanTotals.model_construct(
            first_year=_sum(costs[:12]).amount(),
            total=_sum(costs).amount(),
            run_rate=costs[-1].amount(),
            run_rate_yearly=costs[-1].times(12).amount(),
        ),
        not_hired=list(placing.left_out.values()),
        roles_without_pay=list(missing),
        at_least=bool(missing),
        sources=_sources(pay, hiring, [w.role for w in wants], team),
        notes=[
            *_notes(result, wants, placing, months, left, team, list(missing), outside),
            *team_notes(wants, outside, months, team, optional),
            *empty_phases(hiring, allotted, by_role, catalogue, horizon),
        ],
    )


def _sum(items: Iterable[Cents]) -> Cents:
    out = ZERO
    for item in items:
        out = out + item
    return out


def _band(pay: PayTable, role: str) -> dict[str, Any]:
    """A role's band as a target row shows it."""
    band = pay.pay.get(role)
    if band is None:
        return {}
    figures = band.figures()
    amount = (
        Amount.model_construct(low=figures[0], typical=figures[1], high=figures[2])
        if figures
        else None
    )
    return {"pay": amount, "kind": band.kind, "source": band.source}


def _sources(
    pay: PayTable, hiring: Hiring, target: Sequence[str], team: TeamParts | None
) -> list[SourceRef]:
    """The sources of the bands of the target's and the team's roles, of the on-cost rate, of
    the times to hire and of the phases, by title."""
    roles = dict.fromkeys([*target, *(team.cost if team is not None else {})])
    bands = [pay.pay[r].source for r in roles if r in pay.pay and pay.pay[r].kind != "none"]
    cited = [s for s in [pay.on_cost_source, *bands] if s]
    times = [s for t in hiring.time_to_hire.values() if t.basis for s in t.basis.sources]
    phases = [p.source for p in hiring.phases if p.source]
    return source_refs(pay.sources, cited) + source_refs(hiring.sources, [*times, *phases])


def _phase_at(hiring: Hiring) -> dict[int, str]:
    return {m: p.id for p in hiring.phases for m in range(p.months[0], p.months[1] + 1)}


def _months(
    placing: _Placing, hiring: Hiring, base: Cents, headcount: int
) -> tuple[list[PlanMonth], list[Cents]]:
    """Each month's hires, headcount, cost and cost so far."""
    rows, costs = [], []
    phase_at = _phase_at(hiring)
    cost, so_far = base, ZERO
    for index in range(1, placing.horizon + 1):
        month = month_at(placing.start, index)
        hires = []
        for role, k in placing.placed.get(index, {}).items():
            want = placing.wants[role]
            days = hiring.days(want.family)
            hires.append(
                PlanHire.model_construct(
                    role=role,
                    name=want.name,
                    name_zh=want.name_zh,
                    count=k,
                    recruit_from=recruit_from(month, days),
                    days=days,
                )
            )
            headcount += k
            cost = cost + placing.unit.get(role, ZERO).times(k)
        so_far = so_far + cost
        costs.append(cost)
        rows.append(
            PlanMonth.model_construct(
                month=label(month),
                index=index,
                phase=phase_at.get(index),
                hires=hires,
                headcount=headcount,
                cost=cost.amount(),
                cumulative=so_far.amount(),
            )
        )
    return rows, costs


def _phases(
    hiring: Hiring, allotted: Mapping[str, dict[str, int]], start: Month
) -> list[PlanPhase]:
    refs = {
        s.id: s for s in source_refs(hiring.sources, [p.source for p in hiring.phases if p.source])
    }
    return [
        PlanPhase.model_construct(
            id=p.id,
            name=p.name,
            name_zh=p.name_zh,
            first=label(month_at(start, p.months[0])),
            last=label(month_at(start, p.months[1])),
            first_index=p.months[0],
            last_index=p.months[1],
            roles=list(allotted.get(p.id, {})),
            rest=p.rest,
            note=p.note,
            note_zh=p.note_zh,
            source=refs.get(p.source) if p.source else None,
        )
        for p in sorted(hiring.phases, key=lambda p: p.months[0])
    ]


def _notes(
    result: Recommendation,
    wants: Sequence[Want],
    placing: _Placing,
    months: Sequence[PlanMonth],
    left: Sequence[str],
    team: TeamParts | None,
    missing: Sequence[str],
    outside: Sequence[OutsideRole],
) -> list[Note]:
    """What the plan's reader must know, as note codes."""
    notes: list[Note] = []
    if team is not None:
        notes.append(Note(code="plan_from_team", params={"n": team.headcount}))
    gaps = sum(w.gap for w in wants)
    hired = sum(h.count for m in months for h in m.hires)
    if gaps == 0:
        notes.append(Note(code="plan_nothing_to_hire"))
    elif placing.left_out:
        params = {"hired": hired, "gap": gaps, "end": months[-1].month}
        notes.append(Note(code="plan_short", params=params))
    first_day = datetime.date(placing.start[0], placing.start[1], 1).isoformat()
    early = [h for m in months for h in m.hires if h.recruit_from < first_day]
    if early:
        soonest = min(h.recruit_from for h in early)
        params = {"n": sum(h.count for h in early), "start": months[0].month, "day": soonest}
        notes.append(Note(code="plan_recruit_early", params=params))
    optional = [bilingual(r.label, r.label_zh) for r in result.roles if r.optional]
    if optional:
        notes.append(Note(code="plan_optional", params={"roles": optional}))
    names = {w.role: bilingual(w.name, w.name_zh) for w in wants}
    names |= {o.role: bilingual(o.name, o.name_zh) for o in outside}
    if left:
        notes.append(Note(code="plan_leftover", params={"roles": [names[r] for r in left]}))
    if placing.limit is not None and missing:
        unpriced = [names.get(r, bilingual(r, None)) for r in missing]
        notes.append(Note(code="plan_budget_unpriced", params={"roles": unpriced}))
    if team is not None and team.not_costed:
        notes.append(Note(code="cost_not_costed", params={"n": team.not_costed}))
    return notes
