"""The plan's notes on a team and on its phases: why the end headcount is not the target
(the team's people outside the norm, roles staffed above the target, gaps of part of a person
hired as whole people), that each phase hires the team's greatest need first, and why a phase
hires nobody. Numbers are tenths as shown, and a total is its parts as shown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from opsplan.core.cost import TeamParts
from opsplan.core.phases import Want
from opsplan.core.recommend import bilingual
from opsplan.core.rounding import shown_sum, tenths
from opsplan.models.data import Catalogue
from opsplan.models.hiring import Hiring
from opsplan.models.plan import OutsideRole, PlanMonth
from opsplan.models.recommend import Recommendation
from opsplan.models.results import Note


def outside_roles(
    result: Recommendation, catalogue: Catalogue, team: TeamParts | None
) -> list[OutsideRole]:
    """The team's roles that no role of the target covers (people outside the norm)."""
    if team is None:
        return []
    covered = {r for row in result.roles if not row.optional for r in (row.role, *row.covers)}
    by_id = catalogue.by_id()
    return [
        OutsideRole.model_construct(
            role=role, name=by_id[role].name, name_zh=by_id[role].name_zh, have=round(fte, 2)
        )
        for role, fte in team.fte.items()
        if role not in covered and fte > 0 and role in by_id
    ]


def team_notes(
    wants: Sequence[Want],
    outside: Sequence[OutsideRole],
    months: Sequence[PlanMonth],
    team: TeamParts | None,
    optional: frozenset[str] = frozenset(),
) -> list[Note]:
    """Why the end headcount is not the target: the team's people outside the norm (or in
    its `optional` roles, which the plan leaves out too), the
    roles it staffs above the target, and gaps of part of a person hired as whole people;
    and that each phase hires the team's greatest need first. Every number is in tenths as
    shown, and each total is its parts as shown."""
    if team is None:
        return []
    notes: list[Note] = []
    hired = sum(h.count for m in months for h in m.hires)
    if hired:
        notes.append(Note(code="plan_team_order"))
    if outside:
        parts = [_part("plan_fte_part", o.name, o.name_zh, fte=tenths(o.have)) for o in outside]
        fte = shown_sum(o.have for o in outside)
        code = (
            "plan_outside_target" if {o.role for o in outside} & optional else "plan_outside_norm"
        )
        notes.append(Note(code=code, params={"roles": parts, "fte": fte}))
    above = [w for w in wants if w.have - w.target >= 0.5 - 1e-9]
    if above:
        parts = [
            _part("plan_above_part", w.name, w.name_zh, fte=tenths(w.have), target=w.target)
            for w in above
        ]
        notes.append(Note(code="plan_above_target", params={"roles": parts}))
    # a gap whose FTE as shown is not the people hired for it (0.4 short, 1 hired)
    partial = [w for w in wants if w.gap and tenths(w.target - w.have) != w.gap]
    if partial:
        parts = [
            _part("plan_gap_part", w.name, w.name_zh, fte=tenths(w.target - w.have), n=w.gap)
            for w in partial
        ]
        params = {
            "roles": parts,
            "fte": shown_sum(w.target - w.have for w in partial),
            "n": sum(w.gap for w in partial),
        }
        notes.append(Note(code="plan_whole_hires", params=params))
    return notes


def _part(code: str, name: str, name_zh: str, **params: object) -> dict[str, object]:
    """A role's part of a note, as a message in data (it stays one in JSON)."""
    return {"code": code, "params": {"role": bilingual(name, name_zh), **params}}


def empty_phases(
    hiring: Hiring,
    allotted: Mapping[str, dict[str, int]],
    wants: Mapping[str, Want],
    catalogue: Catalogue,
    horizon: int,
) -> list[Note]:
    """Why a phase within the plan hires nobody: the department has none of its roles (a
    small department without a technician has no one to hire while the platform is built),
    or the team already has the people they need (without a team, a phase with a role of the
    target always hires). A `rest` phase that finds nothing left says so in the phases table.
    The hiring data's roles are the catalogue's (checked when it is loaded)."""
    by_id = catalogue.by_id()
    notes: list[Note] = []
    for phase in sorted(hiring.phases, key=lambda p: p.months[0]):
        if phase.rest or allotted.get(phase.id) or phase.months[0] > horizon:
            continue
        ids = [e.role for e in phase.roles]
        staffed = [r for r in ids if r in wants]
        names = [bilingual(by_id[r].name, by_id[r].name_zh) for r in (staffed or ids)]
        params = {"phase": bilingual(phase.name, phase.name_zh), "roles": names}
        code = "plan_phase_staffed" if staffed else "plan_phase_no_roles"
        notes.append(Note(code=code, params=params))
    return notes
