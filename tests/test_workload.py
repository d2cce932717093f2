"""Properties of the workload model and the recommendation (hypothesis)."""

from __future__ import annotations

import math
import re

import pytest
from helpers import examples
from hypothesis import example, given, settings
from hypothesis import strategies as st

from opsplan.api import load_data
from opsplan.core.recommend import recommend
from opsplan.core.workload import check_overrides, driver_values, productive_hours, role_demand
from opsplan.errors import UsageError
from opsplan.models.data import SIZES, Size
from opsplan.options import parse_sets

CATALOGUE, NORMS = load_data()
DRIVERS = sorted(NORMS.drivers)
values = st.floats(min_value=0, max_value=10_000, allow_nan=False, allow_infinity=False)
driver_sets = st.dictionaries(st.sampled_from(DRIVERS), values)


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(SIZES), st.booleans(), driver_sets)
@example("small", True, {"ad_accounts": 2.0039})  # at a whole person: the shown hours round
@example("small", False, {"ad_accounts": 2.0039})
def test_recommendation_always_within_the_norm(
    size: Size, marketing: bool, sets: dict[str, float]
) -> None:
    result = recommend(CATALOGUE, NORMS, size, marketing, sets)
    per_person = productive_hours(NORMS)
    for row in result.roles:
        assert row.min <= row.recommended <= row.max
        # from the unrounded FTE, as core decides (demand_hours is rounded to 0.1 for people)
        assert row.implied_raw == pytest.approx(row.demand_hours / per_person, abs=0.01)
        implied = math.ceil(round(row.implied_raw, 9))
        assert (row.outside is None) == (row.min <= implied <= row.max) or row.demand_hours == 0
    assert result.total.recommended == sum(r.recommended for r in result.roles if not r.optional)


@settings(max_examples=examples(200), deadline=None)
@given(driver_sets, st.sampled_from(DRIVERS), st.floats(min_value=0, max_value=100))
def test_demand_never_falls_when_a_driver_grows(
    sets: dict[str, float], name: str, more: float
) -> None:
    before = driver_values(NORMS, "medium", sets)
    grown = driver_values(NORMS, "medium", {**sets, name: before.values[name] + more})
    for role in CATALOGUE.roles:
        assert role_demand(role, grown) >= role_demand(role, before) - 1e-9


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(SIZES), st.booleans(), driver_sets)
def test_fte_matches_demand(size: Size, marketing: bool, sets: dict[str, float]) -> None:
    result = recommend(CATALOGUE, NORMS, size, marketing, sets, fte=True)
    for row in result.roles:
        assert row.recommended == pytest.approx(
            row.demand_hours / productive_hours(NORMS), abs=0.06
        )


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("employees", "expected NAME=VALUE"),
        ("=3", "expected NAME=VALUE"),
        ("employes=3", "unknown driver 'employes' (did you mean 'employees'?)"),
        ("zzz=3", "unknown driver 'zzz'; known: ad_accounts"),
        ("employees=many", "'many' is not a number"),
        ("employees=-1", "must be a finite number >= 0"),
        ("employees=.nan", "must be a finite number >= 0"),
        # YAML 1.2's numbers, as in the data files: these are text
        ("employees=nan", "'nan' is not a number"),
        ("employees=4_0", "'4_0' is not a number"),
        ("employees=\uff11\uff10", "'\uff11\uff10' is not a number"),  # full-width 10
    ],
)
def test_bad_sets_are_usage_errors(item: str, message: str) -> None:
    with pytest.raises(UsageError, match=re.escape(message)):
        check_overrides(parse_sets([item]), NORMS)


@pytest.mark.parametrize("value", [1e308, 1_000_001.0, float("inf")])
def test_driver_values_are_bounded(value: float) -> None:
    with pytest.raises(UsageError, match="driver 'platforms'"):
        check_overrides({"platforms": value}, NORMS)


def test_sets_parse() -> None:
    assert parse_sets(["employees=300", " platforms = 7 "]) == {
        "employees": 300,
        "platforms": 7,
    }
