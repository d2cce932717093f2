"""The `opsplan` command line: thin commands that parse, call opsplan.api, render, exit.

Only typer is imported at start-up; pydantic, yaml and the models load inside the commands that
need them. Help texts come from the message catalogue in the language of `--lang` or the locale.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from opsplan import __version__, commands
from opsplan.cli_support import Group, handled, tune_help
from opsplan.errors import EXIT_INTERRUPTED
from opsplan.i18n import text
from opsplan.runner import argv_lang, state

LANG = argv_lang(sys.argv[1:])
tune_help(LANG)


def h(code: str) -> str:
    """A help text in the language of this run."""
    return text(code, LANG)


app = typer.Typer(
    name="opsplan",
    cls=Group,
    help=h("help_app"),
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


RolesOpt = Annotated[str | None, typer.Option("--roles", metavar="FILE", help=h("opt_roles"))]
NormsOpt = Annotated[str | None, typer.Option("--norms", metavar="FILE", help=h("opt_norms"))]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", "-f", metavar="table|json|csv|markdown", help=h("opt_format")),
]
OutputOpt = Annotated[
    str | None, typer.Option("--output", "-o", metavar="FILE", help=h("opt_output"))
]
ForceOpt = Annotated[bool, typer.Option("--force", help=h("opt_force"))]
LangOpt = Annotated[
    str | None,
    typer.Option("--lang", metavar="en|zh", help=h("opt_lang"), show_default=False),
]
SizeOpt = Annotated[
    str, typer.Option("--size", "-s", metavar="small|medium|large", help=h("opt_size"))
]
MarketingOpt = Annotated[bool, typer.Option("--marketing/--no-marketing", help=h("opt_marketing"))]
SetOpt = Annotated[list[str] | None, typer.Option("--set", metavar="NAME=VALUE", help=h("opt_set"))]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"opsplan {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=h("opt_version"))
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help=h("opt_debug"))] = False,
    lang: LangOpt = None,
) -> None:
    state["debug"] = debug
    state["top_lang"] = lang


@app.command(help=h("help_recommend"), short_help=h("short_recommend"))
@handled
def recommend(
    size: SizeOpt,
    marketing: MarketingOpt = False,
    sets: SetOpt = None,
    fte: Annotated[bool, typer.Option("--fte", help=h("opt_fte"))] = False,
    fmt: FormatOpt = None,
    roles: RolesOpt = None,
    norms: NormsOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
) -> int:
    """Recommended headcount per role (help text: the catalogue)."""
    return commands.recommend(
        size=size,
        marketing=marketing,
        sets=sets or [],
        fte=fte,
        fmt=fmt,
        roles=roles,
        norms=norms,
        output=output,
        force=force,
    )


@app.command("roles", help=h("help_roles"), short_help=h("short_roles"))
@handled
def roles_command(
    role: Annotated[
        str | None, typer.Argument(metavar="ROLE", help=h("arg_role"), show_default=False)
    ] = None,
    fmt: FormatOpt = None,
    roles: RolesOpt = None,
    norms: NormsOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
) -> int:
    """The role catalogue, or one role."""
    f = fmt
    return commands.roles(role=role, fmt=f, roles=roles, norms=norms, output=output, force=force)


@app.command(help=h("help_drivers"), short_help=h("short_drivers"))
@handled
def drivers(
    fmt: FormatOpt = None,
    norms: NormsOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
) -> int:
    """The workload drivers."""
    f = fmt
    return commands.drivers(fmt=f, norms=norms, output=output, force=force)


@app.command(help=h("help_validate"), short_help=h("short_validate"))
@handled
def validate(
    files: Annotated[
        list[str] | None,
        typer.Argument(metavar="FILE", help=h("arg_files"), show_default=False),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", metavar="text|github|json", help=h("opt_format")),
    ] = "text",
    lang: LangOpt = None,
) -> int:
    """Check data files."""
    return commands.validate(files=files or [], fmt=fmt)


@app.command(help=h("help_overload"), short_help=h("short_overload"))
@handled
def overload(
    profile: Annotated[str, typer.Argument(metavar="PROFILE", help=h("arg_profile"))],
    fmt: FormatOpt = None,
    roles: RolesOpt = None,
    norms: NormsOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
) -> int:
    """One person's coverage report."""
    f = fmt
    return commands.overload(
        profile=profile, fmt=f, roles=roles, norms=norms, output=output, force=force
    )


@app.command(help=h("help_team"), short_help=h("short_team"))
@handled
def team(
    team_file: Annotated[str, typer.Argument(metavar="TEAM", help=h("arg_team"))],
    size: Annotated[
        str | None,
        typer.Option("--size", "-s", metavar="small|medium|large", help=h("opt_team_size")),
    ] = None,
    marketing: Annotated[
        bool | None, typer.Option("--marketing/--no-marketing", help=h("opt_marketing"))
    ] = None,
    sets: SetOpt = None,
    fmt: FormatOpt = None,
    roles: RolesOpt = None,
    norms: NormsOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
) -> int:
    """A real team against the norms."""
    return commands.team(
        team=team_file,
        size=size,
        marketing=marketing,
        sets=sets or [],
        fmt=fmt,
        roles=roles,
        norms=norms,
        output=output,
        force=force,
    )


@app.command(help=h("help_schema"), short_help=h("short_schema"))
@handled
def schema(
    kind: Annotated[
        str | None, typer.Argument(metavar="KIND", help=h("arg_kind"), show_default=False)
    ] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
) -> int:
    """The kinds of data file, or one kind's JSON Schema."""
    return commands.schema(kind=kind, fmt=fmt, output=output, force=force)


@app.command(help=h("help_init"), short_help=h("short_init"))
@handled
def init(
    path: Annotated[str, typer.Argument(metavar="PATH", help=h("arg_path"))] = "me.yaml",
    force: Annotated[bool, typer.Option("--force", help=h("opt_force_init"))] = False,
    lang: LangOpt = None,
) -> int:
    """Write a profile template."""
    return commands.init(path=path, force=force)


def main() -> None:
    """The console-script entry point: quiet on a closed pipe and on Ctrl-C."""
    from opsplan.runner import silence_stdout

    try:
        app()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
