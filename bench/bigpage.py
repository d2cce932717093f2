"""`--format html` on big inputs: a team of N people and a profile of N duties, each written
with `-o FILE.html`, against the same command in the table format (run interleaved, in the same
rounds, so that both see the same machine). Reports the median wall and CPU seconds of the whole
command, the page's size, and (in one process) how the CPU time splits between the
computation, the view and the HTML renderer:

    python bench/bigpage.py [--teams 1000 10000 50000] [--duties 10000 100000] [--rounds 3]

The issue's goal: a team of 10,000 people in under 3 s, a page under 5 MB (charts aggregate:
over 40 rows a chart of one value shows how the rows are spread; tables show their first rows).
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bigfile import BIN, profile, team  # bench/ is not a package


def run_once(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `opsplan ARGS` (output discarded or to -o)."""
    start = time.perf_counter()
    proc = subprocess.Popen([BIN, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"opsplan {' '.join(args)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def split(command: str, path: Path) -> tuple[float, float, float]:
    """CPU seconds of the computation, the view and the HTML renderer, in this process (with
    the garbage collector off, as opsplan runs)."""
    import gc

    gc.disable()
    from opsplan import api
    from opsplan.render import as_html
    from opsplan.views import view_of

    start = time.process_time()
    result = api.team(team=str(path)) if command == "team" else api.overload(profile=str(path))
    computed = time.process_time()
    document = view_of(result)(result, "en")
    viewed = time.process_time()
    as_html.render(document, lang="en")
    return computed - start, viewed - computed, time.process_time() - viewed


def main() -> None:
    """Measure and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--teams", type=int, nargs="+", default=[1000, 10_000, 50_000])
    parser.add_argument("--duties", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(
        "| command | items | html wall s | html CPU s | table wall s | table CPU s | page "
        "| compute CPU s | view CPU s | render CPU s |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    work = [("team", n, team) for n in args.teams] + [("overload", n, profile) for n in args.duties]
    with tempfile.TemporaryDirectory() as tmp:
        for command, size, maker in work:
            path = Path(tmp) / f"{command}-{size}.yaml"
            path.write_text(maker(size), encoding="utf-8")
            page = Path(tmp) / "page.html"
            html, table = [], []
            for _ in range(args.rounds):
                page.unlink(missing_ok=True)
                html.append(run_once([command, str(path), "-o", str(page)]))
                table.append(run_once([command, str(path)]))
            parts = split(command, path)
            cells = [
                f"{command} html",
                f"{size:,}",
                *(f"{statistics.median(r[k] for r in runs):.2f}" for runs in (html, table)
                  for k in (0, 1)),
                f"{page.stat().st_size / 2**20:.2f} MiB",
                *(f"{s:.2f}" for s in parts),
            ]  # fmt: skip
            print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
