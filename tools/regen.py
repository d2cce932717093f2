"""Regenerate every generated file of the repository, from the repository's root:

    python -m tools.regen            # all of them
    python -m tools.regen builtin    # data/builtin.json: the checked cache of the built-in data
    python -m tools.regen cases      # tests/cases/bad/: the bad-input corpus's inputs and commands
    python -m tools.regen examples   # examples/roster.xlsx and examples/team-report.xlsx
    python -m tools.regen golden     # tests/golden/ and the README's example outputs

Then read `git diff` and judge each change: a golden output that moved is a behaviour that
changed. tests/test_regen.py (and the golden tests themselves) fail when a file is stale.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GOLDEN_TESTS = ["tests/test_cli.py", "tests/test_docs.py", "tests/test_overload.py"]
GOLDEN_TESTS += ["tests/test_team.py", "tests/test_plan.py", "tests/test_cost.py"]
GOLDEN_TESTS += ["tests/test_compare.py", "tests/test_boss_trial.py"]
GOLDEN_TESTS += ["tests/test_html.py"]


def builtin_cache() -> bytes:
    """The cache's bytes: a key line, then the catalogue, the norms, the pay and the hiring
    data, one JSON line each (read and checked from the YAML beside it, never from an older
    cache), then the matcher's index of the catalogue (`opsplan/core/matchindex.py`).

    Refuses (SystemExit) built-in data that fails the strict checks of `validate`: a cache is
    only ever made from data that validate passes."""
    from opsplan import api, builtin
    from opsplan.core import matchindex
    from opsplan.core.checks import check_bases, check_driver_bases, check_driver_names
    from opsplan.core.plandata import check_hiring, check_pay

    catalogue, norms = api.load_data(roles=None, norms=None, cache=False)
    pay, hiring = api.load_plan_data(catalogue, cache=False)
    # the built-in data is held to the strict checks: every effort and default has a basis
    found = check_bases(catalogue, strict=True) + check_driver_bases(norms, strict=True)
    found += check_driver_names(norms)
    found += check_pay(pay, catalogue, strict=True) + check_hiring(hiring, catalogue, strict=True)
    if found:
        raise SystemExit(
            "\n".join(f"{f.kind}: {'/'.join(map(str, f.path))}: {f.message}" for f in found)
        )
    head = json.dumps({"key": builtin.key(str(DATA))}).encode()
    body = [m.model_dump_json().encode() for m in (catalogue, norms, pay, hiring)]
    index = matchindex.build(catalogue)
    body.append(json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode())
    return b"\n".join([head, *body]) + b"\n"


def write_builtin() -> list[str]:
    """Write data/builtin.json when it differs."""
    from opsplan import builtin

    path = DATA / builtin.NAME
    fresh = builtin_cache()
    if path.is_file() and path.read_bytes() == fresh:
        return []
    path.write_bytes(fresh)
    return [str(path.relative_to(ROOT))]


def write_cases() -> list[str]:
    """Write the generated inputs of tests/cases/bad/ that differ."""
    from tools import bad_cases

    return [f"tests/cases/bad/{name}" for name in bad_cases.write()]


def write_golden() -> list[str]:
    """Run the golden tests with OPSPLAN_UPDATE_GOLDEN=1 (they rewrite what differs)."""
    env = {**os.environ, "OPSPLAN_UPDATE_GOLDEN": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *GOLDEN_TESTS],
        cwd=ROOT,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        sys.exit("the golden tests failed while rewriting: see above")
    return ["tests/golden/ and README.md (see git diff)"]


def write_examples() -> list[str]:
    """Write the example workbooks that differ (tools/workbooks.py)."""
    from tools import workbooks

    return workbooks.write()


STEPS = {
    "builtin": write_builtin,
    "cases": write_cases,
    "examples": write_examples,
    "golden": write_golden,
}


def main(argv: list[str]) -> int:
    """Run the steps named in `argv` (all when none), in order; print what changed."""
    names = argv or list(STEPS)
    unknown = [n for n in names if n not in STEPS]
    if unknown:
        print(f"unknown step(s) {', '.join(unknown)}: choose from {', '.join(STEPS)}")
        return 2
    for name in names:  # the cache first: the golden outputs are made from it
        for changed in STEPS[name]():
            print(f"wrote {changed}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
