"""Big inputs: every command that reads a file, in table and json, on generated files.

Files: a profile of N duties (a mix of role lines, English and Chinese tasks, with and without
hours and drivers), a team of N people with up to 4 roles each (also planned from, over 36
months under a budget), and a role catalogue of N roles. Each command runs once per round in a
fresh process; the table reports the median wall time, items per second and the peak memory
(max RSS) of the process:

    python bench/bigfile.py [--sizes 1000 10000 50000 100000] [--rounds 3] [--only team]

Sizes above what a kind of file may hold (100,000 duties, 50,000 people, 10,000 roles, 1,000
drivers) are skipped: opsplan refuses them at once.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BIN = str(Path(sys.executable).parent / "opsplan")
LINES = [
    "  - role: seo\n    hours: 2\n",
    "  - role: new-media\n    platforms: 4\n",
    "  - task: 公众号、微博、抖音的日常运营\n",
    "  - task: reinstall Windows on colleagues' PCs\n    hours: 1.5\n",
    "  - task: retouch product pictures for the shop\n    hours: 3\n",
    "  - task: water the office plants\n    hours: 0.5\n",
    "  - role: 美工\n",
    "  - task: fix the LAN printer\n",
]
TEAM_ROLES = ["seo", "sem", "designer", "copywriter", "editor", "network-tech", "new-media"]


def profile(duties: int) -> str:
    """A profile text with `duties` duties."""
    head = "name: Big\ncompany:\n  size: large\n  marketing: true\n  employees: 900\nduties:\n"
    return head + "".join(LINES[i % len(LINES)] for i in range(duties))


def free_text(duties: int) -> str:
    """A profile of `duties` different free-text duties (the labelled lines, numbered)."""
    import yaml

    labelled = Path(__file__).resolve().parent.parent / "tests" / "matching" / "labelled.yaml"
    texts = [next(iter(item)) for item in yaml.safe_load(labelled.read_text("utf-8"))]
    head = "company:\n  size: large\nduties:\n"
    lines = (
        f"  - {json.dumps(f'{texts[i % len(texts)]} {i}', ensure_ascii=False)}\n"
        for i in range(duties)
    )
    return head + "".join(lines)


def team(people: int) -> str:
    """A team of `people` people, each with 1 to 4 roles."""
    out = ["company: {size: large, marketing: true, employees: 5000}\npeople:\n"]
    for i in range(people):
        roles = [TEAM_ROLES[(i + k) % len(TEAM_ROLES)] for k in range(i % 4 + 1)]
        out.append(f"  - name: Person {i}\n    roles: [{', '.join(roles)}]\n")
        if i % 5 == 0:
            out.append("    capacity_hours: 30\n")
    return "".join(out)


def catalogue(roles: int) -> str:
    """The built-in catalogue and generated roles of two duties each: `roles` roles in all."""
    base = (Path(__file__).resolve().parent.parent / "data" / "roles.yaml").read_text("utf-8")
    extra = "".join(
        f"  - id: extra-{i}\n    name: Extra role {i}\n    name_zh: 额外岗位{i}\n"
        f"    family: operations\n    summary: A generated role.\n    duties:\n"
        f"      - {{name: Duty one, hours: 1, driver: employees}}\n"
        f"      - {{name: Duty two, hours: 2}}\n    source: [one-person-department]\n"
        for i in range(max(roles - 30, 0))
    )
    return base + extra


def norms_file(drivers: int) -> str:
    """The built-in norms with generated drivers: `drivers` drivers in all."""
    base = (Path(__file__).resolve().parent.parent / "data" / "norms.yaml").read_text("utf-8")
    extra = "".join(
        f"  extra_{i}: {{description: Generated, unit: things, "
        f"default: {{small: 1, medium: 2, large: 3}}}}\n"
        for i in range(max(drivers - 14, 0))
    )
    return base.replace("\nnorms:\n", "\n" + extra + "\nnorms:\n", 1)


Maker = Callable[[int], str]
PLAN = ["plan", "--start", "2027-01", "--months", "36", "--budget", "1000000000"]
# The most items a file of each kind may hold (opsplan refuses more, quickly).
CAPS = {
    "profile": 100_000,
    "free_text": 100_000,
    "team": 50_000,
    "catalogue": 10_000,
    "norms_file": 1_000,
}
# name -> (file maker, file suffix, arguments before the file, arguments after it)
WORKLOADS: dict[str, tuple[Maker, str, list[str], list[str]]] = {
    "overload": (profile, ".yaml", ["overload"], []),
    "overload json": (profile, ".yaml", ["overload"], ["--format", "json"]),
    "validate profile": (profile, ".yaml", ["validate"], []),
    "overload free text": (free_text, ".yaml", ["overload"], []),
    "team": (team, ".yaml", ["team"], []),
    "team json": (team, ".yaml", ["team"], ["--format", "json"]),
    "validate team": (team, ".yaml", ["validate"], []),
    # the plan from a team, over 36 months (#15: under 2 s and 400 MiB at 50,000 people)
    "plan --team, 36 months": (team, ".yaml", [*PLAN, "--team"], []),
    "plan --team, 36 months, json": (team, ".yaml", [*PLAN, "--team"], ["--format", "json"]),
    "roles --roles": (catalogue, ".yaml", ["roles", "--roles"], []),
    "roles --roles json": (catalogue, ".yaml", ["roles", "--roles"], ["--format", "json"]),
    "recommend --roles": (catalogue, ".yaml", ["recommend", "-s", "large", "--roles"], []),
    "validate roles": (catalogue, ".yaml", ["validate"], []),
    "drivers --norms": (norms_file, ".yaml", ["drivers", "--norms"], []),
    "drivers --norms json": (norms_file, ".yaml", ["drivers", "--norms"], ["--format", "json"]),
}


def run_once(args: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KiB) and CPU seconds (user and system) of one run of `opsplan
    ARGS`; on a busy machine the CPU time is the figure to compare."""
    start = time.perf_counter()
    proc = subprocess.Popen([BIN, *args], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"opsplan {' '.join(args)} exited {code}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def main() -> None:
    """Measure and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 50_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default="", help="run the workloads whose name has this")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"load average at the start: {load:.1f} on {os.cpu_count()} cores")
    print("| command | items | file size | median s | items/s | peak RSS MiB | median CPU s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            for name, (maker, suffix, before, after) in WORKLOADS.items():
                if args.only not in name or size > CAPS[maker.__name__]:
                    continue
                path = Path(tmp) / f"{maker.__name__}-{size}{suffix}"
                if not path.exists():
                    path.write_text(maker(size), encoding="utf-8")
                mib = path.stat().st_size / 2**20
                runs = [run_once([*before, str(path), *after]) for _ in range(args.rounds)]
                wall = statistics.median(r[0] for r in runs)
                rss = max(r[1] for r in runs) / 1024
                cpu = statistics.median(r[2] for r in runs)
                cells = [name, f"{size:,}", f"{mib:.1f} MiB", f"{wall:.2f}", f"{size / wall:,.0f}"]
                print("| " + " | ".join([*cells, f"{rss:.0f}", f"{cpu:.2f}"]) + " |", flush=True)


if __name__ == "__main__":
    main()
