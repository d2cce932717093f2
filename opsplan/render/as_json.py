"""JSON: the result model as one indented object (lists of roles print as a list)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from opsplan.models import RoleList


def render(result: BaseModel, **_: Any) -> str:
    """The result as JSON, with a trailing newline."""
    if isinstance(result, RoleList):
        data: Any = [r.model_dump(mode="json") for r in result.roles]
        if result.single:
            data = data[0]
    else:
        data = result.model_dump(mode="json")
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
