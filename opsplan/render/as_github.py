"""GitHub Actions annotations: `::error file=...,line=...,col=...::message`."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from opsplan.models import ValidationReport
from opsplan.render.as_text import MAX_SHOWN


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def render(result: BaseModel, **_: Any) -> str:
    """One annotation per problem (at most MAX_SHOWN, then a notice of the rest)."""
    assert isinstance(result, ValidationReport)
    lines = []
    for p in result.problems[:MAX_SHOWN]:
        props = [f"file={_escape(p.file, prop=True)}"]
        if p.line is not None:
            props += [f"line={p.line}", f"col={p.col or 1}"]
        lines.append(f"::{p.level} {','.join(props)}::{_escape(p.message)}")
    if len(result.problems) > MAX_SHOWN:
        lines.append(f"::notice::... and {len(result.problems) - MAX_SHOWN} more")
    return "".join(line + "\n" for line in lines)
