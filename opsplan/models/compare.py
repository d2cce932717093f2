"""The result of `opsplan compare`: two departments side by side.

Amounts are a month's cost with on-costs in the pay file's currency (see
`opsplan.models.cost`).
"""

from typing import Literal

from opsplan.models.cost import Amount, PayInfo
from opsplan.models.data import Size
from opsplan.models.results import Note, Result


class CompareSide(Result):
    """One side of a comparison: a profile (size and focus) or a team (its file's name), its
    headcount (people; a team's staffed FTE in `fte`) and its monthly cost (None without pay
    data)."""

    kind: Literal["profile", "team"]
    label: str
    size: Size
    marketing: bool
    team: str | None = None
    headcount: float
    cost: Amount | None = None
    at_least: bool = False


class CompareRole(Result):
    """A role on both sides: people (a team's staffed FTE) left and right, the difference,
    whether it was `added` (right only) or `dropped` (left only), and each side's monthly
    typical cost."""

    role: str
    name: str
    name_zh: str
    left: float
    right: float
    delta: float
    change: Literal["added", "dropped"] | None = None
    left_cost: float | None = None
    right_cost: float | None = None
    delta_cost: float | None = None


class CompareCost(Result):
    """The monthly cost of each side and the difference (right minus left), with on-costs;
    `pay` says what the pay data is."""

    pay: PayInfo
    left: Amount
    right: Amount
    delta: Amount
    at_least: bool
    roles_without_pay: list[str]


class CompareResult(Result):
    """The result of `opsplan compare`."""

    schema_version: Literal[1] = 1
    left: CompareSide
    right: CompareSide
    roles: list[CompareRole]
    cost: CompareCost | None = None
    notes: list[Note]
