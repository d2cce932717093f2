"""The HTML pages in a real browser: headless Chromium (Debian's `chromium`; `.ci/run` installs
it with a CJK font), driven over the DevTools protocol on a pipe (`tools/chromium.py`), with no
network. Each command's page, in both languages: it loads with no console error (a style the
page's policy forbids would be one), each chart is drawn with a size, nothing is wider than an
A4 page's printable width when printed, it prints on A4, and Chinese text is not drawn as
missing-glyph boxes. Each check is shown to fail on a page made to fail it.

Without Chromium the tests skip, saying why (test_html.py's structural checks still run); with
OPSPLAN_BROWSER_REQUIRED=1 (CI) a missing browser or CJK font is a failure instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, run, tool
from html_page import PAGES

chromium = tool("chromium")
REQUIRED = os.environ.get("OPSPLAN_BROWSER_REQUIRED") == "1"
BINARY = chromium.find()
if BINARY is None and not REQUIRED:
    pytest.skip(
        "no Chromium: `apt-get install chromium fonts-noto-cjk` (as .ci/run does) to run the "
        "browser checks; the structural checks of test_html.py ran",
        allow_module_level=True,
    )

A4_WIDTH = round((210 - 2 * 12) / 25.4 * 96)  # the printable width in CSS pixels (12 mm margins)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

OVERFLOW = """(() => {
  const width = document.documentElement.clientWidth, wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 || r.left < -0.5)
      wide.push(`${el.tagName} ${Math.round(r.left)}..${Math.round(r.right)}`);
    else if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1
             && getComputedStyle(el).overflowX === 'visible')  // SVG's scrollWidth means nothing
      wide.push(`${el.tagName} holds ${el.scrollWidth}px in ${el.clientWidth}px`);
  }
  return {width, scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 5)};
})()"""
CHARTS = """[...document.querySelectorAll('svg.chart')].map((svg) => {
  const r = svg.getBoundingClientRect();
  return [r.width, r.height, !!svg.querySelector('title'), !!svg.querySelector('desc')];
})"""
# Each distinct CJK character drawn on a canvas in the page's font, against the missing glyph
# (code points no font has): a character drawn like it has no glyph.
GLYPHS = r"""(() => {
  const chars = [...new Set(document.body.innerText.match(/[\u3400-\u9fff]/g) || [])];
  const font = getComputedStyle(document.body).fontFamily;
  const canvas = document.createElement('canvas');
  canvas.width = 48; canvas.height = 48;
  const g = canvas.getContext('2d', {willReadFrequently: true});
  const sig = (ch) => {
    g.clearRect(0, 0, 48, 48); g.font = '32px ' + font; g.fillText(ch, 4, 38);
    const d = g.getImageData(0, 0, 48, 48).data; let h = 0, ink = 0;
    for (let i = 3; i < d.length; i += 4) { h = (Math.imul(h, 31) + d[i]) >>> 0; ink += d[i] > 0; }
    return h + ':' + ink;
  };
  const missing = new Set(['\u0378', '\u0380', '\u{10FFFD}'].map(sig));
  return {count: chars.length, boxes: chars.filter((ch) => missing.has(sig(ch))).slice(0, 20)};
})()"""


def cjk_font() -> bool:
    """Whether fontconfig has a font for Chinese."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if BINARY is None:
        pytest.fail("OPSPLAN_BROWSER_REQUIRED=1 but no Chromium: .ci/run installs it")
    with chromium.Chromium(BINARY) as started:
        yield started


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every command's page in both languages, written by opsplan."""
    folder = tmp_path_factory.mktemp("pages")
    made = {}
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        for name, (args, _) in PAGES.items():
            for lang in ("en", "zh"):
                path = folder / f"{name}-{lang}.html"
                result = run([*args, "--lang", lang, "-o", str(path)])
                assert result.exit_code == 0, result.stderr
                made[f"{name}-{lang}"] = path
    finally:
        os.chdir(cwd)
    return made


def charts_of(name: str) -> int:
    return PAGES[name.rsplit("-", 1)[0]][1]


def inspect(browser: Any, path: Path) -> dict[str, Any]:
    """What the checks read off a page: errors, charts, the layout in print, the PDF, glyphs."""
    page = browser.open(path)
    try:
        found: dict[str, Any] = {"charts": page.evaluate(CHARTS), "glyphs": page.evaluate(GLYPHS)}
        page.media("print")
        page.viewport(A4_WIDTH, 1100)
        found["print"] = page.evaluate(OVERFLOW)
        found["pdf"] = page.pdf()
        found["errors"] = page.errors
        return found
    finally:
        page.close()


NAMES = [f"{name}-{lang}" for name in PAGES for lang in ("en", "zh")]


@pytest.mark.parametrize("name", NAMES)
def test_page_in_a_browser(name: str, browser: Any, pages: dict[str, Path]) -> None:
    found = inspect(browser, pages[name])
    assert found["errors"] == []
    assert len(found["charts"]) == charts_of(name)
    for width, height, title, desc in found["charts"]:
        assert width > 0
        assert height > 0
        assert title
        assert desc
    layout = found["print"]
    assert layout["width"] == A4_WIDTH
    assert layout["scroll"] <= layout["width"], layout
    assert layout["wide"] == [], layout
    assert found["pdf"].startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", found["pdf"])
    assert boxes, "no page size in the PDF"
    for width, height in boxes:  # A4 in points: 595.28 x 841.89
        assert abs(float(width) - 595.28) < 1.5
        assert abs(float(height) - 841.89) < 1.5
    if name.endswith("-zh"):
        if not cjk_font() and not REQUIRED:
            pytest.skip("no CJK font: `apt-get install fonts-noto-cjk` (as .ci/run does)")
        assert found["glyphs"]["count"] > 10
        assert found["glyphs"]["boxes"] == []


def test_the_checks_fail_on_a_page_made_to_fail_them(
    browser: Any, pages: dict[str, Path], tmp_path: Path
) -> None:
    html = pages["team-en"].read_text(encoding="utf-8")
    broken = html.replace(
        "</main>",
        '<p style="color: red">a style the policy forbids</p><pre>' + "x" * 400 + "</pre>"
        '<svg class="chart" width="0" height="0"></svg></main>',
    )
    path = tmp_path / "broken.html"
    path.write_text(broken, encoding="utf-8")
    found = inspect(browser, path)
    assert any("Content Security Policy" in e for e in found["errors"]), found["errors"]
    assert found["print"]["scroll"] > A4_WIDTH
    assert any(w.startswith("PRE") for w in found["print"]["wide"]), found["print"]
    empty = [c for c in found["charts"] if not (c[0] > 0 and c[1] > 0 and c[2] and c[3])]
    assert len(empty) == 1, found["charts"]


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="no DejaVu fonts to fall back on")
def test_the_glyph_check_sees_missing_glyphs(pages: dict[str, Path], tmp_path: Path) -> None:
    """Chromium with fontconfig told of DejaVu only (no Chinese): the characters are boxes."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
        f"<dir>{DEJAVU}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    with chromium.Chromium(BINARY, env={**os.environ, "FONTCONFIG_FILE": str(config)}) as bare:
        page = bare.open(pages["team-zh"])
        glyphs = page.evaluate(GLYPHS)
    assert glyphs["count"] > 10
    assert len(glyphs["boxes"]) == min(glyphs["count"], 20)
