"""Matching's second round (issue 19, the blind check): one common phrase does not decide
alone, requirements and traits are no duties, management verbs go to the manager of the
duty's subject, a task outweighs the platform it is done on, phrases with gaps, and the
traditional-to-simplified table made from OpenCC."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opsplan.api import load_data
from opsplan.core import hanzi
from opsplan.core.hanzi import fold
from opsplan.core.matcher import TaskMatcher
from opsplan.models.data import Catalogue

CATALOGUE, _ = load_data()
MATCHER = TaskMatcher(CATALOGUE)


@pytest.mark.parametrize(
    ("task", "candidate"),
    [
        ("提高广告创意的转化率", "data-analyst"),  # an SEM line: 转化率 alone is not the analyst's
        ("负责各栏目的日常维护", "editor"),
        ("Ship the feature", "website-programmer"),
    ],
)
def test_one_common_phrase_alone_does_not_decide(task: str, candidate: str) -> None:
    found = MATCHER.match(task)
    assert found.role is None
    assert candidate in [c.role for c in found.candidates]


@pytest.mark.parametrize(
    ("task", "role"),
    [
        ("每周的数据报表", "data-analyst"),  # one strong phrase decides
        ("负责网站栏目内容的采集和编辑", "editor"),  # two plain ones decide
    ],
)
def test_a_strong_phrase_or_a_second_one_decides(task: str, role: str) -> None:
    assert MATCHER.match(task).role == role


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("具备良好的沟通能力和团队合作精神", "具备"),
        ("性格开朗，思维活跃", "性格"),  # noqa: RUF001 (a Chinese comma, as typed)
        ("熟练使用Photoshop、Illustrator等设计软件", "熟练使用"),
        ("有电商运营经验者优先", "有…经验"),
        ("遵守公司各项规章制度", "遵守…制度"),
        ("具備良好的溝通協調能力", "具备"),
        ("Experience with Google Ads is a plus", "experience with"),
        ("Proficient in Excel and PowerPoint", "proficient"),
    ],
)
def test_requirements_and_traits_are_no_duties(text: str, marker: str) -> None:
    found = MATCHER.match(text)
    assert (found.role, found.not_duty) == (None, marker)


@pytest.mark.parametrize(
    ("task", "role"),
    [
        ("统筹公司整体推广策略的制定与执行", "department-manager"),
        ("统筹新媒体、内容和活动团队的工作", "operations-director"),
        ("制定技术规范，组织代码审查", "technical-director"),  # noqa: RUF001
        ("带领研发团队完成产品开发", "technical-director"),
        ("Lead the engineering team and review code", "technical-director"),
        ("Oversee content, social and campaign teams", "operations-director"),
        ("统筹天猫、京东等电商平台的整体运营", "ecommerce-director"),
        # a subject nobody leads, or a team inside a longer phrase, stays where it was
        ("带领销售团队完成季度销售目标", "sales-manager"),
        ("负责客服团队的日常管理与培训", "customer-service-lead"),
    ],
)
def test_a_management_verb_goes_to_the_manager_of_the_subject(task: str, role: str) -> None:
    assert MATCHER.match(task).role == role


@pytest.mark.parametrize(
    ("task", "role"),
    [
        ("负责天猫店铺首页装修及活动页面的美化", "designer"),
        ("负责织梦CMS模板的二次开发", "website-programmer"),
        ("Run paid social campaigns on TikTok and Meta", "traffic-ops"),
        ("负责企业微信私域用户的运营与转化", "user-ops"),
        # a platform with no task beside it still decides
        ("负责淘宝店铺的日常运营", "ecommerce-ops"),
        ("抖音账号的日常运营", "new-media"),
    ],
)
def test_a_task_outweighs_the_platform_it_is_done_on(task: str, role: str) -> None:
    assert MATCHER.match(task).role == role


def _catalogue(keywords: dict[str, list[str]], **matching: object) -> Catalogue:
    role = {"name": "R", "name_zh": "岗", "summary": "S.", "source": ["x"]}
    roles = [
        {**role, "id": "a", "family": "promotion", "keywords": keywords},
        {**role, "id": "b", "family": "design", "keywords": {"strong": ["海报"]}},
    ]
    return Catalogue.model_validate({"roles": roles, "matching": matching}, strict=False)


def test_a_gap_is_at_most_the_catalogues_gap_apart() -> None:
    near = TaskMatcher(_catalogue({"strong": ["带领…团队"]}, gap=4))
    assert near.match("带领推广团队").role == "a"
    assert near.match("带领公司的网络推广团队").role is None  # 7 characters apart
    wide = TaskMatcher(_catalogue({"strong": ["带领…团队"]}, gap=10))
    assert wide.match("带领公司的网络推广团队").role == "a"
    assert wide.match("团队带领").role is None  # in order only
    english = TaskMatcher(_catalogue({"strong": ["lead ... teams"]}, gap=3))
    assert english.match("Leads and mentors a team").role == "a"
    assert english.match("Lead the team of designers and the art team").role == "a"
    assert english.match("Lead generation for the sales and support team").role is None


def test_a_catalogue_without_the_new_settings_matches_as_before() -> None:
    plain = TaskMatcher(_catalogue({"zh": ["外链"]}))
    assert plain.match("发外链").role == "a"  # one plain phrase decides: alone is 0
    strict = TaskMatcher(_catalogue({"zh": ["外链"]}, alone=2))
    assert strict.match("发外链").role is None


def test_traditional_chinese_folds_by_the_whole_table() -> None:
    assert fold("邊財繫舉係") == "边财系举系"
    assert fold("帳號與軟體") == "账号与软件"  # phrases: mainland wording
    assert fold("伺服器、印表機、網路") == "服务器、打印机、网络"
    assert fold("顯著的著作") == "显著的著作"  # 著 stays where simplified text uses it


@given(st.text(alphabet=st.characters(codec="gb2312", categories=["Lo"]), max_size=30))
def test_simplified_text_is_never_changed(text: str) -> None:
    text = text.replace("後", "").replace("於", "").replace("夥", "")
    assert fold(text) == text


def test_the_table_is_read_only_for_text_beyond_ascii(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hanzi, "_TRADITIONAL", set())
    monkeypatch.setattr(hanzi, "_load", lambda: pytest.fail("read for ASCII text"))
    assert fold("SEO Ｒankings") == "seo rankings"  # noqa: RUF001 (full-width, on purpose)


def test_a_requirement_is_said_to_be_no_duty_in_match_and_overload() -> None:
    from opsplan import api
    from opsplan.models.profile import Profile
    from opsplan.render import render_text as render

    report = api.match(["具备良好的沟通能力", "负责淘宝店铺的日常运营"])
    trait, shop = report.phrases
    assert (trait.role, trait.not_duty, shop.role, shop.not_duty) == (
        None,
        "具备",
        "ecommerce-ops",
        None,
    )
    assert "not a duty" in render(report, "table", lang="en")
    assert "非工作职责" in render(report, "table", lang="zh")
    duties = ["负责淘宝店铺的日常运营", {"task": "Proficient in Excel", "hours": 2}]
    profile = Profile.model_validate({"company": {"size": "small"}, "duties": duties})
    load = api.overload(profile=profile)
    excel = load.matches[1]
    assert (excel.role, excel.not_duty, excel.candidates) == (None, "proficient", [])
    assert [n.params for n in load.notes if n.code == "not_duties"] == [{"count": 1}]
    assert "not a duty" in render(load, "table", lang="en")
