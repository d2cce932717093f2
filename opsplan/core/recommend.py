"""Recommended headcount per role: the workload model, clamped to the norm's range."""

from __future__ import annotations

import math
from collections.abc import Mapping

from opsplan.core.workload import driver_values, productive_hours, role_demand
from opsplan.errors import UsageError
from opsplan.models import (
    Catalogue,
    NormRole,
    NormSet,
    Recommendation,
    RecommendTotal,
    Role,
    RoleRecommendation,
    Size,
)


def recommend(
    catalogue: Catalogue,
    norms: NormSet,
    size: Size,
    marketing: bool,
    overrides: Mapping[str, float] | None = None,
    fte: bool = False,
) -> Recommendation:
    """Recommend a headcount for every role of the norm for `size` and `marketing`.

    Whole people: ceil(demand / productive hours), clamped to the norm's [min, max].
    With `fte`: the fractional FTE the demand implies (rounded to 0.1), not clamped.
    """
    norm = norms.norm(size, marketing)
    if norm is None:
        focus = "marketing" if marketing else "non-marketing"
        raise UsageError(f"the norms file has no norm for a {size} {focus} department")
    drivers = driver_values(norms, size, overrides or {})
    per_person = productive_hours(norms)
    roles = catalogue.by_id()
    rows = [
        _row(entry, roles, drivers, per_person, norms.capacity_hours, fte) for entry in norm.roles
    ]
    notes = list(norm.notes)
    for row in rows:
        if row.outside:
            notes.append(_outside_note(row))
        if row.note:
            notes.append(f"{row.label}: {row.note}")
    notes.append(
        f"One person = {norms.capacity_hours:g} h/week x {norms.utilization:.0%} productive"
        f" = {per_person:g} h of role work. Source: {norm.source}."
    )
    required = [r for r in rows if not r.optional]
    optional = [r for r in rows if r.optional]
    return Recommendation(
        size=size,
        marketing=marketing,
        fte=fte,
        capacity_hours=norms.capacity_hours,
        utilization_target=norms.utilization,
        drivers=drivers,
        roles=rows,
        total=_total(required),
        optional_total=_total(optional) if optional else None,
        notes=notes,
    )


def _row(
    entry: NormRole,
    roles: Mapping[str, Role],
    drivers: Mapping[str, float],
    per_person: float,
    capacity: float,
    fte: bool,
) -> RoleRecommendation:
    role = roles[entry.role]
    covered = [roles[c] for c in entry.covers]
    demand = role_demand(role, drivers) + sum(role_demand(c, drivers) for c in covered)
    implied = demand / per_person
    whole = max(math.ceil(round(implied, 9)), 0)
    outside = "below" if whole < entry.min else "above" if whole > entry.max else None
    clamped = min(max(whole, entry.min), entry.max)
    recommended: int | float = round(implied, 1) if fte else clamped
    per_head = demand / recommended if recommended > 0 else 0.0
    label = entry.label or (" + ".join([role.name, *(c.name for c in covered)]))
    return RoleRecommendation(
        role=role.id,
        name=role.name,
        name_zh=role.name_zh,
        label=label,
        min=entry.min,
        max=entry.max,
        recommended=recommended,
        implied=round(implied, 2),
        demand_hours=round(demand, 1),
        hours_per_person=round(per_head, 1),
        utilization=round(per_head / capacity, 3),
        covers=list(entry.covers),
        optional=entry.optional,
        outside=outside,
        note=entry.note,
    )


def _outside_note(row: RoleRecommendation) -> str:
    implied = f"{row.implied:g} FTE" if row.recommended % 1 else f"{math.ceil(row.implied - 1e-9)}"
    bound = (
        f"the norm's max is {row.max}" if row.outside == "above" else f"the norm's min is {row.min}"
    )
    return f"{row.label}: the drivers imply {implied}; {bound}."


def _number(value: float) -> int | float:
    """Whole numbers as int (5, not 5.0), others rounded to 0.1."""
    return int(value) if float(value).is_integer() else round(value, 1)


def _total(rows: list[RoleRecommendation]) -> RecommendTotal:
    return RecommendTotal(
        min=sum(r.min for r in rows),
        max=sum(r.max for r in rows),
        recommended=_number(sum(r.recommended for r in rows)),
    )
