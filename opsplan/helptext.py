"""`--help` without typer: typer's own help pages, rendered once and shipped.

Importing typer is most of `opsplan --help`. The help pages are typer's output for a given
language, width and program name, so `python -m opsplan.helptext` renders each of them with the
real command line (in fresh processes) into `data/help.json`, keyed by the opsplan and typer
versions; the fast path prints the page when the key, the language and the terminal's width
match one rendered, and leaves everything else to typer. A test renders them again and fails
when the file is stale.
"""

from __future__ import annotations

import json
import os
import re
import sys

NAME = "help.json"
PROG = "opsplan"
WIDTHS = (78, 98)  # typer's text width for an 80-column terminal (or a pipe), and for >= 100
COMMANDS = ("", "recommend", "roles", "drivers", "validate", "overload", "team", "schema", "init")


def _data_dir() -> str:
    import importlib

    return os.path.dirname(str(importlib.import_module("opsplan.data").__file__))


def typer_version() -> str:
    """typer's version, read from its source without importing it (that is what we avoid)."""
    from importlib.util import find_spec

    spec = find_spec("typer")
    if spec is None or spec.origin is None:
        return ""
    with open(spec.origin, encoding="utf-8") as handle:
        found = re.search(r'__version__\s*=\s*"([^"]+)"', handle.read())
    return found.group(1) if found else ""


def key() -> str:
    """What the pages were rendered with."""
    from opsplan import __version__

    return f"{__version__}-typer-{typer_version()}"


def help_width() -> int:
    """The width typer would wrap help to here (click: terminal columns, at most 100, - 2)."""
    try:  # exactly as shutil.get_terminal_size, which click asks
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
    return max(min(columns, 100) - 2, 50)


def page(command: str, lang: str) -> str | None:
    """The help page of `command` ("" for the program) in `lang`, if one was rendered for this
    terminal's width and these versions."""
    if os.path.basename(sys.argv[0]) != PROG:
        return None
    try:
        with open(os.path.join(_data_dir(), NAME), encoding="utf-8") as handle:
            pages = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(pages, dict) or pages.get("key") != key():
        return None
    found = pages.get("pages", {}).get(f"{lang}/{help_width()}/{command}")
    return found if isinstance(found, str) else None


def render_all() -> dict[str, object]:
    """Every page, rendered by the real command line in fresh processes."""
    import subprocess
    import tempfile

    pages: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as folder:
        program = os.path.join(folder, PROG)  # so that typer calls the program `opsplan`
        with open(program, "w", encoding="utf-8") as handle:
            handle.write(f"#!{sys.executable}\nfrom opsplan.cli import main\nmain()\n")
        os.chmod(program, 0o755)
        for lang in ("en", "zh"):
            for width in WIDTHS:
                env = {**os.environ, "COLUMNS": str(width + 2), "OPSPLAN_LANG": lang}
                for command in COMMANDS:
                    args = [program, *([command] if command else []), "--help"]
                    done = subprocess.run(args, env=env, capture_output=True, check=True)
                    pages[f"{lang}/{width}/{command}"] = done.stdout.decode("utf-8")
    return {"key": key(), "pages": pages}


def main() -> None:
    """Write data/help.json."""
    path = os.path.join(_data_dir(), NAME)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(render_all(), handle, ensure_ascii=False, indent=0, sort_keys=True)
        handle.write("\n")
    print(f"wrote {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
