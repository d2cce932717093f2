"""Start-up of each command as a ratio to `python -c pass` with the same interpreter.

Runs each command and the baseline interleaved, N rounds, and reports the median time and the
median of the per-round ratios (each command against the baseline of its own round, which
cancels the machine's drift between rounds). Run it with the Python of the environment
opsplan is installed in:

    python bench/startup.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = str(Path(sys.executable).parent / "opsplan")
COMMANDS: dict[str, list[str]] = {
    "python -c pass": [sys.executable, "-c", "pass"],
    # References: what the libraries cost before opsplan does anything.
    "(ref) import typer": [sys.executable, "-c", "import typer"],
    "(ref) import typer, pydantic, yaml": [
        sys.executable,
        "-c",
        "import typer, pydantic, yaml; from pydantic import BaseModel",
    ],
    "(ref) ... and rich.table": [
        sys.executable,
        "-c",
        "import typer, pydantic, yaml, rich.console, rich.table; from pydantic import BaseModel",
    ],
    "opsplan --version": [BIN, "--version"],
    "opsplan --help": [BIN, "--help"],
    "opsplan recommend --size medium --marketing": [
        BIN,
        "recommend",
        "--size",
        "medium",
        "--marketing",
    ],
    "opsplan recommend ... --format json": [
        BIN,
        "recommend",
        "--size",
        "medium",
        "--format",
        "json",
    ],
    "opsplan validate": [BIN, "validate"],
    # the same files by path: composed and checked (no cache), the pre-commit hook's case
    "opsplan validate data/roles.yaml data/norms.yaml": [
        BIN,
        "validate",
        "data/roles.yaml",
        "data/norms.yaml",
    ],
    "opsplan overload examples/allrounder.yaml": [BIN, "overload", "examples/allrounder.yaml"],
    "opsplan overload bench/fifteen-duties.yaml": [BIN, "overload", "bench/fifteen-duties.yaml"],
    "opsplan team examples/team.yaml": [BIN, "team", "examples/team.yaml"],
    "opsplan recommend ... --lang zh": [BIN, "recommend", "-s", "medium", "--lang", "zh"],
    "opsplan roles seo": [BIN, "roles", "seo"],
    "opsplan match (three duties)": [BIN, "match", "百度竞价账户管理", "網頁設計", "Fix printers"],
    "opsplan drivers": [BIN, "drivers"],
    "opsplan schema team": [BIN, "schema", "team"],
    "opsplan recommend ... --cost": [BIN, "recommend", "-s", "medium", "--marketing", "--cost"],
    "opsplan plan --size medium --marketing": [
        BIN,
        "plan",
        "--size",
        "medium",
        "--marketing",
        "--start",
        "2027-01",
    ],
    "opsplan plan --team examples/small-team.yaml": [
        BIN,
        "plan",
        "--team",
        "examples/small-team.yaml",
        "--start",
        "2027-01",
    ],
    "opsplan compare small medium --marketing": [
        BIN,
        "compare",
        "small",
        "medium",
        "--marketing",
    ],
    "opsplan init (a temporary file)": [
        BIN,
        "init",
        os.path.join(tempfile.gettempdir(), "opsplan-bench.yaml"),
        "--force",
    ],
}
GOALS = {"opsplan --version": 5, "opsplan --help": 5, "opsplan validate": 12}
GOALS["opsplan recommend --size medium --marketing"] = 12
GOALS["opsplan overload bench/fifteen-duties.yaml"] = 12  # free-text duties: the matcher too
GOALS["opsplan plan --size medium --marketing"] = 12


def timed(args: list[str], cwd: Path) -> float:
    """Wall time of one run, in seconds (output discarded; a failure stops the benchmark)."""
    start = time.perf_counter()
    done = subprocess.run(
        args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed: {done.stderr.decode()}")
    return elapsed


def every_command_is_measured() -> None:
    """Each command of the declaration has a row (the one list of commands)."""
    from opsplan.commands import COMMANDS as DECLARED

    measured = {args[1] for args in COMMANDS.values() if args[0] == BIN and len(args) > 1}
    missing = {c.name for c in DECLARED} - measured
    if missing:
        sys.exit(f"bench/startup.py measures no {', '.join(sorted(missing))}: add a row")


def main() -> None:
    """Measure and print a Markdown table of medians and ratios."""
    every_command_is_measured()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=30)
    rounds = parser.parse_args().rounds
    root = Path(__file__).resolve().parent.parent
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for args in COMMANDS.values():  # warm the file cache
        timed(args, root)
    for _ in range(rounds):
        for name, args in COMMANDS.items():
            times[name].append(timed(args, root))
    base = times["python -c pass"]
    print(
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores,"
    )
    print(f"{platform.machine()}, {rounds} interleaved rounds, medians:\n")
    print("| command | median ms | ratio to `python -c pass` | goal |")
    print("| --- | ---: | ---: | ---: |")
    for name, samples in times.items():
        median = statistics.median(samples)
        ratio = statistics.median(t / b for t, b in zip(samples, base, strict=True))
        goal = f"<= {GOALS[name]}x" if name in GOALS else ""
        print(f"| `{name}` | {median * 1000:.1f} | {ratio:.1f}x | {goal} |")


if __name__ == "__main__":
    main()
