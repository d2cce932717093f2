"""Free-text tasks to roles: specific terms beat generic ones, close calls show a runner-up,
generic words alone match nothing, and common tasks in both languages are known."""

from __future__ import annotations

import pytest

from opsplan.api import load_data
from opsplan.core.matcher import TaskMatcher

CATALOGUE, _ = load_data()
MATCHER = TaskMatcher(CATALOGUE)


@pytest.mark.parametrize(
    ("task", "role"),
    [
        # a tie by length used to go to the role first in the catalogue
        ("百度竞价账户管理", "sem"),
        ("Run Google Ads campaigns", "sem"),
        ("Baidu ranking and indexing", "seo"),
        # website upkeep
        ("官网维护，更新产品信息", "editor"),  # noqa: RUF001 (a Chinese comma, as typed)
        ("Update product pages on the website", "editor"),
        # Western and newer Chinese platforms
        ("Post on Instagram, Facebook and LinkedIn", "new-media"),
        ("YouTube channel and Twitter", "new-media"),
        ("小红书和B站的日常运营", "new-media"),
        ("快手、视频号、短视频", "new-media"),
        ("Bilibili and Kuaishou videos", "new-media"),
        ("Xiaohongshu notes", "new-media"),
        ("follow up orders with the warehouse", "merchandiser"),
        ("retouch product photos for the shop", "designer"),
    ],
)
def test_tasks_match_the_role_a_person_would_name(task: str, role: str) -> None:
    assert MATCHER.match(task).role == role


@pytest.mark.parametrize(
    "task",
    ["Order the team lunch", "water the office plants", "Google things", "买咖啡", "pc"],
)
def test_generic_words_alone_match_nothing(task: str) -> None:
    assert MATCHER.match(task).role is None


def test_a_close_second_is_the_runner_up() -> None:
    found = MATCHER.match("SEO and SEM")
    assert {found.role, found.runner_up} == {"seo", "sem"}
    assert MATCHER.match("WeChat official account").runner_up is None
