"""Reading a 50,000-row workbook roster (#21's goal: under 3 s), and the readers compared.

Writes a roster of 50,000 people (one row each, six columns) with xlsxwriter, then times, as
the median of N rounds, in CPU seconds and wall seconds:

- the roster read: the workbook's cells to a validated team (`opsplan.roster.load_team`);
- opsplan's reader alone (`opsplan.workbook.read_sheet`: the checks, then python-calamine);
- python-calamine alone, on the file as it is (what the checks add is the difference);
- openpyxl in read-only mode, the other candidate, when it is installed (it is not a
  dependency: `pip install openpyxl` to include it);
- the whole command, `opsplan team big.xlsx -s large`, as a subprocess.

    python bench/workbook.py [--rows 50000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROLES = ["seo", "sem", "designer", "editor", "new-media", "copywriter", "network-tech"]


def make(path: Path, rows: int) -> None:
    """A roster of `rows` people, one row each."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("名单")
    sheet.write_row(0, 0, ["姓名", "岗位", "占比", "周工时", "外包", "空缺"])
    for i in range(1, rows + 1):
        sheet.write_row(i, 0, [f"员工{i}", ROLES[i % len(ROLES)], 1, 40, "否", "否"])
    book.close()


def cpu() -> float:
    """CPU seconds of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(work: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Median CPU and wall seconds of `work` over `rounds` runs."""
    cpus, walls = [], []
    for _ in range(rounds):
        start_cpu, start = cpu(), time.perf_counter()
        work()
        cpus.append(cpu() - start_cpu)
        walls.append(time.perf_counter() - start)
    return statistics.median(cpus), statistics.median(walls)


def main() -> int:
    """Make the roster, time each reader, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="opsplan-bench-"))
    path = folder / "big.xlsx"
    make(path, args.rows)
    data = path.read_bytes()
    print(f"{args.rows:,} rows, {len(data) / 1e6:.1f} MB; {os.cpu_count()} CPUs; "
          f"load {os.getloadavg()[0]:.1f}")  # fmt: skip

    import gc

    gc.disable()  # as the command runs (opsplan/entry.py): a second less for 50,000 people
    from opsplan.workbook import read_sheet

    def calamine() -> object:
        import python_calamine

        book = python_calamine.CalamineWorkbook.from_path(str(path))
        return book.get_sheet_by_index(0).to_python()

    from opsplan.roster import load_team

    company = {"size": "large"}
    runs: dict[str, Callable[[], object]] = {
        "the roster read (roster.load_team)": lambda: load_team(str(path), company),
        "opsplan.workbook.read_sheet": lambda: read_sheet(str(path), data),
        "python-calamine alone": calamine,
    }
    try:
        import importlib

        openpyxl: Any = importlib.import_module("openpyxl")  # not a dependency: no types

        def with_openpyxl() -> object:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            return list(book.worksheets[0].iter_rows(values_only=True, max_col=64))

        runs["openpyxl read-only"] = with_openpyxl
    except ImportError:
        print("(openpyxl is not installed: pip install openpyxl to compare)")
    command = [str(Path(sys.executable).parent / "opsplan"), "team", str(path), "-s", "large"]
    command += ["-f", "json"]
    runs["opsplan team big.xlsx (the command)"] = lambda: subprocess.run(
        command, stdout=subprocess.DEVNULL, check=True
    )
    print(f"{'':40} {'CPU s':>8} {'wall s':>8}")
    for name, work in runs.items():
        cpu_s, wall_s = timed(work, args.rounds)
        print(f"{name:40} {cpu_s:8.2f} {wall_s:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
