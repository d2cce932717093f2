"""What a task given without hours is estimated as: the duties of its role that it names, and
the things it lists that a driver counts (公众号、抖音、小红书 is 3 platforms).

A duty is named by one of the words it is `named_by`; a task that names no duty of its role
stands for the whole role. English words match whole words (with a plural or -ing/-ed ending),
Chinese ones anywhere, case folded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from opsplan.models.data import NormSet, Role

# Above these, hours a person wrote are hardly real: a warning, not an error.
DUTY_HOURS_MAX = 60.0
PERSON_HOURS_MAX = 100.0


def named_duties(role: Role, text: str) -> list[int]:
    """The indices of the role's duties that `text` names by one of their `named_by` words."""
    folded = text.casefold()
    return [i for i, duty in enumerate(role.duties) if _namer(tuple(duty.named_by))(folded)]


@lru_cache(maxsize=4096)
def _namer(terms: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a folded text names one of `terms` (an English one as a whole word, with a
    plural or -ing/-ed ending; a Chinese one anywhere): the Chinese ones as substrings, the
    English ones that the text holds in one pattern (what a task estimate asks of every duty
    of its role, for each of up to 100,000 tasks). A term the text does not hold cannot match,
    so the pattern is of those it holds (`_pattern`: compiled once for each such set; most
    tasks hold none, and compiling a pattern of every term of a profile's roles was a few
    milliseconds of its start-up)."""
    chinese = tuple(t.casefold() for t in terms if not t.isascii())
    words = tuple(t.casefold() for t in terms if t.isascii())

    def names(folded: str) -> bool:
        if any(t in folded for t in chinese):
            return True
        held = tuple(re.escape(t) for t in words if t in folded)
        return bool(held) and _pattern(_WORDS.format("|".join(held))).search(folded) is not None

    return names


_WORDS = r"(?<![a-z0-9])(?:{})(?:s|es|ing|ed)?(?![a-z0-9])"


@lru_cache(maxsize=4096)
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def counted(norms: NormSet, role: Role, text: str) -> dict[str, list[str]]:
    """For each driver of the role's duties that counts named things: the names `text` lists,
    one for each thing (公众号 and 微信公众号 are one platform; in 微信视频号 the longer name
    wins, so it is not WeChat as well)."""
    folded = text.casefold()
    out: dict[str, list[str]] = {}
    for name in dict.fromkeys(d for duty in role.duties for d in duty.drivers()):
        driver = norms.drivers.get(name)
        if driver is None or not driver.counted:
            continue
        parts, owner = _things(name, tuple(tuple(group) for group in driver.counted))
        # a name the text does not hold cannot match: the pattern is of those it holds
        held = [part for alias, part in parts if alias in folded]
        if not held:
            continue
        found: dict[int, str] = {}
        for hit in _pattern("|".join(held)).finditer(folded):
            alias = hit.group(0) if hit.group(0) in owner else _stem(hit.group(0), owner)
            found.setdefault(owner[alias][0], owner[alias][1])
        if found:
            out[name] = list(found.values())  # in the order the text names them
    return out


@lru_cache(maxsize=64)
def _things(
    name: str, groups: tuple[tuple[str, ...], ...]
) -> tuple[list[tuple[str, str]], dict[str, tuple[int, str]]]:
    """Every name of the things a driver counts (folded), longest first, with its part of a
    pattern; and for each name the thing it names and how the data writes it."""
    owner: dict[str, tuple[int, str]] = {}
    for k, aliases in enumerate(groups):
        for alias in aliases:
            owner.setdefault(alias.casefold(), (k, alias))
    parts = []
    for alias in sorted(owner, key=len, reverse=True):
        word = re.escape(alias)
        part = rf"(?<![a-z0-9]){word}(?:s|es)?(?![a-z0-9])" if alias.isascii() else word
        parts.append((alias, part))
    return parts, owner


def _stem(hit: str, owner: dict[str, tuple[int, str]]) -> str:
    for suffix in ("es", "s"):
        if hit.endswith(suffix) and hit[: -len(suffix)] in owner:
            return hit[: -len(suffix)]
    return hit
