"""Advice for a real team, from its report's rows (#17 section 6): a backup for each single point
of failure, and work to move from the overloaded to the underloaded who cover the same role.

A backup is someone else who covers a role of the same family and has spare capacity (under the
warning load); a move takes hours of one role's work from a person over 100% to one under 70%
who covers it too, as much as brings the first to 100% without taking the second past the
warning load. Linear in people x roles.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping

from opsplan.models.data import Role
from opsplan.models.team import Advice, SinglePoint, TeamPerson, TeamRole

OVER, WARN, UNDER = 1.0, 0.85, 0.70
MAX_MOVES = 12
MIN_MOVE = 0.5  # hours a week: less is not worth a suggestion


def advise(
    roles: list[TeamRole],
    people: list[TeamPerson],
    points: list[SinglePoint],
    by_id: Mapping[str, Role],
) -> list[Advice]:
    """Backups for the roles one person (or only outsiders) covers, then moves of work."""
    return _backups(roles, people, points, by_id) + _moves(people)


def _family(role: str, by_id: Mapping[str, Role]) -> str | None:
    found = by_id.get(role)
    return found.family if found is not None else None


def _backups(
    roles: list[TeamRole],
    people: list[TeamPerson],
    points: list[SinglePoint],
    by_id: Mapping[str, Role],
) -> list[Advice]:
    # who has time to spare, by the families of the roles they cover (least loaded first)
    families = {rid: role.family for rid, role in by_id.items()}
    spare: dict[str, list[TeamPerson]] = defaultdict(list)
    free = [p for p in people if not p.vacancy and p.load < WARN]
    for person in sorted(free, key=lambda p: p.load):
        for kind in {families.get(r.role) for r in person.roles}:
            if kind is not None:
                spare[kind].append(person)
    rows = {r.role: r for r in roles}
    out: list[Advice] = []
    for point in points:
        if point.kind not in ("one_person", "outsiders_only") or point.role is None:
            continue
        row = rows.get(point.role)
        if row is None:
            continue
        family = _family(point.role, by_id)
        covers = set(row.covered_by)
        inside = point.kind == "outsiders_only"
        found = next(
            (
                p
                for p in spare.get(family or "", [])
                if p.name not in covers and not (inside and p.outsourced)
            ),
            None,
        )
        base = {
            "role": point.role,
            "name": point.name or point.role,
            "name_zh": point.name_zh or point.name or point.role,
            "person": point.person if point.kind == "one_person" else ", ".join(row.covered_by),
            "family": family,
            "outsiders": inside,
        }
        if found is None:
            out.append(Advice(kind="no_backup", **base))
            continue
        same = [r.role for r in found.roles if _family(r.role, by_id) == family]
        out.append(
            Advice(
                kind="backup",
                other=found.name,
                other_roles=same,
                other_load=found.load,
                hours=_half_hours((WARN - found.load) * found.capacity_hours),
                **base,
            )
        )
    return out


def _moves(people: list[TeamPerson]) -> list[Advice]:
    load = {i: p.load for i, p in enumerate(people)}
    light: dict[str, list[int]] = defaultdict(list)  # role -> people under 70% who cover it
    for i, p in enumerate(people):
        if not p.vacancy and p.load < UNDER:
            for r in p.roles:
                light[r.role].append(i)
    out: list[Advice] = []
    heavy = sorted(
        (i for i, p in enumerate(people) if not p.vacancy and p.load > OVER + 1e-9),
        key=lambda i: -people[i].load,
    )
    for i in heavy:
        person = people[i]
        for part in sorted(person.roles, key=lambda r: -r.hours):
            takers = [j for j in light.get(part.role, []) if j != i and load[j] < UNDER]
            if not takers or load[i] <= OVER + 1e-9 or len(out) >= MAX_MOVES:
                continue
            j = min(takers, key=lambda k: load[k])
            other = people[j]
            need = math.ceil((load[i] - OVER) * person.capacity_hours * 2) / 2  # to 100% or less
            room = _half_hours((WARN - load[j]) * other.capacity_hours)
            hours = min(part.hours, need, room)
            if hours < MIN_MOVE:
                continue
            before, other_before = load[i], load[j]
            load[i] -= hours / person.capacity_hours
            load[j] += hours / other.capacity_hours
            out.append(
                Advice(
                    kind="move",
                    role=part.role,
                    person=person.name,
                    person_load=round(before, 3),
                    person_load_after=round(load[i], 3),
                    other=other.name,
                    other_load=round(other_before, 3),
                    other_load_after=round(load[j], 3),
                    hours=hours,
                )
            )
    return out


def _half_hours(hours: float) -> float:
    """Hours a week down to the half hour (advice is not more precise than that); a float a
    hair under a half hour is that half hour (40 x (0.85 - 0.80) is 1.9999999999999973)."""
    return max(math.floor(hours * 2 + 1e-9) / 2, 0.0)
