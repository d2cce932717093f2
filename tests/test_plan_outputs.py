"""plan, compare and --cost in the formats main added after #15 began: every table in the
workbook (a sheet each, numbers as numbers), each table by `--table NAME` in CSV, and role
names where people read them (table, markdown, the workbook) in the chosen language, ids where
machines read them (JSON, CSV)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import python_calamine
from helpers import ROOT, run

START = "2027-01"
SMALL_TEAM = str(ROOT / "examples" / "small-team.yaml")
PLAN = ["plan", "-s", "medium", "--marketing", "--start", START]
BUDGET_PLAN = ["plan", "--team", SMALL_TEAM, "--budget", "40000", "--start", START]
COMPARE = ["compare", "small", "medium", "--marketing"]
IDS = ("network-promotion", "network-tech", "new-media", "merchandiser", "copywriter")


def read_back(path: Path) -> dict[str, list[list[Any]]]:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_plan_workbook_has_a_sheet_a_table_and_numbers_as_numbers(
    tmp_path: Path, lang: str
) -> None:
    path = tmp_path / "plan.xlsx"
    assert run([*BUDGET_PLAN, "--lang", lang, "-o", str(path)]).exit_code == 0
    data = json.loads(run([*BUDGET_PLAN, "--format", "json"]).stdout)
    sheets = read_back(path)
    assert len(sheets) == 6  # the summary, then roles, months, hires, phases, not hired
    months = list(sheets.values())[2]
    assert len(months) == 1 + len(data["months"])
    for row, month in zip(months[1:], data["months"], strict=True):
        assert row[0] == month["month"]
        assert row[3] == month["headcount"]  # a number, not its text
        assert row[4] == pytest.approx(month["cost"]["typical"], abs=0.01)
        assert row[6] == pytest.approx(month["cumulative"]["typical"], abs=0.01)
    not_hired = list(sheets.values())[5]
    assert len(not_hired) == 1 + len(data["not_hired"]) > 1
    assert all(isinstance(row[1], float) for row in not_hired[1:])  # the count
    text = json.dumps(sheets, ensure_ascii=False)
    assert not any(f'"{i}"' in text for i in IDS)  # role names, not ids
    assert ("网络推广专员" in text) == (lang == "zh")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_compare_workbook_holds_both_sides_as_numbers(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "compare.xlsx"
    assert run([*COMPARE, "--lang", lang, "-o", str(path)]).exit_code == 0
    data = json.loads(run([*COMPARE, "--format", "json"]).stdout)
    sheets = read_back(path)
    assert len(sheets) == 2
    names = list(sheets)
    assert names[1] == ("各岗位对比" if lang == "zh" else "Role by role")
    rows = sheets[names[1]][1:]
    body = rows[: len(data["roles"])]
    for row, role in zip(body, data["roles"], strict=True):
        assert (row[1], row[2], row[3]) == (role["left"], role["right"], role["delta"])
        assert row[0] not in IDS


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (PLAN, ["roles", "months", "hires", "phases", "not_hired"]),
        (COMPARE, ["roles"]),
        (["recommend", "-s", "medium", "--cost"], ["1", "cost"]),  # recommend's own is unnamed
    ],
)
def test_each_table_by_name_in_csv(args: list[str], names: list[str]) -> None:
    wrong = run([*args, "--format", "csv", "--table", "nonesuch"])
    assert wrong.exit_code == 2
    assert ", ".join(names) in wrong.stderr
    for name in names:
        result = run([*args, "--format", "csv", "--table", name])
        assert result.exit_code == 0, (name, result.stderr)
        assert result.stdout.strip()
    if len(names[-1]) > 3:  # a name one letter short is suggested
        close = run([*args, "--format", "csv", "--table", names[-1][:-1]])
        assert close.exit_code == 2
        assert f"(did you mean {names[-1]}?)" in close.stderr


def test_the_cost_table_in_csv_is_ids_and_numbers() -> None:
    out = run(["recommend", "-s", "medium", "--cost", "--format", "csv", "--table", "cost"])
    lines = out.stdout.splitlines()
    assert lines[0] == "role,name,people,pay,kind,source,cost_low,cost_typical,cost_high"
    assert lines[1].startswith("network-tech,Network technician,1.0,")
    assert "[" not in out.stdout  # 'proxy [2]' is for people: CSV has kind and source


def test_the_not_hired_table_gives_the_reason_as_a_key() -> None:
    out = run([*BUDGET_PLAN, "--months", "3", "--format", "csv", "--table", "not_hired"]).stdout
    lines = out.splitlines()
    assert lines[0] == "role,name,count,month,reason,reason_text,cost"
    assert {line.split(",")[4] for line in lines[1:]} == {"budget", "after_horizon"}


@pytest.mark.parametrize("fmt", ["table", "markdown"])
@pytest.mark.parametrize("args", [PLAN, BUDGET_PLAN, COMPARE, ["compare", SMALL_TEAM, "medium"]])
def test_human_formats_name_roles_in_chinese(args: list[str], fmt: str) -> None:
    out = run([*args, "--lang", "zh", "--format", fmt]).stdout
    assert "网络管理员" in out
    for role_id in IDS:
        assert role_id not in out, role_id


@pytest.mark.parametrize("args", [PLAN, COMPARE])
def test_json_and_csv_keep_the_ids(args: list[str]) -> None:
    data = json.loads(run([*args, "--format", "json", "--lang", "zh"]).stdout)
    text = json.dumps(data)
    assert "network-tech" in text
    csv = run([*args, "--format", "csv", "--lang", "zh"]).stdout
    assert "network-tech" in csv or "network-promotion" in csv


def test_plan_and_team_cost_read_a_workbook_roster() -> None:
    roster = str(ROOT / "examples" / "roster.xlsx")
    company = ["--size", "medium", "--marketing", "--set", "employees=400"]
    plan = json.loads(
        run(["plan", "--team", roster, *company, "--start", START, "-f", "json"]).stdout
    )
    assert plan["target"]["team_headcount"] == 7
    team = json.loads(run(["team", roster, *company, "--cost", "-f", "json"]).stdout)
    assert team["cost"]["monthly"]["typical"] > 0


def test_plan_reads_a_roster_as_team_does(tmp_path: Path) -> None:
    """`plan --team` takes what `team` takes: a workbook and its `--sheet`, a CSV on standard
    input told by `--input-format`, a CSV in another encoding (said on stderr)."""
    common = ["plan", "--start", "2027-01", "--months", "2", "-s", "small", "--format", "json"]

    def target(*args: str, stdin: str | None = None) -> dict[str, Any]:
        result = run([*common, *args], stdin=stdin)
        assert result.exit_code == 0, result.stderr
        found: dict[str, Any] = json.loads(result.stdout)["target"]
        assert found["team_headcount"] == 7
        return {k: v for k, v in found.items() if k != "team"}

    book = target("--team", str(ROOT / "examples" / "roster.xlsx"), "--sheet", "名单")
    assert [r["role"] for r in book["roles"]] == ["seo", "designer", "new-media"]
    csv_text = (ROOT / "examples" / "roster.csv").read_text(encoding="utf-8")
    assert target("--team", "-", "--input-format", "csv", stdin=csv_text) == book
    gbk = tmp_path / "roster.csv"
    gbk.write_bytes(csv_text.encode("gbk"))
    assert target("--team", str(gbk)) == book
    noted = run([*common, "--team", str(gbk)])
    assert f"{gbk}: note: read as GB18030" in noted.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sheet", "x"], "--sheet tells how to read the team file: give --team FILE too"),
        (["--input-format", "csv"], "--input-format tells how to read the team file"),
        (["--team", "t.csv", "--input-format", "pdf"], "--input-format 'pdf': expected yaml"),
        (["--team", str(ROOT / "examples" / "roster.csv"), "--sheet", "x"], "this is not one"),
    ],
)
def test_plan_roster_options_bad_use(args: list[str], message: str) -> None:
    result = run(["plan", "--start", "2027-01", "-s", "small", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
