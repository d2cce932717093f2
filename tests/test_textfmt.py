"""opsplan/textfmt.py directly: numbers as YAML 1.2 reads them, numbers and percentages as
people read them, places in a file or a sheet, and a file name's undecodable bytes."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opsplan.textfmt import (
    column_letters,
    longest_word,
    num,
    pad,
    pct,
    place,
    plain_number,
    signed,
    unicode_only,
    width,
    wrap,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("40", 40),
        ("-7", -7),
        ("+3", 3),
        ("010", 10),  # YAML 1.2: no octal without 0o
        ("0x1f", 31),
        ("0xFF", 255),
        ("0o17", 15),
        ("0.5", 0.5),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e3", 1000.0),
        ("-2.5E-1", -0.25),
        (".inf", math.inf),
        ("-.Inf", -math.inf),
        ("+.INF", math.inf),
    ],
)
def test_plain_number(text: str, value: float) -> None:
    got = plain_number(text)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "4_0",
        "\uff11\uff12",  # fullwidth digits
        "1,000",
        "0x",
        "-0x1f",
        "0o8",
        "0b101",
        "e3",
        "inf",
        "nan",
        ".",
        "1e",
        " 1",
    ],
)
def test_not_a_plain_number(text: str) -> None:
    assert plain_number(text) is None


def test_nan_is_a_plain_number() -> None:
    for text in (".nan", ".NaN", ".NAN"):
        value = plain_number(text)
        assert isinstance(value, float)
        assert math.isnan(value)


@pytest.mark.parametrize(
    ("number", "letters"),
    [(0, "A"), (1, "A"), (2, "B"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ")],
)
def test_column_letters(number: int, letters: str) -> None:
    assert column_letters(number) == letters


def test_place() -> None:
    assert place(None, 3) == ""
    assert place(7, 3) == ":7:3"
    assert place(7, None) == ":7:1"
    assert place(7, 3, "Sheet1") == ":Sheet1!C7"
    assert place(7, None, "Sheet1") == ":Sheet1!A7"
    assert place(2, 28, "a\x1bb") == ":a\\x1bb!AB2"
    assert place(2, 1, "x" * 50) == f":{'x' * 39}…!A2"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (5, "5"),
        (5.25, "5.3"),
        (5.24, "5.2"),
        (0.05, "0.1"),
        (-0.04, "0"),
        (-1.25, "-1.3"),
        (0, "0"),
    ],
)
def test_num(value: float, text: str) -> None:
    assert num(value) == text


@pytest.mark.parametrize(
    ("fraction", "text"), [(0.735, "74%"), (0.515, "52%"), (0.485, "49%"), (0, "0%"), (1.5, "150%")]
)
def test_pct(fraction: float, text: str) -> None:
    assert pct(fraction) == text


def test_pad() -> None:
    assert pad("中a", 5) == "中a  "
    assert pad("中a", 5, right=True) == "  中a"
    assert pad("toolong", 3) == "toolong"


def test_unicode_only() -> None:
    name = b"r\xe9sum\xe9.yaml".decode("utf-8", "surrogateescape")
    assert unicode_only(name) == "r\\xe9sum\\xe9.yaml"
    assert unicode_only("中文.yaml") == "中文.yaml"
    assert unicode_only("plain") == "plain"


def test_a_wide_character_wider_than_the_line_is_not_lost_nor_doubled() -> None:
    # a unit of several characters (closing punctuation holds on to what it closes), each
    # wider than the line: one a line, the last resort
    comma, opening, closing = "\uff0c", "\uff08", "\uff09"  # full-width , ( )
    assert wrap(f"中{comma}", 1) == ["中", comma]
    assert wrap(f"{opening}中{closing}", 1) == [opening, "中", closing]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (1.25, "+1.3"),
        (-0.35, "-0.4"),  # half away from zero, as num; '{:+.1f}' gave -0.3 (binary 0.35)
        (0.04, "0"),  # never '+0' (compare's delta showed it)
        (-0.04, "0"),
        (0, "0"),
        (3, "+3"),
        (-2.0, "-2"),
        (float("inf"), "+inf"),
        (float("nan"), "nan"),
    ],
)
def test_signed_differences(value: float, shown: str) -> None:
    assert signed(value) == shown


# ---------------------------------------------------------------- Chinese line breaking
# (a new user's trial: a number split from its measure word, role names split, a lone `~。`)
@pytest.mark.parametrize(
    ("text", "size", "runs", "lines"),
    [
        # a fact: after the phrase, not between 1 and 人
        (
            "巴士系数 1：只要缺 1 人，就会有标准编制内的岗位无人承担",
            46,
            True,
            ["巴士系数 1：只要缺 1 人，", "就会有标准编制内的岗位无人承担"],
        ),
        (
            "按 Weinberg 的经验法则，在 12 个工作领域之间",
            30,
            True,
            ["按 Weinberg 的经验法则，", "在 12 个工作领域之间"],
        ),
        ("只要缺 1 人，就会", 9, False, ["只要缺", "1 人，就", "会"]),
        # a cell: after 、 rather than inside a role's name or between a role and its share
        ("美工 50%、新媒体运营 50%", 16, True, ["美工 50%、", "新媒体运营 50%"]),
        ("SEO 专员 50%、SEM 竞价专员 50%", 18, True, ["SEO 专员 50%、", "SEM 竞价专员 50%"]),
        (
            "网络推广专员 50%、SEM 竞价专员 50%",
            18,
            True,
            ["网络推广专员 50%、", "SEM 竞价专员 50%"],
        ),
        # before a bracket rather than inside it
        ("IT 支持专员（桌面运维）", 14, True, ["IT 支持专员", "（桌面运维）"]),
        # closing punctuation and `~` never start a line, even after a space
        (
            "超过 100% 标记 !，超过 85% 标记 ~。",
            28,
            False,
            ["超过 100% 标记 !，超过", "85% 标记 ~。"],
        ),
        ("超过 85% 标记 ~。", 14, False, ["超过 85% 标", "记 ~。"]),
        # opening punctuation never ends one
        ("请看（附录）", 6, False, ["请看", "（附", "录）"]),
    ],
)
def test_chinese_line_breaking(text: str, size: int, runs: bool, lines: list[str]) -> None:
    assert wrap(text, size, runs=runs) == lines


def test_a_number_leaves_its_measure_word_only_when_nothing_else_fits() -> None:
    assert wrap("12 个", 2) == ["12", "个"]


CLOSING_START = frozenset("，。、；：？！）》」』~")
OPENING_END = frozenset("（《「『")
PIECES = st.sampled_from(
    ["网络", "推广", "专员", "美工", "、", "，", "。", "；", "（", "）", "~", "!", "12", "1",
     "人", "个", "SEO", "Zhao", " ", " ", "50%", "“", "”"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(PIECES, min_size=1, max_size=30).map("".join),
    size=st.integers(min_value=8, max_value=40),
    runs=st.booleans(),
)
def test_no_line_starts_with_closing_punctuation(text: str, size: int, runs: bool) -> None:
    text = " ".join(text.split())
    if longest_word(text) > size:  # a piece too wide for the line is split: the last resort
        return
    lines = wrap(text, size, runs=runs)
    assert all(width(line) <= size for line in lines)
    assert all(line[0] not in CLOSING_START for line in lines[1:] if line)
    assert all(line[-1] not in OPENING_END for line in lines[:-1] if line)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost or added


@pytest.mark.parametrize(
    ("text", "size", "lines"),
    [
        ("网络 ~SEO", 8, ["网", "络 ~SEO"]),  # found by the property: was 网络 / ~SEO
        ("网络网络 ~12", 8, ["网络网", "络 ~12"]),
        ("use the .NET stack", 10, ["use the", ".NET stack"]),  # `.` may begin a word
    ],
)
def test_a_closer_that_begins_no_word_holds_on_across_a_space(
    text: str, size: int, lines: list[str]
) -> None:
    assert wrap(text, size) == lines
