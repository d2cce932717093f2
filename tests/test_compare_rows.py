"""`opsplan compare` row by row (`opsplan.core.compare`), beyond tests/test_compare.py: a team
on either side, or on both, its covered roles counted in the entry that covers them (named as
the team names them), a part-timer's FTE, a role without a band, and a profile's optional
roles left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from opsplan import api
from opsplan.core.compare import profile_side
from opsplan.core.cost import rates

A = """name: A
company: {size: small}
people:
  - {name: P1, roles: [sem]}
  - {name: P2, roles: [seo]}
  - {name: P3, roles: [designer], capacity_hours: 13}
  - {name: P4, roles: [merchandiser]}
"""
B = """name: B
company: {size: small}
people:
  - {name: Q1, roles: [new-media]}
  - {name: Q2, roles: [sem]}
"""


@pytest.fixture
def teams(tmp_path: Path) -> tuple[str, str]:
    (tmp_path / "a.yaml").write_text(A, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(B, encoding="utf-8")
    return str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")


def typical() -> dict[str, float]:
    """Each role's typical monthly cost with on-costs, in currency units."""
    pay = api.load_plan_data(api.load_data()[0])[0]
    return {role: cents.typical / 100 for role, cents in rates(pay).items()}


def test_a_team_against_a_profile_either_way(teams: tuple[str, str]) -> None:
    a, _ = teams
    cost = typical()
    seo = round(cost["seo"] + cost["sem"], 2)  # P2 and P1, whose SEM the small SEO covers
    part = round(cost["designer"] * 13 / 40, 2)  # P3, 13 of 40 hours
    left = api.compare(a, "small")
    rows = [(r.role, r.name, r.left, r.right, r.change, r.left_cost) for r in left.roles]
    assert rows == [
        ("seo", "SEO specialist", 2.0, 1.0, None, seo),  # the team's name of the entry
        ("designer", "Web and graphic designer", 0.33, 1.0, None, part),
        ("new-media", "New-media operator", 0.0, 1.0, "added", 0.0),
        ("merchandiser", "Merchandiser (order follow-up)", 1.0, 0.0, "dropped", None),
    ]
    assert [r.right_cost for r in left.roles] == [
        cost["seo"],
        cost["designer"],
        cost["new-media"],
        0.0,
    ]
    assert [r.delta for r in left.roles] == [-1.0, round(1 - 13 / 40, 2), 1.0, -1.0]
    assert left.roles[0].delta_cost == round(cost["seo"] - seo, 2)
    assert left.roles[3].delta_cost is None
    assert (left.left.headcount, left.right.headcount) == (4, 3)
    assert left.cost is not None
    assert left.cost.left.typical == pytest.approx(seo + part, abs=0.01)
    assert left.cost.roles_without_pay == ["merchandiser"]
    right = api.compare("small", a)  # the same, mirrored, in the profile's order and names
    mirrored = [(r.role, r.right, r.left, r.right_cost, r.left_cost) for r in right.roles]
    assert mirrored == [(r.role, r.left, r.right, r.left_cost, r.right_cost) for r in left.roles]
    assert right.roles[0].name == "SEO and SEM (one person)"
    assert [r.change for r in right.roles] == [None, None, "dropped", "added"]


def test_a_covered_role_a_team_has_alone_is_named_as_the_team_names_it(
    teams: tuple[str, str],
) -> None:
    _, b = teams
    result = api.compare(b, "small")
    seo = next(r for r in result.roles if r.role == "seo")
    assert (seo.name, seo.left, seo.right) == ("SEM (paid search) specialist", 1.0, 1.0)
    assert "sem" not in {r.role for r in result.roles}


def test_two_teams_in_the_left_one_s_order(teams: tuple[str, str]) -> None:
    a, b = teams
    result = api.compare(a, b)
    rows = [(r.role, r.left, r.right, r.change) for r in result.roles]
    assert rows == [
        ("sem", 1.0, 1.0, None),  # no entry covers a role between two teams
        ("seo", 1.0, 0.0, "dropped"),
        ("designer", 0.33, 0.0, "dropped"),
        ("merchandiser", 1.0, 0.0, "dropped"),
        ("new-media", 0.0, 1.0, "added"),
    ]


def test_two_profiles_are_not_folded_into_each_other() -> None:
    # the small SEO covers SEM; the medium marketing department has an SEM of its own
    result = api.compare("small", "medium:marketing")
    roles = {r.role: r for r in result.roles}
    assert (roles["seo"].left, roles["seo"].right) == (1.0, 1.0)
    assert (roles["sem"].left, roles["sem"].right, roles["sem"].change) == (0.0, 1.0, "added")


def test_a_profile_side_leaves_out_the_optional_roles_wherever_they_are() -> None:
    result = api.recommend(size="large", marketing=True)
    optional = [r for r in result.roles if r.optional]
    required = [r for r in result.roles if not r.optional]
    assert optional
    first = result.model_copy(update={"roles": optional + required})
    pay = api.load_plan_data(api.load_data()[0])[0]
    side = profile_side("large", first, pay)
    assert list(side.rows) == [r.role for r in required]
    assert side.headcount == sum(r.recommended for r in required)
