"""The `opsplan` typer app, built from the one declaration (`opsplan/commands.py`).

Each declared command becomes a typer command whose parameters are the declared ones (names,
flags, repeatability, required-ness, defaults, completion values); it runs the same
`commands.execute()` as the fast path. Help pages are `opsplan/helppage.py`'s, and typer's
usage errors are told in opsplan's words (`cli_errors.py`). typer brings shell completion
(`--install-completion`, `--show-completion`).
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import typer
import typer.core

from opsplan import helppage
from opsplan.cli_errors import Told, tell
from opsplan.commands import COMMANDS, execute, no_such_command
from opsplan.declare import Command, Invocation, Param
from opsplan.errors import EXIT_INTERRUPTED
from opsplan.i18n import LANGS
from opsplan.params import DEBUG, LANG, VERSION
from opsplan.runner import argv_lang
from opsplan.version import __version__


def _start(ctx: typer.Context) -> Invocation:
    """The invocation the command line was started with (the entry point's, or a bare one)."""
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Invocation) else Invocation()


class Cmd(typer.core.TyperCommand):
    """A typer command whose help page is opsplan's and whose extra arguments are told in
    opsplan's words (they are let through parsing, then refused)."""

    declared: Command

    def get_help(self, ctx: Any) -> str:
        """The command's help page from the declaration."""
        lang = argv_lang(_start(ctx).argv)
        return helppage.command_page(self.declared, ctx.command_path, lang).rstrip("\n")


class Group(typer.core.TyperGroup):
    """typer's group, with opsplan's help pages and usage errors in opsplan's words."""

    def get_help(self, ctx: Any) -> str:
        """The program's help page from the declaration."""
        lang = argv_lang(_start(ctx).argv)
        return helppage.program_page(ctx.command_path, lang).rstrip("\n")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """`opsplan` alone prints the help and exits with 2."""
        if not args and not ctx.resilient_parsing:
            typer.echo(self.get_help(ctx))
            ctx.exit(2)
        result: list[str] = super().parse_args(ctx, args)
        return result

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """An unknown command is opsplan's usage error (with the closest command, if any)."""
        name = args[0] if args else ""
        known = self.get_command(ctx, name) is not None
        if not known and not name.startswith("-") and not ctx.resilient_parsing:
            raise Told(no_such_command(name), ctx)
        return super().resolve_command(ctx, args)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """Run the command line; usage errors become `opsplan: error: ...` (exit 2)."""
        given = kwargs.pop("args") if "args" in kwargs else args[0] if args else None
        argv = list(sys.argv[1:] if given is None else given)
        obj = kwargs.pop("obj", None)
        start = obj if isinstance(obj, Invocation) else Invocation(tuple(argv))
        try:
            result = super().main(argv, standalone_mode=False, obj=start, **kwargs)
        except typer.Abort:
            if not standalone_mode:
                raise
            sys.exit(1)
        except Exception as exc:
            if not tell(exc, argv, COMMANDS):
                raise
            if not standalone_mode:
                raise
            sys.exit(2)
        if standalone_mode:
            sys.exit(result if isinstance(result, int) else 0)
        return result


app = typer.Typer(
    name="opsplan",
    cls=Group,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _langs() -> Sequence[str]:
    return LANGS


def _completion(values: Callable[[], Sequence[str]]) -> Callable[[str], list[str]]:
    """typer's completion callback: the values that start with what was typed."""

    def complete(incomplete: str) -> list[str]:
        return [v for v in values() if v.startswith(incomplete)]

    return complete


def _version(value: bool) -> None:
    if value:
        typer.echo(f"opsplan {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option(*VERSION.flags, callback=_version, is_eager=True)
    ] = VERSION.default,
    debug: Annotated[bool, typer.Option(*DEBUG.flags)] = DEBUG.default,
    lang: Annotated[
        str | None,
        typer.Option(*LANG.flags, metavar=LANG.metavar, autocompletion=_completion(_langs)),
    ] = LANG.default,
) -> None:
    ctx.obj = _start(ctx).with_options(debug, lang)


def _annotation(param: Param[Any]) -> Any:
    """The Python type typer converts the parameter to."""
    if param.kind == "many":
        return list[str] | None
    if param.kind in ("flag", "pair"):
        return bool if param.default is not None else bool | None
    return str if param.required else str | None


def _typer_param(command: Command, param: Param[Any]) -> inspect.Parameter:
    """The declared parameter as a typer parameter of the command's function."""
    extra: dict[str, Any] = {"metavar": command.metavar(param) or None, "show_default": False}
    if param.complete is not None or param.formats:
        extra["autocompletion"] = _completion(lambda: command.choices(param))
    if param.positional:
        info = typer.Argument(**extra)
    else:
        flags = ["/".join(param.flags)] if param.kind == "pair" else list(param.flags)
        info = typer.Option(*flags, **extra)
    default = inspect.Parameter.empty if param.required else param.default
    if param.kind == "many":
        default = None
    return inspect.Parameter(
        param.dest,
        inspect.Parameter.KEYWORD_ONLY,
        default=default,
        annotation=Annotated[_annotation(param), info],
    )


def _register(command: Command) -> None:
    """Add the declared command to the app."""

    def callback(ctx: typer.Context, **values: Any) -> None:
        if ctx.args:
            raise Told(None, ctx, extra=ctx.args)
        code = execute(command, values, _start(ctx))
        if code:
            raise typer.Exit(code)

    params = [inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context)]
    params += [_typer_param(command, p) for p in command.params]
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    callback.__annotations__ = {p.name: p.annotation for p in params}
    callback.__name__ = command.name
    cls = type(f"{command.name.title()}Command", (Cmd,), {"declared": command})
    settings = {"allow_extra_args": True}
    app.command(command.name, cls=cls, context_settings=settings)(callback)


for _command in COMMANDS:
    _register(_command)


def main(start: Invocation | None = None) -> None:
    """The console-script entry point: quiet on a closed pipe and on Ctrl-C."""
    from opsplan.runner import silence_stdout

    try:
        app(obj=start or Invocation(tuple(sys.argv[1:])))
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
