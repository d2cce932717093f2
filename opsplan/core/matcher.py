"""Free-text duties to roles: phrases scored against each role's whole description.

Both the duty and the catalogue are folded first (full-width forms, case, traditional to
simplified: `hanzi.fold`). Then every phrase of the catalogue found in the duty is a hit:
English phrases as whole words (`printers` finds `printer`, `retouching` finds `retouch`),
Chinese ones anywhere. A hit inside a longer hit does not count, so a longer phrase is the
negative context of the shorter ones it holds: 系统设计 (the programmer's) hides the
designer's 设计, 市场开发 (sales) hides the programmer's 开发, and a role's `negative:` phrases
and the catalogue's `ignore:` ones claim their words for no role.

A role scores the weights of its phrases found (each once: strong, normal or weak). Where the
phrases alone do not decide, the role's own description counts too: `description` times the
distinctive words it shares with the duty's rest (names, summary and duties as Chinese
character pairs and English words, each weighed by how few roles use it, as BM25's IDF). The
best role is taken when it reaches the threshold and leads the second by the margin; below
that the duty stays unmatched, with the best candidates to choose from. Nothing here is tuned
in code: weights, threshold, margin and phrases are the catalogue's (`matching:` and each
role's `keywords:`).

Building a matcher is a few dictionaries (no regular expression of the phrases: compiling
one of a few hundred alternatives costs more than a command's whole start-up budget); it is
built only when a profile has free-text duties.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from opsplan.core.hanzi import fold
from opsplan.models.data import Catalogue

_WORD = re.compile(r"[a-z0-9]+")
_CJK = re.compile(r"[\u3400-\u9fff]+")
# English words too common to tell roles apart in a description
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "or",
        "its",
        "it",
        "their",
        "his",
        "her",
        "our",
        "your",
        "be",
        "is",
        "are",
        "as",
        "per",
        "each",
        "every",
        "all",
        "any",
        "other",
        "others",
        "that",
        "this",
        "these",
        "those",
        "into",
        "out",
        "up",
        "down",
        "via",
        "them",
        "new",
        "daily",
        "weekly",
        "monthly",
        "half",
        "work",
        "works",
        "role",
        "roles",
        "site",
        "website",
        "websites",
        "company",
        "run",
        "runs",
        "keep",
        "keeps",
        "make",
        "makes",
        "help",
        "helps",
        "lead",
        "leads",
        "give",
        "take",
        "set",
        "get",
        "use",
        "used",
        "when",
        "where",
        "which",
        "what",
        "who",
        "how",
        "than",
        "then",
        "also",
        "more",
        "most",
        "some",
        "such",
    ]
)
COMPILE_AFTER = 500  # distinct duties matched before the phrases are compiled into one pattern
RUNNER_UP = 0.6  # a matched duty shows the second role when it scores at least this share


@dataclass(frozen=True)
class Candidate:
    """A role a duty may be: its score and the phrases (or description words) that decided."""

    role: str
    score: float
    words: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """What a duty was matched to: the role (None below the confidence threshold), the words
    that decided, a close runner-up, and the top three candidates, best first."""

    role: str | None
    keywords: tuple[str, ...]
    runner_up: str | None = None
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True)
class _Term:
    role: str | None  # None: a negative or ignored phrase (claims its words for no role)
    weight: float
    shown: str  # the phrase as the catalogue writes it


class TaskMatcher:
    """Matches free text to the roles of one catalogue (see the module's docstring)."""

    def __init__(self, catalogue: Catalogue) -> None:
        settings = catalogue.matching
        self.threshold, self._margin = settings.threshold, settings.margin
        self._description = settings.description
        self._rank = {role.id: i for i, role in enumerate(catalogue.roles)}
        self._words: dict[str, _Term] = {}  # English phrases, folded words joined by spaces
        self._chars: dict[str, _Term] = {}  # phrases with other characters (Chinese)
        self._cache: dict[str, Match] = {}
        self._regex: re.Pattern[str] | None = None
        tiers = [("strong", settings.strong), ("en", settings.normal), ("zh", settings.normal)]
        tiers.append(("weak", settings.weak))
        for tier, weight in tiers:
            for role in catalogue.roles:
                for phrase in getattr(role.keywords, tier):
                    self._add(phrase, _Term(role.id, weight, phrase))
        nobody = [p for role in catalogue.roles for p in role.keywords.negative]
        for phrase in [*nobody, *settings.ignore]:
            self._add(phrase, _Term(None, 0.0, phrase))
        self._firsts = {key.split()[0] for key in self._words}
        self._longest = max((len(key.split()) for key in self._words), default=0)
        self._heads: dict[str, list[int]] = {}  # first two characters -> lengths, longest first
        self._singles: set[str] = set()
        for key in self._chars:
            if len(key) == 1:
                self._singles.add(key)
            else:
                self._heads.setdefault(key[:2], []).append(len(key))
        for lengths in self._heads.values():
            lengths.sort(reverse=True)
        self._grams = _description_grams(catalogue)

    def _add(self, phrase: str, term: _Term) -> None:
        key = phrase_key(phrase)
        if key.isascii():
            if key:
                self._words.setdefault(key, term)
        elif key:
            self._chars.setdefault(key, term)

    def match(self, text: str) -> Match:
        """The best role for `text`, or no role (with the candidates) below the threshold."""
        found = self._cache.get(text)
        if found is None:
            if len(self._cache) == COMPILE_AFTER and self._chars:
                # a big file: one regular expression of the Chinese phrases is worth its cost
                self._regex = re.compile(f"(?=({trie_pattern(list(self._chars))}))")
            found = self._cache[text] = self._match(fold(text))
        return found

    def _sure(self, scores: dict[str, float]) -> bool:
        """Whether the phrases alone decide: the best reaches the threshold and the margin."""
        if not scores:
            return False
        best, second, *_ = [*sorted(scores.values(), reverse=True), 0.0]
        return best >= self.threshold and best >= self._margin * second

    def _hits(self, text: str) -> list[tuple[int, int, _Term]]:
        """Every phrase found in the folded text that is not inside a longer one."""
        hits: list[tuple[int, int, _Term]] = []
        words = [(m.start(), m.end(), stem(m.group())) for m in _WORD.finditer(text)]
        for i, (start, _, word) in enumerate(words):
            if word not in self._firsts:
                continue
            for n in range(min(self._longest, len(words) - i), 0, -1):
                term = self._words.get(" ".join(w for _, _, w in words[i : i + n]))
                if term is not None:
                    hits.append((start, words[i + n - 1][1], term))
                    break
        if self._regex is not None:
            for m in self._regex.finditer(text):
                found = m.group(1)
                hits.append((m.start(), m.start() + len(found), self._chars[found]))
            return _outermost(hits)
        heads, singles, chars = self._heads, self._singles, self._chars
        size = len(text)
        for i in range(size):
            for n in heads.get(text[i : i + 2], ()):
                if i + n > size:
                    continue
                term = chars.get(text[i : i + n])
                if term is not None:
                    hits.append((i, i + n, term))
                    break
            else:
                if text[i] in singles:
                    hits.append((i, i + 1, chars[text[i]]))
        return _outermost(hits)

    def _match(self, text: str) -> Match:
        hits = self._hits(text)
        scores: dict[str, float] = {}
        words: dict[str, list[str]] = {}
        for _, _, term in hits:
            role = term.role
            if role is None or term.shown in words.get(role, ()):
                continue
            scores[role] = scores.get(role, 0.0) + term.weight
            words.setdefault(role, []).append(term.shown)
        if self._description and not self._sure(scores):
            rest = text
            for start, end, _ in reversed(hits):  # what the phrases left over
                rest = rest[:start] + " " + rest[end:]
            for role, weight, gram in self._grams.find(rest):
                scores[role] = scores.get(role, 0.0) + self._description * weight
                words.setdefault(role, []).append(gram)
        if not scores:
            return Match(None, ())
        ranked = sorted(scores, key=lambda r: (-scores[r], self._rank[r]))
        top = tuple(Candidate(r, round(scores[r], 2), tuple(words[r])) for r in ranked[:3])
        best = top[0]
        second = top[1].score if len(top) > 1 else 0.0
        if best.score < self.threshold or best.score < self._margin * second:
            return Match(None, (), candidates=top)
        close = top[1].role if len(top) > 1 and second >= RUNNER_UP * best.score else None
        return Match(best.role, best.words, close, top)


def phrase_key(phrase: str) -> str:
    """A phrase as the matcher looks it up: folded, and for an English one its stemmed words
    joined by spaces (`Wi-Fi` -> `wi fi`, `Printers` -> `printer`); two phrases with one key
    are the same phrase."""
    folded = fold(phrase).strip()
    if folded.isascii():
        return " ".join(stem(w) for w in _WORD.findall(folded))
    return folded


class _Grams:
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


def _units(text: str) -> list[tuple[str, str]]:
    """(unit, as written): English words not too common, stemmed; Chinese character pairs."""
    out = [(stem(w), w) for w in _WORD.findall(text) if len(w) > 2 and w not in _STOP]
    for run in _CJK.findall(text):
        out += [(run[i : i + 2], run[i : i + 2]) for i in range(len(run) - 1)]
    return out


def _description_grams(catalogue: Catalogue) -> _Grams:
    roles_of: dict[str, set[str]] = {}
    for role in catalogue.roles:
        texts = [role.name, role.name_zh, role.summary, role.summary_zh or ""]
        texts += [d.name for d in role.duties] + [d.name_zh or "" for d in role.duties]
        for unit, _ in _units(fold(" ".join(texts))):
            roles_of.setdefault(unit, set()).add(role.id)
    n = len(catalogue.roles)
    top = math.log(1 + (n - 0.5) / 1.5)  # the IDF of a unit one role uses
    units = {
        unit: {r: math.log(1 + (n - len(rs) + 0.5) / (len(rs) + 0.5)) / top for r in rs}
        for unit, rs in roles_of.items()
    }
    return _Grams(units)


_STEMS: dict[str, str] = {"news": "news"}
_KEEP = ("ss", "us", "is")


def stem(word: str) -> str:
    """A light English stem, the same for a phrase's words and a duty's: `printers`, `printer`
    -> `printer`; `retouching` -> `retouch`; `shipping`, `shipped` -> `ship`; `writing`,
    `write` -> `writ`; `services`, `service` -> `servic`. Words of three letters stay."""
    found = _STEMS.get(word)
    if found is not None:
        return found
    out = word
    if len(word) > 3:
        if word.endswith("ies") and len(word) > 4:
            out = word[:-3] + "y"
        elif word.endswith("ing") and len(word) > 5:
            out = _undouble(word[:-3])
        elif word.endswith("ed") and len(word) > 4:
            out = _undouble(word[:-2])
        elif word.endswith(("sses", "xes", "ches", "shes", "zes")):
            out = word[:-2]
        elif word.endswith("s") and not word.endswith(_KEEP):
            out = stem(word[:-1])  # rankings -> ranking -> rank
        if out.endswith("e") and len(out) > 3:
            out = out[:-1]
    _STEMS[word] = out
    return out


def _undouble(stem: str) -> str:
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem


def _outermost(hits: list[tuple[int, int, _Term]]) -> list[tuple[int, int, _Term]]:
    """The hits that are not inside a longer one (the negative context rule)."""
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (h[0], -h[1]))
    kept: list[tuple[int, int, _Term]] = []
    reach = -1
    for hit in hits:
        if hit[1] <= reach:
            continue  # inside an earlier, longer hit
        kept.append(hit)
        reach = max(reach, hit[1])
    return kept


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching any of `words`, longest first at a place, factored by
    common prefixes (a trie branches on the next character instead of trying each word)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    branches = [
        re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
