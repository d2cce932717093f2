"""Running a command: errors and exit codes, and the one output pipeline.

A command's result goes result -> view -> renderer -> `deliver()` (standard output, or `-o
FILE` atomically), in the frozen run context it is given (`opsplan.declare.Run`: language,
debug, terminal width and colour, the standard streams that were closed); nothing here keeps
state between calls. Nothing here imports typer.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from opsplan.declare import Run
from opsplan.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    OpsplanError,
    UsageError,
    write_reason,
)
from opsplan.i18n import LANGS, Lang, Msg, detect_lang, text

if TYPE_CHECKING:
    from opsplan.declare import Output
    from opsplan.render import Renderer


def argv_lang(argv: Sequence[str]) -> Lang:
    """The language for help texts: `--lang X` on the command line, else the environment."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in LANGS:
            return value
    return detect_lang()


def guarded(command: Callable[[], int | None], run: Run) -> int:
    """Run `command`: its exit code, with opsplan's errors as messages and exit codes, internal
    errors as exit 70, Ctrl-C as 130 and a closed pipe as a quiet 0."""
    try:
        return command() or 0
    except OpsplanError as exc:
        report(exc, run.lang)
        return exc.exit_code
    except KeyboardInterrupt:
        say(text("interrupted", run.lang))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        silence_stdout()
        return 0
    except OSError as exc:  # stdout to /dev/full
        message = text("output_error", run.lang, reason=write_reason(exc))
        say(text("error_prefix", run.lang, message=message))
        return EXIT_USAGE
    except SystemExit:
        raise
    except Exception as exc:
        internal_error(exc, run)
        return EXIT_INTERNAL


def say(line: str) -> None:
    """Write a line to stderr, made safe for the terminal (a file name's control characters,
    bidi overrides and undecodable bytes escaped; newlines kept), ignoring a stderr that is
    itself closed or full."""
    from opsplan.textfmt import safe

    try:
        sys.stderr.write(safe(line, one_line=False) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def silence_stdout() -> None:
    """The reader of stdout (`| head`) has gone: point stdout at /dev/null, so that the
    interpreter's final flush does not fail again, and let the command end quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def report(exc: OpsplanError, lang: Lang) -> None:
    """Print an OpsplanError on stderr in the user's language: located problems as validate's
    text format prints them, anything else as `opsplan: error: message`."""
    problems = getattr(exc, "problems", None)
    if problems is not None:
        from opsplan.render.as_text import render
        from opsplan.views.document import Document
        from opsplan.views.validate import findings

        say(render(Document("", [findings(problems, lang)])).rstrip("\n"))
    else:
        from opsplan.textfmt import safe

        message = exc.text(lang) if isinstance(exc, UsageError) else str(exc)
        say(text("error_prefix", lang, message=safe(message)))


def internal_error(exc: BaseException, run: Run) -> None:
    """A short "please report" message; the traceback goes to a log file, or stderr with --debug."""
    import traceback

    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if run.debug:
        say(trace)
        where = text("internal_above", run.lang)
    else:
        import tempfile

        fd, where = tempfile.mkstemp(prefix="opsplan-crash-", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8") as log:
            log.write(trace)
    say(text("internal_error", run.lang, error=f"{type(exc).__name__}: {exc}", where=where))


def choose_format(fmt: str | None, output: str | None, formats: Sequence[str]) -> Renderer:
    """--format (one of `formats`), else the extension of -o FILE, else the first of `formats`;
    an extension none of them has is an error."""
    from opsplan.render import FORMATS, by_extension, extensions

    if fmt is not None:
        from opsplan.options import choice

        return FORMATS[choice("--format", fmt, formats)]
    if output is None:
        return FORMATS[formats[0]]
    if os.path.isdir(output):  # what its extension says matters less (as with --format)
        raise UsageError(Msg("path_prefixed", path=output, message=Msg("path_directory")))
    found = by_extension(output, formats)
    if found is None:
        ext = os.path.splitext(output)[1].lower()
        exts = extensions(formats)
        listed = Msg("list_or", items=exts[:-1], last=exts[-1]) if len(exts) > 1 else exts[0]
        if not ext:
            raise UsageError(Msg("format_no_extension", path=output, exts=listed))
        raise UsageError(Msg("format_from_extension", path=output, ext=ext, exts=listed))
    return found


def emit(
    run: Run,
    out: Output[Any],
    fmt: str | None,
    output: str | None,
    force: bool,
    formats: Sequence[str],
    *,
    table: str | None = None,
    encoding: str | None = None,
    encoding_reads_input: bool = False,
) -> None:
    """Render a command's output in the chosen format and deliver it: to stdout laid out for
    the terminal, or with `output` to that file (atomically, never over one without `force`).

    `table` picks the table of CSV output; CSV is written in `encoding`, else UTF-8 (with a BOM
    in a file, which Excel and WPS need to read Chinese). An `encoding` nothing uses (another
    format, and no roster read in it: `encoding_reads_input` is false) is said on stderr."""
    from opsplan.render import render

    renderer = choose_format(fmt, output, formats)
    if table is not None and not renderer.tables:
        raise UsageError(Msg("table_needs_csv", format=renderer.name))
    if output is None and not renderer.terminal:
        raise UsageError(Msg("format_needs_output", format=renderer.name))
    if encoding is not None and renderer.file_encoding is None and not encoding_reads_input:
        say(text("encoding_ignored", run.lang, format=renderer.name))  # was silently ignored
    width, color = (100, False) if output is not None else (run.width, run.color)
    page = render(
        out.result, renderer.name, lang=run.lang, width=width, color=color, view=out.view,
        table=table,
    )  # fmt: skip
    if renderer.file_encoding is not None and isinstance(page, str):
        codec = encoding or (renderer.file_encoding if output is not None else None)
        if codec is not None:
            page = encode(page, codec)
    deliver(run, page, output, force)


def encode(page: str, encoding: str) -> bytes:
    """`page` in `encoding`; an unknown encoding, or a character it cannot hold, is a usage
    error that names it."""
    import codecs

    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(Msg("encoding_unknown", encoding=encoding[:40])) from None
    try:
        return page.encode(name)
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        line = exc.object.count("\n", 0, exc.start) + 1
        raise UsageError(
            Msg("encoding_cannot", encoding=encoding[:40], char=f"U+{ord(char):04X}", line=line)
        ) from None


def deliver(run: Run, out: str | bytes, output: str | None = None, force: bool = False) -> None:
    """`out` to stdout, or with `output` to that file (atomically, never over an existing file
    without `force`), saying so on stderr."""
    if output is None:
        write_out(run, out)
        return
    from opsplan.writer import write_file

    write_file(output, out, force=force)
    say(text("wrote", run.lang, path=output))


def write_out(run: Run, out: str | bytes) -> None:
    """Write to stdout; characters its encoding cannot hold are escaped, not an error.

    A closed stdout is a usage error; so is one that cannot take the text (a full disk)."""
    if "stdout" in run.closed:
        raise UsageError(Msg("stdout_closed"))
    if isinstance(out, bytes):
        sys.stdout.buffer.write(out)
        sys.stdout.buffer.flush()
        return
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    if encoding.lower().replace("-", "") not in ("utf8", "utf_8"):
        out = out.encode(encoding, "backslashreplace").decode(encoding)
    sys.stdout.write(out)
    sys.stdout.flush()
