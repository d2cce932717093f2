"""What a new user's trial in Chinese found (LANG=zh_CN.UTF-8, `--lang zh`), held through the
command line: spaces between Chinese and the values put into it, each command's own tables in
its help, the reasons a write fails in the user's language, and records' labels with a
full-width colon. The line breaking is in tests/test_layout.py and test_textfmt.py; the
cases (role names with their ids, CSV's `outside`, `-o` a directory) in tests/cases/."""

from __future__ import annotations

import errno
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, run

from opsplan.commands import BY_NAME, COMMANDS
from opsplan.i18n import spaced
from opsplan.views import tables


@pytest.mark.parametrize(
    ("template", "values", "said"),
    [
        ("只有 {person} 承担", {"person": "赵磊"}, "只有赵磊承担"),
        ("只有 {person} 承担", {"person": "Zhao Lei"}, "只有 Zhao Lei 承担"),
        ("{person} 一旦缺岗", {"person": "Agency X（外包）"}, "Agency X（外包）一旦缺岗"),
        ("应为{what}，实际为 {got}", {"what": "映射", "got": "列表"}, "应为映射，实际为列表"),
        ("应为{what}，实际为 {got}", {"what": "数字", "got": "200"}, "应为数字，实际为 200"),
        (
            "{first} 或 {second}？",
            {"first": "网站编辑", "second": "SEM 竞价专员"},
            "网站编辑或 SEM 竞价专员？",
        ),
        ("共 {n}人", {"n": "3"}, "共 3 人"),  # a space put between a digit and Chinese
        ("{a}  {b}", {"a": "岗位", "b": "人员"}, "岗位  人员"),  # two spaces: alignment, kept
        ("第 {n:>2} 项", {"n": "3"}, "第  3 项"),  # a format spec: filled as it is
    ],
)
def test_chinese_is_spaced_where_a_value_meets_the_template(
    template: str, values: dict[str, str], said: str
) -> None:
    assert spaced(template, values) == said


NAMED = {
    v for k, v in vars(tables).items() if k.isupper() and isinstance(v, str)
}  # every table name


def _tables_of(args: list[str]) -> list[str]:
    """The tables a command's output has, as its own error for an unknown one lists them."""
    result = run([*args, "--format", "csv", "--table", "no-such-table"])
    assert result.exit_code == 2, result.stderr
    listed = result.stderr.strip().rsplit(" are ", 1)[-1]
    return [name for name in listed.split(", ") if not name.isdigit()]


@pytest.mark.parametrize(
    "args",
    [
        ["team", "examples/team.yaml", "--cost"],
        ["plan", "--team", "examples/small-team.yaml", "--start", "2027-01", "--budget", "60000"],
        ["compare", "small", "medium"],
        ["recommend", "-s", "medium", "--cost"],
        ["overload", "examples/allrounder.yaml"],
        ["roles"],
    ],
    ids=lambda args: args[0],
)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_commands_help_lists_its_own_tables(
    args: list[str], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    made = _tables_of(args)
    command = BY_NAME[args[0]]
    assert made == list(command.tables)  # the declaration is what the view makes
    page = run([args[0], "--help", "--lang", lang]).stdout
    listed = set(re.findall(r"`(\w+)`", page)) & NAMED
    assert listed == set(made), f"{args[0]} --help lists {listed}, its output has {made}"


def test_compare_help_lists_no_table_of_team() -> None:
    page = run(["compare", "--help", "--lang", "zh"]).stdout
    for name in ("people", "single_points", "hiring_order"):
        assert name not in page
    assert "`roles`" in page


def test_every_command_with_csv_declares_only_names_of_the_views() -> None:
    for command in COMMANDS:
        assert set(command.tables) <= NAMED, command.name


def _refused(code: int) -> Any:
    def fail(*args: Any, **kwargs: Any) -> None:
        raise OSError(code, "the C library's English")

    return fail


@pytest.mark.parametrize(
    ("code", "en", "zh"),
    [
        (errno.ENOSPC, "no space left on the device", "设备上没有剩余空间"),
        (errno.EACCES, "permission denied", "没有写入权限"),
        (errno.EROFS, "the file system is read-only", "文件系统是只读的"),
    ],
)
def test_a_failed_write_says_why_in_the_users_language(
    code: int, en: str, zh: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("opsplan.writer.tempfile.mkstemp", _refused(code))
    out = str(tmp_path / "report.md")
    said = run(["recommend", "-s", "small", "-o", out, "--lang", "en"]).stderr
    assert said == f"opsplan: error: {out}: cannot write: {en}\n"
    said = run(["recommend", "-s", "small", "-o", out, "--lang", "zh"]).stderr
    assert said == f"opsplan：错误：{out}：无法写入：{zh}\n"
    assert "English" not in said


def test_another_reason_is_the_systems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("opsplan.writer.tempfile.mkstemp", _refused(errno.EIO))
    out = str(tmp_path / "report.md")
    said = run(["recommend", "-s", "small", "-o", out, "--lang", "zh"]).stderr
    assert said.endswith("无法写入：the C library's English\n")


def test_records_in_chinese_have_a_full_width_colon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    page = run(["plan", "-s", "medium", "--start", "2027-01", "--lang", "zh"]).stdout
    assert "  月份：   2027-01" in page.splitlines()
    assert "月份:" not in page
    page = run(["plan", "-s", "medium", "--start", "2027-01", "--lang", "en"]).stdout
    assert any(line.startswith("  Month:") for line in page.splitlines())
