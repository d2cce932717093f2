"""Phrases as the matcher compares them: folded keys, a light English stem, phrases with gaps,
the negative-context rule, and one regular expression of many phrases for a big file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from opsplan.core.hanzi import fold

WORD = re.compile(r"[a-z0-9]+")
GAPS = ("…", "...")  # a gap in a phrase: 带领…团队, lead...team
# English words too common to tell roles apart in a description
STOP = frozenset(
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


def phrase_key(phrase: str) -> str:
    """A phrase as the matcher looks it up: folded, and for an English one its stemmed words
    joined by spaces (`Wi-Fi` -> `wi fi`, `Printers` -> `printer`); two phrases with one key
    are the same phrase. A gap is kept as `…` (`Lead ... Teams` -> `lead…team`)."""
    folded = fold(phrase).strip()
    for gap in GAPS[1:]:
        folded = folded.replace(gap, GAPS[0])
    if GAPS[0] in folded:
        return GAPS[0].join(phrase_key(part) for part in folded.split(GAPS[0]))
    if folded.isascii():
        return " ".join(stem(w) for w in WORD.findall(folded))
    return folded


@dataclass(frozen=True)
class Gapped:
    """A phrase with gaps: its parts (keys) in order, each at most `gap` characters (Chinese)
    or words (English) after the one before."""

    parts: tuple[str, ...]

    def found(self, text: str, words: str, gap: int) -> bool:
        """Whether the folded `text` holds the phrase; `words` is its stemmed English words,
        each with a space either side."""
        return self.spans(text, words, gap) is not None

    def spans(self, text: str, words: str, gap: int) -> list[tuple[int, int]] | None:
        """Where the parts are found (a Chinese part's place in `text`; (-1, -1) for an
        English one), or None."""
        for part in self.parts:  # a part missing anywhere: no need to look closer
            if (f" {part} " if part.isascii() else part) not in (words if part.isascii() else text):
                return None
        return self._from(0, 0, text, words, gap)

    def _from(
        self, i: int, start: int, text: str, words: str, gap: int
    ) -> list[tuple[int, int]] | None:
        if i == len(self.parts):
            return []
        part = self.parts[i]
        english = part.isascii()
        haystack, needle = (words, f" {part} ") if english else (text, part)
        at = haystack.find(needle, start)
        while at >= 0:
            if i and _distance(haystack, start, at, english) > gap:
                return None
            end = at + len(needle) - (1 if english else 0)
            rest = self._from(i + 1, end, text, words, gap)
            if rest is not None:
                return [(-1, -1) if english else (at, end), *rest]
            if i:
                return None
            at = haystack.find(needle, at + 1)
        return None


def _distance(haystack: str, start: int, at: int, english: bool) -> int:
    between = haystack[start:at]
    return len(between.split()) if english else len(between)


def stem_words(text: str) -> str:
    """The stemmed English words of a folded text, each with a space either side."""
    return " " + " ".join(stem(w) for w in WORD.findall(text)) + " "


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


Hit = tuple[int, int, Any]  # start, end, what was found


def outermost(hits: list[Hit]) -> list[Hit]:
    """The hits that are not inside a longer one (the negative context rule)."""
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (h[0], -h[1]))
    kept: list[Hit] = []
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
