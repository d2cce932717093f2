"""What a recommended department and a real team cost, row by row (`opsplan.core.cost`), with
a pay file of the user's that leaves roles without a band: each row's band, kind, source and
monthly cost, the optional roles apart, own pay, outsourced people and open positions."""

from __future__ import annotations

from typing import Any

import pytest

from opsplan import api
from opsplan.core.cost import Cents, recommendation_cost, team_parts
from opsplan.models.cost import Amount, RoleCost
from opsplan.models.costed import CostedRecommendation, CostedTeamReport
from opsplan.models.pay import PayTable
from opsplan.models.people import Team

SOURCES = [{"id": i, "title": i.upper(), "language": "en", "contributes": "c"} for i in "st"]
PAY = PayTable.model_validate(
    {
        "currency": "CNY",
        "on_cost": 0.5,  # no on_cost_source: the sources are the bands' only
        "sources": SOURCES,
        "pay": {
            "designer": {"low": 1000, "typical": 2000, "high": 4000, "source": "s"},
            "network-tech": {"kind": "proxy", "low": 2000, "typical": 3000, "high": 5000,
                             "source": "s", "job": "j"},
            "tech-support": {"low": 2000, "typical": 2000, "high": 2000, "source": "s"},
            "network-security": {"low": 1000, "typical": 1000, "high": 1000, "source": "s"},
            "editor": {"kind": "none", "source": "t", "basis": "b"},  # cited by no total
        },
    }
)  # fmt: skip


def amount(low: float, typical: float, high: float) -> Amount:
    return Amount(low=low, typical=typical, high=high)


def row(rows: list[RoleCost], role: str) -> RoleCost:
    return next(r for r in rows if r.role == role)


def test_an_amount_not_given_is_zero() -> None:
    assert Cents() == Cents(0, 0, 0)
    assert Cents(5) == Cents(5, 0, 0)
    assert Cents(5, 6) == Cents(5, 6, 0)


# ---------------------------------------------------------------- a recommendation
def test_each_row_shows_its_band_and_a_role_without_one_is_no_zero() -> None:
    result = api.recommend(size="large", marketing=True, pay=PAY)
    assert isinstance(result, CostedRecommendation)
    cost = result.cost
    designer = row(cost.roles, "designer")
    assert (designer.kind, designer.pay, designer.source) == (
        "cited",
        amount(1000, 2000, 4000),
        "s",
    )
    assert designer.monthly == amount(*(designer.people * 1.5 * v for v in (1000, 2000, 4000)))
    tech = row(cost.roles, "network-tech")
    assert (tech.kind, tech.pay, tech.source) == ("proxy", amount(2000, 3000, 5000), "s")
    editor = row(cost.roles, "editor")  # a band of kind none: no figure, its source kept
    assert (editor.kind, editor.pay, editor.monthly, editor.source) == ("none", None, None, "t")
    seo = row(cost.roles, "seo")  # no band at all
    assert (seo.kind, seo.pay, seo.monthly, seo.source) == ("none", None, None, None)
    required = [r for r in result.roles if not r.optional]
    priced = [r.role for r in required if r.role in ("designer", "network-tech")]
    assert cost.roles_without_pay == [r.role for r in required if r.role not in priced]
    assert cost.at_least
    assert (
        cost.monthly.typical
        == designer.monthly.typical + row(cost.roles, "network-tech").people * 4500
    )
    assert [s.id for s in cost.sources] == ["s"]  # not the none band's, nor an on-cost source


def test_the_optional_roles_are_costed_apart() -> None:
    result = api.recommend(size="large", marketing=True, pay=PAY)
    assert isinstance(result, CostedRecommendation)
    optional = [r.role for r in result.roles if r.optional]
    assert {"network-security", "tech-support"} <= set(optional)
    # network-security (1 at 1,000 with 50% on-costs) and tech-support (1 at 2,000); the
    # others have no band and add nothing; none of them is in the total or said missing
    people = {r.role: r.recommended for r in result.roles}
    one = people["network-security"] * 1500 + people["tech-support"] * 3000
    assert result.cost.optional == amount(one, one, one)
    assert not set(optional) & set(result.cost.roles_without_pay)
    plain = api.recommend(size="medium", marketing=True, pay=PAY)
    assert isinstance(plain, CostedRecommendation)
    assert plain.cost.optional is None  # no optional role: no optional cost, not a zero


def test_a_role_nobody_is_recommended_for_is_not_a_role_without_pay() -> None:
    result = api.recommend(size="small", marketing=False)
    zero = result.model_copy(
        update={"roles": [r.model_copy(update={"recommended": 0}) for r in result.roles]}
    )
    empty = PAY.model_copy(update={"pay": {}})
    cost = recommendation_cost(zero, empty)
    assert cost.roles_without_pay == []
    assert not cost.at_least
    assert cost.monthly == amount(0, 0, 0)


# ---------------------------------------------------------------- a team
def person(name: str, roles: Any, **more: Any) -> dict[str, Any]:
    return {"name": name, "roles": roles, **more}


TEAM = Team.model_validate(
    {
        "company": {"size": "small"},
        "currency": "CNY",
        "people": [
            person("H", ["designer"], vacancy=True),  # an open position, first: not costed
            person("A", ["designer"]),  # at the designer band
            person("B", ["designer"], pay=3000),  # own pay, in the same role as A
            person("C", {"seo": 0.5, "sem": 0.5}, pay=4000),  # own pay, split
            person("D", ["network-tech"], pay=2000),
            person("E", ["network-tech"], pay=2000),
            person("F", ["editor"], outsourced=True),  # not costed
            person("G", ["editor"], outsourced=True),  # not costed
            person("I", ["tech-support"], capacity_hours=13),  # 0.325 FTE at the band
            person("J", ["copywriter"]),  # no band
            person("K", ["copywriter"], pay=1000),  # own pay for a role without a band
        ],
    }
)


def test_a_team_costs_each_person_once_by_band_or_own_pay() -> None:
    report = api.team(team=TEAM, pay=PAY)
    assert isinstance(report, CostedTeamReport)
    cost = report.cost
    rows = {r.role: r for r in cost.roles}
    designer = rows["designer"]  # A at the band, B's own pay with on-costs; H not at all
    assert designer.people == 2
    assert designer.monthly == amount(1500 + 4500, 3000 + 4500, 6000 + 4500)
    assert designer.kind == "own"
    seo = rows["seo"]  # C's 4,000 with on-costs, half to seo and half to sem, which it covers
    assert seo.monthly == amount(6000, 6000, 6000)
    assert (seo.people, seo.kind, seo.pay, seo.source) == (1, "own", None, None)
    tech = rows["network-tech"]  # D and E's own pay
    assert tech.monthly == amount(6000, 6000, 6000)
    assert (tech.people, tech.kind) == (2, "own")
    assert (rows["editor"].people, rows["editor"].monthly) == (2, amount(0, 0, 0))
    assert rows["editor"].kind == "none"
    support = rows["tech-support"]  # a part-timer: 13 of 40 hours
    assert support.people == round(13 / 40, 2)
    assert support.monthly == amount(*[13 / 40 * 3000] * 3)
    assert support.kind == "cited"
    copywriter = rows["copywriter"]  # K's own pay, and J without a band: at least
    assert copywriter.monthly == amount(1500, 1500, 1500)
    assert copywriter.kind == "own"
    new_media = rows["new-media"]  # the norm's role nobody staffs: nothing, not unknown
    assert (new_media.people, new_media.monthly, new_media.kind) == (0, amount(0, 0, 0), "none")
    assert cost.roles_without_pay == ["copywriter"]
    assert cost.at_least
    assert (cost.own_pay, cost.not_costed) == (5, 2)
    assert cost.monthly.typical == pytest.approx(3000 + 4500 + 6000 + 6000 + 975 + 1500)


def test_a_role_without_a_band_and_nobody_costed_in_it_has_no_cost() -> None:
    team = TEAM.model_copy(update={"people": [p for p in TEAM.people if p.name != "K"]})
    report = api.team(team=team, pay=PAY)
    assert isinstance(report, CostedTeamReport)
    copywriter = next(r for r in report.cost.roles if r.role == "copywriter")
    assert copywriter.monthly is None
    assert report.cost.roles_without_pay == ["copywriter"]


def test_without_pay_a_team_s_parts_are_its_fte_only() -> None:
    catalogue, norms = api.load_data()
    team = Team.model_validate(
        {
            "company": {"size": "small"},
            "people": [
                person("V", ["seo"], vacancy=True),
                person("A", {"designer": 0.5, "美工": 0.5}),  # two names of one role
                person("B", ["designer", "no such role"]),
                person("C", ["seo"], pay=1000),
                person("D", ["seo"], outsourced=True),
            ],
        }
    )
    parts = team_parts(team, catalogue, norms, None)
    assert dict(parts.fte) == {"designer": 1.5, "seo": 2.0}
    assert (parts.cost, parts.missing, parts.own_pay, parts.not_costed) == ({}, [], 0, 0)
    assert parts.headcount == 4
    costed = team_parts(team, catalogue, norms, PAY)
    assert dict(costed.fte) == dict(parts.fte)
    assert costed.cost["designer"].typical == 1.5 * 3000 * 100
    assert (costed.missing, costed.own_pay, costed.not_costed) == ([], 1, 1)
