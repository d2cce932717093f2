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
from typing import TYPE_CHECKING

from opsplan.core.matching import lookup_role, role_index
from opsplan.models.cost import Amount, CostSummary, PayInfo, RoleCost
from opsplan.models.data import Catalogue, NormSet
from opsplan.models.pay import PayTable
from opsplan.models.recommend import Recommendation
from opsplan.models.results import source_refs

if TYPE_CHECKING:  # the team file's models are built only for a team
    from opsplan.models.people import Team


class Cents:
    """A monthly amount as low, typical and high, in whole cents (a plain slotted class: a
    dataclass costs a millisecond of start-up to make)."""

    __slots__ = ("high", "low", "typical")

    def __init__(self, low: int = 0, typical: int = 0, high: int = 0) -> None:
        self.low, self.typical, self.high = low, typical, high

    def __eq__(self, other: object) -> bool:
        """Equal amounts."""
        if not isinstance(other, Cents):
            return NotImplemented
        return (self.low, self.typical, self.high) == (other.low, other.typical, other.high)

    def __hash__(self) -> int:
        """The amount's hash."""
        return hash((self.low, self.typical, self.high))

    def __repr__(self) -> str:
        """`Cents(low, typical, high)`."""
        return f"Cents({self.low}, {self.typical}, {self.high})"

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
        low, typical, high = self.low / 100, self.typical / 100, self.high / 100
        return Amount.model_construct(low=low, typical=typical, high=high)  # see core.plan


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


def pay_info(pay: PayTable) -> PayInfo:
    """What a costed output says of its pay data."""
    return PayInfo.model_construct(
        currency=pay.currency,
        on_cost=pay.on_cost,
        indicative=pay.indicative,
        note=pay.note,
        note_zh=pay.note_zh,
        on_cost_basis=pay.on_cost_basis,
        on_cost_basis_zh=pay.on_cost_basis_zh,
    )


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
        pay=pay_info(pay),
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


class TeamParts:
    """A team as a plan and a costing see it: per role id, the FTE staffed and its monthly
    cost; the roles some of whose people have no band; who gave their own pay and who was not
    costed; the headcount (people, open positions left out)."""

    def __init__(self) -> None:
        self.fte: dict[str, float] = defaultdict(float)
        self.cost: dict[str, Cents] = {}
        self.missing: list[str] = []
        self.own_pay = 0
        self.not_costed = 0
        self.headcount = 0
        self.own_roles: set[str] = set()

    def add(self, role: str, amount: Cents) -> None:
        """Add `amount` to the role's cost."""
        self.cost[role] = self.cost.get(role, ZERO) + amount


def team_parts(team: Team, catalogue: Catalogue, norms: NormSet, pay: PayTable | None) -> TeamParts:
    """Per role, the FTE the team staffs and what its people cost a month: a person's share of
    each role's band by the time they give it (a part-timer by their hours), or their own
    `pay:` split by their shares (with on-costs; an outsourced person's `pay:` is a fee, taken
    as it is). Outsourced people without `pay:` are not costed; open positions are neither
    staffed nor costed. Linear in people x roles: sums per role, rounded to the cent once."""
    index = role_index(catalogue)
    unit = rates(pay) if pay is not None else {}
    factor = 1 + (pay.on_cost if pay is not None else 0.0)
    capacity = norms.capacity_hours
    parts = TeamParts()
    banded: dict[str, float] = defaultdict(float)  # role -> FTE costed at its band
    own: dict[str, float] = defaultdict(float)  # role -> own pay given to it, with on-costs
    missing: dict[str, None] = {}
    found: dict[str, str | None] = {}
    for person in team.people:
        if person.vacancy:
            continue
        parts.headcount += 1
        fte = (person.capacity_hours or capacity) / capacity
        shares: dict[str, float] = {}
        for name, share in person.shares().items():
            rid = found.get(name, "")
            if rid == "":
                role = lookup_role(index, name)
                rid = found[name] = role.id if role is not None else None
            if rid is not None:
                shares[rid] = shares.get(rid, 0.0) + share
        for rid, share in shares.items():
            parts.fte[rid] += share * fte
        if pay is None:
            continue
        if person.pay is not None:
            parts.own_pay += 1
            amount = person.pay * (1 if person.outsourced else factor)
            for rid, share in shares.items():
                own[rid] += amount * share
        elif person.outsourced:
            parts.not_costed += 1
        else:
            for rid, share in shares.items():
                if rid in unit:
                    banded[rid] += share * fte
                else:
                    missing.setdefault(rid)
    for rid, people in banded.items():
        parts.add(rid, unit[rid].times(people))
    for rid, amount in own.items():
        money = cents(amount)
        parts.add(rid, Cents(money, money, money))
        parts.own_roles.add(rid)
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
