"""Parsing what the command line gives as text: `--set NAME=VALUE`, `--size`, the format."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from opsplan.errors import UsageError
from opsplan.i18n import Msg, cut
from opsplan.textfmt import as_float, plain_number

if TYPE_CHECKING:
    from opsplan.models.data import Size


def parse_sets(items: Iterable[str]) -> dict[str, float]:
    """`NAME=VALUE` items as a mapping; a malformed item is a UsageError."""
    out: dict[str, float] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(Msg("set_syntax", item=_cut(item)))
        try:  # YAML 1.2's numbers: `4_0` and fullwidth digits are not numbers
            number = plain_number(raw.strip())
        except ValueError:  # more digits than int() reads
            number = None
        if number is None:
            raise UsageError(Msg("set_not_number", item=_cut(item), raw=_cut(raw.strip())))
        value = as_float(number)
        if not math.isfinite(value) or value < 0:
            raise UsageError(Msg("set_negative", item=_cut(item)))
        out[name] = value
    return out


def parse_size(text: str, what: str = "--size") -> Size:
    """`small`, `medium`, `large` (or 小型, 中型, 大型); anything else is a UsageError naming
    `what` was given (the option, or compare's side)."""
    import difflib

    from opsplan.models.data import SIZE_WORDS, SIZES

    names: dict[str, Size] = {**{s: s for s in SIZES}, **SIZE_WORDS}
    size = names.get(text.strip().casefold())
    if size is not None:
        return size
    key = text.strip().casefold()
    if key in _MICRO:
        raise UsageError(Msg("size_micro", what=what, size=_cut(text)))
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.5)
    close = close or [n for n in SIZES if key and n[0] == key[0]]
    if close:  # a Chinese word suggests the size as Chinese writes it (中形: 中型, not 中)
        shown = close[0] if close[0].isascii() else _SIZE_ZH[names[close[0]]]
        raise UsageError(Msg("size_unknown_close", what=what, size=_cut(text), close=shown))
    raise UsageError(Msg("size_unknown", what=what, size=_cut(text)))


def checked_size(value: object) -> Size:
    """A size given to the library (`opsplan.recommend(size=...)`): as `parse_size` reads it,
    so that a bad one is a UsageError naming `size`, never a KeyError further on."""
    return parse_size(value if isinstance(value, str) else repr(value), "size")


_SIZE_ZH: dict[Size, str] = {"small": "小型", "medium": "中型", "large": "大型"}
# Micro enterprises are outside the source's norms ("excluding micro enterprises").
_MICRO = frozenset({"micro", "微型", "微型企业", "微企", "微"})


def _cut(text: str) -> str:
    """User text echoed in a message: at most 60 characters."""
    return cut(text, 60)


# what people write for a choice's value, to suggest it (`--lang cn`: did you mean zh?)
_ALIASES = {
    "cn": "zh", "zh-cn": "zh", "zh_cn": "zh", "zh-hans": "zh", "chinese": "zh", "中文": "zh",
    "汉语": "zh", "english": "en", "英文": "en", "英语": "en", "en-us": "en", "en_us": "en",
}  # fmt: skip


def choice(option: str, value: str, choices: Sequence[str]) -> str:
    """`value` when it is one of `choices`; else a UsageError that names them."""
    if value in choices:
        return value
    import difflib

    alias = _ALIASES.get(value.strip().casefold(), "")
    close = [alias] if alias in choices else []
    close = close or difflib.get_close_matches(value, list(choices), n=1, cutoff=0.5)
    expected = list(choices)  # joined as the language lists
    if close:
        raise UsageError(
            Msg("choice_close", option=option, value=_cut(value), expected=expected, close=close[0])
        )
    raise UsageError(Msg("choice", option=option, value=_cut(value), expected=expected))


# ---------------------------------------------------------------- plan and compare
MONTHS_MAX = 120


def parse_month(text: str) -> tuple[int, int]:
    """`YYYY-MM` (2027-01; also 2027/1 and 2027年1月) as (year, month), years 1900 to 9000."""
    import re

    found = re.fullmatch(r"\s*(\d{4})\s*(?:-|/|年)\s*(\d{1,2})\s*月?\s*", text)
    if found is not None:
        year, month = int(found.group(1)), int(found.group(2))
        if 1900 <= year <= 9000 and 1 <= month <= 12:
            return year, month
    raise UsageError(Msg("start_bad", value=_cut(text)))


def parse_count(option: str, text: str) -> int:
    """A whole number given to `option`."""
    try:
        return int(text.strip())
    except ValueError:
        raise UsageError(Msg("not_whole", option=option, value=_cut(text))) from None


def check_months(months: int) -> int:
    """A plan's number of months: 1 to MONTHS_MAX."""
    if not 1 <= months <= MONTHS_MAX:
        raise UsageError(Msg("months_range", value=months, max=MONTHS_MAX))
    return months


def parse_amount(option: str, text: str) -> float:
    """An amount of money: `80000`, `80,000`, `80k`, `8万`, `8万元`, `8w`, `¥80000` or in
    Chinese numerals (`八万`, `八万五千`, `一万二`)."""
    raw = text.strip().replace(",", "").replace("_", "").replace("\uff0c", "")  # full-width comma
    raw = raw.lstrip("¥\uffe5").removesuffix("元").removesuffix("块").strip()
    value = _chinese_number(raw)
    if value is None:
        factor = 1.0
        for suffix, times in _AMOUNT_SUFFIXES:
            if raw.endswith(suffix):
                raw, factor = raw[: -len(suffix)].strip(), times
                break
        try:
            value = float(raw) * factor
        except ValueError:
            raise UsageError(Msg("amount_bad", option=option, value=_cut(text))) from None
    check_budget(value, option)
    return value


_AMOUNT_SUFFIXES = (("万", 1e4), ("w", 1e4), ("W", 1e4), ("千", 1e3), ("k", 1e3), ("K", 1e3))
_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"两": 2, "\u3007": 0}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_SECTIONS = {"万": 10_000, "亿": 100_000_000}


def _chinese_number(text: str) -> float | None:
    """A whole number in Chinese numerals (`八万五千` 85,000; `十二万` 120,000; `一万二` 12,000,
    as people say it), or None when `text` is not one."""
    if not text or any(c not in _DIGITS and c not in _UNITS and c not in _SECTIONS for c in text):
        return None
    total = section = digit = 0
    last_unit = 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _UNITS:
            unit = _UNITS[char]
            section += (digit or (1 if char == "十" else 0)) * unit
            digit, last_unit = 0, unit
        else:
            big = _SECTIONS[char]
            total += (section + digit) * big
            section = digit = 0
            last_unit = big
    if digit and last_unit and text[-1] in _DIGITS and text[-2:-1] in (*_UNITS, *_SECTIONS):
        digit *= last_unit // 10  # 一万二: the digit after a unit is of the next unit down
    value = total + section + digit
    return float(value) if value > 0 else None


def check_budget(value: float | None, option: str = "--budget") -> float | None:
    """A monthly budget: a finite amount above 0 and at most a thousand million."""
    if value is not None and not (math.isfinite(value) and 0 < value <= 1e9):
        raise UsageError(Msg("budget_range", option=option, value=f"{value:g}"))
    return value


FOCUS_WORDS = {"marketing": True, "营销": True, "no-marketing": False, "other": False}
FOCUS_WORDS |= {"非营销": False, "not-marketing": False}


def parse_side(text: str, what: str = "LEFT") -> tuple[Size, bool | None] | None:
    """A side of `compare` (`what`: LEFT or RIGHT): `SIZE` or `SIZE:FOCUS` (`medium:marketing`,
    `中型:营销`, `small:no-marketing`) as (size, marketing or None); None for a file (a name
    with a dot or a slash in it). A word that is neither is a UsageError that says so."""
    if "." in text or "/" in text or "\\" in text:
        return None
    try:
        return _size_focus(text, what)
    except UsageError as error:
        if getattr(error.msg, "code", None) != "size_unknown":
            raise
        raise UsageError(Msg("side_unknown", what=what, side=_cut(text))) from None


def parse_file_side(text: str, what: str = "LEFT") -> tuple[str, tuple[Size, bool | None] | None]:
    """A file side of `compare` with the company it may give: `roster.csv:medium` or
    `roster.csv:medium:marketing` as (path, (size, marketing or None)); a path alone as (path,
    None). The company follows the last colon-free part's first colon (a Windows drive's colon
    comes before a separator), and is read as a size side is (a bad size is a UsageError)."""
    unified = text.replace("\uff1a", ":")
    cut = max(unified.rfind("/"), unified.rfind("\\")) + 1
    at = unified.find(":", cut)
    if at < 0 or "." not in unified[cut:at]:  # `medium:x.yaml` is no file with a company
        return text, None
    return text[:at], _size_focus(unified[at + 1 :], what)


def _size_focus(text: str, what: str) -> tuple[Size, bool | None]:
    size_text, sep, focus = text.replace("\uff1a", ":").partition(":")  # full-width colon too
    size = parse_size(size_text, what)
    if not sep:
        return size, None
    marketing = FOCUS_WORDS.get(focus.strip().casefold())
    if marketing is None:
        raise UsageError(Msg("focus_bad", value=_cut(focus), expected=list(FOCUS_WORDS)))
    return size, marketing
