"""A real team against the norms and the workload: per role, per person, single points of
failure, the bus factor and a hiring order. Linear in people x roles (the hiring order:
times the hires, at most MAX_HIRES).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field

from opsplan.core.advice import advise
from opsplan.core.estimate import PERSON_HOURS_MAX
from opsplan.core.matching import lookup_role, role_index, role_names, unknown_role
from opsplan.core.profilecheck import COMPANY_KEYS, not_a_driver, stopped
from opsplan.core.workload import driver_key, driver_values, productive_hours, role_demand
from opsplan.i18n import Msg
from opsplan.models.data import Catalogue, NormRole, NormSet, Role
from opsplan.models.people import Team
from opsplan.models.problems import MAX_FINDINGS, Finding
from opsplan.models.results import Note, Range
from opsplan.models.team import (
    HireStep,
    PersonRole,
    SinglePoint,
    TeamPerson,
    TeamReport,
    TeamRole,
)

OVER, WARN = 1.0, 0.85
MAX_HIRES = 12
EPSILON = 0.005


def check_team(team: Team, catalogue: Catalogue, norms: NormSet) -> list[Finding]:
    """Unknown roles, unknown driver keys and repeated names in a team file."""
    findings = [
        not_a_driver(("company", key), key, norms, "team", COMPANY_KEYS)
        for key in (team.company.model_extra or {})
        if driver_key(norms, key) is None
    ]
    index = role_index(catalogue)
    seen: dict[str, int] = {}
    known: dict[str, bool] = {}
    for i, person in enumerate(team.people):
        if len(findings) >= MAX_FINDINGS:
            findings.append(stopped("team"))
            break
        key = person.name.strip().casefold()
        if key in seen:
            message = Msg("person_twice", name=person.name[:60], first=seen[key])
            findings.append(Finding(kind="team", path=("people", i, "name"), message=message))
        seen.setdefault(key, i)
        if (person.capacity_hours or 0) > PERSON_HOURS_MAX:
            message = Msg("capacity_high", hours=person.capacity_hours, max=PERSON_HOURS_MAX)
            where: tuple[str | int, ...] = ("people", i, "capacity_hours")
            findings.append(Finding(kind="team", path=where, message=message, level="warning"))
        by_key = isinstance(person.roles, dict)
        for j, role in enumerate(person.roles):
            if role not in known:  # each name looked up once
                known[role] = lookup_role(index, role) is not None
            if not known[role]:
                path = ("people", i, "roles", role if by_key else j)
                message = unknown_role(catalogue, role)
                findings.append(Finding(kind="team", path=path, message=message, key=by_key))
    return findings


@dataclass
class _Member:
    name: str
    capacity: float
    outsourced: bool
    vacancy: bool
    hours: dict[str, float] = field(default_factory=dict)  # role id -> hours a week given to it
    outside: float = 0.0  # hours a week outside the department (shares adding up to under 1)


@dataclass
class _Group:
    """A row of the report: a norm entry (a role and the roles it covers), or a staffed role
    the norm does not list."""

    role: Role
    ids: list[str]
    entry: NormRole | None


@dataclass
class _State:
    """Per-role aggregates: the hours staffed to each role and who gives them."""

    members: list[_Member]
    demand: dict[str, float]
    staffed: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    who: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, index: int) -> None:
        """Count member `index` in the roles they cover (a vacancy covers nothing yet)."""
        member = self.members[index]
        if member.vacancy:
            return
        for role, hours in member.hours.items():
            self.staffed[role] += hours
            self.who[role].append(index)

    def parts(self, member: _Member) -> dict[str, float]:
        """A member's hours of each role's demand: split by the hours each person gives it."""
        return {
            role: self.demand.get(role, 0.0) * given / self.staffed[role]
            for role, given in member.hours.items()
            if self.staffed.get(role)
        }

    def load(self, member: _Member) -> float:
        """A member's hours of demand (and of work outside the department) against their week."""
        return (sum(self.parts(member).values()) + member.outside) / member.capacity

    def coverers(self, ids: list[str]) -> set[int]:
        """The members who cover any of the roles `ids`."""
        return {i for rid in ids for i in self.who.get(rid, [])}

    def covered(self, ids: list[str]) -> bool:
        """Whether anyone covers one of the roles `ids`."""
        return any(self.who.get(rid) for rid in ids)

    def fte(self, ids: list[str], capacity: float) -> float:
        """The FTE staffed to the roles `ids` (hours given over a full week)."""
        return sum(self.staffed.get(r, 0.0) for r in ids) / capacity


class _Worst:
    """The most loaded active member as hires change the loads: a heap of (-load, index, step),
    checked lazily. A hire only lowers the loads of those who cover its role, so an entry older
    than a hire in one of its member's roles is recomputed when it comes to the top; ties go to
    the first member, as the team lists them."""

    def __init__(self, state: _State, loads: dict[int, float]) -> None:
        self.state, self.step = state, 0
        self.hired: dict[str, int] = {}  # role -> the step of its last hire
        self.heap = [(-load, i, 0) for i, load in loads.items()]
        heapq.heapify(self.heap)

    def add(self, index: int, role: str) -> None:
        """Member `index` was hired into `role` (and counted in the state)."""
        self.step += 1
        self.hired[role] = self.step
        heapq.heappush(self.heap, (-self.state.load(self.state.members[index]), index, self.step))

    def top(self) -> tuple[_Member | None, float]:
        """The most loaded member and their load; (None, 0) for nobody."""
        members, hired = self.state.members, self.hired
        while self.heap:
            _, i, step = self.heap[0]
            if any(hired.get(role, 0) > step for role in members[i].hours):
                heapq.heapreplace(self.heap, (-self.state.load(members[i]), i, self.step))
                continue
            return members[i], -self.heap[0][0]
        return None, 0.0


def _members(team: Team, catalogue: Catalogue, capacity: float) -> list[_Member]:
    index = role_index(catalogue)
    found: dict[str, Role | None] = {}  # a big team repeats its roles: look each up once
    members = []
    for person in team.people:
        cap = person.capacity_hours or capacity
        member = _Member(person.name, cap, person.outsourced, person.vacancy)
        shares = person.shares()
        for role, share in shares.items():
            if role not in found:
                found[role] = lookup_role(index, role)
            known = found[role]
            if known is not None:
                member.hours[known.id] = member.hours.get(known.id, 0.0) + share * cap
        member.outside = max(1 - sum(shares.values()), 0.0) * cap
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
    groups = [_Group(by_id[e.role], [e.role, *e.covers], e) for e in entries]
    groups += [_Group(by_id[r], [r], None) for r in sorted(staffed_roles - in_entries)]
    required = [g for g in groups if g.entry is not None and not g.entry.optional]
    active = [m for m in members if not m.vacancy]
    planned: dict[str, float] = defaultdict(float)  # the hours open positions will give
    for m in members:
        if m.vacancy:
            for role, hours in m.hours.items():
                planned[role] += hours
    rows = [_role_row(g, state, norms, planned) for g in groups]
    loads: dict[int, float] = {}  # each active member's load, for the hiring order
    seen: dict[tuple[str, float, float], PersonRole] = {}
    people = [_person_row(m, state, loads, i, seen) for i, m in enumerate(members)]
    points = _single_points(groups, state)
    bus_factor = min((len(state.coverers(g.ids)) for g in required), default=0)
    advice = advise(rows, people, points, by_id)  # before the hiring order adds its hires
    return TeamReport(
        name=team.name,
        size=company.size,
        marketing=company.marketing,
        headcount=len(active),
        vacancies=len(members) - len(active),
        staffed_fte=round(sum(m.capacity for m in active) / norms.capacity_hours, 2),
        norm=Range(
            min=sum(g.entry.min for g in required if g.entry),
            max=sum(g.entry.max for g in required if g.entry),
        ),
        roles=rows,
        people=people,
        single_points_of_failure=points,
        bus_factor=bus_factor,
        advice=advice,
        hiring_order=_hiring(required, state, len(active), loads, norms.capacity_hours, by_id),
        notes=_notes(norms, norm is not None, len(members) > len(active), members),
        role_names=role_names(by_id, [*(g.role.id for g in groups), *sorted(staffed_roles)]),
    )


def _status(staffed: float, entry: NormRole | None) -> str:
    if entry is None:
        return "not_in_norm"
    if staffed < EPSILON:
        return "optional" if entry.optional else "missing"
    if staffed < entry.min - EPSILON:
        return "under"
    return "over" if staffed > entry.max + EPSILON else "in_range"


def _role_row(
    group: _Group, state: _State, norms: NormSet, open_hours: dict[str, float]
) -> TeamRole:
    entry, role, cap = group.entry, group.role, norms.capacity_hours
    staffed = state.fte(group.ids, cap)
    planned = sum(open_hours.get(r, 0.0) for r in group.ids)
    demand = sum(state.demand.get(r, 0.0) for r in group.ids)
    label = entry.label if entry is not None and entry.label else None
    return TeamRole(
        role=role.id,
        name=label or role.name,
        name_zh=(entry.label_zh or label) if entry is not None and label else role.name_zh,
        covers=group.ids[1:],
        min=entry.min if entry else 0,
        max=entry.max if entry else 0,
        in_norm=entry is not None,
        optional=bool(entry and entry.optional),
        staffed_fte=round(staffed, 2),
        planned_fte=round(planned / cap, 2),
        demand_hours=round(demand, 1),
        demand_fte=round(demand / productive_hours(norms), 2),
        gap_fte=round(staffed - demand / productive_hours(norms), 2),
        status=_status(staffed, entry),
        covered_by=[state.members[i].name for i in sorted(state.coverers(group.ids))],
    )


def _person_row(
    member: _Member,
    state: _State,
    loads: dict[int, float],
    index: int,
    seen: dict[tuple[str, float, float], PersonRole],
) -> TeamPerson:
    """A member's row; an active member's load goes into `loads`. A team of 50,000 people
    repeats its (role, share, hours) parts: each is made once (`seen`; the models are frozen)."""
    parts: dict[str, float] = {} if member.vacancy else state.parts(member)
    total = sum(parts.values())
    load = (total + member.outside) / member.capacity
    if not member.vacancy:
        loads[index] = load
    roles = []
    for r, h in member.hours.items():
        key = (r, round(h / member.capacity, 3), round(parts.get(r, 0.0), 1))
        part = seen.get(key)
        if part is None:
            part = seen[key] = PersonRole(role=r, share=key[1], hours=key[2])
        roles.append(part)
    return TeamPerson(
        name=member.name,
        capacity_hours=member.capacity,
        outsourced=member.outsourced,
        vacancy=member.vacancy,
        roles=roles,
        outside_share=round(member.outside / member.capacity, 3),
        hours=round(total, 1),
        load=round(load, 3),
        flag="over" if load > OVER + 1e-9 else "warn" if load > WARN + 1e-9 else None,
    )


def _single_points(groups: list[_Group], state: _State) -> list[SinglePoint]:
    points: list[SinglePoint] = []
    sole: dict[int, list[str]] = defaultdict(list)
    for group in groups:
        who = state.coverers(group.ids)
        role = group.role
        names = {"role": role.id, "name": role.name, "name_zh": role.name_zh}
        if len(who) == 1:
            only = next(iter(who))
            person = state.members[only].name
            points.append(SinglePoint(kind="one_person", person=person, **names))
            sole[only].append(role.id)
        if who and all(state.members[i].outsourced for i in who):
            points.append(SinglePoint(kind="outsiders_only", **names))
    points += [
        SinglePoint(kind="sole_cover", person=state.members[i].name, roles=rids)
        for i, rids in sole.items()
    ]
    return points


def _hiring(
    required: list[_Group],
    state: _State,
    headcount: int,
    loads: dict[int, float],
    capacity: float,
    by_id: dict[str, Role],
) -> list[HireStep]:
    """Greedy: missing roles first, then under-norm roles, then the most overloaded person's
    heaviest role; each hire a full-time person in one role, until none of these is left."""
    steps: list[HireStep] = []
    worst = _Worst(state, loads)
    for _ in range(MAX_HIRES):
        pick, reason, works = _next_hire(required, state, worst.top(), capacity, by_id)
        if pick is None:
            break
        # named as the norm's row names it (SEO, which covers SEM in a small company), working
        # where the need is (the SEM hours of the person it relieves)
        hire = _Member(f"+{pick.id}", capacity, False, False, {works: capacity})
        state.members.append(hire)
        state.add(len(state.members) - 1)
        worst.add(len(state.members) - 1, works)
        headcount += 1
        steps.append(
            HireStep(
                role=pick.id,
                name=pick.name,
                name_zh=pick.name_zh,
                reason=reason,
                headcount=headcount,
                worst_load=round(worst.top()[1], 3),
                uncovered=[g.role.id for g in required if not state.covered(g.ids)],
            )
        )
    return steps


def _next_hire(
    required: list[_Group],
    state: _State,
    worst: tuple[_Member | None, float],
    capacity: float,
    by_id: dict[str, Role],
) -> tuple[Role | None, str, str]:
    """The role to hire for, why, and the role the hire's hours go to."""
    missing = [g for g in required if not state.covered(g.ids)]
    if missing:
        group = max(missing, key=lambda g: sum(state.demand.get(r, 0.0) for r in g.ids))
        return group.role, "missing", group.role.id
    under = [
        (g.entry.min - fte, n)
        for n, g in enumerate(required)
        if g.entry is not None and (fte := state.fte(g.ids, capacity)) < g.entry.min - EPSILON
    ]
    if under:
        role = required[max(under)[1]].role
        return role, "under", role.id
    member, load = worst
    if member is None or load <= OVER + 1e-9:
        return None, "", ""
    parts = state.parts(member)
    heaviest = max(parts, key=lambda r: parts[r])
    holder = next((g for g in required if heaviest in g.ids), None)
    return (holder.role if holder else by_id[heaviest]), "overloaded", heaviest


def _notes(norms: NormSet, has_norm: bool, vacancies: bool, members: list[_Member]) -> list[Note]:
    notes = [
        Note(code="team_demand", params={"hours": productive_hours(norms)}),
        Note(code="team_loads", params={"over": round(OVER * 100), "warn": round(WARN * 100)}),
    ]
    long_weeks = [m for m in members if m.capacity > PERSON_HOURS_MAX]
    for m in long_weeks[:3]:
        notes.append(
            Note(code="capacity_high_person", params={"name": m.name, "hours": m.capacity})
        )
    if len(long_weeks) > 3:
        notes.append(Note(code="capacity_high_more", params={"n": len(long_weeks) - 3}))
    if vacancies:
        notes.append(Note(code="team_vacancies"))
    if any(m.outside > EPSILON for m in members):
        notes.append(Note(code="team_outside"))
    if not has_norm:
        notes.append(Note(code="no_norm"))
    return notes
