"""`opsplan plan`: the phases, the months, the budget and the costs; the core directly (with a
fixed start month: nothing reads a clock), properties over random companies and budgets, and
the command line with golden outputs in both languages."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from helpers import ROOT, check_golden, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsplan import api
from opsplan.core.phases import Want, _taken, allot, month_at, recruit_from, spread
from opsplan.errors import UsageError
from opsplan.models.data import SIZES
from opsplan.models.hiring import Hiring
from opsplan.models.plan import PlanResult
from opsplan.options import parse_amount

START = "2027-01"
FORMATS = ["table", "json", "csv", "markdown"]


def hiring(*phases: dict[str, object]) -> Hiring:
    return Hiring.model_validate(
        {"time_to_hire": {"default": {"days": 30}}, "phases": list(phases)}
    )


def want(role: str, target: int, have: float = 0.0, family: str = "tech") -> Want:
    return Want(role, role, role, family, target, have)


# ---------------------------------------------------------------- the phases, directly
def test_a_phase_spreads_its_hires_evenly_the_earlier_months_first() -> None:
    months = spread([("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 5), ("f", 3)], 5)
    assert [sum(n for _, n in m) for m in months] == [3, 2, 3, 2, 2]
    # a first person of every role before a second of any
    assert [r for r, _ in months[0] + months[1]] == ["a", "b", "c", "d", "e"]


def test_round_robin_counts() -> None:
    assert _taken([3, 1, 2], 0) == [0, 0, 0]
    assert _taken([3, 1, 2], 2) == [1, 1, 0]
    assert _taken([3, 1, 2], 4) == [2, 1, 1]
    assert _taken([3, 1, 2], 6) == [3, 1, 2]


@given(
    st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=12),
    st.integers(min_value=1, max_value=24),
)
def test_spread_hires_each_person_once(counts: list[int], months: int) -> None:
    hires = [(f"r{i}", n) for i, n in enumerate(counts)]
    out = spread(hires, months)
    assert len(out) == months
    for i, (role, n) in enumerate(hires):
        assert sum(k for m in out for r, k in m if r == role) == n, i
    sizes = [sum(k for _, k in m) for m in out]
    assert max(sizes) - min(sizes) <= 1  # evenly
    assert sizes[0] == max(sizes)  # the earlier months take the odd ones


def test_allot_takes_up_to_then_the_rest_phase_takes_what_is_left() -> None:
    phases = hiring(
        {"id": "p", "name": "P", "months": [1, 2], "roles": [{"role": "a", "up_to": 1}]},
        {"id": "b", "name": "B", "months": [3, 4], "roles": [{"role": "b"}]},
        {"id": "r", "name": "R", "months": [5, 6], "rest": True},
    )
    out, left = allot([want("a", 3), want("b", 2), want("c", 1)], phases)
    assert out == {"p": {"a": 1}, "b": {"b": 2}, "r": {"a": 2, "c": 1}}
    assert left == []


def test_roles_no_phase_names_go_to_the_last_phase() -> None:
    phases = hiring(
        {"id": "late", "name": "L", "months": [6, 9], "roles": [{"role": "b"}]},
        {"id": "early", "name": "E", "months": [1, 2], "roles": [{"role": "a"}]},
    )
    out, left = allot([want("a", 1), want("b", 1), want("c", 2)], phases)
    assert out == {"early": {"a": 1}, "late": {"b": 1, "c": 2}}
    assert left == ["c"]


def test_a_team_is_only_topped_up() -> None:
    assert want("a", 5, have=1.5).gap == 4  # 1.5 + 4 reaches 5
    assert want("a", 1, have=1.0).gap == 0
    assert want("a", 1, have=2.0).gap == 0  # nobody is let go


def test_months_and_recruiting_dates() -> None:
    assert month_at((2026, 11), 1) == (2026, 11)
    assert month_at((2026, 11), 3) == (2027, 1)
    assert month_at((2027, 1), 120) == (2036, 12)
    assert recruit_from((2027, 1), 30) == "2026-12-02"  # the example
    assert recruit_from((2027, 3), 45) == "2027-01-15"


# ---------------------------------------------------------------- the plan, through the api
def plan(**kwargs: object) -> PlanResult:
    args: dict[str, object] = {"size": "medium", "marketing": True, "start": START, **kwargs}
    return api.plan(**args)  # type: ignore[arg-type]


def test_the_default_plan_follows_the_seed() -> None:
    result = plan()
    assert [p.id for p in result.phases] == ["platform", "brand", "rest"]
    first = result.months[0]
    assert (first.month, first.phase) == ("2027-01", "platform")
    # technology first, the fewest people: one network technician in the platform phase
    assert [(h.role, h.count) for m in result.months[:2] for h in m.hires] == [("network-tech", 1)]
    assert first.hires[0].recruit_from == "2026-11-17"  # tech: 45 days before 2027-01-01
    assert result.months[-1].headcount == result.target.headcount == 13
    assert result.end == "2027-12"
    assert result.not_hired == []
    assert result.roles_without_pay == ["merchandiser"]
    assert result.at_least


def test_a_short_plan_says_what_is_left() -> None:
    result = plan(months=4)
    assert result.months[-1].headcount < result.target.headcount
    left = {(n.role, n.reason) for n in result.not_hired}
    assert ("network-promotion", "after_horizon") in left
    assert sum(n.count for n in result.not_hired) + result.months[-1].headcount == 13
    assert "plan_short" in [n.code for n in result.notes]


def test_a_budget_holds_every_month_and_what_does_not_fit_is_listed() -> None:
    result = plan(budget=50_000)
    assert all(m.cost.typical <= 50_000 for m in result.months)
    assert {n.reason for n in result.not_hired} == {"budget"}
    hired = sum(h.count for m in result.months for h in m.hires)
    assert hired + sum(n.count for n in result.not_hired) == 13


def test_a_budget_below_the_first_hire_is_an_error_not_an_empty_plan() -> None:
    with pytest.raises(UsageError) as caught:
        plan(budget=3000)
    assert "first hire" in str(caught.value)


def test_a_team_is_topped_up_and_costed(tmp_path: Path) -> None:
    result = plan(team=str(ROOT / "examples" / "small-team.yaml"), size=None, marketing=None)
    target = {r.role: r for r in result.target.roles}
    assert target["network-tech"].gap == 0  # Wu Gang is not hired again
    assert target["network-promotion"].have == 1.0
    assert target["network-promotion"].gap == 4
    assert result.target.team_headcount == 3
    # Wu Gang's own pay (9,000 with 35% on-costs), half of each of Sun Li's bands, He Jun's band
    assert result.months[0].cost.typical == pytest.approx(
        12150 + 3871.8 + 3460.72 + 7342.65, abs=0.02
    )


def test_phases_can_come_from_a_file_of_their_own(tmp_path: Path) -> None:
    path = tmp_path / "hiring.yaml"
    path.write_text(
        "time_to_hire: {default: {days: 10}}\n"
        "phases:\n  - {id: all, name: All at once, months: [1, 1], rest: true}\n",
        encoding="utf-8",
    )
    result = plan(hiring=str(path), months=2)
    assert result.months[0].headcount == 13
    assert result.months[0].hires[0].recruit_from == "2026-12-22"


# ---------------------------------------------------------------- properties
COMPANIES = st.tuples(
    st.sampled_from(SIZES),
    st.booleans(),
    st.dictionaries(
        st.sampled_from(["channels", "articles", "platforms", "employees", "orders"]),
        st.integers(min_value=0, max_value=400),
        max_size=3,
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(COMPANIES, st.integers(min_value=12, max_value=120))
def test_without_a_budget_the_plan_ends_with_what_recommend_recommends(
    company: tuple[str, bool, dict[str, int]], months: int
) -> None:
    size, marketing, drivers = company
    wanted = api.recommend(size=size, marketing=marketing, drivers=drivers)  # type: ignore[arg-type]
    result = plan(size=size, marketing=marketing, drivers=drivers, months=months)
    hired: dict[str, int] = {}
    for m in result.months:
        for h in m.hires:
            hired[h.role] = hired.get(h.role, 0) + h.count
    assert hired == {
        r.role: r.recommended for r in wanted.roles if not r.optional and r.recommended
    }
    assert result.months[-1].headcount == wanted.total.recommended
    assert result.not_hired == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(COMPANIES, st.integers(min_value=1, max_value=60), st.integers(10_000, 400_000))
def test_with_a_budget_no_month_goes_over_and_the_costs_add_up(
    company: tuple[str, bool, dict[str, int]], months: int, budget: int
) -> None:
    size, marketing, drivers = company
    try:
        result = plan(size=size, marketing=marketing, drivers=drivers, months=months, budget=budget)
    except UsageError:
        return  # a budget below the first hire (tested above)
    cumulative = 0.0
    for m in result.months:
        assert m.cost.typical <= budget
        assert m.cost.low <= m.cost.typical <= m.cost.high
        cumulative += m.cost.typical
        assert m.cumulative.typical == pytest.approx(cumulative, abs=0.01)
    costs = [m.cost.typical for m in result.months]
    assert result.totals.first_year.typical == pytest.approx(sum(costs[:12]), abs=0.01)
    assert result.totals.total.typical == pytest.approx(cumulative, abs=0.01)
    assert result.totals.run_rate.typical == costs[-1]
    assert result.totals.run_rate_yearly.typical == pytest.approx(costs[-1] * 12, abs=0.01)
    heads = [m.headcount for m in result.months]
    assert heads == sorted(heads)
    hired = sum(h.count for m in result.months for h in m.hires)
    assert hired + sum(n.count for n in result.not_hired) == sum(r.gap for r in result.target.roles)


@settings(max_examples=30, deadline=None)
@given(COMPANIES)
def test_a_month_costs_the_hires_so_far_at_their_bands(
    company: tuple[str, bool, dict[str, int]],
) -> None:
    from opsplan.core.cost import rates

    size, marketing, drivers = company
    result = plan(size=size, marketing=marketing, drivers=drivers)
    unit = rates(api.load_plan_data(api.load_data()[0])[0])
    so_far: dict[str, int] = {}
    for m in result.months:
        for h in m.hires:
            so_far[h.role] = so_far.get(h.role, 0) + h.count
        typical = sum(unit[r].typical * n for r, n in so_far.items() if r in unit) / 100
        assert m.cost.typical == pytest.approx(typical, abs=0.01)


# ---------------------------------------------------------------- the command line
@pytest.mark.parametrize("fmt", FORMATS)
def test_plan_golden(fmt: str) -> None:
    result = run(["plan", "-s", "medium", "--marketing", "--start", START, "-f", fmt])
    assert result.exit_code == 0, result.stderr
    check_golden(f"plan-medium-marketing.{fmt}", result.stdout)


def test_plan_golden_chinese() -> None:
    result = run(["plan", "-s", "中型", "--marketing", "--start", START, "--lang", "zh"])
    assert result.exit_code == 0, result.stderr
    check_golden("plan-medium-marketing-zh.table", result.stdout)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plan_from_a_team_with_a_budget_golden(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = ["plan", "--team", "examples/small-team.yaml", "--start", START, "--budget", "6万"]
    result = run([*args, "--lang", lang])
    assert result.exit_code == 0, result.stderr
    check_golden(f"plan-small-team-budget-{lang}.table", result.stdout)


def test_the_json_contract() -> None:
    data = json.loads(run(["plan", "-s", "medium", "--start", START, "-f", "json"]).stdout)
    assert data["schema_version"] == 1
    assert {"target", "months", "not_hired", "roles_without_pay", "notes"} <= set(data)
    month = data["months"][0]
    assert {"month", "phase", "hires", "headcount", "cost", "cumulative"} <= set(month)
    assert set(month["cost"]) == set(month["cumulative"]) == {"low", "typical", "high"}
    assert {"role", "count", "recruit_from"} <= set(month["hires"][0])
    assert all("text" in note for note in data["notes"])


def test_the_start_defaults_to_next_month() -> None:
    today = datetime.date.today()
    month = (today.year + today.month // 12, today.month % 12 + 1)
    data = json.loads(run(["plan", "-s", "small", "-f", "json"]).stdout)
    assert data["start"] == f"{month[0]:04d}-{month[1]:02d}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--months", "0"], "--months 0: a plan has 1 to 120 months"),
        (["--months", "121"], "--months 121: a plan has 1 to 120 months"),
        (["--months", "twelve"], "--months 'twelve': expected a whole number"),
        (["--start", "2027-13"], "--start '2027-13': expected a month as YYYY-MM"),
        (["--start", "next"], "--start 'next': expected a month as YYYY-MM"),
        (["--budget", "0"], "--budget 0: expected an amount above 0"),
        (["--budget", "-5000"], "--budget -5000: expected an amount above 0"),
        (["--budget", "lots"], "--budget 'lots': expected an amount"),
    ],
)
def test_bad_options_are_usage_errors(args: list[str], message: str) -> None:
    result = run(["plan", "-s", "small", "--start", START, *args])
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_the_size_or_a_team_is_needed() -> None:
    result = run(["plan", "--start", START])
    assert result.exit_code == 2
    assert "missing --size" in result.stderr


def test_chinese_forms_of_the_start_and_budget() -> None:
    one = run(["plan", "-s", "small", "--start", "2027年1月", "--budget", "8万", "-f", "json"])
    two = run(["plan", "-s", "small", "--start", "2027-01", "--budget", "80,000", "-f", "json"])
    assert one.exit_code == 0, one.stderr
    assert one.stdout == two.stdout


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("80000", 80_000),
        ("80,000", 80_000),
        ("80k", 80_000),
        ("8万", 80_000),
        ("8万元", 80_000),
        ("8w", 80_000),
        ("¥80000", 80_000),
        ("1.5万", 15_000),
        ("三千元", 3_000),
        ("八万", 80_000),
        ("八万五千", 85_000),
        ("一万二", 12_000),  # as people say it: 12,000, not 10,002
        ("十二万", 120_000),
        ("两万", 20_000),
        ("一百二十万", 1_200_000),
        ("一千零五十", 1_050),
        ("十万八千", 108_000),
    ],
)
def test_amounts_as_people_write_them(text: str, amount: float) -> None:
    assert parse_amount("--budget", text) == amount


@pytest.mark.parametrize("text", ["万", "八万x", "lots", "8万万", "零", "元"])
def test_not_amounts(text: str) -> None:
    with pytest.raises(UsageError) as error:
        parse_amount("--budget", text)
    assert "--budget" in str(error.value)


def test_chinese_numerals_and_company_words_on_the_command_line() -> None:
    base = ["plan", "--start", START, "-f", "json"]
    one = run([*base, "-s", "小型企业", "--budget", "八万元"])
    two = run([*base, "-s", "small", "--budget", "80000"])
    assert one.exit_code == 0, one.stderr
    assert one.stdout == two.stdout
