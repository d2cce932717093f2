"""The matcher's index of a catalogue: every phrase under the key the matcher looks it up by
(`phrases.phrase_key`), with its role and weight; the phrases with gaps, the management verbs
and what is no duty; and each role's description as distinctive units (`Grams`).

Building it folds and stems every phrase of the catalogue (a few milliseconds of a command's
start-up), so the built-in catalogue ships its index ready (`build`'s JSON, in the checked cache
`data/builtin.json`, made by `python -m tools.regen builtin`) and `read` turns it back into the
same tables; a user's catalogue (`--roles`) has its own built on each run. A test holds that
both give the same index and the same matches.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from opsplan.core.hanzi import fold
from opsplan.core.phrases import GAPS, START, STOP, WORD, Gapped, phrase_key, stem
from opsplan.models.data import Catalogue

VERB, NOT_DUTY = "v", "n"  # what a string item of the gapped list is
# The catalogue's tiers of phrases in the order they are indexed (the first role to claim a
# key keeps it), with the `matching:` weight each tier counts.
_TIERS = ("strong", "en", "zh", "acts", "general", "platform", "weak")
_WEIGHTS = ("strong", "normal", "normal", "normal", "platform", "platform", "weak")


class Term(NamedTuple):
    """A phrase of the catalogue as the matcher scores it."""

    role: str | None  # None: a negative or ignored phrase (claims its words for no role)
    weight: float
    shown: str  # the phrase as the catalogue writes it
    platform: bool = False  # a platform or `general` phrase: gives way to another's task
    act: bool = False  # a verb of working on things: see Keywords.acts


class Grams:
    """Each role's description as distinctive units: Chinese character pairs and English
    words, weighed by inverse role frequency (1 for a unit only one role uses)."""

    def __init__(self, units: dict[str, dict[str, float]]) -> None:
        self.units = units  # unit -> {role: weight}

    def find(self, text: str) -> list[tuple[str, float, str]]:
        """(role, weight, word as written) for every distinct unit of `text` that some
        description has."""
        found: list[tuple[str, float, str]] = []
        seen: set[str] = set()
        for unit, shown in _units(text):
            roles = self.units.get(unit)
            if roles is not None and unit not in seen:
                seen.add(unit)
                found += [(role, weight, shown) for role, weight in roles.items()]
        return found


class Index(NamedTuple):
    """The index in the matcher's form: English phrases (stemmed words joined by spaces) and
    the others (Chinese) by key; the phrases with gaps, management verbs (`VERB` + phrase) and
    phrases of no duty (`NOT_DUTY` + phrase) in order; the descriptions, when built."""

    words: dict[str, Term]
    chars: dict[str, Term]
    gapped: list[tuple[Gapped, Term | str]]
    grams: Grams | None


def build(catalogue: Catalogue, grams: bool = True) -> dict[str, Any]:
    """The catalogue's index as JSON data (what `read` takes); without `grams`, the
    descriptions are left out (the matcher builds them when a duty first needs them).

    Grouped for a short read: the phrases by what they count for, `[role, weight, platform,
    act, [key, shown, ...]]` (shown "" where the phrase is its own key), and the description
    units by the roles that use them, `[weight, [role, ...], [unit, ...]]`."""
    settings = catalogue.matching
    words: dict[str, list[Any]] = {}
    chars: dict[str, list[Any]] = {}
    gapped: list[list[Any]] = []
    for tier, weight in zip(_TIERS, _WEIGHTS, strict=True):
        for role in catalogue.roles:
            for phrase in getattr(role.keywords, tier):
                way = tier in ("platform", "general")
                term = [role.id, getattr(settings, weight), phrase, way, tier == "acts"]
                _add(phrase, term, words, chars, gapped)
    nobody = [p for role in catalogue.roles for p in role.keywords.negative]
    for phrase in [*nobody, *settings.ignore]:
        _add(phrase, [None, 0.0, phrase, False, False], words, chars, gapped)
    for kind, phrases in ((VERB, settings.lead_verbs), (NOT_DUTY, settings.not_duties)):
        for phrase in phrases:
            key = phrase_key(phrase)
            if key:
                gapped.append([*_parts(key), kind + phrase])
    index: dict[str, Any] = {"words": _grouped(words), "chars": _grouped(chars), "gapped": gapped}
    if grams:
        groups: dict[tuple[str, ...], list[Any]] = {}
        for unit, roles in description_units(catalogue).items():
            weights = set(roles.values())  # one IDF for the roles of one unit
            group = groups.setdefault(tuple(roles), [weights.pop(), list(roles), []])
            group[2].append(unit)
        index["grams"] = list(groups.values())
    return index


def _grouped(terms: dict[str, list[Any]]) -> list[list[Any]]:
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for key, (role, weight, shown, platform, act) in terms.items():
        group = groups.setdefault((role, weight, platform, act), [role, weight, platform, act, []])
        group[4] += [key, "" if shown == key else shown]
    return list(groups.values())


def _add(
    phrase: str,
    term: list[Any],
    words: dict[str, list[Any]],
    chars: dict[str, list[Any]],
    gapped: list[list[Any]],
) -> None:
    key = phrase_key(phrase)
    if GAPS[0] in key or key.startswith(START):
        if term[0] is not None:
            gapped.append([*_parts(key), term])
    elif key.isascii():
        if key:
            words.setdefault(key, term)
    elif key:
        chars.setdefault(key, term)


def _parts(key: str) -> tuple[list[str], bool]:
    """A phrase with gaps as `Gapped` holds it: its parts and whether it is anchored."""
    return key.removeprefix(START).split(GAPS[0]), key.startswith(START)


def read(data: object) -> Index | None:
    """The index from `build`'s JSON data, or None where it is not of that shape."""
    try:
        _need(isinstance(data, dict))
        assert isinstance(data, dict)  # for mypy: _need said so
        words, chars = _terms(data["words"]), _terms(data["chars"])
        gapped: list[tuple[Gapped, Term | str]] = []
        for parts, anchored, item in data["gapped"]:
            _need(bool(parts) and all(_text(p) for p in parts))
            if isinstance(item, str):
                _need(item[:1] in (VERB, NOT_DUTY))
                what: Term | str = item
            else:
                role, weight, shown, platform, act = item
                what = _term(role, weight, platform, act)._replace(shown=_text(shown))
            gapped.append((Gapped(tuple(parts), anchored is True), what))
        grams = data.get("grams")
        if grams is None:
            return Index(words, chars, gapped, None)
        _need(isinstance(grams, list))
        units: dict[str, dict[str, float]] = {}
        for weight, roles, names in grams:
            _need(isinstance(weight, float) and all(_text(r) for r in roles))
            shared = dict.fromkeys(roles, weight)  # read only: one dict for the group's units
            units.update((_text(name), shared) for name in names)
        return Index(words, chars, gapped, Grams(units))
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


def _terms(groups: Any) -> dict[str, Term]:
    out: dict[str, Term] = {}
    for role, weight, platform, act, pairs in groups:
        _term(role, weight, platform, act)  # checked once for the group
        keys, shown = pairs[::2], pairs[1::2]
        _need(len(keys) == len(shown) and all(type(k) is str and k for k in keys))
        way, acts = platform is True, act is True
        for key, text in zip(keys, shown, strict=True):
            out[key] = Term(role, weight, text or key, way, acts)
    return out


def _need(condition: bool) -> None:
    if not condition:
        raise ValueError("not an index")


def _text(value: object) -> str:
    _need(isinstance(value, str) and bool(value))
    return str(value)


def _term(role: Any, weight: Any, platform: Any, act: Any) -> Term:
    _need(role is None or isinstance(role, str))
    _need(isinstance(weight, (int, float)))
    return Term(role, weight, "", platform is True, act is True)


def _units(text: str) -> list[tuple[str, str]]:
    """(unit, as written): English words not too common, stemmed; Chinese character pairs."""
    out = [(stem(w), w) for w in WORD.findall(text) if len(w) > 2 and w not in STOP]
    if text.isascii():
        return out
    # each two neighbours of a run of CJK ideographs (U+3400-U+9FFF), in a loop: a pattern of
    # that range costs more to compile (Python's re maps its 27,000 characters one by one,
    # 3 ms of a command's start-up) than this takes on a profile's duties
    before = ""
    for char in text:
        if "\u3400" <= char <= "\u9fff":
            if before:
                pair = before + char
                out.append((pair, pair))
            before = char
        else:
            before = ""
    return out


def description_units(catalogue: Catalogue) -> dict[str, dict[str, float]]:
    """Each unit of the roles' descriptions (names, aliases, summaries, duties) with the roles
    that use it, weighed as BM25's IDF, 1 for a unit of one role only."""
    roles_of: dict[str, dict[str, None]] = {}  # in the catalogue's order: the same JSON each time
    for role in catalogue.roles:
        texts = [role.name, role.name_zh, *role.aliases, role.summary, role.summary_zh or ""]
        texts += [d.name for d in role.duties] + [d.name_zh or "" for d in role.duties]
        for unit, _ in _units(fold(" ".join(texts))):
            roles_of.setdefault(unit, {})[role.id] = None
    n = len(catalogue.roles)
    top = math.log(1 + (n - 0.5) / 1.5)  # the IDF of a unit one role uses
    return {
        unit: {r: math.log(1 + (n - len(rs) + 0.5) / (len(rs) + 0.5)) / top for r in rs}
        for unit, rs in roles_of.items()
    }
