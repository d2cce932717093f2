"""The result of `opsplan plan`: whom to hire when, and what it costs each month.

Months are `YYYY-MM`, dates `YYYY-MM-DD`; amounts are a month's cost with on-costs in the pay
file's currency (see `opsplan.models.cost`). `roles_without_pay` and `at_least` say when a
total leaves out roles that have no pay band.
"""

from typing import Literal

from pydantic import Field

from opsplan.models.cost import Amount, PayInfo
from opsplan.models.data import Size
from opsplan.models.results import Note, Result, SourceRef


class TargetRole(Result):
    """A role of the target department: the people it needs (`target`), the FTE the team
    already staffs (`have`), the people to hire (`gap`), how many the plan hires within its
    months and budget (`hired`), and one person's monthly pay before on-costs (`pay`, its
    band; None without one) with how far it goes (`kind`) and its `source`."""

    role: str
    name: str
    name_zh: str
    family: str
    target: int
    have: float
    gap: int
    hired: int
    pay: Amount | None = None
    kind: str = "none"
    source: str | None = None


class OutsideRole(Result):
    """A role the team staffs that the target has no place for (outside the norm): its
    people stay, are not hired, and count in the end headcount."""

    role: str
    name: str
    name_zh: str
    have: float


class PlanTarget(Result):
    """The department the plan builds: the recommended one for the size and focus, from
    nothing (`team` None) or from a team (its name and headcount). `end_headcount` is the
    team's people plus the hires; `outside` the team's roles outside the target."""

    size: Size
    marketing: bool
    headcount: int
    team: str | None = None
    team_headcount: int = 0
    roles: list[TargetRole]
    end_headcount: int = 0
    outside: list[OutsideRole] = Field(default_factory=list)


class PlanHire(Result):
    """People of one role hired in a month, and the day recruiting must start for them to
    begin on the month's first day (the role family's time to hire before it)."""

    role: str
    name: str
    name_zh: str
    count: int
    recruit_from: str
    days: int


class PlanMonth(Result):
    """One month of the plan: its phase (None after the last), the hires, the headcount after
    them, the month's cost and the cost so far."""

    month: str
    index: int
    phase: str | None
    hires: list[PlanHire]
    headcount: int
    cost: Amount
    cumulative: Amount


class NotHired(Result):
    """People of a role the plan does not hire: `budget` (they would take a month's typical
    cost over the budget) or `after_horizon` (their phase puts them after the plan's last
    month). `month` is when the phases would hire them; `cost` one person's typical monthly
    cost (None without a band)."""

    role: str
    name: str
    name_zh: str
    count: int
    month: str
    reason: Literal["budget", "after_horizon"]
    cost: float | None = None


class PlanPhase(Result):
    """A phase as the plan uses it: its months (first and last, `YYYY-MM`, and their numbers
    from 1), the roles it brings in, its source by title and its note."""

    id: str
    name: str
    name_zh: str | None = None
    first: str
    last: str
    first_index: int
    last_index: int
    roles: list[str]
    rest: bool = False
    note: str | None = None
    note_zh: str | None = None
    source: SourceRef | None = None


class PlanTotals(Result):
    """The plan's sums: its first year (the first 12 months, or all of a shorter plan), all
    its months, and the run-rate at the end (the last month's cost, and 12 of them)."""

    first_year: Amount
    total: Amount
    run_rate: Amount
    run_rate_yearly: Amount


class PlanResult(Result):
    """The result of `opsplan plan`: its months (`start` to `end`, `horizon` of them), the
    budget, the pay data (`pay`: currency, on-cost rate, how far its figures go), the days a
    hire takes per role family, then the target, phases, months, totals, what is not hired and why,
    the roles without pay, the sources by title and the notes."""

    schema_version: Literal[1] = 1
    start: str
    end: str
    horizon: int
    budget: float | None = None
    pay: PayInfo
    time_to_hire: dict[str, int] = Field(default_factory=dict)
    target: PlanTarget
    phases: list[PlanPhase]
    months: list[PlanMonth]
    totals: PlanTotals
    not_hired: list[NotHired]
    roles_without_pay: list[str]
    at_least: bool
    sources: list[SourceRef] = Field(default_factory=list)
    notes: list[Note]
