"""The view of `opsplan team`: roles against the norm, people's loads, risks, hiring order."""

from __future__ import annotations

from typing import Any

from opsplan.core.team import OVER, WARN
from opsplan.i18n import Lang
from opsplan.models.team import Advice, SinglePoint, TeamPerson, TeamReport
from opsplan.textfmt import pct, signed
from opsplan.views import tables
from opsplan.views.common import (
    company,
    name,
    notes,
    people,
    role_name,
    role_norm_columns,
    span,
    t,
)
from opsplan.views.document import (
    Block,
    Cell,
    Chart,
    Column,
    Document,
    Facts,
    LazyRows,
    Line,
    Notes,
    Paragraph,
    Steps,
    Table,
)
from opsplan.views.team_tables import data_tables

_FLAGS = {"over": " !", "warn": " ~"}
_HEADCOUNT = {0: "headcount_line", 1: "headcount_line_one"}
_STYLES = {"over": "bad", "warn": "warn"}


def _roles(report: TeamReport, lang: Lang) -> Table:
    columns = [
        *role_norm_columns(lang),
        Column("staffed_fte", t("col_staffed", lang), "num"),
        # open positions: a column for people only when there are some (csv always has it)
        Column(
            "planned_fte", t("col_planned", lang), "num", "all" if report.vacancies else "machine"
        ),
        Column("demand_fte", t("col_demand_fte", lang), "num"),
        Column("gap_fte", t("col_gap", lang), "int"),
        Column("status", t("col_status", lang)),
        Column("covered_by", t("col_covered_by", lang), wrap=True),
    ]
    rows: list[list[Any]] = []
    for r in report.roles:
        status = Cell(r.status, t(f"status_{r.status}", lang))
        norm = span(r.min, r.max, lang) if r.in_norm else "-"
        who = _names(r.covered_by, lang)
        planned = r.planned_fte or None
        gap = Cell(r.gap_fte, signed(r.gap_fte))
        rows.append(
            [
                r.role,
                name(r, lang),
                r.min,
                r.max,
                norm,
                r.staffed_fte,
                planned,
                r.demand_fte,
                gap,
                status,
                who,
            ]
        )
    styles = [
        "bad" if r.status == "missing" else "warn" if r.status in ("under", "over") else None
        for r in report.roles
    ]
    alone = {p.role for p in report.single_points_of_failure if p.kind != "sole_cover"}
    chart = Chart(
        t("chart_coverage", lang),
        t("chart_axis_fte", lang),
        values=("staffed_fte", "demand_fte"),
        highlight=tuple(i for i, r in enumerate(report.roles) if r.role in alone),
        highlight_label=t("chart_spof", lang),
    )
    table = Table(
        columns,
        rows,
        title=t("team_roles", lang),
        styles=styles,  # type: ignore[arg-type]
        primary=True,
        charts=(chart,),
    )
    table.name = tables.ROLES
    return table


SHOWN_NAMES = 10  # of a role's people, in a human format (csv lists them all)


def _names(names: list[str], lang: Lang) -> Cell:
    """Who covers a role: all of them for machines; the first ten and how many more for people
    (a role of a 50,000-person team may have 20,000)."""
    sep = t("list_sep", lang)
    if len(names) <= SHOWN_NAMES:
        return Cell(", ".join(names), sep.join(names))
    first = sep.join(names[:SHOWN_NAMES])
    return Cell(
        ", ".join(names), t("names_more", lang, names=first, n=f"{len(names) - SHOWN_NAMES:,}")
    )


def _people(report: TeamReport, lang: Lang) -> Table:
    columns = [
        Column("name", t("col_person", lang), wrap=True),
        Column("roles", t("col_roles", lang), wrap=True),
        Column("capacity_hours", t("col_week", lang), "num"),
        Column("hours", t("col_hours_week", lang), "num"),
        Column("load", t("col_load", lang), "pct"),
    ]
    sep, names = t("list_sep", lang), report.role_names

    def row(p: TeamPerson) -> list[Any]:
        # people read the roles' names; machines (csv) their ids
        ids = ", ".join(f"{r.role} {pct(r.share)}" for r in p.roles)
        shown = sep.join(f"{role_name(names, r.role, lang)} {pct(r.share)}" for r in p.roles)
        if p.outside_share:  # machines: `outside 50%` in every language, as `outside_share`
            outside = t("outside_share", lang, share=pct(p.outside_share))
            ids = ", ".join(filter(None, [ids, f"outside {pct(p.outside_share)}"]))
            shown = sep.join(filter(None, [shown, outside]))
        parts = Cell(ids, shown)
        label = p.name
        if p.outsourced:
            label = t("outsourced_label", lang, name=label)
        if p.vacancy:
            label = t("vacancy_label", lang, name=label)
        load = Cell(p.load, "" if p.vacancy else pct(p.load) + _FLAGS.get(p.flag or "", ""))
        return [label, parts, p.capacity_hours, None if p.vacancy else p.hours, load]

    rows = LazyRows(report.people, row)  # a human format shows 200 of 50,000
    styles: list[Any] = [
        _STYLES.get(p.flag or "", "dim" if p.vacancy else None) for p in report.people
    ]
    sole = {p.person for p in report.single_points_of_failure if p.kind == "sole_cover"}
    chart = Chart(
        t("chart_team_load", lang),
        t("chart_axis_load", lang),
        values=("load",),
        lines=(Line(OVER, pct(OVER), "bad"), Line(WARN, pct(WARN), "warn")),
        highlight=tuple(i for i, p in enumerate(report.people) if p.name in sole),
        highlight_label=t("chart_spof", lang),
    )
    table = Table(
        columns, rows, title=t("team_people", lang), styles=styles, limit=200, charts=(chart,)
    )
    table.name = tables.PEOPLE
    table.more = t("more_people", lang)
    return table


def _point(point: SinglePoint, report: TeamReport, lang: Lang) -> str:
    if point.kind == "sole_cover":
        roles = [role_name(report.role_names, r, lang) for r in point.roles]
        return t("spof_sole", lang, person=point.person, roles=roles)
    role = name(point, lang)
    if point.kind == "one_person":
        return t("spof_one", lang, role=role, person=point.person)
    return t("spof_outsiders", lang, role=role)


def _advice(advice: Advice, report: TeamReport, lang: Lang) -> str:
    names = report.role_names
    role = role_name(names, advice.role, lang)
    if advice.kind == "move":
        return t(
            "advice_move",
            lang,
            hours=advice.hours,
            role=role,
            person=advice.person,
            before=pct(advice.person_load or 0),
            after=pct(advice.person_load_after or 0),
            other=advice.other,
            other_before=pct(advice.other_load or 0),
            other_after=pct(advice.other_load_after or 0),
        )
    role = name(advice, lang) if advice.name else role
    code = f"advice_{advice.kind}" + ("_outsiders" if advice.outsiders else "")
    return t(
        code,
        lang,
        role=role,
        person=advice.person,
        other=advice.other or "",
        roles=[role_name(names, r, lang) for r in advice.other_roles],
        hours=advice.hours or 0,
        load=pct(advice.other_load or 0),
        family=t(f"family_{advice.family}", lang) if advice.family else "",
    )


def _bus_factor(n: int, lang: Lang) -> str:
    """The bus factor in words: at 0 a role is uncovered with everyone present."""
    return t("bus_factor_zero", lang) if n == 0 else t("bus_factor_line", lang, n=n)


def view(report: TeamReport, lang: Lang) -> Document:
    """The team: facts, roles, people, single points of failure, hiring order, notes."""
    title = t(
        "team_title",
        lang,
        who=report.name or t("the_team", lang),
        **company(report.size, report.marketing),
    )
    facts = Facts(
        [
            (
                t("fact_headcount", lang),
                t(
                    _HEADCOUNT.get(report.vacancies, "headcount_line_open"),
                    lang,
                    n=people(report.headcount, report.headcount, lang),
                    fte=report.staffed_fte,
                    vacancies=report.vacancies,
                    norm=people(report.norm.min, report.norm.max, lang),
                ),
            ),
            (t("fact_bus_factor", lang), _bus_factor(report.bus_factor, lang)),
        ]
    )
    roles = _roles(report, lang)
    blocks: list[Block] = [facts, roles, _people(report, lang)]
    # "Without X, nobody covers ..." says what each one-person role says, per person: the
    # human formats show that; JSON keeps every point.
    points = [
        _point(p, report, lang) for p in report.single_points_of_failure if p.kind != "one_person"
    ]
    blocks += [
        Paragraph(t("spof_title", lang), heading=True),
        Notes(points or [t("spof_none", lang)]),
    ]
    advice = [_advice(a, report, lang) for a in report.advice]
    if advice:
        blocks += [Paragraph(t("advice_title", lang), heading=True), Notes(advice)]
    if report.hiring_order:
        steps = [
            t(
                "hire_step",
                lang,
                name=name(h, lang),
                reason=t(f"reason_{h.reason}", lang),
                n=h.headcount,
                worst=pct(h.worst_load),
                uncovered=[role_name(report.role_names, r, lang) for r in h.uncovered]
                or t("none", lang),
            )
            for h in report.hiring_order
        ]
        blocks.append(Steps(t("hiring_title", lang), steps))
    blocks.append(Notes(notes(report.notes, lang)))
    cost = getattr(report, "cost", None)  # team --cost
    if cost is not None:
        from opsplan.views.cost import add_machine_columns, cost_blocks

        add_machine_columns(roles, cost)
        blocks += cost_blocks(cost, lang, "col_fte")
    return Document(title, blocks, data_tables(report, lang))
