"""Example directories as tests: tests/cases/<group>/<name>/ holds `cmd` (the arguments) or
`shell` (a line for /bin/sh that runs the installed `opsplan`, for what only a real process
shows: closed streams, a full disk, signals), the input files, optional `stdin`, an optional
`make.py` that makes big inputs at test time, and `expected`: `exit: N`, then lines that must
each appear as a whole line of the output (stdout and stderr); a line starting with `...`
must end an output line, and one starting with `!` must appear nowhere in the output. Each
case runs in a copy of its folder and must print at most 60 lines (when it fails), with no
traceback. Adding a case is adding a folder (`python -m tools.regen cases`
writes tests/cases/bad/).

No case has a time limit: the machines that run the tests are shared and busy. The work a
hostile input can cause is bounded in the code (caps on bytes, nodes, depth, items and
problems, each tested where it is applied); how fast that work is lives in bench/bigfile.py.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from helpers import CASES, run

CASE_DIRS = sorted({p.parent for p in [*CASES.glob("*/*/cmd"), *CASES.glob("*/*/shell")]})


def run_shell(line: str, cwd: Path) -> SimpleNamespace:
    """Run `line` with /bin/sh, the installed opsplan first on PATH."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        ["/bin/sh", "-c", line], cwd=cwd, env=env, capture_output=True, timeout=30, check=False
    )
    return SimpleNamespace(
        exit_code=done.returncode,
        stdout=done.stdout.decode("utf-8", "replace"),
        stderr=done.stderr.decode("utf-8", "replace"),
    )


def expected_of(case: Path) -> tuple[int, list[str]]:
    """The exit code and the lines a case expects."""
    first, *lines = (case / "expected").read_text(encoding="utf-8").splitlines()
    assert first.startswith("exit: "), f"{case}/expected must start with 'exit: N'"
    return int(first.removeprefix("exit: ")), [line for line in lines if line]


def matches(want: str, got: list[str]) -> bool:
    """Whether `want` is a line of `got` (or, with a leading '...', ends one; with a leading
    '!', whether what follows is in none)."""
    if want.startswith("!"):
        return not any(want[1:] in line for line in got)
    if want.startswith("..."):
        return any(line.endswith(want[3:]) for line in got)
    return want in got


@pytest.mark.parametrize("case", CASE_DIRS, ids=[f"{p.parent.name}/{p.name}" for p in CASE_DIRS])
def test_case(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / case.name
    shutil.copytree(case, work)
    monkeypatch.chdir(work)
    if (work / "make.py").exists():
        exec((work / "make.py").read_text(encoding="utf-8"), {"Path": Path})
    stdin = (work / "stdin").read_bytes() if (work / "stdin").exists() else None
    result: Any
    if (work / "shell").exists():
        result = run_shell((work / "shell").read_text(encoding="utf-8").strip(), work)
    else:
        result = run(shlex.split((work / "cmd").read_text(encoding="utf-8")), stdin=stdin)
    code, lines = expected_of(case)
    output = result.stdout + result.stderr
    got = output.splitlines()
    assert "Traceback" not in output
    assert result.exit_code == code, output
    assert len(got) <= 60 or code == 0
    missing = [line for line in lines if not matches(line, got)]
    assert not missing, f"expected lines not in the output:\n{missing}\n--- output:\n{output}"


def test_every_case_expects_something() -> None:
    assert len(CASE_DIRS) >= 10
    for case in CASE_DIRS:
        code, lines = expected_of(case)
        assert code == 0 or lines, f"{case}: a failing case must name the message it expects"
