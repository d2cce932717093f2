"""JSON: the result model as one indented object (lists of roles print as a list)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic_core import to_json

from opsplan.models import RoleList


def render(result: BaseModel, **_: Any) -> str:
    """The result as JSON (UTF-8, not ASCII-escaped), with a trailing newline.

    pydantic's serializer, not `json.dumps`: with `indent`, the standard library falls back to
    its pure-Python encoder, several times slower on a big report.
    """
    data: Any = result
    if isinstance(result, RoleList):
        data = result.roles[0] if result.single else result.roles
    return to_json(data, indent=2).decode("utf-8") + "\n"
