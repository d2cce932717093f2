"""The view of `opsplan plan`: the target, month by month (the table a CSV export and a chart
take: headcount and cost per month), the hires with the day recruiting starts, the phases,
what is not hired and why, and the notes on the figures."""

from __future__ import annotations

from typing import Any

from opsplan.core.rounding import shown_sum
from opsplan.i18n import Lang
from opsplan.models.plan import PlanResult
from opsplan.textfmt import num
from opsplan.views import tables
from opsplan.views.common import company, name, notes, t
from opsplan.views.cost import (
    amount_text,
    kind_text,
    machine_cells,
    money,
    money_cell,
    numbered,
    pay_notes,
    per,
    sources_block,
    span,
)
from opsplan.views.document import (
    Block,
    Cell,
    Chart,
    Column,
    Document,
    Facts,
    Line,
    Notes,
    Paragraph,
    Table,
)


def _facts(result: PlanResult, lang: Lang) -> Facts:
    target = result.target
    if target.team is not None:
        start = t(
            "plan_target_team",
            lang,
            n=target.headcount,
            team=target.team,
            have=target.team_headcount,
        )
    else:
        start = t("plan_target_nothing", lang, n=target.headcount)
    items = [(t("fact_target", lang), start)]
    if target.team is not None:
        items.append((t("fact_end_headcount", lang), _end(result, lang)))
    if result.budget is not None:
        items.append(
            (
                t("fact_budget", lang),
                t("budget_line", lang, budget=money(result.budget), currency=result.pay.currency),
            )
        )
    at_least, totals = result.at_least, result.totals
    items += [
        (t("fact_first_year", lang), amount_text(totals.first_year, at_least, lang)),
        (t("fact_plan_total", lang, n=result.horizon), amount_text(totals.total, at_least, lang)),
        (
            t("fact_run_rate", lang),
            t(
                "run_rate_line",
                lang,
                month=per("month", amount_text(totals.run_rate, False, lang), at_least, lang),
                year=per("year", money(totals.run_rate_yearly.typical), at_least, lang),
            ),
        ),
    ]
    return Facts(items)  # type: ignore[arg-type]


def _end(result: PlanResult, lang: Lang) -> str:
    """The end headcount as the team's people plus the hires, and its FTE in the target's
    roles and outside them: each in tenths as shown, each total its parts as shown."""
    target = result.target
    inside = shown_sum(r.have for r in target.roles)
    outside = shown_sum(o.have for o in target.outside)
    hired = target.end_headcount - target.team_headcount
    have = round(inside + outside, 1)
    return t(
        "plan_end_team_outside" if target.outside else "plan_end_team",
        lang,
        n=target.end_headcount,
        fte=num(have + hired),
        have=target.team_headcount,
        have_fte=num(have),
        hired=hired,
        inside=num(inside + hired),
        outside=num(outside),
    )


def _targets(result: PlanResult, lang: Lang) -> Table:
    columns = [
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang), wrap=True),
        Column("target", t("col_target", lang), "int"),
        Column("have", t("col_have", lang), "num"),
        Column("gap", t("col_to_hire", lang), "int"),
        Column("hired", t("col_hired", lang), "int"),
        Column("pay", t("col_pay", lang), "num"),
        Column("figure", t("col_figure", lang), audience="human"),
        Column("kind", "kind", audience="machine"),
        Column("source", "source", audience="machine"),
    ]
    roles = result.target.roles
    numbers = numbered(result.sources)
    rows = [
        [
            r.role,
            name(r, lang),
            r.target,
            r.have,
            r.gap,
            r.hired,
            money_cell(r.pay.typical if r.pay else None),
            kind_text(r.kind, r.source, numbers, lang),
            r.kind,
            r.source,
        ]
        for r in roles
    ]
    footer = [
        "",
        t("total", lang),
        sum(r.target for r in roles),
        shown_sum(r.have for r in roles),  # the rows as shown, added
        sum(r.gap for r in roles),
        sum(r.hired for r in roles),
        None,
        None,
        None,
        None,
    ]
    return Table(columns, rows, title=t("plan_targets", lang), name=tables.ROLES, footer=footer)


def _months(result: PlanResult, lang: Lang) -> Table:
    phases = {p.id: name(p, lang) for p in result.phases}
    columns = [
        Column("month", t("col_month", lang)),
        Column("phase", "phase", audience="machine"),
        Column("phase_name", t("col_phase", lang), wrap=True),
        Column("hires", t("col_hires", lang), "int"),
        Column("hires_by_role", "hires_by_role", audience="machine"),
        Column("headcount", t("col_plan_headcount", lang), "int"),
        Column("cost", t("col_cost_month", lang), "num", audience="human"),
        Column("range", t("col_cost_range", lang), audience="human"),
        Column("cumulative", t("col_cumulative", lang), "num", audience="human"),
        *[Column(f"cost_{k}", f"cost_{k}", "num", audience="machine") for k in KINDS],
        *[Column(f"cumulative_{k}", f"cumulative_{k}", "num", audience="machine") for k in KINDS],
    ]
    rows: list[list[Any]] = []
    previous: str | None = None
    for m in result.months:
        count = sum(h.count for h in m.hires)
        # people read the phase where it starts; machines read it on every month
        shown = phases.get(m.phase or "", "") if m.phase != previous else ""
        previous = m.phase
        by_role = "; ".join(f"{h.role} {h.count}" for h in m.hires)
        rows.append(
            [
                m.month,
                m.phase,
                Cell(phases.get(m.phase or "", ""), shown),
                Cell(count, str(count) if count else ""),
                by_role,
                m.headcount,
                money_cell(m.cost.typical, result.at_least),
                span(m.cost, lang),
                money_cell(m.cumulative.typical, result.at_least),
                *machine_cells(m.cost),
                *machine_cells(m.cumulative),
            ]
        )
    title = t("plan_months", lang, currency=result.pay.currency)
    budget = result.budget
    chart = Chart(  # a budget line is drawn in the first panel: cost first when there is one
        t("chart_plan", lang),
        t("col_month", lang),
        kind="time",
        label="month",
        values=("cost", "headcount") if budget else ("headcount", "cost"),
        phase="phase_name",
        lines=(Line(budget, t("chart_budget", lang, budget=money(budget)), "bad"),)
        if budget
        else (),
    )
    return Table(columns, rows, title=title, name=tables.MONTHS, primary=True, charts=(chart,))


KINDS = ("low", "typical", "high")


def _hires(result: PlanResult, lang: Lang) -> Table:
    columns = [
        Column("month", t("col_month", lang)),
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang), wrap=True),
        Column("count", t("col_people", lang), "int"),
        Column("recruit_from", t("col_recruit_from", lang)),
        Column("days", t("col_days", lang), "int"),
    ]
    rows = [
        [m.month, h.role, name(h, lang), h.count, h.recruit_from, h.days]
        for m in result.months
        for h in m.hires
    ]
    title, more = t("plan_hires", lang), t("more_rows", lang)
    return Table(columns, rows, title=title, name=tables.HIRES, limit=200, more=more)


def _phases(result: PlanResult, lang: Lang) -> Table:
    names = {r.role: name(r, lang) for r in result.target.roles}
    columns = [
        Column("id", "id", audience="machine"),
        Column("name", t("col_phase", lang), wrap=True),
        Column("first", t("col_from", lang)),
        Column("last", t("col_to", lang)),
        Column("first_index", "first_index", "int", audience="machine"),
        Column("last_index", "last_index", "int", audience="machine"),
        Column("roles", t("col_roles_in", lang), wrap=True),
    ]
    rows = []
    for p in result.phases:
        roles = t("list_sep", lang).join(names.get(r, r) for r in p.roles)
        if not roles:
            roles = t("phase_rest_none" if p.rest else "none", lang)
        rows.append([p.id, name(p, lang), p.first, p.last, p.first_index, p.last_index, roles])
    return Table(columns, rows, title=t("plan_phases", lang), name=tables.PHASES)


def _not_hired_table(result: PlanResult, lang: Lang) -> Table:
    """What the human formats say in sentences, for CSV and the workbook (empty when the plan
    hires everyone)."""
    columns = [
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang), wrap=True),
        Column("count", t("col_people", lang), "int"),
        Column("month", t("col_month", lang)),
        Column("reason", "reason", audience="machine"),
        Column("reason_text", t("col_reason", lang), wrap=True),
        Column("cost", t("col_cost_month", lang), "num"),
    ]
    rows = [
        [
            n.role,
            name(n, lang),
            n.count,
            n.month,
            n.reason,
            t(f"reason_not_hired_{n.reason}", lang),
            money_cell(n.cost),
        ]
        for n in result.not_hired
    ]
    return Table(columns, rows, title=t("plan_not_hired", lang), name=tables.NOT_HIRED)


def _not_hired(result: PlanResult, lang: Lang) -> list[Block]:
    if not result.not_hired:
        return []
    items = [
        t(
            f"not_hired_{n.reason}",
            lang,
            role=name(n, lang),
            n=n.count,
            month=n.month,
            cost=money(n.cost) if n.cost is not None else t("no_figure", lang),
        )
        for n in result.not_hired
    ]
    return [Paragraph(t("plan_not_hired", lang), heading=True), Notes(items)]


def view(result: PlanResult, lang: Lang) -> Document:
    """The plan: facts, targets, months, hires, phases, what is not hired, notes, sources."""
    title = t(
        "plan_title",
        lang,
        start=result.start,
        end=result.end,
        **company(result.target.size, result.target.marketing),
    )
    blocks: list[Block] = [
        _facts(result, lang),
        _targets(result, lang),
        _months(result, lang),
        _hires(result, lang),
        _phases(result, lang),
        *_not_hired(result, lang),
    ]
    names = {r.role: name(r, lang) for r in result.target.roles}
    names |= {o.role: name(o, lang) for o in result.target.outside}  # the team's, no-pay too
    lines = pay_notes(result.pay, [names.get(r, r) for r in result.roles_without_pay], lang)
    days = t("list_sep", lang).join(
        t("days_of", lang, family=t(f"family_{f}", lang), days=d)
        for f, d in result.time_to_hire.items()
    )
    lines += [t("time_to_hire_note", lang, days=days), *_phase_notes(result, lang)]
    blocks += [Notes([*lines, *notes(result.notes, lang)]), *sources_block(result.sources, lang)]
    return Document(title, blocks, [_not_hired_table(result, lang)])


def _phase_notes(result: PlanResult, lang: Lang) -> list[str]:
    """Each phase's note, with its source's number."""
    numbers = numbered(result.sources)
    out = []
    for p in result.phases:
        if p.note:
            note = t("phase_note", lang, phase=name(p, lang), note=name(p, lang, "note"))
            if p.source and p.source.id in numbers:
                note = t("note_ref", lang, note=note, n=numbers[p.source.id])
            out.append(note)
    return out
