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
from opsplan.core.workload import (
    Drivers,
    backing,
    check_overrides,
    demand_by_basis,
    driver_key,
    driver_values,
    duty_hours,
    productive_hours,
    role_demand,
)
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


@pytest.mark.parametrize("value", [0, 0.5, 1_000_000])
def test_driver_values_from_0_to_a_million_are_kept(value: float) -> None:
    assert check_overrides({"平台数": value}, NORMS) == {"platforms": value}


def test_bad_driver_values_say_why() -> None:
    with pytest.raises(UsageError) as error:
        check_overrides({"platforms": float("nan")}, NORMS)
    assert error.value.args[0].code == "set_not_finite"
    with pytest.raises(UsageError) as error:
        check_overrides({"platforms": "3"}, NORMS)  # type: ignore[dict-item]
    assert error.value.args[0].code == "set_not_finite"
    with pytest.raises(UsageError, match="the value must be from 0 to 1,000,000"):
        check_overrides({"platforms": 1_000_001}, NORMS)


def test_an_unknown_driver_far_from_any_lists_every_key() -> None:
    with pytest.raises(UsageError) as error:
        check_overrides({"zzz": 1}, NORMS)
    assert f"known: {', '.join(sorted(NORMS.drivers))} (" in str(error.value)


def test_a_blank_name_is_no_driver_even_without_chinese_names() -> None:
    plain = {k: d.model_copy(update={"name_zh": None}) for k, d in NORMS.drivers.items()}
    norms = NORMS.model_copy(update={"drivers": plain})
    assert driver_key(norms, " ") is None
    assert driver_key(norms, "xxxx") is None
    assert driver_key(norms, " Platforms ") == "platforms"
    assert driver_key(NORMS, "平台数") == "platforms"


def test_a_monthly_driver_counts_12_of_52_a_week() -> None:
    drivers = driver_values(NORMS, "medium", {"campaigns": 13})
    assert drivers.values["campaigns"] == 13
    assert drivers.per_week["campaigns"] == pytest.approx(3.0)
    assert drivers.per_week["platforms"] == 3.0  # weekly: as it is


def test_a_duty_multiplies_its_hours_by_its_drivers() -> None:
    designer = next(r for r in CATALOGUE.roles if r.id == "designer")
    per_design, flat = designer.duties  # 2 h a design, 4 h a week
    drivers = driver_values(NORMS, "small", {"designs": 10})
    assert (duty_hours(per_design, drivers), duty_hours(flat, drivers)) == (20.0, 4.0)
    assert duty_hours(per_design, Drivers({}, {})) == 0.0  # a driver not given counts 0


def test_demand_split_by_what_it_rests_on() -> None:
    editor = next(r for r in CATALOGUE.roles if r.id == "editor")
    drivers = driver_values(NORMS, "small", {})
    # 1.9 h an article, derived from cited figures; 0.5 h an article and 4 h a week, assumed
    assert [backing(d) for d in editor.duties] == ["benchmark", "assumption", "assumption"]
    assert demand_by_basis(editor.duties, drivers) == {
        "benchmark": pytest.approx(1.9 * 8),
        "assumption": pytest.approx(0.5 * 8 + 4),
        "unsourced": 0.0,
    }
    unsourced = [d.model_copy(update={"basis": None}) for d in editor.duties]
    assert [backing(d) for d in unsourced] == ["unsourced"] * len(unsourced)
    assert demand_by_basis(unsourced, drivers) == {
        "benchmark": 0.0,
        "assumption": 0.0,
        "unsourced": pytest.approx(role_demand(editor, drivers)),
    }


def test_productive_hours() -> None:
    assert productive_hours(NORMS) == 32.0  # 40 h at 80%
    assert productive_hours(NORMS, 20) == 16.0
