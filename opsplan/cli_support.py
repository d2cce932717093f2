"""What the typer commands share: help texts tuned, and errors turned into typer's exits.

The work itself is typer-free: `opsplan/runner.py` runs the commands of `opsplan/commands.py`.
"""

from __future__ import annotations

import functools
import re
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


def usage_message(exc: Any, lang: Lang) -> str:
    """A usage error of typer's (an unknown option, a missing one) in opsplan's words."""
    from typer._click import exceptions as click

    from opsplan.render.escape import safe

    if isinstance(exc, click.NoSuchOption):
        close = sorted(exc.possibilities or [])
        name = safe(exc.option_name)
        if close:
            return text("no_such_option_close", lang, option=name, close=close[0])
        return text("no_such_option", lang, option=name)
    if isinstance(exc, click.MissingParameter) and exc.param is not None:
        names = " / ".join(getattr(exc.param, "opts", []) or [exc.param.name or ""])
        return text("missing_parameter", lang, name=names)
    raw = exc.format_message()
    for pattern, code in _TYPER_MESSAGES:
        found = pattern.fullmatch(raw)
        if found:
            return text(code, lang, name=safe(found.group(1)))
    return text("usage_raw", lang, text=safe(raw))


# typer's other usage messages, by their English text
_TYPER_MESSAGES = [
    (re.compile(r"Option '(.+)' requires an argument\."), "option_needs_value"),
    (re.compile(r"Option '(.+)' does not take a value\."), "option_takes_no_value"),
    (re.compile(r"No such command '(.+)'\."), "no_such_command"),
    (re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)"), "extra_arguments"),
]


class Group(typer.core.TyperGroup):
    """typer's group, with its usage errors told in opsplan's words and language."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """Run the command line; usage errors become `opsplan: error: ...` (exit 2)."""
        import sys

        from typer._click import exceptions as click

        from opsplan.runner import argv_lang

        try:
            result = super().main(*args, **{**kwargs, "standalone_mode": False})
        except click.NoArgsIsHelpError as exc:  # `opsplan` alone: the help, on stderr, exit 2
            if not standalone_mode:
                raise
            exc.show()
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            lang = argv_lang(list(kwargs.get("args") or (args[0] if args else sys.argv[1:])))
            command = exc.ctx.command_path if exc.ctx is not None else "opsplan"
            message = text("error_prefix", lang, message=usage_message(exc, lang))
            hint = text("try_help", lang, command=command)
            sys.stderr.write(f"{message}\n{hint}\n")
            if not standalone_mode:
                raise
            sys.exit(2)
        except typer.Abort:
            if not standalone_mode:
                raise
            sys.exit(1)
        if standalone_mode:
            sys.exit(result if isinstance(result, int) else 0)
        return result
