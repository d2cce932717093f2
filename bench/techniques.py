"""The matching techniques bench/matching.py measures: opsplan's, and the alternatives.

Each maker takes a catalogue and returns `match(text) -> role id or None`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from opsplan.models.data import Catalogue

Matcher = Callable[[str], "str | None"]


def opsplan_matcher(catalogue: Catalogue) -> Matcher:
    """The matcher opsplan ships; a duty shared between roles is `role+role`."""
    from opsplan.core.matcher import TaskMatcher, found

    matcher = TaskMatcher(catalogue)
    return lambda text: found(matcher.match(text))


TECHNIQUES: dict[str, Callable[[Catalogue], Matcher]] = {"opsplan": opsplan_matcher}


def _with(**changes: float) -> Callable[[Catalogue], Matcher]:
    """opsplan's matcher with some `matching:` settings changed."""

    def make(catalogue: Catalogue) -> Matcher:
        settings = catalogue.matching.model_copy(update=changes)
        return opsplan_matcher(catalogue.model_copy(update={"matching": settings}))

    return make


def bm25_matcher(catalogue: Catalogue) -> Matcher:
    """Our own BM25 over each role's whole text (names, summary, duties and every phrase) as
    character bigrams and English words; the best role when it scores at least 3 and leads
    the second by 1.5x."""
    import math
    import re

    from opsplan.core.hanzi import fold

    def units(text: str) -> list[str]:
        text = fold(text)
        out = re.findall(r"[a-z0-9]+", text)
        for run in re.findall(r"[\u3400-\u9fff]+", text):
            out += [run[i : i + 2] for i in range(len(run) - 1)] or [run]
        return out

    docs: dict[str, list[str]] = {}
    for role in catalogue.roles:
        k = role.keywords
        texts = [role.name, role.name_zh, role.summary, role.summary_zh or ""]
        texts += [d.name for d in role.duties] + [d.name_zh or "" for d in role.duties]
        texts += [*k.strong, *k.en, *k.zh, *k.weak]
        docs[role.id] = units(" ".join(texts))
    n = len(docs)
    avg = sum(len(d) for d in docs.values()) / n
    df: dict[str, int] = {}
    for d in docs.values():
        for u in set(d):
            df[u] = df.get(u, 0) + 1
    tf = {r: {u: d.count(u) for u in set(d)} for r, d in docs.items()}

    def match(text: str) -> str | None:
        query = set(units(text))
        scores = {}
        for r, d in docs.items():
            s = 0.0
            for u in query:
                f = tf[r].get(u, 0)
                if f:
                    idf = math.log(1 + (n - df[u] + 0.5) / (df[u] + 0.5))
                    s += idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * len(d) / avg))
            if s:
                scores[r] = s
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3:
            return None
        if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
            return None
        return ranked[0][0]

    return match


def _converter(name: str) -> Callable[[Catalogue], Matcher]:
    """opsplan's matcher with the text converted by OpenCC or zhconv instead of our table."""

    def make(catalogue: Catalogue) -> Matcher:
        if name == "opencc":
            convert = importlib.import_module("opencc").OpenCC("t2s").convert
        else:
            zhconv = importlib.import_module("zhconv")

            def convert(text: str) -> str:
                return str(zhconv.convert(text, "zh-hans"))

        inner = opsplan_matcher(catalogue)
        return lambda text: inner(convert(text))

    return make


TECHNIQUES.update(
    {
        "phrases only": _with(description=0.0),
        "description only": _with(strong=0.0, normal=0.0, weak=0.0, description=1.0),
        "bm25 (own)": bm25_matcher,
        "opencc": _converter("opencc"),
        "zhconv": _converter("zhconv"),
    }
)

for _margin in (1.2, 1.3, 1.4):
    TECHNIQUES[f"margin {_margin}"] = _with(margin=_margin)
for _threshold in (0.8, 1.5):
    TECHNIQUES[f"threshold {_threshold}"] = _with(threshold=_threshold)
TECHNIQUES["no description, margin 1.3"] = _with(description=0.0, margin=1.3)
