"""What every human format shares: numbers, percentages, display width, safe text, bars."""

from __future__ import annotations

import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from opsplan.render.escape import cut, safe, unicode_only
from opsplan.views.document import Cell, Column

__all__ = ["bar", "cut", "load_bar", "num", "pad", "pct", "safe", "shown", "unicode_only"]
__all__ += ["width", "wrap"]


def num(value: float) -> str:
    """5 -> '5', 5.25 -> '5.3' (half up), with no trailing '.0'."""
    rounded = Decimal(repr(float(value))).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{rounded}".removesuffix(".0").replace("-0", "0") if rounded else "0"


def pct(fraction: float) -> str:
    """0.735 -> '74%' (half up, so 52% and 48% do not sit side by side for 0.515/0.485)."""
    hundredths = Decimal(repr(float(fraction) * 100)).quantize(Decimal("0.000001"))
    return f"{hundredths.quantize(Decimal(1), ROUND_HALF_UP)}%"


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


def width(text: str) -> int:
    """Terminal columns `text` takes: CJK and full-width characters take two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, size: int, right: bool = False) -> str:
    """`text` padded with spaces to `size` columns."""
    fill = " " * max(size - width(text), 0)
    return fill + text if right else text + fill


def wrap(text: str, size: int) -> list[str]:
    """`text` in lines of at most `size` columns: at spaces, else between characters."""
    size = max(size, 1)
    if width(text) <= size:
        return [text]
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if width(candidate) <= size:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:
            if width(line + char) > size:
                lines.append(line)
                line = ""
            line += char
    if line:
        lines.append(line)
    return lines


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
