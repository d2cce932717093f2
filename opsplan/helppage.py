"""The help pages, rendered from the one declaration in the user's language, without typer.

Both ways in print these: the fast path for `opsplan [CMD] --help`, and typer's commands (their
`get_help` returns the same page), so `--help` costs what the declaration and the catalogue
cost, and every word of it is in the catalogue. The layout is click's: a usage line, the
description, then aligned lists of arguments, options and commands.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from opsplan.commands import COMMANDS
from opsplan.declare import Command, Param
from opsplan.i18n import Lang, text
from opsplan.params import PROGRAM
from opsplan.textfmt import width, wrap

MAX_WIDTH = 100  # as typer's app: at most 100 columns of help
FIRST_COLUMN = 30  # the widest first column before its text moves to the next line


def page_width() -> int:
    """The width to wrap help to: the terminal's columns (COLUMNS first), at most 100, less 2."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    if columns <= 0:
        columns = 80
    return max(min(columns, MAX_WIDTH) - 2, 50)


def program_page(prog: str, lang: Lang, size: int | None = None) -> str:
    """`opsplan --help`: the program's options and its commands."""
    size = size or page_width()
    out = _usage(prog, "[OPTIONS] COMMAND [ARGS]...", lang, size)
    out += _paragraphs(text("help_app", lang), size)
    out += _section(text("help_options", lang), _options(None, PROGRAM, lang), size)
    commands = [(c.name, text(c.short, lang)) for c in COMMANDS]
    out += _section(text("help_commands", lang), commands, size)
    if prog != "opsplan":  # `python -m opsplan`: the examples say `opsplan`
        out += _paragraphs(text("help_module", lang), size)
    return out.rstrip("\n") + "\n"


def command_page(command: Command, prog: str, lang: Lang, size: int | None = None) -> str:
    """`opsplan CMD --help`: the command's description, arguments and options."""
    size = size or page_width()
    positional = [p for p in command.params if p.positional]
    out = _usage(prog, " ".join(["[OPTIONS]", *(_slot(p) for p in positional)]), lang, size)
    out += _paragraphs(text(command.help, lang), size)
    arguments = [(p.metavar, _help(command, p, lang)) for p in positional]
    if arguments:
        out += _section(text("help_arguments", lang), arguments, size)
    options = [p for p in command.params if not p.positional]
    out += _section(text("help_options", lang), _options(command, options, lang), size)
    return out.rstrip("\n") + "\n"


def _slot(param: Param[Any]) -> str:
    """A positional argument in the usage line: `TEAM`, `[ROLE]`, `[FILE]...`."""
    name = param.metavar if param.required else f"[{param.metavar}]"
    return f"{name}..." if param.kind == "many" else name


def _usage(prog: str, args: str, lang: Lang, size: int) -> str:
    return f"{text('help_usage', lang)}{prog} {args}\n\n"


def _paragraphs(body: str, size: int) -> str:
    out = ""
    for paragraph in body.split("\n\n"):
        out += "".join(f"  {line}\n" for line in wrap(" ".join(paragraph.split()), size - 2))
        out += "\n"
    return out


def _help(command: Command | None, param: Param[Any], lang: Lang) -> str:
    default = command.formats[0] if command is not None and command.formats else ""
    said = text(param.help, lang, default=default) if param.formats else text(param.help, lang)
    if param.help == "opt_table" and command is not None:  # the command's own tables
        names = [f"`{name}`" for name in command.tables]
        said = text("opt_table", lang, tables=names) if names else text("opt_table_numbered", lang)
    return f"{said}  [{text('help_required', lang)}]" if param.required else said


def _options(
    command: Command | None, params: tuple[Param[Any], ...] | list[Param[Any]], lang: Lang
) -> list[tuple[str, str]]:
    rows = []
    for p in params:
        if p.kind == "pair":
            names = " / ".join(p.flags)
        else:
            names = ", ".join(sorted(p.flags, key=lambda f: f.startswith("--")))
        metavar = command.metavar(p) if command is not None else p.metavar
        if metavar and p.kind in ("value", "many"):
            names += f" {metavar}"
        rows.append((names, _help(command, p, lang)))
    rows.append(("-h, --help", text("help_option", lang)))
    return rows


def _section(heading: str, rows: list[tuple[str, str]], size: int) -> str:
    """A heading and its rows aligned as click aligns them."""
    first = min(max(width(name) for name, _ in rows), FIRST_COLUMN) + 2
    text_width = max(size - first - 2, 10)
    out = f"{heading}\n"
    for name, body in rows:
        lines = wrap(body, text_width)
        if width(name) <= first - 2:
            out += f"  {name}{' ' * (first - width(name))}{lines[0]}\n"
        else:
            out += f"  {name}\n{' ' * (first + 2)}{lines[0]}\n"
        out += "".join(f"{' ' * (first + 2)}{line}\n" for line in lines[1:])
    return out + "\n"
