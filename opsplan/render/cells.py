"""What the human formats share beyond plain text (`opsplan.textfmt`): a cell as people read
it, and bars."""

from __future__ import annotations

from typing import Any

from opsplan.textfmt import cut, num, pct, place, safe
from opsplan.views.document import Cell, Column, Findings, Located


def shown(value: Any, column: Column) -> str:
    """A cell as a human reads it."""
    if isinstance(value, Cell):
        return value.text
    if value is None:
        return ""
    if column.kind == "pct":
        return pct(value)
    if column.kind == "num":
        return num(value)
    return str(value)


_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, per_unit: float, limit: int) -> str:
    """A bar of `value` x `per_unit` cells (in eighths), at most `limit` cells ('▶' if cut)."""
    cells = max(value, 0.0) * per_unit
    if cells > limit:
        return "█" * (limit - 1) + "▶"
    full, part = int(cells), int((cells % 1) * 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def load_bar(ratio: float, size: int = 60) -> str:
    """The load as a bar with '│' at 1x, scaled to fit `size` cells."""
    per_unit = min(20.0, (size - 1) / max(ratio, 1.0))
    body = bar(ratio, per_unit, size)
    mark = round(per_unit)
    padded = body.ljust(mark)
    return padded[:mark] + "│" + padded[mark:]


def located(item: Located) -> str:
    """`file:line:col: level: message`, leaving out what is unknown (escaped)."""
    where = safe(cut(item.file)) + place(item.line, item.col, item.sheet)
    return f"{where}: {item.level_text}: {safe(item.message)}"


def findings(block: Findings) -> list[str]:
    """At most `limit` problems, then how many more, then the closing one."""
    lines = [located(item) for item in block.items[: block.limit]]
    if len(block.items) > block.limit:
        lines.append(block.more.format(n=len(block.items) - block.limit))
    if block.closing is not None:
        lines.append(located(block.closing))
    return lines
