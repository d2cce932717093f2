"""The line breaker's tokens and the Chinese spacing's character tests, told by code point
(opsplan/textfmt.py, opsplan/i18n.py), against the character classes they replace: the same
answer for every character of the Basic Multilingual Plane, and the same tokens for any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from opsplan import i18n
from opsplan.textfmt import _WIDE_EDGES, _tokens, is_wide, safe, unicode_only

# The classes as they were (compiled here, in the test, not at opsplan's start-up)
WIDE = (
    "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
)
OLD_TOKEN = re.compile(f"[{WIDE}]|[^\\s{WIDE}]+|\\s+")
OLD_WIDE = re.compile(f"[{WIDE}]")
OLD_CJK = re.compile(
    "[\u2014\u2018-\u201d\u2026\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
OLD_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
OLD_LATIN = re.compile("[A-Za-z0-9]")

BMP = [chr(code) for code in range(0x10000)]


def test_wide_by_code_point_is_the_class_for_every_character() -> None:
    assert [c for c in BMP if is_wide(c)] == [c for c in BMP if OLD_WIDE.match(c)]
    assert not is_wide("\U00020000")  # beyond the plane: as the class, not wide
    assert list(_WIDE_EDGES) == sorted(_WIDE_EDGES)


def test_chinese_spacing_tests_are_the_classes_for_every_character() -> None:
    for test, old in ((i18n._cjk, OLD_CJK), (i18n._han, OLD_HAN), (i18n._latin, OLD_LATIN)):
        assert [c for c in BMP if test(c)] == [c for c in BMP if old.match(c)], test.__name__


# characters at every edge of the wide blocks, spaces of several kinds (U+3000 is both wide and
# a space), letters that are not ASCII, punctuation, controls and a lone surrogate
EDGES = [chr(code + d) for code in _WIDE_EDGES for d in (-1, 0)]
ALPHABET_CHARS = [
    *EDGES,
    *"ab1-.,~ \t\n\x1c\x85\xa0\u2003\u3000",
    *"éß“”—…，。（）网络运营한글",
    "\udc80",
]
ALPHABET = st.sampled_from(ALPHABET_CHARS)


@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_tokens_are_those_of_the_class(text: str) -> None:
    assert _tokens(text) == OLD_TOKEN.findall(text)


def test_tokens_examples() -> None:
    assert _tokens("负责SEO优化 and “network-promotion”") == [
        *"负责",
        "SEO",
        *"优化",
        " ",
        "and",
        " ",
        "“network-promotion”",
    ]
    assert _tokens("a\u3000 b") == ["a", "\u3000", " ", "b"]
    assert _tokens(" \u3000b") == [" \u3000", "b"]
    assert _tokens("café网") == ["café", "网"]


# The escaping as it was: two classes and a substitution
OLD_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\udc80-\udcff]")
OLD_SURROGATE = re.compile("[\ud800-\udfff]")
OLD_LINE_BREAKS = re.compile("[\r\n\t]")


def old_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def old_safe(text: str, one_line: bool) -> str:
    text = OLD_CONTROL.sub(old_escape, text)
    return OLD_LINE_BREAKS.sub(old_escape, text) if one_line else text


def test_escaping_by_table_is_the_classes_for_every_character() -> None:
    every = "".join(BMP)
    for one_line in (True, False):
        assert safe(every, one_line=one_line) == old_safe(every, one_line)
    assert unicode_only(every) == OLD_SURROGATE.sub(old_escape, every)
    assert unicode_only("网络\udcff") == "网络\\xff"
    assert unicode_only("网络") == "网络"


@given(st.lists(st.sampled_from([*ALPHABET_CHARS, "\x1b", "\x7f", "\x85", "\u202e", "\ud800"])))
def test_escaping_any_text_is_as_before(chars: list[str]) -> None:
    text = "".join(chars)
    assert safe(text) == old_safe(text, True)
    assert safe(text, one_line=False) == old_safe(text, False)
    assert unicode_only(text) == OLD_SURROGATE.sub(old_escape, text)
