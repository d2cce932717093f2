"""Costs in a view: money as people read it, the cost table that `--cost` adds to recommend and
team, the machine columns it adds to their CSV, and the notes that say how far the figures go
(indicative pay, on-costs, roles without a band, the sources by title).

Shared by the views of recommend, team, plan and compare.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from opsplan.i18n import Lang
from opsplan.models.cost import Amount, CostSummary, PayInfo, RoleCost
from opsplan.models.results import SourceRef
from opsplan.views import tables
from opsplan.views.common import name, t
from opsplan.views.document import Bar, Block, Cell, Column, Facts, Notes, Table
from opsplan.views.roles import cite


def money(value: float) -> str:
    """A whole amount with thousands separators: 91234.5 -> '91,235'."""
    return f"{value:,.0f}"


def money_cell(value: float | None, at_least: bool = False) -> Cell | None:
    """A typical amount as a cell ('≥ 91,235' when it leaves out roles without pay)."""
    if value is None:
        return None
    return Cell(round(value, 2), ("≥ " if at_least else "") + money(value))


def span(amount: Amount | None, lang: Lang) -> str:
    """An amount's low-high range: '70,100-120,800' (Chinese `70,100~120,800`)."""
    if amount is None:
        return ""
    return t("range", lang, low=money(amount.low), high=money(amount.high))


def per(period: str, text: str, at_least: bool, lang: Lang) -> str:
    """'91,235 a month', 'at least 91,235 a month' (每月 91,235, 每月至少 91,235): `period` is
    `month` or `year`."""
    return t(f"per_{period}" + ("_at_least" if at_least else ""), lang, amount=text)


def amount_text(amount: Amount, at_least: bool, lang: Lang) -> str:
    """'91,235 (70,100-120,800)', or 'at least 91,235 (...)'."""
    low, high = money(amount.low), money(amount.high)
    text = t("amount", lang, typical=money(amount.typical), low=low, high=high)
    return t("amount_at_least", lang, amount=text) if at_least else text


def machine_columns() -> list[Column]:
    """The cost columns a role table adds for machines (csv): a month's low, typical, high."""
    return [
        Column(f"cost_{k}", f"cost_{k}", "num", audience="machine")
        for k in ("low", "typical", "high")
    ]


def machine_cells(cost: RoleCost | Amount | None) -> list[Any]:
    """A row's machine cost cells (empty without a band)."""
    amount = cost.monthly if isinstance(cost, RoleCost) else cost
    if amount is None:
        return [None, None, None]
    return [round(amount.low, 2), round(amount.typical, 2), round(amount.high, 2)]


def add_machine_columns(table: Table, summary: CostSummary) -> None:
    """Add the cost columns to a role table whose rows follow `summary.roles`."""
    table.columns += machine_columns()
    for row, cost in zip(table.rows, summary.roles, strict=False):
        row += machine_cells(cost)
    if table.footer is not None:
        table.footer += machine_cells(summary.monthly)


def numbered(sources: Sequence[SourceRef]) -> dict[str, str]:
    """Each source's number in the list of sources, from 1."""
    return {s.id: str(n) for n, s in enumerate(sources, 1)}


def kind_text(kind: str, source: str | None, numbers: dict[str, str], lang: Lang) -> str:
    """How far a band goes: 'cited [1]', 'proxy [2]', 'estimate [3]', 'no figure', 'own pay'."""
    label = t(f"pay_kind_{kind}", lang)
    ref = numbers.get(source or "")
    return f"{label} [{ref}]" if ref and kind != "none" else label


def cost_table(summary: CostSummary, lang: Lang, people: str) -> Table:
    """Per role: its people, one person's typical pay and how far it goes, the month's cost
    with on-costs (typical, low-high); the total in the footer."""
    numbers = numbered(summary.sources)
    columns = [
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang), wrap=True),
        Column("people", t(people, lang), "num"),
        Column("pay", t("col_pay", lang), "num"),
        Column("figure", t("col_figure", lang), audience="human"),
        Column("kind", "kind", audience="machine"),
        Column("source", "source", audience="machine"),
        Column("cost", t("col_cost_month", lang), "num", audience="human"),
        Column("range", t("col_cost_range", lang), audience="human"),
        *machine_columns(),
    ]
    rows = [
        [
            r.role,
            name(r, lang),
            r.people,
            money_cell(r.pay.typical if r.pay else None),
            kind_text(r.kind, r.source, numbers, lang),
            r.kind,
            r.source,
            *_cost_cells(r, lang),
            *machine_cells(r),
        ]
        for r in summary.roles
    ]
    footer = [
        "",
        t("total", lang),
        None,
        None,
        None,
        None,
        None,
        money_cell(summary.monthly.typical, summary.at_least),
        span(summary.monthly, lang),
        *machine_cells(summary.monthly),
    ]
    pct = round(summary.pay.on_cost * 100)
    title = t("cost_title", lang, currency=summary.pay.currency, pct=pct)
    return Table(columns, rows, title=title, name=tables.COST, footer=footer)


def _cost_cells(row: RoleCost, lang: Lang) -> list[Any]:
    """A role's month (typical, low-high): blank for nobody, 'no figure' without a band."""
    if not row.people:
        return [None, ""]
    if row.monthly is None:
        return [Cell(None, t("no_figure", lang)), ""]
    return [money_cell(row.monthly.typical), span(row.monthly, lang)]


def cost_blocks(summary: CostSummary, lang: Lang, people: str = "col_people") -> list[Block]:
    """The cost table, the yearly total, the notes on the figures and their sources."""
    year = amount_text(summary.yearly, summary.at_least, lang)
    facts: list[tuple[str, str | Bar]] = [(t("fact_year", lang), year)]
    if summary.optional is not None:
        facts.append((t("fact_optional_cost", lang), amount_text(summary.optional, False, lang)))
    names = {r.role: name(r, lang) for r in summary.roles}
    lines = pay_notes(summary.pay, [names.get(r, r) for r in summary.roles_without_pay], lang)
    parts = [r.monthly.typical if r.monthly and r.people else None for r in summary.roles]
    lines += rounding_note([(parts, summary.monthly.typical)], lang)
    if summary.own_pay:
        lines.append(t("cost_own_pay", lang, n=summary.own_pay))
    if summary.not_costed:
        lines.append(t("cost_not_costed", lang, n=summary.not_costed))
    blocks: list[Block] = [cost_table(summary, lang, people), Facts(facts), Notes(lines)]
    return blocks + sources_block(summary.sources, lang)


def shown_money(value: float) -> int:
    """An amount as `money` shows it, as a number."""
    return int(money(value).replace(",", ""))


def rounding_note(
    columns: Sequence[tuple[Sequence[float | None], float | None]], lang: Lang
) -> list[str]:
    """The note that amounts are rounded, when a column's rows as shown (whole units) do not
    add up to its total as shown: each column is (its rows' amounts, its total)."""
    for parts, total in columns:
        if total is None:
            continue
        if sum(shown_money(p) for p in parts if p is not None) != shown_money(total):
            return [t("money_rounded", lang)]
    return []


def pay_notes(info: PayInfo, without: Sequence[str], lang: Lang) -> list[str]:
    """What every costed output says of its figures: how far they go (indicative), the
    on-cost rate and its basis, the roles that have no band (by name)."""
    out = []
    if info.indicative:
        note = name(info, lang, "note") if info.note else None
        out.append(
            t("pay_indicative", lang, note=note) if note else t("pay_indicative_plain", lang)
        )
    pct = f"{info.on_cost * 100:g}"
    if info.on_cost_basis:
        basis = name(info, lang, "on_cost_basis")
        out.append(t("on_cost_note", lang, pct=pct, basis=basis))
    else:
        out.append(t("on_cost_plain", lang, pct=pct))
    if without:
        out.append(t("roles_without_pay", lang, roles=list(without)))
    return out


def sources_block(sources: Sequence[SourceRef], lang: Lang) -> list[Block]:
    """The sources by title, numbered as the tables cite them (`[2]`)."""
    if not sources:
        return []
    numbers = numbered(sources)
    label = t("fact_sources", lang)
    items: list[tuple[str, str | Bar]] = [
        (f"{label} [{numbers[s.id]}]", cite(s, lang)) for s in sources
    ]
    return [Facts(items)]
