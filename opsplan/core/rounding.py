"""Numbers as they are shown: tenths, rounded half up as `textfmt.num` shows them, and totals
made of the parts as shown, so that the parts a reader sees add up to the total beside them."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal


def tenths(value: float) -> float:
    """`value` to one decimal place, half up (0.25 -> 0.3, -0.25 -> -0.3), as `num` shows it."""
    return float(Decimal(repr(float(value))).quantize(Decimal("0.1"), ROUND_HALF_UP))


def shown_sum(values: Iterable[float]) -> float:
    """The sum of `values` as shown (each in tenths): 0.44 + 0.24 -> 0.6, not 0.7."""
    return float(sum((Decimal(repr(tenths(v))) for v in values), Decimal(0)))
