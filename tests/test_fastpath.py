"""The fast path reads a plain command line exactly as typer would, and hands typer the rest.

Each command line runs both ways in-process: through `fastpath.run` and through typer's
CliRunner; stdout, stderr and the exit code must be the same.
"""

from __future__ import annotations

import io
import sys

import pytest
from helpers import ROOT, run

from opsplan import fastpath

SAME = [
    ["recommend", "--size", "medium", "--marketing"],
    ["recommend", "-s", "small", "--set", "platforms=6", "--set", "designs=20", "-f", "csv"],
    ["recommend", "--size=large", "--no-marketing", "--fte", "--format=markdown"],
    ["recommend", "-s", "中型", "--lang", "zh"],
    ["recommend", "-s", "mid"],
    ["recommend", "-s", "small", "--set", "platforms=1e308"],
    ["recommend", "-s", "small", "--roles", "/no/such/file.yaml"],
    ["roles"],
    ["roles", "美工", "--lang", "zh"],
    ["roles", "webmaster"],
    ["match", "百度竞价账户管理", "Fix printer and Wi-Fi problems", "-f", "json"],
    ["match", "具备良好的沟通能力", "--lang", "zh"],
    ["match"],
    ["drivers", "-f", "json"],
    ["overload", "examples/allrounder.yaml", "-f", "markdown"],
    ["overload", "examples/allrounder.yaml", "--lang=zh"],
    ["overload", "examples/allrounder.yaml", "-s", "small", "--no-marketing", "--set", "平台数=6"],
    ["team", "examples/team.yaml", "-f", "csv"],
    ["team", "examples/roster.csv", "-s", "medium", "--marketing"],
    ["team", "examples/roster.csv"],
    ["validate"],
    ["validate", "data/roles.yaml", "data/norms.yaml", "-f", "github"],
    ["validate", "tests/cases/validate/roles-schema/roles.yaml", "--format", "json"],
    ["validate", "nope.yaml"],
    ["recommend", "-s", "small", "--format", "xml"],
    ["validate", "--lang", "fr"],
    ["validate", "-f", "gh"],
    ["validate", "data/roles.yaml", "-o", "data/roles.yaml"],
    ["schema"],
    ["schema", "team", "-f", "json"],
    ["schema", "team", "-f", "table"],
    ["init", "examples/team.yaml"],
    ["recommend", "-s", "medium", "--marketing", "--cost", "-f", "csv"],
    ["team", "examples/team.yaml", "--pay", "examples/pay.yaml"],
    ["plan", "-s", "medium", "--marketing", "--start", "2027-01"],
    ["plan", "--team", "examples/small-team.yaml", "--start", "2027-01", "--budget", "6万"],
    ["plan", "-s", "small", "--start", "2027-01", "--budget", "-5000"],
    ["plan", "-s", "small", "--start", "2027-01", "--months", "0", "--lang", "zh"],
    ["plan", "--start", "2027-01"],
    ["compare", "small", "medium", "--marketing"],
    ["compare", "examples/team.yaml", "medium:marketing", "-f", "json"],
]


def test_every_command_runs_both_ways() -> None:
    from opsplan.commands import COMMANDS

    assert {c.name for c in COMMANDS} == {args[0] for args in SAME}


def fast(args: list[str]) -> tuple[int | None, str, str]:
    out, err = io.StringIO(), io.StringIO()
    # its own patch, undone on return: monkeypatch.undo() would also undo conftest's English
    # locale and cleared COLUMNS, and the typer run would see the worker's environment
    with pytest.MonkeyPatch.context() as streams:
        streams.setattr(sys, "stdout", out)
        streams.setattr(sys, "stderr", err)
        code = fastpath.run(args)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("args", SAME, ids=" ".join)
def test_fast_path_and_typer_agree(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = fast(args)
    assert code is not None, "the fast path should read this command line"
    typer = run(args)
    assert (code, out, err) == (typer.exit_code, typer.stdout, typer.stderr)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--version"],
        ["--debug", "recommend", "-s", "small"],
        ["recommend"],  # --size missing: typer says so
        ["recommend", "-s", "small", "--frmat", "csv"],  # an unknown option
        ["recommend", "-ssmall"],  # an attached short value
        ["recommend", "-s", "small", "--", "x"],
        ["recommend", "-s"],
        ["recommend", "-s", "small", "--fte=yes"],
        ["roles", "a", "b"],
        ["overload"],
        ["init", "a.yaml", "b.yaml", "c.yaml"],
        ["compare", "small"],  # RIGHT missing
        ["nope"],
    ],
    ids=" ".join,
)
def test_anything_unusual_goes_to_typer(args: list[str]) -> None:
    assert fastpath.parse(args) is None


def test_help_goes_to_typer_unless_a_page_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["python -m opsplan"])
    assert fastpath.run(["--help"]) is None  # another program name: typer renders it
    assert fastpath.run(["recommend", "-s", "x", "--help"]) is None
