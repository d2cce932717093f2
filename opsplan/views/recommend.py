"""The view of `opsplan recommend`: the headcount table, its total and the notes."""

from __future__ import annotations

from typing import Any

from opsplan.i18n import Lang
from opsplan.models.recommend import Recommendation, RoleRecommendation
from opsplan.views.common import company, name, notes, role_norm_columns, span, t
from opsplan.views.document import Block, Cell, Chart, Column, Document, Notes, Paragraph, Table


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 1)


def _row(row: RoleRecommendation, lang: Lang) -> list[Any]:
    plain = name(row, lang, "label")
    label = Cell(plain, t("optional_label", lang, label=plain)) if row.optional else plain
    flag = {"above": " ↑", "below": " ↓"}.get(row.outside or "", "")
    recommended = _number(row.recommended)
    return [
        row.role,
        label,
        row.min,
        row.max,
        span(row.min, row.max, lang),
        Cell(recommended, f"{recommended}{flag}"),
        row.demand_hours,
        row.hours_per_person,
        row.utilization,
        row.optional,
    ]


def view(result: Recommendation, lang: Lang) -> Document:
    """Recommended staffing: one row a role, the total, a legend and the notes."""
    columns = [
        *role_norm_columns(lang),
        Column("recommended", t("col_recommended", lang), "num"),
        Column("demand_hours", t("col_demand", lang), "num"),
        Column("hours_per_person", t("col_per_person", lang), "num"),
        Column("utilization", t("col_capacity", lang), "pct"),
        Column("optional", "optional", audience="machine"),
    ]
    total = result.total
    flag = {"above": " ↑", "below": " ↓"}.get(total.outside or "", "")
    shown_total = f"{_number(total.recommended)}{flag}"
    if result.optional_total is not None:
        extra = _number(result.optional_total.recommended)
        shown_total = t("total_with_optional", lang, total=shown_total, optional=extra)
    footer = [
        "",
        t("total", lang),
        total.min,
        total.max,
        span(total.min, total.max, lang),
        Cell(total.recommended, shown_total),
        None,
        None,
        None,
        None,
    ]
    table = Table(
        columns=columns,
        rows=[_row(r, lang) for r in result.roles],
        footer=footer,
        styles=["dim" if r.optional else None for r in result.roles],
        primary=True,
        charts=(
            Chart(
                t("chart_recommend", lang),
                t("chart_axis_fte" if result.fte else "chart_axis_people", lang),
                low="min",
                high="max",
                band=t("col_norm", lang),
                mark="recommended",
            ),
        ),
    )
    legend = t("legend_fte" if result.fte else "legend_people", lang)
    title = t("recommend_title", lang, **company(result.size, result.marketing))
    blocks: list[Block] = [table, Paragraph(legend), Notes(notes(result.notes, lang))]
    cost = getattr(result, "cost", None)  # recommend --cost
    if cost is not None:
        from opsplan.views.cost import add_machine_columns, cost_blocks

        add_machine_columns(table, cost)
        blocks += cost_blocks(cost, lang, "col_fte" if result.fte else "col_people")
    return Document(title, blocks)
