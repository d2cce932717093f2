"""The phases of a hiring plan: which people each phase of the hiring file brings in, and in
which of its months.

Each phase brings in its roles in order (`up_to` people of a role, or all still to hire); a
`rest` phase takes every role and person the others leave, and roles no phase names go to the
last phase by months. Within a phase the hires are spread evenly over its months, the earlier
months taking the odd ones, a first person of every role before a second of any (round robin),
so that a phase of 12 hires over 5 months brings 3, 2, 3, 2, 2. Months are numbered from 1.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping, Sequence

from opsplan.models.hiring import Hiring, Phase

Month = tuple[int, int]  # (year, month)
EPSILON = 0.005


class Want:
    """A role of the target: the people it needs, the FTE already staffed, the hires."""

    __slots__ = ("family", "have", "name", "name_zh", "role", "target")

    def __init__(
        self, role: str, name: str, name_zh: str, family: str, target: int, have: float
    ) -> None:
        self.role, self.name, self.name_zh, self.family = role, name, name_zh, family
        self.target, self.have = target, have

    @property
    def gap(self) -> int:
        """The people to hire: enough that staffed FTE reaches the target."""
        return max(0, math.ceil(self.target - self.have - EPSILON))


def month_at(start: Month, index: int) -> Month:
    """The month `index` (from 1) of a plan that starts at `start`."""
    months = start[0] * 12 + start[1] - 1 + index - 1
    return months // 12, months % 12 + 1


def label(month: Month) -> str:
    """`YYYY-MM`."""
    return f"{month[0]:04d}-{month[1]:02d}"


def recruit_from(month: Month, days: int) -> str:
    """The day recruiting starts for a hire who begins on the month's first day."""
    first = datetime.date(month[0], month[1], 1)
    return (first - datetime.timedelta(days=days)).isoformat()


def ordered(phases: Sequence[Phase]) -> list[Phase]:
    """The phases in the order they take hires: by first month, a `rest` phase last."""
    return sorted(phases, key=lambda p: (p.rest, p.months[0]))


def allot(wants: Sequence[Want], hiring: Hiring) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Each phase's hires (by phase id: people per role, in order), and the roles no phase
    brings in (they go to the last phase by months)."""
    remaining = {w.role: w.gap for w in wants}
    out: dict[str, dict[str, int]] = {}
    for phase in ordered(hiring.phases):
        hires: dict[str, int] = {}
        for entry in phase.roles:
            n = min(remaining.get(entry.role, 0), entry.up_to or remaining.get(entry.role, 0))
            if n > 0:
                hires[entry.role] = hires.get(entry.role, 0) + n
                remaining[entry.role] -= n
        if phase.rest:
            _take_rest(hires, remaining, [w.role for w in wants])
        out[phase.id] = hires
    left = [w.role for w in wants if remaining[w.role] > 0]
    if left:
        last = max(hiring.phases, key=lambda p: p.months[1])
        _take_rest(out[last.id], remaining, left)
    return out, left


def _take_rest(hires: dict[str, int], remaining: dict[str, int], order: list[str]) -> None:
    for role in order:
        if remaining.get(role, 0) > 0:
            hires[role] = hires.get(role, 0) + remaining[role]
            remaining[role] = 0


def _taken(counts: Sequence[int], x: int) -> list[int]:
    """Of a round-robin order (a first of each count's role, then a second...), how many of
    each role the first `x` places hold."""
    if x <= 0:
        return [0] * len(counts)

    def placed(layers: int) -> int:
        return sum(min(c, layers) for c in counts)

    lo, hi = 0, max(counts, default=0)
    while lo < hi:  # the most whole layers that fit in x
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if placed(mid) <= x else (lo, mid - 1)
    extra = x - placed(lo)
    out = []
    for c in counts:
        n = min(c, lo)
        if c > lo and extra > 0:
            n, extra = n + 1, extra - 1
        out.append(n)
    return out


def spread(hires: Sequence[tuple[str, int]], months: int) -> list[list[tuple[str, int]]]:
    """A phase's hires over its months: evenly, the earlier months taking the odd ones, in
    round-robin order (a first person of each role before a second of any)."""
    counts = [n for _, n in hires]
    n = sum(counts)
    bounds = [-(-k * n // months) for k in range(months + 1)]
    taken = [_taken(counts, b) for b in bounds]
    return [
        [
            (hires[i][0], taken[k + 1][i] - taken[k][i])
            for i in range(len(hires))
            if taken[k + 1][i] > taken[k][i]
        ]
        for k in range(months)
    ]


def schedule(
    hiring: Hiring, allotted: Mapping[str, dict[str, int]]
) -> dict[int, list[tuple[str, int]]]:
    """Month number -> the hires the phases put in it, in order."""
    out: dict[int, list[tuple[str, int]]] = {}
    for phase in ordered(hiring.phases):
        first, last = phase.months
        hires = list(allotted[phase.id].items())
        if not hires:
            continue
        for k, month in enumerate(spread(hires, last - first + 1)):
            if month:
                out.setdefault(first + k, []).extend(month)
    return out
