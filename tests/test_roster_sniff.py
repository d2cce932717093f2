"""What a roster or team file is, told by its content when its name does not say (standard
input, an unknown extension): a workbook by its first bytes, a CSV by a roster's header in any
encoding Excel writes, else YAML. Killed mutants of `roster._kind_of_content` (docs/mutation.md)."""

from __future__ import annotations

import codecs

import pytest

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
        (b"", "yaml"),
    ],
)
def test_the_kind_of_a_file_by_its_content(data: bytes, kind: str) -> None:
    assert _kind_of_content(data) == kind


def test_a_gbk_roster_cut_inside_a_character_at_4_kib_is_still_csv() -> None:
    assert _kind_of_content(gbk_split_at_4096()) == "csv"
