"""opsplan: a staffing planner and role calculator for a network operations department.

The library API (keyword-only; paths or loaded models in, result models out)::

    import opsplan
    result = opsplan.recommend(size="medium", marketing=True, drivers={"platforms": 6})
    report = opsplan.team(team="team.yaml")
    text = opsplan.to_text(result, "markdown", lang="zh")

The names load on first use, so `import opsplan` (and `opsplan --version`) stays light.
"""

from __future__ import annotations

from opsplan.version import __version__

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
    from opsplan.errors import OpsplanError as OpsplanError
    from opsplan.errors import UsageError as UsageError
    from opsplan.models.problems import InputError as InputError
    from opsplan.render import FORMATS as FORMATS
    from opsplan.render import render_text as to_text

_API = ("recommend", "roles", "drivers", "overload", "team", "validate", "init", "load_data")
__all__ = ["__version__", *_API, "to_text", "FORMATS", "OpsplanError", "InputError", "UsageError"]


def __getattr__(name: str) -> object:
    """The API's functions and types, imported when first asked for."""
    if name in _API:
        from opsplan import api

        return getattr(api, name)
    if name in ("to_text", "FORMATS"):
        from opsplan import render

        return render.render_text if name == "to_text" else render.FORMATS
    if name in ("OpsplanError", "UsageError"):
        from opsplan import errors

        return getattr(errors, name)
    if name == "InputError":
        from opsplan.models.problems import InputError

        return InputError
    raise AttributeError(f"module 'opsplan' has no attribute {name!r}")
