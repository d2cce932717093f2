"""What the typer commands share: help texts tuned, and errors turned into typer's exits.

The work itself is typer-free: `opsplan/runner.py` runs the commands of `opsplan/commands.py`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from opsplan.i18n import Lang, text
from opsplan.runner import guarded

F = TypeVar("F", bound=Callable[..., Any])


def tune_help(lang: Lang) -> None:
    """Help without type tags (`[ROLE] <str>`), and typer's own words in Chinese.

    typer shows an argument's Python type after its metavar, and its help page has a few words
    of its own (Options, Usage, Show this message and exit.). These reach into typer's private
    modules; a typer that has moved them keeps its defaults rather than failing.
    """
    import contextlib

    import typer.core

    with contextlib.suppress(AttributeError):
        typer.core.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]
    if lang != "zh":
        return
    with contextlib.suppress(AttributeError, ImportError):
        _chinese_typer_words()


def _chinese_typer_words() -> None:
    import typer.core
    from typer._click import core as click_core
    from typer._click import formatting

    words = {key.removeprefix("typer_"): text(key, "zh") for key in _TYPER_WORDS}
    setattr(typer.core, "_", lambda message: words.get(message, message))  # noqa: B010
    get_help_option = click_core.Command.get_help_option

    def help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = text("help_option", "zh")
        return option

    click_core.Command.get_help_option = help_option  # type: ignore[method-assign]
    write_usage = formatting.HelpFormatter.write_usage

    def usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, text("help_usage", "zh") if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = usage  # type: ignore[method-assign]


# typer's words on a help page, as catalogue keys: "typer_" + the English text
_TYPER_WORDS = ("typer_Options", "typer_Arguments", "typer_Commands", "typer_required")


def handled(command: F) -> F:
    """A typer command that returns an exit code: run it guarded, exit with that code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        lang = kwargs.get("lang")
        code = guarded(lambda: command(*args, **kwargs), lang)
        if code:
            raise typer.Exit(code)

    return wrapper  # type: ignore[return-value]
