"""The labelled duty lines: the held-out part (never used for tuning) keeps the floor of
issue 19 (at least 85% right, at most 5% wrong), and the set itself stays sound."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from helpers import ROOT

from opsplan.api import load_data
from opsplan.core.matcher import TaskMatcher


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_matching", ROOT / "bench" / "matching.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
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
    results = [BENCH.outcome(matcher.match(text).role, roles) for text, roles in held]
    right, wrong = results.count("right") / len(held), results.count("wrong") / len(held)
    assert right >= 0.85, f"{right:.0%} right on the held-out part"
    assert wrong <= 0.05, f"{wrong:.0%} wrong on the held-out part"
