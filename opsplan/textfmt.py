"""Text and numbers as people read them, below both views and renderers: display width (CJK
characters take two columns), wrapping and padding, numbers and percentages, and user text made
safe for a terminal or a log (control characters, bidi overrides and undecodable bytes escaped,
so that user text cannot act on the terminal or forge a line). Standard library only."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from opsplan.i18n import cut

__all__ = [
    "cut",
    "longest_word",
    "num",
    "pad",
    "pct",
    "place",
    "plain_number",
    "safe",
    "unicode_only",
    "units",
    "width",
    "wrap",
    "wrap_scored",
]

# Numbers as the YAML 1.2 core schema writes them (a team file's rule; a roster's cells and
# `--set` follow it): ASCII digits only, so `4_0`, fullwidth digits and `1,000` are not numbers.
YAML_INT = re.compile(r"[-+]?[0-9]+")
YAML_HEX = re.compile(r"0x[0-9a-fA-F]+")  # no sign and no underscores after 0x / 0o
YAML_OCT = re.compile(r"0o[0-7]+")
YAML_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
YAML_SPECIAL = {
    f"{sign}{word}": float(f"{sign or '+'}{value}")
    for sign in ("", "+", "-")
    for word, value in ((".inf", "inf"), (".Inf", "inf"), (".INF", "inf"))
} | {".nan": float("nan"), ".NaN": float("nan"), ".NAN": float("nan")}


# C0 and C1 controls, DEL, the bidirectional overrides, and the bytes of a file name that were
# not UTF-8 (Python's surrogate escapes): shown escaped, never sent raw.
def _escaped(code: int) -> str:
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# Each such character and its escape, for `str.translate` (one pass in C, and no character
# class to compile at start-up: a class mixing Latin-1 with wider characters costs `re` a
# 65,536-entry map, about 0.4 ms, on every run)
_ESCAPES = {
    code: _escaped(code)
    for block in ((0x00, 0x09), (0x0B, 0x20), (0x7F, 0xA0), (0x202A, 0x202F), (0x2066, 0x206A))
    for code in range(*block)
} | {code: _escaped(code) for code in range(0xDC80, 0xDD00)}
_ESCAPES_ONE_LINE = _ESCAPES | {code: _escaped(code) for code in (0x09, 0x0A, 0x0D)}


def has_surrogate(text: str) -> bool:
    """Whether `text` holds a lone surrogate (an undecodable byte of a file name): found by
    encoding, which none can be, not by a character class, which costs `re` a map to compile."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def unicode_only(text: str) -> str:
    """`text` with the undecodable bytes of a file name written as `\\xff` (valid Unicode,
    for JSON), other text unchanged."""
    if has_surrogate(text):
        return re.sub("[\ud800-\udfff]", lambda m: _escaped(ord(m.group())), text)
    return text


def safe(text: str, *, one_line: bool = True) -> str:
    """`text` with control characters escaped (`\\x1b`); newlines too when `one_line`."""
    return text.translate(_ESCAPES_ONE_LINE if one_line else _ESCAPES)


@lru_cache(maxsize=4096)
def num(value: float) -> str:
    """5 -> '5', 5.25 -> '5.3' (half up), -0.5 -> '-0.5', with no trailing '.0' (and no
    '-0'); 1.2e+20 when huge."""
    if not abs(value) < 1e15:  # past what tenths can say (and .inf, .nan)
        return f"{value:.6g}"
    rounded = Decimal(repr(float(value))).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{rounded}".removesuffix(".0") if rounded else "0"


def signed(value: float) -> str:
    """A difference as `num` shows it, with its sign: 1.25 -> '+1.3', -0.3 -> '-0.3', and 0.04
    -> '0' (never '+0' or '-0')."""
    text = num(value)
    return f"+{text}" if value > 0 and text != "0" else text


@lru_cache(maxsize=4096)
def pct(fraction: float) -> str:
    """0.735 -> '74%' (half up, so 52% and 48% do not sit side by side for 0.515/0.485)."""
    if not abs(fraction) < 1e13:  # past what a whole percent can say (and .inf, .nan)
        return f"{fraction * 100:.6g}%"
    hundredths = Decimal(repr(float(fraction) * 100)).quantize(Decimal("0.000001"))
    return f"{hundredths.quantize(Decimal(1), ROUND_HALF_UP)}%"


def width(text: str) -> int:
    """Terminal columns `text` takes: CJK and full-width characters take two."""
    if text.isascii():
        return len(text)
    import unicodedata  # only for text that is not ASCII (4 ms of start-up otherwise)

    wide = unicodedata.east_asian_width
    return sum(2 if wide(c) in "WF" else 1 for c in text)


def pad(text: str, size: int, right: bool = False) -> str:
    """`text` padded with spaces to `size` columns."""
    fill = " " * max(size - width(text), 0)
    return fill + text if right else text + fill


# Where a line may break, as Chinese typesetting does: at spaces, and before or after a wide
# (CJK) character, never inside a run of other characters (a word, a number,
# `network-promotion`). No line starts with closing punctuation (a full-width comma, a closing
# bracket, `~`) and none ends with opening punctuation: they stay with what they close or open,
# across a space too (`标记 ~。`). A number stays with the character after it (`12 个`) unless
# nothing else fits. Each break has a cost, and a line ends at the cheapest break that fits,
# the latest of those: in a table cell or a fact (`runs`), a break after a phrase (_PHRASE_END)
# or before a bracket (_PHRASE_START) comes before one at a space, and one at a space before
# one inside a run of Chinese (a role's name); in running text, a line may end anywhere but
# between a number and its measure word.
#
# The wide characters are told by code point (the edges of their blocks, for bisect), not by a
# character class: `re` compiles a class of the CJK blocks character by character, ~5 ms at
# every start-up. The text is first cut into runs of spaces, runs of ASCII and single other
# characters; `_tokens` then joins the characters that are not wide to the runs beside them.
_WIDE_EDGES = (  # U+1100-115F, 2E80-303E, 3041-4DBF, 4E00-9FFF, A960-A97F, AC00-D7A3, ...
    *(0x1100, 0x1160, 0x2E80, 0x303F, 0x3041, 0x4DC0, 0x4E00, 0xA000, 0xA960, 0xA980),
    *(0xAC00, 0xD7A4, 0xF900, 0xFB00, 0xFE30, 0xFE50, 0xFF00, 0xFF61, 0xFFE0, 0xFFE7),
)  # ... F900-FAFF, FE30-FE4F, FF00-FF60, FFE0-FFE6: each a start and the end + 1
# U+3000 (the ideographic space) is wide: a token of its own where it begins one, as before
_PIECE = re.compile(r"\u3000|\s+|(?:(?!\s)[\x00-\x7f])+|[^\x00-\x7f]")


def is_wide(char: str) -> bool:
    """Whether `char` is a wide (CJK) character, one a line may break before or after."""
    return bisect_right(_WIDE_EDGES, ord(char)) % 2 == 1


def _tokens(text: str) -> list[str]:
    """`text` as wide characters, one a token, runs of other characters that are not spaces,
    and runs of spaces."""
    if text.isascii():  # no wide characters, and each run of ASCII is whole
        return _PIECE.findall(text)
    out: list[str] = []
    joinable = False  # the last token is a run of characters neither wide nor spaces
    for piece in _PIECE.findall(text):
        if piece.isspace() or (len(piece) == 1 and is_wide(piece)):
            out.append(piece)
            joinable = False
        elif joinable:
            out[-1] += piece
        else:
            out.append(piece)
            joinable = True
    return out


_CLOSING = frozenset("，。、；：？！）》」』】〕〉”’%,.;:?!)]}…·~")  # noqa: RUF001
_OPENING = frozenset("（《「『【〔〈“‘([{")  # noqa: RUF001
# closers that never begin a word, so they hold on to what is before them across a space too
# (`网络 ~SEO` does not break before `~`); an ASCII `.` may begin one (`.NET`)
_HOLDING = frozenset("，。、；：？！）》」』】〕〉”’…~")  # noqa: RUF001
_PHRASE_END = frozenset("、，；。：？！")  # noqa: RUF001
_PHRASE_START = frozenset("（《「『【〔〈")  # noqa: RUF001
_NUMBER = re.compile(r"[-+]?[0-9][0-9.,~%-]*")
# the cost of a break: after a phrase, at a space, inside a run of Chinese, between a number
# and its measure word (in running text the first three are alike)
PHRASE, SPACE, INSIDE, NUMBER = 0, 1, 2, 3


def _atoms(text: str, runs: bool) -> list[tuple[str, str, int]]:
    """`text` as the pieces no line breaks, each with the spaces before it and the cost of a
    break there (the first piece's is 0)."""
    atoms: list[tuple[str, str, int]] = []
    spaces, last = "", ""  # the spaces since the last token; the last token
    for token in _tokens(text):
        if token.isspace():
            spaces = token
            continue
        if atoms and (
            (
                token[0] in _CLOSING
                and (not spaces or token[0] in _HOLDING or all(c in _CLOSING for c in token))
            )
            or last[-1] in _OPENING
        ):
            before, piece, cost = atoms[-1]
            atoms[-1] = (before, piece + spaces + token, cost)
        elif not atoms:
            atoms.append(("", token, 0))
        else:
            if _NUMBER.fullmatch(last) and is_wide(token[0]):
                cost = NUMBER
            elif not runs or last[-1] in _PHRASE_END or token[0] in _PHRASE_START:
                cost = PHRASE  # in a cell: after 、 and before a bracket (支持专员 / 桌面运维)
            else:
                cost = SPACE if spaces else INSIDE
            atoms.append((spaces, token, cost))
        spaces, last = "", token
    return atoms


def units(text: str) -> list[str]:
    """`text` cut where a line may break: words and wide characters (with the punctuation that
    holds on to them), and the runs of spaces between them."""
    out: list[str] = []
    for spaces, piece, _ in _atoms(text, False):
        out += [spaces, piece] if spaces and out else [piece]
    return out


def longest_word(text: str, *, runs: bool = False) -> int:
    """The columns of the widest piece of `text` that a line cannot break: the narrowest a
    column can be without splitting a word. A run of Chinese without spaces breaks between its
    characters, but not into lines of one character; with `runs`, a line breaks only after a
    phrase (after `、` and the like) and at spaces, so a name such as 兼职小冯 is one piece."""
    if " " not in text and text.isascii():
        return len(text)
    atoms = _atoms(text, True)
    if runs:
        longest, current = 0, 0
        for spaces, piece, cost in atoms:
            if cost > SPACE:  # no break here: the piece continues the phrase
                current += width(spaces) + width(piece)
            else:
                current = width(piece)
            longest = max(longest, current)
        return longest
    longest = max((width(piece) for _, piece, _ in atoms), default=0)
    if not text.isascii():
        for word in text.split(" "):  # Chinese: no line of one character
            longest = max(longest, min(width(word), 4))
    return longest


def wrap(text: str, size: int, *, runs: bool = False) -> list[str]:
    """`text` in lines of at most `size` columns, broken at spaces and between wide (CJK)
    characters as Chinese typesetting does (no line starts with closing punctuation, a number
    stays with its measure word); a word wider than `size` is split only as a last resort.
    With `runs` (a table cell, a fact), a line ends after a phrase (after `、` and the like)
    before it ends at a space, and at a space before it splits a run of Chinese (a name)."""
    return wrap_scored(text, size, runs=runs)[0]


def wrap_scored(text: str, size: int, *, runs: bool = False) -> tuple[list[str], int]:
    """`wrap`'s lines and what its breaks cost together (0: only after phrases; more for each
    break at a space, inside a run of Chinese or after a number)."""
    size = max(size, 1)
    if width(text) <= size:
        return [text], 0
    atoms = _atoms(text, runs)
    lines: list[str] = []
    total, i = 0, 0
    while i < len(atoms):
        piece = atoms[i][1]
        while width(piece) > size:  # a word wider than the line: split it, the last resort
            head, rest = _split(piece, size)
            if not rest:  # a character wider than the line: a line of its own
                break
            lines.append(head)
            piece = rest
        line, used, j = piece, width(piece), i + 1
        best: dict[int, tuple[int, str]] = {}  # cost -> the latest break of that cost
        while j < len(atoms):
            spaces, piece, cost = atoms[j]
            best[cost] = (j, line)
            add = width(spaces) + width(piece)
            if used + add > size:
                break
            line, used, j = line + spaces + piece, used + add, j + 1
        if j == len(atoms):
            lines.append(line)
            break
        cost = min(best)
        i, line = best[cost]
        lines.append(line)
        total += cost
    return lines, total


def _split(word: str, size: int) -> tuple[str, str]:
    """The first `size` columns of `word` and the rest."""
    used = 0
    for i, char in enumerate(word):
        used += width(char)
        if used > size:
            return word[: max(i, 1)], word[max(i, 1) :]
    return word, ""


def as_float(number: float) -> float:
    """`number` as a float: infinite for a whole number past what a float holds (`float`
    raises OverflowError), so that a check for a finite number refuses it."""
    try:
        return float(number)
    except OverflowError:
        return math.inf if number > 0 else -math.inf


def plain_number(text: str) -> int | float | None:
    """`text` as a YAML 1.2 core-schema number (`40`, `0.5`, `1e3`, `0x1f`, `.inf`), else None
    (a ValueError for more digits than `int()` reads)."""
    if YAML_INT.fullmatch(text):
        return int(text, 10)
    if YAML_HEX.fullmatch(text):
        return int(text[2:], 16)
    if YAML_OCT.fullmatch(text):
        return int(text[2:], 8)
    if YAML_FLOAT.fullmatch(text):
        return float(text)
    return YAML_SPECIAL.get(text)


def column_letters(number: int) -> str:
    """A spreadsheet's column name: 1 -> 'A', 27 -> 'AA'."""
    out = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        out = chr(65 + rest) + out
    return out or "A"


def place(line: int | None, col: int | None, sheet: str | None = None) -> str:
    """Where in a file, after its name: `:7:3`, or in a workbook's sheet `:Sheet1!C7`; '' when
    the line is unknown (a sheet's name is escaped)."""
    if line is None:
        return ""
    if sheet is not None:
        return f":{safe(cut(sheet, 40))}!{column_letters(col or 1)}{line}"
    return f":{line}:{col or 1}"
