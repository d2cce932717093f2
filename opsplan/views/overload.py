"""The view of `opsplan overload`: the load two ways, the roles covered, a hand-off plan."""

from __future__ import annotations

from typing import Any

from opsplan.i18n import Lang
from opsplan.models.overload import OverloadReport, TaskMatch
from opsplan.textfmt import num, pct
from opsplan.views.common import company, name, notes, people, role_name, span, t
from opsplan.views.document import (
    Bar,
    Block,
    Cell,
    Chart,
    Column,
    Document,
    Facts,
    Line,
    Notes,
    Steps,
    Table,
)

SHOWN = 100  # rows of tasks a human format shows (json and csv hold them all)


def _facts(report: OverloadReport, lang: Lang) -> Facts:
    where = company(report.size, report.marketing)
    n, d = report.norm_headcount, report.department_norm
    switching = report.context_switching
    workload = t(
        "workload_line",
        lang,
        demand=report.demand_hours,
        week=report.capacity_hours,
        ratio=f"{report.load_ratio:g}",
        fte=report.fte,
    )
    norms = t(
        "norms_line",
        lang,
        **where,
        people=people(n.min, n.max, lang),
        dept=people(d.min, d.max, lang),
    )
    roles = t("roles_line", lang, n=len(report.roles))
    if switching.roles > 1:
        roles += t("sentence_sep", lang) + t(
            "switching", lang, n=switching.roles, lost=pct(switching.lost_share)
        )
    ratio = t("times", lang, ratio=f"{report.load_ratio:g}")
    chart = Chart(t("chart_load", lang), _jobs(report, lang), lines=(_one_job(lang),))
    return Facts(
        [
            (t("by_workload", lang), workload),
            ("", Bar(report.load_ratio, ratio, chart=chart)),
            (t("by_norms", lang), norms),
            (t("roles", lang), roles),
        ]
    )


def _roles_table(report: OverloadReport, lang: Lang) -> Table:
    columns = [
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang), wrap=True),
        Column("hours", t("col_hours_week", lang), "num"),
        Column("estimated", "estimated", audience="machine"),
        Column("share", t("col_share", lang), "pct"),
        Column("norm_min", "norm_min", "int", audience="machine"),
        Column("norm_max", "norm_max", "int", audience="machine"),
        Column("norm", t("col_norm", lang), "int", audience="human"),
        Column("in_norm", "in_norm", audience="machine"),
        Column("load", t("col_full_time", lang), "bar", audience="human"),
    ]
    rows: list[list[Any]] = []
    for r in report.roles:
        hours = Cell(r.hours, t("hours_est", lang, h=num(r.hours)) if r.estimated else num(r.hours))
        norm = span(r.norm_min, r.norm_max, lang) if r.in_norm else "-"
        low, high = (r.norm_min, r.norm_max) if r.in_norm else (None, None)  # csv: empty, not 0-0
        row = [r.role, name(r, lang), hours, r.estimated, r.share, low, high, norm]
        rows.append([*row, r.in_norm, r.hours / report.capacity_hours])
    before, _, after = t("unmatched_task", lang, task="\0").partition("\0")
    for u in report.unmatched:
        hours = Cell(u.hours, num(u.hours) if u.hours_given else "?")
        rows.append(["", before + u.task + after, hours, False, None, None, None, "", False, None])
    styles = [None] * len(report.roles) + ["warn"] * len(report.unmatched)
    title = t("roles_covered", lang)
    week = report.capacity_hours
    chart = Chart(
        t("chart_hours", lang),
        t("chart_axis_hours", lang),
        values=("hours",),
        lines=(Line(week, t("chart_week_line", lang, h=week)),),
    )
    return Table(
        columns,
        rows,
        title=title,
        styles=styles,  # type: ignore[arg-type]
        primary=True,
        limit=len(report.roles) + SHOWN,
        more=t("more_unmatched", lang),
        charts=(chart,),
    )


def view(report: OverloadReport, lang: Lang) -> Document:
    """One person's load by workload and by the norms, the roles, the plan and the notes."""
    who = report.name or t("one_person", lang)
    title = t("overload_title", lang, who=who, **company(report.size, report.marketing))
    blocks: list[Block] = [_facts(report, lang), _roles_table(report, lang)]
    if report.handoff:
        before = report.load_ratio
        steps = []
        points = [(t("chart_now", lang), Cell(before, t("times", lang, ratio=f"{before:g}")))]
        for step in report.handoff:
            steps.append(
                t(
                    "handoff_step",
                    lang,
                    name=name(step, lang),
                    hours=step.hours,
                    before=f"{before:g}",
                    after=f"{step.load_ratio_after:g}",
                )
            )
            before = step.load_ratio_after
            points.append((name(step, lang), Cell(before, t("times", lang, ratio=f"{before:g}"))))
        chart = Chart(
            t("chart_handoff", lang),
            _jobs(report, lang),
            lines=(_one_job(lang),),
            points=tuple(points),
        )
        blocks.append(Steps(t("handoff_title", lang), steps, chart=chart))
    matched = [m for m in report.matches if m.keywords or m.candidates or m.not_duty or m.shares]
    if matched:
        columns = [
            Column("task", t("col_task", lang), wrap=True),
            Column("role", t("col_role", lang), wrap=True),
            Column("keywords", t("col_keywords", lang), wrap=True),
        ]
        rows: list[list[Any]] = [
            [m.text, _matched_role(m, report, lang), _words(m, lang)] for m in matched
        ]
        table = Table(columns, rows, title=t("matched_title", lang), limit=SHOWN)
        table.more = t("more_matched", lang)
        blocks.append(table)
    blocks.append(Notes(notes(report.notes, lang)))
    return Document(title, blocks)


def _words(match: TaskMatch, lang: Lang) -> str:
    """The phrases that decided, joined as a list in `lang`: each shared role's apart
    (`软文 / 论坛`)."""
    sep = t("list_sep", lang)
    if match.shares:
        return " / ".join(sep.join(s.keywords) for s in match.shares)
    return match.not_duty or sep.join(match.keywords)


def _jobs(report: OverloadReport, lang: Lang) -> str:
    """The axis of a load: full-time jobs of the report's week."""
    return t("chart_axis_jobs", lang, week=report.capacity_hours)


def _one_job(lang: Lang) -> Line:
    """The line at one full-time job."""
    return Line(1.0, t("chart_one_job", lang), "bad")


def _matched_role(match: TaskMatch, report: OverloadReport, lang: Lang) -> Cell:
    """The role by name: `SEO specialist`, `SEO specialist (or SEM (paid search) specialist?)`
    for a close runner-up, `unmatched: SEO specialist or SEM ...?` for a task below the
    confidence threshold, `not a duty` (a requirement or a trait), or `Copywriter + Network
    promotion specialist (shared)` for a task of several roles' work; the id (`seo+sem` where
    shared) where a machine reads it."""

    def named(role: str) -> str:
        return role_name(report.role_names, role, lang)

    if match.shares:
        ids = [s.role for s in match.shares]
        return Cell("+".join(ids), t("role_shared", lang, roles=" + ".join(map(named, ids))))
    if match.not_duty:
        return Cell(None, t("not_a_duty", lang))
    if match.candidates:
        first, *rest = [named(c) for c in match.candidates]
        choice = (
            t("candidates_or", lang, first=first, second=rest[0])
            if rest
            else t("candidate_one", lang, first=first)
        )
        return Cell(None, t("unmatched_unsure", lang, candidates=choice))
    if match.role and match.runner_up:
        shown = t("role_or", lang, role=named(match.role), other=named(match.runner_up))
        return Cell(match.role, shown)
    return Cell(match.role, named(match.role) if match.role else "")
