"""Time series as inline SVG: the rows in order along x, a panel per value column (titled by
the column's label, with its own axis), each series a line with its own dash and marker shape,
the runs of rows in the same phase shaded in turn (plain, hatched) and named above."""

from __future__ import annotations

import math

from opsplan.render.chartdata import Data, Row, fmt
from opsplan.render.svg import Scale, W, clip, esc, est, label, n, patterns, svg_open

TICK = 10  # px: the stylesheet's size of svg.chart .tick


def draw(data: Data, uid: str) -> str:
    """A time chart as an `<svg>` element; `uid` prefixes its ids (unique in the page)."""
    rows = data.rows
    left, right, panel_h, gap = 56.0, 16.0, 120.0, 26.0
    legend_top = 18.0 if any(r.phase for r in rows) else 4.0
    count = max(len(data.series), 1)
    top = legend_top + 10
    bottom = top + count * panel_h + (count - 1) * gap
    height = bottom + 44
    xs = _positions(len(rows), left, W - right)
    used = {"phase"} if any(r.phase for r in rows) else set()
    out = [svg_open(uid, height, data), patterns(uid, used)]
    out.append(_phases(rows, xs, top, bottom, legend_top, uid))
    for j, name in enumerate(data.series):
        y0 = top + j * (panel_h + gap)
        values = [v for r in rows if (v := r.values[j]) is not None]
        values += [line.value for line in data.lines] if j == 0 else []  # a budget in view
        scale = Scale(values, y0 + panel_h, y0 + 14, 4, data.kinds[j] == "int")
        out.append(
            f'<text x="{n(left)}" y="{n(y0 + 8)}" class="panel-title">'
            f"{esc(clip(name, W - left))}</text>"
        )
        for tick in scale.ticks():
            y = scale(tick)
            out.append(
                f'<line x1="{n(left)}" y1="{n(y)}" x2="{n(W - right)}" y2="{n(y)}" class="grid"/>'
                f'<text x="{n(left - 4)}" y="{n(y + 4)}" class="tick" text-anchor="end">'
                f"{esc(fmt(tick, data.kinds[j]))}</text>"
            )
        out.append(_polyline(rows, xs, j, scale))
        for line in data.lines if j == 0 else ():
            y = scale(line.value)
            out.append(
                f'<line x1="{n(left)}" y1="{n(y)}" x2="{n(W - right)}" y2="{n(y)}" class="ref"/>'
                f'<text x="{n(W - right)}" y="{n(y - 3)}" class="ref" text-anchor="end">'
                f"{esc(clip(line.label, W / 3))}</text>"
            )
    # every `every`th row is labelled, as often as the widest label (up to 90 px) allows
    spacing = xs[1] - xs[0] if len(xs) > 1 else W - left - right
    widest = min(max((est(r.label, TICK) for r in rows), default=0.0), 90.0) + 6
    every = max(1, math.ceil(widest / spacing))
    for i, (row, x) in enumerate(zip(rows, xs, strict=False)):
        if i % every == 0:
            out.append(
                f'<text x="{n(x)}" y="{n(bottom + 14)}" class="tick" text-anchor="middle">'
                f"{esc(clip(row.label, spacing * every - 4, TICK))}</text>"
            )
    out.append(
        f'<text x="{n((left + W - right) / 2)}" y="{n(bottom + 36)}" class="axis-title"'
        f' text-anchor="middle">{esc(data.axis)}</text></svg>'
    )
    return "".join(out)


def _positions(count: int, start: float, end: float) -> list[float]:
    if count <= 1:
        return [(start + end) / 2] * count
    step = (end - start - 12) / (count - 1)
    return [start + 6 + i * step for i in range(count)]


def _phases(rows: list[Row], xs: list[float], top: float, bottom: float, y: float, uid: str) -> str:
    """Runs of rows in the same phase, shaded in turn (plain, hatched) and named above."""
    out, start = [], 0
    half = (xs[1] - xs[0]) / 2 if len(xs) > 1 else 20.0
    # the shading stays in the plot (its first and last points are 6 in from its edges)
    lo, hi = (xs[0] - 6, xs[-1] + 6) if len(xs) > 1 else (xs[0] - half, xs[0] + half)
    runs = 0
    for i in range(1, len(rows) + 1):
        if i < len(rows) and rows[i].phase == rows[start].phase:
            continue
        if rows[start].phase:
            a, b = max(xs[start] - half, lo), min(xs[i - 1] + half, hi)
            fill = f'fill="url(#{uid}-phase)" class="phase-p"' if runs % 2 else 'class="phase"'
            out.append(
                f'<rect x="{n(a)}" y="{n(top)}" width="{n(b - a)}" height="{n(bottom - top)}"'
                f' {fill}/><line x1="{n(a)}" y1="{n(y - 10)}" x2="{n(a)}" y2="{n(bottom)}"'
                ' class="phase-edge"/>'
                + label(a + 3, y, rows[start].phase, max(b - a - 6, 12), "phase-name", "start")
            )
            runs += 1
        start = i
    return "".join(out)


def _polyline(rows: list[Row], xs: list[float], j: int, scale: Scale) -> str:
    """A series' line (broken where a value is missing) and its points' markers."""
    out: list[str] = []
    points: list[str] = []
    shapes = ("circle", "square", "triangle")
    for row, x in zip(rows, xs, strict=False):
        value = row.values[j]
        if value is None:
            if len(points) > 1:
                out.append(f'<polyline points="{" ".join(points)}" class="s{j % 3}-line"/>')
            points = []
            continue
        y = scale(value)
        points.append(f"{n(x)},{n(y)}")
    if len(points) > 1:
        out.append(f'<polyline points="{" ".join(points)}" class="s{j % 3}-line"/>')
    shape = shapes[j % 3]
    for row, x in zip(rows, xs, strict=False):
        value = row.values[j]
        if value is None:
            continue
        y = scale(value)
        if shape == "circle":
            out.append(f'<circle cx="{n(x)}" cy="{n(y)}" r="2.6" class="s{j % 3}"/>')
        elif shape == "square":
            out.append(f'<rect x="{n(x - 2.5)}" y="{n(y - 2.5)}" width="5" height="5" class="s1"/>')
        else:
            out.append(f'<path d="M{n(x)} {n(y - 3)}l3 5.5h-6z" class="s2"/>')
    last = next((r for r in reversed(rows) if r.values[j] is not None), None)
    if last is not None and last.texts[j]:
        x = xs[rows.index(last)]
        out.append(
            f'<text x="{n(x)}" y="{n(scale(last.values[j] or 0.0) - 6)}" class="val"'
            f' text-anchor="end">{esc(clip(last.texts[j], 110))}</text>'
        )
    return "".join(out)
