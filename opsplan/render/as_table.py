"""Terminal tables with rich."""

from __future__ import annotations

import io

from pydantic import BaseModel
from rich import box
from rich.console import Console
from rich.table import Table

from opsplan.models import OverloadReport, Recommendation, RoleList
from opsplan.render import common


def _console(width: int, color: bool) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False
    )
    return console, buffer


def render(result: BaseModel, *, width: int = 100, color: bool = False) -> str:
    """The result as a table (and its notes) for a terminal `width` columns wide."""
    console, buffer = _console(width, color)
    if isinstance(result, Recommendation):
        _recommendation(console, result)
    elif isinstance(result, RoleList):
        _roles(console, result)
    elif isinstance(result, OverloadReport):
        _overload(console, result, width)
    else:
        raise TypeError(f"no table for {type(result).__name__}")
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _recommendation(console: Console, result: Recommendation) -> None:
    table = Table(
        title=f"Recommended staffing: {common.title(result)}",
        box=box.SIMPLE_HEAD,
        show_footer=True,
        title_justify="left",
    )
    totals = common.total_cells(result)
    for i, header in enumerate(common.RECOMMEND_HEADER):
        table.add_column(header, footer=totals[i], justify="left" if i == 0 else "right")
    for row in result.roles:
        table.add_row(*common.recommend_cells(row), style="dim" if row.optional else None)
    console.print(table)
    unit = "FTE" if result.fte else "people"
    console.print(f"Recommended in {unit}; ↑/↓: the workload implies more/less than the norm.")
    for note in result.notes:
        console.print(f"- {note}")


def _roles(console: Console, result: RoleList) -> None:
    if result.single:
        role = result.roles[0]
        console.print(f"[bold]{role.name}[/bold] ({role.name_zh}) - {role.id}, {role.family}")
        console.print(role.summary)
        table = Table(box=box.SIMPLE_HEAD, title="Duties", title_justify="left")
        for header in ("Duty", "Hours/week", "Per", "Source"):
            table.add_column(header, justify="right" if header == "Hours/week" else "left")
        for duty in role.duties:
            per = role.drivers.get(duty.driver, duty.driver) if duty.driver else "week"
            table.add_row(duty.name, common.num(duty.hours), per, duty.source or "")
        console.print(table)
        demand = ", ".join(f"{s} {common.num(h)} h" for s, h in role.demand_hours.items())
        console.print(f"Weekly demand with the default drivers: {demand}")
        console.print(f"Keywords: {', '.join([*role.keywords.en, *role.keywords.zh])}")
        console.print(f"Sources: {', '.join(role.source)}")
        return
    table = Table(box=box.SIMPLE_HEAD, title="Role catalogue", title_justify="left")
    for header in ("Id", "Name", "中文", "Family", "Duties"):
        table.add_column(header, justify="right" if header == "Duties" else "left")
    for role in result.roles:
        table.add_row(role.id, role.name, role.name_zh, role.family, str(len(role.duties)))
    console.print(table)


def _overload(console: Console, report: OverloadReport, width: int) -> None:
    console.print(f"[bold]{common.who(report)}: the work of {common.company(report)}[/bold]")
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold", no_wrap=True)
    head.add_column()
    head.add_row("By workload", common.workload_line(report))
    head.add_row(
        "", f"{common.load_bar(report.load_ratio, min(width - 24, 60))} {report.load_ratio:g}x"
    )
    head.add_row("By the norms", common.norms_line(report))
    head.add_row("Roles", f"{len(report.roles)} covered. {report.context_switching.note}")
    console.print(head)
    table = Table(box=box.SIMPLE_HEAD, title="Roles covered", title_justify="left")
    for header in ("Role", "Hours/week", "Share", "Norm", "of a full-time job"):
        table.add_column(
            header, justify="left" if header in ("Role", "of a full-time job") else "right"
        )
    limit = max(10, min(30, width - 70))  # 30 cells (3 full-time jobs) in a 100-column terminal
    for role in report.roles:
        hours = common.num(role.hours) + (" est." if role.estimated else "")
        norm = common.norm_cell(role.norm_min, role.norm_max, role.in_norm)
        graph = common.bar(role.hours / report.capacity_hours, limit / 3, limit)
        table.add_row(role.name, hours, common.pct(role.share), norm, graph)
    for task in report.unmatched:
        hours = common.num(task.hours) if task.hours_given else "?"
        table.add_row(f"(unmatched) {task.task}", hours, "", "", "", style="yellow")
    console.print(table)
    if report.handoff:
        console.print("Hand-off plan (largest role first, until the load is at or below 1x):")
        plan = Table.grid(padding=(0, 1))
        plan.add_column(justify="right", min_width=4)
        plan.add_column()
        for i, line in enumerate(common.handoff_lines(report), 1):
            plan.add_row(f"{i}.", line)
        console.print(plan)
        console.print()
    matched = [m for m in report.matches if m.keywords]
    if matched:
        tasks = Table(box=box.SIMPLE_HEAD, title="Tasks matched by keyword", title_justify="left")
        for header in ("Task", "Role", "Keywords"):
            tasks.add_column(header, ratio=3 if header == "Task" else 1)
        for m in matched:
            tasks.add_row(m.text, m.role or "", ", ".join(m.keywords))
        console.print(tasks)
    for note in report.notes:
        console.print(f"- {note}")
