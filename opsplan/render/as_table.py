"""Terminal text: aligned tables (CJK characters count double), facts, bars and notes.

Plain string building, linear in the cells: no markup language, so text from a user's file
(`[important] update`) is shown as written, with control characters escaped.
"""

from __future__ import annotations

from typing import Any

from opsplan.render.cells import bar, findings, load_bar, shown
from opsplan.textfmt import pad, safe, width, wrap
from opsplan.views.document import (
    Bar,
    Column,
    Document,
    Facts,
    Findings,
    Lines,
    Notes,
    Paragraph,
    Steps,
    Style,
    Table,
)

_ANSI = {"bold": "\x1b[1m", "dim": "\x1b[2m", "warn": "\x1b[33m", "bad": "\x1b[31m"}
_RESET = "\x1b[0m"


class _Page:
    def __init__(self, page_width: int, color: bool) -> None:
        self.width = page_width
        self.color = color
        self.lines: list[str] = []

    def styled(self, text: str, style: str | None) -> str:
        return f"{_ANSI[style]}{text}{_RESET}" if self.color and style and text else text

    def add(self, text: str = "", style: str | None = None) -> None:
        self.lines.append(self.styled(text.rstrip(), style))

    def gap(self) -> None:
        """A blank line, unless the page already ends with one."""
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def hanging(self, first: str, text: str, indent: int, style: str | None = None) -> None:
        """`first` then `text` wrapped to the page, continued `indent` columns in."""
        for i, line in enumerate(wrap(safe(text), self.width - indent)):
            self.add((first if i == 0 else " " * indent) + line, style)


def render(document: Document, *, width: int = 100, color: bool = False, **_: Any) -> str:
    """The document laid out for a terminal `width` columns wide."""
    page = _Page(width, color)
    page.hanging("", document.title, 0, "bold")
    for block in document.blocks:
        if isinstance(block, Facts):
            _facts(page, block)
        elif isinstance(block, Table):
            _table(page, block)
        elif isinstance(block, Steps):
            page.gap()
            page.hanging("", block.title, 0)
            for i, item in enumerate(block.items, 1):
                page.hanging(f"{i:>3}. ", item, 5)
            page.add()
        elif isinstance(block, Notes):
            for note in block.items:
                page.hanging("- ", note, 2)
        elif isinstance(block, Paragraph):
            if block.heading:
                page.gap()
            page.hanging("", block.text, 0, "bold" if block.heading else None)
        elif isinstance(block, Bar):
            page.add(_bar_line(block, width))
        elif isinstance(block, Findings):
            page.lines += findings(block)
        elif isinstance(block, Lines):
            page.lines += [safe(item) for item in block.items]
    return "".join(line + "\n" for line in page.lines)


def _bar_line(block: Bar, size: int) -> str:
    return f"{load_bar(block.value, max(min(size - 24, 60), 10))} {block.text}"


def _facts(page: _Page, block: Facts) -> None:
    labels = max((width(label) for label, _ in block.items), default=0)
    for label, value in block.items:
        first = page.styled(pad(safe(label), labels), "bold") + "  "
        if isinstance(value, Bar):
            bar_width = max(min(page.width - labels - 12, 60), 10)
            page.add(" " * (labels + 2) + f"{load_bar(value.value, bar_width)} {value.text}")
            continue
        for i, line in enumerate(wrap(safe(value), page.width - labels - 2)):
            page.add((first if i == 0 else " " * (labels + 2)) + line)


def _table(page: _Page, table: Table) -> None:
    columns = [c for c in table.columns if c.audience != "machine"]
    keep = [i for i, c in enumerate(table.columns) if c.audience != "machine"]
    bar_limit = max(10, min(30, page.width - 70))
    shown, more = table.shown_rows()
    rows = [
        [_text(row[i], c, bar_limit) for i, c in zip(keep, columns, strict=False)] for row in shown
    ]
    footer = (
        [_text(table.footer[i], c, bar_limit) for i, c in zip(keep, columns, strict=False)]
        if table.footer
        else None
    )
    sizes = [width(c.label) for c in columns]
    for cells in [*rows, *([footer] if footer else [])]:
        for i, cell in enumerate(cells):
            sizes[i] = max(sizes[i], width(cell))
    _fit(sizes, columns, page.width)
    if table.title:
        page.add(safe(table.title))
    page.add()
    right = [c.kind in ("int", "num", "pct") for c in columns]
    page.add(_row([safe(c.label) for c in columns], sizes, right))
    page.add(" " + "─" * (sum(sizes) + 3 * len(sizes) - 1))
    styles: list[Style | None] = table.styles or []
    for n, cells in enumerate(rows):
        style = styles[n] if n < len(styles) else None
        for line in _wrapped(cells, sizes, right):
            page.add(line, style)
    if more:
        page.hanging("  ", more, 2, "dim")
    if footer:
        page.add()
        page.add(_row(footer, sizes, right), "bold")
    page.add()


def _text(value: Any, column: Column, bar_limit: int) -> str:
    if column.kind == "bar":
        return bar(float(value or 0), bar_limit / 3, bar_limit)  # 1 fills a third
    return safe(shown(value, column))


def _fit(sizes: list[int], columns: list[Column], page_width: int) -> None:
    """Narrow the wrapping columns until the table fits the page: each to 12 columns first,
    then, on a narrow page, to 6."""
    excess = sum(sizes) + 3 * len(sizes) + 1 - page_width
    wrapping = [i for i, c in enumerate(columns) if c.wrap]
    for floor in (12, 6):
        while excess > 0 and wrapping:
            widest = max(wrapping, key=lambda i: sizes[i])
            if sizes[widest] <= floor:
                break
            step = min(excess, sizes[widest] - floor, max(sizes[widest] // 4, 1))
            sizes[widest] -= step
            excess -= step


def _row(cells: list[str], sizes: list[int], right: list[bool]) -> str:
    return " " + " ".join(
        " " + pad(cell, size, r) + " " for cell, size, r in zip(cells, sizes, right, strict=False)
    )


def _wrapped(cells: list[str], sizes: list[int], right: list[bool]) -> list[str]:
    if all(width(cell) <= size for cell, size in zip(cells, sizes, strict=False)):
        return [_row(cells, sizes, right)]
    parts = [wrap(cell, size) for cell, size in zip(cells, sizes, strict=False)]
    height = max(len(p) for p in parts)
    return [_row([p[k] if k < len(p) else "" for p in parts], sizes, right) for k in range(height)]
