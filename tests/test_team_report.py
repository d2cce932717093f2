"""What `opsplan team` reports for a team, field by field: the checks of a team file, each role's
row, each person's row, the notes, and the hiring order checked against the report of the team
with its hires made. Written from the mutants of core/team.py that the other tests let live
(docs/mutation.md); each test states a behaviour, not how team.py computes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import run

from opsplan.api import load_data
from opsplan.core.team import analyse, check_team
from opsplan.models.people import Team
from opsplan.models.problems import Finding
from opsplan.models.team import TeamReport

CATALOGUE, NORMS = load_data()


def team_of(size: str, people: list[Any], **company: Any) -> dict[str, Any]:
    marketing = company.pop("marketing", False)
    return {"company": {"size": size, "marketing": marketing, **company}, "people": people}


def report_of(data: dict[str, Any]) -> TeamReport:
    return analyse(Team.model_validate(data), CATALOGUE, NORMS)


def findings_of(data: dict[str, Any]) -> list[Finding]:
    return check_team(Team.model_validate(data), CATALOGUE, NORMS)


def codes(report: TeamReport) -> list[str]:
    return [n.code for n in report.notes]


# the small norm without marketing: SEO (covering SEM, labelled), designer, new media; 1 each
SMALL_ROLES = ["seo", "designer", "new-media"]
SMALL = [
    {"name": "Seo", "roles": ["seo"]},
    {"name": "Des", "roles": ["designer"]},
    {"name": "Med", "roles": ["new-media"]},
]


# check_team


def test_a_company_key_that_is_no_driver_is_a_team_finding_at_its_key() -> None:
    found = findings_of(team_of("small", SMALL, platfroms=3))
    assert [(f.kind, f.path, f.key, str(f.message)) for f in found] == [
        (
            "team",
            ("company", "platfroms"),
            True,
            "unknown key 'platfroms' (did you mean 'platforms'?)",
        )
    ]
    # a key of the company itself is suggested too
    found = findings_of(team_of("small", SMALL, markting=1))
    assert [str(f.message) for f in found] == ["unknown key 'markting' (did you mean 'marketing'?)"]


def test_a_name_given_twice_is_quoted_to_60_characters() -> None:
    name = "N" * 70
    found = findings_of(team_of("small", [*SMALL, {"name": name, "roles": ["seo"]}] * 2))
    twice = [f for f in found if f.message.code == "person_twice" and f.path[1] == 7]
    assert len(twice) == 1
    assert twice[0].message.params == {"name": "N" * 60, "first": 3}
    assert f"'{'N' * 60}' is in the team twice (first at people[3])" in twice[0].message


def test_a_week_over_100_hours_is_a_warning_at_the_persons_capacity() -> None:
    people = [*SMALL, {"name": "Long", "roles": ["seo"], "capacity_hours": 120}]
    found = findings_of(team_of("small", people))
    assert [(f.kind, f.path, f.level, f.key) for f in found] == [
        ("team", ("people", 3, "capacity_hours"), "warning", False)
    ]
    assert found[0].message.code == "capacity_high"
    assert found[0].message == "a week of 120 h is hardly real (over 100 h)"


def test_a_week_of_exactly_100_hours_is_not_warned() -> None:
    people = [*SMALL, {"name": "Full", "roles": ["seo"], "capacity_hours": 100}]
    assert findings_of(team_of("small", people)) == []
    assert not any(
        c.startswith("capacity_high") for c in codes(report_of(team_of("small", people)))
    )


# notes


def long_weeks(n: int) -> list[dict[str, Any]]:
    return [{"name": f"L{i}", "roles": ["seo"], "capacity_hours": 101 + i} for i in range(n)]


@pytest.mark.parametrize("n", [3, 4, 6])
def test_weeks_over_100_hours_are_named_three_then_counted(n: int) -> None:
    report = report_of(team_of("small", [*SMALL, *long_weeks(n)]))
    named = [x.params for x in report.notes if x.code == "capacity_high_person"]
    assert named == [{"name": f"L{i}", "hours": 101 + i} for i in range(3)]
    more = [x.params for x in report.notes if x.code == "capacity_high_more"]
    assert more == ([{"n": n - 3}] if n > 3 else [])


def test_the_notes_say_what_the_user_reads(tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_text(json.dumps(team_of("small", [*SMALL, *long_weeks(5)])), encoding="utf-8")
    result = run(["team", str(path)])
    assert result.exit_code == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "Check: L0 has a week of 101 h (capacity_hours)" in out
    assert "Check: L2 has a week of 103 h" in out
    assert "L3 has" not in out
    assert "Check: 2 more people have a week over 100 h." in out


def test_no_vacancy_no_vacancy_note_and_one_vacancy_one_note() -> None:
    assert "team_vacancies" not in codes(report_of(team_of("small", SMALL)))
    open_req = {"name": "Open", "roles": ["seo"], "vacancy": True}
    assert "team_vacancies" in codes(report_of(team_of("small", [*SMALL, open_req])))


def test_a_size_the_norms_have_no_norm_for() -> None:
    norms = NORMS.model_copy(update={"norms": [n for n in NORMS.norms if n.size != "small"]})
    report = analyse(Team.model_validate(team_of("small", SMALL)), CATALOGUE, norms)
    assert codes(report)[-1] == "no_norm"
    assert report.bus_factor == 0  # no required role
    assert (report.norm.min, report.norm.max) == (0, 0)
    assert {r.status for r in report.roles} == {"not_in_norm"}
    assert report.hiring_order == []


# a role's row


def rows_of(report: TeamReport) -> dict[str, Any]:
    return {r.role: r for r in report.roles}


def test_a_norm_row_with_a_label_and_a_covered_role() -> None:
    row = rows_of(report_of(team_of("small", SMALL)))["seo"]
    assert (row.name, row.name_zh) == ("SEO and SEM (one person)", "SEO 和 SEM（一人兼任）")  # noqa: RUF001
    assert row.covers == ["sem"]
    plain = rows_of(report_of(team_of("small", SMALL)))["designer"]
    assert (plain.name, plain.name_zh, plain.covers) == ("Web and graphic designer", "美工", [])


def test_a_staffed_role_the_norm_does_not_list() -> None:
    row = rows_of(report_of(team_of("small", [*SMALL, {"name": "Boss", "roles": ["coo"]}])))["coo"]
    assert (row.in_norm, row.min, row.max, row.status) == (False, 0, 0, "not_in_norm")
    assert row.optional is False


def test_an_optional_role_nobody_covers_is_optional_not_missing() -> None:
    report = report_of(team_of("large", SMALL, marketing=True))
    rows = rows_of(report)
    assert (rows["data-analyst"].status, rows["data-analyst"].optional) == ("optional", True)
    assert (rows["seo"].optional, rows["merchandiser"].status) == (False, "missing")


@pytest.mark.parametrize(
    ("share", "capacity", "status"),
    [
        (0.2, 1, "under"),  # 0.2 h of a 40 h week: 0.005 FTE, the tolerance, is not missing
        (0.1, 1, "missing"),
        (0.6, 67, "in_range"),  # 40.2 h: 1.005 FTE, the tolerance above the max of 1
        (0.7, 67, "over"),
    ],
)
def test_status_at_the_edges_of_the_tolerance(share: float, capacity: float, status: str) -> None:
    people = [*SMALL[1:], {"name": "Edge", "roles": {"seo": share}, "capacity_hours": capacity}]
    assert rows_of(report_of(team_of("small", people)))["seo"].status == status


def test_fte_shown_to_two_decimals() -> None:
    people = [
        {"name": "Part", "roles": ["seo"], "capacity_hours": 35},
        {"name": "Open", "roles": ["designer"], "capacity_hours": 35, "vacancy": True},
        {"name": "Open 2", "roles": ["designer"], "capacity_hours": 35, "vacancy": True},
    ]
    report = report_of(team_of("small", people))
    assert report.staffed_fte == 0.88  # 35 / 40 = 0.875
    rows = rows_of(report)
    assert rows["designer"].planned_fte == 1.75  # two open positions of 35 h
    single = report_of(team_of("small", [*SMALL, people[1]]))
    assert rows_of(single)["designer"].planned_fte == 0.88


# a person's row


def people_of(report: TeamReport) -> dict[str, Any]:
    return {p.name: p for p in report.people}


def test_shares_and_the_week_outside_shown_to_three_decimals() -> None:
    third = 1 / 3
    person = {"name": "Third", "roles": {"seo": third}}
    row = people_of(report_of(team_of("small", [*SMALL, person])))["Third"]
    assert [r.share for r in row.roles] == [0.333]
    assert row.outside_share == 0.667
    equal = people_of(report_of(team_of("small", [{"name": "Tri", "roles": SMALL_ROLES}])))
    assert [r.share for r in equal["Tri"].roles] == [0.333] * 3


def test_one_role_given_by_two_of_its_names_adds_up() -> None:
    person = {"name": "Both", "roles": {"seo": 0.25, "SEO": 0.5}}
    report = report_of(team_of("small", [person]))
    assert rows_of(report)["seo"].staffed_fte == 0.75
    assert [(r.role, r.share) for r in people_of(report)["Both"].roles] == [("seo", 0.75)]


@pytest.mark.parametrize(
    ("roles", "capacity", "load", "flag"),
    [
        (["seo"], 14, 1.0, "warn"),  # SEO at a small company: 14 h a week, all of a 14 h week
        (["seo"], 13, 1.077, "over"),
        ({"seo": 0.5}, 40, 0.85, None),  # 14 h of SEO and 20 h outside: 85%, not over it
        ({"seo": 0.55}, 40, 0.8, None),
        ({"seo": 0.4}, 40, 0.95, "warn"),
    ],
)
def test_the_load_flag_at_100_and_85_percent(
    roles: Any, capacity: float, load: float, flag: str | None
) -> None:
    person = {"name": "X", "roles": roles, "capacity_hours": capacity}
    row = people_of(report_of(team_of("small", [person, *SMALL[1:]])))["X"]
    assert (row.load, row.flag) == (load, flag)


def test_a_load_of_exactly_100_percent_asks_for_no_hire() -> None:
    # 18 designs a week: 40 h of design, all of the designer's week; every role at its minimum
    report = report_of(team_of("small", SMALL, designs=18))
    assert people_of(report)["Des"].load == 1.0
    assert report.hiring_order == []
    more = report_of(team_of("small", SMALL, designs=18.5))  # 41 h: 102.5%
    assert [(h.role, h.reason) for h in more.hiring_order] == [("designer", "overloaded")]


def test_outside_work_within_the_tolerance_is_not_noted() -> None:
    people = [*SMALL, {"name": "Nearly", "roles": {"seo": 0.5, "designer": 0.5}}]
    assert "team_outside" not in codes(report_of(team_of("small", people)))
    people[-1] = {"name": "Half", "roles": {"seo": 0.5}}
    assert "team_outside" in codes(report_of(team_of("small", people)))


# the hiring order


def replay(data: dict[str, Any]) -> TeamReport:
    """The team's report, with each step of its hiring order checked against the report of the
    team with the hires so far made (a full-time person each in the hired role): the step's
    headcount, the worst load and the required roles left uncovered are that report's."""
    report = report_of(data)
    hires: list[dict[str, Any]] = []
    for step in report.hiring_order:
        hires.append({"name": f"+{step.role}", "roles": [step.role]})
        after = report_of({**data, "people": [*data["people"], *hires]})
        assert step.headcount == after.headcount
        assert step.worst_load == max(p.load for p in after.people if not p.vacancy)
        assert step.uncovered == [r.role for r in after.roles if r.status == "missing"]
    return report


def test_missing_roles_are_hired_largest_demand_first() -> None:
    # the medium norm without marketing lists SEO (14 h) before editor (28 h)
    people = [{"name": "A", "roles": ["network-tech", "designer", "new-media", "network-security"]}]
    report = replay(team_of("medium", people))
    assert [(h.role, h.reason) for h in report.hiring_order[:2]] == [
        ("editor", "missing"),
        ("seo", "missing"),
    ]


def test_a_hire_lowers_the_load_of_who_shares_its_role() -> None:
    # Ann gives half of a 10 h week to SEO (14 h of demand) and the other half outside: 190%
    people = [{"name": "Ann", "roles": {"seo": 0.5}, "capacity_hours": 10}, *SMALL[1:]]
    report = replay(team_of("small", people))
    assert people_of(report)["Ann"].load == 1.9
    first = report.hiring_order[0]
    assert (first.role, first.reason) == ("seo", "under")
    assert first.worst_load == 0.656  # Ann: (14 h x 5/45 + 5 h) / 10 h; the designer is at 50%


def test_the_new_hire_can_be_the_most_loaded() -> None:
    # 200 h of design a week; Ann gives it 20 h, the first hire 40 h, so gets twice her part
    people = [{"name": "Ann", "roles": {"designer": 0.5, "seo": 0.5}}, *SMALL[::2]]
    report = replay(team_of("small", people, designs=98))
    assert report.hiring_order[0].worst_load > people_of(report)["Seo"].load
    assert [h.role for h in report.hiring_order] == ["designer"] * len(report.hiring_order)


def test_an_overloaded_persons_heaviest_role_is_hired_for() -> None:
    # Ann does both SEO and design, a full FTE of each in her 80 h week: design is 200 h
    people = [{"name": "Ann", "roles": {"seo": 0.5, "designer": 0.5}, "capacity_hours": 80}]
    report = replay(team_of("small", [*people, SMALL[2]], designs=98))
    assert [(h.role, h.reason) for h in report.hiring_order[:1]] == [("designer", "overloaded")]


def test_a_hire_for_a_row_that_covers_another_role_relieves_that_role() -> None:
    """In a small company the SEO row covers SEM: a person overloaded with SEM gets hires the
    norm names SEO, and each takes SEM hours off them (the hires worked as SEO before, so the
    load never fell: 4.05 through twelve hires)."""
    data = team_of(
        "small",
        [{"name": "Li Na", "roles": ["sem"]}, {"name": "Wang", "roles": ["designer"]}],
        ad_accounts=20,
    )
    report = report_of(data)
    overloaded = [h for h in report.hiring_order if h.reason == "overloaded"]
    assert [h.role for h in overloaded] == ["seo"] * len(overloaded)
    loads = [h.worst_load for h in overloaded]
    assert loads == sorted(loads, reverse=True)
    assert loads[0] < 4.05
    assert loads[-1] <= 1.0  # the hiring order ends once nobody is over 100%
    assert len(report.hiring_order) < 12
