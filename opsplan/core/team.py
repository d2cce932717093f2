"""A real team against the norms and the workload: per role, per person, single points of
failure, the bus factor and a hiring order. Linear in people x roles (hiring: x steps).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from opsplan.core.matching import lookup_role, role_index, unknown_role
from opsplan.core.workload import driver_values, productive_hours, role_demand
from opsplan.i18n import Msg
from opsplan.models import (
    Catalogue,
    Finding,
    HireStep,
    NormSet,
    Note,
    PersonRole,
    Range,
    SinglePoint,
    Team,
    TeamPerson,
    TeamReport,
    TeamRole,
)

OVER, WARN = 1.0, 0.85
MAX_HIRES = 12


def check_team(team: Team, catalogue: Catalogue, norms: NormSet) -> list[Finding]:
    """Unknown roles, unknown driver keys and repeated names in a team file."""
    from opsplan.core.overload import _not_a_driver

    findings = [
        _not_a_driver(("company", key), key, norms)
        for key in (team.company.model_extra or {})
        if key not in norms.drivers
    ]
    for f in findings:
        object.__setattr__(f, "kind", "team")
    index = role_index(catalogue)
    seen: dict[str, int] = {}
    for i, person in enumerate(team.people):
        key = person.name.strip().casefold()
        if key in seen:
            message = Msg("person_twice", name=person.name[:60], first=seen[key])
            findings.append(Finding(kind="team", path=("people", i, "name"), message=message))
        seen.setdefault(key, i)
        for j, role in enumerate(person.roles):
            if lookup_role(index, role) is None:
                path = ("people", i, "roles", j if isinstance(person.roles, list) else role)
                message = unknown_role(catalogue, role)
                findings.append(
                    Finding(kind="team", path=path, message=message, key=isinstance(person.roles, dict))
                )
    return findings


@dataclass
class _Member:
    name: str
    capacity: float
    outsourced: bool
    vacancy: bool
    hours: dict[str, float] = field(default_factory=dict)  # role id -> hours a week given to it


@dataclass
class _State:
    """Per-role aggregates: the hours staffed to each role and who gives them."""

    members: list[_Member]
    demand: dict[str, float]
    staffed: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    who: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, index: int) -> None:
        member = self.members[index]
        if member.vacancy:
            return
        for role, hours in member.hours.items():
            self.staffed[role] += hours
            self.who[role].append(index)

    def load(self, member: _Member) -> tuple[float, dict[str, float]]:
        """A member's hours of demand per role (their part of each role's demand) and load."""
        parts = {
            role: self.demand.get(role, 0.0) * given / self.staffed[role]
            for role, given in member.hours.items()
            if self.staffed.get(role)
        }
        return sum(parts.values()) / member.capacity, parts


def _members(team: Team, catalogue: Catalogue, capacity: float) -> list[_Member]:
    index = role_index(catalogue)
    members = []
    for person in team.people:
        cap = person.capacity_hours or capacity
        member = _Member(person.name, cap, person.outsourced, person.vacancy)
        for role, share in person.shares().items():
            found = lookup_role(index, role)
            if found is not None:
                member.hours[found.id] = member.hours.get(found.id, 0.0) + share * cap
        members.append(member)
    return members


def analyse(team: Team, catalogue: Catalogue, norms: NormSet) -> TeamReport:
    """The team report. Call check_team first: unknown roles are skipped here."""
    company = team.company
    drivers = driver_values(norms, company.size, company.model_extra or {})
    norm = norms.norm(company.size, company.marketing)
    entries = list(norm.roles) if norm else []
    by_id = catalogue.by_id()
    members = _members(team, catalogue, norms.capacity_hours)
    staffed_roles = {r for m in members for r in m.hours}
    in_entries = {r for e in entries for r in (e.role, *e.covers)}
    demand = {rid: role_demand(by_id[rid], drivers) for rid in staffed_roles | in_entries}
    state = _State(members, demand)
    for i in range(len(members)):
        state.add(i)
    groups = [(e.role, [e.role, *e.covers], e) for e in entries]
    groups += [(rid, [rid], None) for rid in sorted(staffed_roles - in_entries)]
    per_fte = productive_hours(norms)
    roles = [_role_row(rid, ids, entry, state, by_id, norms, per_fte) for rid, ids, entry in groups]
    people = [_person_row(m, state) for m in members]
    required = [(rid, ids) for rid, ids, e in groups if e is not None and not e.optional]
    return TeamReport(
        name=team.name,
        size=company.size,
        marketing=company.marketing,
        headcount=sum(1 for m in members if not m.vacancy),
        vacancies=sum(1 for m in members if m.vacancy),
        staffed_fte=round(sum(m.capacity for m in members if not m.vacancy) / norms.capacity_hours, 2),
        norm=Range(
            min=sum(e.min for e in entries if not e.optional),
            max=sum(e.max for e in entries if not e.optional),
        ),
        roles=roles,
        people=people,
        single_points_of_failure=_single_points(groups, state, by_id),
        bus_factor=min((len(_coverers(ids, state)) for _, ids in required), default=0),
        hiring_order=_hiring(groups, state, by_id, norms, members),
        notes=_notes(norms, norm is not None, members),
    )


def _coverers(ids: list[str], state: _State) -> set[int]:
    return {i for rid in ids for i in state.who.get(rid, [])}


def _status(staffed: float, entry: object, optional: bool) -> str:
    if entry is None:
        return "not_in_norm"
    if staffed < 0.005:
        return "optional" if optional else "missing"
    low, high = entry.min, entry.max  # type: ignore[attr-defined]
    return "under" if staffed < low - 0.005 else "over" if staffed > high + 0.005 else "in_range"


def _role_row(rid, ids, entry, state, by_id, norms, per_fte) -> TeamRole:  # type: ignore[no-untyped-def]
    role = by_id[rid]
    cap = norms.capacity_hours
    staffed = sum(state.staffed.get(r, 0.0) for r in ids) / cap
    planned = sum(m.hours.get(r, 0.0) for m in state.members if m.vacancy for r in ids) / cap
    demand = sum(state.demand.get(r, 0.0) for r in ids)
    label = entry.label if entry is not None and entry.label else role.name
    label_zh = (entry.label_zh or entry.label) if entry is not None and entry.label else role.name_zh
    return TeamRole(
        role=rid,
        name=label,
        name_zh=label_zh,
        covers=ids[1:],
        min=entry.min if entry else 0,
        max=entry.max if entry else 0,
        in_norm=entry is not None,
        optional=bool(entry and entry.optional),
        staffed_fte=round(staffed, 2),
        planned_fte=round(planned, 2),
        demand_hours=round(demand, 1),
        demand_fte=round(demand / per_fte, 2),
        status=_status(staffed, entry, bool(entry and entry.optional)),  # type: ignore[arg-type]
        covered_by=[state.members[i].name for i in sorted(_coverers(ids, state))],
    )


def _person_row(member: _Member, state: _State) -> TeamPerson:
    total_given = sum(member.hours.values()) or 1.0
    if member.vacancy:
        load, parts = 0.0, {}
    else:
        load, parts = state.load(member)
    flag = "over" if load > OVER + 1e-9 else "warn" if load > WARN + 1e-9 else None
    return TeamPerson(
        name=member.name,
        capacity_hours=member.capacity,
        outsourced=member.outsourced,
        vacancy=member.vacancy,
        roles=[
            PersonRole(role=r, share=round(h / total_given, 3), hours=round(parts.get(r, 0.0), 1))
            for r, h in member.hours.items()
        ],
        hours=round(sum(parts.values()), 1),
        load=round(load, 3),
        flag=flag,  # type: ignore[arg-type]
    )


def _single_points(groups, state, by_id) -> list[SinglePoint]:  # type: ignore[no-untyped-def]
    points: list[SinglePoint] = []
    sole: dict[int, list[str]] = defaultdict(list)
    for rid, ids, _entry in groups:
        who = _coverers(ids, state)
        role = by_id[rid]
        if len(who) == 1:
            points.append(SinglePoint(kind="one_person", role=rid, name=role.name, name_zh=role.name_zh, person=state.members[next(iter(who))].name))
            sole[next(iter(who))].append(rid)
        if who and all(state.members[i].outsourced for i in who):
            points.append(SinglePoint(kind="outsiders_only", role=rid, name=role.name, name_zh=role.name_zh))
    for index, rids in sole.items():
        points.append(SinglePoint(kind="sole_cover", person=state.members[index].name, roles=rids))
    return points


def _hiring(groups, state, by_id, norms, members) -> list[HireStep]:  # type: ignore[no-untyped-def]
    """Greedy: missing roles first, then under-norm roles, then the most overloaded person's
    heaviest role; each hire a full-time person in one role, until none of these is left."""
    cap = norms.capacity_hours
    steps: list[HireStep] = []
    required = [(rid, ids, e) for rid, ids, e in groups if e is not None and not e.optional]
    active = [m for m in members if not m.vacancy]
    for _ in range(MAX_HIRES):
        pick, reason = _next_hire(required, state, active, cap)
        if pick is None:
            break
        hire = _Member(f"+{pick}", cap, False, False, {pick: cap})
        state.members.append(hire)
        active.append(hire)
        state.add(len(state.members) - 1)
        worst = max((state.load(m)[0] for m in active), default=0.0)
        uncovered = [rid for rid, ids, _ in required if not _coverers(ids, state)]
        role = by_id[pick]
        steps.append(
            HireStep(
                role=pick,
                name=role.name,
                name_zh=role.name_zh,
                reason=reason,  # type: ignore[arg-type]
                headcount=len(active),
                worst_load=round(worst, 3),
                uncovered=uncovered,
            )
        )
    return steps


def _next_hire(required, state, active, cap) -> tuple[str | None, str]:  # type: ignore[no-untyped-def]
    missing = [(state.demand.get(rid, 0.0), rid) for rid, ids, _ in required if not _coverers(ids, state)]
    if missing:
        return max(missing)[1], "missing"
    under = [
        (e.min - sum(state.staffed.get(r, 0.0) for r in ids) / cap, rid)
        for rid, ids, e in required
        if sum(state.staffed.get(r, 0.0) for r in ids) / cap < e.min - 0.005
    ]
    if under:
        return max(under)[1], "under"
    worst, worst_member = 0.0, None
    for m in active:
        load = state.load(m)[0]
        if load > worst:
            worst, worst_member = load, m
    if worst_member is None or worst <= OVER + 1e-9:
        return None, ""
    parts = state.load(worst_member)[1]
    return max(parts, key=lambda r: parts[r]), "overloaded"


def _notes(norms: NormSet, has_norm: bool, members: list[_Member]) -> list[Note]:
    notes = [
        Note(code="team_demand", params={"hours": productive_hours(norms)}),
        Note(code="team_loads", params={"over": round(OVER * 100), "warn": round(WARN * 100)}),
    ]
    if any(m.vacancy for m in members):
        notes.append(Note(code="team_vacancies"))
    if not has_norm:
        notes.append(Note(code="no_norm"))
    return notes
