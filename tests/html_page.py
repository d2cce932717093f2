"""What the HTML tests share: the page read back with the standard library's parser (and
checked as it is read), and the number of charts a document asks for."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

from opsplan.views.document import Bar, Document, Facts, Steps, Table

# One run of each command that shows a result, and how many charts its page has.
PAGES = {
    "recommend-medium-marketing": (["recommend", "--size", "medium", "--marketing"], 1),
    "roles": (["roles"], 0),
    "drivers": (["drivers"], 0),
    "overload-allrounder": (["overload", "examples/allrounder.yaml"], 3),
    "team": (["team", "examples/team.yaml"], 2),
    "schema": (["schema"], 0),
    "match": (["match", "SEO and SEM", "系统设计和编码", "完成领导交办的其他任务"], 0),
    "recommend-cost": (["recommend", "--size", "medium", "--marketing", "--cost"], 1),
    "plan": (["plan", "--size", "medium", "--marketing", "--start", "2027-01"], 1),
    "compare": (["compare", "small", "medium", "--marketing"], 1),
}
VOID = {"meta", "wbr", "br"}
# Every element and attribute the page may hold: anything else (a <script>, an <img>, an
# onerror=) got into the page from somewhere, which is the bug these tests look for.
TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "p", "section",
    "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "dl", "dt",
    "dd", "ol", "ul", "li", "pre", "wbr", "code",
    "svg", "desc", "defs", "pattern", "rect", "circle", "path", "line", "polyline", "text", "g",
}  # fmt: skip
ATTRIBUTES = {
    "lang", "charset", "http-equiv", "content", "name", "class", "id", "role",
    "aria-labelledby", "xmlns", "viewbox", "width", "height", "x", "y", "x1", "y1", "x2", "y2",
    "cx", "cy", "r", "d", "points", "fill", "text-anchor", "transform", "patternunits",
    "patterntransform",
}  # fmt: skip


class Page(HTMLParser):
    """A page parsed and checked: elements balanced, only known tags and attributes, no event
    handler, no style attribute, no reference outside the page; its text, charts and policy."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self.svgs: list[dict[str, str | None]] = []
        self.svg_parts: list[set[str]] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.problems.append(f"not closed: {self.stack}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)

    def _element(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append((tag, values))
        if tag not in TAGS:
            self.problems.append(f"element <{tag}>")
        for name, value in attrs:
            if name not in ATTRIBUTES:
                self.problems.append(f"attribute {name}= on <{tag}>")
            if value and name == "fill" and value.startswith("url(") and "url(#" not in value:
                self.problems.append(f"outside reference {value}")
        if tag == "svg":
            self.svgs.append(values)
            self.svg_parts.append(set())
        elif "svg" in self.stack and self.svg_parts:
            self.svg_parts[-1].add(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "style":
            self.styles.append(data)
        else:
            self.text.append(data)

    @property
    def all_text(self) -> str:
        """Every text of the page, run together (a `<wbr>` splits none)."""
        return "".join(self.text)

    def policy(self) -> str:
        """The Content-Security-Policy of the page's meta tag."""
        found = [
            a.get("content") or ""
            for t, a in self.tags
            if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
        ]
        assert len(found) == 1, found
        return found[0]

    def lang(self) -> str | None:
        """The page's language."""
        return next(a.get("lang") for t, a in self.tags if t == "html")


def charts_in(document: Document) -> int:
    """How many charts `document` asks for."""
    count = 0
    for block in document.blocks:
        if isinstance(block, Table):
            count += len(block.charts)
        elif isinstance(block, Steps | Bar):
            count += block.chart is not None
        elif isinstance(block, Facts):
            count += sum(isinstance(v, Bar) and v.chart is not None for _, v in block.items)
    return count


def check(html: str, document: Document, lang: str) -> Page:
    """The page read back, with every structural rule asserted."""
    page = Page(html)
    assert page.problems == [], page.problems
    assert html.startswith("<!DOCTYPE html>\n")
    assert page.lang() == {"en": "en", "zh": "zh-CN"}[lang]
    policy = page.policy()
    assert "default-src 'none'" in policy
    assert len(page.styles) == 1
    digest = base64.b64encode(hashlib.sha256(page.styles[0].encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert "unsafe" not in policy
    assert not re.search(r"(?i)<script|javascript:|@import|url\((?!#)", html)
    charts = [s for s in page.svgs if "chart" in (s.get("class") or "")]
    assert len(charts) == charts_in(document)
    for attrs, parts in zip(charts, page.svg_parts, strict=False):
        assert {"title", "desc"} <= parts
        _, _, width, height = (float(v) for v in (attrs.get("viewbox") or "").split())
        assert width > 0
        assert height > 0
    assert not re.search(r'="[^"]*\b(nan|inf)\b', html.lower()), "a coordinate is not a number"
    return page
