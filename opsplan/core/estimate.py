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
    return _namer(role)(text.casefold())


def counted(norms: NormSet, role: Role, text: str) -> dict[str, list[str]]:
    """For each driver of the role's duties that counts named things: the names `text` lists,
    one for each thing (公众号 and 微信公众号 are one platform; in 微信视频号 the longer name
    wins, so it is not WeChat as well)."""
    return _count(_counters(role, norms), text.casefold())


Estimate = tuple[list[int], dict[str, list[str]]]


def estimator(norms: NormSet, role: Role) -> Callable[[str], Estimate]:
    """`named_duties` and `counted` of one role at once, for many texts: what the role's duties
    are named by and the names its drivers count are gathered once, when it is made (a profile
    of 100,000 tasks asks of a few roles: its caller makes one for each)."""
    names, counters = _namer(role), _counters(role, norms)

    def estimate(text: str) -> Estimate:
        folded = text.casefold()
        return names(folded), _count(counters, folded)

    return estimate


def _namer(role: Role) -> Callable[[str], list[int]]:
    """Which of the role's duties a folded text names by one of their `named_by` terms (an
    English one as a whole word, with a plural or -ing/-ed ending; a Chinese one anywhere):
    the Chinese ones as substrings, the English ones that the text holds in one pattern a
    duty. A term the text does not hold cannot match, so the pattern is of those it holds
    (`_pattern`: compiled once for each such set; most tasks hold none, and compiling a
    pattern of every term of a profile's roles was a few milliseconds of its start-up)."""
    terms = [(t.casefold(), i) for i, d in enumerate(role.duties) for t in d.named_by]
    english = [(t, i) for t, i in terms if t.isascii()]
    chinese = [(t, i) for t, i in terms if not t.isascii()]

    def names(folded: str) -> list[int]:
        found = {i for t, i in chinese if t in folded}
        held: dict[int, list[str]] = {}
        for t, i in english:
            if i not in found and t in folded:
                held.setdefault(i, []).append(re.escape(t))
        for i, terms in held.items():
            if _pattern(_WORDS.format("|".join(terms))).search(folded) is not None:
                found.add(i)
        return sorted(found)

    return names


_WORDS = r"(?<![a-z0-9])(?:{})(?:s|es|ing|ed)?(?![a-z0-9])"


@lru_cache(maxsize=4096)
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


# a counting driver: its name, its names with their parts of a pattern, each name's thing
Counter = tuple[str, list[tuple[str, str]], dict[str, tuple[int, str]]]


def _count(counters: list[Counter], folded: str) -> dict[str, list[str]]:
    """`counted` of a folded text, by the role's counting drivers."""
    out: dict[str, list[str]] = {}
    for name, parts, owner in counters:
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


def _counters(role: Role, norms: NormSet) -> list[Counter]:
    """The drivers of the role's duties that count named things, each with its names."""
    found: list[Counter] = []
    for name in dict.fromkeys(d for duty in role.duties for d in duty.drivers()):
        driver = norms.drivers.get(name)
        if driver is not None and driver.counted:
            found.append((name, *_things(tuple(tuple(g) for g in driver.counted))))
    return found


@lru_cache(maxsize=64)
def _things(
    groups: tuple[tuple[str, ...], ...],
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
