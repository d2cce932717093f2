"""Free-text duties to roles: phrases scored against each role's whole description.

Both the duty and the catalogue are folded first (full-width forms, case, traditional to
simplified: `hanzi.fold`). Then every phrase of the catalogue found in the duty is a hit:
English phrases as whole words (`printers` finds `printer`, `retouching` finds `retouch`),
Chinese ones anywhere. A hit inside a longer hit does not count, so a longer phrase is the
negative context of the shorter ones it holds: 系统设计 (the programmer's) hides the
designer's 设计, 市场开发 (sales) hides the programmer's 开发, and a role's `negative:` phrases
and the catalogue's `ignore:` ones claim their words for no role. A phrase may have gaps
(带领…团队) or be tied to the start of the line (^熟悉); see `core.phrases`. A phrase with gaps
is longer than its parts, so it hides another role's phrase inside one (上传…主图, the shop's,
hides the designer's 主图).

A role scores the weights of its phrases found (each once: strong, normal, weak, platform).
A role found by its platform or `general` phrases alone (淘宝, TikTok; 例会, 面试) gives way to
another role's task (`beside_task` times their weight): 店铺装修 on 淘宝 is the designer's,
客服团队考核 the customer-service lead's. Where that task is one of its role's `acts` (安装,
教…用, install), the platform is what it works on and counts among its words: 安装微信 is IT
support's. A management verb
(`lead_verbs`: 统筹, 带领, oversee) gives the manager who `leads` the duty's best role that
role's score plus `lead`. Where the phrases alone do not decide, the role's own description
counts too: `description` times the distinctive words it shares with the duty's rest (names,
summary and duties as Chinese character pairs and English words, each weighed by how few roles
use it, as BM25's IDF). The best role is taken when it reaches the threshold, leads the second
by the margin, and is found by two phrases (or description words) or one of at least `alone`;
below that the duty stays unmatched, with the best candidates to choose from, unless it is cut
at the catalogue's `clauses` marks (和, and, +) into parts that each name a role surely: then
it is those roles' (`Match.shares`), its hours shared. A `not_duties`
phrase (具备…能力, 者优先, proficient) makes the line a requirement or a trait: no role at all.
Nothing here is tuned in code: weights, thresholds and phrases are the catalogue's (`matching:`
and each role's `keywords:`).

Building a matcher is a few dictionaries and one index of the phrases with gaps; it is built
only when a profile has free-text duties.
"""

from __future__ import annotations

from typing import NamedTuple

from opsplan.core.hanzi import fold
from opsplan.core.matchindex import VERB, Grams, Index, Term, build, description_units, read
from opsplan.core.phrases import GapIndex, Hit, Words, clause_marks, outermost, words_of
from opsplan.models.data import Catalogue

RUNNER_UP = 0.6  # a matched duty shows the second role when it scores at least this share


class Candidate(NamedTuple):
    """A role a duty may be: its score and the phrases (or description words) that decided."""

    role: str
    score: float
    words: tuple[str, ...]


class Share(NamedTuple):
    """A role that one clause or more of a duty went to, with the words that decided."""

    role: str
    words: tuple[str, ...]


class Match(NamedTuple):
    """What a duty was matched to: the role (None below the confidence threshold), the words
    that decided, a close runner-up, and the top three candidates, best first. `not_duty` is
    the phrase that showed the text is a requirement or a trait, not a duty (then no role).
    `shares`: a duty of several tasks no role wins as a whole, whose clauses each name a role
    surely, goes to those roles (two or more; then `role` is None), its hours shared."""

    role: str | None
    keywords: tuple[str, ...]
    runner_up: str | None = None
    candidates: tuple[Candidate, ...] = ()
    not_duty: str | None = None
    shares: tuple[Share, ...] = ()


class _Evidence:
    """What a duty holds for one role: task phrases, platform phrases, the words shown."""

    __slots__ = ("act", "heaviest", "platform", "task", "words")

    def __init__(self) -> None:
        self.task = self.platform = self.heaviest = 0.0
        self.act = False
        self.words: list[str] = []

    def add(self, term: Term, weight: float | None = None) -> None:
        if term.shown in self.words:
            return
        weight = term.weight if weight is None else weight
        if term.platform:
            self.platform += weight
        else:
            self.task += weight
        self.act = self.act or term.act
        self.heaviest = max(self.heaviest, weight)
        self.words.append(term.shown)


class TaskMatcher:
    """Matches free text to the roles of one catalogue (see the module's docstring)."""

    def __init__(self, catalogue: Catalogue, index: Index | None = None) -> None:
        """The matcher of `catalogue`; `index` is its index where it is at hand (the built-in
        catalogue's, read from the checked cache), else it is built here."""
        settings = self._settings = catalogue.matching
        self.threshold, self._margin = settings.threshold, settings.margin
        self._description = settings.description
        self._rank = {role.id: i for i, role in enumerate(catalogue.roles)}
        if index is None:
            index = read(build(catalogue, grams=False))
            assert index is not None
        self._words = index.words  # English phrases, folded words joined by spaces
        self._chars = index.chars  # phrases with other characters (Chinese)
        self._cache: dict[str, Match] = {}  # by the text, and by the text folded
        self._folded: dict[str, Match] = {}
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
        self._opening = frozenset(key[0] for key in self._chars)
        self._catalogue = catalogue
        self._grams = index.grams  # the descriptions: built when first needed, if not given
        # phrases with gaps, management verbs and what is no duty: one index, looked up once
        self._gapped = GapIndex(index.gapped)
        self._leads = _leads(catalogue)
        self._clauses = clause_marks(settings.clauses)

    def match(self, text: str) -> Match:
        """The best role for `text`, or no role (with the candidates) below the threshold."""
        found = self._cache.get(text)
        if found is None:  # texts that fold alike (case, full-width forms, 網站) match alike
            folded = fold(text)
            found = self._folded.get(folded)
            if found is None:
                found = self._folded[folded] = self._match(folded)
            self._cache[text] = found
        return found

    def _hits(self, text: str, stems: Words) -> list[Hit]:
        """Every phrase found in the folded text that is not inside a longer one."""
        hits: list[Hit] = []
        words, spans, firsts = stems.stems, stems.spans, self._firsts
        for i, word in enumerate(words):
            if word not in firsts:
                continue
            for n in range(min(self._longest, len(words) - i), 0, -1):
                term = self._words.get(" ".join(words[i : i + n]))
                if term is not None:
                    hits.append((spans[i][0], spans[i + n - 1][1], term))
                    break
        if text.isascii():  # every phrase of `chars` has a character beyond ASCII
            return outermost(hits)
        heads, singles, chars, opening = self._heads, self._singles, self._chars, self._opening
        size = len(text)
        for i, char in enumerate(text):
            if char not in opening:  # no phrase starts with this character
                continue
            for n in heads.get(text[i : i + 2], ()):
                if i + n > size:
                    continue
                term = chars.get(text[i : i + n])
                if term is not None:
                    hits.append((i, i + n, term))
                    break
            else:
                if char in singles:
                    hits.append((i, i + 1, chars[char]))
        return outermost(hits)

    def _evidence(
        self, text: str, hits: list[Hit], words: Words
    ) -> tuple[dict[str, _Evidence], str | None]:
        """Each role's phrases found, platform ones giving way to another role's task, and the
        managers' share where a management verb is found; and the `not_duties` phrase found."""
        settings = self._settings
        found: dict[str, _Evidence] = {}
        verb = not_duty = None
        gapped: list[tuple[list[tuple[int, int]], Term]] = []
        for spans, item in self._gapped.find(text, words, settings.gap):
            if isinstance(item, str):  # a management verb or a phrase of no duty
                if item[0] == VERB:
                    verb = verb or item[1:]
                else:
                    not_duty = not_duty or item[1:]
            elif not any(_inside(span, spans, item.role, hits) for span in spans):
                gapped.append((spans, item))
        for start, end, term in hits:
            if term.role is not None and not any(
                _claims(spans, start, end) for spans, other in gapped if other.role != term.role
            ):
                found.setdefault(term.role, _Evidence()).add(term)
        for _, term in gapped:
            found.setdefault(str(term.role), _Evidence()).add(term)
        tasks = {r: e.task for r, e in found.items() if e.task >= self.threshold}
        doer = max(tasks, key=lambda r: (tasks[r], -self._rank[r]), default=None)
        for evidence in found.values():
            if evidence.platform and not evidence.task and doer is not None:
                evidence.platform *= settings.beside_task  # only a platform: it gives way,
                if found[doer].act:  # and is what the doer's verb (安装, install) works on
                    done = found[doer].words
                    done += [w for w in evidence.words if w not in done]
        if verb is None:
            return found, not_duty
        subjects = {r: e.task + e.platform for r, e in found.items() if r not in self._leads}
        subject = max(subjects, key=lambda r: (subjects[r], -self._rank[r]), default=None)
        if subject is not None and subjects[subject] >= self.threshold:
            for manager, led in self._leads.items():
                if subject in led:
                    evidence = found.setdefault(manager, _Evidence())
                    evidence.add(Term(manager, 0.0, verb))  # its own phrase, maybe (招聘)
                    evidence.task += settings.lead + subjects[subject]
                    evidence.heaviest = max(evidence.heaviest, settings.lead)
                    evidence.words += [w for w in found[subject].words if w not in evidence.words]
        return found, not_duty

    def _match(self, text: str, split: bool = True) -> Match:
        words = words_of(text)
        hits = self._hits(text, words)
        found, not_duty = self._evidence(text, hits, words)
        scores = {role: e.task + e.platform for role, e in found.items()}
        shown = {role: e.words for role, e in found.items()}  # fresh lists: this duty's own
        if self._description and not self._sure(scores):
            rest = text
            for start, end, _ in reversed(hits):  # what the phrases left over
                rest = rest[:start] + " " + rest[end:]
            if self._grams is None:
                self._grams = Grams(description_units(self._catalogue))
            for role, weight, gram in self._grams.find(rest):
                scores[role] = scores.get(role, 0.0) + self._description * weight
                shown.setdefault(role, []).append(gram)
        if not scores:
            return Match(None, (), not_duty=not_duty)
        ranked = sorted(scores, key=lambda r: (-scores[r], self._rank[r]))
        top = tuple(Candidate(r, round(scores[r], 2), tuple(shown[r])) for r in ranked[:3])
        best = top[0]
        second = top[1].score if len(top) > 1 else 0.0
        evidence = found.get(best.role)
        heaviest = evidence.heaviest if evidence is not None else 0.0
        alone = len(best.words) < 2 and heaviest < self._settings.alone
        if not_duty or alone or best.score < self.threshold or best.score < self._margin * second:
            unsure = Match(None, (), candidates=top, not_duty=not_duty)
            if not split or not_duty:
                return unsure
            shares = self._split(text, hits)
            if not shares:
                return unsure
            known = {c.role for c in top}  # every role shared is among the candidates shown
            more = [Candidate(s.role, round(scores.get(s.role, 0.0), 2), s.words) for s in shares]
            top += tuple(c for c in more if c.role not in known)
            return unsure._replace(shares=shares, candidates=top)
        close = top[1].role if len(top) > 1 and second >= RUNNER_UP * best.score else None
        return Match(best.role, best.words, close, top)

    def _split(self, text: str, hits: list[Hit]) -> tuple[Share, ...]:
        """The roles the clauses of a duty no role wins name surely, where they are two or
        more and no clause is unsure; else none. A mark inside a phrase found (`hardware and
        software`) parts nothing, and a clause that names nothing counts for nothing."""
        if self._clauses is None:
            return ()
        cuts = [
            m.span()
            for m in self._clauses.finditer(text)
            if not any(s <= m.start() and m.end() <= e for s, e, _ in hits)
        ]
        if not cuts:
            return ()
        ends = [0, *(i for span in cuts for i in span), len(text)]
        shares: dict[str, list[str]] = {}
        for start, end in zip(ends[::2], ends[1::2], strict=True):
            found = self._match(text[start:end], split=False)
            if found.role is not None:
                words = shares.setdefault(found.role, [])
                words += [w for w in found.keywords if w not in words]
            elif found.not_duty or (
                found.candidates and found.candidates[0].score >= self.threshold / 2
            ):
                return ()  # a clause that names a role, but not surely
        if len(shares) < 2:
            return ()
        return tuple(Share(role, tuple(words)) for role, words in shares.items())

    def _sure(self, scores: dict[str, float]) -> bool:
        """Whether the phrases alone decide: the best reaches the threshold and the margin."""
        if not scores:
            return False
        best, second, *_ = [*sorted(scores.values(), reverse=True), 0.0]
        return best >= self.threshold and best >= self._margin * second


def found(match: Match) -> str | None:
    """The role a duty went to, `role+role` for one shared between roles, or None."""
    return "+".join(s.role for s in match.shares) if match.shares else match.role


def _inside(
    span: tuple[int, int], spans: list[tuple[int, int]], role: str | None, hits: list[Hit]
) -> bool:
    """Whether a gapped phrase's part lies inside a longer phrase found (negative context:
    客服团队 hides the team of 管理…团队), unless that phrase is the same role's and the gapped
    one reaches beyond it (上传商品 does not hide 上传…主图 in 上传商品主图)."""
    start, end = span
    first, last = spans[0][0], spans[-1][1]
    return any(
        s <= start
        and end <= e
        and e - s > end - start
        and (term.role != role or (s <= first and last <= e))
        for s, e, term in hits
    )


def _claims(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a phrase with gaps found at `spans` hides the phrase at start..end: one that
    lies within it and shares characters with one of its parts (上传…主图 hides 主图 and
    上传商品)."""
    if start < spans[0][0] or end > spans[-1][1]:
        return False
    return any(start < b and a < end for a, b in spans)


def _leads(catalogue: Catalogue) -> dict[str, set[str]]:
    """Each manager's role and the roles it leads (by family or id; never a manager)."""
    managers = {
        role.id: set(role.keywords.leads) for role in catalogue.roles if role.keywords.leads
    }
    out: dict[str, set[str]] = {}
    for manager, names in managers.items():
        led = {r.id for r in catalogue.roles if r.id in names or r.family in names}
        out[manager] = led - managers.keys()
    return out
