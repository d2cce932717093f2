"""Recommended headcount per role: the workload model, clamped to the norm's range."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Literal

from opsplan.core.basis import BASIS_ORDER, basis_note
from opsplan.core.rounding import shown_sum, tenths
from opsplan.core.workload import Drivers, demand_by_basis, driver_values, productive_hours
from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.models.data import Catalogue, NormRole, NormSet, Role, Size
from opsplan.models.recommend import Recommendation, RecommendTotal, RoleRecommendation, SharedRoles
from opsplan.models.results import Note

Outside = Literal["below", "above"] | None  # a row or total outside the norm's range


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
        raise UsageError(Msg("no_norm_for", size=Msg(f"size_{size}"), focus=_focus(marketing)))
    drivers = driver_values(norms, size, overrides or {})
    roles = catalogue.by_id()
    rows = [_row(entry, roles, drivers, norms, fte) for entry in norm.roles]
    notes = [
        Note(code="data_note", params={"text": bilingual(en, zh)})
        for en, zh in zip(norm.notes, [*norm.notes_zh, *[None] * len(norm.notes)], strict=False)
    ]
    for row, entry in zip(rows, norm.roles, strict=False):
        if row.outside:
            notes.append(_outside_note(row, fte))
        if entry.note:
            label = bilingual(row.label, row.label_zh)
            text = bilingual(entry.note, entry.note_zh)
            notes.append(Note(code="role_note", params={"role": label, "text": text}))
    required = [r for r in rows if not r.optional]
    basis = {k: sum(r.basis.get(k, 0.0) for r in required) for k in BASIS_ORDER}
    shares = basis_note(basis)
    if shares is not None:
        notes.append(shares)
    total = _total(required)
    shared = share_roles(required, catalogue)
    shared_headcount = None
    if shared:
        people = sum(_people(r) for r in required)
        by_id = {r.role: r for r in required}
        shared_headcount = people - sum(sum(_people(by_id[i]) for i in g.roles) - 1 for g in shared)
        notes += _shared_notes(shared, by_id, people, shared_headcount, total.min, catalogue)
    notes.append(per_person_note(norms, norm.source, norm.section))
    optional = [r for r in rows if r.optional]
    # built from checked data without validation, as overload's report (no validator to build:
    # about 1.5 ms of each command that recommends); floats made floats, as validating would
    return Recommendation.model_construct(
        size=size,
        marketing=marketing,
        fte=fte,
        capacity_hours=float(norms.capacity_hours),
        utilization_target=float(norms.utilization),
        drivers={k: float(v) for k, v in drivers.values.items()},
        basis={k: float(round(v, 2)) for k, v in basis.items() if v},
        roles=rows,
        total=total,
        optional_total=_total(optional) if optional else None,
        notes=notes,
        shared=shared,
        shared_headcount=shared_headcount,
    )


HALF = 0.5  # a role that needs under half a person can share one (seed: small companies do)
SHARED_SOURCE = "internet-ops-functions"  # "small companies rarely separate these roles"


def share_roles(rows: list[RoleRecommendation], catalogue: Catalogue) -> list[SharedRoles]:
    """Roles that each need under half a person, packed into as few people as hold them (at
    most one FTE each; the largest first, each into a person of its own family if one has room,
    else the fullest that has room): the groups of two roles or more."""
    small = sorted(
        (r for r in rows if 0 < r.implied_raw < HALF), key=lambda r: (-r.implied_raw, r.role)
    )
    families = {r.id: r.family for r in catalogue.roles}
    people: list[list[RoleRecommendation]] = []
    for row in small:
        room = [p for p in people if sum(r.implied_raw for r in p) + row.implied_raw <= 1 + 1e-9]
        same = [p for p in room if any(families.get(r.role) == families.get(row.role) for r in p)]
        chosen = max(same or room, key=lambda p: sum(r.implied_raw for r in p), default=None)
        if chosen is None:
            people.append([row])
        else:
            chosen.append(row)
    return [
        SharedRoles(roles=[r.role for r in p], fte=round(sum(r.implied_raw for r in p), 2))
        for p in people
        if len(p) > 1
    ]


def _people(row: RoleRecommendation) -> int:
    """The whole people the norm gives a role (its recommendation, also under --fte)."""
    return min(max(whole_people(row.implied_raw), row.min), row.max)


def _shared_notes(
    shared: list[SharedRoles],
    rows: Mapping[str, RoleRecommendation],
    people: int,
    headcount: int,
    norm_min: int,
    catalogue: Catalogue,
) -> list[Note]:
    notes = [
        Note(
            code="shared_roles",
            params={
                "roles": [  # each a message as data: it stays one in JSON
                    {
                        "code": "shared_role",
                        "params": {
                            "role": bilingual(rows[i].label, rows[i].label_zh),
                            "fte": tenths(rows[i].implied_raw),
                        },
                    }
                    for i in group.roles
                ],
                # the parts as shown add up to it (0.4 + 0.2 FTE: 0.6, not 0.68 as 0.7)
                "fte": shown_sum(rows[i].implied_raw for i in group.roles),
            },
        )
        for group in shared
    ]
    source = next((s for s in catalogue.sources if s.id == SHARED_SOURCE), None)
    params: dict[str, object] = {"n": headcount, "total": people, "min": norm_min}
    code = "shared_headcount_below" if headcount < norm_min else "shared_headcount"
    if source is not None:
        params["source"] = bilingual(source.title, source.title_zh)
        code += "_cited"
    notes.append(Note(code=code, params=params))
    return notes


def _row(
    entry: NormRole, roles: Mapping[str, Role], drivers: Drivers, norms: NormSet, fte: bool
) -> RoleRecommendation:
    role = roles[entry.role]
    covered = [roles[c] for c in entry.covers]
    split = demand_by_basis([d for r in (role, *covered) for d in r.duties], drivers)
    demand = sum(split.values())
    capacity = norms.capacity_hours
    implied = demand / productive_hours(norms)
    whole = whole_people(implied)
    outside: Outside = "below" if whole < entry.min else "above" if whole > entry.max else None
    clamped = min(max(whole, entry.min), entry.max)
    recommended: int | float = round(implied, 1) if fte else clamped
    # --fte: the hours per person of the unrounded FTE (0.44 FTE is 32 h, not 35 h per 0.4)
    people = implied if fte else recommended
    per_head = demand / people if people > 0 else 0.0
    label = entry.label or (" + ".join([role.name, *(c.name for c in covered)]))
    label_zh = (
        entry.label_zh or entry.label or "+".join([role.name_zh, *(c.name_zh for c in covered)])
    )
    return RoleRecommendation.model_construct(
        role=role.id,
        name=role.name,
        name_zh=role.name_zh,
        label=label,
        label_zh=label_zh,
        min=entry.min,
        max=entry.max,
        recommended=recommended,
        implied=float(round(implied, 2)),
        implied_raw=float(implied),
        demand_hours=float(round(demand, 1)),
        hours_per_person=float(round(per_head, 1)),
        utilization=float(round(per_head / capacity, 3)),
        covers=list(entry.covers),
        optional=entry.optional,
        outside=outside,
        basis={k: float(round(v, 2)) for k, v in split.items() if v},
    )


def _focus(marketing: bool) -> Msg:
    return Msg("focus_marketing" if marketing else "focus_other")


def bilingual(en: str, zh: str | None) -> dict[str, str]:
    """A data-file text with its Chinese wording (English where there is none)."""
    return {"en": en, "zh": zh or en}


def per_person_note(norms: NormSet, source_id: str, section: str | None) -> Note:
    """'One person = 40 h/week x 80% productive = 32 h of role work', with the norm's source."""
    source = norms.source(source_id)
    title = bilingual(source.title, source.title_zh) if source else bilingual(source_id, None)
    params = {
        "capacity": norms.capacity_hours,
        "utilization": round(norms.utilization * 100),
        "hours": productive_hours(norms),
        "source": title,
    }
    if section:
        return Note(code="per_person_section", params={**params, "section": section})
    return Note(code="per_person", params=params)


def whole_people(implied: float) -> int:
    """The whole people an implied FTE needs (2.0000000001 is 2, 2.0005 is 3)."""
    return max(math.ceil(round(implied, 9)), 0)


def _outside_note(row: RoleRecommendation, fte: bool) -> Note:
    # The same rounding as the flag: the whole people the drivers imply (or the FTE).
    implied: float = row.recommended if fte else whole_people(row.implied_raw)
    code = "above_norm" if row.outside == "above" else "below_norm"
    params = {"role": bilingual(row.label, row.label_zh), "implied": implied}
    return Note(code=code, params={**params, "max": row.max, "min": row.min})


def _number(value: float) -> int | float:
    """Whole numbers as int (5, not 5.0), others rounded to 0.1."""
    return int(value) if float(value).is_integer() else round(value, 1)


def _total(rows: list[RoleRecommendation]) -> RecommendTotal:
    low, high = sum(r.min for r in rows), sum(r.max for r in rows)
    total = _number(sum(r.recommended for r in rows))
    outside: Outside = "below" if total < low else "above" if total > high else None
    return RecommendTotal.model_construct(min=low, max=high, recommended=total, outside=outside)
