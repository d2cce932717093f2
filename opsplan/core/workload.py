"""The workload model: a role's weekly demand is the sum of its duties' effort x driver value."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.models import NormSet, Role, Size

MAX_DRIVER = 1_000_000.0


def check_overrides(overrides: Mapping[str, float], known: Iterable[str]) -> dict[str, float]:
    """Driver values set by the caller: known names, finite numbers from 0 to a million."""
    names = sorted(known)
    out: dict[str, float] = {}
    for name, value in overrides.items():
        if name not in names:
            raise UsageError(_unknown_driver(name, names))
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            raise UsageError(Msg("set_not_finite", name=name))
        if not 0 <= value <= MAX_DRIVER:
            raise UsageError(Msg("set_out_of_range", name=name, max=f"{MAX_DRIVER:,.0f}"))
        out[name] = float(value)
    return out


def _unknown_driver(name: str, names: list[str]) -> Msg:
    import difflib

    close = difflib.get_close_matches(name, names, n=1)
    if close:
        return Msg("unknown_driver_close", name=name, close=close[0])
    return Msg("unknown_driver", name=name, known=", ".join(names))


def driver_values(norms: NormSet, size: Size, overrides: Mapping[str, float]) -> dict[str, float]:
    """Every driver's value at `size`, with `overrides` applied."""
    values = {name: driver.default.at(size) for name, driver in norms.drivers.items()}
    values.update(overrides)
    return values


def role_demand(role: Role, drivers: Mapping[str, float]) -> float:
    """Weekly hours the role's duties demand with these driver values."""
    total = 0.0
    for duty in role.duties:
        total += duty.hours * (drivers.get(duty.driver, 0.0) if duty.driver else 1.0)
    return total


def productive_hours(norms: NormSet, capacity: float | None = None) -> float:
    """Productive weekly hours of one person: capacity x utilization."""
    return (capacity if capacity is not None else norms.capacity_hours) * norms.utilization
