"""What people cost a month: a role's pay band with the employer's on-costs, for a recommended
department (`recommend --cost`) and for a real team (`team --cost`, and the team a plan starts
from).

Amounts are kept in whole cents (`Cents`), so that months, cumulative sums and totals add up
exactly; results give them in currency units. A role without a band is never counted as
zero: it is listed, and the totals are "at least".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from opsplan.core.matching import lookup_role, role_index
from opsplan.models.cost import Amount, CostSummary, RoleCost
from opsplan.models.data import Catalogue, NormSet, Team
from opsplan.models.pay import PayTable
from opsplan.models.results import Recommendation, source_refs


@dataclass(frozen=True)
class Cents:
    """A monthly amount as low, typical and high, in whole cents."""

    low: int = 0
    typical: int = 0
    high: int = 0

    def __add__(self, other: Cents) -> Cents:
        """The sum of two amounts."""
        return Cents(self.low + other.low, self.typical + other.typical, self.high + other.high)

    def times(self, n: float) -> Cents:
        """`n` people (or FTE) of this amount, rounded to the cent."""
        if n == int(n):
            k = int(n)
            return Cents(self.low * k, self.typical * k, self.high * k)
        return Cents(round(self.low * n), round(self.typical * n), round(self.high * n))

    def amount(self) -> Amount:
        """The amount in currency units."""
        return Amount(low=self.low / 100, typical=self.typical / 100, high=self.high / 100)


ZERO = Cents()


def cents(value: float) -> int:
    """A currency amount in whole cents."""
    return round(value * 100)


def rates(pay: PayTable) -> dict[str, Cents]:
    """One full-time person's monthly cost with on-costs, per role with a complete band."""
    out = {}
    factor = 1 + pay.on_cost
    for role, band in pay.pay.items():
        figures = band.figures()
        if figures is not None:
            low, typical, high = (cents(v * factor) for v in figures)
            out[role] = Cents(low, typical, high)
    return out


def total(items: Iterable[Cents]) -> Cents:
    """The sum of `items`."""
    out = ZERO
    for item in items:
        out = out + item
    return out


def _band_amount(pay: PayTable, role: str) -> Amount | None:
    band = pay.pay.get(role)
    figures = band.figures() if band is not None else None
    return Amount(low=figures[0], typical=figures[1], high=figures[2]) if figures else None


def _summary(
    pay: PayTable,
    rows: list[RoleCost],
    required: Cents,
    missing: Sequence[str],
    optional: Cents | None = None,
    parts: TeamParts | None = None,
) -> CostSummary:
    cited = [pay.on_cost_source] if pay.on_cost_source else []
    cited += [r.source for r in rows if r.source and r.people and r.kind != "none"]
    return CostSummary(
        currency=pay.currency,
        on_cost=pay.on_cost,
        indicative=pay.indicative,
        note=pay.note,
        note_zh=pay.note_zh,
        on_cost_basis=pay.on_cost_basis,
        on_cost_basis_zh=pay.on_cost_basis_zh,
        roles=rows,
        monthly=required.amount(),
        yearly=required.times(12).amount(),
        at_least=bool(missing),
        roles_without_pay=list(dict.fromkeys(missing)),
        optional=optional.amount() if optional is not None else None,
        own_pay=parts.own_pay if parts is not None else 0,
        not_costed=parts.not_costed if parts is not None else 0,
        sources=source_refs(pay.sources, cited),
    )


def recommendation_cost(result: Recommendation, pay: PayTable) -> CostSummary:
    """The monthly cost of each recommended role (its people, or FTE, at its band) and the
    department's total (the optional roles apart)."""
    unit = rates(pay)
    rows: list[RoleCost] = []
    required, optional = ZERO, ZERO
    missing: list[str] = []
    has_optional = False
    for row in result.roles:
        rate = unit.get(row.role)
        band = pay.pay.get(row.role)
        monthly = rate.times(row.recommended) if rate is not None else None
        if monthly is None and row.recommended > 0 and not row.optional:
            missing.append(row.role)
        if row.optional:
            has_optional = True
            optional = optional + (monthly or ZERO)
        else:
            required = required + (monthly or ZERO)
        rows.append(
            RoleCost(
                role=row.role,
                name=row.label,
                name_zh=row.label_zh,
                people=row.recommended,
                kind=band.kind if band is not None else "none",
                pay=_band_amount(pay, row.role),
                monthly=monthly.amount() if monthly is not None else None,
                source=band.source if band is not None else None,
            )
        )
    return _summary(pay, rows, required, missing, optional if has_optional else None)


@dataclass
class TeamParts:
    """A team as a plan and a costing see it: per role id, the FTE staffed and its monthly
    cost; the roles some of whose people have no band; who gave their own pay and who was not
    costed; the headcount (people, open positions left out)."""

    fte: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    cost: dict[str, Cents] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    own_pay: int = 0
    not_costed: int = 0
    headcount: int = 0
    own_roles: set[str] = field(default_factory=set)

    def add(self, role: str, amount: Cents) -> None:
        """Add `amount` to the role's cost."""
        self.cost[role] = self.cost.get(role, ZERO) + amount


def team_parts(team: Team, catalogue: Catalogue, norms: NormSet, pay: PayTable | None) -> TeamParts:
    """Per role, the FTE the team staffs and what its people cost a month: a person's share of
    each role's band by the time they give it (a part-timer by their hours), or their own
    `pay:` split by their shares (with on-costs; an outsourced person's `pay:` is a fee, taken
    as it is). Outsourced people without `pay:` are not costed; open positions are neither
    staffed nor costed."""
    index = role_index(catalogue)
    unit = rates(pay) if pay is not None else {}
    factor = 1 + (pay.on_cost if pay is not None else 0.0)
    parts = TeamParts()
    missing: dict[str, None] = {}
    found: dict[str, str | None] = {}
    for person in team.people:
        if person.vacancy:
            continue
        parts.headcount += 1
        fte = (person.capacity_hours or norms.capacity_hours) / norms.capacity_hours
        shares: dict[str, float] = defaultdict(float)
        for name, share in person.shares().items():
            if name not in found:
                role = lookup_role(index, name)
                found[name] = role.id if role is not None else None
            rid = found[name]
            if rid is not None:
                shares[rid] += share
        for rid, share in shares.items():
            parts.fte[rid] += share * fte
        if pay is None:
            continue
        if person.pay is not None:
            parts.own_pay += 1
            own = cents(person.pay * (1 if person.outsourced else factor))
            for rid, share in shares.items():
                parts.add(rid, Cents(own, own, own).times(share))
                parts.own_roles.add(rid)
        elif person.outsourced:
            parts.not_costed += 1
        else:
            for rid, share in shares.items():
                rate = unit.get(rid)
                if rate is None:
                    missing.setdefault(rid)
                else:
                    parts.add(rid, rate.times(share * fte))
    parts.missing = list(missing)
    return parts


def team_cost(
    parts: TeamParts, rows: Sequence[tuple[str, str, str, list[str]]], pay: PayTable
) -> CostSummary:
    """The team's monthly cost per report row (`rows`: role id, name, Chinese name and the role
    ids the row covers) and in total."""
    out: list[RoleCost] = []
    for role, name, name_zh, ids in rows:
        band = pay.pay.get(role)
        costed = [parts.cost[r] for r in ids if r in parts.cost]
        priced = all(r not in parts.missing for r in ids)
        own = all(r in parts.own_roles for r in ids if parts.fte.get(r))
        kind = band.kind if band is not None else "none"
        out.append(
            RoleCost(
                role=role,
                name=name,
                name_zh=name_zh,
                people=round(sum(parts.fte.get(r, 0.0) for r in ids), 2),
                kind="own" if own and costed else kind,
                pay=_band_amount(pay, role),
                monthly=total(costed).amount() if costed or priced else None,
                source=band.source if band is not None else None,
            )
        )
    return _summary(pay, out, total(parts.cost.values()), parts.missing, parts=parts)
