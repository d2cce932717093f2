"""Running a command without typer: the language, errors and exit codes, writing results.

The command line's fast path (`opsplan/fastpath.py`) and the typer commands (`cli.py`) both run
the commands of `opsplan/commands.py` through `guarded()`, so both print the same output and
exit with the same codes. Nothing here imports typer.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from opsplan.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, OpsplanError, UsageError
from opsplan.i18n import LANGS, Lang, Msg, detect_lang, text

if TYPE_CHECKING:
    from pydantic import BaseModel

    from opsplan.render import Format

state: dict[str, Any] = {"debug": False, "lang": "en", "top_lang": None}


def argv_lang(argv: list[str]) -> Lang:
    """The language for help texts: `--lang X` on the command line, else the environment."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in LANGS:
            return value
    return detect_lang()


def guarded(command: Callable[..., int | None], lang: str | None, **kwargs: Any) -> int:
    """Run `command(**kwargs)` in `lang`: its exit code, with opsplan's errors as messages and
    exit codes, internal errors as exit 70, Ctrl-C as 130 and a closed pipe as a quiet 0."""
    chosen = lang or state.get("top_lang")
    state["lang"] = chosen if chosen in LANGS else detect_lang()
    try:
        if chosen is not None and chosen not in LANGS:
            from opsplan.options import choice

            choice("--lang", chosen, LANGS)
        return command(**kwargs) or 0
    except OpsplanError as exc:
        report(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        _quiet_write("")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        silence_stdout()
        return 0
    except OSError as exc:  # stdout to /dev/full
        reason = exc.strerror or str(exc)
        message = text("output_error", state["lang"], reason=reason)
        _quiet_write(text("error_prefix", state["lang"], message=message))
        return EXIT_USAGE
    except SystemExit:
        raise
    except Exception as exc:
        internal_error(exc)
        return EXIT_INTERNAL


def _quiet_write(line: str) -> None:
    """Write a line to stderr, ignoring a stderr that is itself closed or full."""
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def silence_stdout() -> None:
    """The reader of stdout (`| head`) has gone: point stdout at /dev/null, so that the
    interpreter's final flush does not fail again, and let the command end quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def report(exc: OpsplanError) -> None:
    """Print an OpsplanError on stderr in the user's language."""
    lang: Lang = state["lang"]
    problems = getattr(exc, "problems", None)
    if problems is not None:
        from opsplan.validate.reporter import problem_lines

        _quiet_write(problem_lines(problems, lang).rstrip("\n"))
    else:
        from opsplan.render.escape import safe

        message = exc.text(lang) if isinstance(exc, UsageError) else str(exc)
        _quiet_write(text("error_prefix", lang, message=safe(message)))


def internal_error(exc: BaseException) -> None:
    """A short "please report" message; the traceback goes to a log file, or stderr with --debug."""
    import traceback

    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    lang: Lang = state["lang"]
    if state["debug"]:
        _quiet_write(trace)
        where = text("internal_above", lang)
    else:
        import tempfile

        fd, where = tempfile.mkstemp(prefix="opsplan-crash-", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8") as log:
            log.write(trace)
    _quiet_write(text("internal_error", lang, error=f"{type(exc).__name__}: {exc}", where=where))


def choose_format(fmt: Format | str | None, output: str | None) -> Format:
    """--format, else the extension of -o FILE, else a table; an unknown extension is an error."""
    from opsplan.render import EXTENSIONS, Format

    if fmt is not None:
        from opsplan.options import choice

        return Format(choice("--format", str(fmt), [f.value for f in Format]))
    if output is None:
        return Format.table
    ext = os.path.splitext(output)[1].lower()
    if ext not in EXTENSIONS:
        raise UsageError(Msg("format_from_extension", path=output, ext=ext or "(none)"))
    return EXTENSIONS[ext]


def emit(
    result: BaseModel, fmt: Format | str | None, output: str | None = None, force: bool = False
) -> None:
    """Render `result` to stdout, or with `output` to that file (atomically, never over an
    existing file without `force`)."""
    from opsplan.render import render

    lang: Lang = state["lang"]
    chosen = choose_format(fmt, output)
    if output is not None:
        deliver(render(result, chosen, lang=lang), output, force)
        return
    tty = sys.stdout.isatty()
    width = _columns() or (os.get_terminal_size().columns if tty else 100)
    color = tty and "NO_COLOR" not in os.environ
    deliver(render(result, chosen, lang=lang, width=max(width, 60), color=color))


def deliver(out: str, output: str | None = None, force: bool = False) -> None:
    """`out` to stdout, or with `output` to that file (atomically, never over an existing file
    without `force`), saying so on stderr."""
    if output is None:
        write_out(out)
        return
    from opsplan.writer import write_text

    write_text(output, out, force=force)
    _quiet_write(text("wrote", state["lang"], path=output))


def _columns() -> int | None:
    """COLUMNS from the environment, when it is a sane number (the page width to lay out)."""
    value = os.environ.get("COLUMNS", "")
    return min(int(value), 1000) if value.isdigit() and int(value) >= 20 else None


def write_out(out: str) -> None:
    """Write to stdout; characters its encoding cannot hold are escaped, not an error.

    A closed stdout is a usage error; so is one that cannot take the text (a full disk)."""
    from opsplan.entry import CLOSED

    if "stdout" in CLOSED:
        raise UsageError(Msg("stdout_closed"))
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    if encoding.lower().replace("-", "") not in ("utf8", "utf_8"):
        out = out.encode(encoding, "backslashreplace").decode(encoding)
    sys.stdout.write(out)
    sys.stdout.flush()
