"""`opsplan plan` in detail (`opsplan.core.plan`), beyond tests/test_plan.py: the words of a
budget that cannot hold the first hire or the team, and what each month, phase, target row,
total and note of a plan says."""

from __future__ import annotations

import pytest
from helpers import ROOT, run

from opsplan import api
from opsplan.errors import UsageError
from opsplan.models.hiring import Hiring
from opsplan.models.people import Team

START = "2027-01"
SMALL_TEAM = str(ROOT / "examples" / "small-team.yaml")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"size": "medium", "marketing": True, "budget": 3000},
            "--budget 3,000: the first hire does not fit: Network technician costs 8,317 a month"
            " with on-costs; give a budget of at least 8,317",
        ),
        (
            {"team": SMALL_TEAM, "budget": 30_000},
            "--budget 30,000: the first hire does not fit: Network promotion specialist costs 7,343"
            " a month with on-costs, on top of the team's 26,825; give a budget of at least 34,168",
        ),
        (
            {"team": SMALL_TEAM, "budget": 20_000},
            "--budget 20,000: the team already costs 26,825 a month with on-costs (typical), over"
            " the budget",
        ),
    ],
)
def test_a_budget_too_small_says_by_how_much(options: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError) as caught:
        api.plan(start=START, **options)  # type: ignore[arg-type]
    assert str(caught.value) == message


def hiring(days: int) -> Hiring:
    """Two phases with a month between them; `days` to hire anyone."""
    return Hiring.model_validate(
        {
            "time_to_hire": {"default": {"days": days}},
            "phases": [
                {"id": "a", "name": "A", "months": [1, 2], "rest": True},
                {"id": "b", "name": "B", "months": [4, 5], "roles": [{"role": "designer"}]},
            ],
        }
    )


def test_each_month_is_named_by_its_phase_and_none_between_or_after() -> None:
    result = api.plan(start=START, size="small", hiring=hiring(0), months=7)
    assert [(m.month, m.phase) for m in result.months] == [
        ("2027-01", "a"),
        ("2027-02", "a"),
        ("2027-03", None),
        ("2027-04", "b"),
        ("2027-05", "b"),
        ("2027-06", None),
        ("2027-07", None),
    ]
    hires = [(m.index, h.role, h.count, h.recruit_from) for m in result.months for h in m.hires]
    assert hires == [
        (1, "seo", 1, "2027-01-01"),
        (2, "new-media", 1, "2027-02-01"),
        (4, "designer", 1, "2027-04-01"),
    ]


def test_recruiting_that_starts_on_the_plan_s_first_day_is_not_early() -> None:
    on_time = api.plan(start=START, size="small", hiring=hiring(0), months=7)
    assert [n.code for n in on_time.notes] == []
    early = api.plan(start=START, size="small", hiring=hiring(1), months=7)
    assert [(n.code, n.params) for n in early.notes] == [
        ("plan_recruit_early", {"n": 1, "start": "2027-01", "day": "2026-12-31"})
    ]


def team(*roles: str) -> Team:
    people = [{"name": f"P{i}", "roles": [r]} for i, r in enumerate(roles)]
    return Team.model_validate({"company": {"size": "small"}, "currency": "CNY", "people": people})


def test_a_team_that_has_everyone_has_nothing_to_hire() -> None:
    full = api.plan(start=START, team=team("seo", "designer", "new-media"), months=3)
    notes = [(n.code, n.params) for n in full.notes]
    assert notes[:2] == [("plan_from_team", {"n": 3}), ("plan_nothing_to_hire", {})]
    one_short = api.plan(start=START, team=team("seo", "designer"), months=3)
    assert "plan_nothing_to_hire" not in [n.code for n in one_short.notes]


def test_the_optional_roles_are_named_in_both_languages() -> None:
    result = api.plan(start=START, size="large", marketing=True)
    by_id = api.load_data()[0].by_id()
    ids = ["network-security", "it-asset-management", "tech-support", "data-analyst"]
    names = [{"en": by_id[r].name, "zh": by_id[r].name_zh} for r in ids]
    assert names[0] == {"en": "Network security officer", "zh": "网络安全专员"}
    optional = [n.params for n in result.notes if n.code == "plan_optional"]
    assert optional == [{"roles": names}]


def test_roles_no_phase_brings_in_are_named_in_a_note() -> None:
    only_b = hiring(0).model_copy(update={"phases": hiring(0).phases[1:]})
    result = api.plan(start=START, size="small", hiring=only_b, months=7)
    target = {t.role: {"en": t.name, "zh": t.name_zh} for t in result.target.roles}
    assert [(n.code, n.params) for n in result.notes] == [
        ("plan_leftover", {"roles": [target["seo"], target["new-media"]]})
    ]
    assert [m.index for m in result.months if m.hires] == [4, 5]  # all in the last phase


def test_a_budget_names_the_team_s_roles_it_cannot_price() -> None:
    result = api.plan(start=START, team=team("merchandiser", "designer"), months=3, budget=100_000)
    assert result.roles_without_pay == ["merchandiser"]
    unpriced = [n.params["roles"] for n in result.notes if n.code == "plan_budget_unpriced"]
    assert len(unpriced) == 1
    merchandiser = api.load_data()[0].by_id()["merchandiser"]
    assert unpriced == [[{"en": merchandiser.name, "zh": merchandiser.name_zh}]]


def test_who_a_short_plan_leaves_out_is_listed_from_the_month_they_were_due() -> None:
    short = api.plan(start=START, size="medium", marketing=True, months=4)
    full = api.plan(start=START, size="medium", marketing=True, months=12)
    due: dict[str, tuple[str, int]] = {}  # role -> first month after the 4th, people
    for m in full.months[4:]:
        for h in m.hires:
            month, count = due.get(h.role, (m.month, 0))
            due[h.role] = (month, count + h.count)
    pay = {r.role: r.pay for r in full.target.roles}
    rate = api.load_plan_data(api.load_data()[0])[0].on_cost + 1
    listed = {n.role: (n.month, n.count) for n in short.not_hired}
    assert listed == due
    for n in short.not_hired:
        assert n.reason == "after_horizon"
        band = pay[n.role]
        assert n.cost == (None if band is None else pytest.approx(band.typical * rate, abs=0.01))


def test_a_team_s_outsourced_people_without_pay_are_said_not_costed() -> None:
    people = [
        {"name": "A", "roles": ["seo"], "outsourced": True},
        {"name": "B", "roles": ["designer"], "outsourced": True},
        {"name": "C", "roles": ["designer"], "outsourced": True, "pay": 100},
    ]
    outsourced = Team.model_validate(
        {"company": {"size": "small"}, "currency": "CNY", "people": people}
    )
    result = api.plan(start=START, team=outsourced, months=3)
    notes = [(n.code, n.params) for n in result.notes]
    assert notes[0] == ("plan_from_team", {"n": 3})
    assert [note for note in notes if note[0] == "cost_not_costed"] == [
        ("cost_not_costed", {"n": 2})
    ]


def test_a_budget_the_team_just_fits_is_no_error() -> None:
    full = team("seo", "designer", "new-media")
    cost = api.plan(start=START, team=full, months=3).months[0].cost.typical
    result = api.plan(start=START, team=full, months=3, budget=cost)
    assert [m.cost.typical for m in result.months] == [cost] * 3


def test_the_target_counts_the_hires_of_the_plan_s_last_month_too() -> None:
    for months in (4, 5, 7):
        result = api.plan(start=START, size="medium", marketing=True, months=months)
        hired: dict[str, int] = {}
        for m in result.months:
            for h in m.hires:
                hired[h.role] = hired.get(h.role, 0) + h.count
        assert {t.role: t.hired for t in result.target.roles if t.hired} == hired, months
        assert result.months[-1].hires, months  # the last month hires someone


def test_the_roles_without_pay_are_the_team_s_and_the_hires_alike() -> None:
    pay = api.load_plan_data(api.load_data()[0])[0]
    no_coo = pay.model_copy(update={"pay": {k: v for k, v in pay.pay.items() if k != "coo"}})
    coo = Team.model_validate(
        {
            "company": {"size": "medium", "marketing": True},
            "currency": "CNY",
            "people": [{"name": "A", "roles": ["coo"]}],
        }
    )
    result = api.plan(start=START, team=coo, pay=no_coo)
    assert result.roles_without_pay == ["coo", "merchandiser"]
    assert result.at_least


def test_the_sources_are_those_of_the_bands_the_plan_and_the_team_use() -> None:
    pay = api.load_plan_data(api.load_data()[0])[0]
    bands = {k: v for k, v in pay.pay.items() if k != "designer"}  # a target role, no band
    analyst = bands["data-analyst"].model_copy(update={"source": "team-only"})
    bands["data-analyst"] = analyst  # the team's role, not the target's
    bands["merchandiser"] = bands["merchandiser"].model_copy(update={"source": "no-figure"})
    mine = pay.model_copy(update={"pay": bands})
    people = [{"name": "A", "roles": ["data-analyst"]}]
    company = {"size": "medium", "marketing": True}
    analysts = Team.model_validate({"company": company, "currency": "CNY", "people": people})
    result = api.plan(start=START, team=analysts, pay=mine)
    ids = [s.id for s in result.sources]
    assert "team-only" in ids  # though no hire is a data analyst
    assert "no-figure" not in ids  # a band without figures is no source of any cost
    assert "data-analyst" not in {t.role for t in result.target.roles}
    assert "merchandiser" in {t.role for t in result.target.roles}
    assert result.roles_without_pay == ["designer", "merchandiser"]


def test_a_part_timer_is_shown_as_the_fte_they_staff() -> None:
    people = [{"name": "A", "roles": ["designer"], "capacity_hours": 13}]
    part = Team.model_validate({"company": {"size": "small"}, "currency": "CNY", "people": people})
    result = api.plan(start=START, team=part, months=3)
    designer = next(t for t in result.target.roles if t.role == "designer")
    assert (designer.have, designer.gap) == (round(13 / 40, 2), 1)


def test_a_budget_too_small_names_the_role_in_chinese_too() -> None:
    args = ["plan", "-s", "medium", "--marketing", "--start", START, "--budget", "3000"]
    result = run([*args, "--lang", "zh"])
    assert result.exit_code == 2
    assert "网络管理员" in result.stderr
    assert "8,317" in result.stderr
    assert "Network technician" not in result.stderr


def test_a_month_the_budget_lets_only_some_hires_into_lists_the_rest() -> None:
    result = api.plan(start=START, size="medium", marketing=True, budget=70_000)
    june = next(m for m in result.months if m.month == "2027-06")
    assert [(h.role, h.count) for h in june.hires] == [("network-promotion", 1)]
    listed = [(n.role, n.count, n.month, n.reason) for n in result.not_hired]
    assert listed == [("network-promotion", 3, "2027-06", "budget")]  # 1 in June, 2 in July
    assert sum(h.count for m in result.months for h in m.hires) == 10


def test_a_team_s_greater_need_by_a_fraction_is_hired_first() -> None:
    phases = Hiring.model_validate(
        {
            "time_to_hire": {"default": {"days": 0}},
            "phases": [
                {"id": "p", "name": "P", "months": [1, 1], "roles": [
                    {"role": "designer"}, {"role": "network-promotion"}]},
                {"id": "r", "name": "R", "months": [2, 2], "rest": True},
            ],
        }
    )  # fmt: skip
    promoters: list[dict[str, object]] = [
        {"name": f"N{i}", "roles": ["network-promotion"]} for i in range(3)
    ]
    promoters.append({"name": "N3", "roles": ["network-promotion"], "capacity_hours": 24})
    company = {"size": "medium", "marketing": True}
    three_and_a_half = Team.model_validate(
        {"company": company, "currency": "CNY", "people": promoters}
    )
    result = api.plan(start=START, team=three_and_a_half, hiring=phases, months=2)
    # promotion needs 5 - 3.6 = 1.4 people, the designer 1: promotion first, though the file
    # lists the designer first
    assert [(h.role, h.count) for h in result.months[0].hires] == [
        ("network-promotion", 2),
        ("designer", 1),
    ]
