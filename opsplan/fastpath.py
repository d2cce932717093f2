"""The fast path: plain command lines run without importing typer.

typer costs a third of a command's start-up (it imports its parameter machinery and pydantic
for every parameter it converts). For the command lines people type, this reads the arguments
itself and calls the same command function typer would (`opsplan/commands.py`), through the
same `runner.guarded()`, so output and exit codes are identical (values such as `--format`
and `--size` are checked there, for both paths). Anything it does not read exactly as typer
would — help, an unknown or abbreviated option, a missing required value, `--` — it hands to
typer by returning None.
"""

from __future__ import annotations

import sys
from typing import Any

from opsplan.i18n import LANGS

# option -> (keyword, kind); kinds: value, flag (True), off (False), multi
Option = tuple[str, str]
_OUTPUT: dict[str, Option] = {
    "--format": ("fmt", "value"),
    "-f": ("fmt", "value"),
    "--norms": ("norms", "value"),
    "--output": ("output", "value"),
    "-o": ("output", "value"),
    "--force": ("force", "flag"),
    "--lang": ("lang", "value"),
}
_DATA: dict[str, Option] = {**_OUTPUT, "--roles": ("roles", "value")}
_COMPANY: dict[str, Option] = {
    "--size": ("size", "value"),
    "-s": ("size", "value"),
    "--marketing": ("marketing", "flag"),
    "--no-marketing": ("marketing", "off"),
    "--set": ("sets", "multi"),
}
# command -> (options, positional keyword, how many: "one", "optional", "many", "")
SPECS: dict[str, tuple[dict[str, Option], str, str]] = {
    "recommend": ({**_DATA, **_COMPANY, "--fte": ("fte", "flag")}, "", ""),
    "roles": (_DATA, "role", "optional"),
    "drivers": (_OUTPUT, "", ""),
    "overload": (_DATA, "profile", "one"),
    "team": ({**_DATA, **_COMPANY}, "team", "one"),
    "validate": (
        {
            "--format": ("fmt", "value"),
            "-f": ("fmt", "value"),
            "--lang": ("lang", "value"),
        },
        "files",
        "many",
    ),
}
REQUIRED = {"recommend": ("size",)}


def parse(argv: list[str]) -> tuple[str, dict[str, Any]] | None:
    """(command, keyword arguments) for a plain command line, or None to let typer read it."""
    if not argv or argv[0] not in SPECS:
        return None
    command, args = argv[0], argv[1:]
    options, positional, count = SPECS[command]
    kwargs: dict[str, Any] = {}
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
        key, kind = spec
        if kind in ("flag", "off"):
            if eq:
                return None
            kwargs[key] = kind == "flag"
            continue
        if eq:
            value = attached
        elif i < len(args):
            value, i = args[i], i + 1
        else:
            return None
        if kind == "multi":
            kwargs.setdefault(key, []).append(value)
        else:
            kwargs[key] = value
    if not _positionals(kwargs, found, positional, count):
        return None
    if any(key not in kwargs for key in REQUIRED.get(command, ())):
        return None
    return command, kwargs


def _positionals(kwargs: dict[str, Any], found: list[str], key: str, count: str) -> bool:
    if count == "many":
        kwargs[key] = found
        return True
    if (count == "one" and len(found) == 1) or (count == "optional" and len(found) <= 1):
        if found:
            kwargs[key] = found[0]
        return True
    return not found and not count


def _help(argv: list[str]) -> int | None:
    """`opsplan --help` and `opsplan CMD --help` from the rendered pages, when one fits."""
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
    command = words[0] if len(words) == 2 else ""
    if command and command not in (*SPECS, "init", "schema"):
        return None
    from opsplan.helptext import page
    from opsplan.runner import argv_lang

    text = page(command, argv_lang(argv))
    if text is None:
        return None
    sys.stdout.write(text)
    return 0


def run(argv: list[str]) -> int | None:
    """Run a plain command line and return its exit code; None when typer must read it."""
    if argv and argv[-1] in ("--help", "-h"):
        return _help(argv)
    parsed = parse(argv)
    if parsed is None:
        return None
    command, kwargs = parsed
    from opsplan import commands
    from opsplan.runner import guarded

    lang = kwargs.pop("lang", None)
    return guarded(getattr(commands, command), lang, **kwargs)
