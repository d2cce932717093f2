"""Team input: team.yaml, or a roster as Excel and WPS save one: a CSV file (UTF-8 with or
without a BOM, UTF-16 with a BOM, GBK/GB18030) or a workbook (.xlsx, via opsplan.workbook).

A roster has one row per person and role under a header row: `name,role,share,capacity_hours,
outsourced,vacancy` or their Chinese headers (`models.data.ROSTER_COLUMNS`; rows above the
header, such as a title, are skipped); rows with the same name are one person. The company
comes from the command's options. A roster is as strict as a team file: numbers follow YAML 1.2,
a person's hours given twice differently, a person's role given twice and a header given twice
are errors, each located at `roster.csv:line:col` (`roster.xlsx:Sheet1!C7` in a workbook).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from opsplan import loader
from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.models.people import ROSTER_COLUMNS, Team
from opsplan.models.problems import MAX_FINDINGS, InputError, Problem
from opsplan.textfmt import column_letters, plain_number
from opsplan.yamldoc import Document

INPUT_FORMATS = ("yaml", "csv", "xlsx")
COLUMNS = tuple(ROSTER_COLUMNS)
REQUIRED = ("name", "role")
HEADERS = {key: key for key in COLUMNS} | {
    alias.casefold(): key for key, aliases in ROSTER_COLUMNS.items() for alias in aliases
}
HEADER_SEARCH = 10  # rows above the header (a title, a date) that are skipped
_TRUE = {"true", "yes", "y", "1", "是", "x", "√", "✓"}
_FALSE = {"false", "no", "n", "0", "否", ""}

Notice = Callable[[Msg], None]


def load_team(
    path: str,
    company: Mapping[str, object],
    stdin: IO[bytes] | None = None,
    *,
    input_format: str | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
    notice: Notice | None = None,
) -> tuple[Team, loader.Source]:
    """A team from team.yaml (company options override its `company:`) or a roster (CSV or
    workbook), told by `input_format`, else the file's extension, else its content; `notice`
    hears which encoding a CSV was read in when it was not UTF-8."""
    name = "<stdin>" if path == loader.STDIN else path
    data = loader.read_bytes(path, stdin)
    kind = input_format or loader.team_format(path) or _kind_of_content(data)
    if sheet is not None and kind != "xlsx":
        raise UsageError(Msg("sheet_not_workbook", path=name))
    if kind == "yaml":
        source = loader.parse(name, loader.decode(name, data))
        data_ = source.doc.data
        if company and isinstance(data_.get("company"), dict):
            data_["company"].update(company)
        elif company and "company" not in data_:
            data_["company"] = dict(company)
        return loader.validate(source, Team), source
    if "size" not in company:
        raise UsageError(Msg("roster_needs_size", path=name))
    if kind == "xlsx":
        from opsplan.workbook import read_sheet

        found = read_sheet(name, data, sheet)
        grid = _Grid(name, list(enumerate(found.rows, start=1)), sheet=found.name)
    else:
        text, used = loader.decode_csv(name, data, encoding)
        if encoding is None and used != "utf-8" and used != "utf-8-sig" and notice is not None:
            notice(Msg("csv_read_as", path=name, encoding=used.upper()))
        grid = _csv_grid(name, text)
    source = _parse(grid, company)
    return loader.validate(source, Team), source


def parse_roster(name: str, text: str, company: Mapping[str, object]) -> loader.Source:
    """Roster CSV text as a located document of a team file."""
    if "size" not in company:
        raise UsageError(Msg("roster_needs_size", path=name))
    return _parse(_csv_grid(name, text), company)


def _kind_of_content(data: bytes) -> str:
    """A workbook by its first bytes; CSV when its first line is a roster's header; else YAML."""
    from opsplan.loader import BOMS as _BOMS
    from opsplan.workbook import OLE

    if data.startswith((b"PK\x03\x04", OLE)):
        return "xlsx"
    head = data[:4096]
    codec = next((c for bom, c in _BOMS if head.startswith(bom)), None)
    try:
        text = head.decode(codec or "utf-8")
    except UnicodeDecodeError:
        text = head.decode(codec or "gb18030", errors="ignore")  # a look at the first line only
    first = next((line for line in text.splitlines() if line.strip()), "")
    cells = [c.strip().strip('"').strip().casefold() for c in first.split(",")]
    return "csv" if len(cells) > 1 and _header_key(cells[0]) is not None else "yaml"


def _header_key(text: str) -> str | None:
    return HEADERS.get(" ".join(text.split()).casefold())


@dataclass
class _Grid:
    """A roster's rows as (line, cells), and where each cell is: `col(line, index)`."""

    name: str
    rows: Iterable[tuple[int, list[Any]]]
    sheet: str | None = None  # a workbook's: cell i of a row is in column i + 1
    col: Callable[[int, int], int] = field(default=lambda line, index: index + 1)
    csv: bool = False  # a CSV row may be shorter than its header (an error)


def _csv_grid(name: str, text: str) -> _Grid:
    # the lines as the csv reader counts them (CR, LF, CRLF), not as splitlines() does (it
    # also ends a line at a form feed, a vertical tab, U+2028... which a cell may hold)
    lines = list(io.StringIO(text, newline=""))

    def col(line: int, field: int) -> int:
        """1-based column of field `field` (0-based) on 1-based `line` (quotes approximate)."""
        if line - 1 >= len(lines):
            return 1
        offset = 0
        for _ in range(field):
            comma = lines[line - 1].find(",", offset)
            if comma < 0:
                return offset + 1
            offset = comma + 1
        return offset + 1

    reader = csv.reader(io.StringIO(text, newline=""))

    def rows() -> Iterable[tuple[int, list[Any]]]:
        try:
            for row in reader:
                yield reader.line_num, row
        except csv.Error as exc:
            message = Msg("roster_syntax", problem=str(exc)[:200])
            line = max(reader.line_num, 1)
            raise InputError([loader.problem_at(name, line, 1, message)]) from None

    return _Grid(name, rows(), col=col, csv=True)


class _Rows:
    """The document a roster becomes (a team file's `people:`), with each value's place."""

    def __init__(self, grid: _Grid) -> None:
        self.grid = grid
        self.people: dict[str, dict[str, Any]] = {}
        self.first: dict[str, int] = {}  # a person's first line
        self.seen: dict[tuple[str, str], int] = {}  # (person, role) -> its line
        self.marks: dict[int, Any] = {}
        self.list_marks: list[Any] = []
        self.problems: list[Problem] = []

    def problem(self, line: int, col: int, message: Msg) -> None:
        if len(self.problems) < MAX_FINDINGS:
            self.problems.append(
                loader.problem_at(self.grid.name, line, col, message, sheet=self.grid.sheet)
            )

    def add(self, line: int, cells: dict[str, Any], col: dict[str, int]) -> None:
        """One row: a person (the first row of their name) and one of their roles."""
        key = cells["name"].casefold()
        person = self.people.get(key)
        where = (line, col["name"])
        if person is None:
            person = {"name": cells["name"], "roles": {}}
            self.people[key], self.first[key] = person, line
            self.list_marks.append(where)
            self.marks[id(person)] = {"name": (where, where)}
            self.marks[id(person["roles"])] = {}
        pmarks = self.marks[id(person)]
        role = cells["role"]
        if (key, role.casefold()) in self.seen:
            first = self.seen[(key, role.casefold())]
            self.problem(line, col["role"], Msg("roster_role_twice", role=role[:60], first=first))
            return
        self.seen[(key, role.casefold())] = line
        person["roles"][role] = _share(cells.get("share"))
        share_at = (line, col.get("share", col["role"]))
        self.marks[id(person["roles"])][role] = ((line, col["role"]), share_at)
        pmarks["roles"] = ((line, col["role"]), (line, col["role"]))
        for name in ("capacity_hours", "outsourced", "vacancy"):
            value = _hours(cells.get(name)) if name == "capacity_hours" else _flag(cells.get(name))
            if value is None:
                continue
            if name in person and person[name] != value:
                first = pmarks[name][0][0]
                self.problem(line, col[name], Msg("roster_value_twice", column=name, first=first))
                continue
            person[name] = value
            pmarks[name] = ((line, col[name]), (line, col[name]))

    def source(self, company: Mapping[str, object]) -> loader.Source:
        """The roster as a located team document."""
        people = list(self.people.values())
        for person in people:
            shares = person["roles"]
            if all(v is None for v in shares.values()):
                person["roles"] = list(shares)
                self.marks[id(person["roles"])] = [self.marks[id(shares)][r][0] for r in shares]
        data = {"company": dict(company), "people": people}
        start = self.list_marks[0] if self.list_marks else (1, 1)
        self.marks[id(data)] = {"company": ((1, 1), (1, 1)), "people": (start, start)}
        self.marks[id(data["company"])] = dict.fromkeys(data["company"], ((1, 1), (1, 1)))
        self.marks[id(people)] = self.list_marks
        return loader.Source(self.grid.name, Document(data, (1, 1), self.marks), self.grid.sheet)


def _parse(grid: _Grid, company: Mapping[str, object]) -> loader.Source:
    rows = iter(grid.rows)
    header_line, header = _header(grid, rows)
    out = _Rows(grid)
    spare = [i for i, key in enumerate(header) if key is None]  # columns without a header
    keyed = [(i, key) for i, key in enumerate(header) if key is not None]
    # a sheet's columns are where they are on every row: their places are worked out once
    fixed = {key: grid.col(0, i) for i, key in keyed} if grid.sheet is not None else None
    for line, row in rows:
        if grid.csv and len(row) < len(header):
            if not any(_text(cell) for cell in row):
                continue
            message = Msg("roster_short_row", got=len(row), want=len(header))
            out.problem(line, grid.col(line, len(row)), message)
            continue
        cells = {key: row[i] for i, key in keyed}
        name, role = _text(cells["name"]), _text(cells["role"])
        extra = [i for i in [*spare, *range(len(header), len(row))] if _text(row[i])]
        if not name or not role or extra:
            if not any(_text(cell) for cell in row):
                continue  # an empty row
            col = fixed or {key: grid.col(line, i) for i, key in keyed}
            if extra:
                out.problem(line, grid.col(line, extra[0]), Msg("roster_no_header"))
            else:
                which = "name" if not name else "role"
                out.problem(line, col[which], Msg("roster_cell_empty", column=which))
            continue
        cells["name"], cells["role"] = name, role
        out.add(line, cells, fixed or {key: grid.col(line, i) for i, key in keyed})
    if out.problems:
        raise InputError(out.problems)
    if not out.people:
        raise InputError([_at(grid, header_line, 1, Msg("roster_no_people"))])
    return out.source(company)


def _at(grid: _Grid, line: int, col: int, message: Msg) -> Problem:
    return loader.problem_at(grid.name, line, col, message, sheet=grid.sheet)


def _header(grid: _Grid, rows: Iterable[tuple[int, list[Any]]]) -> tuple[int, list[str | None]]:
    """The header row (the first with a name column, among the first rows that hold anything)
    as each column's key (None for an empty header cell); its errors are located."""
    first: tuple[int, list[Any]] | None = None
    for n, (line, row) in enumerate((r for r in rows if any(_text(c) for c in r[1])), start=1):
        texts = [_text(cell) for cell in row]
        if first is None:
            first = (line, texts)
        if "name" in {_header_key(t) for t in texts} or n >= HEADER_SEARCH:
            break
    else:
        if first is None:
            raise InputError([_at(grid, 1, 1, Msg("roster_empty"))])
        line, texts = first
    if "name" not in {_header_key(t) for t in texts}:
        line, texts = first  # no name column near the top: the first row is the header
    keys: list[str | None] = []
    for i, cell in enumerate(texts):
        key = _header_key(cell)
        if cell and key is None:
            expected = ",".join(COLUMNS)
            message = Msg("roster_unknown_column", column=cell[:40], expected=expected)
            raise InputError([_at(grid, line, grid.col(line, i), message)])
        if key is not None and key in keys:
            number = keys.index(key) + 1  # a sheet's column by its letters, a CSV's by its number
            shown = column_letters(number) if grid.sheet is not None else str(number)
            message = Msg("roster_column_twice", column=cell[:40], first=shown)
            raise InputError([_at(grid, line, grid.col(line, i), message)])
        keys.append(key)
    missing = [c for c in REQUIRED if c not in keys]
    if missing:
        message = Msg("roster_columns", missing=", ".join(missing), expected=",".join(COLUMNS))
        raise InputError([_at(grid, line, 1, message)])
    while keys and keys[-1] is None:
        keys.pop()
    return line, keys


def _text(value: Any) -> str:
    """A cell as text: a whole number without '.0', a date as 2024-03-01."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _number(value: Any, percent: bool = False) -> Any:
    """A number cell, or text that is a YAML 1.2 number (`50%` too where `percent`); other
    text is kept for the model to report."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = _text(value)
    if not text:
        return None
    if isinstance(value, bool):
        return value
    scale = 1.0
    if percent and text.endswith("%"):
        text, scale = text[:-1].strip(), 0.01
    try:
        number = plain_number(text)
    except ValueError:  # more digits than int() reads
        return _text(value)
    if number is None:
        return _text(value)
    try:
        return float(number) * scale
    except OverflowError:  # past what a float holds: left as text, which the model refuses
        return _text(value)


def _share(value: Any) -> Any:
    return _number(value, percent=True)


def _hours(value: Any) -> Any:
    return _number(value)


def _flag(value: Any) -> Any:
    """True or False from a cell (`是`, `yes`, `1`, TRUE...); empty is None; else the text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = _text(value)
    if not text:
        return None
    folded = text.casefold()
    return True if folded in _TRUE else False if folded in _FALSE else text
