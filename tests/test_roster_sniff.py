"""Reading rosters: what a roster or team file is, told by its content when its name does not
say (standard input, an unknown extension): a workbook by its first bytes, a CSV by a roster's
header in any encoding Excel writes, else YAML; and the csv module's own errors, located. These
kill surviving mutants of `roster._kind_of_content` and `roster._csv_grid` (docs/mutation.md)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from helpers import run

from opsplan.roster import _kind_of_content

HEADER_ZH = "姓名,岗位,占比\n"


def gbk_split_at_4096() -> bytes:
    """A GB18030 roster whose byte 4096 falls inside a Chinese character: the 4 KiB looked at
    end in half a character (a big roster from Excel, piped on standard input)."""
    head = HEADER_ZH.encode("gb18030")
    rows = b""
    while len(head) + len(rows) < 4095 - 40:
        rows += b"worker,seo,1\n"
    pad = 4095 - len(head) - len(rows) - len(b",seo,1\n")
    rows += b"w" * pad + b",seo,1\n"
    data = head + rows + "李娜,seo,1\n".encode("gb18030")
    assert len(head + rows) == 4095
    with pytest.raises(UnicodeDecodeError):
        data[:4096].decode("gb18030")  # the cut is inside 李
    return data


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"PK\x03\x04rest of a zip", "xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old .xls", "xlsx"),
        (b"name,role,share\nLi Na,seo,1\n", "csv"),
        (b"\n\n  \nname,role\nLi Na,seo\n", "csv"),  # blank lines before the header
        (b'"name","role"\nLi Na,seo\n', "csv"),
        (codecs.BOM_UTF8 + HEADER_ZH.encode("utf-8"), "csv"),
        (codecs.BOM_UTF16_LE + HEADER_ZH.encode("utf-16-le"), "csv"),
        (codecs.BOM_UTF16_BE + HEADER_ZH.encode("utf-16-be"), "csv"),
        (HEADER_ZH.encode("gbk") + "李娜,seo,1\n".encode("gbk"), "csv"),
        (b"name\nLi Na\n", "yaml"),  # one column: not a roster's header
        (b"company: {size: small}\npeople: []\n", "yaml"),
        (b"nom,role\n", "yaml"),  # not a header opsplan knows
        (b"Xname,role\n", "yaml"),  # nor is a header's word inside another
        (b"", "yaml"),
    ],
)
def test_the_kind_of_a_file_by_its_content(data: bytes, kind: str) -> None:
    assert _kind_of_content(data) == kind


def test_a_gbk_roster_cut_inside_a_character_at_4_kib_is_still_csv() -> None:
    assert _kind_of_content(gbk_split_at_4096()) == "csv"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("name,role\nLi Na,seo\nWang," + "x" * 140_000 + "\n", "3:1"),
        ("x" * 140_000 + ",role\nLi Na,seo\n", "1:1"),  # in the header: line 1, not 0 or 2
    ],
)
def test_a_csv_syntax_error_is_located_at_its_line(tmp_path: Path, text: str, where: str) -> None:
    """The csv module's own errors (a field over its limit) are the roster's syntax errors,
    located at the line the reader stopped on, never a traceback."""
    roster = tmp_path / "big.csv"
    roster.write_text(text, encoding="utf-8")
    result = run(["team", str(roster), "--size", "small"])
    assert result.exit_code == 1
    assert result.stdout == ""
    expected = f"{roster}:{where}: error: CSV syntax: field larger than field limit (131072)\n"
    assert result.stderr == expected
    zh = run(["team", str(roster), "--size", "small", "--lang", "zh"])
    assert zh.stderr.startswith(f"{roster}:{where}: 错误: CSV 语法错误：field larger")  # noqa: RUF001
