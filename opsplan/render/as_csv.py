"""CSV: one table of the document for spreadsheets, machine keys as the header.

The primary table by default; `--table NAME` picks another (every table of a document has a
name: `opsplan team --format csv --table people`). Text is made safe to open: a cell of text
that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's rule
against formula injection; numbers, such as -3.1, stay numbers), and control characters are
written escaped (`\\x1b`), so that CSV on a terminal cannot act on it.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.textfmt import safe
from opsplan.views.document import Cell, Document, Table

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell_text(value: str) -> str:
    """User text as a spreadsheet may hold it: never a formula, no control characters."""
    if value.startswith(FORMULA_START) and value != "-":  # a lone '-' (none) is no formula
        value = "'" + value
    return safe(value, one_line=False)


def _value(value: Any) -> Any:
    if isinstance(value, Cell):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return cell_text(value)
    return "" if value is None else value


def pick(document: Document, name: str | None) -> Table | None:
    """The table called `name` (or numbered so), else the primary one; an unknown name is a
    usage error that lists the document's tables."""
    if name is None:
        return document.primary_table()
    names = document.table_names()
    if name in names:
        return document.tables()[names.index(name)]
    import difflib

    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    if close:
        raise UsageError(Msg("table_unknown_close", table=name[:60], tables=names, close=close[0]))
    raise UsageError(Msg("table_unknown", table=name[:60], tables=names))


def render(document: Document, table: str | None = None, **_: Any) -> str:
    """The chosen table's rows with the columns meant for machines."""
    found = pick(document, table)
    if found is None:
        return ""
    keep = [i for i, c in enumerate(found.columns) if c.audience != "human"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([found.columns[i].key for i in keep])
    writer.writerows([_value(row[i]) for i in keep] for row in found.rows)
    return buffer.getvalue()
