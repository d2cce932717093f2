"""Big inputs: `opsplan overload` and `opsplan validate` on generated profiles of many duties.

For each size, writes a profile (a mix of role lines, English and Chinese tasks, with and
without hours and drivers), runs each command once per round in a fresh process, and reports
the median wall time, duties per second and the peak memory (max RSS) of the process:

    python bench/bigfile.py [--sizes 1000 10000 100000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
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


def profile(duties: int) -> str:
    """A profile text with `duties` duties."""
    head = "name: Big\ncompany:\n  size: large\n  marketing: true\n  employees: 900\nduties:\n"
    return head + "".join(LINES[i % len(LINES)] for i in range(duties))


COMMANDS = {"overload": ["overload", "--format", "json"], "validate": ["validate"]}


def run_once(command: list[str], path: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one run of `opsplan COMMAND PATH`."""
    start = time.perf_counter()
    proc = subprocess.Popen([BIN, *command, path], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"opsplan {' '.join(command)} {path} exited {proc.returncode}")
    return elapsed, usage.ru_maxrss


def main() -> None:
    """Measure and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 20_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print("| command | duties | file size | median s | duties/s | peak RSS MiB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"profile-{size}.yaml"
            path.write_text(profile(size), encoding="utf-8")
            mib = path.stat().st_size / 2**20
            for name, command in COMMANDS.items():
                runs = [run_once(command, str(path)) for _ in range(args.rounds)]
                wall = statistics.median(r[0] for r in runs)
                rss = max(r[1] for r in runs) / 1024
                cells = [name, f"{size:,}", f"{mib:.1f} MiB", f"{wall:.2f}", f"{size / wall:,.0f}"]
                print("| " + " | ".join([*cells, f"{rss:.0f}"]) + " |")


if __name__ == "__main__":
    main()
