"""Start-up hygiene, checked by what a command imports (not by timing, which is bench/'s job):
`--version` loads no typer, `--help` no pydantic, yaml or rich, JSON output no rich."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def imported(*args: str) -> set[str]:
    """Top-level packages imported by `python -m opsplan ARGS`, from -X importtime."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "opsplan", *args],
        capture_output=True,
        cwd=Path(__file__).resolve().parent,  # tests/: no opsplan package here to shadow
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    lines = [line for line in done.stderr.decode().splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[1].strip().split(".")[0] for line in lines}


def test_version_imports_no_typer() -> None:
    modules = imported("--version")
    assert "opsplan" in modules
    assert not modules & {"typer", "pydantic", "yaml", "rich"}


def test_help_imports_no_pydantic_yaml_or_rich() -> None:
    modules = imported("--help")
    assert "typer" in modules
    assert not modules & {"pydantic", "yaml", "rich"}


def test_json_output_imports_no_rich() -> None:
    modules = imported("recommend", "--size", "small", "--format", "json")
    assert {"pydantic", "yaml"} <= modules
    assert "rich" not in modules


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
    assert done.stdout.endswith(b"\n")
    assert len(done.stdout) > 10
