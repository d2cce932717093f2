"""typer's commands are the declaration's: the test reads typer's real parameters
(`typer.main.get_command(app)`) and fails on any difference in names, flags, repeatability,
required-ness and defaults. Also: the private typer names opsplan uses are where they were, and
shell completion offers the declared values."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
import typer.main
from helpers import ROOT

from opsplan.cli import app
from opsplan.commands import COMMANDS
from opsplan.declare import Command, Param
from opsplan.params import PROGRAM

GROUP = typer.main.get_command(app)


def declared(command: Command | None, param: Param[Any]) -> dict[str, Any]:
    """A declared parameter as click would hold it."""
    pair = param.kind == "pair"
    return {
        "name": param.dest,
        "positional": param.positional,
        "flags": sorted(param.flags[:1] if pair else param.flags),
        "off": sorted(param.flags[1:] if pair else []),
        "multiple": param.kind == "many",
        "required": param.required,
        "default": None if param.kind == "many" else param.default,
        "metavar": (command.metavar(param) if command else param.metavar) or None,
    }


def real(param: Any) -> dict[str, Any]:
    """typer's parameter, as click holds it."""
    positional = param.param_type_name == "argument"
    return {
        "name": param.name,
        "positional": positional,
        "flags": [] if positional else sorted(param.opts),
        "off": sorted(getattr(param, "secondary_opts", [])),
        "multiple": bool(param.multiple or param.nargs == -1),
        "required": bool(param.required),
        "default": param.default,
        "metavar": param.metavar,
    }


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_typers_parameters_are_the_declared_ones(command: Command) -> None:
    click_command = GROUP.commands[command.name]  # type: ignore[attr-defined]
    got = [real(p) for p in click_command.params if p.name != "help"]
    assert got == [declared(command, p) for p in command.params]


def test_the_programs_options_are_the_declared_ones() -> None:
    got = {p.name: real(p) for p in GROUP.params if p.name != "help"}
    want = {p.dest: declared(None, p) for p in PROGRAM}
    for name in ("install_completion", "show_completion"):  # typer's own: their shape is its
        assert got.pop(name)["flags"] == want.pop(name)["flags"]
    assert got == want


def test_every_command_is_typers_and_nothing_else() -> None:
    assert list(GROUP.commands) == [c.name for c in COMMANDS]  # type: ignore[attr-defined]


def test_every_format_a_command_offers_is_a_renderer() -> None:
    from opsplan.render import FORMATS, RESULT_FORMATS

    for command in COMMANDS:
        assert set(command.formats) <= set(FORMATS), command.name
        assert command.formats in ((), RESULT_FORMATS) or command.name == "validate"


def test_the_private_names_opsplan_uses_are_there() -> None:
    """cli_errors imports click's exception classes from typer's private `typer._click`: when
    a typer release moves one, this fails (it never skips)."""
    from typer._click import exceptions

    from opsplan import cli_errors

    for name in cli_errors.PRIVATE_NAMES:
        found = getattr(exceptions, name, None)
        assert isinstance(found, type), f"typer._click.exceptions.{name} has moved"
        assert getattr(cli_errors, name) is found
        assert issubclass(found, exceptions.UsageError)
        assert issubclass(found, Exception)


def test_typer_is_bounded_to_the_versions_tested() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'"typer>=([\d.]+),<([\d.]+)"', pyproject)
    assert found, "typer's version must be bounded above and below in pyproject.toml"
    low, high = found.groups()
    installed = tuple(int(p) for p in version("typer").split(".")[:2])
    assert tuple(int(p) for p in low.split(".")[:2]) <= installed
    assert installed < tuple(int(p) for p in high.split(".")[:2])


def complete(line: str) -> list[str]:
    """Candidates for the last word of `line` from bash completion (typer's, through the
    installed `opsplan` and its environment variables), as bash would ask."""
    words = line.split(" ")
    env = {
        **os.environ,
        "_OPSPLAN_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    program = Path(sys.executable).parent / "opsplan"
    done = subprocess.run(
        [str(program)], env=env, capture_output=True, timeout=60, check=False, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.decode().split()


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("opsplan re", ["recommend"]),
        ("opsplan ", [c.name for c in COMMANDS]),
        ("opsplan recommend --s", ["--size", "--set"]),
        ("opsplan recommend --size ", ["small", "medium", "large"]),
        ("opsplan recommend --format ", ["table", "json", "csv", "markdown"]),
        ("opsplan validate --format ", ["text", "github", "json"]),
        ("opsplan team x.yaml --lang ", ["en", "zh"]),
        ("opsplan --lang ", ["en", "zh"]),
        ("opsplan roles new-", ["new-media"]),
        ("opsplan schema ", ["roles", "norms", "team", "profile"]),
    ],
)
def test_bash_completion(line: str, want: list[str]) -> None:
    got = complete(line)
    assert [w for w in got if w in want] == want, got
    if line.endswith(("re", "--s", "new-")):
        assert got == want


def test_completion_of_role_ids_lists_them_all() -> None:
    from opsplan.api import load_data

    assert complete("opsplan roles ") == [r.id for r in load_data()[0].roles]
