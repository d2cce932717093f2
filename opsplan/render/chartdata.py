"""What a chart draws, read from its hint and the block it is on: rows of numbers and their
texts, in one shape for every chart (the drawing, `opsplan.render.svg`, knows no table).

A bar chart of more rows than fit a page is aggregated: a chart of one value becomes the count
of rows by band of that value (the bands cut at its reference lines); any other keeps its first
rows and says so in its title.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from opsplan.i18n import Lang, text
from opsplan.render.cells import shown
from opsplan.textfmt import safe
from opsplan.views.document import Bar, Cell, Chart, Column, Kind, Line, Steps, Style, Table

MAX_BARS = 40  # rows a bar chart draws one by one; above, it aggregates
MAX_POINTS = 400  # points a time chart draws; above, it keeps the first


@dataclass
class Row:
    """One row of a chart: its label, a value (and its text) per series, a range, a mark, how
    it is styled and whether it is called out."""

    label: str
    values: list[float | None]
    texts: list[str]
    low: float | None = None
    high: float | None = None
    mark: float | None = None
    mark_text: str = ""
    style: Style | None = None
    highlight: bool = False
    phase: str = ""


@dataclass
class Data:
    """A chart ready to draw: its hint, rows, the series' names and kinds, and the titles of
    its axes (the rows' own, and the values')."""

    chart: Chart
    lang: Lang
    title: str
    rows: list[Row]
    series: list[str]
    kinds: list[Kind]
    category: str
    axis: str
    lines: tuple[Line, ...] = ()
    mark_name: str = ""
    band_name: str = ""
    notes: list[str] = field(default_factory=list)


def number(value: Any) -> float | None:
    """A cell's value as a finite number, or None (text, a flag, nothing, .nan)."""
    if isinstance(value, Cell):
        value = value.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        result = float(value)
    except OverflowError:  # an integer too big for a float
        return None
    return result if math.isfinite(result) else None


def _cell_text(value: Any, column: Column) -> str:
    return safe(shown(value, column))


def from_table(chart: Chart, table: Table, lang: Lang) -> Data:
    """The rows of `table` that `chart` names (a column it names that the table lacks is a
    programming error: KeyError)."""
    index = {c.key: i for i, c in enumerate(table.columns)}
    columns = table.columns
    styles = table.styles or []
    value_at = [index[key] for key in chart.values]
    label_at = index[chart.label]
    low_at = index[chart.low] if chart.low else None
    high_at = index[chart.high] if chart.high else None
    mark_at = index[chart.mark] if chart.mark else None
    phase_at = index[chart.phase] if chart.phase else None
    called = set(chart.highlight)
    rows = []
    for n, cells in enumerate(table.rows):
        row = Row(
            label=_cell_text(cells[label_at], columns[label_at]),
            values=[number(cells[i]) for i in value_at],
            texts=[_cell_text(cells[i], columns[i]) for i in value_at],
            style=styles[n] if n < len(styles) else None,
            highlight=n in called,
        )
        if low_at is not None and high_at is not None:
            row.low, row.high = number(cells[low_at]), number(cells[high_at])
        if mark_at is not None:
            row.mark = number(cells[mark_at])
            row.mark_text = _cell_text(cells[mark_at], columns[mark_at])
        if phase_at is not None:  # a Cell's value: its text may name a phase only where it starts
            phase = cells[phase_at]
            row.phase = safe(str(phase.value if isinstance(phase, Cell) else phase or ""))
        rows.append(row)
    kinds: list[Kind] = [columns[i].kind for i in value_at] or [
        columns[mark_at].kind if mark_at is not None else "num"
    ]
    data = Data(
        chart=chart,
        lang=lang,
        title=safe(chart.title),
        rows=rows,
        series=[safe(columns[i].label) for i in value_at],
        kinds=kinds,
        category=safe(columns[label_at].label),
        axis=safe(chart.axis),
        lines=chart.lines,
        mark_name=safe(columns[mark_at].label) if mark_at is not None else "",
        band_name=safe(chart.band),
    )
    return _fit(data, lang)


def from_points(chart: Chart, block: Bar | Steps, lang: Lang) -> Data:
    """A chart of its own points (steps), or of the bar it is on."""
    points = list(chart.points)
    if not points and isinstance(block, Bar):
        points = [("", Cell(block.value, block.text))]
    rows = [
        Row(label=safe(label), values=[number(cell)], texts=[safe(cell.text)])
        for label, cell in points
    ]
    data = Data(
        chart=chart,
        lang=lang,
        title=safe(chart.title),
        rows=rows,
        series=[],
        kinds=["num"],
        category="",
        axis=safe(chart.axis),
        lines=chart.lines,
    )
    return _fit(data, lang)


def _fit(data: Data, lang: Lang) -> Data:
    """The data as drawn: a long bar chart aggregated or cut, a long time chart cut; a bar
    past a reference line takes that line's style when its row has none of its own."""
    n = len(data.rows)
    for row in data.rows:
        if row.style is None and len(row.values) == 1 and row.values[0] is not None:
            row.style = past(row.values[0], data.lines)
    if data.chart.kind == "time":
        if n > MAX_POINTS:
            data.rows = data.rows[:MAX_POINTS]
            data.title = text("chart_first", lang, title=data.title, shown=MAX_POINTS, n=f"{n:,}")
        return data
    if n <= MAX_BARS:
        return data
    if len(data.rows[0].values) == 1 and data.chart.low is None and data.chart.mark is None:
        return _histogram(data, lang)
    data.rows = data.rows[:MAX_BARS]
    data.title = text("chart_first", lang, title=data.title, shown=MAX_BARS, n=f"{n:,}")
    return data


def past(value: float, lines: tuple[Line, ...]) -> Style | None:
    """The style of the most serious line `value` is past (`bad` before `warn`), if any."""
    crossed = {line.style for line in lines if line.style and value > line.value + 1e-9}
    return "bad" if "bad" in crossed else "warn" if "warn" in crossed else None


def nice_step(span: float, count: int = 5, whole: bool = False) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about `count` steps; at least
    1, and never 2.5, when the values are `whole` numbers (people, counts)."""
    if not span > 0 or not math.isfinite(span):
        return 1.0
    raw = span / count
    if not raw > 0:  # a span so small that dividing it underflows (5e-324)
        return 1.0
    if whole and raw < 1:
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def fmt(value: float, kind: Kind) -> str:
    """A number on an axis: `85%` for a share, `1.5`, `120`, or `1.2e+09` when huge."""
    if kind == "pct":
        value *= 100
    if not math.isfinite(value):
        shown_value = "∞" if value > 0 else "-∞"
    elif abs(value) >= 1e6:
        shown_value = f"{value:.3g}"
    else:
        shown_value = f"{round(value, 2):,g}"
    return shown_value + ("%" if kind == "pct" else "")


def _histogram(data: Data, lang: Lang) -> Data:
    """The count of rows by band of their one value; the bands cut at the reference lines,
    and styled as the most serious line they are past."""
    values = sorted(v for r in data.rows if (v := r.values[0]) is not None)
    kind = data.kinds[0]
    title = text("chart_distribution", lang, title=data.title, n=f"{len(data.rows):,}")
    if not values:
        data.rows, data.title = [], title
        return data
    low, high = values[0], values[-1]
    step = nice_step(high - low, 8)
    start = math.floor(low / step) * step
    edges = [start + i * step for i in range(int((high - start) / step) + 2)]
    cuts = [line.value for line in data.lines if low < line.value < high]
    edges = sorted({e for e in edges if all(abs(e - c) > step / 4 for c in cuts)} | set(cuts))
    while len(edges) > 2 and edges[-2] >= high:
        edges.pop()
    counts = [0] * (len(edges) - 1)
    import bisect

    for v in values:  # bands are (a, b]: a value on a line is not past it
        counts[min(max(bisect.bisect_left(edges, v) - 1, 0), len(counts) - 1)] += 1
    rows = []
    for i, count in enumerate(counts):
        a, b = edges[i], edges[i + 1]
        style = past(a + 1e-8, data.lines)  # all of (a, b] is past a line at a or below
        label = text("chart_range", lang, low=fmt(a, kind), high=fmt(b, kind))
        rows.append(Row(label=label, values=[float(count)], texts=[f"{count:,}"], style=style))
    data.rows = rows
    data.title = title
    data.series = [text("chart_count", lang)]
    data.kinds = ["int"]
    data.axis = text("chart_count", lang)
    data.category = safe(data.chart.axis)
    data.lines = ()
    return data
