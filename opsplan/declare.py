"""The vocabulary of the command line's one declaration (`opsplan/commands.py`): parameters,
commands, the parsed values, the run context a command is given and what it gives back.

Both ways into opsplan read the same declaration: typer's commands are built from it
(`opsplan/cli.py`), the fast path parses plain command lines with it (`opsplan/fastpath.py`),
and the help pages are rendered from it (`opsplan/helppage.py`). Nothing here imports typer,
pydantic or yaml.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Generic, Literal, TypeVar

from opsplan.i18n import LANGS, Lang, detect_lang

if TYPE_CHECKING:
    from opsplan.views.document import Document

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
M = TypeVar("M")

# value: `--x V` (or a positional); flag: `--x`; pair: `--x/--no-x`; many: repeatable `--x V`
# (or a positional taking any number of values)
Kind = Literal["value", "flag", "pair", "many"]


class _Frozen:
    """Attributes set once, by `__init__`: a frozen object without dataclasses' cost at import
    (each frozen dataclass is a millisecond of start-up)."""

    __slots__ = ()

    def __init__(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name}")

    def __repr__(self) -> str:
        names: tuple[str, ...] = type(self).__slots__
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{type(self).__name__}({fields})"


class Param(_Frozen, Generic[T_co]):
    """One option or positional argument, as every reader of the command line sees it.

    `T_co` is the type of its parsed value, so that `values[SIZE]` is typed. `flags` is empty
    for a positional argument; a `pair` lists its on and off flags. `help` is a catalogue key.
    `complete` gives the values shell completion offers (imported only when completing);
    `formats` marks `--format`, whose values are the command's formats; `by_typer` marks
    typer's own options (shell completion), declared for the help page.
    """

    __slots__ = (
        "by_typer",
        "complete",
        "default",
        "dest",
        "flags",
        "formats",
        "help",
        "kind",
        "metavar",
        "required",
    )  # fmt: skip
    dest: str
    flags: tuple[str, ...]
    help: str
    kind: Kind
    metavar: str
    default: Any
    required: bool
    complete: Callable[[], Sequence[str]] | None
    formats: bool
    by_typer: bool

    def __init__(
        self,
        dest: str,
        flags: tuple[str, ...],
        help: str,
        *,
        kind: Kind = "value",
        metavar: str = "",
        default: Any = None,
        required: bool = False,
        complete: Callable[[], Sequence[str]] | None = None,
        formats: bool = False,
        by_typer: bool = False,
    ) -> None:
        super().__init__(
            dest=dest, flags=flags, help=help, kind=kind, metavar=metavar, default=default,
            required=required, complete=complete, formats=formats, by_typer=by_typer,
        )  # fmt: skip

    @property
    def positional(self) -> bool:
        """Whether this is a positional argument."""
        return not self.flags


class Output(_Frozen, Generic[M]):
    """What a command gives back to be rendered: its result, the view that makes the result's
    document (mypy checks it takes this result), the exit code, and the formats it offers when
    fewer than its command's."""

    __slots__ = ("code", "formats", "result", "view")
    result: M
    view: Callable[[M, Lang], Document] | None
    code: int
    formats: tuple[str, ...]

    def __init__(
        self,
        result: M,
        view: Callable[[M, Lang], Document] | None,
        code: int = 0,
        *,
        formats: tuple[str, ...] = (),
    ) -> None:
        super().__init__(result=result, view=view, code=code, formats=formats)


class Command(_Frozen):
    """A command: its name, parameters in help order, the function that runs it on the parsed
    values, its help keys, the formats it offers (the first is the default) and the names of
    its tables (`--table`; from `opsplan.views.tables`)."""

    __slots__ = ("formats", "help", "name", "params", "run", "short", "tables")
    name: str
    params: tuple[Param[Any], ...]
    run: Callable[[Run, Values], Output[Any] | int]
    help: str
    short: str
    formats: tuple[str, ...]
    tables: tuple[str, ...]

    def __init__(
        self,
        name: str,
        params: tuple[Param[Any], ...],
        run: Callable[[Run, Values], Output[Any] | int],
        help: str,
        short: str,
        formats: tuple[str, ...] = (),
        tables: tuple[str, ...] = (),
    ) -> None:
        super().__init__(
            name=name, params=params, run=run, help=help, short=short, formats=formats,
            tables=tables,
        )  # fmt: skip

    def param(self, dest: str) -> Param[Any] | None:
        """The parameter called `dest`, if the command has it."""
        return next((p for p in self.params if p.dest == dest), None)

    def metavar(self, param: Param[Any]) -> str:
        """What the help shows for the parameter's value (`--format`: the formats)."""
        return "|".join(self.formats) if param.formats else param.metavar

    def choices(self, param: Param[Any]) -> Sequence[str]:
        """The values shell completion offers for the parameter."""
        if param.formats:
            return self.formats
        return param.complete() if param.complete is not None else ()


class Run(_Frozen):
    """What a command runs with: the user's language, whether to show tracebacks, the terminal
    (width, colour) and the standard streams that were closed when opsplan started."""

    __slots__ = ("closed", "color", "debug", "lang", "width")
    lang: Lang
    debug: bool
    width: int
    color: bool
    closed: frozenset[str]

    def __init__(
        self,
        lang: Lang = "en",
        debug: bool = False,
        width: int = 100,
        color: bool = False,
        closed: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(lang=lang, debug=debug, width=width, color=color, closed=closed)

    @property
    def stdin(self) -> IO[bytes]:
        """Standard input for `-`; a closed stream when it was closed at start."""
        if "stdin" in self.closed or getattr(sys.stdin, "buffer", None) is None:
            closed = io.BytesIO()
            closed.close()
            return closed
        stream: IO[bytes] = sys.stdin.buffer
        return stream


class Invocation(_Frozen):
    """What is known before a command runs: the arguments (for the language of help and usage
    errors), the closed standard streams, and the program's own options (`--debug`, `--lang`
    before the command)."""

    __slots__ = ("argv", "closed", "debug", "lang")
    argv: tuple[str, ...]
    closed: frozenset[str]
    debug: bool
    lang: str | None

    def __init__(
        self,
        argv: tuple[str, ...] = (),
        closed: frozenset[str] = frozenset(),
        debug: bool = False,
        lang: str | None = None,
    ) -> None:
        super().__init__(argv=argv, closed=closed, debug=debug, lang=lang)

    def with_options(self, debug: bool, lang: str | None) -> Invocation:
        """This invocation with the program's own options."""
        return Invocation(self.argv, self.closed, debug, lang)

    def run(self, requested: str | None) -> Run:
        """The run context for a command given `--lang requested` (else the program's)."""
        chosen = requested or self.lang
        lang: Lang = chosen if chosen in LANGS else detect_lang()
        tty = sys.stdout.isatty()
        width = _columns() or (_terminal_columns() if tty else 100)
        color = tty and "NO_COLOR" not in os.environ
        return Run(lang, self.debug, max(width, 60), color, self.closed)


def _columns() -> int | None:
    """COLUMNS from the environment, when it is a sane number (the page width to lay out)."""
    value = os.environ.get("COLUMNS", "")
    return min(int(value), 1000) if value.isdigit() and int(value) >= 20 else None


def _terminal_columns() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 100


class Values:
    """The parsed values of one command line, with every parameter's default filled in."""

    def __init__(self, params: Sequence[Param[Any]], given: Mapping[str, Any]) -> None:
        self._values = {p.dest: _or(given.get(p.dest), p.default) for p in params}

    def __getitem__(self, param: Param[T]) -> T:
        """The value of `param` (a KeyError when the command does not have it)."""
        value: T = self._values[param.dest]
        return value

    def get(self, param: Param[T], default: T) -> T:
        """The value of `param`, or `default` when the command does not have it."""
        value: T = self._values.get(param.dest, default)
        return default if value is None else value

    def as_dict(self) -> dict[str, Any]:
        """Every value by its parameter's `dest` (for tests and typer's comparison)."""
        return dict(self._values)


def _or(value: Any, default: Any) -> Any:
    """A value typer left as None (an option not given) is the parameter's default."""
    return default if value is None else value
