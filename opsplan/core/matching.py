"""Finding roles: by id or name, and free-text tasks by the catalogue's keywords."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from opsplan.errors import UsageError
from opsplan.i18n import Msg, cut
from opsplan.models import Catalogue, Role


def role_index(catalogue: Catalogue) -> dict[str, Role]:
    """Every role under its id, English and Chinese name, case-folded (the first role wins)."""
    index: dict[str, Role] = {}
    for role in catalogue.roles:
        for key in (role.id, role.name, role.name_zh):
            index.setdefault(key.casefold(), role)
    return index


def lookup_role(catalogue: Catalogue | dict[str, Role], text: str) -> Role | None:
    """The role whose id, English or Chinese name is `text` (case-insensitive), or whose name
    `text` is a clear part of (`新媒体` for 新媒体运营, `security` for Network security officer):
    a part that fits one role only."""
    index = role_index(catalogue) if isinstance(catalogue, Catalogue) else catalogue
    key = text.strip().casefold()
    found = index.get(key)
    if found is not None or len(key) < 2 or (key.isascii() and len(key) < 3):
        return found
    fits = {r.id: r for name, r in index.items() if key in name}
    return next(iter(fits.values())) if len(fits) == 1 else None


def unknown_role(catalogue: Catalogue, text: str) -> Msg:
    """'unknown role 'x' (did you mean 'y'?)', or a pointer to `opsplan roles`."""
    import difflib

    names: dict[str, str] = {}
    for role in catalogue.roles:
        for name in (role.id, role.name.casefold(), role.name_zh):
            names.setdefault(name, role.id)
    key = text.strip().casefold()
    parts = sorted({rid for name, rid in names.items() if key and key in name})
    if len(parts) > 1:
        return Msg("ambiguous_role", role=cut(text, 60), candidates=", ".join(parts[:6]))
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.6)
    if not close and not key.isascii():
        # Chinese: a name that shares most of the characters (新媒休 -> 新媒体运营)
        shared = {name: len(set(key) & set(name)) / len(set(key)) for name in names}
        best = max(shared, key=lambda n: (shared[n], -len(n)), default="")
        close = [best] if best and shared[best] >= 0.6 else []
    if close:
        return Msg("unknown_role_close", role=cut(text, 60), close=names[close[0]])
    return Msg("unknown_role", role=cut(text, 60))


def find_role(catalogue: Catalogue, text: str) -> Role:
    """The role named by `text`; an unknown one is a UsageError with a suggestion."""
    role = lookup_role(catalogue, text)
    if role is None:
        raise UsageError(unknown_role(catalogue, text))
    return role


@dataclass(frozen=True)
class Match:
    """The role a free-text task matched, the keywords that decided it, and a runner-up role
    when another scored close (at least RUNNER_UP of the best score)."""

    role: str | None
    keywords: tuple[str, ...]
    runner_up: str | None = None


_NO_MATCH = Match(None, ())
WEAK = 0.4  # a generic keyword (`google`, `order`, 百度) counts for this much of its length
RUNNER_UP = 0.75


class TaskMatcher:
    """Matches free text to roles with one compiled pattern of every keyword.

    English keywords match whole words (with an -s, -es, -ing or -ed ending); Chinese keywords
    match anywhere; the longest keyword that fits at a place wins. Each role scores the length
    of its keywords found, a weak (generic) one at WEAK of it. A role needs one strong keyword,
    or two different weak ones: `Order the team lunch` matches nothing. The best score wins
    (ties: the role first in the catalogue), and a close second is reported as the runner-up.
    """

    def __init__(self, catalogue: Catalogue) -> None:
        self._owner: dict[str, str] = {}
        self._weak: set[str] = set()
        self._rank = {role.id: i for i, role in enumerate(catalogue.roles)}
        for role in catalogue.roles:
            for word in [*role.keywords.en, *role.keywords.zh, *role.keywords.weak]:
                self._owner.setdefault(word.casefold(), role.id)
            self._weak |= {w.casefold() for w in role.keywords.weak}
        english = [w for w in self._owner if w.isascii()]
        chinese = [w for w in self._owner if not w.isascii()]
        parts = []
        if english:
            parts.append(rf"(?<![a-z0-9]){trie_pattern(english)}(?:s|es|ing|ed)?(?![a-z0-9])")
        if chinese:
            parts.append(trie_pattern(chinese))
        self._pattern = re.compile("|".join(parts)) if parts else None

    def match(self, text: str) -> Match:
        """The best role for `text`, or Match(None, ()) when no role has enough evidence."""
        if self._pattern is None:
            return _NO_MATCH
        hits = self._pattern.findall(text.casefold())
        if not hits:
            return _NO_MATCH
        scores: dict[str, float] = {}
        found: dict[str, list[str]] = {}
        strong: set[str] = set()
        for hit in hits:
            word = self._keyword(hit)
            role = self._owner[word]
            weak = word in self._weak
            scores[role] = scores.get(role, 0.0) + len(word) * (WEAK if weak else 1.0)
            found.setdefault(role, []).append(word)
            if not weak:
                strong.add(role)
        eligible = [r for r in scores if r in strong or len(set(found[r])) >= 2]
        if not eligible:
            return _NO_MATCH
        ranked = sorted(eligible, key=lambda r: (-scores[r], self._rank[r]))
        best = ranked[0]
        second = ranked[1] if len(ranked) > 1 else None
        close = second if second and scores[second] >= RUNNER_UP * scores[best] else None
        return Match(best, tuple(dict.fromkeys(found[best])), close)

    def _keyword(self, hit: str) -> str:
        if hit in self._owner:
            return hit
        for suffix in ("ing", "es", "ed", "s"):
            if hit.endswith(suffix) and hit[: -len(suffix)] in self._owner:
                return hit[: -len(suffix)]
        return hit


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching any of `words`, factored by common prefixes.

    `re` tries the alternatives of `a|b|c` one by one at every position of the text; a trie
    branches on the next character instead, so a few hundred keywords cost little more than a
    few. Children come before the end of a word and are optional and greedy, so the longest
    keyword that fits wins, as in an alternation sorted longest first.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
