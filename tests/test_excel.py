"""Excel in, Excel out (#21): rosters from workbooks and from CSV in the encodings Excel writes,
results as a workbook read back cell by cell, and the bad workbooks a reader must survive."""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
import python_calamine
import xlsxwriter
from helpers import ROOT, run

from opsplan import workbook
from opsplan.writer import leads_to_stream

EXAMPLE = ROOT / "examples" / "team.yaml"
COMPANY = ["-s", "medium", "--marketing", "--set", "employees=400"]
HEADER = ["name", "role", "share", "capacity_hours", "outsourced", "vacancy"]
# examples/team.yaml as a roster: one row per person and role
ROWS: list[list[Any]] = [
    ["Li Na", "seo", None, None, None, None],
    ["Li Na", "sem", None, None, None, None],
    ["Zhao Lei", "designer", 0.7, 30, None, None],
    ["Zhao Lei", "copywriter", 0.3, 30, None, None],
    ["Wang Fang", "editor", None, None, None, None],
    ["Chen Jie", "network-promotion", None, None, None, None],
    ["Liu Yang", "network-promotion", None, None, None, None],
    ["Liu Yang", "new-media", None, None, None, None],
    ["Zhou Min", "network-tech", None, None, None, None],
    ["Agency X", "sem", None, None, True, None],
    ["Open req 12", "new-media", None, None, None, True],
]


def csv_text(header: list[str] = HEADER) -> str:
    def cell(value: Any) -> str:
        return "" if value is None else "true" if value is True else str(value)

    lines = [",".join(header)] + [",".join(cell(v) for v in row) for row in ROWS]
    return "\r\n".join(lines) + "\r\n"


def write_xlsx(path: Path, rows: list[list[Any]], sheet: str = "Sheet1", build: Any = None) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    if build is not None:
        build(book, ws)
    book.close()
    return path


def team_json(*args: str, stdin: bytes | None = None) -> dict[str, Any]:
    result = run(["team", *args, "-f", "json"], stdin=stdin)
    assert result.exit_code == 0, result.output + result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    data.pop("name")  # a roster has no team name
    return data


EXPECTED = team_json(str(EXAMPLE))


@pytest.mark.parametrize(
    ("suffix", "encode"),
    [
        ("gbk.csv", lambda text: text.encode("gbk")),
        ("bom.csv", lambda text: text.encode("utf-8-sig")),
        ("utf16.csv", lambda text: text.encode("utf-16")),
        ("plain.csv", lambda text: text.encode("utf-8")),
    ],
    ids=["gbk", "utf-8-bom", "utf-16", "utf-8"],
)
def test_a_csv_roster_in_each_encoding_is_the_team_file(
    tmp_path: Path, suffix: str, encode: Any
) -> None:
    path = tmp_path / suffix
    # Chinese headers and a Chinese name, so that the encoding matters
    path.write_bytes(encode(csv_text(["姓名", "岗位", "占比", "周工时", "外包", "空缺"])))
    assert team_json(str(path), *COMPANY) == EXPECTED


def test_a_workbook_roster_is_the_team_file(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [HEADER, *ROWS])
    assert team_json(str(path), *COMPANY) == EXPECTED
    # and from standard input, told by its first bytes
    assert team_json("-", *COMPANY, stdin=path.read_bytes()) == EXPECTED


def test_gbk_is_read_with_a_note_and_encoding_overrides(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("name,role\n李娜,seo\n".encode("gbk"))
    result = run(["team", str(path), "-s", "small", "-f", "json"])
    assert result.exit_code == 0
    assert "李娜" in result.stdout
    assert result.stderr.count("\n") == 1
    assert "read as GB18030" in result.stderr
    quiet = run(["team", str(path), "-s", "small", "-f", "json", "--encoding", "gbk"])
    assert quiet.exit_code == 0
    assert quiet.stderr == ""
    assert "李娜" in quiet.stdout


def test_a_workbook_as_people_keep_it(tmp_path: Path) -> None:
    """A title row (merged), the header's merged cell, formulas, percentages, dates and empty
    rows below: read as a person reads them."""

    def build(book: Any, ws: Any, date: bool = True) -> None:
        title = book.add_format({"bold": True})
        ws.merge_range("A1:F1", "网络运营部 名单", title)
        ws.write_row(1, 0, ["姓名", "岗位", "占比", "周工时", "外包"])
        ws.write_row(2, 0, ["老王", "美工"])
        ws.write_number(2, 2, 0.6, book.add_format({"num_format": "0%"}))
        ws.write_formula(2, 3, "=20*2", None, 40)  # its cached value is read
        ws.write_row(3, 0, ["老王", "新媒体运营", "40%"])  # a percentage typed as text
        ws.write_row(4, 0, ["外包公司", "sem", None, None, "是"])
        if date:
            ws.write_datetime(5, 5, datetime.datetime(2024, 3, 1), book.add_format())
        ws.write_blank(40, 0, None, book.add_format({"bold": True}))  # formatted, empty

    path = write_xlsx(tmp_path / "roster.xlsx", [], "名单", build)
    # the date sits under a column with no header: located, with the sheet's name
    result = run(["team", str(path), "-s", "small"])
    assert result.exit_code == 1
    assert f"{path}:名单!F6: error:" in result.stderr
    assert "without a header" in result.stderr

    def no_date(book: Any, ws: Any) -> None:
        build(book, ws, date=False)

    path = write_xlsx(tmp_path / "ok.xlsx", [], "名单", no_date)
    data = team_json(str(path), "-s", "small")
    people = {p["name"]: p for p in data["people"]}
    assert {r["role"]: r["share"] for r in people["老王"]["roles"]} == {
        "designer": 0.6,
        "new-media": 0.4,
    }
    assert people["老王"]["capacity_hours"] == 40
    assert people["外包公司"]["outsourced"] is True


def test_workbook_errors_are_located_by_sheet_and_cell(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["name", "role", "share", "capacity_hours"],
        ["Li", "seo", "half", None],
        ["Wu", "sem", None, datetime.date(2024, 1, 2)],
    ]

    def dates(book: Any, ws: Any) -> None:
        ws.write_datetime(
            2, 3, datetime.datetime(2024, 1, 2), book.add_format({"num_format": "yyyy-mm-dd"})
        )

    path = write_xlsx(tmp_path / "r.xlsx", [*rows[:2], ["Wu", "sem"]], build=dates)
    result = run(["team", str(path), "-s", "small"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert (
        f'{path}:Sheet1!C2: error: people[0].roles.seo: expected a number, got the string "half"'
        in lines
    )
    assert (
        f"{path}:Sheet1!D3: error: people[1].capacity_hours: expected a number, "
        'got the string "2024-01-02"' in lines
    )


def test_a_sheet_by_name_and_one_that_is_not_there(tmp_path: Path) -> None:
    def second(book: Any, ws: Any) -> None:
        other = book.add_worksheet("Team")
        other.write_row(0, 0, ["name", "role"])
        other.write_row(1, 0, ["Zhao", "designer"])

    path = write_xlsx(tmp_path / "r.xlsx", [["notes"], ["not a roster"]], "Cover", second)
    data = team_json(str(path), "-s", "small", "--sheet", "team")
    assert [p["name"] for p in data["people"]] == ["Zhao"]
    result = run(["team", str(path), "-s", "small", "--sheet", "Nope"])
    assert result.exit_code == 2
    assert "no sheet 'Nope' (--sheet); the workbook has: Cover, Team" in result.stderr


# ------------------------------------------------------------------ bad workbooks
CT = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WB = (
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WB_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)


def cells(row: int, *values: str) -> str:
    inline = "".join(
        f'<c r="{chr(65 + i)}{row}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{row}">{inline}</row>'


HEAD = cells(1, "name", "role")


def sheet_xml(body: str, dimension: str = "A1:B2") -> str:
    return (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{body}</sheetData></worksheet>'
    )


def xlsx_bytes(sheet: str, shared: str | bytes = "<sst/>") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WB)
        z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", shared)
    return buffer.getvalue()


OK_ROW = cells(2, "Li", "seo")
HUGE_STRINGS = b"<sst>" + (b"<si><t>" + b"a" * 1000 + b"</t></si>") * 60_000 + b"</sst>"


def zip_of(name: str, content: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(name, content)
    return buffer.getvalue()


def test_a_hand_made_workbook_reads() -> None:
    sheet = workbook.read_sheet("r.xlsx", xlsx_bytes(sheet_xml(HEAD + OK_ROW)))
    assert sheet.rows == [["name", "role"], ["Li", "seo"]]


BAD_WORKBOOKS = {
    "empty": (b"", "the file is empty: not a workbook"),
    "not-a-zip": (b"name,role\nLi,seo\n", "not a workbook: an .xlsx file is a zip archive"),
    "zip-not-workbook": (zip_of("word/document.xml", "<w/>"), "a zip archive, but not a workbook"),
    "encrypted": (
        workbook.OLE + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 500,
        "protected by a password",
    ),
    "old-xls": (workbook.OLE + b"\0" * 1000, "Excel 97-2003 workbook (.xls)"),
    "cell-at-xfd1048576": (
        xlsx_bytes(sheet_xml(HEAD + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')),
        "has values as far as row 1,048,576, column XFD",
    ),
    "cells-without-references": (
        xlsx_bytes(sheet_xml(HEAD + "<row>" + "<c><v>1</v></c>" * 200 + "</row>")),
        "has values as far as row 2, column GR",
    ),
    "dense-block": (
        xlsx_bytes(sheet_xml(HEAD + '<row r="150000"><c r="BA150000"><v>1</v></c></row>')),
        "has values as far as row 150,000, column BA",
    ),
    "huge-shared-strings": (
        xlsx_bytes(sheet_xml(HEAD + OK_ROW), HUGE_STRINGS),
        "too big to read (xl/sharedStrings.xml)",
    ),
    "broken-xml": (xlsx_bytes("<worksheet><sheetData><row"), "the workbook is damaged"),
}


@pytest.mark.parametrize("case", sorted(BAD_WORKBOOKS))
def test_a_bad_workbook_is_a_located_error(case: str, tmp_path: Path) -> None:
    data, message = BAD_WORKBOOKS[case]
    path = tmp_path / "roster.xlsx"
    path.write_bytes(data)
    result = run(["team", str(path), "-s", "small"])
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output + result.stderr
    assert result.stderr.startswith(f"{path}: error: "), result.stderr
    assert message in result.stderr


def test_a_declared_size_is_all_that_is_inflated() -> None:
    """A part that inflates to more than its header says: zipfile stops at the declared size
    and the CRC fails, so calamine never sees more than the budget."""
    data = bytearray(xlsx_bytes(sheet_xml(HEAD + OK_ROW), b"<sst>" + b" " * 5_000_000 + b"</sst>"))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("xl/sharedStrings.xml")
    declared = info.file_size.to_bytes(4, "little")
    small = (100).to_bytes(4, "little")
    # the local header and the central directory both say 100 bytes
    data = bytearray(bytes(data).replace(declared, small))
    with pytest.raises(Exception, match="damaged"):
        workbook.read_sheet("r.xlsx", bytes(data))


# ------------------------------------------------------------------ workbook output
def read_back(path: Path) -> dict[str, list[list[Any]]]:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_team_workbook_is_the_json_cell_by_cell(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "team.xlsx"
    result = run(["team", str(EXAMPLE), "-o", str(path), "--lang", lang])
    assert result.exit_code == 0, result.stderr
    data = json.loads(run(["team", str(EXAMPLE), "-f", "json", "--lang", lang]).stdout)
    sheets = read_back(path)
    names = list(sheets)
    assert names[0] == ("Summary" if lang == "en" else "概要")
    assert len(names) == 5  # summary, roles, people, single points, hiring order
    summary = [row[0] for row in sheets[names[0]]]
    assert summary[0].startswith(data["name"])
    assert any(
        str(note["text"]) == line.removeprefix("• ") for note in data["notes"] for line in summary
    )
    roles = sheets[names[1]]
    assert len(roles) == len(data["roles"]) + 1
    for row, role in zip(roles[1:], data["roles"], strict=True):
        assert row[0] == role["name"]
        assert row[2] == role["staffed_fte"]
        assert row[4] == role["demand_fte"]
        assert row[5] == role["gap_fte"]
    people = sheets[names[2]]
    assert len(people) == len(data["people"]) + 1
    for row, person in zip(people[1:], data["people"], strict=True):
        assert row[0].startswith(person["name"])
        assert row[2] == person["capacity_hours"]
        assert row[4] == person["load"]  # a number, shown as a percentage
    hires = sheets[names[4]]
    # step, role, reason, headcount, worst load, uncovered (the ids are the JSON's and CSV's)
    assert [row[1] for row in hires[1:]] == [h["name"] for h in data["hiring_order"]]
    assert [row[3] for row in hires[1:]] == [h["headcount"] for h in data["hiring_order"]]
    assert [row[4] for row in hires[1:]] == [h["worst_load"] for h in data["hiring_order"]]


def test_workbook_layout_and_text_never_a_formula(tmp_path: Path) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(
        "company: {size: small}\npeople:\n"
        '  - {name: "=HYPERLINK(\\"http://x\\",\\"click\\")", roles: [seo]}\n'
        '  - {name: "+cmd|calc", roles: [sem]}\n'
        '  - {name: "\\e[31m红\\e[0m", roles: [editor]}\n',
        encoding="utf-8",
    )
    path = tmp_path / "t.xlsx"
    assert run(["team", str(team), "-o", str(path)]).exit_code == 0
    archive = zipfile.ZipFile(path)
    sheet = archive.read("xl/worksheets/sheet3.xml").decode()
    assert "<f>" not in sheet  # no cell is a formula
    assert '<pane ySplit="1"' in sheet  # the header row is frozen
    assert "<cols>" in sheet  # widths set
    styles = archive.read("xl/styles.xml").decode()
    assert 'quotePrefix="1"' in styles
    assert 'formatCode="0%"' in styles
    people = read_back(path)["People"]
    assert [row[0] for row in people[1:]] == [
        '=HYPERLINK("http://x","click")',
        "+cmd|calc",
        "\\x1b[31m红\\x1b[0m",
    ]


def test_the_workbook_is_reproducible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert run(["team", str(EXAMPLE), "-o", str(first)]).exit_code == 0
    assert run(["team", str(EXAMPLE), "-o", str(second)]).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    again = run(["team", str(EXAMPLE), "-o", str(first)])
    assert again.exit_code == 2
    assert "already exists" in again.stderr


def test_every_result_command_writes_a_workbook(tmp_path: Path) -> None:
    for n, args in enumerate(
        [
            ["recommend", "-s", "medium", "--marketing"],
            ["roles"],
            ["roles", "seo"],
            ["drivers"],
            ["overload", str(ROOT / "examples" / "allrounder.yaml")],
            ["schema"],
            ["match", "网站改版", "=cmd"],
        ]
    ):
        path = tmp_path / f"{n}.xlsx"
        result = run([*args, "-o", str(path), "--lang", "zh"])
        assert result.exit_code == 0, (args, result.stderr)
        assert next(iter(read_back(path))) == "概要"


# ------------------------------------------------------------------ CSV for Excel, -o streams
def test_a_csv_file_has_a_bom_and_stdout_none(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    assert run(["recommend", "-s", "small", "--lang", "zh", "-o", str(path)]).exit_code == 0
    assert path.read_bytes().startswith(b"\xef\xbb\xbfrole,")
    assert not run(["recommend", "-s", "small", "-f", "csv"]).stdout.startswith("\ufeff")
    gbk = tmp_path / "g.csv"
    team = tmp_path / "t.yaml"
    team.write_text("company: {size: small}\npeople: [{name: 李娜, roles: [seo]}]\n", "utf-8")
    args = ["team", str(team), "--table", "people", "--encoding", "gbk", "-o", str(gbk)]
    assert run(args).exit_code == 0
    assert "李娜" in gbk.read_bytes().decode("gbk")


def test_a_link_to_a_stream_is_never_renamed_over(tmp_path: Path) -> None:
    assert leads_to_stream("/dev/stdout") == "/dev/stdout"
    assert str(leads_to_stream("/proc/self/fd/1")).startswith("/proc/")
    link = tmp_path / "link"
    link.symlink_to("/proc/self/fd/1")
    chain = tmp_path / "chain"
    chain.symlink_to(link)
    assert leads_to_stream(str(chain)) == "/proc/self/fd/1"  # through two links
    assert leads_to_stream(str(tmp_path / "plain.csv")) is None
    result = run(["recommend", "-s", "small", "-f", "csv", "-o", str(chain), "--force"])
    assert result.exit_code == 2
    assert chain.is_symlink()
    assert link.is_symlink()


def test_schema_team_documents_the_roster_headers() -> None:
    schema = json.loads(run(["schema", "team"]).stdout)
    assert schema["x-roster-columns"]["name"] == ["姓名"]
    assert sorted(schema["x-roster-columns"]) == sorted(HEADER)
