"""The results of costing a department: `--cost` on recommend and team (and the costs that
plan and compare put side by side).

Amounts are a month's cost in the pay file's currency, with the employer's on-costs, as low,
typical and high (the bands' 10th percentile, median and 90th percentile). A role with no band
is never counted as zero: it is listed in `roles_without_pay`, and `at_least` says the totals
leave it out.
"""

from typing import Literal

from pydantic import Field

from opsplan.models.results import Result, SourceRef


class Amount(Result):
    """An amount of money as low, typical and high (a month's cost, or a sum of months)."""

    low: float
    typical: float
    high: float


class PayInfo(Result):
    """What every costed output says of its pay data: the `currency`, the `on_cost` rate (a
    fraction of pay) and its `on_cost_basis`, whether the figures are `indicative` (the
    built-in ones are) and the file's `note` on how far they go."""

    currency: str
    on_cost: float
    indicative: bool
    note: str | None = None
    note_zh: str | None = None
    on_cost_basis: str | None = None
    on_cost_basis_zh: str | None = None


class RoleCost(Result):
    """One role's monthly cost: `people` (or FTE) of it, one person's `pay` before on-costs
    (its band; None without one), and `monthly`, all of them with on-costs (None when the role
    has no band and nobody in it gives their own pay)."""

    role: str
    name: str
    name_zh: str
    people: float
    kind: Literal["cited", "proxy", "estimate", "none", "own"]
    pay: Amount | None = None
    monthly: Amount | None = None
    source: str | None = None


class CostSummary(Result):
    """What a department costs a month and a year, per role and in total.

    `pay` says what the pay data is; `sources` are the sources of the bands used and of the
    on-cost rate.
    `optional` is the cost of the optional roles, not in the total. For a team: `own_pay`
    people gave their own pay, and `not_costed` people were left out (outsourced without
    `pay:`); open positions are not costed."""

    pay: PayInfo
    roles: list[RoleCost]
    monthly: Amount
    yearly: Amount
    at_least: bool
    roles_without_pay: list[str]
    optional: Amount | None = None
    own_pay: int = 0
    not_costed: int = 0
    sources: list[SourceRef] = Field(default_factory=list)
