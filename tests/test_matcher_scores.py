"""What `opsplan match` shows of a duty, rule by rule: each candidate's score and the words
that decided, the runner-up, the duty shared between roles, and what is no duty. Each test
builds its own matcher (a module's matcher is made once, before mutmut's mutants run)."""

from __future__ import annotations

import pytest

from opsplan.api import load_data
from opsplan.core.matcher import Candidate, Match, Share, TaskMatcher
from opsplan.models.data import Catalogue

CATALOGUE, _ = load_data()


@pytest.fixture
def matcher() -> TaskMatcher:
    """The built-in catalogue's matcher, built from the catalogue."""
    return TaskMatcher(CATALOGUE)


def _scores(found: Match) -> list[tuple[str, float, tuple[str, ...]]]:
    return [(c.role, c.score, c.words) for c in found.candidates]


# ---------------------------------------------------------------- phrases with gaps
def test_a_phrase_with_gaps_hides_the_phrases_within_it_that_share_its_parts(
    matcher: TaskMatcher,
) -> None:
    # 电脑…登记 (IT assets) starts at 电脑: tech support's 电脑 is hidden, not counted
    found = matcher.match("公司电脑等IT资产的登记与盘点")
    assert _scores(found) == [
        ("it-asset-management", 9.0, ("it资产", "登记", "盘点", "电脑…登记", "资产…登记"))
    ]


def test_a_phrase_in_a_gap_or_beside_a_part_is_not_hidden(matcher: TaskMatcher) -> None:
    # 推广 lies in the gap of 带领…团队 and ends where 团队 starts: it still counts
    found = matcher.match("带领推广团队完成部门业绩指标")
    assert _scores(found)[1] == ("network-promotion", 0.4, ("推广",))
    # APP starts where the 优化 of 优化…标题 ends: ASO keeps it, and SEO does not win
    found = matcher.match("优化APP在应用商店的标题、关键词和截图")
    assert found.role is None
    assert _scores(found) == [
        ("seo", 2.8, ("优化", "关键词", "优化…标题")),
        ("aso-ops", 2.4, ("app", "应用商店")),
    ]


@pytest.mark.parametrize(
    ("task", "role", "score", "words"),
    [
        # 文章 is inside 博客文章, the same role's, but 撰写…文章 reaches before it
        ("撰寫部落格文章並在各平台推廣", "copywriter", 4.4, ("撰写", "博客文章", "撰写…文章")),
        # 客户 is inside 新客户, but 开拓…客户 starts before it
        (
            "开拓新客户，维护重点客户关系",  # noqa: RUF001
            "sales-manager",
            7.0,
            ("新客户", "重点客户", "客户关系", "开拓…客户"),
        ),
    ],
)
def test_a_phrase_with_gaps_beyond_its_own_roles_phrase_counts_too(
    matcher: TaskMatcher, task: str, role: str, score: float, words: tuple[str, ...]
) -> None:
    assert _scores(matcher.match(task))[0] == (role, score, words)


def test_a_part_inside_another_roles_phrase_of_the_same_start_is_hidden(
    matcher: TaskMatcher,
) -> None:
    # the 会 of the COO's 经营…会 is inside 会员 (user operations): no 经营…会 for the COO
    found = matcher.match("经营LINE社群并回答会员问题")
    assert found.role == "community-ops"
    assert "coo" not in [c.role for c in found.candidates]


# ---------------------------------------------------------------- one-character phrases
def test_a_one_character_phrase_counts_alone_but_not_inside_a_longer_one(
    matcher: TaskMatcher,
) -> None:
    found = matcher.match("负责QQ群的运营和管理，解答群友问题")  # noqa: RUF001
    assert _scores(found)[0] == ("community-ops", 2.4, ("qq群", "群"))
    assert _scores(matcher.match("QQ群、微信群的维护")) == [
        ("community-ops", 4.0, ("qq群", "微信群"))
    ]


# ---------------------------------------------------------------- platforms and tasks
@pytest.mark.parametrize(
    ("task", "platform"),
    [
        ("淘宝店铺首页及详情页的设计", ("ecommerce-ops", 1.0, ("淘宝", "店铺"))),
        ("Retouch product photos for the online shop", ("ecommerce-ops", 0.5, ("online shop",))),
    ],
)
def test_a_platform_beside_another_roles_task_counts_a_quarter(
    matcher: TaskMatcher, task: str, platform: tuple[str, float, tuple[str, ...]]
) -> None:
    found = matcher.match(task)
    assert found.role == "designer"
    assert _scores(found)[1] == platform  # beside_task 0.25 of 2 + 2, or of 2


def test_platforms_alone_add_up(matcher: TaskMatcher) -> None:
    found = matcher.match("今日头条、百家号的内容发布")
    assert _scores(found)[0] == ("new-media", 4.0, ("今日头条", "百家号"))


# ---------------------------------------------------------------- management verbs
def test_a_management_verb_gives_the_manager_the_subjects_score_plus_lead(
    matcher: TaskMatcher,
) -> None:
    # design is a family the department manager leads: 2 (lead) + the designer's 4
    found = matcher.match("负责京东店铺的整体视觉风格把控与页面装修")
    assert (found.role, found.runner_up) == ("department-manager", "designer")
    assert _scores(found)[:2] == [
        ("department-manager", 6.0, ("把控", "视觉风格", "页面装修")),
        ("designer", 4.0, ("视觉风格", "页面装修")),
    ]
    # the manager's own phrase (规划 0.4) counts too: 0.4 + 2 + campaign operations' 2
    found = matcher.match("帶領行銷團隊規劃年度行銷活動")
    assert _scores(found)[0] == ("operations-director", 4.4, ("规划", "带领", "行销活动"))
    assert found.runner_up is None  # the department manager's 2.4 is under 0.6 of 4.4


def test_the_subject_of_a_management_verb_counts_its_platforms(matcher: TaskMatcher) -> None:
    found = matcher.match("统筹天猫、京东等电商平台的整体运营")
    assert _scores(found)[0] == (
        "ecommerce-director",
        5.0,
        ("电商平台…整体运营", "统筹", "天猫", "京东"),
    )


# ---------------------------------------------------------------- the description
def test_the_description_counts_only_where_the_phrases_do_not_decide(
    matcher: TaskMatcher,
) -> None:
    # the phrases decide: 维护 (in the editor's description) adds nothing
    found = matcher.match("负责外链的发布和推广渠道的开拓维护")
    assert _scores(found) == [
        ("network-promotion", 4.0, ("外链", "推广渠道")),
        ("editor", 0.4, ("发布",)),
    ]
    # they do not (2 against 2): 目标 of the descriptions adds 0.3 times its weight
    found = matcher.match("電商營業額目標")
    assert found.role is None
    assert _scores(found) == [
        ("ecommerce-director", 2.25, ("营业额", "目标")),
        ("ecommerce-ops", 2.0, ("电商",)),
        ("sales-manager", 0.25, ("目标",)),
    ]


def test_at_most_three_candidates_are_shown(matcher: TaskMatcher) -> None:
    found = matcher.match("Anything else the manager asks")  # four roles' descriptions
    assert [c.role for c in found.candidates] == [
        "it-asset-management",
        "department-manager",
        "coo",
    ]


# ---------------------------------------------------------------- the runner-up
@pytest.mark.parametrize(
    ("task", "runner_up"),
    [
        ("撰写公众号推文及品牌故事", "copywriter"),  # 2.4 of 4: just 0.6 of the best
        ("在各大论坛、贴吧发布推广帖", None),  # the editor's 0.4 of 6
    ],
)
def test_the_runner_up_is_shown_from_six_tenths_of_the_best(
    matcher: TaskMatcher, task: str, runner_up: str | None
) -> None:
    found = matcher.match(task)
    assert found.runner_up == runner_up
    assert found.runner_up is None or found.runner_up == found.candidates[1].role


# ---------------------------------------------------------------- no role, no duty
def test_boilerplate_goes_to_no_role_with_no_words(matcher: TaskMatcher) -> None:
    assert matcher.match("完成领导交办的其他任务") == Match(None, ())


def test_a_requirement_without_a_roles_phrase_is_still_no_duty(matcher: TaskMatcher) -> None:
    found = matcher.match("遵守公司的规章制度")
    assert (found.role, found.candidates, found.not_duty) == (None, (), "遵守…制度")


def test_a_requirement_naming_two_roles_is_not_shared(matcher: TaskMatcher) -> None:
    found = matcher.match("有写文案和做海报的经验")
    assert (found.role, found.not_duty, found.shares) == (None, "有…经验", ())


def test_a_shared_duty_names_each_role_once_among_its_candidates(matcher: TaskMatcher) -> None:
    found = matcher.match("定期做数据备份与防病毒检查")
    assert found.shares == (
        Share("network-tech", ("数据备份",)),
        Share("network-security", ("病毒",)),
    )
    assert found.candidates == (
        Candidate("network-tech", 2.0, ("数据备份",)),
        Candidate("network-security", 2.0, ("病毒",)),
        Candidate("department-manager", 1.0, ("检查",)),
    )


# ---------------------------------------------------- the rules on a catalogue of one's own
def _own(roles: dict[str, dict[str, object]], **matching: object) -> TaskMatcher:
    """A matcher of roles given by id (in that order) with their own fields (`keywords`,
    `summary`), and the catalogue's `matching` settings."""
    base = {"name": "R", "name_zh": "岗", "family": "support", "summary": "S.", "source": ["x"]}
    listed = [{**base, "id": rid, **fields} for rid, fields in roles.items()]
    return TaskMatcher(Catalogue.model_validate({"roles": listed, "matching": matching}))


def _keys(**phrases: list[str]) -> dict[str, object]:
    return {"keywords": phrases}


def test_a_phrase_with_two_gaps_hides_a_phrase_in_its_last_part() -> None:
    own = _own(
        {"shop": _keys(strong=["上传…商品…主图", "上传商品"]), "designer": _keys(strong=["主图"])}
    )
    assert _scores(own.match("上传新款商品的主图")) == [("shop", 2.0, ("上传…商品…主图",))]
    # 上传商品 (the shop's own) holds two parts, but the phrase reaches beyond it: both count
    assert _scores(own.match("上传商品的主图")) == [("shop", 4.0, ("上传商品", "上传…商品…主图"))]


def test_a_phrase_that_starts_before_a_phrase_with_gaps_is_not_hidden() -> None:
    own = _own(
        {
            "shop": _keys(strong=["photo editing ... shop"]),
            "designer": _keys(strong=["product photo"]),
        }
    )
    found = own.match("product photo editing for the shop")
    assert _scores(found) == [
        ("shop", 2.0, ("photo editing ... shop",)),
        ("designer", 2.0, ("product photo",)),
    ]


def test_on_a_tie_the_platform_goes_with_the_first_roles_task() -> None:
    # the first role's task is no act: 微信 is not what the second one's 安装 works on
    own = _own(
        {
            "admin": _keys(strong=["维护"]),
            "support": _keys(acts=["安装"], zh=["软件"]),
            "social": _keys(platform=["微信"]),
        }
    )
    assert _scores(own.match("维护电脑，安装微信软件")) == [  # noqa: RUF001
        ("admin", 2.0, ("维护",)),
        ("support", 2.0, ("安装", "软件")),
        ("social", 0.5, ("微信",)),
    ]


def test_on_a_tie_a_management_verb_goes_to_the_manager_of_the_first_role() -> None:
    own = _own(
        {
            "writer": _keys(strong=["文案"]),
            "artist": _keys(strong=["海报"]),
            "editor-in-chief": _keys(leads=["writer"]),
            "art-director": _keys(leads=["artist"]),
        },
        lead_verbs=["带领"],
    )
    found = own.match("带领同事写文案、做海报")
    assert _scores(found)[0] == ("editor-in-chief", 4.0, ("带领", "文案"))
    assert found.role == "editor-in-chief"


BAKERY = {
    "baker": {**_keys(strong=["和面"]), "summary": "每天早上烤面包。"},
    "driver": {**_keys(zh=["送货"]), "summary": "把面包从仓库送到门店。"},
}


def test_a_best_role_exactly_at_the_margin_wins_without_the_description() -> None:
    own = _own(BAKERY, margin=2)  # 2 (和面) against 1 (送货); 仓库 is the driver's word
    found = own.match("和面后送货到仓库")
    assert found.role == "baker"
    assert _scores(found)[1] == ("driver", 1.0, ("送货",))


def test_one_description_word_alone_does_not_decide_where_alone_asks_more() -> None:
    summaries = {rid: {"summary": fields["summary"]} for rid, fields in BAKERY.items()}
    leaning = _own(summaries, description=5.0)
    assert leaning.match("仓库").role == "driver"
    strict = _own(summaries, description=5.0, alone=1)
    found = strict.match("仓库")
    assert (found.role, found.candidates[0].role) == (None, "driver")


SPLIT = {
    "baker": _keys(strong=["和面"]),
    "driver": _keys(strong=["送货"]),
    "host": _keys(strong=["参与"]),
    "cleaner": _keys(weak=["打扫"]),
}


@pytest.mark.parametrize(
    ("task", "shared"),
    [
        ("和面与送货", ["baker", "driver"]),  # 和 starts 和面
        ("参与展会和送货", ["host", "driver"]),  # 与 ends 参与
    ],
)
def test_a_mark_at_either_end_of_a_phrase_parts_nothing(task: str, shared: list[str]) -> None:
    found = _own(SPLIT, clauses=["和", "与"]).match(task)
    assert [s.role for s in found.shares] == shared


def test_a_part_from_half_the_threshold_makes_the_split_unsure() -> None:
    task = "和面与送货与打扫"
    half = _own(SPLIT, clauses=["与"], weak=0.5).match(task)
    assert half.shares == ()
    less = _own(SPLIT, clauses=["与"], weak=0.4).match(task)  # 打扫 counts for nothing
    assert [s.role for s in less.shares] == ["baker", "driver"]


def test_the_roles_shared_are_among_the_candidates_even_below_three_others() -> None:
    own = _own(
        {
            "opener": _keys(zh=["早班", "晚班"]),
            "clerk": _keys(zh=["门店", "仓库"]),
            "counter": _keys(zh=["清点", "登记"]),
            "baker": _keys(strong=["和面"], weak=["面粉"]),
            "driver": _keys(strong=["送货"]),
        },
        clauses=["与"],
        normal=1.1,
        weak=0.125,
    )
    found = own.match("早班门店清点面粉、和面与晚班仓库登记、送货")
    assert found.role is None
    assert [s.role for s in found.shares] == ["baker", "driver"]
    assert _scores(found) == [
        ("opener", 2.2, ("早班", "晚班")),
        ("clerk", 2.2, ("门店", "仓库")),
        ("counter", 2.2, ("清点", "登记")),
        ("baker", 2.12, ("面粉", "和面")),  # 2.125, shown to two decimals
        ("driver", 2.0, ("送货",)),
    ]


def test_a_shared_role_shows_its_score_in_the_whole_duty_even_none() -> None:
    # in the whole duty 写…海报 (across the mark) hides the artist's 海报; the clauses name
    # the writer and the artist surely: the duty is theirs, the artist shown at 0
    own = _own(
        {
            "poster": _keys(strong=["写…海报"]),
            "writer": _keys(strong=["文案"]),
            "artist": _keys(strong=["海报"]),
            "clerk": _keys(weak=["早班", "门店", "晚班", "仓库"]),
        },
        clauses=["和"],
    )
    found = own.match("早班门店写文案和做海报晚班仓库")
    assert [s.role for s in found.shares] == ["writer", "artist"]
    assert _scores(found)[-1] == ("artist", 0.0, ("海报",))


def test_a_management_verb_that_is_the_led_roles_own_phrase_gives_the_duty_to_the_manager() -> None:
    own = _own(
        {"recruiter": _keys(strong=["招聘"]), "hr-head": _keys(leads=["recruiter"])},
        lead_verbs=["招聘"],
    )
    found = own.match("招聘")  # the manager's only word is the recruiter's: 2 (lead) + 2
    assert _scores(found) == [("hr-head", 4.0, ("招聘",)), ("recruiter", 2.0, ("招聘",))]
    assert found.role == "hr-head"
