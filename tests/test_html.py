"""`--format html`: golden pages in both languages, the page read back with the standard
library's parser (well-formed, only known elements, its policy, a chart for each hint), user text
escaped, and the charts' data (aggregated past a page, extreme numbers). Runs everywhere; the
browser's own checks are in test_html_browser.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, check_golden, run
from html_page import PAGES, Page, check
from hypothesis import given, settings
from hypothesis import strategies as st
from test_views import RESULTS as VIEW_RESULTS

from opsplan import api
from opsplan.i18n import Lang
from opsplan.record import replace
from opsplan.render import render_text
from opsplan.render.chartdata import fmt, from_table, number
from opsplan.textfmt import safe
from opsplan.views import view_of
from opsplan.views.document import (
    Bar,
    Cell,
    Chart,
    Column,
    Document,
    Facts,
    Line,
    Notes,
    Paragraph,
    Steps,
    Table,
)

HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "a & b 'c' \x1b[2J"]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", list(PAGES))
def test_html_golden(name: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run([*PAGES[name][0], "--format", "html", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    check_golden(f"{name}{'-zh' if lang == 'zh' else ''}.html", result.stdout)


# Every result type (test_views.py's), a roster's team and validate's report.
RESULTS: dict[str, Any] = {
    **VIEW_RESULTS,
    "roster": api.team(team=str(ROOT / "examples" / "roster.csv"), company={"size": "small"}),
    "validate": api.validate([str(ROOT / "examples" / "team.yaml")]),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", list(RESULTS))
def test_every_result_is_a_well_formed_page(name: str, lang: Lang) -> None:
    result = RESULTS[name]
    document = view_of(result)(result, lang)
    page = check(render_text(result, "html", lang=lang), document, lang)
    if document.title:
        assert document.title in page.all_text


@pytest.mark.parametrize("name", list(PAGES))
def test_the_pages_with_charts_have_them(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args, charts = PAGES[name]
    assert len(Page(run([*args, "-f", "html"]).stdout).svgs) == charts


def hostile_results(tmp_path: Path) -> list[Any]:
    names = [json.dumps(h) for h in HOSTILE]  # a JSON string is a YAML one
    profile = tmp_path / "me.yaml"
    profile.write_text(
        f"name: {names[0]}\ncompany: {{size: small}}\nduties:\n"
        + "".join(f"  - {n}\n  - task: {n}\n    hours: 3\n" for n in names),
        encoding="utf-8",
    )
    team = tmp_path / "team.yaml"
    team.write_text(
        f"name: {names[1]}\ncompany: {{size: small}}\npeople:\n"
        + "".join(f"  - name: {n}\n    roles: [seo, designer]\n" for n in names),
        encoding="utf-8",
    )
    return [api.overload(profile=str(profile)), api.team(team=str(team))]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_user_text_shows_as_text(tmp_path: Path, lang: Lang) -> None:
    for result in hostile_results(tmp_path):
        html = render_text(result, "html", lang=lang)
        page = check(html, view_of(result)(result, lang), lang)
        for text in HOSTILE[:2]:
            assert text in page.all_text
        assert "\\x1b[2J" in page.all_text
        assert "\x1b" not in html
        assert "<script" not in html
        assert "<img" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)


@settings(max_examples=150, deadline=None)
@given(
    title=TEXT,
    label=TEXT,
    cells=st.lists(st.tuples(TEXT, st.floats(allow_nan=True) | st.none()), max_size=8),
    note=TEXT,
)
def test_any_text_is_escaped_and_kept(
    title: str, label: str, cells: list[tuple[str, float | None]], note: str
) -> None:
    chart = Chart(title, label, values=("v",), lines=(Line(1.0, label, "bad"),))
    table = Table(
        [Column("name", label), Column("v", note, "num")],
        [[name, value] for name, value in cells],
        title=title,
        charts=(chart, Chart(note, title, mark="v", low="v", high="v")),
    )
    steps = Steps(title, [note], chart=Chart(label, note, points=((note, Cell(2.0, title)),)))
    facts = Facts([(label, note), ("", Bar(3.0, title, chart=Chart(title, label)))])
    document = Document(title, [facts, table, steps, Notes([note]), Paragraph(label, True)])
    page = check(render_text_of(document), document, "en")
    for text in (title, label, note, *(name for name, _ in cells)):
        assert safe(text) in page.all_text


def render_text_of(document: Document, lang: Lang = "en") -> str:
    from opsplan.render import as_html

    return as_html.render(document, lang=lang)


def test_a_time_series_has_a_panel_per_value_and_its_phases_shaded() -> None:
    columns = [
        Column("month", "Month"),
        Column("phase", "Phase"),
        Column("headcount", "Headcount", "num"),
        Column("cost", "Monthly cost", "num"),
    ]
    rows: list[list[Any]] = [
        [f"2026-{m:02}", Cell("Build" if m < 5 else "Run", ""), 2 + m, Cell(1e3 * m, f"¥{m},000")]
        for m in range(1, 13)
    ]
    chart = Chart(
        "Plan", "Month", kind="time", label="month", values=("headcount", "cost"), phase="phase"
    )
    document = Document("Plan", [Table(columns, rows, charts=(chart,))])
    html = render_text_of(document)
    page = check(html, document, "en")
    assert html.count("<polyline") == 2
    assert len(re.findall(r'class="phase(-p)?"', html)) == 2  # two runs, shaded in turn
    # the shading stays inside the drawing (the last run once reached half a month past it,
    # wider than A4 in print)
    width = float(re.findall(r'viewBox="0 0 ([\d.]+) ', html)[0])
    shaded = re.findall(r'<rect x="([\d.-]+)" y="[\d.-]+" width="([\d.]+)"[^>]*class="phase', html)
    assert len(shaded) == 2
    assert all(float(x) >= 0 and float(x) + float(w) <= width for x, w in shaded), (width, shaded)
    assert "Build" in page.all_text
    assert "Monthly cost" in page.all_text
    assert "¥12,000" in page.all_text
    # every month labelled, whole (a year's labels fit); ten years' labelled every few months
    assert all(f'"middle">2026-{m:02}</text>' in html for m in range(1, 13))
    rows = [
        [f"{2026 + m // 12}-{m % 12 + 1:02}", Cell("Run", ""), m, Cell(m, "")] for m in range(120)
    ]
    html = render_text_of(Document("Plan", [Table(columns, rows, charts=(chart,))]))
    ticks = re.findall(r'class="tick" text-anchor="middle">([^<]*)<', html)
    assert 10 <= len(ticks) < 120
    assert all(re.fullmatch(r"20\d\d-\d\d", tick) for tick in ticks)
    # a line far above the data (a budget) is drawn inside its panel, the panel's axis up to it
    budget = replace(chart, values=("cost",), lines=(Line(1e6, "Budget", "bad"),))
    html = render_text_of(Document("Plan", [Table(columns, rows, charts=(budget,))]))
    axis = re.findall(r'class="tick" text-anchor="end">([\d,.]+)<', html)
    assert max(float(tick.replace(",", "")) for tick in axis) >= 5e5  # not clamped at 120


def test_paired_bars_have_a_legend_and_a_pattern_or_shape_per_series() -> None:
    html = render_text(RESULTS["team"], "html")
    coverage = html[html.index("<svg") : html.index("</svg>")]
    assert 'class="s0"' in coverage
    assert 'class="s1"' in coverage
    assert "Staffed FTE" in coverage
    assert "Demand FTE" in coverage
    assert 'class="callout"' in coverage  # single points of failure, called out by a shape


def big_table(n: int, values: tuple[str, ...]) -> Table:
    columns = [Column("name", "Person"), Column("a", "A", "pct"), Column("b", "B", "num")]
    rows: list[list[Any]] = [[f"p{i}", (i % 300) / 100, i] for i in range(n)]
    chart = Chart("Load", "Load", values=values, lines=(Line(1.0, "100%", "bad"),))
    return Table(columns, rows, charts=(chart,), limit=200)


def test_a_chart_of_one_value_over_a_page_shows_its_distribution() -> None:
    table = big_table(10_000, ("a",))
    data = from_table(table.charts[0], table, "en")
    assert 3 <= len(data.rows) <= 14
    assert sum(r.values[0] or 0 for r in data.rows) == 10_000
    assert "10,000" in data.title
    over = [r for r in data.rows if r.style == "bad"]
    assert sum(r.values[0] or 0 for r in over) == sum(1 for i in range(10_000) if i % 300 > 100)
    html = render_text_of(Document("Big", [table]))
    assert html.count("<tr>") <= 202


def test_a_chart_of_several_values_over_a_page_draws_the_first_rows() -> None:
    table = big_table(500, ("a", "b"))
    data = from_table(table.charts[0], table, "en")
    assert len(data.rows) == 40
    assert "40" in data.title
    assert "500" in data.title


@pytest.mark.parametrize(
    "values",
    [[1e308, 0.0], [-5.0, 3.0], [None, None], [float("inf"), 2.0], [7.0, 7.0], [5e-324, 0.0]],
)
def test_extreme_numbers_draw(values: list[Any]) -> None:
    columns = [Column("name", "Name"), Column("v", "V", "num")]
    rows: list[list[Any]] = [[f"r{i}", v] for i, v in enumerate(values)]
    chart = Chart("T", "V", values=("v",), lines=(Line(1.0, "one"),), low="v", high="v", mark="v")
    document = Document("T", [Table(columns, rows, charts=(chart,))])
    check(render_text_of(document), document, "en")


def test_numbers_and_axes() -> None:
    assert number(Cell(3, "3 est.")) == 3.0
    assert number(True) is None
    assert number("7") is None
    assert number(float("nan")) is None
    assert number(10**400) is None
    assert fmt(0.85, "pct") == "85%"
    assert fmt(2.5, "num") == "2.5"
    assert fmt(3e9, "num") == "3e+09"


def test_html_goes_to_a_file_by_its_extension(tmp_path: Path) -> None:
    out = tmp_path / "report.htm"
    result = run(["recommend", "-s", "small", "-o", str(out), "--lang", "zh"])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith('<!DOCTYPE html>\n<html lang="zh-CN">')


def modules_of(*args: str) -> set[str]:
    """Every module `python -m opsplan ARGS` imports (from -X importtime)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "opsplan", *args],
        capture_output=True,
        cwd=ROOT / "tests",  # no opsplan package here to shadow the installed one
        timeout=60,
        check=True,
    )
    lines = done.stderr.decode().splitlines()
    return {line.rsplit("|", 1)[1].strip() for line in lines if line.startswith("import time:")}


def test_only_html_loads_the_html_renderer() -> None:
    html = {"opsplan.render.as_html", "opsplan.render.svg", "opsplan.render.chartdata"}
    for other in ("table", "json", "csv", "markdown"):
        assert not modules_of("recommend", "--size", "small", "--format", other) & html, other
    assert html <= modules_of("recommend", "--size", "small", "--format", "html")


def test_a_scale_whose_ends_are_too_far_apart_to_step_has_ticks_at_its_ends() -> None:
    from opsplan.render.svg import Scale

    # hypothesis found it: (hi - lo) / step overflowed to inf and round(inf) raised
    scale = Scale([4.547639295861948e303, -1.7976476584693572e308], 0.0, 100.0, 5, False)
    assert scale.ticks() == [scale.lo, scale.hi]
