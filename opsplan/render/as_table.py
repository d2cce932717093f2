"""Terminal text: aligned tables (CJK characters count double), facts, bars and notes.

Plain string building, linear in the cells: no markup language, so text from a user's file
(`[important] update`) is shown as written, with control characters escaped.
"""

from __future__ import annotations

from typing import Any

from opsplan.render.cells import bar, findings, load_bar, shown
from opsplan.textfmt import longest_word, pad, safe, width, wrap, wrap_scored
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
        for i, line in enumerate(wrap(safe(value), page.width - labels - 2, runs=True)):
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
    labels = [safe(c.label) for c in columns]
    body = [*rows, *([footer] if footer else [])]
    sizes = _layout(labels, body, columns, page.width)
    if table.title:
        page.add(safe(table.title))
    page.add()
    styles: list[Style | None] = table.styles or []
    if sizes is None:  # no layout fits the page: one block a row, `label: value` lines
        _records(page, labels, rows, footer, styles)
    else:
        right = [c.kind in ("int", "num", "pct") for c in columns]
        for line in _wrapped(labels, sizes, right):
            page.add(line)
        page.add(" " + "─" * (sum(sizes) + 3 * len(sizes) - 1))
        for n, cells in enumerate(rows):
            style = styles[n] if n < len(styles) else None
            for line in _wrapped(cells, sizes, right):
                page.add(line, style)
        if more:
            page.hanging("  ", more, 2, "dim")
        if footer:
            page.add()
            for line in _wrapped(footer, sizes, right):
                page.add(line, "bold")
    if sizes is None and more:
        page.hanging("  ", more, 2, "dim")
    page.add()


def _text(value: Any, column: Column, bar_limit: int) -> str:
    if column.kind == "bar":
        return bar(float(value or 0), bar_limit / 3, bar_limit)  # 1 fills a third
    return safe(shown(value, column))


_NUMBERS = ("int", "num", "pct", "bar")


def _layout(
    labels: list[str], body: list[list[str]], columns: list[Column], page_width: int
) -> list[int] | None:
    """Each column's width, so that the table fits the page and no word is split; None when no
    such layout exists.

    A column starts as wide as its widest cell. While the table is too wide, the widest column
    that may give way narrows, in stages, each stage only as far as needed: headings wrap at
    their spaces; the columns meant to wrap, then any column, narrow to their longest word (a
    Chinese run without spaces, such as a name, counts as one); Chinese headings, then the
    Chinese in cells, break between characters. Numbers never wrap.
    """
    chrome = 3 * len(columns) + 1  # " " before each cell, " " after, " " between; a margin
    count = range(len(columns))
    natural = [max(width(c) for c in cells) for cells in zip(labels, *body, strict=False)]
    excess = sum(natural) + chrome - page_width
    if excess <= 0:
        return natural
    numbers = [c.kind in _NUMBERS for c in columns]
    full = [max((width(row[i]) for row in body), default=0) for i in count]
    soft: list[tuple[int, int]] = []
    hard: list[tuple[int, int]] = []
    for runs, out in ((True, soft), (False, hard)):
        for i in count:
            cells = (
                full[i]
                if numbers[i]
                else max((longest_word(row[i], runs=runs) for row in body), default=0)
            )
            out.append((longest_word(labels[i], runs=runs), cells))
    wrapping = [i for i in count if columns[i].wrap]
    everything = list(count)
    stages = [
        # headings wrap at their spaces, never below what wrap keeps whole (a full-width
        # opening bracket holds on to the word after it, across a space)
        (everything, [max(_heading(labels[i]), hard[i][0], full[i]) for i in count]),
        (wrapping, [max(soft[i]) for i in count]),
        (everything, [max(soft[i]) for i in count]),
        (everything, [max(hard[i][0], soft[i][1]) for i in count]),  # Chinese headings break
        (wrapping, [max(hard[i]) for i in count]),
        (everything, [max(hard[i]) for i in count]),
    ]
    sizes = list(natural)
    for group, floors in stages:
        excess = _narrow(sizes, floors, group, excess)
        if excess <= 0:
            return sizes
    return None


def _heading(label: str) -> int:
    """The narrowest a heading wraps to at its spaces without a last line of a letter or two
    (`Week h` stays whole; `Staffed FTE` wraps)."""
    words = label.split(" ")
    if len(words) > 1 and width(words[-1]) <= 2:
        words[-2:] = [" ".join(words[-2:])]
    return max(width(w) for w in words)


def _narrow(sizes: list[int], floors: list[int], group: list[int], excess: int) -> int:
    """Narrow the widest columns of `group`, never below their floors, until `excess` is gone
    (or they are all at their floors); the excess left."""
    while excess > 0:
        open_ = [i for i in group if sizes[i] > floors[i]]
        if not open_:
            break
        widest = max(open_, key=lambda i: sizes[i])
        others = [sizes[i] for i in open_ if i != widest]
        step = min(excess, sizes[widest] - floors[widest])
        if others:  # down to the next widest; a column as wide as another gives one at a time
            step = min(step, max(sizes[widest] - max(others), 1))
        sizes[widest] -= step
        excess -= step
    return excess


def _row(cells: list[str], sizes: list[int], right: list[bool]) -> str:
    return " " + " ".join(
        " " + pad(cell, size, r) + " " for cell, size, r in zip(cells, sizes, right, strict=False)
    )


def _wrapped(cells: list[str], sizes: list[int], right: list[bool]) -> list[str]:
    if all(width(cell) <= size for cell, size in zip(cells, sizes, strict=False)):
        return [_row(cells, sizes, right)]
    parts = [_balanced(cell, size) for cell, size in zip(cells, sizes, strict=False)]
    height = max(len(p) for p in parts)
    return [_row([p[k] if k < len(p) else "" for p in parts], sizes, right) for k in range(height)]


def _balanced(cell: str, size: int) -> list[str]:
    """`cell` wrapped to `size` columns; Chinese in as even lines as the same number of lines
    and breaks as good allow (在岗 / 人力, not 在岗人 / 力; 美工 50%、/ 新媒体运营 50%)."""
    lines, cost = wrap_scored(cell, size, runs=True)
    if len(lines) == 1 or cell.isascii():
        return lines
    floor = longest_word(cell)
    while size > floor:  # narrower, while no line is added and no worse break made
        narrower, more = wrap_scored(cell, size - 1, runs=True)
        if len(narrower) > len(lines) or more > cost or max(map(width, narrower)) > size - 1:
            break
        lines, size = narrower, size - 1
    return lines


def _records(
    page: _Page,
    labels: list[str],
    rows: list[list[str]],
    footer: list[str] | None,
    styles: list[Style | None],
) -> None:
    """The table as records: one block a row, a `label: value` line for each cell that has a
    value, the value wrapped beside its label (below it, when the labels take half the page)."""
    tags = [label + _colon(label) for label in labels]
    indent = max(width(tag) for tag in tags) + 3  # "  label: "
    beside = indent <= page.width // 2
    for n, cells in enumerate([*rows, *([footer] if footer else [])]):
        style: str | None = "bold" if n == len(rows) else styles[n] if n < len(styles) else None
        if n:
            page.add()
        for tag, cell in zip(tags, cells, strict=False):
            if not cell.strip():
                continue
            if beside:
                first = "  " + pad(tag, indent - 3) + " "
                lines = wrap(cell, page.width - indent, runs=True)
                for k, line in enumerate(lines):
                    page.add((first if k == 0 else " " * indent) + line, style)
                continue
            for line in wrap(tag, page.width - 2, runs=True):
                page.add("  " + line, style)
            for line in wrap(cell, page.width - 4, runs=True):
                page.add("    " + line, style)


def _colon(label: str) -> str:
    """The colon after a record's label: full-width after Chinese (U+FF1A), else `:`."""
    return "：" if label and width(label[-1]) == 2 else ":"  # noqa: RUF001
