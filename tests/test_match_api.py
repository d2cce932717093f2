"""`api.match`: the top three roles per duty with scores and the deciding words, its view in
both languages, its bad inputs; and validate's checks of the matching phrases."""

from __future__ import annotations

import json

import pytest

from opsplan import api
from opsplan.core.checks import check_phrases
from opsplan.errors import UsageError
from opsplan.models.data import Catalogue
from opsplan.render import render_text as render

DUTIES = ["SEO or SEM", "系统设计和编码", "完成领导交办的其他任务", "網站設計與美編排版"]


def test_each_duty_gets_its_top_roles_scores_and_words() -> None:
    report = api.match(DUTIES)
    tie, system, boilerplate, design = report.phrases
    assert tie.role is None
    assert [c.role for c in tie.candidates] == ["seo", "sem"]
    assert system.role == "website-programmer"
    assert system.candidates[0].words == ["系统设计", "编码"]
    assert boilerplate.role is None
    assert boilerplate.candidates == []
    assert design.role == "designer"
    assert len(design.candidates) <= 3
    assert (report.threshold, report.margin) == (1.0, 1.3)


def test_the_view_says_which_is_taken_and_which_is_unsure() -> None:
    report = api.match(DUTIES)
    table = render(report, "table", lang="en")
    assert "unsure" in table
    assert "no role" in table
    assert "yes" in table
    assert "Website programmer" in table
    assert "add `role:` to settle it" in table
    chinese = render(report, "table", lang="zh")
    assert "不确定" in chinese
    assert "网站开发工程师" in chinese
    assert "无岗位" in chinese
    rows = json.loads(render(report, "json", lang="en"))
    assert rows["phrases"][1]["candidates"][0]["role"] == "website-programmer"
    csv = render(report, "csv", lang="en").splitlines()
    assert csv[0] == "text,rank,role,name,score,taken,words"
    assert csv[1].startswith("SEO or SEM,1,seo,SEO specialist,2.0,false,seo")


@pytest.mark.parametrize(
    ("texts", "code"),
    [([], "match_no_text"), (["  "], "match_bad_text"), (["x" * 2001], "match_bad_text")],
)
def test_bad_duties_are_usage_errors(texts: list[str], code: str) -> None:
    with pytest.raises(UsageError) as caught:
        api.match(texts)
    assert caught.value.msg.code == code  # type: ignore[attr-defined]


def test_too_many_duties_at_once() -> None:
    with pytest.raises(UsageError) as caught:
        api.match(["seo"] * (api.MAX_PHRASES + 1))
    assert "at most 1000" in caught.value.msg.text("en")  # type: ignore[attr-defined]


def _catalogue(keywords: dict[str, dict[str, list[str]]], ignore: list[str]) -> Catalogue:
    roles = [
        {
            "id": rid,
            "name": rid,
            "name_zh": rid,
            "family": "support",
            "summary": "A role.",
            "source": ["x"],
            "keywords": kw,
        }
        for rid, kw in keywords.items()
    ]
    return Catalogue.model_validate({"roles": roles, "matching": {"ignore": ignore}})


def test_validate_compares_phrases_as_the_matcher_does() -> None:
    catalogue = _catalogue(
        {
            "a": {"zh": ["设计"], "en": ["Printer"], "negative": ["设计"]},
            "b": {"strong": ["設計"], "weak": ["printers"], "en": ["1688", "!!"]},
        },
        ignore=["PRINTER", "其他工作"],
    )
    found = [(f.path, f.message.code) for f in check_phrases(catalogue)]
    assert found == [
        (("roles", 0, "keywords", "negative", 0), "phrase_negative"),  # a's own phrase
        (("roles", 1, "keywords", "strong", 0), "keyword_twice"),  # 設計 is 设计
        (("roles", 1, "keywords", "en", 0), "phrase_number"),
        (("roles", 1, "keywords", "en", 1), "phrase_empty"),
        (("roles", 1, "keywords", "weak", 0), "keyword_twice"),  # printers is printer
        (("matching", "ignore", 0), "phrase_negative"),  # boilerplate that is a phrase
    ]


def test_the_built_in_phrases_are_sound() -> None:
    catalogue, _ = api.load_data()
    assert check_phrases(catalogue) == []
