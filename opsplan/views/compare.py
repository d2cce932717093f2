"""The view of `opsplan compare`: both sides' headcount and monthly cost, then per role the
people on each side, the difference and each side's cost (the table a CSV export and a chart
take), and the notes on the figures."""

from __future__ import annotations

from typing import Any

from opsplan.core.rounding import shown_sum, tenths
from opsplan.i18n import Lang
from opsplan.models.compare import CompareResult, CompareSide
from opsplan.textfmt import num, signed
from opsplan.views import tables
from opsplan.views.common import company, name, notes, t
from opsplan.views.cost import amount_text, money, money_cell, pay_notes, per, rounding_note
from opsplan.views.document import Bar, Block, Cell, Chart, Column, Document, Facts, Notes, Table


def side_name(side: CompareSide, lang: Lang) -> str:
    """'a medium company (marketing-focused)', or the team's name (or its file)."""
    if side.kind == "team":
        return t("side_team", lang, team=side.team or side.label)
    return t("side_profile", lang, **company(side.size, side.marketing))


def _money_signed(value: float) -> str:
    text = money(value)
    return f"+{text}" if value >= 0.5 else text


def _cost(value: float | None, lang: Lang) -> Cell | None:
    """A side's typical cost of a role ('no figure' without a band)."""
    return money_cell(value) if value is not None else Cell(None, t("no_figure", lang))


def _fte(result: CompareResult) -> tuple[float, float]:
    """Each side's people per role as the table shows them, summed (a team's staffed FTE as
    its rows show it, so that the facts, the rows and the total row agree)."""
    return shown_sum(r.left for r in result.roles), shown_sum(r.right for r in result.roles)


def _facts(result: CompareResult, lang: Lang) -> Facts:
    items: list[tuple[str, str | Bar]] = []
    cost = result.cost
    fte = _fte(result)
    sides = (("fact_left", result.left, fte[0]), ("fact_right", result.right, fte[1]))
    for key, side, staffed in sides:
        who = side_name(side, lang)
        line = (
            t("side_people_fte", lang, who=who, n=num(side.headcount), fte=num(staffed))
            if side.kind == "team"
            else t("side_people", lang, who=who, n=num(side.headcount))
        )
        if cost is not None:
            amount = cost.left if side is result.left else cost.right
            cost_text = per("month", amount_text(amount, False, lang), side.at_least, lang)
            line = t("side_cost", lang, line=line, cost=cost_text)
        items.append((t(key, lang), line))
    delta = signed(result.right.headcount - result.left.headcount)
    if "team" in (result.left.kind, result.right.kind):  # people, and FTE as the total row
        line = t("delta_people_fte", lang, n=delta, fte=signed(round(fte[1] - fte[0], 1)))
    else:
        line = t("delta_people", lang, n=delta)
    if cost is not None:
        cost_text = per("month", _money_signed(cost.delta.typical), False, lang)
        line = t("delta_cost", lang, line=line, cost=cost_text)
    items.append((t("fact_difference", lang), line))
    return Facts(items)


def _roles(result: CompareResult, lang: Lang) -> Table:
    columns = [
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang), wrap=True),
        Column("left", t("col_left", lang), "num"),
        Column("right", t("col_right", lang), "num"),
        Column("delta", t("col_delta", lang), "num"),
        Column("change", t("col_change", lang)),
        Column("left_cost", t("col_left_cost", lang), "num"),
        Column("right_cost", t("col_right_cost", lang), "num"),
        Column("delta_cost", t("col_delta_cost", lang), "num"),
    ]
    rows: list[list[Any]] = []
    for r in result.roles:
        change = Cell(r.change, t(f"change_{r.change}", lang)) if r.change else None
        delta_cost = (
            Cell(r.delta_cost, _money_signed(r.delta_cost)) if r.delta_cost is not None else None
        )
        rows.append(
            [
                r.role,
                name(r, lang),
                r.left,
                r.right,
                Cell(r.delta, signed(round(tenths(r.right) - tenths(r.left), 1))),
                change,
                None if r.change == "added" else _cost(r.left_cost, lang),
                None if r.change == "dropped" else _cost(r.right_cost, lang),
                delta_cost,
            ]
        )
    # each side's total is its rows as shown, and each difference the shown sides' (1.5 and
    # 0.2 show 1.7, +0.8 and +3.5 show +4.3: no row or total is off by a rounding)
    left, right = _fte(result)
    delta = round(right - left, 1)
    footer: list[Any] = ["", t("total", lang), left, right, Cell(delta, signed(delta)), None]
    if result.cost is not None:
        c = result.cost
        footer += [
            money_cell(c.left.typical, result.left.at_least),
            money_cell(c.right.typical, result.right.at_least),
            Cell(round(c.delta.typical, 2), _money_signed(c.delta.typical)),
        ]
    else:
        footer += [None, None, None]
    styles = [
        "warn" if r.change == "dropped" else "dim" if r.change is None and not r.delta else None
        for r in result.roles
    ]
    title = t("compare_roles", lang)
    chart = Chart(t("chart_compare", lang), t("chart_axis_compare", lang), values=("left", "right"))
    return Table(columns, rows, title, tables.ROLES, footer, styles, primary=True, charts=(chart,))  # type: ignore[arg-type]


def view(result: CompareResult, lang: Lang) -> Document:
    """Both sides in facts, the roles side by side, the notes."""
    title = t(
        "compare_title",
        lang,
        left=side_name(result.left, lang),
        right=side_name(result.right, lang),
    )
    blocks: list[Block] = [_facts(result, lang), _roles(result, lang)]
    lines = [t("compare_legend", lang), *notes(result.notes, lang)]
    if result.cost is not None:
        names = {r.role: name(r, lang) for r in result.roles}
        c, roles = result.cost, result.roles
        lines += pay_notes(c.pay, [names.get(r, r) for r in c.roles_without_pay], lang)
        lines += rounding_note(
            [
                ([r.left_cost for r in roles if r.change != "added"], c.left.typical),
                ([r.right_cost for r in roles if r.change != "dropped"], c.right.typical),
            ],
            lang,
        )
    blocks.append(Notes(lines))
    return Document(title, blocks)
