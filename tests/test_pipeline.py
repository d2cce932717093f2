"""One output pipeline for every command (result -> view -> renderer -> deliver), in a frozen
run context; validate's -o and --force; schema KIND's --format; a binary format's rules; the
command line's own words (help, unknown commands) in both languages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, run

from opsplan import render, runner
from opsplan.declare import Output, Run
from opsplan.errors import UsageError

BAD_ROLES = ROOT / "tests" / "cases" / "validate" / "roles-schema" / "roles.yaml"


def test_validate_writes_its_report_to_a_file_and_keeps_its_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    expected = run(["validate", str(BAD_ROLES)])
    assert expected.exit_code == 1
    result = run(["validate", str(BAD_ROLES), "-o", "report.txt"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "opsplan: wrote report.txt\n"
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == expected.stdout
    again = run(["validate", str(BAD_ROLES), "-f", "github", "-o", "report.txt"])
    assert again.exit_code == 2
    assert "report.txt: already exists; use --force to overwrite it" in again.stderr
    forced = run(["validate", str(BAD_ROLES), "-f", "github", "-o", "report.txt", "--force"])
    assert forced.exit_code == 1
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").startswith("::error file=")
    assert run(["validate", "-o", "report.json"]).exit_code == 0
    assert '"valid": true' in (tmp_path / "report.json").read_text(encoding="utf-8")


def test_schema_of_a_kind_is_json_and_says_so(tmp_path: Path) -> None:
    plain = run(["schema", "team"])
    assert plain.exit_code == 0
    assert run(["schema", "team", "-f", "json"]).stdout == plain.stdout
    refused = run(["schema", "team", "-f", "table"])
    assert refused.exit_code == 2
    assert refused.stderr == "opsplan: error: --format 'table': expected json\n"
    out = tmp_path / "team.schema.json"
    assert run(["schema", "team", "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8") == plain.stdout
    assert run(["schema", "team", "-o", str(tmp_path / "team.md")]).exit_code == 2
    assert run(["schema", "-f", "markdown"]).stdout.startswith("## ")


def _binary(page: render.Page) -> bytes:
    return b"PK\x03\x04" + page.document.title.encode()


BINARY = render.Renderer("fake", (".fake",), lambda: _binary, binary=True, terminal=False)


def test_a_binary_format_is_written_to_a_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from opsplan import api
    from opsplan.views.drivers import view

    monkeypatch.setitem(render.FORMATS, "fake", BINARY)
    out = Output(api.drivers(), view)
    with pytest.raises(UsageError) as refused:
        runner.emit(Run(), out, "fake", None, False, ("table", "fake"))
    assert refused.value.text() == "--format fake writes a file: give -o FILE"
    assert refused.value.text("zh") == "--format fake 只能写入文件：请用 -o 指定文件"  # noqa: RUF001
    target = tmp_path / "drivers.fake"
    runner.emit(Run(), out, None, str(target), False, ("table", "fake"))
    assert target.read_bytes().startswith(b"PK\x03\x04Workload drivers")


def test_the_run_context_is_frozen_and_there_is_no_module_state() -> None:
    context = Run(lang="zh")
    with pytest.raises(AttributeError, match="frozen"):
        context.lang = "en"
    assert not hasattr(runner, "state")
    closed = Run(closed=frozenset({"stdin"}))
    assert closed.stdin.closed


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["recomend"], "opsplan: error: no such command: recomend (did you mean recommend?)"),
        (
            ["--lang", "zh", "recomend"],
            "opsplan：错误：没有这个命令：recomend（是否想写 recommend？）",  # noqa: RUF001
        ),
        (
            ["frobnicate"],
            "opsplan: error: no such command: frobnicate (the commands are recommend, roles, match,"
            " drivers, validate, overload, team, plan, compare, schema, init)",
        ),
    ],
)
def test_an_unknown_command_in_opsplans_words(args: list[str], line: str) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == line


def help_of(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "opsplan", *args, "--help"],
        capture_output=True,
        check=True,
        cwd="/",
        env={"COLUMNS": "100", "PATH": "/usr/bin:/bin"},
    )
    return done.stdout.decode("utf-8")


def test_help_says_only_what_is_true_in_both_languages() -> None:
    validate = help_of("validate")
    assert "-o, --output FILE" in validate
    assert "--force" in validate
    assert "default: text" in validate
    assert "default: table" not in validate
    for lang in ("en", "zh"):
        for command in ("", "recommend", "validate", "team"):
            page = help_of(*([command] if command else []), "--lang", lang)
            assert "[default:" not in page
    assert "[必需]" in help_of("recommend", "--lang", "zh")
    assert "--install-completion" in help_of()


def test_a_bad_lang_before_the_command_is_a_usage_error() -> None:
    result = run(["--lang", "fr", "recommend", "-s", "small"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "opsplan: error: --lang 'fr': expected en, zh\n"


def test_a_bare_command_line_prints_the_help_and_exits_2() -> None:
    result = run([])
    assert result.exit_code == 2
    assert result.stdout.startswith("Usage: ")
    assert "Commands:" in result.stdout


def test_team_frees_the_composed_file_before_its_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 50,000-person team file composes into ~70 MiB of data and marks, needed only to locate
    a problem: `team` lets it go once the file is checked (with `--cost` the currency check
    still needs it). The analysis sees no composed document alive."""
    import gc

    from opsplan import api
    from opsplan.core import team as core_team
    from opsplan.yamldoc import Document

    real = core_team.analyse
    alive: list[int] = []

    def spy(*args: Any) -> Any:
        gc.collect()
        alive.append(sum(isinstance(o, Document) for o in gc.get_objects()))
        return real(*args)

    monkeypatch.setattr(core_team, "analyse", spy)
    report = api.team(team=str(ROOT / "examples" / "team.yaml"))
    assert alive == [0]
    assert report.headcount > 0
    api.team(team=str(ROOT / "examples" / "team.yaml"), cost=True)
    assert alive[1] >= 1  # the check sees documents: it would count a kept one
