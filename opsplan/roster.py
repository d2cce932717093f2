"""Team input: team.yaml, or a roster CSV as Excel and WPS save it (UTF-8, with or without BOM).

A roster has one row per person and role: `name,role,share,capacity_hours,outsourced` (and
optionally `vacancy`); rows with the same name are one person. The company comes from the
command's options. Every problem is located at `roster.csv:line:col`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import IO, Any

from opsplan import loader
from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.models.data import Team
from opsplan.models.problems import InputError
from opsplan.yamldoc import Document

COLUMNS = ("name", "role", "share", "capacity_hours", "outsourced", "vacancy")
REQUIRED = ("name", "role")
_TRUE = {"true", "yes", "y", "1", "是", "x"}
_FALSE = {"false", "no", "n", "0", "否", ""}


def load_team(
    path: str, company: Mapping[str, object], stdin: IO[bytes] | None = None
) -> tuple[Team, loader.Source]:
    """A team from team.yaml (company options override its `company:`) or a roster CSV."""
    if path.lower().endswith(".csv"):
        name = path
        text = loader.decode(name, loader.read_bytes(path, stdin))
        source = parse_roster(name, text, company)
    else:
        source = loader.read_source(path, stdin)
        data = source.doc.data
        if company and isinstance(data.get("company"), dict):
            data["company"].update(company)
        elif company and "company" not in data:
            data["company"] = dict(company)
    return loader.validate(source, Team), source


class _Marks:
    """Line and column of each cell of a CSV text."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def col(self, line: int, field: int) -> int:
        """1-based column of field `field` (0-based) on 1-based `line` (quotes approximate)."""
        if line - 1 >= len(self.lines):
            return 1
        offset = 0
        for _ in range(field):
            comma = self.lines[line - 1].find(",", offset)
            if comma < 0:
                return offset + 1
            offset = comma + 1
        return offset + 1


def parse_roster(name: str, text: str, company: Mapping[str, object]) -> loader.Source:
    """Roster CSV text as a located document of a team file."""
    if "size" not in company:
        raise UsageError(Msg("roster_needs_size", path=name))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return _parse(name, reader, _Marks(text), company)
    except csv.Error as exc:
        message = Msg("roster_syntax", problem=str(exc)[:200])
        raise InputError([loader.problem_at(name, max(reader.line_num, 1), 1, message)]) from None


def _parse(name: str, reader: Any, marks: _Marks, company: Mapping[str, object]) -> loader.Source:
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError([loader.problem_at(name, 1, 1, Msg("roster_empty"))]) from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        message = Msg("roster_columns", missing=", ".join(missing), expected=",".join(COLUMNS))
        raise InputError([loader.problem_at(name, 1, 1, message)])
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        message = Msg("roster_unknown_column", column=unknown[0][:40], expected=",".join(COLUMNS))
        raise InputError(
            [loader.problem_at(name, 1, marks.col(1, header.index(unknown[0])), message)]
        )
    people: dict[str, dict[str, Any]] = {}
    doc_marks: dict[int, Any] = {}
    people_list: list[dict[str, Any]] = []
    list_marks: list[Any] = []
    problems = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            message = Msg("roster_short_row", got=len(row), want=len(header))
            problems.append(loader.problem_at(name, line, marks.col(line, len(row)), message))
            continue
        cells = dict(zip(header, (c.strip() for c in row), strict=False))
        col = {h: marks.col(line, i) for i, h in enumerate(header)}
        person = people.get(cells["name"].casefold())
        if person is None:
            person = {"name": cells["name"], "roles": {}}
            people[cells["name"].casefold()] = person
            people_list.append(person)
            list_marks.append((line, col["name"]))
            doc_marks[id(person)] = {"name": ((line, col["name"]), (line, col["name"]))}
            doc_marks[id(person["roles"])] = {}
        pmarks = doc_marks[id(person)]
        role = cells["role"]
        share: Any = cells.get("share", "")
        share = _number(share) if share else None
        person["roles"][role] = share
        doc_marks[id(person["roles"])][role] = (
            (line, col["role"]),
            (line, col.get("share", col["role"])),
        )
        pmarks["roles"] = ((line, col["role"]), (line, col["role"]))
        for key in ("capacity_hours",):
            if cells.get(key):
                person[key] = _number(cells[key])
                pmarks[key] = ((line, col[key]), (line, col[key]))
        for key in ("outsourced", "vacancy"):
            if key in cells:
                value = cells[key].casefold()
                person[key] = True if value in _TRUE else False if value in _FALSE else cells[key]
                pmarks[key] = ((line, col[key]), (line, col[key]))
    if problems:
        raise InputError(problems)
    for person in people_list:
        shares = person["roles"]
        if all(v is None for v in shares.values()):
            person["roles"] = list(shares)
            doc_marks[id(person["roles"])] = [doc_marks[id(shares)][r][0] for r in shares]
    data = {"company": dict(company), "people": people_list}
    doc_marks[id(data)] = {"company": ((1, 1), (1, 1)), "people": ((2, 1), (2, 1))}
    doc_marks[id(data["company"])] = dict.fromkeys(data["company"], ((1, 1), (1, 1)))
    doc_marks[id(people_list)] = list_marks
    return loader.Source(name, Document(data, (1, 1), doc_marks))


def _number(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text
