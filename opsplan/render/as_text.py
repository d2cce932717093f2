"""Plain text: located problems one a line (`file:line:col: level: message`) and plain lines,
as compilers print them; any other block as the table format lays it out."""

from __future__ import annotations

from typing import Any

from opsplan.render.cells import findings
from opsplan.textfmt import safe
from opsplan.views.document import Document, Findings, Lines


def render(document: Document, *, width: int = 100, color: bool = False, **_: Any) -> str:
    """The document as plain lines (a title only when it has one)."""
    out: list[str] = [safe(document.title)] if document.title else []
    for block in document.blocks:
        if isinstance(block, Findings):
            out += findings(block)
        elif isinstance(block, Lines):
            out += [safe(item) for item in block.items]
        else:  # any other block as the table format lays it out
            from opsplan.render import as_table

            out += as_table.render(Document("", [block]), width=width, color=color).splitlines()
    return "".join(item + "\n" for item in out)
