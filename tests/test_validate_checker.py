"""validate's checker called as the CLI calls it (`checker.validate(paths, stdin)`), its report
checked as a caller sees it: each file's kind, counts and what it was checked against, and its
problems in the file's order; a file that cannot be read or recognised does not stop the files
after it; standard input; the built-in files' cached report is the full check's. These kill
surviving mutants of `opsplan/validate/checker.py` (docs/mutation.md)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from helpers import CASES, DATA, run

from opsplan import loader
from opsplan.validate.checker import validate

# a norms file with two unknown roles (lines 6 and 8) against the built-in catalogue
UNKNOWN_ROLES = (CASES / "validate" / "norms-unknown-role" / "norms.yaml").read_text("utf-8")


def problems(report: object, file: str) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in report.problems if p.file == file]  # type: ignore[attr-defined]


def test_a_file_that_cannot_be_read_or_recognised_does_not_stop_the_others(
    tmp_path: Path,
) -> None:
    norms = tmp_path / "norms.yaml"
    norms.write_text(UNKNOWN_ROLES, encoding="utf-8")
    notes = tmp_path / "notes.yaml"
    notes.write_text("title: not a data file\n", encoding="utf-8")
    report = validate([str(tmp_path / "missing.yaml"), str(notes), str(norms)])
    assert problems(report, str(norms)) == [
        (6, "unknown role 'web-guru'"),
        (8, "unknown role 'semm'"),
    ]
    assert [(f.kind, f.errors, f.readable) for f in report.files] == [
        ("unknown", 1, False),
        ("unknown", 1, True),
        ("norms", 2, True),
    ]


def test_a_file_on_standard_input() -> None:
    report = validate(["-"], io.BytesIO(UNKNOWN_ROLES.encode()))
    [checked] = report.files
    assert (checked.file, checked.kind, checked.errors) == ("<stdin>", "norms", 2)
    assert checked.checked_against == "built-in"
    assert problems(report, "<stdin>")[0] == (6, "unknown role 'web-guru'")


def test_a_catalogue_named_on_standard_input_is_found_from_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(DATA / "roles.yaml", tmp_path / "roles.yaml")
    monkeypatch.chdir(tmp_path)
    report = validate(["-"], io.BytesIO(b"catalogue: roles.yaml\n" + UNKNOWN_ROLES.encode()))
    assert report.files[0].checked_against == "roles.yaml"
    assert report.files[0].errors == 2


def test_a_partner_given_in_the_run_is_used_and_named(tmp_path: Path) -> None:
    """A team is checked against the run's roles and norms files, named in that order, though
    neither is beside it."""
    (tmp_path / "data").mkdir()
    roles = shutil.copy(DATA / "roles.yaml", tmp_path / "data" / "my-roles.yaml")
    norms = shutil.copy(DATA / "norms.yaml", tmp_path / "data" / "my-norms.yaml")
    team = tmp_path / "team.yaml"
    team.write_text(
        "company: {size: small}\npeople:\n  - {name: Li, roles: [seo]}\n", encoding="utf-8"
    )
    report = validate([str(team), str(roles), str(norms)])
    assert report.files[0].checked_against == f"{roles}, {norms}"
    assert report.valid


def test_a_file_s_problems_are_in_its_order(tmp_path: Path) -> None:
    """Schema errors and the cross-check's findings of the valid items come out by line."""
    lines = UNKNOWN_ROLES.splitlines()
    lines[8] = lines[8].replace("max: 1}", "max: lots}")  # a schema error, on line 9
    norms = tmp_path / "norms.yaml"
    norms.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [p.line for p in validate([str(norms)]).problems] == [6, 8, 9]


def test_the_built_in_files_cached_report_is_the_full_check_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cached = validate([])
    import opsplan.builtin

    monkeypatch.setattr(opsplan.builtin, "load", lambda: None)  # as if the cache were stale
    checked = validate([])
    assert checked == cached
    assert [(f.kind, f.errors, f.checked_against) for f in checked.files] == [
        ("roles", 0, "built-in"),
        ("norms", 0, "built-in"),
        ("pay", 0, "built-in"),
        ("hiring", 0, "built-in"),
    ]


def _without(name: str, line: str, above: int, count: int) -> str:
    """A built-in file without `count` lines, from `above` lines above the first that starts
    with `line`."""
    text = (DATA / name).read_text("utf-8").splitlines(keepends=True)
    at = next(i for i, each in enumerate(text) if each.lstrip().startswith(line)) - above
    return "".join(text[:at] + text[at + count :])


@pytest.mark.parametrize(
    ("name", "line", "above", "count"),
    [
        ("norms.yaml", "name_zh: 渠道数", 0, 1),  # a driver without its Chinese name
        ("roles.yaml", 'reason: "Cooperation and soft-article', 2, 4),  # a duty's basis
        ("hiring.yaml", 'reason: "No Chinese figure found', 2, 4),  # a hiring time's basis
        ("pay.yaml", "note_zh:", 0, 1),  # the pay table's note in Chinese
    ],
)
def test_the_built_in_files_are_held_to_the_stricter_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, line: str, above: int, count: int
) -> None:
    """What a user's copy may leave out (or only be warned about) is an error in the built-in
    file, which is known by its path."""
    for folder in ("builtin", "mine"):
        (tmp_path / folder).mkdir()
        for other in ("roles.yaml", "norms.yaml", "pay.yaml", "hiring.yaml"):
            shutil.copy(DATA / other, tmp_path / folder / other)
        (tmp_path / folder / name).write_text(_without(name, line, above, count), "utf-8")
    monkeypatch.setattr(loader, "builtin_path", lambda file: tmp_path / "builtin" / file)
    builtin, mine = (str(tmp_path / folder / name) for folder in ("builtin", "mine"))
    report = validate([builtin, mine])
    assert [f.errors for f in report.files] == [1, 0]
    assert [p.level for p in report.problems if p.file == builtin] == ["error"]
    assert {p.level for p in report.problems if p.file == mine} <= {"warning"}


def test_a_line_s_problems_are_in_column_order(tmp_path: Path) -> None:
    """The cross-check finds the unknown driver (column 48) before the duty with no basis
    (column 9, where the duty starts): the line's problems come out by column."""
    roles = tmp_path / "roles.yaml"
    roles.write_text(
        "roles:\n  - id: stall-keeper\n    name: Stall keeper\n    name_zh: 摊主\n"
        "    family: operations\n    summary: Keeps the market stalls.\n    duties:\n"
        "      - {name: Stall upkeep, hours: 2, driver: stalls}\n"
        "    source: [one-person-department]\n",
        encoding="utf-8",
    )
    found = [(p.col, p.level) for p in validate([str(roles)]).problems if p.line == 8]
    assert found == [(9, "warning"), (48, "error")]


@pytest.mark.parametrize("name", ["名单.csv", "roster.XLSX", "team.txt"])
def test_a_roster_is_sent_to_team(tmp_path: Path, name: str) -> None:
    """validate checks the YAML data files; a roster (CSV or workbook) it names `team` for,
    instead of reading it as YAML (a new user's trial: 'the top level must be a mapping')."""
    roster = tmp_path / name
    roster.write_text("姓名,岗位\n张伟,SEO 专员\n", encoding="utf-8")
    result = run(["validate", str(roster)])
    assert result.exit_code == 2
    said = f"not a YAML data file: check it with `opsplan team {roster} --size SIZE`"
    assert said in result.stdout  # validate's report
    assert "top level" not in result.stdout
