"""Files -> models. The only module that reads files.

Every problem becomes either a UsageError (the path itself: missing, a directory, unreadable;
exit 2) or an InputError of located Problems (`file:line:col: error: message`; exit 1).
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.models.problems import MAX_FINDINGS as MAX_PROBLEMS
from opsplan.models.problems import InputError, Problem

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from opsplan.yamldoc import Document

M = TypeVar("M", bound="BaseModel")

MAX_BYTES = 8 * 1024 * 1024
STDIN = "-"


# A team file's format by its extension: YAML, or a roster (CSV or a workbook), which
# `roster.py` reads; `validate` checks the YAML data files and names `team` for a roster
_TEAM_EXTENSIONS = {".yaml": "yaml", ".yml": "yaml", ".csv": "csv", ".txt": "csv"}
_TEAM_EXTENSIONS |= {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xlsx"}


def team_format(path: str) -> str | None:
    """A team file's format by its name (`yaml`, `csv` or `xlsx`), or None (stdin, or another
    extension)."""
    return None if path == STDIN else _TEAM_EXTENSIONS.get(os.path.splitext(path)[1].lower())


@dataclass
class Source:
    """A composed file: its display name and its located document."""

    name: str
    doc: Document
    sheet: str | None = None  # a workbook's: the marks are its rows and columns

    def problem(
        self, path: tuple[str | int, ...], message: str, *, key: bool = False, level: str = "error"
    ) -> Problem:
        """A Problem (an error, or a warning) at `path` inside this file."""
        line, col = self.doc.locate(path, key=key)
        return problem_at(self.name, line, col, message, level, sheet=self.sheet)


def builtin_path(name: str) -> Path:
    """The path of a built-in data file (`roles.yaml` or `norms.yaml`), wheel or editable.

    The files live beside the package `opsplan.data` (top-level `data/` in the repository,
    mapped to that package in wheels and editable installs alike).
    """
    import importlib

    package = importlib.import_module("opsplan.data")
    return Path(str(package.__file__)).parent / name


def read_builtin_text(name: str) -> str:
    """The text of a built-in data file."""
    return builtin_path(name).read_text(encoding="utf-8")


def path_error(path: str, message: Msg) -> Msg:
    """`path: message`, the path cut to a sane length (validate shows the message alone)."""
    shown = path if len(path) <= 200 else path[:199] + "…"
    return Msg("path_prefixed", path=shown, message=message)


def read_bytes(path: str, stdin: IO[bytes] | None = None) -> bytes:
    """Read at most MAX_BYTES from `path` (`-` is `stdin`, else standard input)."""
    if path == STDIN:
        # the command passes a closed stream when standard input was closed at start (`<&-`)
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None or stream.closed:
            raise UsageError(Msg("stdin_closed"))
        try:
            data = stream.read(MAX_BYTES + 1)
        except OSError as exc:
            raise UsageError(Msg("stdin_unreadable", reason=exc.strerror or str(exc))) from None
    else:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise UsageError(path_error(path, Msg("path_missing"))) from None
        except OSError as exc:
            raise UsageError(
                path_error(path, Msg("path_unreadable", reason=str(exc.strerror or exc)))
            ) from None
        if stat.S_ISDIR(info.st_mode):
            raise UsageError(path_error(path, Msg("path_directory")))
        if not stat.S_ISREG(info.st_mode):
            # a FIFO or device could block or never end: only regular files (and `-`)
            raise UsageError(path_error(path, Msg("path_not_regular")))
        if info.st_size > MAX_BYTES:
            raise _too_big(path)
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise UsageError(
                path_error(path, Msg("path_unreadable", reason=str(exc.strerror or exc)))
            ) from None
    if len(data) > MAX_BYTES:
        raise _too_big(path)
    return data


def _too_big(name: str) -> InputError:
    limit = MAX_BYTES // (1024 * 1024)
    return InputError([problem_at(name, None, None, Msg("file_too_big", limit=limit))])


def decode(name: str, data: bytes) -> str:
    """UTF-8 (a BOM is allowed) to text; other encodings and NUL bytes are located errors."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError([problem_at(name, 1, 1, Msg("file_utf16"))])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError([_byte_problem(name, data, nul, Msg("file_nul"))])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        message = Msg("file_not_utf8", byte=f"0x{byte:02x}")
        raise InputError([_byte_problem(name, data, exc.start, message)]) from None


# CSV as Excel and WPS save it: UTF-8 (with or without a BOM), UTF-16 with a BOM, and on
# Chinese Windows GBK, read as GB18030 (a superset) when the bytes decode cleanly as it.
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_csv(name: str, data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """CSV bytes to text and the encoding read: `encoding` when given, else strict UTF-8, UTF-16
    by its BOM, else GB18030 when it decodes cleanly; anything else is a located error."""
    if encoding is not None:
        return _decode_as(name, data, encoding), encoding
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _decode_as(name, data, codec), codec
    try:
        return _no_nul(name, data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        failed = exc
    try:
        return _no_nul(name, data.decode("gb18030")), "gb18030"
    except UnicodeDecodeError:
        byte = data[failed.start]
        message = Msg("csv_encoding_unknown", byte=f"0x{byte:02x}")
        raise InputError([_byte_problem(name, data, failed.start, message)]) from None


def _decode_as(name: str, data: bytes, encoding: str) -> str:
    import codecs

    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise UsageError(Msg("encoding_unknown", encoding=encoding[:40])) from None
    if codec.name in ("utf-8", "utf_8") and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        message = Msg("csv_not_encoding", byte=f"0x{byte:02x}", encoding=encoding[:40])
        raise InputError([_byte_problem(name, data, exc.start, message)]) from None
    return _no_nul(name, text.removeprefix("\ufeff"))


def _no_nul(name: str, text: str) -> str:
    nul = text.find("\x00")
    if nul >= 0:
        from opsplan.yamldoc import line_col

        line, col = line_col(text[:nul])
        raise InputError([problem_at(name, line, col, Msg("file_nul"))])
    return text


def _byte_problem(name: str, data: bytes, offset: int, message: str) -> Problem:
    from opsplan.yamldoc import line_col

    line, col = line_col(data[:offset].decode("utf-8", errors="replace"))
    return problem_at(name, line, col, message)


def problem_at(
    name: str,
    line: int | None,
    col: int | None,
    message: str,
    level: str = "error",
    *,
    sheet: str | None = None,
) -> Problem:
    """A Problem (an error, or a warning) in file `name` at (line, col), from a Msg or text; in
    a workbook, at row `line` and column `col` of `sheet`."""
    code, params = (message.code, message.params) if isinstance(message, Msg) else ("", {})
    return Problem.model_validate(
        {
            "file": name,
            "line": line,
            "col": col,
            "sheet": sheet,
            "level": level,
            "message": str(message),
            "code": code,
            "params": params,
        }
    )


def parse(name: str, text: str) -> Source:
    """Compose YAML text; the top level must be a mapping. Plain YAML is read by
    `yamlfast` (no PyYAML import, a big file at a fraction of the cost), anything else by
    libyaml through `yamldoc`, which also says what is wrong."""
    from opsplan.yamldoc import YamlError, compose
    from opsplan.yamlfast import compose as compose_plain

    try:
        doc = compose_plain(text) or compose(text)
    except YamlError as exc:
        line, col = exc.mark if exc.mark else (None, None)
        raise InputError([problem_at(name, line, col, exc.message)]) from None
    if not isinstance(doc.data, dict):
        kind = Msg("a_list") if isinstance(doc.data, list) else Msg("a_single_value")
        message = Msg("top_not_mapping", kind=kind)
        raise InputError([problem_at(name, doc.root[0], doc.root[1], message)])
    return Source(name, doc)


def read_source(path: str, stdin: IO[bytes] | None = None) -> Source:
    """Read, decode and compose one file."""
    name = "<stdin>" if path == STDIN else path
    return parse(name, decode(name, read_bytes(path, stdin)))


def validate(source: Source, model: type[M]) -> M:
    """Validate a composed file into `model`; errors become located Problems."""
    from pydantic import ValidationError

    try:
        return model.model_validate(source.doc.data)
    except ValidationError as exc:
        raise InputError(schema_problems(source, exc)) from None


def schema_problems(source: Source, exc: ValidationError) -> list[Problem]:
    """Each pydantic error as a Problem at the line of the offending key or item."""
    problems = []
    errors = exc.errors(include_url=False, include_context=True)
    for error in errors[:MAX_PROBLEMS]:
        # "[key]" marks a key's error; "[list]"/"[mapping]" name the form of a union
        loc = tuple(part for part in error["loc"] if not str(part).startswith("["))
        at_key = error["type"] in ("extra_forbidden", "invalid_key") or "[key]" in error["loc"]
        problems.append(source.problem(loc, _describe(error, loc), key=at_key))
    if len(errors) > MAX_PROBLEMS:
        problems.append(problem_at(source.name, None, None, Msg("stopped", n=MAX_PROBLEMS)))
    return problems


def _path_text(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out[:120]


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _shown(value: Any) -> Msg | str:
    if isinstance(value, str):
        return Msg("the_string", value=value[:40])
    if isinstance(value, (dict, list)):
        return Msg("a_mapping") if isinstance(value, dict) else Msg("a_list")
    if value is None:
        return Msg("null")
    if isinstance(value, float):
        return f"{value:g}"
    return repr(value)[:40]


_EXPECTED = {
    "float_type": "exp_number",
    "int_type": "exp_whole",
    "int_from_float": "exp_whole",
    "bool_type": "exp_bool",
    "string_type": "exp_text",
    "dict_type": "exp_mapping",
    "list_type": "exp_list",
    "model_type": "exp_mapping",
    "model_attributes_type": "exp_mapping",
}
_BOUNDS = {
    "greater_than_equal": ("ge", "at_least"),
    "greater_than": ("gt", "more_than"),
    "less_than_equal": ("le", "at_most"),
    "less_than": ("lt", "less_than"),
}


def _own_message(error: Any) -> Msg | None:
    """The Msg an opsplan model validator raised (as `ValueError(Msg(...))`), if it is one."""
    args = getattr(error, "args", ())
    return args[0] if args and isinstance(args[0], Msg) else None


def _choices(expected: str) -> Msg | str:
    """pydantic's `'small', 'medium' or 'large'` in the user's language (`“small”、“medium” 或
    “large”`), or as it is when it lists no quoted values."""
    import re

    values = [Msg("quoted", value=v) for v in re.findall(r"'([^']*)'", expected)]
    if len(values) < 2:
        return expected
    return Msg("list_or", items=values[:-1], last=values[-1])


def _describe(error: Any, loc: tuple[str | int, ...]) -> Msg:
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    where = _path_text(loc)
    inside = _path_text(loc[:-1])
    if kind == "missing":
        return (
            Msg("missing_key_in", key=loc[-1], where=inside)
            if inside
            else Msg("missing_key", key=loc[-1])
        )
    if kind == "invalid_key":
        return (
            Msg("key_not_text_in", value=_shown(value), where=inside)
            if inside
            else Msg("key_not_text", value=_shown(value))
        )
    if kind == "extra_forbidden":
        key = str(loc[-1])[:60]
        return (
            Msg("unknown_key_in", key=key, where=inside) if inside else Msg("unknown_key", key=key)
        )
    message: Msg
    if kind in _EXPECTED:
        message = Msg("expected", what=Msg(_EXPECTED[kind]), got=_shown(value))
    elif kind == "finite_number":
        message = Msg("not_finite")
    elif kind in _BOUNDS:
        name, word = _BOUNDS[kind]
        bound = _number(ctx.get(name))
        code = "bound_week" if "hours" in where and bound == "168" else "bound"
        message = Msg(code, word=Msg(word), bound=bound, got=_shown(value))
    elif kind == "literal_error":
        expected = _choices(str(ctx.get("expected"))[:200])
        message = Msg("must_be", expected=expected, got=_shown(value))
    elif kind == "string_pattern_mismatch" and "-" in str(ctx.get("pattern")):
        message = Msg("bad_id", value=_shown(value))
    elif kind == "string_pattern_mismatch":
        message = Msg("bad_name", value=_shown(value))
    elif kind == "too_short":
        message = Msg("empty")
    elif kind == "too_long" and isinstance(value, str):
        message = Msg("too_long_text", max=ctx.get("max_length"))
    elif kind == "too_long":
        message = Msg("too_many_items", max=f"{ctx.get('max_length', 0):,}")
    elif kind == "value_error" and _own_message(ctx.get("error")) is not None:
        message = _own_message(ctx.get("error"))  # type: ignore[assignment]
    else:
        message = Msg("raw", text=str(error["msg"])[:200])
    return Msg("at_path", where=where, message=message) if where else message


def load(path: str, model: type[M], stdin: IO[bytes] | None = None) -> tuple[M, Source]:
    """Read one file into `model`, returning the model and its located source."""
    source = read_source(path, stdin)
    return validate(source, model), source
