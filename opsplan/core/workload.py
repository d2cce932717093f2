"""The workload model: a role's weekly demand is the sum of its duties' effort x driver values.

The one place demand is computed: recommend, overload and team call these functions, and so
will anything that plans from demand. A duty's hours multiply the values of its drivers (a
monthly driver at 12/52 of its value a week); where the hours come from is each duty's basis,
and `demand_by_basis` splits a demand by it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.models.data import BENCHMARKED, Duty, NormSet, Role, Size
from opsplan.textfmt import as_float

MAX_DRIVER = 1_000_000.0
PER_WEEK = {"week": 1.0, "month": 12 / 52}
Backing = Literal["benchmark", "assumption", "unsourced"]


def driver_key(norms: NormSet, name: str) -> str | None:
    """The driver `name` stands for: its key (`platforms`) or its Chinese name (平台数), with
    surrounding spaces and case ignored; None when it is neither."""
    key = name.strip()
    if key in norms.drivers:
        return key
    folded = key.casefold()
    for driver_name, driver in norms.drivers.items():
        if folded in (driver_name.casefold(), (driver.name_zh or "").casefold()) and folded:
            return driver_name  # a blank name is none: not a driver without a Chinese name
    return None


def check_overrides(overrides: Mapping[str, float], norms: NormSet) -> dict[str, float]:
    """Driver values set by the caller, by key or Chinese name: known drivers, finite numbers
    from 0 to a million. The result is keyed by the drivers' keys."""
    out: dict[str, float] = {}
    for name, value in overrides.items():
        key = driver_key(norms, name)
        if key is None:
            raise UsageError(unknown_driver(name, norms))
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise UsageError(Msg("set_not_finite", name=name))
        number = as_float(value)
        if not math.isfinite(number) and not isinstance(value, int):
            raise UsageError(Msg("set_not_finite", name=name))
        if not 0 <= number <= MAX_DRIVER:
            raise UsageError(Msg("set_out_of_range", name=name, max=f"{MAX_DRIVER:,.0f}"))
        out[key] = number
    return out


def unknown_driver(name: str, norms: NormSet) -> Msg:
    """'unknown driver' with the closest key or Chinese name, or the list of keys."""
    import difflib

    names = sorted(norms.drivers)
    chinese = {d.name_zh: key for key, d in norms.drivers.items() if d.name_zh}
    close = difflib.get_close_matches(name, [*names, *chinese], n=1)
    if close:
        return Msg("unknown_driver_close", name=name, close=close[0])
    return Msg("unknown_driver", name=name, known=names)


@dataclass(frozen=True)
class Drivers:
    """The driver values of one company: `values` as set or defaulted (what the user reads),
    and `per_week`, what weekly demand multiplies (a monthly value at 12/52 of it)."""

    values: dict[str, float]
    per_week: dict[str, float]


def driver_values(norms: NormSet, size: Size, overrides: Mapping[str, float]) -> Drivers:
    """Every driver's value at `size`, with `overrides` (by key or Chinese name) applied;
    a name that is no driver is left out (the checks report it)."""
    values = {name: driver.default.at(size) for name, driver in norms.drivers.items()}
    for name, value in overrides.items():
        key = driver_key(norms, name)
        if key is not None:
            values[key] = float(value)
    per_week = {
        name: value * PER_WEEK[norms.drivers[name].period] for name, value in values.items()
    }
    return Drivers(values, per_week)


def duty_hours(duty: Duty, drivers: Drivers) -> float:
    """Weekly hours one duty demands with these driver values (a missing driver counts 0)."""
    hours = duty.hours
    for name in duty.drivers():
        hours *= drivers.per_week.get(name, 0.0)
    return hours


def role_demand(role: Role, drivers: Drivers) -> float:
    """Weekly hours the role's duties demand with these driver values."""
    return sum(duty_hours(duty, drivers) for duty in role.duties)


def backing(duty: Duty) -> Backing:
    """What a duty's effort (its hours per unit) rests on: `benchmark` when cited or derived
    from cited figures, `assumption`, or `unsourced` when it has no basis (a user's
    catalogue). The driver values it multiplies are the company's: defaults (each with its own
    basis, `opsplan drivers`) or the user's."""
    if duty.basis is None:
        return "unsourced"
    return "benchmark" if duty.basis.kind in BENCHMARKED else "assumption"


def demand_by_basis(duties: Iterable[Duty], drivers: Drivers) -> dict[str, float]:
    """Weekly hours of `duties`, split by what their efforts rest on (see `backing`)."""
    out: dict[str, float] = {"benchmark": 0.0, "assumption": 0.0, "unsourced": 0.0}
    for duty in duties:
        out[backing(duty)] += duty_hours(duty, drivers)
    return out


def productive_hours(norms: NormSet, capacity: float | None = None) -> float:
    """Productive weekly hours of one person: capacity x utilization."""
    return (capacity if capacity is not None else norms.capacity_hours) * norms.utilization
