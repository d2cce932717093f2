"""People read role names, machines ids (#17 section 4): the people table, the single points of
failure, the hiring order and overload's match table name roles in the chosen language; JSON and
CSV keep the ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import ROOT, run

TEAM = """\
company: {size: small, marketing: true}
people:
  - name: 赵磊
    roles: {designer: 0.6, copywriter: 0.4}
  - name: 兼职小冯
    roles: [new-media]
    capacity_hours: 20
"""


@pytest.fixture
def team(tmp_path: Path) -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(TEAM, encoding="utf-8")
    return path


def test_the_people_table_and_the_risks_name_roles_in_chinese(team: Path) -> None:
    out = run(["team", str(team), "--lang", "zh"]).stdout
    assert "美工 60%、文案 40%" in out
    assert "designer" not in out
    assert "copywriter" not in out
    assert "赵磊一旦缺岗，以下岗位无人承担：美工、文案" in out  # noqa: RUF001
    assert "network-tech" not in out  # uncovered roles in the hiring order: by name
    assert "网络管理员" in out


def test_english_output_names_roles_in_english(team: Path) -> None:
    out = run(["team", str(team)]).stdout
    assert "Web and graphic designer 60%, Copywriter 40%" in " ".join(out.split())
    assert "nobody covers: Web and graphic designer, Copywriter" in " ".join(out.split())
    assert "  designer 60%" not in out
    assert ", copywriter" not in out


def test_json_and_csv_keep_the_ids(team: Path) -> None:
    data = json.loads(run(["team", str(team), "--format", "json", "--lang", "zh"]).stdout)
    assert [r["role"] for r in data["people"][0]["roles"]] == ["designer", "copywriter"]
    sole = [p for p in data["single_points_of_failure"] if p["kind"] == "sole_cover"]
    assert ["designer", "copywriter"] in [p["roles"] for p in sole]
    assert "role_names" not in data
    assert all(set(h["uncovered"]) <= {"network-tech", "seo", "merchandiser", "editor", "new-media",
               "network-promotion"} for h in data["hiring_order"])  # fmt: skip
    csv = run(["team", str(team), "--format", "csv", "--lang", "zh"]).stdout
    assert csv.splitlines()[1].startswith("network-promotion,")


def test_the_overload_match_table_names_roles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = run(["overload", "examples/allrounder.yaml", "--lang", "zh"]).stdout
    table = out[out.index("按关键词匹配的任务") :]
    assert "新媒体运营" in table
    assert "IT 支持专员（桌面运维）" in table  # noqa: RUF001
    for rid in ("network-promotion", "new-media", "tech-support", "erp-admin"):
        assert rid not in table.split("\n- ")[0]
    english = run(["overload", "examples/allrounder.yaml"]).stdout
    assert "Technical support and training" in english[english.index("Tasks matched") :]


def test_a_close_runner_up_and_candidates_by_name(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text(
        "company: {size: medium}\nduties:\n  - task: SEO or SEM\n    hours: 6\n", encoding="utf-8"
    )
    out = run(["overload", str(profile), "--lang", "zh"]).stdout
    assert "未匹配：SEO 专员或 SEM 竞价专员？" in out  # noqa: RUF001
    data = json.loads(run(["overload", str(profile), "--format", "json"]).stdout)
    assert data["matches"][0]["candidates"] == ["seo", "sem"]


def test_a_long_list_of_people_is_cut_for_people_and_whole_for_machines(tmp_path: Path) -> None:
    people = "".join(f"  - name: P{i}\n    roles: [seo]\n" for i in range(25))
    path = tmp_path / "team.yaml"
    path.write_text(f"company: {{size: small}}\npeople:\n{people}", encoding="utf-8")
    out = " ".join(run(["team", str(path)]).stdout.split())
    assert "P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 and 15 more" in out
    assert "P10," not in out.split("People")[0]
    csv = run(["team", str(path), "--format", "csv"]).stdout
    assert "P24" in csv.splitlines()[1]
    zh = " ".join(run(["team", str(path), "--lang", "zh"]).stdout.split())
    assert "P9，另有 15 人" in zh  # noqa: RUF001


# ---------------------------------------------------------------- former names (#22)
def test_every_alias_finds_its_role() -> None:
    from opsplan.api import load_data
    from opsplan.core.matching import lookup_role

    catalogue = load_data()[0]
    aliases = [(alias, role.id) for role in catalogue.roles for alias in role.aliases]
    assert ("网站程序员", "website-programmer") in aliases
    for alias, rid in aliases:
        found = lookup_role(catalogue, alias)
        assert (found.id if found else None) == rid, alias


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("网站程序员", "网站开发工程师"),
        ("网络技术员", "网络管理员"),
        ("技术支持与培训", "IT 支持专员"),
        ("客服推广组长", "客服组长"),
        ("应用商店运营", "ASO 专员"),
        ("SEO专员", "SEO 专员"),
    ],
)
def test_a_former_or_unspaced_name_still_works(given: str, shown: str) -> None:
    result = run(["roles", given, "--lang", "zh"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(shown)


def test_a_former_name_works_in_a_team_file() -> None:
    team = "company: {size: small}\npeople:\n  - {name: 小周, roles: [网络技术员]}\n"
    result = run(["team", "-", "--lang", "zh"], stdin=team)
    assert result.exit_code == 0, result.stderr
    assert "网络管理员" in result.stdout
