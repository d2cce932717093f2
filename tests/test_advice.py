"""Advice, not only findings (#17 section 6): team backups for single points of failure, work
moved from the overloaded to the underloaded, and recommend's roles one person can share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run

from opsplan import api

NO_GAP = """\
company: {size: small, marketing: false}
people:
  - name: Li Na
    roles: [seo, sem]
  - name: Zhao Lei
    roles: [designer]
  - name: Liu Yang
    roles: [new-media]
"""


def team_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "team.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_no_gap_but_a_bus_factor_of_one_still_gets_advice(tmp_path: Path) -> None:
    report = api.team(team=team_file(tmp_path, NO_GAP))
    assert report.bus_factor == 1
    assert all(r.status == "in_range" for r in report.roles)
    assert report.hiring_order == []
    kinds = {(a.kind, a.role) for a in report.advice}
    assert kinds == {("no_backup", "seo"), ("no_backup", "designer"), ("no_backup", "new-media")}
    out = " ".join(run(["team", team_file(tmp_path, NO_GAP)]).stdout.split())
    assert (
        "Advice - SEO specialist: only Li Na covers it, and no one else covering promotion" in out
    )


def test_a_backup_in_the_same_family_with_spare_capacity(tmp_path: Path) -> None:
    text = NO_GAP + "  - name: Wang Fang\n    roles: {content-ops: 0.5, campaign-ops: 0.5}\n"
    text += "  - name: Busy Bee\n    roles: [user-ops]\n    capacity_hours: 4\n"
    report = api.team(team=team_file(tmp_path, text))
    backup = next(a for a in report.advice if a.role == "new-media")
    assert backup.kind == "backup"
    assert backup.other == "Wang Fang"  # operations family, lightly loaded; Busy Bee is not
    assert backup.other_roles == ["content-ops", "campaign-ops"]
    assert backup.hours is not None
    assert backup.hours > 0
    zh = run(["team", team_file(tmp_path, text), "--lang", "zh"]).stdout
    assert "新媒体运营：只有 Liu Yang 承担。可培养 Wang Fang 作为 B 角" in zh  # noqa: RUF001
    assert "（内容运营、活动运营）" in zh  # noqa: RUF001


def test_work_moves_from_over_100_to_under_70_percent_in_the_same_role(tmp_path: Path) -> None:
    text = """\
company: {size: small, marketing: false, designs: 30}
people:
  - name: A
    roles: [designer]
  - name: B
    roles: {designer: 0.25, new-media: 0.75}
  - name: C
    roles: [new-media, seo]
"""
    report = api.team(team=team_file(tmp_path, text))
    loads = {p.name: p.load for p in report.people}
    assert loads["A"] > 1
    assert loads["B"] < 0.7
    move = next(a for a in report.advice if a.kind == "move")
    assert (move.role, move.person, move.other) == ("designer", "A", "B")
    assert move.person_load_after is not None
    assert move.person_load_after <= 1
    assert move.other_load_after is not None
    assert move.other_load_after <= 0.85
    out = " ".join(run(["team", team_file(tmp_path, text)]).stdout.split())
    assert f"Move about {move.hours:g} h a week of Web and graphic designer from A (" in out
    data = json.loads(run(["team", team_file(tmp_path, text), "-f", "json"]).stdout)
    assert {a["kind"] for a in data["advice"]} >= {"move"}


def test_no_move_when_nobody_covering_the_role_has_room(tmp_path: Path) -> None:
    text = NO_GAP.replace("roles: [designer]", "roles: [designer]\n    capacity_hours: 10")
    report = api.team(team=team_file(tmp_path, text))
    assert next(p for p in report.people if p.name == "Zhao Lei").load > 1
    assert [a for a in report.advice if a.kind == "move"] == []


def test_recommend_suggests_one_person_for_roles_under_half_a_person() -> None:
    result = api.recommend(size="small", marketing=True)
    shared = [(g.roles, g.fte) for g in result.shared]
    assert shared == [(["seo", "new-media"], 0.81), (["network-tech", "merchandiser"], 0.62)]
    assert result.total.recommended == 8
    assert result.shared_headcount == 6
    assert all(0 < r.implied < 0.5 for r in result.roles if r.role in shared[0][0] + shared[1][0])


def test_recommend_says_so_in_both_languages() -> None:
    out = " ".join(run(["recommend", "--size", "small", "--marketing"]).stdout.split())
    assert (
        "One person can cover roles that each need under half a person: Network technician"
        " (0.3 FTE), Merchandiser (order follow-up) (0.3 FTE); 0.6 FTE between them." in out
    )
    assert "With these roles shared, 6 people instead of 8: below the norm's 7" in out
    assert "“A brief description of internet operations job functions”" in out
    zh = run(["recommend", "--size", "small", "--marketing", "--lang", "zh"]).stdout
    assert "可由一人兼任：网络管理员（0.3 FTE）、跟单员（0.3 FTE）" in zh  # noqa: RUF001
    data = json.loads(run(["recommend", "-s", "small", "--marketing", "-f", "json"]).stdout)
    assert data["shared_headcount"] == 6
    assert data["shared"][1] == {"roles": ["network-tech", "merchandiser"], "fte": 0.62}


@pytest.mark.parametrize(("size", "marketing"), [("large", True), ("small", False)])
def test_nothing_to_share_says_nothing(size: str, marketing: bool) -> None:
    result = api.recommend(size=size, marketing=marketing)  # type: ignore[arg-type]
    assert result.shared == []
    assert result.shared_headcount is None
    assert not [n for n in result.notes if n.code.startswith("shared")]


def test_the_bus_factor_line_reads_right_at_zero_and_above(tmp_path: Path) -> None:
    """At 0 no absence is needed: a role of the norm is uncovered already (the line once read
    'the fewest people whose absence...: 0', in Chinese '只要缺 0 人')."""
    one = team_file(tmp_path, NO_GAP)
    assert "Bus factor  1: the fewest people whose absence leaves" in run(["team", one]).stdout
    assert "巴士系数 1：只要缺 1 人" in run(["team", one, "--lang", "zh"]).stdout  # noqa: RUF001
    zero = team_file(tmp_path, NO_GAP.replace("roles: [designer]", "roles: [editor]"))
    assert api.team(team=zero).bus_factor == 0
    assert "Bus factor  0: a role of the norm is uncovered already" in run(["team", zero]).stdout
    zh = run(["team", zero, "--lang", "zh"]).stdout
    assert "巴士系数 0：标准编制内已有岗位无人承担" in zh  # noqa: RUF001
    assert "只要缺 0 人" not in zh
