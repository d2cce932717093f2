"""`opsplan validate` passes on the shipped data and fails, located, on broken copies of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATA, run

# (file, text to find, replacement, message, where: the text in the broken file whose line the
# error must point at; None for the replacement's own line)
BREAKS = [
    (
        "roles.yaml",
        "  - id: designer\n",
        "  - id: seo\n",
        "duplicate role id 'seo' (first at roles[1])",
        "  - id: seo\n    name: SEO",
    ),
    (
        "roles.yaml",
        "family: design\n",
        "family: art\n",
        "roles[1].family: must be 'promotion',",
        None,
    ),
    (
        "roles.yaml",
        "driver: [platforms, posts]\n",
        "driver: [platform, posts]\n",
        "driver 'platform' is not defined",
        None,
    ),
    (
        "roles.yaml",
        "strong: [文案,",
        "strong: [seo, 文案,",
        "keyword 'seo' is claimed by 'copywriter' and 'seo'",
        "strong: [seo, 搜索引擎优化",
    ),
    (
        "roles.yaml",
        "    name_zh: 文案\n",
        "",
        "missing required key 'name_zh' in roles[2]",
        "  - id: copywriter",
    ),
    (
        "norms.yaml",
        "{role: designer, min: 1, max: 2}",
        "{role: designer, min: 3, max: 2}",
        "min (3) is greater than max (2)",
        None,
    ),
    (
        "norms.yaml",
        "{role: network-tech, min: 1, max: 3}",
        "{role: network-techie, min: 1, max: 3}",
        "unknown role 'network-techie'",
        None,
    ),
    (
        "norms.yaml",
        "utilization: 0.8 ",
        "utilization: 1.8 ",
        "utilization: must be at most 1, got 1.8",
        None,
    ),
    (
        "norms.yaml",
        "  - size: large\n    marketing: false\n",
        "  - size: large\n    marketing: true\n",
        "a second norm for a large marketing department",
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "message", "where"), BREAKS, ids=[b[3][:40] for b in BREAKS]
)
def test_broken_copy_is_located(
    name: str, old: str, new: str, message: str, where: str | None, tmp_path: Path
) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text, f"the data changed: {old!r} is no longer in {name}"
    broken_text = text.replace(old, new, 1)
    anchor = broken_text.index(where) if where else text.index(old)
    line = broken_text.count("\n", 0, anchor) + 1
    broken = tmp_path / name
    broken.write_text(broken_text, encoding="utf-8")
    other = "norms.yaml" if name == "roles.yaml" else "roles.yaml"
    (tmp_path / other).write_text((DATA / other).read_text(encoding="utf-8"), encoding="utf-8")
    result = run(["validate", str(tmp_path / "roles.yaml"), str(tmp_path / "norms.yaml")])
    assert result.exit_code == 1, result.stdout
    located = [x for x in result.stdout.splitlines() if message in x]
    assert located, result.stdout
    assert located[0].startswith(f"{broken}:{line}:"), (located[0], line)


def test_shipped_data_is_valid() -> None:
    result = run(["validate", str(DATA / "roles.yaml"), str(DATA / "norms.yaml")])
    assert result.exit_code == 0
    assert result.stdout.count(": ok (") == 2
