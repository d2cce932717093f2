"""Start-up hygiene, checked by what a command imports (not by timing, which is bench/'s job):
`--version` loads no typer; the installed `opsplan --help` no typer (its pages are rendered from
the declaration);
plain command lines no typer (the fast path); the built-in data no yaml (its checked cache);
nothing rich."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run


def imported(
    *args: str, program: list[str] | None = None, code: int = 0, full: bool = False
) -> set[str]:
    """Top-level packages imported by `python -m opsplan ARGS` (with `full`, every module by its
    dotted name), from -X importtime."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *(program or ["-m", "opsplan"]), *args],
        capture_output=True,
        cwd=Path(__file__).resolve().parent,  # tests/: no opsplan package here to shadow
        timeout=60,
        check=False,
    )
    assert done.returncode == code, done.stderr.decode()[-2000:]
    lines = [line for line in done.stderr.decode().splitlines() if line.startswith("import time:")]
    names = {line.rsplit("|", 1)[1].strip() for line in lines}
    return names if full else {name.split(".")[0] for name in names}


def test_version_imports_no_typer() -> None:
    modules = imported("--version")
    assert "opsplan" in modules
    assert not modules & {"typer", "pydantic", "yaml", "rich"}


def test_help_imports_no_pydantic_yaml_or_rich() -> None:
    modules = imported("--help")
    assert "typer" in modules
    assert not modules & {"pydantic", "yaml", "rich"}


def test_installed_help_imports_no_typer() -> None:
    program = [str(Path(sys.executable).parent / "opsplan")]
    for args in (["--help"], ["recommend", "--help"], ["--lang", "zh", "team", "-h"]):
        modules = imported(*args, program=program)
        assert not modules & {"typer", "pydantic", "yaml", "rich"}, args


def test_plain_command_lines_import_no_typer_and_builtin_data_no_yaml() -> None:
    modules = imported("recommend", "--size", "small", "--format", "json")
    assert "pydantic" in modules
    assert not modules & {"typer", "yaml", "rich"}
    assert not imported("roles", "seo") & {"typer", "yaml", "rich"}


def test_a_data_file_of_the_users_imports_yaml(tmp_path: Path) -> None:
    roles = Path(__file__).resolve().parent.parent / "data" / "roles.yaml"
    modules = imported("recommend", "-s", "small", "--roles", str(roles))
    assert "yaml" in modules
    assert "typer" not in modules
    assert "typer" in imported("recommend", "-s", "small", "--unknown-option", code=2)


@pytest.mark.parametrize("args", [["--version"], ["roles", "seo", "-f", "json"]])
def test_fast_exit_keeps_the_output(args: list[str], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "opsplan", *args],
        capture_output=True,
        cwd=tmp_path,  # not the repository, whose source tree would shadow the installed package
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.decode("utf-8") == run(args).stdout  # all of it, as the slow path writes
    assert done.stderr == b""


def test_the_workbook_libraries_load_only_for_a_workbook(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parent.parent / "examples"
    excel = {"python_calamine", "xlsxwriter"}
    assert not imported("team", str(examples / "team.yaml")) & excel
    assert not imported("team", str(examples / "roster.csv"), "-s", "small") & excel
    assert not imported("recommend", "-s", "small", "-f", "csv") & excel
    assert "python_calamine" in imported("team", str(examples / "roster.xlsx"), "-s", "small")
    report = str(tmp_path / "r.xlsx")
    assert "xlsxwriter" in imported("recommend", "-s", "small", "-o", report)


def test_a_command_builds_only_its_own_result_models() -> None:
    """Each pydantic model class costs start-up: `overload` builds none of the results of
    `recommend`, `roles`, `drivers`, `plan` or `team`, `recommend` none of the listings, and
    `plan` without a team none of the listings' and no profile's or team file's models."""
    profile = Path(__file__).resolve().parent.parent / "bench" / "fifteen-duties.yaml"
    modules = imported("overload", str(profile), full=True)
    assert "opsplan.models.overload" in modules
    others = {"recommend", "listing", "plan", "team", "costed", "compare", "cost"}
    assert not modules & {f"opsplan.models.{name}" for name in others}
    assert "opsplan.core.recommend" not in modules
    modules = imported("recommend", "-s", "small", full=True)
    assert "opsplan.models.recommend" in modules
    assert "opsplan.models.listing" not in modules
    assert "opsplan.models.listing" in imported("roles", "seo", full=True)
    modules = imported("plan", "-s", "medium", "--start", "2027-01", full=True)
    assert "opsplan.models.plan" in modules
    assert not modules & {f"opsplan.models.{name}" for name in ("listing", "people", "profile")}
