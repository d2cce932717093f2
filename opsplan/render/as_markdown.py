"""Markdown: tables and notes to paste into a message or a wiki."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from opsplan.models import OverloadReport, Recommendation, RoleList
from opsplan.render import common


def table(header: list[str], rows: list[list[str]], right_from: int = 1) -> str:
    """A GitHub-flavoured Markdown table; columns from `right_from` on are right-aligned."""
    align = ["---" if i < right_from else "---:" for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n"

    return line(header) + line(align) + "".join(line(r) for r in rows)


def render(result: BaseModel, **_: Any) -> str:
    """The result as Markdown."""
    if isinstance(result, Recommendation):
        rows = [common.recommend_cells(r) for r in result.roles]
        rows.append([f"**{c}**" if c else "" for c in common.total_cells(result)])
        out = f"## Recommended staffing: {common.title(result)}\n\n"
        out += table(common.RECOMMEND_HEADER, rows) + "\n"
        return out + "".join(f"- {note}\n" for note in result.notes)
    if isinstance(result, RoleList):
        header = ["Id", "Name", "中文", "Family", "Summary"]
        rows = [[r.id, r.name, r.name_zh, r.family, r.summary] for r in result.roles]
        return table(header, rows, right_from=len(header))
    if isinstance(result, OverloadReport):
        return _overload(result)
    raise TypeError(f"no Markdown for {type(result).__name__}")


def _overload(report: OverloadReport) -> str:
    out = f"## {common.who(report)}: the work of {common.company(report)}\n\n"
    out += f"- **By workload:** {common.workload_line(report)}.\n"
    out += f"- **By the norms:** {common.norms_line(report)}.\n"
    out += f"- **Roles covered:** {len(report.roles)}. {report.context_switching.note}\n\n"
    rows = [
        [
            r.name,
            common.num(r.hours) + (" (est.)" if r.estimated else ""),
            common.pct(r.share),
            common.norm_cell(r.norm_min, r.norm_max, r.in_norm),
        ]
        for r in report.roles
    ]
    rows += [
        [f"(unmatched) {t.task}", common.num(t.hours) if t.hours_given else "?", "", ""]
        for t in report.unmatched
    ]
    out += table(["Role", "Hours/week", "Share", "Norm (people)"], rows) + "\n"
    if report.handoff:
        out += "### Hand-off plan\n\n"
        out += "".join(f"{i}. {line}\n" for i, line in enumerate(common.handoff_lines(report), 1))
        out += "\n"
    return out + "".join(f"- {note}\n" for note in report.notes)
