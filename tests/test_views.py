"""Every result type renders in every format and language; every format has a renderer."""

from __future__ import annotations

import importlib

import pytest
from helpers import ROOT
from pydantic import BaseModel

from opsplan import api
from opsplan.render import FORMATS, RENDERERS, RESULT_FORMATS, render, render_text
from opsplan.views import registry


def results() -> dict[str, BaseModel]:
    return {
        "recommend": api.recommend(size="medium", marketing=True),
        "recommend-fte": api.recommend(size="large", fte=True),
        "roles": api.roles(),
        "one-role": api.roles(role="seo"),
        "drivers": api.drivers(),
        "overload": api.overload(profile=str(ROOT / "examples" / "allrounder.yaml")),
        "team": api.team(team=str(ROOT / "examples" / "team.yaml")),
        "kinds": api.kinds(),
        "match": api.match(["SEO and SEM", "系统设计和编码", "完成领导交办的其他任务"]),
    }


RESULTS = results()


def test_every_format_has_a_renderer() -> None:
    assert len(FORMATS) == len(RENDERERS)
    for renderer in RENDERERS:
        assert callable(renderer.load())


def test_every_result_type_has_a_view() -> None:
    assert {type(r) for r in RESULTS.values()} <= set(registry())


@pytest.mark.parametrize("name", list(RESULTS))
@pytest.mark.parametrize("fmt", RESULT_FORMATS)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_result_renders_in_every_format(name: str, fmt: str, lang: str) -> None:
    if FORMATS[fmt].binary:  # a workbook: a zip
        data = render(RESULTS[name], fmt, lang=lang)  # type: ignore[arg-type]
        assert isinstance(data, bytes)
        assert data.startswith(b"PK")
        return
    text = render_text(RESULTS[name], fmt, lang=lang)  # type: ignore[arg-type]
    assert text.endswith("\n")
    assert len(text.splitlines()) >= 2


def test_user_text_is_shown_as_written_and_controls_escaped() -> None:
    from opsplan.views.document import Column, Document, Notes, Table

    document = Document(
        "[bold]title[/bold] \x1b]0;x\x07",
        [Table([Column("t", "Task")], [["fix seo [/] now"], ["a\nb"]]), Notes(["[important]"])],
    )
    table = importlib.import_module("opsplan.render.as_table").render(document)
    assert "[bold]title[/bold] \\x1b]0;x\\x07" in table
    assert "fix seo [/] now" in table
    assert "a\\x0ab" in table
    assert "- [important]" in table
    assert "\x1b" not in table
    markdown = importlib.import_module("opsplan.render.as_markdown").render(document)
    assert "fix seo \\[/\\] now" in markdown
    assert "\x1b" not in markdown


def test_the_package_exports_the_api() -> None:
    import opsplan

    result = opsplan.recommend(size="small", drivers={"platforms": 6})
    assert result.total.recommended == 3
    assert opsplan.to_text(result, "csv", lang="zh").startswith("role,name,")
    with pytest.raises(opsplan.UsageError):
        opsplan.recommend(size="small", drivers={"nope": 1})
