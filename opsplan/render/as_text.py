"""Plain `file:line:col: level: message` lines, the validate default."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from opsplan.models import Problem, ValidationReport

MAX_SHOWN = 50


def problem_lines(problems: list[Problem], limit: int = MAX_SHOWN) -> str:
    """At most `limit` problems, one a line, then "... and N more" when cut."""
    lines = [p.format() for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"... and {len(problems) - limit} more")
    return "".join(line + "\n" for line in lines)


def render(result: BaseModel, **_: Any) -> str:
    """Problems, then one summary line per file."""
    assert isinstance(result, ValidationReport)
    out = problem_lines(result.problems)
    for check in result.files:
        state = "ok" if check.valid else f"{check.errors} error{'s' if check.errors != 1 else ''}"
        kind = check.kind if check.readable else "not read"
        out += f"{check.file}: {state}" + (f" ({kind})" if kind != "unknown" else "") + "\n"
    return out
