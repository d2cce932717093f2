"""What an attack on the command line and the library found (2026-12-02), each now refused or
escaped as the rest is: whole numbers past what a float holds, a file name's control
characters in the messages on stderr, a size given to the library as the command line takes
it, and the characters every other format escapes, in JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers import run

import opsplan
from opsplan import api
from opsplan.errors import UsageError

HUGE = "1" + "0" * 309  # past the largest float: float() raises OverflowError


def test_a_huge_set_value_is_a_usage_error() -> None:
    result = run(["recommend", "--size", "small", "--set", f"platforms={HUGE}"])
    assert result.exit_code == 2
    assert "the value must be a finite number >= 0" in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (10**400, "must be from 0 to 1,000,000"),
        (True, "must be a finite number"),
        (float("nan"), "must be a finite number"),
        (-1, "must be from 0 to 1,000,000"),
    ],
)
def test_a_drivers_value_given_to_the_library(value: object, said: str) -> None:
    with pytest.raises(UsageError, match=said):
        opsplan.recommend(size="medium", drivers={"platforms": value})  # type: ignore[dict-item]


def test_a_huge_number_in_a_roster_is_located(tmp_path: Path) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text(f"name,role,share\nA,seo,{HUGE}\n", encoding="utf-8")
    result = run(["team", str(roster), "--size", "small"])
    assert result.exit_code == 1
    assert "r.csv:2:7: error: people[0].roles.seo: expected a number" in result.stderr


def test_the_file_written_is_named_safely(tmp_path: Path) -> None:
    name = "o\x1b[31m\u202e.txt"
    os.chdir(tmp_path)
    result = run(["recommend", "--size", "small", "-o", name])
    assert result.exit_code == 0
    assert "opsplan: wrote o\\x1b[31m\\u202e.txt" in result.stderr
    assert "\x1b" not in result.stderr
    assert "\u202e" not in result.stderr
    assert (tmp_path / name).is_file()


@pytest.mark.parametrize(
    ("size", "read"),
    [("中型", "medium"), ("Medium", "medium"), (" large ", "large")],
)
def test_a_size_given_to_the_library_is_read_as_on_the_command_line(size: str, read: str) -> None:
    assert opsplan.recommend(size=size).size == read  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda: opsplan.recommend(size="huge"),  # type: ignore[arg-type]
        lambda: opsplan.recommend(size=3),  # type: ignore[arg-type]
        lambda: api.plan(start="2027-01", size="huge"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_size_given_to_the_library_is_a_usage_error(call: object) -> None:
    with pytest.raises(UsageError, match=r"^size '(huge|3)': expected small, medium or large"):
        call()  # type: ignore[operator]


def test_json_escapes_what_every_other_format_escapes(tmp_path: Path) -> None:
    team = tmp_path / "t.yaml"
    name = "D\x9bE\u202eF\u2028\x7f"
    team.write_text(
        f'company: {{size: small}}\npeople:\n  - name: "{name.encode("unicode_escape").decode()}"\n'
        "    roles: [seo]\n",
        encoding="utf-8",
    )
    result = run(["team", str(team), "--format", "json"])
    assert result.exit_code == 0
    assert "D\\u009bE\\u202eF\\u2028\\u007f" in result.stdout
    assert not set(result.stdout) & {"\x9b", "\u202e", "\u2028", "\x7f"}
    assert json.loads(result.stdout)["people"][0]["name"] == name
