"""Parsing what the command line gives as text: `--set NAME=VALUE`, `--size`, the format."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from opsplan.errors import UsageError
from opsplan.i18n import Msg, cut
from opsplan.textfmt import plain_number

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
        value = float(number)
        if not math.isfinite(value) or value < 0:
            raise UsageError(Msg("set_negative", item=_cut(item)))
        out[name] = value
    return out


def parse_size(text: str) -> Size:
    """`small`, `medium`, `large` (or 小型, 中型, 大型); anything else is a UsageError."""
    import difflib

    from opsplan.models.data import SIZE_WORDS, SIZES

    names: dict[str, Size] = {**{s: s for s in SIZES}, **SIZE_WORDS}
    size = names.get(text.strip().casefold())
    if size is not None:
        return size
    key = text.strip().casefold()
    if key in _MICRO:
        raise UsageError(Msg("size_micro", size=_cut(text)))
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.5)
    close = close or [n for n in SIZES if key and n[0] == key[0]]
    if close:
        raise UsageError(Msg("size_unknown_close", size=_cut(text), close=close[0]))
    raise UsageError(Msg("size_unknown", size=_cut(text)))


# Micro enterprises are outside the source's norms ("excluding micro enterprises").
_MICRO = frozenset({"micro", "微型", "微型企业", "微企", "微"})


def _cut(text: str) -> str:
    """User text echoed in a message: at most 60 characters."""
    return cut(text, 60)


def choice(option: str, value: str, choices: Sequence[str]) -> str:
    """`value` when it is one of `choices`; else a UsageError that names them."""
    if value in choices:
        return value
    import difflib

    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.5)
    expected = ", ".join(choices)
    if close:
        raise UsageError(
            Msg("choice_close", option=option, value=_cut(value), expected=expected, close=close[0])
        )
    raise UsageError(Msg("choice", option=option, value=_cut(value), expected=expected))
