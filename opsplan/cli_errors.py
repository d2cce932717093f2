"""typer's usage errors told in opsplan's words and the user's language.

Each error is told from what it carries (the option's name, the parameter, the extra
arguments), looked up in the declaration, never by matching click's English text. The
exception classes are click's, which typer vendors as a private module (`typer._click`): no
public name exists for them. tests/test_cli_contract.py fails when one of them moves, and
pyproject.toml bounds typer to the versions tested.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from typer._click.exceptions import BadOptionUsage, MissingParameter, NoSuchOption, UsageError

from opsplan.declare import Command
from opsplan.i18n import Lang, Msg, text
from opsplan.runner import argv_lang
from opsplan.textfmt import safe

PRIVATE_NAMES = ("BadOptionUsage", "MissingParameter", "NoSuchOption", "UsageError")


class Told(Exception):
    """A usage error opsplan states itself: its message (or the extra arguments), and the
    context of the command it is about."""

    def __init__(self, message: Msg | None, ctx: Any, extra: Sequence[str] = ()) -> None:
        super().__init__(str(message or ""))
        self.message = message
        self.ctx = ctx
        self.extra = list(extra)


def _declared(ctx: Any, commands: Sequence[Command]) -> Command | None:
    name = getattr(getattr(ctx, "command", None), "name", None)
    return next((c for c in commands if c.name == name), None)


def message(exc: Exception, lang: Lang, commands: Sequence[Command]) -> str:
    """The error in opsplan's words."""
    if isinstance(exc, Told):
        if exc.message is not None:
            return exc.message.text(lang)
        return text("extra_arguments", lang, name=safe(" ".join(exc.extra)))
    command = _declared(getattr(exc, "ctx", None), commands)
    if isinstance(exc, NoSuchOption):
        close = sorted(exc.possibilities or [])
        name = safe(exc.option_name)
        if close:
            return text("no_such_option_close", lang, option=name, close=close[0])
        return text("no_such_option", lang, option=name)
    if isinstance(exc, BadOptionUsage):  # a flag given a value, or an option none
        params = [p for c in commands for p in c.params if exc.option_name in p.flags]
        is_flag = any(p.kind in ("flag", "pair") for p in params)
        code = "option_takes_no_value" if is_flag else "option_needs_value"
        return text(code, lang, name=safe(exc.option_name))
    if isinstance(exc, MissingParameter) and exc.param is not None:
        found = command.param(exc.param.name or "") if command is not None else None
        if found is not None:
            names = " / ".join(found.flags) if found.flags else found.metavar
        else:
            names = " / ".join(getattr(exc.param, "opts", []) or [exc.param.name or ""])
        return text("missing_parameter", lang, name=names)
    assert isinstance(exc, UsageError)
    return text("usage_raw", lang, text=safe(exc.format_message()))


def tell(exc: Exception, argv: Sequence[str], commands: Sequence[Command]) -> bool:
    """Print a usage error as `opsplan: error: ...` and how to get help; False when `exc` is
    not a usage error."""
    if not isinstance(exc, (Told, UsageError)):
        return False
    lang = argv_lang(argv)
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "opsplan"
    said = text("error_prefix", lang, message=message(exc, lang, commands))
    sys.stderr.write(f"{said}\n{text('try_help', lang, command=where)}\n")
    return True
