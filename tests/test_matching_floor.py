"""The labelled duty lines: the held-out part (never used for tuning) keeps its floor (issue
19 asked for at least 85% right and at most 5% wrong; the second round reached 90% and 2% on
203 lines, fresh batches included, the third 93% and 2% on 234, and the floor is that less a
few lines), and the set itself stays sound. A duty shared between roles counts as `seo+sem`,
right only when every role is acceptable, as bench/matching.py reads it. The blind set
(lines its tuner never saw, written by another engineer) keeps the figures measured when it
was written, less a small margin, so that tuning cannot make them worse unnoticed; so does the
second blind set (blind2.yaml: people's own words and job-posting wording, written after the
second round), per language and per style."""

from __future__ import annotations

from helpers import bench

from opsplan.api import load_data
from opsplan.core.matcher import TaskMatcher, found

BENCH = bench("matching")
LINES = BENCH.load()
CATALOGUE, _ = load_data()


def test_the_labelled_set_is_big_enough_in_all_three_scripts() -> None:
    texts = [text for text, _ in LINES]
    assert len(texts) >= 300
    assert len(set(texts)) == len(texts)
    english = [t for t in texts if t.isascii()]
    traditional = [t for t in texts if any(c in t for c in "網設計與營運資數據報務門")]
    assert len(english) >= 60
    assert len(traditional) >= 40
    ids = {r.id for r in CATALOGUE.roles}
    assert {r for _, roles in LINES for r in roles} <= ids


def test_the_held_out_part_is_a_fixed_quarter() -> None:
    held = [text for text, _ in LINES if BENCH.held_out(text)]
    assert 0.2 * len(LINES) <= len(held) <= 0.3 * len(LINES)
    assert BENCH.held_out("完成领导交办的其他任务") is False  # the rule is CRC-32, not order


def test_the_held_out_part_keeps_the_floor() -> None:
    matcher = TaskMatcher(CATALOGUE)
    held = [line for line in LINES if BENCH.held_out(line[0])]
    results = [BENCH.outcome(found(matcher.match(text)), roles) for text, roles in held]
    right, wrong = results.count("right") / len(held), results.count("wrong") / len(held)
    assert right >= 0.91, f"{right:.0%} right on the held-out part"
    assert wrong <= 0.03, f"{wrong:.0%} wrong on the held-out part"


BLIND = BENCH.load(BENCH.BLIND)

# What the blind set measured when it was written (right 164, wrong 18, unmatched 18 of 200;
# per language right / wrong: zh-Hans 104 / 15 of 130, zh-Hant 27 / 0 of 30, en 33 / 3 of 40),
# after the second round of issue 19 (right 181, wrong 1, unmatched 18; zh-Hans 116 / 1,
# zh-Hant 30 / 0, en 35 / 0) and after the third (right 184, wrong 2, unmatched 14; zh-Hans
# 117 / 2, zh-Hant 30 / 0, en 37 / 0): the floors are the last less a margin of about two lines
# a language. Raise a floor when the matcher does better; never lower one to let a change through.
BLIND_FLOORS = {  # rows: (lines, at least right, at most wrong)
    "overall": (200, 180, 4),
    "zh-Hans": (130, 115, 3),
    "zh-Hant": (30, 28, 1),
    "en": (40, 35, 2),
}


def test_the_blind_set_is_sound_and_in_all_three_scripts() -> None:
    texts = [text for text, _ in BLIND]
    assert len(set(texts)) == len(texts) == BLIND_FLOORS["overall"][0]
    languages = [BENCH.language(text) for text in texts]
    for language in ("zh-Hans", "zh-Hant", "en"):
        assert languages.count(language) == BLIND_FLOORS[language][0], language
    assert sum(1 for _, roles in BLIND if not roles) == 20  # boilerplate and requirements
    ids = {r.id for r in CATALOGUE.roles}
    assert {r for _, roles in BLIND for r in roles} <= ids


def test_the_blind_set_keeps_its_floor_overall_and_per_language() -> None:
    matcher = TaskMatcher(CATALOGUE)
    taken = {text: found(matcher.match(text)) for text, _ in BLIND}
    counts = BENCH.score(taken.__getitem__, BLIND, lambda text, _: BENCH.language(text))
    counts["overall"] = BENCH.total(counts)
    for row, (lines, right, wrong) in BLIND_FLOORS.items():
        got = counts[row]
        assert sum(got.values()) == lines, row
        assert got["right"] >= right, f"{row}: {got['right']} of {lines} right, floor {right}"
        assert got["wrong"] <= wrong, f"{row}: {got['wrong']} of {lines} wrong, ceiling {wrong}"


BLIND2 = BENCH.load(BENCH.BLIND2)
BLIND2_STYLE = BENCH.styles(BENCH.BLIND2)

# The second blind set (written by a third engineer after the second round, 150 lines in
# people's own words for an overload profile and 100 in job-posting style) measured, when it
# was written: right 200, wrong 9, unmatched 41 of 250; per language right / wrong: zh-Hans
# 131 / 9 of 170, zh-Hant 25 / 0 of 30, en 44 / 0 of 50; per style: own 108 / 6 of 150,
# posting 92 / 3 of 100. After the third round: right 233, wrong 5, unmatched 12; zh-Hans 156 / 4,
# zh-Hant 28 / 0, en 49 / 1; own 136 / 4, posting 97 / 1 (no longer quite blind: the third
# round's brief named patterns it had shown). The floors are that less two lines a row (two
# more wrong at most, where that is below the ceiling before).
# Raise a floor when the matcher does better; never lower one to let a change through.
BLIND2_FLOORS = {  # rows: (lines, at least right, at most wrong)
    "overall": (250, 231, 7),
    "zh-Hans": (170, 154, 6),
    "zh-Hant": (30, 26, 2),
    "en": (50, 47, 2),
    "own": (150, 134, 6),
    "posting": (100, 95, 3),
}


def test_the_second_blind_set_is_sound_in_both_styles_and_all_three_scripts() -> None:
    texts = [text for text, _ in BLIND2]
    assert len(set(texts)) == len(texts) == BLIND2_FLOORS["overall"][0]
    languages = [BENCH.language(text) for text in texts]
    for language in ("zh-Hans", "zh-Hant", "en"):
        assert languages.count(language) == BLIND2_FLOORS[language][0], language
    styles = [BLIND2_STYLE[text] for text in texts]
    for style in ("own", "posting"):
        assert styles.count(style) == BLIND2_FLOORS[style][0], style
    assert sum(1 for _, roles in BLIND2 if not roles) == 24  # chores, requirements, boilerplate
    ids = {r.id for r in CATALOGUE.roles}
    assert {r for _, roles in BLIND2 for r in roles} <= ids


def test_the_second_blind_set_keeps_its_floor_overall_per_language_and_per_style() -> None:
    matcher = TaskMatcher(CATALOGUE)
    taken = {text: found(matcher.match(text)) for text, _ in BLIND2}
    counts = BENCH.score(taken.__getitem__, BLIND2, lambda text, _: BENCH.language(text))
    counts |= BENCH.score(taken.__getitem__, BLIND2, lambda text, _: BLIND2_STYLE[text])
    counts["overall"] = BENCH.total(BENCH.score(taken.__getitem__, BLIND2))
    for row, (lines, right, wrong) in BLIND2_FLOORS.items():
        got = counts[row]
        assert sum(got.values()) == lines, row
        assert got["right"] >= right, f"{row}: {got['right']} of {lines} right, floor {right}"
        assert got["wrong"] <= wrong, f"{row}: {got['wrong']} of {lines} wrong, ceiling {wrong}"
