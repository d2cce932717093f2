"""The example workbooks of examples/ (`python -m tools.regen examples`):

- `examples/roster.xlsx`: examples/team.yaml's people as a roster kept in Excel: a title row
  merged across the table, the Chinese headers, shares as percentages, a part-timer's hours as
  a formula (its cached value is what opsplan reads), an open position;
- `examples/team-report.xlsx`: `opsplan team examples/roster.xlsx -s medium --marketing
  --set employees=400 --lang zh -o team-report.xlsx`, the workbook for the boss.

Both are the same byte for byte on every run with the same xlsxwriter and zlib: xlsxwriter
writes its zip entries with a fixed time, and the creation time is fixed here
(SOURCE_DATE_EPOCH for the report). tests/test_regen.py compares them part by part.
"""

from __future__ import annotations

import datetime
import io
import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROSTER = ROOT / "examples" / "roster.xlsx"
REPORT = ROOT / "examples" / "team-report.xlsx"
CREATED = datetime.datetime(2025, 1, 1)
EPOCH = "1735689600"  # 2025-01-01T00:00:00Z
COMPANY = {"size": "medium", "marketing": True, "employees": 400}

# name, role, share, weekly hours (a formula: 6 h a day, 5 days), outsourced, open position
PEOPLE: list[tuple[str, str, float | None, str | None, str, str]] = [
    ("Li Na", "SEO专员", None, None, "", ""),
    ("Li Na", "sem", None, None, "", ""),
    ("Zhao Lei", "美工", 0.7, "=6*5", "", ""),
    ("Zhao Lei", "文案", 0.3, "=6*5", "", ""),
    ("Wang Fang", "网站编辑", None, None, "", ""),
    ("Chen Jie", "network-promotion", None, None, "", ""),
    ("Liu Yang", "network-promotion", 0.5, None, "", ""),
    ("Liu Yang", "新媒体运营", 0.5, None, "", ""),
    ("Zhou Min", "网络技术员", None, None, "", ""),
    ("Agency X", "sem", None, None, "是", ""),
    ("Open req 12", "新媒体运营", None, None, "", "是"),
]


def roster_workbook() -> bytes:
    """examples/roster.xlsx's bytes."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    book.set_properties({"title": "网络运营部人员名单", "created": CREATED})
    sheet: Any = book.add_worksheet("名单")
    bold = book.add_format({"bold": True})
    percent = book.add_format({"num_format": "0%"})
    sheet.merge_range("A1:F1", "网络运营部人员名单 2025 年 1 月", bold)
    sheet.write_row(1, 0, ["姓名", "岗位", "占比", "周工时", "外包", "空缺"], bold)
    for row, (name, role, share, hours, outsourced, vacancy) in enumerate(PEOPLE, start=2):
        sheet.write_string(row, 0, name)
        sheet.write_string(row, 1, role)
        if share is not None:
            sheet.write_number(row, 2, share, percent)
        if hours is not None:
            sheet.write_formula(row, 3, hours, None, 30)  # the value Excel would have saved
        sheet.write_string(row, 4, outsourced)
        sheet.write_string(row, 5, vacancy)
    sheet.set_column(0, 0, 14)
    sheet.set_column(1, 1, 20)
    sheet.freeze_panes(2, 0)
    book.close()
    return buffer.getvalue()


def report_workbook(roster: Path = ROSTER) -> bytes:
    """examples/team-report.xlsx's bytes: the team from `roster`, in Chinese."""
    from opsplan import api
    from opsplan.render import render
    from opsplan.views.team import view

    result = api.team(team=str(roster), company=COMPANY)
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        data = render(result, "xlsx", lang="zh", view=view)
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
    assert isinstance(data, bytes)
    return data


def write() -> list[str]:
    """Write the example workbooks that differ; their paths."""
    changed = []
    for path, make in ((ROSTER, roster_workbook), (REPORT, report_workbook)):
        fresh = make()
        if not path.is_file() or path.read_bytes() != fresh:
            path.write_bytes(fresh)
            changed.append(str(path.relative_to(ROOT)))
    return changed
