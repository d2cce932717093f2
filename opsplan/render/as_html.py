"""HTML: one self-contained page to hand on or print, with inline SVG charts.

The page lays out any document like the other formats (title, facts, tables, steps, notes) and
draws a chart wherever a block carries a `Chart` hint, above the block, which stays the chart's
text alternative. It holds no script and loads nothing: the stylesheet is inline, allowed by its
hash in a Content-Security-Policy that forbids everything else, so it opens offline and a user's
text cannot act in it (every text is escaped for HTML text and attributes, controls escaped as
in every format). Its language is the document's (`<html lang="zh-CN">`); it prints on A4.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache
from typing import Any

from opsplan.i18n import Lang
from opsplan.render import chartdata, svg, timechart
from opsplan.render.cells import located, shown
from opsplan.textfmt import safe
from opsplan.views.document import (
    Bar,
    Block,
    Chart,
    Document,
    Facts,
    Findings,
    Lines,
    Notes,
    Paragraph,
    Steps,
    Table,
)

LANG_TAGS: dict[str, str] = {"en": "en", "zh": "zh-CN"}
_NUMERIC = ("int", "num", "pct")


def esc(text: str) -> str:
    """User text for HTML: controls escaped as in every format, then `<>&"'` as entities."""
    return svg.esc(safe(text))


_CODE = re.compile(r"`([^`]+)`")


def prose(text: str) -> str:
    """A sentence, escaped, with `code` (a command, a key) set as code."""
    return _CODE.sub(r"<code>\1</code>", esc(text))


_LONG = re.compile(r"[^\s/-]{24,}")


def cell(text: str) -> str:
    """A table cell's text, escaped, with places to break a long unbroken run (`<wbr>`), so
    that a long word or link cannot widen the table past the page."""
    text = safe(text)
    out, last = [], 0
    for match in _LONG.finditer(text):
        word = match.group()
        out.append(svg.esc(text[last : match.start()]))
        out.append("<wbr>".join(svg.esc(word[i : i + 16]) for i in range(0, len(word), 16)))
        last = match.end()
    out.append(svg.esc(text[last:]))
    return "".join(out)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The page's CSS (`page.css`, shipped beside this module)."""
    from importlib.resources import files

    return files("opsplan.render").joinpath("page.css").read_text(encoding="utf-8")


def policy(css: str) -> str:
    """The Content-Security-Policy: nothing at all, but the one stylesheet (by its hash)."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


class _Page:
    """The body being written; numbers the charts so that their ids are unique."""

    def __init__(self, lang: Lang) -> None:
        self.lang: Lang = lang
        self.charts = 0
        self.out: list[str] = []

    def figure(self, chart: Chart, data: chartdata.Data) -> None:
        self.charts += 1
        draw = timechart.draw if chart.kind == "time" else svg.bars
        drawing = draw(data, f"c{self.charts}")
        self.out.append(
            f'<figure class="chart">\n<figcaption>{svg.esc(data.title)}</figcaption>\n'
            f"{drawing}\n</figure>"
        )

    def block(self, block: Block) -> None:
        if isinstance(block, Facts):
            self.facts(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Steps):
            self.steps(block)
        elif isinstance(block, Notes):
            items = "".join(f"<li>{prose(note)}</li>\n" for note in block.items)
            self.out.append(f'<ul class="notes">\n{items}</ul>' if items else "")
        elif isinstance(block, Paragraph):
            self.out.append(f"<h2>{esc(block.text)}</h2>" if block.heading else _p(block.text))
        elif isinstance(block, Bar):
            if block.chart is not None:
                self.figure(block.chart, chartdata.from_points(block.chart, block, self.lang))
            else:
                self.out.append(_p(block.text))
        elif isinstance(block, Findings):
            found = [located(item) for item in block.items[: block.limit]]
            if len(block.items) > block.limit:
                found.append(block.more.format(n=len(block.items) - block.limit))
            if block.closing is not None:
                found.append(located(block.closing))
            lines = "".join(f"<li>{svg.esc(item)}</li>\n" for item in found)
            self.out.append(f'<ul class="findings">\n{lines}</ul>')
        elif isinstance(block, Lines):
            lines = "\n".join(esc(item) for item in block.items)
            self.out.append(f'<pre class="lines">{lines}</pre>')

    def facts(self, block: Facts) -> None:
        items, bars = [], []
        for label, value in block.items:
            if isinstance(value, Bar):
                if value.chart is not None:
                    bars.append(value)
                    continue
                value = value.text
            items.append(f"<dt>{esc(label)}</dt><dd>{prose(value)}</dd>\n")
        if items:
            self.out.append(f'<dl class="facts">\n{"".join(items)}</dl>')
        for bar in bars:
            assert bar.chart is not None
            self.figure(bar.chart, chartdata.from_points(bar.chart, bar, self.lang))

    def table(self, table: Table) -> None:
        self.out.append('<section class="table">')
        if table.title:
            self.out.append(f"<h2>{esc(table.title)}</h2>")
        for chart in table.charts:
            self.figure(chart, chartdata.from_table(chart, table, self.lang))
        keep = [
            (i, c)
            for i, c in enumerate(table.columns)
            if c.audience != "machine" and c.kind != "bar"
        ]
        right = {i: ' class="n"' if c.kind in _NUMERIC else "" for i, c in keep}
        head = "".join(f"<th{right[i]}>{esc(c.label)}</th>" for i, c in keep)
        out = [f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n"]
        rows, more = table.shown_rows()
        styles = table.styles or []
        for n, row in enumerate(rows):
            style = styles[n] if n < len(styles) else None
            cls = f' class="{style}"' if style else ""
            cells = "".join(f"<td{right[i]}>{cell(shown(row[i], c))}</td>" for i, c in keep)
            out.append(f"<tr{cls}>{cells}</tr>\n")
        out.append("</tbody>\n")
        if table.footer:
            footer = table.footer
            cells = "".join(f"<td{right[i]}>{cell(shown(footer[i], c))}</td>" for i, c in keep)
            out.append(f"<tfoot><tr>{cells}</tr></tfoot>\n")
        out.append("</table>")
        self.out.append("".join(out))
        if more:
            self.out.append(f'<p class="more">{esc(more)}</p>')
        self.out.append("</section>")

    def steps(self, block: Steps) -> None:
        self.out.append(f'<section class="steps">\n<h2>{esc(block.title)}</h2>')
        if block.chart is not None:
            self.figure(block.chart, chartdata.from_points(block.chart, block, self.lang))
        items = "".join(f"<li>{prose(item)}</li>\n" for item in block.items)
        self.out.append(f'<ol class="steps">\n{items}</ol>\n</section>')


def _p(text: str) -> str:
    return f"<p>{prose(text)}</p>"


def render(document: Document, *, lang: Lang = "en", **_: Any) -> str:
    """The document as one HTML page in `lang`."""
    page = _Page(lang)
    for block in document.blocks:
        page.block(block)
    css = stylesheet()
    title = esc(document.title)
    heading = f"<h1>{title}</h1>\n" if title else ""
    body = "\n".join(part for part in page.out if part)
    return (
        f'<!DOCTYPE html>\n<html lang="{LANG_TAGS[lang]}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy(css)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="opsplan">\n'
        f"<title>{title or 'opsplan'}</title>\n<style>{css}</style>\n</head>\n<body>\n<main>\n"
        f"{heading}{body}\n</main>\n</body>\n</html>\n"
    )
