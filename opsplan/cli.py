"""The `opsplan` command line: thin commands that parse, call opsplan.api, render, exit.

Only typer is imported at start-up; pydantic, yaml, rich and the models load inside the
commands that need them, so `opsplan --help` and `--version` stay fast.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from opsplan import __version__
from opsplan.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, OpsplanError
from opsplan.render import CheckFormat, Format

if TYPE_CHECKING:
    from pydantic import BaseModel

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="opsplan",
    help="Staffing planner and role calculator for a network operations department.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
_state = {"debug": False}


class SizeChoice(str, Enum):
    """Company sizes (seed 000 excludes micro enterprises)."""

    small = "small"
    medium = "medium"
    large = "large"


RolesOpt = Annotated[
    str | None, typer.Option("--roles", metavar="FILE", help="Role catalogue (default: built-in).")
]
NormsOpt = Annotated[
    str | None, typer.Option("--norms", metavar="FILE", help="Staffing norms (default: built-in).")
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write the result to FILE, not stdout."),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Let --output overwrite an existing file.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"opsplan {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of internal errors.")
    ] = False,
) -> None:
    """Staffing planner and role calculator for a network operations department."""
    _state["debug"] = debug


def handled(command: F) -> F:
    """Turn opsplan's errors into messages and exit codes; internal errors into exit 70."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except OpsplanError as exc:
            report(exc)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            sys.stderr.write("\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            silence_stdout()
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            internal_error(exc)
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]


def silence_stdout() -> None:
    """The reader of stdout (`| head`) has gone: point stdout at /dev/null, so that the
    interpreter's final flush does not fail again, and let the command end quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def report(exc: OpsplanError) -> None:
    """Print an OpsplanError on stderr: located problems, or one message."""
    problems = getattr(exc, "problems", None)
    if problems is not None:
        from opsplan.render.as_text import problem_lines

        sys.stderr.write(problem_lines(problems))
    else:
        sys.stderr.write(f"opsplan: error: {exc}\n")


def internal_error(exc: BaseException) -> None:
    """A short "please report" message; the traceback goes to a log file, or stderr with --debug."""
    import traceback

    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if _state["debug"]:
        sys.stderr.write(text)
        where = "above"
    else:
        import tempfile

        fd, where = tempfile.mkstemp(prefix="opsplan-crash-", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8") as log:
            log.write(text)
    sys.stderr.write(
        f"opsplan: internal error: {type(exc).__name__}: {exc}\n"
        f"This is a bug in opsplan; please report it with the traceback ({where}).\n"
    )


def emit(result: BaseModel, fmt: str, output: str | None = None, force: bool = False) -> None:
    """Render `result` to stdout, or with `output` to that file (atomically, never over an
    existing file without `force`)."""
    from opsplan.render import render

    if output is not None:
        from opsplan.writer import write_text

        write_text(output, render(result, fmt), force=force)
        sys.stderr.write(f"opsplan: wrote {output}\n")
        return
    tty = sys.stdout.isatty()
    width = os.get_terminal_size().columns if tty else 100
    color = tty and "NO_COLOR" not in os.environ
    sys.stdout.write(render(result, fmt, width=max(width, 60), color=color))
    sys.stdout.flush()


@app.command()
@handled
def recommend(
    size: Annotated[SizeChoice, typer.Option("--size", "-s", help="Company size.")],
    marketing: Annotated[
        bool, typer.Option("--marketing/--no-marketing", help="Marketing-focused department?")
    ] = False,
    sets: Annotated[
        list[str] | None,
        typer.Option("--set", metavar="NAME=VALUE", help="Set a workload driver (repeatable)."),
    ] = None,
    fte: Annotated[
        bool, typer.Option("--fte", help="Fractional FTE instead of whole people.")
    ] = False,
    fmt: FormatOpt = Format.table,
    roles: RolesOpt = None,
    norms: NormsOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Recommended headcount per role, with workload per person.

    Example: opsplan recommend --size medium --marketing --set platforms=6
    """
    from opsplan import api

    result = api.recommend(size.value, marketing, sets or [], fte, roles, norms)
    emit(result, fmt.value, output, force)


@app.command("roles")
@handled
def roles_command(
    role: Annotated[
        str | None, typer.Argument(help="A role id, English or Chinese name.", show_default=False)
    ] = None,
    fmt: FormatOpt = Format.table,
    roles: RolesOpt = None,
    norms: NormsOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """The role catalogue, or one role with its duties, efforts, drivers and sources.

    Example: opsplan roles new-media
    """
    from opsplan import api

    emit(api.roles(role, roles, norms), fmt.value, output, force)


@app.command()
@handled
def validate(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            help="Role, norm or profile files; '-' is stdin (default: built-in).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CheckFormat.text,
) -> None:
    """Check data files for CI: every problem as file:line:col: error: message.

    Exit 0 when every file is valid, 1 when any is invalid, 2 when a path cannot be read.
    Example: opsplan validate data/roles.yaml data/norms.yaml --format github
    """
    from opsplan import api

    report_ = api.validate(files or [])
    emit(report_, fmt.value)
    if not all(f.readable for f in report_.files):
        raise typer.Exit(2)
    if not report_.valid:
        raise typer.Exit(1)


@app.command()
@handled
def overload(
    profile: Annotated[
        str, typer.Argument(metavar="PROFILE", help="The profile (me.yaml); '-' is stdin.")
    ],
    fmt: FormatOpt = Format.table,
    roles: RolesOpt = None,
    norms: NormsOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """One person's coverage report: the load by workload and by the norms, and a hand-off plan.

    Example: opsplan overload examples/allrounder.yaml --format markdown
    """
    from opsplan import api

    emit(api.overload(profile, roles, norms), fmt.value, output, force)


@app.command()
@handled
def init(
    path: Annotated[
        str, typer.Argument(metavar="PATH", help="Where to write the profile.")
    ] = "me.yaml",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented profile template for `opsplan overload` (valid as it stands).

    Example: opsplan init me.yaml
    """
    from opsplan import api

    api.init(path, force)
    sys.stderr.write(f"Wrote {path}: edit it, then run: opsplan overload {path}\n")


def main() -> None:
    """The console-script entry point: quiet on a closed pipe and on Ctrl-C."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
