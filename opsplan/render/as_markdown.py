"""Markdown: headings, tables and lists to paste into a message or a wiki."""

from __future__ import annotations

import re
from typing import Any

from opsplan.render.cells import shown
from opsplan.textfmt import safe, width
from opsplan.views.document import Bar, Document, Facts, Notes, Paragraph, Steps, Table

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """User text made inert in Markdown: specials backslashed, controls escaped."""
    return _SPECIAL.sub(r"\\\1", safe(text))


def _colon(label: str) -> str:
    """The colon after a label: full-width after a Chinese one, else ASCII."""
    return "：" if label and width(label[-1]) == 2 else ":"  # noqa: RUF001


def render(document: Document, **_: Any) -> str:
    """The document as GitHub-flavoured Markdown."""
    out = f"## {md(document.title)}\n\n"
    for block in document.blocks:
        if isinstance(block, Facts):
            for label, value in block.items:
                if not isinstance(value, Bar):
                    out += f"- **{md(label)}{_colon(label)}** {md(value)}\n"
            out += "\n"
        elif isinstance(block, Table):
            out += _table(block) + "\n"
        elif isinstance(block, Steps):
            out += f"### {md(block.title)}\n\n"
            out += "".join(f"{i}. {md(item)}\n" for i, item in enumerate(block.items, 1)) + "\n"
        elif isinstance(block, Notes):
            out += "".join(f"- {md(note)}\n" for note in block.items)
        elif isinstance(block, Paragraph):
            out += f"### {md(block.text)}\n\n" if block.heading else f"{md(block.text)}\n\n"
        elif isinstance(block, Bar):
            out += f"{md(block.text)}\n\n"
    return out.rstrip("\n") + "\n"


def _table(table: Table) -> str:
    columns = [c for c in table.columns if c.audience != "machine" and c.kind != "bar"]
    keep = [i for i, c in enumerate(table.columns) if c.audience != "machine" and c.kind != "bar"]
    align = ["---:" if c.kind in ("int", "num", "pct") else "---" for c in columns]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |\n"

    out = f"### {md(table.title)}\n\n" if table.title else ""
    out += line([md(c.label) for c in columns]) + line(align)
    rows, more = table.shown_rows()
    for row in rows:
        out += line([md(shown(row[i], c)) for i, c in zip(keep, columns, strict=False)])
    if table.footer:
        footer = [md(shown(table.footer[i], c)) for i, c in zip(keep, columns, strict=False)]
        out += line([f"**{cell}**" if cell else "" for cell in footer])
    return out + (f"\n{md(more)}\n" if more else "")
