"""Charts as inline SVG, drawn from `opsplan.render.chartdata.Data`: bars (one or several
series, a range band, a mark, reference lines, rows called out), and what every chart shares
(the time series are `opsplan.render.timechart`'s). Each chart has a `<title>` and a `<desc>`
listing its numbers, tells series and styles apart by pattern and shape as well as colour, and
labels its lines in place.

Plain string building; every text is escaped for HTML. The page's stylesheet gives the colours
(classes), so a chart holds no `style` attribute (the page's Content-Security-Policy allows none).
"""

from __future__ import annotations

import math
from html import escape

from opsplan.i18n import cut, text
from opsplan.render.chartdata import Data, Row, fmt, nice_step
from opsplan.textfmt import width
from opsplan.views.document import Line

W = 680  # the drawing's width (it scales to the page: A4's printable width is about 700 px)
FONT = 11
DESC_ROWS = 60


def esc(text: str) -> str:
    """Text escaped for HTML text and attribute values."""
    return escape(text, quote=True)


def n(value: float) -> str:
    """A coordinate, to a tenth of a pixel."""
    out = f"{value:.1f}".removesuffix(".0")
    return "0" if out == "-0" else out


def est(text: str, size: float = FONT) -> float:
    """About how wide `text` is drawn, in pixels (CJK characters are twice as wide)."""
    return width(text) * size * 0.6


def clip(text: str, room: float, size: float = FONT) -> str:
    """`text`, cut with `…` to fit `room` pixels."""
    text = cut(text, 120)
    if est(text, size) <= room:
        return text
    out = ""
    for char in text:
        if est(out + char + "…", size) > room:
            break
        out += char
    return out + "…"


def label(x: float, y: float, text: str, room: float, cls: str, anchor: str = "end") -> str:
    """A text cut to `room` pixels, the whole text as its tooltip when cut."""
    shown = clip(text, room)
    tip = f"<title>{esc(text)}</title>" if shown != text else ""
    return (
        f'<text x="{n(x)}" y="{n(y)}" class="{cls}" text-anchor="{anchor}">{tip}{esc(shown)}</text>'
    )


def patterns(uid: str, used: set[str]) -> str:
    """The fill patterns a chart uses (`bad`: hatched, `warn`: dotted, `phase`: hatched)."""
    defs = {
        "bad": (
            f'<pattern id="{uid}-bad" width="6" height="6" patternUnits="userSpaceOnUse"'
            ' patternTransform="rotate(45)"><rect width="6" height="6" class="p-bad"/>'
            '<rect width="2" height="6" class="p-bad2"/></pattern>'
        ),
        "warn": (
            f'<pattern id="{uid}-warn" width="5" height="5" patternUnits="userSpaceOnUse">'
            '<rect width="5" height="5" class="p-warn"/>'
            '<circle cx="2.5" cy="2.5" r="1.1" class="p-warn2"/></pattern>'
        ),
        "phase": (
            f'<pattern id="{uid}-phase" width="8" height="8" patternUnits="userSpaceOnUse"'
            ' patternTransform="rotate(45)"><rect width="8" height="8" class="p-phase"/>'
            '<rect width="1" height="8" class="p-phase2"/></pattern>'
        ),
    }
    return "<defs>" + "".join(defs[k] for k in sorted(used)) + "</defs>" if used else ""


def svg_open(uid: str, height: float, data: Data) -> str:
    """A chart's `<svg>` start tag, its `<title>` and its `<desc>` (its numbers)."""
    desc = describe(data)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {W} {n(height)}"'
        f' width="{W}" height="{n(height)}" role="img" aria-labelledby="{uid}-t {uid}-d">'
        f'<title id="{uid}-t">{esc(data.title)}</title><desc id="{uid}-d">{esc(desc)}</desc>'
    )


def describe(data: Data) -> str:
    """The chart's numbers as one line of text: `label: value; ...` (its text alternative)."""
    parts = []
    for row in data.rows[:DESC_ROWS]:
        values = " / ".join(t for t in row.texts if t)
        if row.low is not None and row.high is not None:
            low, high = fmt(row.low, "num"), fmt(row.high, "num")
            band = text("chart_range", data.lang, low=low, high=high)
            values = " ".join(x for x in (values, f"{data.band_name} {band}".strip()) if x)
        if row.mark_text:
            values = " ".join(x for x in (values, f"{data.mark_name} {row.mark_text}") if x)
        parts.append(f"{row.label}: {values}" if row.label else values)
    if len(data.rows) > DESC_ROWS:
        parts.append("…")
    lines = [f"{line.label}" for line in data.lines]
    return "; ".join(parts + lines)


class Scale:
    """Values to x (or y) pixels over [lo, hi], widened to round ticks that include 0."""

    def __init__(
        self, values: list[float], start: float, end: float, count: int = 5, whole: bool = False
    ) -> None:
        lo, hi = min([0.0, *values]), max([0.0, *values])
        step = nice_step(hi - lo, count, whole)
        self.lo = math.floor(lo / step) * step
        self.hi = math.ceil(hi / step) * step
        if not math.isfinite(self.hi) or not math.isfinite(self.lo):
            self.lo, self.hi = lo, hi
        if self.hi <= self.lo:
            self.hi = self.lo + 1.0
        self.step = step
        self.start, self.end = start, end

    def __call__(self, value: float) -> float:
        """The pixel of `value` (clamped to the scale's ends)."""
        share = (value - self.lo) / (self.hi - self.lo)
        return self.start + max(0.0, min(1.0, share)) * (self.end - self.start)

    def ticks(self) -> list[float]:
        """The values of the ticks: every step from end to end."""
        span = (self.hi - self.lo) / self.step if self.step else 0.0
        count = round(span) if math.isfinite(span) else 0  # ends 1e308 apart: no ticks between
        if not 0 < count <= 20:
            return [self.lo, self.hi]
        return [self.lo + i * self.step for i in range(count + 1)]


def _legend(data: Data, uid: str, y: float) -> tuple[str, float]:
    """The legend's items left to right (wrapping), and the height it takes."""
    items: list[tuple[str, str]] = []
    if len(data.series) > 1:
        for i, name in enumerate(data.series):
            swatch = f'<rect x="0" y="-8" width="14" height="9" class="s{i % 3}"/>'
            items.append((swatch, name))
    if data.band_name:
        items.append(('<rect x="0" y="-9" width="14" height="11" class="band"/>', data.band_name))
    if data.mark_name:
        items.append((_diamond(7, -3.5), data.mark_name))
    if data.chart.highlight_label and any(r.highlight for r in data.rows):
        items.append((_callout(7, -3.5), data.chart.highlight_label))
    if not items:
        return "", 0.0
    out, x, line = [], 0.0, 0
    for swatch, name in items:
        name = esc(clip(name, W / 2))
        size = 20 + est(name) + 16
        if x and x + size > W:
            x, line = 0.0, line + 1
        top = y + 12 + line * 16
        out.append(
            f'<g transform="translate({n(x)} {n(top)})">{swatch}'
            f'<text x="20" y="0" class="legend">{name}</text></g>'
        )
        x += size
    return "".join(out), (line + 1) * 16 + 6


def _diamond(x: float, y: float, r: float = 5) -> str:
    return f'<path d="M{n(x)} {n(y - r)}l{r} {r}l-{r} {r}l-{r} -{r}z" class="mark"/>'


def _callout(x: float, y: float) -> str:
    """A triangle with `!`: a row called out (a single point of failure)."""
    return (
        f'<path d="M{n(x)} {n(y - 6)}l6 11h-12z" class="callout"/>'
        f'<text x="{n(x)}" y="{n(y + 3.5)}" class="callout-mark" text-anchor="middle">!</text>'
    )


def _line_labels(lines: tuple[Line, ...], scale: Scale, y: float) -> tuple[list[str], float]:
    """Each reference line's label above the plot, staggered where two would overlap."""
    out, ends, rows = [], [-1e9, -1e9, -1e9], 0
    for line in sorted(lines, key=lambda item: item.value):
        x = scale(line.value)
        text = clip(line.label, W / 3)
        half = est(text) / 2
        level = next((i for i, end in enumerate(ends) if x - half > end + 4), len(ends) - 1)
        ends[level] = x + half
        rows = max(rows, level + 1)
        x = min(max(x, half + 1), W - half - 1)
        style = f" line-{line.style}" if line.style else ""
        out.append(
            f'<text x="{n(x)}" y="{n(y + 11 + 13 * level)}" class="ref{style}"'
            f' text-anchor="middle">{esc(text)}</text>'
        )
    return out, rows * 13 + (4 if rows else 0)


def bars(data: Data, uid: str) -> str:
    """A horizontal bar chart as an `<svg>` element, one row a category; `uid` prefixes its
    ids (unique in the page)."""
    rows = data.rows
    k = max(len(data.series), 1)
    thick = 12.0 if k == 1 else 9.0
    row_h = max(22.0, thick * k + 8)
    called = any(r.highlight for r in rows)
    lw = min(max([est(r.label) for r in rows] + [0.0]) + 8, W * 0.34)
    lw = max(lw, est(data.category) + 4 if data.category else 0.0) if lw > 8 else lw
    lw = min(lw, W * 0.34)
    texts = [est(t, FONT) for r in rows for t in [*r.texts, r.mark_text]]
    right = min(max([*texts, 24.0]) + 10, 120.0)
    x0 = (lw + 6 if lw else 4) + (16 if called else 0)
    values = [v for r in rows for v in (*r.values, r.low, r.high, r.mark) if v is not None]
    whole = data.kinds[0] == "int" and all(float(v).is_integer() for v in values)
    scale = Scale(values + [line.value for line in data.lines], x0, W - right, 5, whole)
    legend, legend_h = _legend(data, uid, 0)
    labels, labels_h = _line_labels(data.lines, scale, legend_h + 14)
    top = legend_h + 14 + labels_h + 4
    bottom = top + row_h * len(rows)
    height = bottom + 36
    used = {r.style for r in rows if r.style in ("bad", "warn") and k == 1}
    out = [svg_open(uid, height, data), patterns(uid, used)]  # type: ignore[arg-type]
    out.append(legend)
    if data.category:
        out.append(label(x0 - 6, top - 4, data.category, lw, "cat-title"))
    grid = []
    for tick in scale.ticks():
        x = scale(tick)
        grid.append(f'<line x1="{n(x)}" y1="{n(top)}" x2="{n(x)}" y2="{n(bottom)}" class="grid"/>')
        grid.append(
            f'<text x="{n(x)}" y="{n(bottom + 13)}" class="tick" text-anchor="middle">'
            f"{esc(fmt(tick, data.kinds[0]))}</text>"
        )
    out.append("".join(grid))
    zero = scale(0.0)
    out.append(f'<line x1="{n(zero)}" y1="{n(top)}" x2="{n(zero)}" y2="{n(bottom)}" class="axis"/>')
    for i, row in enumerate(rows):
        out.append(_bar_row(row, i, top + i * row_h, row_h, thick, scale, uid, lw, x0, k))
    for line in data.lines:
        x = scale(line.value)
        style = f" line-{line.style}" if line.style else ""
        out.append(
            f'<line x1="{n(x)}" y1="{n(top - 2)}" x2="{n(x)}" y2="{n(bottom)}" class="ref{style}"/>'
        )
    out.extend(labels)
    out.append(
        f'<text x="{n((x0 + W - right) / 2)}" y="{n(bottom + 30)}" class="axis-title"'
        f' text-anchor="middle">{esc(data.axis)}</text></svg>'
    )
    return "".join(out)


def _bar_row(
    row: Row,
    i: int,
    y: float,
    row_h: float,
    thick: float,
    scale: Scale,
    uid: str,
    lw: float,
    x0: float,
    k: int,
) -> str:
    style = f" {row.style}" if row.style else ""
    out = [f'<g class="row{style}{" called" if row.highlight else ""}">']
    mid = y + row_h / 2
    if i % 2:
        out.append(f'<rect x="0" y="{n(y)}" width="{W}" height="{n(row_h)}" class="stripe"/>')
    if row.highlight:
        out.append(_callout(7, mid))
    if lw:
        out.append(label(x0 - 6, mid + 4, row.label, lw, "cat"))
    end = scale(0.0)
    if row.low is not None and row.high is not None:
        a, b = scale(row.low), scale(row.high)
        width_ = max(b - a, 2.0)
        out.append(
            f'<rect x="{n(a)}" y="{n(y + 3)}" width="{n(width_)}" height="{n(row_h - 6)}"'
            ' class="band"/>'
        )
        end = max(end, a + width_)
    first = mid - thick * k / 2
    for j, (value, shown) in enumerate(zip(row.values, row.texts, strict=False)):
        if value is None:
            continue
        a, b = sorted((scale(0.0), scale(value)))
        top = first + j * thick
        if k > 1:
            fill = f'class="s{j % 3}"'
        elif row.style in ("bad", "warn"):
            fill = f'class="bar-p" fill="url(#{uid}-{row.style})"'
        else:
            fill = 'class="bar"'
        out.append(
            f'<rect x="{n(a)}" y="{n(top + 0.5)}" width="{n(max(b - a, 0.5))}"'
            f' height="{n(thick - 1)}" {fill}/>'
        )
        if shown:
            size = " small" if k > 1 else ""
            out.append(
                f'<text x="{n(b + 4)}" y="{n(top + thick - 2.5)}" class="val{size}">'
                f"{esc(clip(shown, 110))}</text>"
            )
        end = max(end, b)
    if row.mark is not None:
        x = scale(row.mark)
        out.append(_diamond(x, mid, 5.5))
        if row.mark_text:
            out.append(
                f'<text x="{n(max(end, x + 5) + 6)}" y="{n(mid + 4)}" class="val">'
                f"{esc(clip(row.mark_text, 110))}</text>"
            )
    out.append("</g>")
    return "".join(out)
