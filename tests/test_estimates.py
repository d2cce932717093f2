"""Estimates a boss would believe: a task is its duties' share of the role, named platforms
count, hours hardly real are flagged, and drivers go by their Chinese names too."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import run
from hypothesis import given
from hypothesis import strategies as st

from opsplan import api
from opsplan.core.estimate import counted, named_duties
from opsplan.core.overload import overload
from opsplan.core.profilecheck import check_profile
from opsplan.core.workload import driver_values, duty_hours, role_demand
from opsplan.models.data import Duty
from opsplan.models.profile import Profile

CATALOGUE, NORMS = api.load_data()
ROLES = CATALOGUE.by_id()


def report_of(data: dict[str, Any]) -> Any:
    return overload(Profile.model_validate(data), CATALOGUE, NORMS)


def hours(report: Any) -> dict[str, float]:
    return {r.role: r.hours for r in report.roles}


def test_a_task_is_estimated_as_the_duties_it_names() -> None:
    # was: 官网维护 alone showed the editor's whole week, 28 h
    report = report_of({"company": {"size": "medium"}, "duties": ["官网维护"]})
    editor = ROLES["editor"]
    upkeep = editor.duties[2]
    assert named_duties(editor, "官网维护") == [2]
    drivers = driver_values(NORMS, "medium", {})
    assert hours(report) == {"editor": pytest.approx(duty_hours(upkeep, drivers), abs=0.05)}
    assert hours(report)["editor"] < role_demand(editor, drivers) / 2
    role = report.roles[0]
    assert (role.estimated, role.estimated_as) == (True, [upkeep.name])
    notes = [n.code for n in report.notes]
    assert "estimated_duties" in notes


def test_a_task_naming_no_duty_or_a_bare_role_is_the_whole_role() -> None:
    drivers = driver_values(NORMS, "medium", {})
    for duty in (
        {"role": "editor"},
        {"task": "website editor work"},
        {"role": "editor", "task": "all"},
    ):
        report = report_of({"company": {"size": "medium"}, "duties": [duty]})
        assert hours(report) == {"editor": pytest.approx(role_demand(ROLES["editor"], drivers))}
        assert report.roles[0].estimated_as == []


def test_tasks_of_one_role_add_their_duties_once() -> None:
    report = report_of(
        {"company": {"size": "small"}, "duties": ["修图和海报", "产品主图", "专题页设计"]}
    )
    drivers = driver_values(NORMS, "small", {})
    assert hours(report) == {"designer": pytest.approx(role_demand(ROLES["designer"], drivers))}
    assert len(report.roles[0].estimated_as) == 2


MEDIA = "新媒体：公众号、抖音、小红书、微博"  # noqa: RUF001 (as a user types it)


def test_named_platforms_set_the_platform_driver() -> None:
    report = report_of({"company": {"size": "small"}, "duties": [MEDIA]})
    media = report.roles[0]
    assert media.counted == {"platforms": ["公众号", "抖音", "小红书", "微博"]}
    drivers = driver_values(NORMS, "small", {"platforms": 4})
    assert media.hours == pytest.approx(role_demand(ROLES["new-media"], drivers), abs=0.05)
    note = next(n for n in report.notes if n.code == "counted_driver")
    assert note.params["n"] == 4
    out = run(["overload", "-"], stdin=f"company: {{size: small}}\nduties: [{MEDIA}]\n".encode())
    said = "the tasks name 4 platforms (公众号, 抖音, 小红书, 微博), so platforms = 4."
    assert f"New-media operator: {said}" in " ".join(out.stdout.split())
    zh = run(
        ["overload", "-", "--lang", "zh"], stdin=f"company: {{size: small}}\nduties: [{MEDIA}]\n"
    )
    assert "因此平台数 = 4" in zh.stdout  # the driver by its Chinese name


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("微信公众号和视频号", ["微信公众号", "视频号"]),
        ("微信视频号", ["微信视频号"]),  # one platform, not WeChat as well
        ("Post on WeChat, Weibo and Douyin; reply on WeChat", ["wechat", "weibo", "douyin"]),
        ("淘宝、京东店铺", None),  # shops are not the new-media role's
    ],
)
def test_counting_names_each_thing_once(text: str, things: list[str] | None) -> None:
    found = counted(NORMS, ROLES["new-media"], text).get("platforms")
    assert found == things


def test_shops_are_counted_for_the_shop_role() -> None:
    assert counted(NORMS, ROLES["ecommerce-ops"], "天猫、京东和拼多多店铺运营") == {
        "shops": ["天猫", "京东", "拼多多"]
    }


def test_a_value_given_beats_the_names_counted() -> None:
    report = report_of(
        {"company": {"size": "small"}, "duties": [{"task": "公众号和微博", "platforms": 7}]}
    )
    assert report.roles[0].counted == {}
    drivers = driver_values(NORMS, "small", {"platforms": 7})
    assert report.roles[0].hours == pytest.approx(
        role_demand(ROLES["new-media"], drivers), abs=0.05
    )


def test_hours_hardly_real_are_warned_not_refused() -> None:
    profile = Profile.model_validate(
        {
            "company": {"size": "small"},
            "capacity_hours": 120,
            "duties": [{"role": "seo", "hours": 70}, {"role": "editor", "hours": 50}],
        }
    )
    found = check_profile(profile, CATALOGUE, NORMS)
    assert [(f.message.code, f.level) for f in found] == [
        ("duty_hours_high", "warning"),
        ("person_hours_high", "warning"),
        ("capacity_high", "warning"),
    ]
    codes = [n.code for n in overload(profile, CATALOGUE, NORMS).notes]
    assert {"duty_hours_high_note", "person_hours_high_note", "capacity_high_note"} <= set(codes)


def test_a_team_member_with_a_week_over_100_hours_is_warned(tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_text(
        "company: {size: small}\npeople:\n  - {name: Ann, roles: [seo], capacity_hours: 120}\n",
        encoding="utf-8",
    )
    result = run(["team", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "Check: Ann has a week of 120 h" in result.stdout
    checked = run(["validate", str(path)])
    assert checked.exit_code == 0
    assert "3:47: warning: a week of 120 h is hardly real (over 100 h)" in checked.stdout


def recommend_json(*sets: str) -> dict[str, Any]:
    args = ["recommend", "-s", "medium", "--marketing", "-f", "json"]
    for item in sets:
        args += ["--set", item]
    result = run(args)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_a_driver_goes_by_its_chinese_name() -> None:
    assert recommend_json("平台数=5") == recommend_json("platforms=5")
    assert recommend_json(" 人均工单数 = 1 ")["drivers"]["tickets"] == 1
    bad = run(["recommend", "-s", "small", "--set", "平台=5"])
    assert bad.exit_code == 2
    assert "unknown driver '平台' (did you mean '平台数'?)" in bad.stderr
    report = report_of(
        {"company": {"size": "small", "平台数": 6}, "duties": [{"role": "new-media"}]}
    )
    drivers = driver_values(NORMS, "small", {"platforms": 6})
    assert report.roles[0].hours == pytest.approx(
        role_demand(ROLES["new-media"], drivers), abs=0.05
    )
    profile = Profile.model_validate({"company": {"size": "small", "平台数": 6}, "duties": ["x"]})
    assert check_profile(profile, CATALOGUE, NORMS) == []


def test_team_takes_a_chinese_driver_name(tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_text("company: {size: small}\npeople:\n  - {name: Ann, roles: [new-media]}\n")
    chinese = run(["team", str(path), "--set", "平台数=6", "-f", "json"])
    english = run(["team", str(path), "--set", "platforms=6", "-f", "json"])
    assert chinese.exit_code == 0, chinese.stderr
    assert json.loads(chinese.stdout) == json.loads(english.stdout)


TERMS = sorted({t for role in CATALOGUE.roles for duty in role.duties for t in duty.named_by})
ENDINGS = ["s", "es", "ing", "ed", " ", "-", "x", "2", "的"]
PIECES = st.sampled_from(TERMS) | st.sampled_from(ENDINGS)


def mentions(folded: str, term: str) -> bool:
    """The rule word by word, as estimate.py applied it before it checked a duty in one pass:
    an English word whole (with a plural or -ing/-ed ending), a Chinese one anywhere."""
    word = re.escape(term.casefold())
    if term.isascii():
        word = rf"(?<![a-z0-9]){word}(?:s|es|ing|ed)?(?![a-z0-9])"
    return re.search(word, folded) is not None


@given(st.lists(PIECES, max_size=6).map("".join))
def test_named_duties_is_any_term_mentioned(text: str) -> None:
    """named_duties checks a duty's words in one pass; it says what the word-by-word rule
    (`mentions`) says of each word (English words whole, with an ending; Chinese anywhere)."""
    for role in CATALOGUE.roles:
        folded = text.casefold()
        expected = [
            i
            for i, duty in enumerate(role.duties)
            if any(mentions(folded, term) for term in duty.named_by)
        ]
        assert named_duties(role, text) == expected


def test_names_counted_in_the_plural_or_by_two_of_their_names() -> None:
    text = "Two official accounts, our YouTubes, Weibo and the Big Fishes"
    assert counted(NORMS, ROLES["new-media"], text) == {
        "platforms": ["official account", "youtube", "weibo", "big fish"]  # as the data has them
    }
    # 公众号 and 服务号 are both WeChat: one platform, by the name the text gives first
    assert counted(NORMS, ROLES["new-media"], "服务号、公众号和抖音") == {
        "platforms": ["服务号", "抖音"]
    }


def test_a_role_counts_its_later_drivers_too() -> None:
    # the data analyst's first driver (sites) counts no names; platforms, its second, does
    assert counted(NORMS, ROLES["data-analyst"], "微博和抖音的数据分析") == {
        "platforms": ["微博", "抖音"]
    }


def test_a_role_of_a_users_own_counts_by_each_driver_the_norms_have() -> None:
    # the first duty's driver is not in the norms (the files' checks refuse such a catalogue,
    # the core skips it), the second's (shops) counts names the text does not hold: neither
    # stops the platforms, the third's, from being counted
    role = ROLES["new-media"].model_copy(
        update={
            "duties": [
                Duty(name="Stall upkeep", hours=2, driver="stalls"),
                Duty(name="Shop upkeep", hours=1, driver="shops"),
                Duty(name="Posts", hours=1, driver="platforms"),
            ]
        }
    )
    assert counted(NORMS, role, "posts on Weibo and Douyin") == {"platforms": ["weibo", "douyin"]}
    assert counted(NORMS, role, "天猫店铺和抖音") == {"shops": ["天猫"], "platforms": ["抖音"]}


def test_a_name_written_is_its_own_thing_before_another_in_the_plural() -> None:
    # a user's norms counting two things, one named as the other's plural: a name the text
    # writes as the data does is that thing, not the other's plural
    forums = NORMS.drivers["platforms"].model_copy(update={"counted": [["Thread"], ["Threads"]]})
    norms = NORMS.model_copy(update={"drivers": {**NORMS.drivers, "forums": forums}})
    role = ROLES["new-media"].model_copy(
        update={"duties": [Duty(name="Forums", hours=1, driver="forums")]}
    )
    assert counted(norms, role, "Threads, then Thread") == {"forums": ["Threads", "Thread"]}
