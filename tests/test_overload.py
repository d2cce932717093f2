"""The one-person coverage report: estimation, matching, hand-off, formats, init, stdin."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import ROOT, bench, check_golden, run, typed
from hypothesis import given, settings
from hypothesis import strategies as st

from opsplan import api
from opsplan.core.overload import overload
from opsplan.core.workload import driver_values, role_demand
from opsplan.models.overload import OverloadReport
from opsplan.models.problems import InputError
from opsplan.models.profile import Profile

CATALOGUE, NORMS = api.load_data()
EXAMPLE = ROOT / "examples" / "allrounder.yaml"


def report_of(data: dict[str, Any]) -> Any:
    return overload(Profile.model_validate(data), CATALOGUE, NORMS)


def demand(role: str, size: str = "medium", **drivers: float) -> float:
    values = driver_values(NORMS, size, drivers)  # type: ignore[arg-type]
    return role_demand(CATALOGUE.by_id()[role], values)


def test_the_all_rounder_is_well_above_one_full_time_job() -> None:
    report = api.overload(profile=str(EXAMPLE))
    assert report.load_ratio > 3
    assert report.fte > 4
    assert (report.norm_headcount.min, report.norm_headcount.max) == (6, 8)
    assert (report.department_norm.min, report.department_norm.max) == (6, 8)
    assert set(report.roles_covered) >= {
        "seo",
        "editor",
        "designer",
        "new-media",
        "network-tech",
        "network-security",
    }
    assert len(report.roles_covered) == 9
    assert report.unmatched == []
    assert report.handoff[-1].load_ratio_after <= 1
    assert all(a.load_ratio_after <= 1 for a in report.handoff[-1:])
    assert all(a.load_ratio_after > 1 for a in report.handoff[:-1])


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_all_rounder_golden(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run(["overload", "examples/allrounder.yaml", "--format", fmt])
    assert result.exit_code == 0, result.stderr
    check_golden(f"overload-allrounder.{fmt}", result.stdout)


def test_json_contract() -> None:
    data = json.loads(run(["overload", str(EXAMPLE), "-f", "json"]).stdout)
    assert data["schema_version"] == 1
    for key in ("capacity_hours", "demand_hours", "load_ratio", "fte"):
        assert isinstance(data[key], (int, float))
    assert isinstance(data["roles_covered"], list)
    role = data["roles"][0]
    assert set(role) >= {"role", "hours", "estimated", "norm_min", "norm_max"}
    assert set(data["norm_headcount"]) == {"min", "max"}
    assert data["unmatched"] == []
    assert set(data["handoff"][0]) >= {"role", "load_ratio_after"}


def test_estimated_hours_follow_the_workload_model_and_drivers() -> None:
    report = report_of(
        {
            "company": {"size": "large", "employees": 300},
            "duties": [{"role": "new-media", "platforms": 7}, {"role": "tech-support"}],
        }
    )
    hours = {r.role: (r.hours, r.estimated) for r in report.roles}
    assert hours["new-media"] == (
        pytest.approx(demand("new-media", "large", platforms=7), abs=0.05),
        True,
    )
    assert hours["tech-support"] == (
        pytest.approx(demand("tech-support", "large", employees=300), abs=0.05),
        True,
    )


def test_given_hours_are_not_estimated_and_entries_of_one_role_add_up() -> None:
    report = report_of(
        {
            "company": {"size": "small"},
            "duties": [{"role": "seo", "hours": 5}, {"task": "keyword ranking report", "hours": 2}],
        }
    )
    assert [(r.role, r.hours, r.estimated) for r in report.roles] == [("seo", 7, False)]
    assert report.demand_hours == 7


def test_entries_without_hours_share_one_estimate() -> None:
    # one estimate for the role, with the 2 platforms the task lists
    report = report_of(
        {"company": {"size": "medium"}, "duties": [{"role": "new-media"}, {"task": "微博和抖音"}]}
    )
    assert [(r.role, r.hours) for r in report.roles] == [
        ("new-media", pytest.approx(demand("new-media", platforms=2)))
    ]


def test_english_only_tasks() -> None:
    report = report_of(
        {
            "company": {"size": "small"},
            "duties": [
                {"task": "Retouch product pictures and banners", "hours": 10},
                {"task": "Fix the office printers and the LAN", "hours": 4},
                {"task": "Post on WeChat and Douyin", "hours": 8},
            ],
        }
    )
    assert [m.role for m in report.matches] == ["designer", "network-tech", "new-media"]
    assert report.demand_hours == 22


def test_chinese_only_tasks() -> None:
    report = report_of(
        {
            "company": {"size": "small"},
            "duties": [
                {"task": "公众号、微博、抖音的日常运营", "hours": 12},
                {"task": "网站文章编辑和发布", "hours": 6},
                {"task": "关键词排名优化", "hours": 4},
                {"task": "同事电脑重装系统", "hours": 2},
            ],
        }
    )
    assert [m.role for m in report.matches] == ["new-media", "editor", "seo", "tech-support"]
    assert report.matches[0].keywords == ["公众号", "微博", "抖音"]


def test_unmatched_tasks_keep_their_hours() -> None:
    report = report_of(
        {
            "company": {"size": "small"},
            "duties": [
                {"role": "seo", "hours": 10},
                {"task": "water the plants", "hours": 30},
                {"task": "misc"},
            ],
        }
    )
    assert [(u.task, u.hours, u.hours_given) for u in report.unmatched] == [
        ("water the plants", 30, True),
        ("misc", 0, False),
    ]
    assert report.demand_hours == 40
    assert report.load_ratio == 1
    assert [n.params for n in report.notes if n.code == "unmatched_no_hours"] == [{"count": 1}]


def test_role_given_with_a_task_decides() -> None:
    report = report_of(
        {
            "company": {"size": "small"},
            "duties": [{"task": "advertorials and copy", "role": "editor", "hours": 5}],
        }
    )
    assert report.roles_covered == ["editor"]
    assert report.matches[0].keywords == []


def test_role_by_english_or_chinese_name() -> None:
    report = report_of(
        {
            "company": {"size": "small"},
            "duties": [{"role": "美工", "hours": 5}, {"role": "seo specialist", "hours": 5}],
        }
    )
    assert report.roles_covered == ["designer", "seo"]


def test_handoff_goes_largest_first_until_at_most_1x() -> None:
    report = report_of(
        {
            "company": {"size": "medium"},
            "capacity_hours": 40,
            "duties": [
                {"role": "seo", "hours": 10},
                {"role": "designer", "hours": 30},
                {"role": "new-media", "hours": 25},
                {"role": "editor", "hours": 15},
            ],
        }
    )
    assert report.load_ratio == 2
    assert [(s.role, s.load_ratio_after) for s in report.handoff] == [
        ("designer", 1.25),
        ("new-media", 0.62),
    ]


def test_no_handoff_when_within_capacity() -> None:
    report = report_of({"company": {"size": "small"}, "duties": [{"role": "seo", "hours": 30}]})
    assert report.handoff == []
    assert report.context_switching.lost_share == 0


def test_capacity_and_norms_of_the_company() -> None:
    report = report_of(
        {
            "company": {"size": "small", "marketing": True},
            "capacity_hours": 20,
            "duties": [{"role": "network-promotion", "hours": 30}, {"role": "sem", "hours": 5}],
        }
    )
    assert report.load_ratio == 1.75
    rows = {r.role: (r.norm_min, r.norm_max, r.in_norm) for r in report.roles}
    assert rows == {"network-promotion": (1, 3, True), "sem": (0, 0, False)}
    assert (report.department_norm.min, report.department_norm.max) == (7, 11)


def test_sem_is_covered_by_the_small_non_marketing_seo_person() -> None:
    report = report_of(
        {
            "company": {"size": "small"},
            "duties": [{"role": "seo", "hours": 5}, {"role": "sem", "hours": 5}],
        }
    )
    assert (report.norm_headcount.min, report.norm_headcount.max) == (1, 1)


hours = st.floats(min_value=0, max_value=168, allow_nan=False)
duties = st.lists(
    st.one_of(
        st.builds(
            lambda r, h: {"role": r, "hours": h},
            st.sampled_from([r.id for r in CATALOGUE.roles]),
            hours,
        ),
        st.builds(lambda t, h: {"task": t, "hours": h}, st.text(min_size=1, max_size=30), hours),
        st.builds(lambda r: {"role": r}, st.sampled_from([r.id for r in CATALOGUE.roles])),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["small", "medium", "large"]), st.booleans(), duties)
def test_report_adds_up(size: str, marketing: bool, items: list[dict[str, Any]]) -> None:
    report = report_of({"company": {"size": size, "marketing": marketing}, "duties": items})
    total = sum(r.hours for r in report.roles) + sum(u.hours for u in report.unmatched)
    assert report.demand_hours == pytest.approx(total, abs=0.1 * (len(items) + 1))
    assert report.load_ratio == pytest.approx(report.demand_hours / report.capacity_hours, abs=0.01)
    ratios = [report.load_ratio] + [s.load_ratio_after for s in report.handoff]
    assert ratios == sorted(ratios, reverse=True)
    assert len(report.matches) == len(items)
    assert_as_validated(report)


def assert_as_validated(report: OverloadReport) -> None:
    """The report, built without validation (`model_construct`, from checked data), is what
    validating it makes: the same values, of the same types (a float stays a float in JSON)."""
    again = OverloadReport.model_validate(report.model_dump())
    assert report.model_dump_json() == again.model_dump_json()
    assert report == again.model_copy(update={"role_names": report.role_names})
    assert typed(report.model_dump()) == typed(again.model_dump())  # 0 is not 0.0


@pytest.mark.parametrize(
    "path",
    [
        EXAMPLE,
        ROOT / "examples" / "own-words.yaml",
        ROOT / "bench" / "fifteen-duties.yaml",
        *sorted((ROOT / "tests" / "cases" / "overload").glob("*/*.yaml")),
    ],
    ids=lambda p: p.parent.name + "/" + p.name,
)
def test_a_report_is_built_as_validation_would_build_it(path: Path) -> None:
    try:
        report = api.overload(profile=str(path))
    except InputError:
        return  # a bad case: no report
    assert_as_validated(report)


def test_the_big_file_benchmarks_reports_are_built_as_validation_would() -> None:
    bigfile = bench("bigfile")
    for text in (bigfile.profile(64), bigfile.free_text(400)):  # every kind of line
        assert_as_validated(report_of(yaml.safe_load(text)))


def test_init_writes_a_valid_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(["init", "me.yaml"])
    assert result.exit_code == 0, result.stderr
    assert "Wrote me.yaml" in result.stderr
    assert run(["validate", "me.yaml"]).exit_code == 0
    report = run(["overload", "me.yaml", "-f", "json"])
    assert report.exit_code == 0
    assert json.loads(report.stdout)["roles_covered"] == ["seo", "new-media", "tech-support"]
    assert [p.name for p in tmp_path.iterdir()] == ["me.yaml"]


def test_init_never_overwrites_without_force(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "me.yaml").write_text("mine\n")
    result = run(["init", "me.yaml"])
    assert result.exit_code == 2
    assert "me.yaml: already exists; use --force to overwrite it" in result.stderr
    assert (tmp_path / "me.yaml").read_text() == "mine\n"
    assert run(["init", "me.yaml", "--force"]).exit_code == 0
    assert (tmp_path / "me.yaml").read_text().startswith("# opsplan profile")
    assert [p.name for p in tmp_path.iterdir()] == ["me.yaml"]


def test_init_into_a_missing_directory(tmp_path: Path) -> None:
    result = run(["init", str(tmp_path / "no" / "me.yaml")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_init_file_has_normal_permissions(tmp_path: Path) -> None:
    run(["init", str(tmp_path / "me.yaml")])
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "me.yaml").stat().st_mode & 0o777 == 0o666 & ~mask


def test_profile_from_stdin() -> None:
    result = run(["overload", "-", "-f", "json"], stdin=EXAMPLE.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["load_ratio"] > 3


def test_bad_stdin_profile_is_located_as_stdin() -> None:
    result = run(["overload", "-"], stdin=b"company: {size: tiny}\nduties: [{role: seo}]\n")
    assert result.exit_code == 1
    assert result.stderr.startswith("<stdin>:1:17: error: company.size")


def test_every_estimated_role_says_how_it_was_estimated(tmp_path: Path) -> None:
    """A role estimated from the duties its tasks name says which; one whose lines name none
    (a `role:` line, a task settled with `role:`) says it is the role's whole week, with the
    hours: no estimated row is left without a basis a boss can check."""
    me = tmp_path / "me.yaml"
    me.write_text(
        "company: {size: small, marketing: true}\nduties:\n"
        "  - {task: 剪辑短视频, role: 美工}\n  - {task: 修打印机}\n  - {role: seo, hours: 3}\n",
        encoding="utf-8",
    )
    result = run(["overload", str(me), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    by_code: dict[str, list[str]] = {}
    for note in report["notes"]:
        by_code.setdefault(note["code"], []).append(note["text"])
    designer = next(r for r in report["roles"] if r["role"] == "designer")
    assert designer["estimated"]
    assert designer["estimated_as"] == []
    whole = [t for t in by_code["estimated_whole_role"] if "designer" in t]
    assert whole == [
        f"Web and graphic designer: no task names one of its duties, so its "
        f"{designer['hours']:g} h estimated are the role's whole week at this size "
        "(`opsplan roles designer` lists its duties)."
    ]
    tech = next(r for r in report["roles"] if r["role"] == "network-tech")
    assert tech["estimated_as"]  # named: said by estimated_duties, not as a whole week
    assert not any("Network" in t for t in by_code["estimated_whole_role"])
    estimated = [r for r in report["roles"] if r["estimated"]]
    explained = by_code["estimated_whole_role"] + by_code.get("estimated_duties", [])
    assert len(explained) == len(estimated)  # the seo line has its hours: not estimated
    zh = run(["overload", str(me), "--lang", "zh"])
    assert "美工\uff1a任务未指明该岗位的具体职责\uff0c估计的" in zh.stdout


def test_a_long_unsure_role_wraps_before_the_keywords_do(tmp_path: Path) -> None:
    """At 100 columns an unsure line's role cell (`unmatched: A or B?`) wraps; the keywords
    of the other lines stay on one line (the role column used to keep its width and squeeze the
    keywords to ten columns: `回复, 旺旺,` / `咨询,` / `客户…咨询`)."""
    me = tmp_path / "me.yaml"
    me.write_text(
        "company: {size: small}\nduties:\n  - 剪辑短视频\n  - 回复客户旺旺咨询\n", encoding="utf-8"
    )
    result = run(["overload", str(me)])
    assert result.exit_code == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if "回复客户旺旺咨询" in x)
    assert "回复, 旺旺, 咨询, 客户…咨询" in line
    assert max(len(x) for x in result.stdout.splitlines()) <= 100
