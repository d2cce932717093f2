"""The fast path: plain command lines run without importing typer.

typer costs a third of a command's start-up (it imports its parameter machinery and pydantic
for every parameter it converts). For the command lines people type, this reads the arguments
with the one declaration (`opsplan/commands.py`) and runs the same `commands.execute()` as
typer's commands, so output and exit codes are identical (values such as `--format` and
`--size` are checked there, for both paths). Anything it does not read exactly as typer would
— an unknown or abbreviated option, a missing required value, `--`, an attached short value —
it hands to typer by returning None. `--help` prints the page of `opsplan/helppage.py`, which
typer's commands print too.
"""

from __future__ import annotations

import sys
from typing import Any

from opsplan.commands import BY_NAME, execute
from opsplan.declare import Command, Invocation
from opsplan.i18n import LANGS
from opsplan.runner import argv_lang

PROG = "opsplan"


def _options(command: Command) -> dict[str, tuple[str, str, bool]]:
    """Each flag of the command: (dest, kind, value when it is a flag)."""
    found: dict[str, tuple[str, str, bool]] = {}
    for p in command.params:
        for n, flag in enumerate(p.flags):
            found[flag] = (p.dest, p.kind, not (p.kind == "pair" and n > 0))
    return found


def parse(argv: list[str]) -> tuple[Command, dict[str, Any]] | None:
    """(command, values by dest) for a plain command line, or None to let typer read it."""
    if not argv or argv[0] not in BY_NAME:
        return None
    command, args = BY_NAME[argv[0]], argv[1:]
    options = _options(command)
    values: dict[str, Any] = {}
    found: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg in ("--", "-h", "--help"):
            return None
        if arg == "-" or not arg.startswith("-"):
            found.append(arg)
            continue
        name, eq, attached = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        spec = options.get(name)
        if spec is None:
            return None
        dest, kind, on = spec
        if kind in ("flag", "pair"):
            if eq:
                return None
            values[dest] = on
            continue
        if eq:
            value = attached
        elif i < len(args):
            value, i = args[i], i + 1
        else:
            return None
        if kind == "many":
            values.setdefault(dest, []).append(value)
        else:
            values[dest] = value
    if not _positionals(command, values, found):
        return None
    if any(p.required and p.dest not in values for p in command.params):
        return None
    return command, values


def _positionals(command: Command, values: dict[str, Any], found: list[str]) -> bool:
    """Give the positional values to the positional parameters in order; False when they do
    not fit (typer then says why)."""
    for p in (p for p in command.params if p.positional):
        if p.kind == "many":
            values[p.dest], found = found, []
        elif found:
            values[p.dest] = found.pop(0)
    return not found


def _help(argv: list[str]) -> int | None:
    """`opsplan --help` and `opsplan CMD --help`, when the line is only that."""
    words: list[str] = []
    i = 0
    while i < len(argv):
        if argv[i] == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGS:
            i += 2
            continue
        if argv[i] not in ("--lang=en", "--lang=zh"):
            words.append(argv[i])
        i += 1
    if not 1 <= len(words) <= 2 or words[-1] not in ("--help", "-h"):
        return None
    import os

    if os.path.basename(sys.argv[0]) != PROG:  # `python -m opsplan`: typer names the program
        return None
    from opsplan import helppage

    lang = argv_lang(argv)
    if len(words) == 1:
        sys.stdout.write(helppage.program_page(PROG, lang))
        return 0
    command = BY_NAME.get(words[0])
    if command is None:
        return None
    sys.stdout.write(helppage.command_page(command, f"{PROG} {command.name}", lang))
    return 0


def run(argv: list[str], closed: frozenset[str] = frozenset()) -> int | None:
    """Run a plain command line and return its exit code; None when typer must read it."""
    if argv and argv[-1] in ("--help", "-h"):
        return _help(argv)
    parsed = parse(argv)
    if parsed is None:
        return None
    command, values = parsed
    return execute(command, values, Invocation(tuple(argv), closed))
