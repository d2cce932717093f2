"""`opsplan team`: per role, per person, single points of failure, bus factor, hiring order."""

from __future__ import annotations

import itertools
import json
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, check_golden, examples, run
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from opsplan.api import load_data
from opsplan.core.team import analyse
from opsplan.models.people import Team
from opsplan.models.team import TeamReport

CATALOGUE, NORMS = load_data()
EXAMPLE = ROOT / "examples" / "team.yaml"
ROSTER = ROOT / "examples" / "roster.csv"


def report_of(data: dict[str, Any]) -> TeamReport:
    return analyse(Team.model_validate(data), CATALOGUE, NORMS)


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_team_golden(fmt: str) -> None:
    result = run(["team", str(EXAMPLE), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    check_golden(f"team.{fmt}", result.stdout)


def test_team_golden_chinese() -> None:
    result = run(["team", str(EXAMPLE), "--lang", "zh"])
    assert result.exit_code == 0, result.stderr
    check_golden("team-zh.table", result.stdout)


def test_json_has_the_documented_keys() -> None:
    data = json.loads(run(["team", str(EXAMPLE), "-f", "json"]).stdout)
    keys = {"schema_version", "roles", "people", "single_points_of_failure", "bus_factor"}
    assert keys | {"hiring_order"} <= set(data)


def test_the_example_team_by_hand() -> None:
    report = report_of(
        {
            "company": {"size": "medium", "marketing": True},
            "people": [
                {"name": "Li Na", "roles": ["seo", "sem"]},
                {
                    "name": "Zhao",
                    "roles": {"designer": 0.7, "copywriter": 0.3},
                    "capacity_hours": 30,
                },
                {"name": "Agency X", "roles": ["sem"], "outsourced": True},
                {"name": "Open req", "roles": ["new-media"], "vacancy": True},
            ],
        }
    )
    rows = {r.role: r for r in report.roles}
    # Zhao gives 0.7 x 30 h = 21 h of a 40 h week to design: 0.525 FTE
    assert rows["designer"].staffed_fte == 0.53
    assert rows["copywriter"].staffed_fte == 0.23
    # SEM: Li Na's half week (0.5) and the agency's full week (1)
    assert rows["sem"].staffed_fte == 1.5
    assert rows["sem"].status == "in_range"
    assert rows["seo"].status == "under"
    assert rows["merchandiser"].status == "missing"
    assert rows["new-media"].staffed_fte == 0
    assert rows["new-media"].planned_fte == 1
    assert (report.headcount, report.vacancies) == (3, 1)
    assert report.bus_factor == 0  # merchandiser: nobody
    people = {p.name: p for p in report.people}
    # SEO demand at a medium company is 14 h; Li Na is its only cover: all of it, 14 h
    assert {r.role: r.hours for r in people["Li Na"].roles}["seo"] == 14
    # SEM demand (18 h) is shared by time given: Li Na 20 h, the agency 40 h -> 6 h and 12 h
    assert {r.role: r.hours for r in people["Li Na"].roles}["sem"] == 6
    assert people["Agency X"].hours == 12
    assert people["Li Na"].load == 0.5  # (14 + 6) / 40
    kinds = {(p.kind, p.role, p.person) for p in report.single_points_of_failure}
    assert ("one_person", "seo", "Li Na") in kinds
    assert ("sole_cover", None, "Zhao") in kinds
    assert not any(k == "outsiders_only" for k, _, _ in kinds)  # Li Na covers SEM too


def test_outsiders_only_and_flags() -> None:
    report = report_of(
        {
            "company": {"size": "small", "marketing": False},
            "people": [
                {"name": "A", "roles": ["seo"]},
                {"name": "B", "roles": ["designer"], "outsourced": True},
                {"name": "C", "roles": ["new-media"], "capacity_hours": 10},
            ],
        }
    )
    assert any(
        p.kind == "outsiders_only" and p.role == "designer" for p in report.single_points_of_failure
    )
    c = next(p for p in report.people if p.name == "C")
    assert c.load > 1
    assert c.flag == "over"
    assert report.bus_factor == 1


def test_hiring_order_fills_missing_then_under_then_overloaded() -> None:
    report = report_of(
        {
            "company": {"size": "medium", "marketing": False},
            "people": [{"name": "All", "roles": ["seo", "editor", "designer"]}],
        }
    )
    reasons = [h.reason for h in report.hiring_order]
    assert reasons[: reasons.count("missing")] == ["missing"] * reasons.count("missing")
    assert set(reasons[: reasons.count("missing")]) == {"missing"}
    first_other = reasons.count("missing")
    assert all(r != "missing" for r in reasons[first_other:])
    assert report.hiring_order[-1].uncovered == []
    heads = [h.headcount for h in report.hiring_order]
    assert heads == list(range(2, 2 + len(heads)))


def brute_force_bus_factor(team: dict[str, Any]) -> int:
    """The fewest people whose absence leaves a required role of the norm uncovered (a role or
    one it covers), by trying every set of people in order of size: computed from the norms
    file and the team alone, without core."""
    company = team["company"]
    norm = NORMS.norm(company["size"], company["marketing"])
    assert norm is not None
    required = [{e.role, *e.covers} for e in norm.roles if not e.optional]
    active = [set(p["roles"]) for p in team["people"] if not p.get("vacancy")]
    for size in range(len(active) + 1):
        for gone in itertools.combinations(range(len(active)), size):
            left = [roles for i, roles in enumerate(active) if i not in gone]
            if any(not any(group & roles for roles in left) for group in required):
                return size
    return len(active)


ALL_ROLES = [r.id for r in CATALOGUE.roles]
IN_NORMS = sorted({r for n in NORMS.norms for e in n.roles for r in (e.role, *e.covers)})
# optional in a norm, or covered by another role: where a wrong bus factor hides
SPECIAL = sorted(
    {r for n in NORMS.norms for e in n.roles for r in (*e.covers, *[e.role] * e.optional)}
)
SIZES = ["small", "medium", "large"]


def _chunks(roles: list[str], size: int) -> list[list[str]]:
    return [roles[i : i + size] for i in range(0, len(roles), size)]


# A team of layers: each layer shares out every role of the catalogue among a few people, so
# each layer alone covers every norm (optional roles too); holes take roles out of the first
# layer (among the roles that norms name), absent roles out of every layer (the optional and
# covered ones), and extra people (outsourced, or open positions that cover nothing yet) come
# on top. With up to three layers, the bus factor is 0, 1, 2 or 3, in every norm.
LAYER = st.tuples(st.permutations(ALL_ROLES), st.integers(4, 12)).map(lambda t: _chunks(*t))
EXTRA = st.tuples(
    st.lists(st.sampled_from(ALL_ROLES), min_size=1, max_size=4, unique=True),
    st.sampled_from(["", "outsourced", "vacancy"]),
)


def _team(
    size: str,
    marketing: bool,
    layers: list[list[list[str]]],
    holes: Collection[str] = (),
    absent: Collection[str] = (),
    extra: Collection[tuple[list[str], str]] = (),
) -> dict[str, Any]:
    people: list[dict[str, Any]] = []
    for n, layer in enumerate(layers):
        for roles in layer:
            kept = [r for r in roles if (n or r not in holes) and r not in absent]
            if kept:
                people.append({"name": f"P{len(people)}", "roles": kept})
    for roles, flag in extra:
        people.append({"name": f"P{len(people)}", "roles": roles} | ({flag: True} if flag else {}))
    people = people or [{"name": "V", "roles": ["seo"], "vacancy": True}]
    return {"company": {"size": size, "marketing": marketing}, "people": people}


@pytest.mark.parametrize("marketing", [False, True])
@pytest.mark.parametrize("size", SIZES)
@settings(max_examples=examples(40), deadline=None)
@given(
    st.lists(LAYER, max_size=3),
    st.sets(st.sampled_from(IN_NORMS), max_size=4),
    st.sets(st.sampled_from(SPECIAL), max_size=2),
    st.lists(EXTRA, max_size=3),
)
@example([[ALL_ROLES[:15], ALL_ROLES[15:]]], set(), {"data-analyst"}, [])
def test_bus_factor_is_the_smallest_set_of_absences(
    size: str,
    marketing: bool,
    layers: list[list[list[str]]],
    holes: set[str],
    absent: set[str],
    extra: list[tuple[list[str], str]],
) -> None:
    team = _team(size, marketing, layers, holes, absent, extra)
    event(f"bus factor {min(brute_force_bus_factor(team), 3)}")
    assert report_of(team).bus_factor == brute_force_bus_factor(team)


REQUIRED_LARGE = [e.role for e in NORMS.norm("large", True).roles if not e.optional]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("size", "marketing", "layers", "expected"),
    [
        # every required role twice, by one all-rounder and by one person per role: losing the
        # all-rounder and anyone else leaves a role uncovered; the optional roles nobody does
        ("large", True, [[REQUIRED_LARGE], _chunks(REQUIRED_LARGE, 1)], 2),
        ("large", True, [[REQUIRED_LARGE]], 1),
        ("large", True, [[REQUIRED_LARGE]] * 3, 3),
        ("large", True, [[REQUIRED_LARGE]] * 5, 5),
        # `seo` covers `sem` in the small norm: a SEM person stands in for the SEO one
        (
            "small",
            False,
            [[["seo", "designer", "new-media"]], [["sem"], ["designer", "new-media"]]],
            2,
        ),
        ("small", False, [[["sem", "designer", "new-media"]]], 1),
        ("medium", False, [_chunks(ALL_ROLES, 15)] * 2, 2),
        ("medium", True, [[REQUIRED_LARGE]] * 4, 4),  # the same required roles as large
        ("medium", False, [[REQUIRED_LARGE]] * 4, 0),  # network security: nobody
    ],
)
def test_bus_factor_examples(
    size: str, marketing: bool, layers: list[list[list[str]]], expected: int
) -> None:
    team = _team(size, marketing, layers)
    assert brute_force_bus_factor(team) == expected
    assert report_of(team).bus_factor == expected


def test_roster_csv_matches_the_yaml(tmp_path: Path) -> None:
    csv_report = json.loads(
        run(["team", str(ROSTER), "--size", "medium", "--marketing", "-f", "json"]).stdout
    )
    rows = {r["role"]: r["staffed_fte"] for r in csv_report["roles"]}
    assert (rows["designer"], rows["sem"], rows["editor"]) == (0.53, 1.5, 1)
    bom = tmp_path / "wps.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + ROSTER.read_bytes().replace(b"\n", b"\r\n"))
    again = json.loads(run(["team", str(bom), "-s", "medium", "--marketing", "-f", "json"]).stdout)
    assert again["roles"] == csv_report["roles"]


def test_options_override_the_company_of_a_team_file() -> None:
    data = json.loads(run(["team", str(EXAMPLE), "-s", "large", "-f", "json"]).stdout)
    assert data["size"] == "large"
    assert data["marketing"] is True
