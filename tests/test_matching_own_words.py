"""Matching's third round (issue 19): duties in people's own words. A verb of working on
things takes the tool named beside it (`acts`), work every team has is the department
manager's unless another role's work is named (`general`), a phrase with gaps hides another
role's phrase inside it (but not its own role's that it reaches beyond), and a manager's
hiring and reviewing (`lead_verbs`) goes to the manager of the team named."""

from __future__ import annotations

import pytest

from opsplan.api import load_data
from opsplan.core.matcher import TaskMatcher

CATALOGUE, _ = load_data()
MATCHER = TaskMatcher(CATALOGUE)


@pytest.mark.parametrize(
    ("task", "role", "thing"),
    [
        ("安装微信", "tech-support", "微信"),
        ("Install WeChat on the new PCs", "tech-support", "wechat"),
        ("教同事用OA系统", "tech-support", "oa系统"),
    ],
)
def test_a_verb_of_working_on_things_takes_the_tool_beside_it(
    task: str, role: str, thing: str
) -> None:
    match = MATCHER.match(task)
    assert match.role == role
    assert thing in match.keywords


@pytest.mark.parametrize(
    ("task", "role"),
    [("维护微信公众号", "new-media"), ("OA系统维护", "erp-admin")],
)
def test_the_tool_alone_is_still_its_roles(task: str, role: str) -> None:
    assert MATCHER.match(task).role == role


def test_a_tool_beside_another_task_only_gives_way() -> None:
    # 文章 is the editor's, but writing is no verb of working on things: 公众号 stays a hint
    match = MATCHER.match("写公众号文章")
    assert match.role is None
    assert "公众号" not in match.candidates[0].words


@pytest.mark.parametrize(
    ("task", "role"),
    [
        ("带新人", "department-manager"),
        ("开部门例会", "department-manager"),
        ("Weekly one-on-ones with my two reports", "department-manager"),
        ("电商团队管理", "ecommerce-director"),
        ("考核客服的工作", "customer-service-lead"),
        ("Daily stand-up with the dev team", "technical-director"),
        ("招聘设计师", "department-manager"),  # a led role's people: their manager hires
        ("面试程序员", "technical-director"),
        ("管技术部的几个程序员", "technical-director"),
    ],
)
def test_work_every_team_has_goes_to_the_team_named(task: str, role: str) -> None:
    assert MATCHER.match(task).role == role


def test_a_phrase_with_gaps_hides_another_roles_phrase_inside_it() -> None:
    match = MATCHER.match("上传商品主图")  # uploading the main image is no design
    assert match.role == "editor"
    assert "designer" not in [c.role for c in match.candidates]
    # ... and a longer phrase still hides a part of one with gaps (negative context)
    assert MATCHER.match("管理技术团队").role == "technical-director"
