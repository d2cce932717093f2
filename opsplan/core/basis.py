"""What a demand rests on: the hours the user gave, cited benchmarks, assumptions, and efforts
with no basis, and the note that gives their shares (for `recommend` and `overload` alike)."""

from __future__ import annotations

import math
from collections.abc import Mapping

from opsplan.models.results import Note

# What a demand rests on, in the order notes give it: hours the user gave, cited benchmarks,
# assumptions, and efforts with no basis (a user's catalogue).
BASIS_ORDER = ("given", "benchmark", "assumption", "unsourced")


def basis_note(hours: Mapping[str, float]) -> Note | None:
    """'Of this demand, 62% rests on cited benchmarks, 38% on assumptions' (with the hours
    the user gave and the unsourced ones where there are any); None when nothing was estimated."""
    total = sum(hours.get(k, 0.0) for k in BASIS_ORDER)
    if total - hours.get("given", 0.0) <= 0:
        return None  # nothing estimated: nothing rests on efforts
    shares = percentages([hours.get(k, 0.0) / total for k in BASIS_ORDER])
    params = dict(zip(BASIS_ORDER, shares, strict=True))
    code = "basis_share"
    if hours.get("given"):
        code += "_given"
    if hours.get("unsourced"):
        code += "_unsourced"
    return Note(code=code, params=params)


def percentages(fractions: list[float]) -> list[int]:
    """Whole percentages of `fractions` (which sum to 1) that sum to 100: largest remainder."""
    raw = [f * 100 for f in fractions]
    out = [math.floor(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: out[i] - raw[i])
    for i in order[: 100 - sum(out)]:
        out[i] += 1
    return out
