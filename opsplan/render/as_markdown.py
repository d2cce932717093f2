"""Markdown: tables and notes to paste into a message or a wiki."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from opsplan.models import Recommendation, RoleList
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
    raise TypeError(f"no Markdown for {type(result).__name__}")
