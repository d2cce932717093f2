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

from opsplan.errors import InputError, UsageError
from opsplan.models import Catalogue, NormSet, Problem, Profile
from opsplan.yamldoc import Document, YamlError, compose

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound="BaseModel")

MAX_BYTES = 8 * 1024 * 1024
MAX_PROBLEMS = 50
STDIN = "-"


@dataclass
class Source:
    """A composed file: its display name and its located document."""

    name: str
    doc: Document

    def problem(self, path: tuple[str | int, ...], message: str, *, key: bool = False) -> Problem:
        """A Problem at `path` inside this file."""
        line, col = self.doc.locate(path, key=key)
        return Problem(file=self.name, line=line, col=col, message=message)


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


def read_bytes(path: str, stdin: IO[bytes] | None = None) -> bytes:
    """Read at most MAX_BYTES from `path` (`-` is standard input)."""
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
    else:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise UsageError(f"{path}: no such file") from None
        except OSError as exc:
            raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
        if stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{path}: is a directory, not a file")
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
            raise UsageError(f"{path}: not a regular file")
        if info.st_size > MAX_BYTES:
            raise _too_big(path)
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise _too_big(path)
    return data


def _too_big(name: str) -> InputError:
    limit = MAX_BYTES // (1024 * 1024)
    return InputError([Problem(file=name, message=f"file is larger than {limit} MiB")])


def decode(name: str, data: bytes) -> str:
    """UTF-8 (a BOM is allowed) to text; other encodings and NUL bytes are located errors."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError([_at(name, 1, 1, "the file is UTF-16; save it as UTF-8")])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError([_byte_problem(name, data, nul, "a NUL byte (is this a binary file?)")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        message = f"byte 0x{byte:02x} is not UTF-8; save the file as UTF-8"
        raise InputError([_byte_problem(name, data, exc.start, message)]) from None


def _byte_problem(name: str, data: bytes, offset: int, message: str) -> Problem:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    col = len(data[start:offset].decode("utf-8", errors="replace")) + 1
    return _at(name, line, col, message)


def _at(name: str, line: int | None, col: int | None, message: str) -> Problem:
    return Problem(file=name, line=line, col=col, message=message)


def parse(name: str, text: str) -> Source:
    """Compose YAML text; the top level must be a mapping."""
    try:
        doc = compose(text)
    except YamlError as exc:
        line, col = exc.mark if exc.mark else (None, None)
        raise InputError([_at(name, line, col, exc.message)]) from None
    if not isinstance(doc.data, dict):
        kind = "a list" if isinstance(doc.data, list) else "a single value"
        message = f"the top level must be a mapping of keys, not {kind}"
        raise InputError([_at(name, doc.root[0], doc.root[1], message)])
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
    for error in exc.errors(include_url=False, include_context=True):
        loc = tuple(part for part in error["loc"] if part != "[key]")
        at_key = error["type"] in ("extra_forbidden", "invalid_key") or "[key]" in error["loc"]
        problems.append(source.problem(loc, _describe(error, loc), key=at_key))
    return problems


def _path_text(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f'the string "{value[:40]}"'
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    if value is None:
        return "nothing (null)"
    return repr(value)[:40]


_EXPECTED = {
    "float_type": "a number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "string_type": "text",
    "dict_type": "a mapping",
    "list_type": "a list",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}


def _describe(error: Any, loc: tuple[str | int, ...]) -> str:
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    where = _path_text(loc)
    if kind == "missing":
        return f"missing required key '{loc[-1]}'" + (
            f" in {_path_text(loc[:-1])}" if loc[:-1] else ""
        )
    if kind == "invalid_key":
        return f"a key must be text, not {_shown(value)}" + (
            f" (in {_path_text(loc[:-1])})" if loc[:-1] else ""
        )
    if kind == "extra_forbidden":
        return f"unknown key '{loc[-1]}'" + (f" in {_path_text(loc[:-1])}" if loc[:-1] else "")
    if kind in _EXPECTED:
        message = f"expected {_EXPECTED[kind]}, got {_shown(value)}"
    elif kind == "finite_number":
        message = "must be a finite number, not .nan or .inf"
    elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = ctx.get("ge", ctx.get("gt", ctx.get("le", ctx.get("lt"))))
        word = {"greater_than_equal": "at least", "greater_than": "more than"}.get(kind)
        word = word or {"less_than_equal": "at most", "less_than": "less than"}[kind]
        message = f"must be {word} {_number(bound)}, got {_shown(value)}"
        if "hours" in where and bound == 168:
            message += " (a week has 168 hours)"
    elif kind == "literal_error":
        message = f"must be {ctx.get('expected')}, got {_shown(value)}"
    elif kind == "string_pattern_mismatch" and "-" in str(ctx.get("pattern")):
        message = f"{_shown(value)} is not a valid id: lowercase words joined by '-' (new-media)"
    elif kind == "string_pattern_mismatch":
        message = (
            f"{_shown(value)} is not a valid name: lowercase letters, digits, '_' (copy_pieces)"
        )
    elif kind == "too_short":
        message = "must not be empty"
    elif kind == "value_error":
        message = str(ctx.get("error", error["msg"]))
    else:
        message = str(error["msg"])
    return f"{where}: {message}" if where else message


def load(path: str, model: type[M], stdin: IO[bytes] | None = None) -> tuple[M, Source]:
    """Read one file into `model`, returning the model and its located source."""
    source = read_source(path, stdin)
    return validate(source, model), source


def load_catalogue(path: str | None = None) -> tuple[Catalogue, Source]:
    """The role catalogue from `path`, or the built-in one."""
    return load(path or str(builtin_path("roles.yaml")), Catalogue)


def load_norms(path: str | None = None) -> tuple[NormSet, Source]:
    """The norms from `path`, or the built-in ones."""
    return load(path or str(builtin_path("norms.yaml")), NormSet)


def load_profile(path: str, stdin: IO[bytes] | None = None) -> tuple[Profile, Source]:
    """A one-person profile (`-` reads standard input)."""
    return load(path, Profile, stdin)
