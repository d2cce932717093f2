"""One renderer per output format: a result model in, text out.

`render()` imports only the module of the format asked for, so a JSON run never loads rich.
"""

from __future__ import annotations

import importlib
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel


class Format(str, Enum):
    """Output formats of recommend, roles and overload."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class CheckFormat(str, Enum):
    """Output formats of validate."""

    text = "text"
    github = "github"
    json = "json"


MODULES = {
    "table": "opsplan.render.as_table",
    "json": "opsplan.render.as_json",
    "csv": "opsplan.render.as_csv",
    "markdown": "opsplan.render.as_markdown",
    "text": "opsplan.render.as_text",
    "github": "opsplan.render.as_github",
}


def render(result: BaseModel, fmt: str, *, width: int = 100, color: bool = False) -> str:
    """Render `result` in format `fmt` (a Format or CheckFormat value)."""
    module = importlib.import_module(MODULES[fmt])
    text: str = module.render(result, width=width, color=color)
    return text
