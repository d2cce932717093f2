"""Small formatting helpers shared by the text renderers (no rich here)."""

from __future__ import annotations

from opsplan.models import Recommendation, RoleRecommendation


def num(value: float) -> str:
    """5 -> '5', 5.25 -> '5.2', with no trailing '.0'."""
    return f"{value:.1f}".removesuffix(".0") if value % 1 else f"{int(value)}"


def pct(fraction: float) -> str:
    """0.734 -> '73%'."""
    return f"{fraction * 100:.0f}%"


def span(low: int, high: int) -> str:
    """A norm range: '3-20', or '1' when low == high."""
    return str(low) if low == high else f"{low}-{high}"


def title(result: Recommendation) -> str:
    """'medium company, marketing-focused department'."""
    focus = "marketing-focused" if result.marketing else "not marketing-focused"
    return f"{result.size} company, {focus} department"


def row_label(row: RoleRecommendation) -> str:
    """The role's label, marked when it is optional."""
    return row.label + (" (optional)" if row.optional else "")


RECOMMEND_HEADER = ["Role", "Norm", "Recommended", "Demand h/wk", "h/person", "% capacity"]


def recommend_cells(row: RoleRecommendation) -> list[str]:
    """The table cells of one recommend row; '!' marks a demand outside the norm."""
    flag = {"above": " ↑", "below": " ↓"}.get(row.outside or "", "")
    return [
        row_label(row),
        span(row.min, row.max),
        num(row.recommended) + flag,
        num(row.demand_hours),
        num(row.hours_per_person),
        pct(row.utilization),
    ]


def total_cells(result: Recommendation) -> list[str]:
    """The total row's cells."""
    t = result.total
    return ["Total", span(t.min, t.max), num(t.recommended), "", "", ""]
