"""CSV: one row per role, for spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import Any

from pydantic import BaseModel

from opsplan.models import OverloadReport, Recommendation, RoleList

RECOMMEND_FIELDS = ["role", "label", "min", "max", "recommended", "demand_hours"]
RECOMMEND_FIELDS += ["hours_per_person", "utilization", "optional"]
ROLE_FIELDS = ["id", "name", "name_zh", "family", "summary"]


def write(header: list[str], rows: list[list[Any]]) -> str:
    """CSV text with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def render(result: BaseModel, **_: Any) -> str:
    """The result's rows as CSV with a header row."""
    if isinstance(result, Recommendation):
        rows = [[getattr(r, f) for f in RECOMMEND_FIELDS] for r in result.roles]
        return write(["name" if f == "label" else f for f in RECOMMEND_FIELDS], rows)
    if isinstance(result, RoleList):
        sizes = ("small", "medium", "large")
        header = [*ROLE_FIELDS, "duties", *(f"demand_{s}" for s in sizes)]
        rows = [
            [
                *(getattr(r, f) for f in ROLE_FIELDS),
                len(r.duties),
                *(r.demand_hours[s] for s in sizes),
            ]
            for r in result.roles
        ]
        return write(header, rows)
    if isinstance(result, OverloadReport):
        header = ["role", "name", "hours", "estimated", "share", "norm_min", "norm_max", "in_norm"]
        rows = [[getattr(r, f) for f in header] for r in result.roles]
        rows += [["", t.task, t.hours, False, "", "", "", False] for t in result.unmatched]
        return write(header, rows)
    raise TypeError(f"no CSV for {type(result).__name__}")
