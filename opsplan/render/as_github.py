"""GitHub Actions annotations: one `::error file=...,line=...,col=...::message` per located
problem (at most `limit`, then a notice of the rest), so that problems show on a pull request.
Other blocks are not annotations and are left out."""

from __future__ import annotations

from typing import Any

from opsplan.textfmt import safe
from opsplan.views.document import Document, Findings


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def render(document: Document, **_: Any) -> str:
    """The document's located problems as workflow commands."""
    lines = []
    for block in document.blocks:
        if not isinstance(block, Findings):
            continue
        items = [*block.items, *([block.closing] if block.closing else [])]
        for p in items[: block.limit]:
            props = [f"file={_escape(safe(p.file), prop=True)}"]
            if p.line is not None:
                props += [f"line={p.line}", f"col={p.col or 1}"]
            lines.append(f"::{p.level} {','.join(props)}::{_escape(safe(p.message))}")
        if len(items) > block.limit:
            lines.append("::notice::" + block.more.format(n=len(items) - block.limit))
    return "".join(line + "\n" for line in lines)
