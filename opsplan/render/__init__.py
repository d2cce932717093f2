"""One renderer per output format; each lays out any view's Document and knows no result type.

`RENDERERS` is the one list of formats: `--format`'s choices and metavars, the extensions `-o
FILE` picks a format by, and which formats may be written to a terminal all come from it. A new
format is one entry here and its module. Each entry imports its module only when that format is
asked for (`Renderer.load`), so a command pays for the one format it writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opsplan.i18n import Lang
    from opsplan.views.document import Document

View = Callable[[Any, "Lang"], "Document"]


class Page:
    """What a renderer is given: the result, the language, the terminal's width and colour, the
    table asked for (`--table`), and the result's document (built by its view on first use:
    JSON needs none)."""

    __slots__ = ("_document", "color", "lang", "result", "table", "view", "width")

    def __init__(
        self,
        result: Any,
        view: View | None,
        lang: Lang = "en",
        width: int = 100,
        color: bool = False,
        table: str | None = None,
    ) -> None:
        self.result = result
        self.view = view
        self.lang: Lang = lang
        self.width = width
        self.color = color
        self.table = table
        self._document: Document | None = None

    @property
    def document(self) -> Document:
        """The result's format-neutral document in the page's language."""
        if self._document is None:
            if self.view is None:
                from opsplan.views import view_of

                self._document = view_of(self.result)(self.result, self.lang)
            else:
                self._document = self.view(self.result, self.lang)
        return self._document


RenderFn = Callable[[Page], "str | bytes"]


class Renderer:
    """An output format: its name, the extensions of `-o FILE` that choose it, how to load its
    function; whether it is bytes rather than text, whether it may go to standard output, whether
    people read it (its extensions are suggested first), whether every command that shows a
    result offers it (`text` and `github` are validate's), whether `--table` picks one of its
    tables, and the encoding of its text in a file when `--encoding` may choose another (None:
    UTF-8, always)."""

    __slots__ = (
        "binary",
        "extensions",
        "file_encoding",
        "human",
        "load",
        "name",
        "results",
        "tables",
        "terminal",
    )

    def __init__(
        self,
        name: str,
        extensions: tuple[str, ...],
        load: Callable[[], RenderFn],
        *,
        binary: bool = False,
        terminal: bool = True,
        human: bool = True,
        results: bool = True,
        tables: bool = False,
        file_encoding: str | None = None,
    ) -> None:
        self.name = name
        self.extensions = extensions
        self.load = load
        self.binary = binary
        self.terminal = terminal
        self.human = human
        self.results = results
        self.tables = tables
        self.file_encoding = file_encoding

    def __repr__(self) -> str:
        """The format by its name."""
        return f"Renderer({self.name!r})"


def _table() -> RenderFn:
    from opsplan.render import as_table

    return lambda page: as_table.render(page.document, width=page.width, color=page.color)


def _json() -> RenderFn:
    from opsplan.render import as_json

    return lambda page: as_json.render(page.result, lang=page.lang)


def _csv() -> RenderFn:
    from opsplan.render import as_csv

    return lambda page: as_csv.render(page.document, table=page.table)


def _markdown() -> RenderFn:
    from opsplan.render import as_markdown

    return lambda page: as_markdown.render(page.document)


def _html() -> RenderFn:
    from opsplan.render import as_html

    return lambda page: as_html.render(page.document, lang=page.lang)


def _xlsx() -> RenderFn:
    from opsplan.render import as_xlsx

    return lambda page: as_xlsx.render(page.document, lang=page.lang)


def _text() -> RenderFn:
    from opsplan.render import as_text

    return lambda page: as_text.render(page.document, width=page.width, color=page.color)


def _github() -> RenderFn:
    from opsplan.render import as_github

    return lambda page: as_github.render(page.document)


RENDERERS = (
    Renderer("table", (".txt",), _table),
    Renderer("json", (".json",), _json, human=False),
    # a CSV file opens in Excel and WPS with its Chinese intact only with a BOM
    Renderer("csv", (".csv",), _csv, human=False, tables=True, file_encoding="utf-8-sig"),
    Renderer("markdown", (".md", ".markdown"), _markdown),
    Renderer("html", (".html", ".htm"), _html),
    Renderer("xlsx", (".xlsx",), _xlsx, binary=True, terminal=False),
    Renderer("text", (".txt", ".log"), _text, results=False),
    Renderer("github", (), _github, human=False, results=False),
)
FORMATS: dict[str, Renderer] = {r.name: r for r in RENDERERS}
RESULT_FORMATS = tuple(r.name for r in RENDERERS if r.results)


def by_extension(path: str, allowed: Sequence[str]) -> Renderer | None:
    """The first of the `allowed` formats that `path`'s extension names, if any."""
    import os

    ext = os.path.splitext(path)[1].lower()
    return next((FORMATS[f] for f in allowed if ext and ext in FORMATS[f].extensions), None)


def extensions(allowed: Sequence[str]) -> list[str]:
    """The first extension of each of the `allowed` formats, people's formats first."""
    chosen = [FORMATS[f] for f in allowed if FORMATS[f].extensions]
    ordered = [r for r in chosen if r.human] + [r for r in chosen if not r.human]
    return [r.extensions[0] for r in ordered]


def render(
    result: Any,
    fmt: str,
    *,
    lang: Lang = "en",
    width: int = 100,
    color: bool = False,
    view: View | None = None,
    table: str | None = None,
) -> str | bytes:
    """Render `result` in format `fmt` and language `lang` (its view is found by its type
    when none is given); `table` picks the table of a format with `tables`."""
    page = Page(result, view, lang=lang, width=width, color=color, table=table)
    return FORMATS[fmt].load()(page)


def render_text(result: Any, fmt: str, *, lang: Lang = "en", width: int = 100) -> str:
    """`render()` for a text format (`opsplan.to_text`)."""
    out = render(result, fmt, lang=lang, width=width)
    if isinstance(out, bytes):
        raise TypeError(f"{fmt} is a binary format: use opsplan.render.render")
    return out
