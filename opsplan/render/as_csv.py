"""CSV: the document's primary table for spreadsheets, machine keys as the header."""

from __future__ import annotations

import csv
import io
from typing import Any

from opsplan.views.document import Cell, Document


def _value(value: Any) -> Any:
    if isinstance(value, Cell):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def render(document: Document, **_: Any) -> str:
    """The primary table's rows with the columns meant for machines."""
    table = document.primary_table()
    if table is None:
        return ""
    keep = [i for i, c in enumerate(table.columns) if c.audience != "human"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([table.columns[i].key for i in keep])
    writer.writerows([_value(row[i]) for i in keep] for row in table.rows)
    return buffer.getvalue()
