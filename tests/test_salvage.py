"""A file with schema errors is still cross-checked on its valid items, and each finding is
reported at its item's line in the file, with the file's own indices in its message (a
duplicate's first place), whatever broken items come before it. `validate()` is called as the
CLI calls it. These kill surviving mutants of `opsplan/validate/salvage.py` (docs/mutation.md)."""

from __future__ import annotations

from pathlib import Path

from opsplan.validate.checker import validate

ROLES = """\
sources:
  - {id: broken, language: fr, title: T, contributes: x}
  - {id: s, language: en, title: S, contributes: x}
roles:
  - {id: bad, name: Bad, name_zh: 坏, family: promotion, summary: s, source: [s], duties: [{name: d, hours: "2"}]}
  - {id: seo, name: SEO, name_zh: SEO, family: promotion, summary: s, source: [s]}
  - {id: seo, name: SEO again, name_zh: SEO2, family: promotion, summary: s, source: [s]}
  - {id: web, name: Web, name_zh: 网, family: design, summary: s, source: [nope]}
"""  # noqa: E501

NORMS = """\
capacity_hours: 40
utilization: 0.8
drivers: {}
norms:
  - not a norm
  - {size: tiny, marketing: false, source: s, roles: [{role: seo, min: 1, max: 1}]}
  - size: small
    marketing: false
    source: s
    roles:
      - {role: seo, min: lots, max: 1}
      - {role: web-guru, min: 1, max: 1}
      - {role: designer, min: 3, max: 2}
      - {role: designer, min: 1, max: 1}
  - {size: small, marketing: false, source: s, roles: [{role: seo, min: 1, max: 1}]}
"""

TEAM = """\
company: {size: small}
people:
  - {name: Bad, roles: [seo], capacity_hours: lots}
  - {name: Li, roles: [web-guru]}
"""

PROFILE = """\
company: {size: small}
duties:
  - {role: seo, hours: lots}
  - {role: web-guru, hours: 5}
"""


def report(tmp_path: Path, name: str, text: str) -> tuple[str, list[tuple[int | None, str]]]:
    """The kind validate found and its problems (line, message), a file alone in its folder."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    done = validate([str(path)])
    [checked] = done.files
    return checked.kind, [(p.line, str(p.message)) for p in done.problems]


def test_a_broken_roles_file_s_valid_roles_and_sources_are_checked(tmp_path: Path) -> None:
    assert report(tmp_path, "roles.yaml", ROLES) == (
        "roles",
        [
            (2, "sources[0].language: must be 'en' or 'zh', got the string \"fr\""),
            (5, 'roles[0].duties[0].hours: expected a number, got the string "2"'),
            (7, "duplicate role id 'seo' (first at roles[1])"),
            (8, "source 'nope' is not in the file's sources: (s)"),
        ],
    )


def test_a_broken_norms_file_s_valid_norms_and_rows_are_checked(tmp_path: Path) -> None:
    assert report(tmp_path, "norms.yaml", NORMS) == (
        "norms",
        [
            (5, 'norms[0]: expected a mapping, got the string "not a norm"'),
            (6, "norms[1].size: must be 'small', 'medium' or 'large', got the string \"tiny\""),
            (11, 'norms[2].roles[0].min: expected a whole number, got the string "lots"'),
            (12, "unknown role 'web-guru'"),
            (13, "min (3) is greater than max (2)"),
            (14, "role 'designer' is twice in this norm (also roles[2])"),
            (15, "a second norm for a small non-marketing department (the first is norms[2])"),
        ],
    )


def test_a_broken_team_s_valid_people_are_checked(tmp_path: Path) -> None:
    kind, problems = report(tmp_path, "team.yaml", TEAM)
    assert kind == "team"
    assert [line for line, _ in problems] == [3, 4]
    assert "unknown role 'web-guru'" in problems[1][1]


def test_a_broken_profile_s_valid_duties_are_checked(tmp_path: Path) -> None:
    kind, problems = report(tmp_path, "me.yaml", PROFILE)
    assert kind == "profile"
    assert [line for line, _ in problems] == [3, 4]
    assert "unknown role 'web-guru'" in problems[1][1]


def test_a_broken_company_leaves_nothing_to_cross_check(tmp_path: Path) -> None:
    text = TEAM.replace("{size: small}", "{size: huge}")
    assert [line for line, _ in report(tmp_path, "team.yaml", text)[1]] == [1, 3]


BENCHMARK = """\
sources:
  - {id: broken, language: fr, title: T, contributes: x}
  - {id: s, language: en, title: S, contributes: x}
roles:
  - {id: bad, name: Bad, name_zh: 坏, family: promotion, summary: s, source: [s], duties: [{name: d, hours: "2"}]}
  - {id: seo, name: SEO, name_zh: SEO, family: promotion, summary: s, source: [s], duties: [{name: d, hours: 1, basis: {kind: cited, figure: f, sources: [s]}}]}
"""  # noqa: E501

MINE = """\
sources:
  - {id: s, language: en, title: S, contributes: x}
roles:
  - {id: web, name: Web, name_zh: 网, family: design, summary: s, source: [s]}
"""

NAMED = """\
catalogue: mine.yaml
capacity_hours: 40
utilization: 0.8
drivers: {}
sources:
  - {id: broken, language: fr, title: T, contributes: x}
  - {id: s, language: en, title: S, contributes: x}
norms:
  - {size: small, marketing: false, source: nope, roles: [{role: web, min: 1, max: 1}, {role: designer, min: 1, max: 1}]}
"""  # noqa: E501


def test_a_finding_on_a_broken_roles_file_s_source_is_at_that_source(tmp_path: Path) -> None:
    """A benchmark without publisher or year: the second source, line 3, not the first."""
    problems = report(tmp_path, "roles.yaml", BENCHMARK)[1]
    assert [line for line, _ in problems] == [2, 3, 3, 5]
    assert problems[1][1] == "benchmark 's' is cited but names no publisher"


def test_a_broken_norms_file_is_checked_against_its_catalogue_and_sources(
    tmp_path: Path,
) -> None:
    (tmp_path / "mine.yaml").write_text(MINE, encoding="utf-8")
    problems = report(tmp_path, "norms.yaml", NAMED)[1]
    assert problems[1:] == [
        (9, "source 'nope' is not in the file's sources: (s)"),
        (9, f"unknown role 'designer': the catalogue {tmp_path / 'mine.yaml'} has no such role"),
    ]


def test_a_norms_file_with_no_norms_is_reported_not_a_traceback(tmp_path: Path) -> None:
    text = "capacity_hours: 40\nutilization: lots\ndrivers: {}\nnorms:\n"
    assert report(tmp_path, "norms.yaml", text) == (
        "norms",
        [
            (2, 'utilization: expected a number, got the string "lots"'),
            (4, "norms: expected a list, got nothing (null)"),
        ],
    )


def test_a_catalogue_that_is_not_a_name_is_not_looked_for(tmp_path: Path) -> None:
    """`catalogue: 5` is a schema error; the valid norms are checked against the built-in."""
    text = (
        "catalogue: 5\ncapacity_hours: 40\nutilization: 0.8\ndrivers: {}\nnorms:\n"
        "  - {size: small, marketing: false, source: s, roles: [{role: web-guru, min: 1, max: 1}]}\n"  # noqa: E501
    )
    assert report(tmp_path, "norms.yaml", text) == (
        "norms",
        [(1, "catalogue: expected text, got 5"), (6, "unknown role 'web-guru'")],
    )
