"""Small formatting helpers shared by the text renderers (no rich here)."""

from __future__ import annotations

from opsplan.models import OverloadReport, Recommendation, RoleRecommendation


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


_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, per_unit: float, limit: int) -> str:
    """A bar of `value` x `per_unit` cells (in eighths), at most `limit` cells ('▶' if cut)."""
    cells = max(value, 0.0) * per_unit
    if cells > limit:
        return "█" * (limit - 1) + "▶"
    full, part = int(cells), int((cells % 1) * 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def load_bar(ratio: float, width: int = 60) -> str:
    """The load as a bar with '│' at 1x, scaled to fit `width` cells."""
    per_unit = min(20.0, (width - 1) / max(ratio, 1.0))
    body = bar(ratio, per_unit, width)
    mark = round(per_unit)
    padded = body.ljust(mark)
    return padded[:mark] + "│" + padded[mark:]


def who(report: OverloadReport) -> str:
    """'Wang' or 'One person'."""
    return report.name or "One person"


def company(report: OverloadReport) -> str:
    """'a medium company (not marketing-focused)'."""
    focus = "marketing-focused" if report.marketing else "not marketing-focused"
    return f"a {report.size} company ({focus})"


def workload_line(report: OverloadReport) -> str:
    """The first measure: demand against capacity."""
    demand, week = num(report.demand_hours), num(report.capacity_hours)
    return (
        f"{demand} h of work a week against a {week} h week:"
        f" {report.load_ratio:g}x a full-time job ({num(report.fte)} FTE)"
    )


def norms_line(report: OverloadReport) -> str:
    """The second measure: what the norms staff these functions with."""
    n, d = report.norm_headcount, report.department_norm
    return (
        f"{company(report)} staffs these functions with {people(n.min, n.max)}"
        f" (the whole department: {people(d.min, d.max)})"
    )


def people(low: int, high: int) -> str:
    """'1 person', '6-8 people', 'no one'."""
    if high == 0:
        return "no one (the norm does not list them)"
    return f"{span(low, high)} {'person' if (low, high) == (1, 1) else 'people'}"


def norm_cell(min_: int, max_: int, in_norm: bool) -> str:
    """A role's norm range, or '-' when the norm does not list it."""
    return span(min_, max_) if in_norm else "-"


def handoff_lines(report: OverloadReport) -> list[str]:
    """'Hire or delegate the New-media operator (58 h): 4.3x -> 2.85x' for each step."""
    lines = []
    before = report.load_ratio
    for step in report.handoff:
        lines.append(
            f"Hire or delegate: {step.name} ({num(step.hours)} h/week):"
            f" {before:g}x -> {step.load_ratio_after:g}x"
        )
        before = step.load_ratio_after
    return lines
