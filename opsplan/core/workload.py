"""The workload model: a role's weekly demand is the sum of its duties' effort x driver value."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from opsplan.errors import UsageError
from opsplan.models import NormSet, Role, Size


def parse_sets(items: Iterable[str], known: Iterable[str]) -> dict[str, float]:
    """Parse `NAME=VALUE` driver settings; a malformed item or unknown driver is a UsageError."""
    names = sorted(known)
    out: dict[str, float] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"--set {item!r}: expected NAME=VALUE, for example employees=300")
        if name not in names:
            raise UsageError(f"--set {item!r}: unknown driver {name!r}{_suggest(name, names)}")
        try:
            value = float(raw.strip())
        except ValueError:
            raise UsageError(f"--set {item!r}: {raw.strip()!r} is not a number") from None
        if not math.isfinite(value) or value < 0:
            raise UsageError(f"--set {item!r}: the value must be a finite number >= 0")
        out[name] = value
    return out


def _suggest(name: str, names: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, names, n=1)
    return f" (did you mean {close[0]!r}?)" if close else f"; known: {', '.join(names)}"


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
