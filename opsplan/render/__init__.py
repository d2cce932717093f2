"""One renderer per output format; each lays out any view's Document and knows no result type.

`render()` builds the result's document with its view (in the user's language), then imports
only the module of the format asked for. JSON is the exception: a machine format, it
serializes the result itself (language-neutral keys).
"""

from __future__ import annotations

import importlib
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel

    from opsplan.i18n import Lang


class Format(str, Enum):
    """Output formats of recommend, roles, overload and team."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


RENDERERS = {
    Format.table: "opsplan.render.as_table",
    Format.json: "opsplan.render.as_json",
    Format.csv: "opsplan.render.as_csv",
    Format.markdown: "opsplan.render.as_markdown",
}

# -o FILE picks the format from the extension when --format is not given.
EXTENSIONS = {".json": Format.json, ".csv": Format.csv, ".md": Format.markdown}
EXTENSIONS |= {".markdown": Format.markdown, ".txt": Format.table}


def render(
    result: BaseModel, fmt: Format, *, lang: Lang = "en", width: int = 100, color: bool = False
) -> str:
    """Render `result` in format `fmt` and language `lang`."""
    module = importlib.import_module(RENDERERS[fmt])
    if fmt is Format.json:
        text: str = module.render(result, lang=lang)
        return text
    from opsplan.views import view

    document = view(result, lang)
    text = module.render(document, width=width, color=color)
    return text
