"""Mutation testing with mutmut, one module at a time, each mutant against only the tests that
reach the mutated function (mutmut records which tests call which function in one first run of
the module's tests, listed below). From the repository's root:

    python -m tools.mutate --list                        # the modules and their tests
    python -m tools.mutate opsplan/writer.py             # mutate one module, print its score
    python -m tools.mutate opsplan/core/team.py --minutes 20   # stop after 20 minutes
    python -m tools.mutate opsplan/writer.py --survivors # each survivor of the last run, as a diff
    python -m tools.mutate opsplan/writer.py --again     # the survivors again, on today's tests

It works in a scratch copy (`.mutmut/<module>/`, git-ignored) whose pyproject.toml names the
one module and its tests, runs mutmut there under `nice -n 15` with one worker (the machines
are shared), and keeps the results, so a second run only tests what is new: mutmut keeps a
mutant's verdict until its function changes, so after tests are added for survivors, `--again`
runs the last run's survivors, and the mutants no test reached, on the tests as they are now
(it maps each function to the tests that reach it again, so the new tests are among them).
It sets OPSPLAN_MUTATION=1: the tests' hypothesis properties then run a few fixed examples
each, not shrunk (tests/conftest.py), since each runs once per mutant of the functions it
reaches. The score is the share of mutants that the tests kill; a survivor is killed by a new
test or listed, with the reason it is equivalent, in docs/mutation.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutmut"

_MATCHING = [
    "tests/test_matching.py",
    "tests/test_matching_floor.py",
    "tests/test_matching_rounds.py",
    "tests/test_match_api.py",
]
# Each module with the tests (pytest arguments: files, and `-k` to pick from them) that exercise
# it in-process (a subprocess runs the installed,
# unmutated opsplan, so it cannot kill a mutant). Keep the lists short: every mutant runs the
# tests of its list that reach the mutated function.
TESTS: dict[str, list[str]] = {
    "opsplan/core/advice.py": [
        *["tests/test_advice.py", "tests/test_advice_moves.py", "tests/test_team.py"],
        "tests/test_team_report.py",
    ],
    "opsplan/core/basis.py": ["tests/test_basis.py", "tests/test_recommend.py"],
    # the validate cases reach the phrase, norm, driver and source checks in-process
    "opsplan/core/checks.py": [
        *["tests/test_basis.py", "tests/test_broken_copies.py", "tests/test_validate_checker.py"],
        *["tests/test_data_checks.py", "tests/test_salvage.py", "tests/test_cases.py"],
        *["-k", "basis or broken or validate or salvage or checks"],
    ],
    "opsplan/core/compare.py": [
        *["tests/test_compare.py", "tests/test_compare_sides.py", "tests/test_compare_rows.py"],
    ],
    "opsplan/core/cost.py": ["tests/test_cost.py", "tests/test_cost_rows.py", "tests/test_plan.py"],
    "opsplan/core/estimate.py": ["tests/test_estimates.py"],
    "opsplan/core/hanzi.py": ["tests/test_hanzi.py", *_MATCHING],
    # the third round (acts, general, gaps, shared clauses) is in test_matching_own_words
    "opsplan/core/matcher.py": [
        *_MATCHING,
        *["tests/test_matching_own_words.py", "tests/test_matcher_scores.py"],
    ],
    # naming roles (matching.py is not the matcher): by name, and unknown ones in every file kind
    "opsplan/core/matching.py": [
        *["tests/test_role_lookup.py", "tests/test_role_names.py"],
        *["tests/test_overload_checks.py", "tests/test_pay_checks.py"],
    ],
    # the index is built (and the shipped one read) by test_matchindex; test_builtin_cache reads
    # the cache that holds it
    "opsplan/core/matchindex.py": [
        *["tests/test_matchindex.py", "tests/test_builtin_cache.py", *_MATCHING],
    ],
    "opsplan/core/overload.py": [
        *["tests/test_overload.py", "tests/test_overload_checks.py", "tests/test_estimates.py"],
    ],
    "opsplan/core/phases.py": ["tests/test_plan.py", "tests/test_phases.py"],
    # test_phrases starts from an empty stem cache; phrase_key builds test_matchindex's index
    "opsplan/core/phrases.py": [
        *["tests/test_phrases.py", "tests/test_matching_own_words.py", "tests/test_matchindex.py"],
        *_MATCHING,
    ],
    "opsplan/core/plan.py": [
        "tests/test_plan.py",
        "tests/test_plan_details.py",
        "tests/test_cost.py",
        "tests/test_boss_trial.py",
    ],
    "opsplan/core/plannotes.py": ["tests/test_boss_trial.py"],
    "opsplan/core/plandata.py": ["tests/test_pay_checks.py", "tests/test_hiring_checks.py"],
    # recommend's notes (shared roles, outside the norm) are pinned by the goldens of test_cli
    # a team file's unknown keys are told by not_a_driver too (test_team.py)
    "opsplan/core/profilecheck.py": [
        *["tests/test_overload_checks.py", "tests/test_estimates.py", "tests/test_team.py"],
    ],
    "opsplan/core/recommend.py": [
        *["tests/test_recommend.py", "tests/test_workload.py", "tests/test_basis.py"],
        *["tests/test_advice.py", "tests/test_norms.py", "tests/test_compare_sides.py"],
        *["tests/test_cli.py", "-k", "not test_cli or recommend"],
    ],
    "opsplan/core/rounding.py": ["tests/test_compare_sides.py", "tests/test_boss_trial.py"],
    # check_team's findings are pinned by the bad-input cases of tests/cases/: those of teams
    "opsplan/core/team.py": [
        *["tests/test_team.py", "tests/test_team_report.py", "tests/test_advice.py"],
        *["tests/test_cases.py", "-k", "team or advice"],
    ],
    "opsplan/core/workload.py": [
        *["tests/test_workload.py", "tests/test_estimates.py", "tests/test_recommend.py"],
    ],
    "opsplan/textfmt.py": [
        "tests/test_textfmt.py",
        "tests/test_escapes.py",
        "tests/test_layout.py",
        "tests/test_i18n.py",
    ],
    "opsplan/writer.py": ["tests/test_writer.py"],
    "opsplan/yamldoc.py": [
        *["tests/test_yamldoc.py", "tests/test_loader.py", "tests/test_cases.py"],
        "-k",
        "yamldoc or loader or bad or yaml",
    ],
    "opsplan/roster.py": [
        *["tests/test_team.py", "tests/test_excel.py", "tests/test_roster_sniff.py"],
        *["tests/test_roster_rows.py", "tests/test_cases.py"],
        *["-k", "team or excel or roster or sniff"],
    ],
    "opsplan/validate/checker.py": [
        *["tests/test_cli.py", "tests/test_broken_copies.py", "tests/test_validate_checker.py"],
        *["tests/test_cases.py", "-k", "cli or broken or validate"],
    ],
    # test_cli's validate runs never reach kind(): the checker's tests call validate in-process
    "opsplan/validate/kinds.py": ["tests/test_cli.py", "tests/test_validate_checker.py"],
    "opsplan/validate/salvage.py": [
        *["tests/test_salvage.py", "tests/test_cli.py", "tests/test_broken_copies.py"],
    ],
}
# mutmut's exit codes of a mutant's test run, as it reports them
KILLED = {1, 3, 37}
SURVIVED = {0}
NO_TESTS = {33}


def _slug(module: str) -> str:
    return module.removeprefix("opsplan/").removesuffix(".py").replace("/", ".")


def _pyproject(module: str) -> str:
    """The repository's pyproject.toml with [tool.mutmut] narrowed to `module` and its tests."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    settings = re.search(r"^\[tool\.mutmut\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert settings, "pyproject.toml has no [tool.mutmut] table"
    key = r"^(only_mutate|pytest_add_cli_args_test_selection) = (\[.*?\]|.*?)$\n"
    body = re.sub(key, "", settings[1], flags=re.M | re.S)
    narrowed = (
        f"only_mutate = {json.dumps([module])}\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(TESTS[module])}\n"
    )
    return text[: settings.start(1)] + narrowed + body + text[settings.end(1) :]


def _copy(module: str) -> Path:
    """The scratch copy for `module`: the repository's files (new ones too, not ignored ones),
    refreshed."""
    work = WORK / _slug(module)
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, files.split("\0")):
        source, target = ROOT / name, work / name
        if not source.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copy2(source, target)
    # the package opsplan.data is the repository's data/ (pyproject's package-dir), which an
    # editable install finds in the repository itself: the copy gets its own, inside the
    # package mutmut copies, so that its mutants read the data of their own commit
    shutil.copytree(work / "data", work / "opsplan" / "data", dirs_exist_ok=True)
    (work / "pyproject.toml").write_text(_pyproject(module), encoding="utf-8")
    return work


def _results(work: Path, module: str) -> dict[str, int | None]:
    """Each mutant of `module` with its exit code (None: not run yet)."""
    meta = work / "mutants" / f"{module}.meta"
    if not meta.exists():
        return {}
    codes: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
    return codes


def score(work: Path, module: str) -> str:
    """`module`'s line of results: killed of those run, and the survivors' names."""
    codes = _results(work, module)
    run = {k: c for k, c in codes.items() if c is not None}
    killed = sum(c in KILLED for c in run.values())
    survived = sorted(k for k, c in run.items() if c in SURVIVED)
    other = sorted(k for k, c in run.items() if c not in KILLED | SURVIVED)
    pct = f"{100 * killed / len(run):.1f}%" if run else "-"
    lines = [
        f"{module}: {pct} killed ({killed} of {len(run)} run; {len(codes) - len(run)} not run"
        f" of {len(codes)})"
    ]
    lines += [f"  survived: {k}" for k in survived]
    lines += [f"  other (no test, timeout): {k} ({codes[k]})" for k in other]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run mutmut on one module (see the module's docstring)."""
    parser = argparse.ArgumentParser(prog="python -m tools.mutate", description=__doc__)
    parser.add_argument("module", nargs="?", help="a module of TESTS, e.g. opsplan/writer.py")
    parser.add_argument("--list", action="store_true", help="list the modules and their tests")
    parser.add_argument("--minutes", type=float, default=60, help="stop after this long")
    parser.add_argument("--survivors", action="store_true", help="show each survivor's diff")
    parser.add_argument("--again", action="store_true", help="run the last run's survivors again")
    args = parser.parse_args(argv)
    if args.list or not args.module:
        for module, tests in TESTS.items():
            print(f"{module}: {' '.join(tests)}")
        return 0
    module = args.module
    if module not in TESTS:
        parser.error(f"{module}: not one of the modules of --list")
    mutmut = Path(sys.executable).parent / "mutmut"
    if args.survivors:
        work = WORK / _slug(module)
        for name, code in _results(work, module).items():
            if code in SURVIVED:
                subprocess.run([str(mutmut), "show", name], cwd=work, check=False)
        return 0
    work = _copy(module)
    again = [k for k, c in _results(work, module).items() if c in SURVIVED | NO_TESTS]
    again = again if args.again else []
    if args.again and not again:
        print(score(work, module))
        return 0
    if again:  # mutmut maps each function to its tests once: map again, with the new tests
        (work / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    proc = subprocess.Popen(
        ["nice", "-n", "15", str(mutmut), "run", "--max-children", "1", *again],
        cwd=work,
        start_new_session=True,
        stdout=subprocess.DEVNULL if os.environ.get("MUTATE_QUIET") else None,
        env=os.environ | {"OPSPLAN_MUTATION": "1"},  # few fixed examples per property
    )
    try:
        proc.wait(timeout=args.minutes * 60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGINT)  # mutmut saves what it has, then stops
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        print(f"stopped after {args.minutes:g} minutes")
    print(score(work, module))
    return 0


if __name__ == "__main__":
    sys.exit(main())
