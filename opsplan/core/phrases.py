"""Phrases as the matcher compares them: folded keys, a light English stem, phrases with gaps,
the negative-context rule, and an index of phrases with gaps."""

from __future__ import annotations

import re
from typing import Any, Generic, TypeVar

from opsplan.core.hanzi import fold

WORD = re.compile(r"[a-z0-9]+")
GAPS = ("…", "...")  # a gap in a phrase: 带领…团队, lead...team
START = "^"  # a phrase that only counts at the start of a text: ^熟悉
LEADERS = " -*•·.、:()0123456789"  # what starts a list item (folded) before its text
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
    are the same phrase. A gap is kept as `…` (`Lead ... Teams` -> `lead…team`), and so is a
    `^` that ties a phrase to the start of the text (`^Familiar with` -> `^familiar with`)."""
    folded = fold(phrase).strip()
    if folded.startswith(START) and len(folded) > 1:
        return START + phrase_key(folded[1:])
    for gap in GAPS[1:]:
        folded = folded.replace(gap, GAPS[0])
    if GAPS[0] in folded:
        return GAPS[0].join(phrase_key(part) for part in folded.split(GAPS[0]))
    if folded.isascii():
        return " ".join(stem(w) for w in WORD.findall(folded))
    return folded


class Gapped:
    """A phrase with gaps: its parts (keys) in order, each at most `gap` characters (Chinese)
    or words (English) after the one before; an `anchored` one starts the text (after a list
    item's number or bullet)."""

    __slots__ = ("anchored", "parts")

    def __init__(self, parts: tuple[str, ...], anchored: bool) -> None:
        self.parts, self.anchored = parts, anchored

    def spans(self, text: str, words: Words, gap: int) -> list[tuple[int, int]] | None:
        """Where in `text` the parts are found, or None."""
        for part in self.parts:  # a part missing anywhere: no need to look closer
            if part.isascii():
                if f" {part} " not in words.joined:
                    return None
            elif part not in text:
                return None
        return self._from(0, 0, text, words, gap)

    def _from(
        self, i: int, start: int, text: str, words: Words, gap: int
    ) -> list[tuple[int, int]] | None:
        if i == len(self.parts):
            return []
        part = self.parts[i]
        english = part.isascii()
        haystack, needle = (words.joined, f" {part} ") if english else (text, part)
        at = haystack.find(needle, start)
        if self.anchored and not i:
            lead = 0 if english else len(text) - len(text.lstrip(LEADERS))
            at = at if at == lead else -1
        while at >= 0:
            if i and _distance(haystack, start, at, english) > gap:
                return None
            end = at + len(needle) - (1 if english else 0)
            rest = self._from(i + 1, end, text, words, gap)
            if rest is not None:
                if english:  # the place in the text of the words the part spans
                    first = haystack.count(" ", 0, at + 1) - 1
                    last = first + part.count(" ")
                    return [(words.spans[first][0], words.spans[last][1]), *rest]
                return [(at, end), *rest]
            if i:
                return None
            at = haystack.find(needle, at + 1)
        return None


T = TypeVar("T")


class GapIndex(Generic[T]):
    """Many phrases with gaps (or without), each with what it stands for, found fast: only
    those whose parts all occur in a text are looked at closely."""

    def __init__(self, items: list[tuple[Gapped, T]]) -> None:
        self._items = items
        self._first: dict[str, list[int]] = {}  # first part -> the items it opens
        self._zh: dict[str, set[str]] = {}  # Chinese parts by their first character
        self._en: dict[str, set[str]] = {}  # English parts by their first word
        for i, (gapped, _) in enumerate(items):
            self._first.setdefault(gapped.parts[0], []).append(i)
            for part in gapped.parts:
                if part.isascii():
                    self._en.setdefault(part.split()[0], set()).add(part)
                else:
                    self._zh.setdefault(part[0], set()).add(part)
        self._zh_firsts, self._en_firsts = frozenset(self._zh), frozenset(self._en)

    def find(self, text: str, words: Words, gap: int) -> list[tuple[list[tuple[int, int]], T]]:
        """The items found in the folded `text` (with its `words`), in the order given, each
        with where its parts are."""
        zh, en = self._zh, self._en
        present: set[str] = set()
        if not text.isascii():
            firsts = self._zh_firsts.intersection(text)
            present = {part for char in firsts for part in zh[char] if part in text}
        if en and words.stems:
            joined = words.joined
            firsts = self._en_firsts.intersection(words.stems)
            present |= {part for word in firsts for part in en[word] if f" {part} " in joined}
        if not present:
            return []
        found: list[tuple[int, list[tuple[int, int]], T]] = []
        opening = self._first
        for first in [part for part in present if part in opening]:
            for i in opening[first]:
                gapped, item = self._items[i]
                if all(part in present for part in gapped.parts):
                    spans = gapped.spans(text, words, gap)
                    if spans is not None:
                        found.append((i, spans, item))
        return [(spans, item) for _, spans, item in sorted(found, key=lambda f: f[0])]


def _distance(haystack: str, start: int, at: int, english: bool) -> int:
    between = haystack[start:at]
    return len(between.split()) if english else len(between)


class Words:
    """A folded text's English words, stemmed: joined with a space either side of each, and
    each one's place in the text."""

    __slots__ = ("joined", "spans", "stems")

    def __init__(self, joined: str, spans: list[tuple[int, int]], stems: list[str]) -> None:
        self.joined, self.spans, self.stems = joined, spans, stems


def words_of(text: str) -> Words:
    """The stemmed English words of a folded text (see `Words`)."""
    found = list(WORD.finditer(text))
    if not found:
        return _NO_WORDS
    known = _STEMS
    stems = [known.get(w) or stem(w) for w in (m.group() for m in found)]
    return Words(" " + " ".join(stems) + " ", [m.span() for m in found], stems)


_NO_WORDS = Words("  ", [], [])  # a text without English words or digits (never changed)
_STEMS: dict[str, str] = {"news": "news"}
_KEEP = ("ss", "us", "is")


def stem(word: str) -> str:
    """A light English stem, the same for a phrase's words and a duty's: `printers`, `printer`
    -> `printer`; `retouching` -> `retouch`; `shipping`, `shipped` -> `ship`; `writing`,
    `write` -> `writ`; `services`, `service` -> `servic`; `boxes`, `box` -> `box`; `adding`,
    `add` -> `add`. Words of three letters stay."""
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
        elif word.endswith("s") and not word.endswith(_KEEP):
            out = stem(word[:-1])  # rankings -> ranking -> rank
        if out.endswith("e") and len(out) > 3:
            out = out[:-1]
    _STEMS[word] = out
    return out


def _undouble(stem: str) -> str:
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":  # add, see stay
        return stem[:-1]
    return stem


def clause_marks(marks: list[str]) -> re.Pattern[str] | None:
    """One pattern for the marks that part a duty's clauses (、, 和, `and`, `+`), folded as
    a duty is: an English word only as a whole word. None for no marks."""
    keys = sorted({fold(m).strip() for m in marks} - {""}, key=len, reverse=True)
    if not keys:
        return None
    words = [rf"\b{re.escape(k)}\b" if k.isascii() and k.isalnum() else re.escape(k) for k in keys]
    return re.compile("|".join(words))


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
