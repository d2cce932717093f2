"""Two departments side by side: a recommended one (a size and focus) or a real team, per role
(people, or a team's staffed FTE) and in monthly cost.

A team compared with a recommendation counts the roles a norm entry covers in that entry (a
team's SEM specialist in the small department's "SEO and SEM (one person)"), so that the two
sides are read alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from opsplan.core.cost import ZERO, Cents, TeamParts, pay_info, rates, total
from opsplan.models.compare import CompareCost, CompareResult, CompareRole, CompareSide
from opsplan.models.data import Catalogue, Size
from opsplan.models.pay import PayTable
from opsplan.models.recommend import Recommendation
from opsplan.models.results import Note


@dataclass
class Row:
    """A role on one side: its names, people (or FTE) and monthly cost (None: no band)."""

    name: str
    name_zh: str
    people: float
    cost: Cents | None


@dataclass
class Side:
    """One side as compare reads it."""

    kind: str
    label: str
    size: Size
    marketing: bool
    headcount: float
    rows: dict[str, Row]
    covers: dict[str, str] = field(default_factory=dict)  # a covered role -> its entry's role
    team: str | None = None
    missing: list[str] = field(default_factory=list)
    parts: TeamParts | None = None


def profile_side(label: str, result: Recommendation, pay: PayTable) -> Side:
    """The recommended department (its required roles) as a side."""
    unit = rates(pay)
    rows: dict[str, Row] = {}
    covers: dict[str, str] = {}
    for r in result.roles:
        if r.optional:
            continue
        rate = unit.get(r.role)
        cost = rate.times(r.recommended) if rate is not None else None
        rows[r.role] = Row(r.label, r.label_zh, float(r.recommended), cost)
        covers |= dict.fromkeys(r.covers, r.role)
    headcount = sum(row.people for row in rows.values())
    missing = [k for k, row in rows.items() if row.cost is None and row.people]
    return Side(
        "profile", label, result.size, result.marketing, headcount, rows, covers, None, missing
    )


def team_side(
    label: str,
    name: str | None,
    size: Size,
    marketing: bool,
    parts: TeamParts,
    catalogue: Catalogue,
) -> Side:
    """A team as a side: the FTE it staffs and what it costs, per role."""
    by_id = catalogue.by_id()
    rows = {
        rid: Row(by_id[rid].name, by_id[rid].name_zh, fte, parts.cost.get(rid))
        for rid, fte in parts.fte.items()
        if fte > 0
    }
    side = Side("team", label, size, marketing, parts.headcount, rows, team=name, parts=parts)
    side.missing = list(parts.missing)
    return side


def _folded(side: Side, covers: Mapping[str, str]) -> dict[str, Row]:
    """A team's rows with the roles the other side's entries cover counted in those entries."""
    if side.kind != "team" or not covers:
        return side.rows
    out: dict[str, Row] = {}
    for rid, row in side.rows.items():
        into = covers.get(rid, rid)
        if into not in out:
            base = side.rows.get(into, row) if into != rid else row
            out[into] = Row(base.name, base.name_zh, 0.0, ZERO)
        target = out[into]
        target.people += row.people
        target.cost = None if target.cost is None or row.cost is None else target.cost + row.cost
    return out


def compare(left: Side, right: Side, pay: PayTable, notes: list[Note]) -> CompareResult:
    """The roles added and dropped, people on both sides and the difference, and each side's
    monthly cost."""
    lrows, rrows = _folded(left, right.covers), _folded(right, left.covers)
    roles: list[CompareRole] = []
    # a recommendation's order (the norm's) first, then the roles only the other side has
    first, second = (
        (rrows, lrows) if left.kind == "team" and right.kind != "team" else (lrows, rrows)
    )
    for rid in dict.fromkeys([*first, *second]):
        a, b = lrows.get(rid), rrows.get(rid)
        named = a or b
        assert named is not None
        lp, rp = (a.people if a else 0.0), (b.people if b else 0.0)
        lc = _typical(a)
        rc = _typical(b)
        roles.append(
            CompareRole(
                role=rid,
                name=named.name,
                name_zh=named.name_zh,
                left=round(lp, 2),
                right=round(rp, 2),
                delta=round(rp - lp, 2),
                change="added" if a is None else "dropped" if b is None else None,
                left_cost=lc,
                right_cost=rc,
                delta_cost=round(rc - lc, 2) if lc is not None and rc is not None else None,
            )
        )
    lsum = total(r.cost for r in lrows.values() if r.cost is not None)
    rsum = total(r.cost for r in rrows.values() if r.cost is not None)
    missing = list(dict.fromkeys([*left.missing, *right.missing]))
    return CompareResult(
        left=_side(left, lsum),
        right=_side(right, rsum),
        roles=roles,
        cost=CompareCost(
            pay=pay_info(pay),
            left=lsum.amount(),
            right=rsum.amount(),
            delta=Cents(
                rsum.low - lsum.low, rsum.typical - lsum.typical, rsum.high - lsum.high
            ).amount(),
            at_least=bool(missing),
            roles_without_pay=missing,
        ),
        notes=notes,
    )


def _typical(row: Row | None) -> float | None:
    """A row's typical monthly cost: 0 for a role the side does not have, None without pay."""
    if row is None:
        return 0.0
    return row.cost.typical / 100 if row.cost is not None else None


def _side(side: Side, cost: Cents) -> CompareSide:
    return CompareSide(
        kind="team" if side.kind == "team" else "profile",
        label=side.label,
        size=side.size,
        marketing=side.marketing,
        team=side.team,
        headcount=round(side.headcount, 2),
        cost=cost.amount(),
        at_least=bool(side.missing),
    )
