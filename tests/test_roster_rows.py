"""Reading a roster row by row, as a caller sees it: the team `parse_roster` and `load_team`
make of it (names, roles, shares, flags, cells of a workbook as text), and each error's place
(file, line, column or sheet cell) and words. These kill surviving mutants of
`roster._parse`, `_header`, `_Rows` and `parse_roster` (docs/mutation.md)."""

from __future__ import annotations

import datetime
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from helpers import run

from opsplan import loader
from opsplan.errors import UsageError
from opsplan.models.people import Team
from opsplan.models.problems import MAX_FINDINGS, InputError
from opsplan.roster import load_team, parse_roster

SMALL = {"size": "small"}
COLUMNS = "name,role,share,capacity_hours,outsourced,vacancy"
Where = tuple[int | None, int | None, str]


def team_of(text: str, company: Mapping[str, object] = SMALL) -> Team:
    """The team of roster CSV `text`, as `parse_roster` and the model read it."""
    return loader.validate(parse_roster("r.csv", text, company), Team)


def errors_of(text: str, company: Mapping[str, object] = SMALL) -> list[Where]:
    """Each error of roster CSV `text`: (line, column, message)."""
    with pytest.raises(InputError) as caught:
        team_of(text, company)
    assert {(p.file, p.sheet, p.level) for p in caught.value.problems} == {("r.csv", None, "error")}
    return [(p.line, p.col, p.message) for p in caught.value.problems]


def people(team: Team) -> list[tuple[Any, ...]]:
    return [(p.name, p.roles, p.capacity_hours, p.outsourced, p.vacancy) for p in team.people]


def test_rows_are_people_and_blank_rows_are_skipped_wherever_they_are() -> None:
    text = (
        " name , role , share \n"
        "  Li Na ,  seo , 50% \n"
        ",,\n"  # a blank row as long as the header
        ",\n"  # and a shorter one
        "Li Na,sem,0.5\n"
        "\n"
        "Wang Fang,editor,\n"
    )
    assert people(team_of(text)) == [
        ("Li Na", {"seo": 0.5, "sem": 0.5}, None, False, False),
        ("Wang Fang", ["editor"], None, False, False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "name,role\rLi,seo\r",  # old Mac line ends
        "name,role,,\nLi,seo\n",  # empty columns after the header's last, as Excel saves them
        "name,role,,\r\n,,,\r\nLi,seo\r\n",
    ],
)
def test_line_ends_and_empty_columns_as_spreadsheets_write_them(text: str) -> None:
    assert people(team_of(text)) == [("Li", ["seo"], None, False, False)]


def test_a_quoted_cell_keeps_its_line_break_as_written() -> None:
    assert [p.name for p in team_of('name,role\n"Li\r\nNa",seo\n').people] == ["Li\r\nNa"]


def test_flags_in_words_either_language() -> None:
    text = "name,role,outsourced,vacancy\nA,seo,no,否\nB,sem,是,yes\nC,editor,,\nD,sem,0,1\n"
    assert [(p.outsourced, p.vacancy) for p in team_of(text).people] == [
        (False, False),
        (True, True),
        (False, False),
        (False, True),
    ]


def test_a_roster_needs_a_size_from_its_caller() -> None:
    with pytest.raises(UsageError) as caught:
        parse_roster("r.csv", "name,role\nLi,seo\n", {"marketing": True})
    assert caught.value.text() == (
        "r.csv: a roster has no company: give --size (and --marketing if it applies)"
    )


@pytest.mark.parametrize(
    ("company", "message"),
    [
        ({"size": "huge"}, "company.size: must be 'small', 'medium' or 'large', got the string"),
        ({"size": "small", "employees": "many"}, "company.employees: expected a number"),
        ({"size": "small"} | {f"driver{i}": 1 for i in range(101)}, "company: more than 100 keys"),
    ],
)
def test_the_company_given_by_the_caller_is_at_the_roster_s_start(
    company: dict[str, object], message: str
) -> None:
    [(line, col, text)] = errors_of("name,role\nLi,seo\n", company)
    assert (line, col) == (1, 1)
    assert text.startswith(message)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        pytest.param(
            "name,role\n,seo\nLi,\n",
            [(2, 1, "the name cell is empty"), (3, 4, "the role cell is empty")],
            id="empty-cells",
        ),
        pytest.param(
            "name,role\n,seo,junk\n",
            [(2, 6, "a value in a column without a header; give the column a header, or clear it")],
            id="no-header",
        ),
        pytest.param(
            "name,role,share\nLi\n\nWang,sem\n",
            [
                (2, 1, "this row has 1 of the header's 3 cells"),
                (4, 6, "this row has 2 of the header's 3 cells"),
            ],
            id="short-rows",
        ),
        pytest.param(
            "name,role,capacity_hours,outsourced\nLi,seo,20,no\nLi,sem,30,yes\n",
            [
                (3, 8, "capacity_hours differs from this person's row at line 2; give it once"),
                (3, 11, "outsourced differs from this person's row at line 2; give it once"),
            ],
            id="values-twice",
        ),
        pytest.param(
            "name,role,capacity_hours\nLi,seo," + "1" * 5000 + "\n",
            [(2, 8, 'people[0].capacity_hours: expected a number, got the string "1111111111')],
            id="too-many-digits",
        ),
        pytest.param(
            "name,role,share,capacity_hours\nLi,seo,50%,40%\n",
            [(2, 12, 'people[0].capacity_hours: expected a number, got the string "40%"')],
            id="percent-hours",
        ),
        pytest.param(
            "name,role,share\nA\x0cB\u2028C,,1\nD,\x85,\n",
            [(2, 7, "the role cell is empty"), (3, 3, "the role cell is empty")],
            id="a-cell-holding-other-line-ends",
        ),
        pytest.param(
            "name,role\rLi,\r",
            [(2, 4, "the role cell is empty")],
            id="cr-line-ends",
        ),
        pytest.param(
            "Staff list\n\nname,role\n,\n",
            [(3, 1, "the roster has a header but no one in it")],
            id="no-people",
        ),
        pytest.param(
            "", [(1, 1, "the roster is empty: expected a header row name,role,...")], id="empty"
        ),
        pytest.param(
            " \n,\n",
            [(1, 1, "the roster is empty: expected a header row name,role,...")],
            id="blank",
        ),
        pytest.param(
            "name,role\nLi,seo\nWang," + "x" * 140_000 + "\n",
            [(3, 1, "CSV syntax: field larger than field limit (131072)")],
            id="csv-syntax",
        ),
        pytest.param(
            "title\nfoo,bar\n",
            [(1, 1, f"unknown column 'title'; the columns are {COLUMNS}")],
            id="no-name-column",
        ),
        pytest.param(
            "name,role,nom\n",
            [(1, 11, f"unknown column 'nom'; the columns are {COLUMNS}")],
            id="unknown-column",
        ),
        pytest.param(
            "name,role," + "n" * 50 + "\n",
            [(1, 11, f"unknown column '{'n' * 40}'; the columns are {COLUMNS}")],
            id="unknown-column-cut",
        ),
        pytest.param(
            "share,capacity_hours\n1,2\n",
            [(1, 1, f"missing column(s) name, role; the header is {COLUMNS}")],
            id="missing-columns",
        ),
        pytest.param(
            "name,role,share,role\n",
            [(1, 17, "column 'role' is in the header twice (first in column 2)")],
            id="column-twice",
        ),
    ],
)
def test_each_error_at_its_cell(text: str, errors: list[Where]) -> None:
    got = errors_of(text)
    assert [(line, col) for line, col, _ in got] == [(line, col) for line, col, _ in errors]
    for (_, _, message), (_, _, want) in zip(got, errors, strict=True):
        assert message.startswith(want), message


@pytest.mark.parametrize(("above", "found"), [(9, True), (10, False)])
def test_the_header_is_looked_for_in_the_first_ten_rows(above: int, found: bool) -> None:
    """Rows above the header (a title, a date) are skipped: nine of them, and not ten (then
    the first row is taken for the header, and it is not one)."""
    text = "Staff\n" + "note\n" * (above - 1) + "name,role\nLi,seo\n"
    if found:
        assert [p.name for p in team_of(text).people] == ["Li"]
    else:
        assert errors_of(text) == [(1, 1, f"unknown column 'Staff'; the columns are {COLUMNS}")]


def test_a_roster_with_many_bad_rows_reports_its_first_ones() -> None:
    text = "name,role\n" + "".join(f"P{i},\n" for i in range(MAX_FINDINGS + 50))
    got = errors_of(text)
    assert len(got) == MAX_FINDINGS
    assert got[-1] == (MAX_FINDINGS + 1, len(f"P{MAX_FINDINGS - 1},") + 1, "the role cell is empty")


def test_an_unknown_role_is_at_its_cell_when_the_share_is_empty(tmp_path: Path) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text("name,role,share\nLi,seo,1\nWu,nosuch,\n", encoding="utf-8")
    result = run(["team", str(roster), "-s", "small"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{roster}:3:4: error: unknown role 'nosuch'; `opsplan roles` lists the roles\n"
    )


# ------------------------------------------------------------------ load_team: its sources
def test_a_roster_on_standard_input_is_named_so(tmp_path: Path) -> None:
    team, _ = load_team("-", SMALL, io.BytesIO(b"name,role\nLi,seo\n"))
    assert [p.name for p in team.people] == ["Li"]
    result = run(["team", "-", "-s", "small"], stdin=b"name,role\nLi,\n")
    assert result.exit_code == 1
    assert result.stderr == "<stdin>:2:4: error: the role cell is empty\n"


def test_a_utf8_roster_with_a_bom_is_read_without_a_note(tmp_path: Path) -> None:
    roster = tmp_path / "r.csv"
    roster.write_bytes(b"\xef\xbb\xbfname,role\nLi,seo\n")
    heard: list[Any] = []
    team, _ = load_team(str(roster), SMALL, notice=heard.append)
    assert ([p.name for p in team.people], heard) == (["Li"], [])


@pytest.mark.parametrize(
    ("text", "company", "result"),
    [
        ("people:\n  - {name: Li, roles: [seo]}\n", SMALL, "small"),
        ("people:\n  - {name: Li, roles: [seo]}\n", {}, "1:1: error: missing required key"),
        ("company: big\npeople: []\n", SMALL, '1:10: error: company: expected a mapping, got'),
        ("company: big\npeople: []\n", {}, '1:10: error: company: expected a mapping, got'),
        ("company: {size: large}\npeople:\n  - {name: Li, roles: [seo]}\n", SMALL, "small"),
        ("company: {size: large}\npeople:\n  - {name: Li, roles: [seo]}\n", {}, "large"),
    ],
)  # fmt: skip
def test_the_company_of_a_team_file_and_of_the_caller(
    tmp_path: Path, text: str, company: dict[str, object], result: str
) -> None:
    """The caller's company is the team's when its file gives none, and overrides the file's
    (key by key); a file's `company:` that is not a mapping is an error, whatever the caller
    gives."""
    path = tmp_path / "team.yaml"
    path.write_text(text, encoding="utf-8")
    if ":" not in result:
        team, _ = load_team(str(path), company)
        assert team.company.size == result
        return
    with pytest.raises(InputError) as caught:
        load_team(str(path), company)
    assert caught.value.problems[0].format().startswith(f"{path}:{result}")


# ------------------------------------------------------------------ workbooks
def workbook(path: Path, rows: list[list[Any]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Sheet1")
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, datetime.datetime):
                sheet.write_datetime(r, c, value, when)
            elif value is not None:
                sheet.write(r, c, value)
    book.close()
    return path


def test_a_workbook_s_cells_as_text_and_as_flags(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["name", "role", "outsourced", "vacancy"],
        [True, "seo", 1, 0],
        [False, "sem", 0, 1],
        [7, "editor"],
        [7.5, "designer"],
        [datetime.datetime(2024, 1, 2, 9, 30), "copywriter"],
    ]
    team, _ = load_team(str(workbook(tmp_path / "r.xlsx", rows)), SMALL)
    assert [(p.name, p.outsourced, p.vacancy) for p in team.people] == [
        ("true", True, False),
        ("false", False, True),
        ("7", False, False),
        ("7.5", False, False),
        ("2024-01-02T09:30:00", False, False),
    ]


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        ([["name", "role", "outsourced"], ["Li", "seo", 2]],
         'Sheet1!C2: error: people[0].outsourced: expected true or false, got the string "2"'),
        ([["name", "role", "share"], ["Li", "seo", True]],
         "Sheet1!C2: error: people[0].roles.seo: expected a number, got True"),
        ([["name", "share"], ["Li", 1]], "Sheet1!A1: error: missing column(s) role;"),
        ([["name", "role", "share", "role"]],
         "Sheet1!D1: error: column 'role' is in the header twice (first in column B)"),
        ([["name", "role"]], "Sheet1!A1: error: the roster has a header but no one in it"),
    ],
)  # fmt: skip
def test_a_workbook_s_errors_are_at_its_cells(
    tmp_path: Path, rows: list[list[Any]], error: str
) -> None:
    path = workbook(tmp_path / "r.xlsx", rows)
    with pytest.raises(InputError) as caught:
        load_team(str(path), SMALL)
    assert caught.value.problems[0].format().startswith(f"{path}:{error}")
