"""What the one-person report's checks and notes say, field by field: the findings of
check_profile (path, words, key, level), the notes on hours hardly real, the hand-off and
the context-switching rule (found by mutation testing of core/overload.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import run

from opsplan import api
from opsplan.core.matching import unknown_role
from opsplan.core.overload import handoff, overload, switching
from opsplan.core.profilecheck import check_profile, not_a_driver
from opsplan.models.overload import OverloadRole
from opsplan.models.profile import Profile

CATALOGUE, NORMS = api.load_data()
DRIVERS = sorted(NORMS.drivers)


def profile(duties: list[Any], capacity: float | None = None, **company: Any) -> Profile:
    data: dict[str, Any] = {"company": {"size": "small", **company}, "duties": duties}
    if capacity is not None:
        data["capacity_hours"] = capacity
    return Profile.model_validate(data)


def found(p: Profile) -> list[tuple[Any, ...]]:
    return [
        (f.kind, f.path, f.message.code, f.message.params, f.key, f.level)
        for f in check_profile(p, CATALOGUE, NORMS)
    ]


def test_a_company_key_close_to_a_field_or_in_chinese_is_suggested() -> None:
    assert found(profile([{"role": "seo"}], sise=1, 规模=2)) == [
        ("profile", ("company", "sise"), "unknown_key_close", {"key": "sise", "close": "size"},
         True, "error"),
        ("profile", ("company", "规模"), "unknown_key_close", {"key": "规模", "close": "size"},
         True, "error"),
    ]  # fmt: skip


def test_a_key_like_nothing_lists_the_fields_and_the_drivers() -> None:
    params = {"key": "qqq", "fields": ["role", "task", "hours"], "known": DRIVERS}
    assert found(profile([{"role": "seo", "qqq": 1}])) == [
        ("profile", ("duties", 0, "qqq"), "unknown_key_fields", params, True, "error")
    ]
    long = "q" * 100
    message = check_profile(profile([{"role": "seo"}], **{long: 1}), CATALOGUE, NORMS)[0].message
    assert message.params["key"] == "q" * 59 + "…"
    assert message.params["fields"] == ["size", "marketing"]


def test_a_duty_key_in_chinese_or_misspelt_is_suggested() -> None:
    assert [(f[1], f[3]) for f in found(profile([{"role": "seo", "工时": 3, "hour": 2}]))] == [
        (("duties", 0, "工时"), {"key": "工时", "close": "hours"}),
        (("duties", 0, "hour"), {"key": "hour", "close": "hours"}),
    ]


def test_a_key_that_is_not_a_driver_without_fields() -> None:
    finding = not_a_driver(("x", 1), "qqqq", NORMS)
    assert (finding.kind, finding.path, finding.key) == ("profile", ("x", 1), True)
    assert (finding.message.code, finding.message.params) == (
        "unknown_key_driver",
        {"key": "qqqq", "known": DRIVERS},
    )
    assert not_a_driver((), "platfroms", NORMS, "team").message.params["close"] == "platforms"
    assert not_a_driver((), "platfroms", NORMS, "team").kind == "team"


def test_an_unknown_role_is_an_error_at_the_role_each_time() -> None:
    p = profile([{"role": "seo"}, {"role": "seoo"}, {"task": "x"}, {"role": "seoo"}])
    message = unknown_role(CATALOGUE, "seoo")
    assert found(p) == [
        ("profile", ("duties", 1, "role"), message.code, message.params, False, "error"),
        ("profile", ("duties", 3, "role"), message.code, message.params, False, "error"),
    ]


def test_the_check_stops_after_the_most_findings() -> None:
    p = profile([{"role": "seoo"}] * 250)
    result = check_profile(p, CATALOGUE, NORMS)
    assert len(result) == 201
    assert result[199].path == ("duties", 199, "role")
    last = result[-1]
    assert (last.kind, last.path, last.message.code, last.message.params) == (
        "profile",
        (),
        "stopped",
        {"n": 200},
    )
    assert len(check_profile(profile([{"role": "seoo"}] * 200), CATALOGUE, NORMS)) == 200


def test_hours_at_the_limits_are_not_warned_just_over_them_are() -> None:
    assert (
        found(profile([{"role": "seo", "hours": 60}, {"role": "editor", "hours": 40}], 100)) == []
    )
    p = profile([{"role": "seo", "hours": 60.5}, {"role": "editor", "hours": 39.94}], 100.5)
    assert found(p) == [
        ("profile", ("duties", 0, "hours"), "duty_hours_high", {"hours": 60.5, "max": 60.0},
         False, "warning"),
        ("profile", ("duties",), "person_hours_high", {"hours": 100.4, "max": 100.0},
         True, "warning"),
        ("profile", ("capacity_hours",), "capacity_high", {"hours": 100.5, "max": 100.0},
         False, "warning"),
    ]  # fmt: skip


def notes(p: Profile) -> list[tuple[str, dict[str, Any]]]:
    report = overload(p, CATALOGUE, NORMS)
    return [(n.code, n.params) for n in report.notes if "high" in n.code]


def test_the_notes_name_the_first_three_duties_hardly_real_then_count_the_rest() -> None:
    long = "x" * 80
    duties: list[Any] = [{"task": long, "hours": 61}, {"role": "seo", "hours": 70}]
    duties += [{"role": "editor", "hours": 65}, {"role": "seo", "hours": 62}]
    duties += [{"role": "seo", "hours": 61}, {"role": "seo", "hours": 60}]
    assert notes(profile(duties, 101)) == [
        ("duty_hours_high_note", {"task": "x" * 59 + "…", "hours": 61}),
        ("duty_hours_high_note", {"task": "seo", "hours": 70}),
        ("duty_hours_high_note", {"task": "editor", "hours": 65}),
        ("duty_hours_high_more", {"n": 2}),
        ("person_hours_high_note", {"hours": 379.0}),
        ("capacity_high_note", {"hours": 101}),
    ]
    three = [{"role": "seo", "hours": 61}] * 3
    assert [c for c, _ in notes(profile(three))] == ["duty_hours_high_note"] * 3 + [
        "person_hours_high_note"
    ]
    assert notes(profile([{"role": "seo", "hours": 60}, {"role": "seo", "hours": 40}], 100)) == []
    assert notes(profile([{"role": "seo", "hours": 50}, {"role": "seo", "hours": 50.44}])) == [
        ("person_hours_high_note", {"hours": 100.4})
    ]
    four = [{"role": "seo", "hours": 61}] * 4
    assert notes(profile(four))[3] == ("duty_hours_high_more", {"n": 1})
    # a duty without hours adds none
    assert notes(profile([{"role": "seo", "hours": 60}, {"role": "seo", "hours": 40}, "seo"])) == []


def role(rid: str, hours: float) -> OverloadRole:
    return OverloadRole(
        role=rid,
        name=rid.upper(),
        name_zh=rid + "岗",
        hours=hours,
        estimated=False,
        share=0.0,
        norm_min=0,
        norm_max=0,
        in_norm=False,
        entries=[],
    )


def test_the_hand_off_goes_largest_first_and_stops_at_the_capacity() -> None:
    steps = handoff([role("a", 20), role("b", 50), role("c", 30)], 100, 40)
    assert [(s.role, s.name, s.name_zh, s.hours, s.load_ratio_after) for s in steps] == [
        ("b", "B", "b岗", 50, 1.25),
        ("c", "C", "c岗", 30, 0.5),
    ]
    assert [s.load_ratio_after for s in handoff([role("a", 40), role("b", 40)], 80, 40)] == [1.0]
    assert handoff([role("a", 40)], 40, 40) == []
    # more hours handed off than remain (rounded hours): never below 0
    assert [s.load_ratio_after for s in handoff([role("a", 50)], 49.96, 40)] == [0.0]
    # just over 1x reads 1.01x, not 1x
    assert [s.load_ratio_after for s in handoff([role("a", 10), role("b", 5)], 15.0125, 5)] == [
        1.01,
        0.0,
    ]


def test_context_switching_follows_the_rule_of_thumb() -> None:
    got = [(s.roles, s.lost_share) for s in map(switching, range(7))]
    assert got == [(0, 0.0), (1, 0.0), (2, 0.2), (3, 0.4), (4, 0.6), (5, 0.75), (6, 0.75)]


def test_free_text_tasks_are_matched_shared_or_left_as_the_report_says() -> None:
    p = profile(
        [
            {"task": "写软文和发论坛", "hours": 6},
            {"task": "SEO or SEM", "hours": 2},
            {"task": "Buy display ads and programmatic inventory"},
            {"task": "Proficient in Excel and PowerPoint"},
            {"task": "SEO and SEM"},
            {"role": "seo", "task": "写软文"},
            {"task": "qqq zzz", "hours": 3},
        ]
    )
    report = overload(p, CATALOGUE, NORMS)
    got = [
        (
            m.index,
            m.text,
            m.role,
            m.keywords,
            m.hours,
            m.runner_up,
            m.candidates,
            m.not_duty,
            [(s.role, s.keywords, s.hours) for s in m.shares],
        )
        for m in report.matches
    ]
    assert got == [
        (0, "写软文和发论坛", None, [], 6.0, None, [], None,
         [("copywriter", ["软文"], 3.0), ("network-promotion", ["论坛"], 3.0)]),
        (1, "SEO or SEM", None, [], 2.0, None, ["seo", "sem"], None, []),
        (2, "Buy display ads and programmatic inventory", "traffic-ops", ["programmatic"], None,
         "it-asset-management", [], None, []),
        (3, "Proficient in Excel and PowerPoint", None, [], None, None, [], "proficient", []),
        (4, "SEO and SEM", None, [], None, None, [], None,
         [("seo", ["seo"], None), ("sem", ["sem"], None)]),
        (5, "写软文", "seo", [], None, None, [], None, []),
        (6, "qqq zzz", None, [], 3.0, None, [], None, []),
    ]  # fmt: skip
    assert [(u.task, u.hours, u.hours_given) for u in report.unmatched] == [
        ("SEO or SEM", 2.0, True),
        ("Proficient in Excel and PowerPoint", 0.0, False),
        ("qqq zzz", 3.0, True),
    ]
    assert [(r.role, r.hours, r.estimated) for r in report.roles][:2] == [
        ("copywriter", 3.0, False),
        ("network-promotion", 3.0, False),
    ]
    assert list(report.role_names) == [
        "copywriter", "network-promotion", "seo", "sem", "traffic-ops", "it-asset-management"
    ]  # fmt: skip
    assert report.role_names["it-asset-management"].name_zh == "IT 资产管理员"
    counts = {n.code: n.params for n in report.notes if "count" in n.params}
    assert counts == {
        "unmatched_no_hours": {"count": 1},
        "unmatched_candidates": {"count": 1},
        "unmatched_weak": {"count": 1},  # qqq zzz: hours, and no role near
        "shared_tasks": {"count": 2},
        "not_duties": {"count": 1},
    }
    assert [n.code for n in report.notes][-5:] == list(counts)
    whole = [n.params for n in report.notes if n.code == "estimated_whole_role"]
    assert [(w["id"], w["hours"], w["role"]["zh"]) for w in whole][1:] == [
        ("seo", 14.0, "SEO 专员"),
        ("sem", 10.0, "SEM 竞价专员"),
    ]


def test_what_a_report_of_given_estimated_and_counted_hours_says() -> None:
    p = profile(
        [
            {"role": "seo", "hours": 5},
            {"role": "seo"},
            {"task": "公众号和微博"},
            {"task": "qqq", "hours": 3},
        ],
        20,
    )
    report = overload(p, CATALOGUE, NORMS)
    assert [(r.role, r.hours, r.share, r.basis) for r in report.roles] == [
        ("seo", 19.0, 0.559, {"given": 5.0, "benchmark": 12.0, "assumption": 2.0}),
        ("new-media", 12.0, 0.353, {"benchmark": 6.0, "assumption": 6.0}),
    ]
    assert report.basis == {"given": 8.0, "benchmark": 18.0, "assumption": 8.0}  # 3 h unmatched
    assert (report.demand_hours, report.fte) == (34.0, round(34.0 / (20 * NORMS.utilization), 1))
    assert [m.text for m in report.matches] == ["seo", "seo", "公众号和微博", "qqq"]
    assert report.roles[0].entries == ["seo", "seo"]  # a bare role is its own entry
    params = {n.code: n.params for n in report.notes}
    assert params["estimated_whole_role"]["hours"] == 14.0  # the 5 h given are not estimated
    assert params["counted_driver"]["unit"] == {"en": "platforms", "zh": "个平台"}
    assert params["counted_driver"]["driver"] == {"en": "platforms", "zh": "平台数"}
    assert "nothing_measured" not in params
    assert "no_norm" not in params


def test_nothing_measured_and_no_norm_are_said() -> None:
    codes = [n.code for n in overload(profile(["Proficient in Excel"]), CATALOGUE, NORMS).notes]
    assert codes[0] == "nothing_measured"
    given = overload(profile([{"task": "qqq", "hours": 3}]), CATALOGUE, NORMS)
    assert "nothing_measured" not in [n.code for n in given.notes]
    zero = overload(profile([{"role": "seo", "hours": 0}]), CATALOGUE, NORMS)
    assert (zero.roles[0].share, zero.load_ratio) == (0.0, 0.0)
    no_norms = NORMS.model_copy(update={"norms": []})
    report = overload(profile([{"role": "seo", "hours": 4}]), CATALOGUE, no_norms)
    assert report.notes[-1].code == "no_norm"
    assert (report.roles[0].in_norm, report.roles[0].norm_max) == (False, 0)
    assert (report.department_norm.min, report.department_norm.max) == (0, 0)


def test_an_unsure_task_names_at_most_two_candidates_at_half_the_threshold_or_more() -> None:
    # scores (threshold 1): copywriter, seo, sem 2.0 each; designer 0.51; designer 0.4
    tasks = ["SEO or SEM or 文案", "design or 网站", "design"]
    report = overload(profile(tasks), CATALOGUE, NORMS)
    assert [m.candidates for m in report.matches] == [["copywriter", "seo"], ["designer"], []]
    assert {n.code: n.params for n in report.notes}["unmatched_candidates"] == {"count": 2}


def test_the_whole_role_note_gives_the_hours_estimated_not_a_rounding_of_the_total() -> None:
    report = overload(profile([{"role": "seo", "hours": 5.25}, {"role": "seo"}]), CATALOGUE, NORMS)
    assert report.roles[0].hours == 19.2  # 5.25 given + 14 estimated, shown to 0.1
    whole = [n.params["hours"] for n in report.notes if n.code == "estimated_whole_role"]
    assert whole == [14.0]  # was 19.2 - 5.25 = 13.9
    alone = overload(profile([{"role": "tech-support"}]), CATALOGUE, NORMS)  # 3.29 + 2 h
    params = [n.params for n in alone.notes if n.code == "estimated_whole_role"]
    assert [p["hours"] for p in params] == [alone.roles[0].hours] == [5.3]


@pytest.mark.parametrize(
    ("word", "marketing"),
    [("yes", True), ("Yes", True), ("NO", False), (" 是 ", True), ("否", False), (True, True)],
)
def test_a_company_s_focus_as_people_write_it(word: object, marketing: bool) -> None:
    """`marketing:` takes yes and no (YAML 1.2 reads them as text), 是 and 否, as a roster does."""
    from opsplan.models.profile import Company

    assert Company.model_validate({"size": "small", "marketing": word}).marketing is marketing


def test_a_company_s_focus_that_is_no_yes_or_no(tmp_path: Path) -> None:
    path = tmp_path / "me.yaml"
    path.write_text("company: {size: small, marketing: maybe}\nduties: [SEO]\n", encoding="utf-8")
    result = run(["overload", str(path)])
    assert result.exit_code == 1
    assert (
        'me.yaml:1:35: error: company.marketing: expected true or false, got the string "maybe"'
        in (result.stderr)
    )
