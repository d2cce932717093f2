"""opsplan: a staffing planner and role calculator for a network operations department.

The library API (keyword-only; paths or loaded models in, result models out)::

    import opsplan
    result = opsplan.recommend(size="medium", marketing=True, drivers={"platforms": 6})
    report = opsplan.team(team="team.yaml")
    text = opsplan.to_text(result, opsplan.Format.markdown, lang="zh")

The names load on first use, so `import opsplan` (and `opsplan --version`) stays light.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not typing's: `import opsplan` (and --version) must not import typing
if TYPE_CHECKING:
    from opsplan.api import drivers as drivers
    from opsplan.api import init as init
    from opsplan.api import load_data as load_data
    from opsplan.api import overload as overload
    from opsplan.api import recommend as recommend
    from opsplan.api import roles as roles
    from opsplan.api import team as team
    from opsplan.api import validate as validate
    from opsplan.errors import InputError as InputError
    from opsplan.errors import OpsplanError as OpsplanError
    from opsplan.errors import UsageError as UsageError
    from opsplan.render import Format as Format
    from opsplan.render import render

    to_text = render

# A constant, not importlib.metadata: `opsplan --version` must not pay for a metadata scan.
__version__ = "0.1.0"

_API = {
    "recommend": "opsplan.api",
    "roles": "opsplan.api",
    "drivers": "opsplan.api",
    "overload": "opsplan.api",
    "team": "opsplan.api",
    "validate": "opsplan.api",
    "init": "opsplan.api",
    "load_data": "opsplan.api",
    "to_text": "opsplan.render",  # opsplan.render is the package of renderers
    "Format": "opsplan.render",
    "OpsplanError": "opsplan.errors",
    "InputError": "opsplan.errors",
    "UsageError": "opsplan.errors",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> object:
    """The API's functions and types, imported when first asked for."""
    if name in _API:
        return getattr(importlib.import_module(_API[name]), "render" if name == "to_text" else name)
    raise AttributeError(f"module 'opsplan' has no attribute {name!r}")
