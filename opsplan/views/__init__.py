"""One view per result type: the result in, a format-neutral Document in the user's language.

A new result type needs a view module listed here and its catalogue keys; no renderer changes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel

    from opsplan.i18n import Lang
    from opsplan.views.document import Document

VIEWS = {
    "Recommendation": "opsplan.views.recommend",
    "RoleList": "opsplan.views.roles",
    "OverloadReport": "opsplan.views.overload",
    "TeamReport": "opsplan.views.team",
    "DriverList": "opsplan.views.drivers",
    "FileKindList": "opsplan.views.kinds",
    "MatchReport": "opsplan.views.match",
}


def view(result: BaseModel, lang: Lang) -> Document:
    """The document of `result` in `lang`."""
    module = importlib.import_module(VIEWS[type(result).__name__])
    document: Document = module.view(result, lang)
    return document
