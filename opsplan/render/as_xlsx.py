"""The workbook (`--format xlsx`, `-o report.xlsx`): a first sheet with the title, the facts,
notes, steps and sources, then one sheet per table of the document, the data tables included.

Written with xlsxwriter, in the document's language: header row bold and frozen, columns as
wide as their text (CJK characters count two), numbers stored as numbers with the column's
format (percentages as percentages), every text cell written as text: never a formula, and one
that starts like a formula is marked as Excel marks typed text (a quote prefix), so that editing
the cell keeps it text. Control characters are escaped as in the other formats. The file is the
same byte for byte for the same document and creation time (`SOURCE_DATE_EPOCH` fixes it).
"""

from __future__ import annotations

import datetime
import io
import os
import re
from typing import Any

import xlsxwriter

from opsplan.i18n import Lang, text
from opsplan.render.as_csv import FORMULA_START
from opsplan.render.cells import findings, shown
from opsplan.textfmt import safe, width
from opsplan.views.document import (
    Bar,
    Cell,
    Column,
    Document,
    Facts,
    Findings,
    Lines,
    Notes,
    Paragraph,
    Steps,
    Table,
)

MAX_TEXT = 32_767  # Excel's limit for one cell
MAX_WIDTH, MIN_WIDTH = 60, 6
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def render(document: Document, lang: Lang = "en", **_: Any) -> bytes:
    """The document as an .xlsx workbook."""
    buffer = io.BytesIO()
    options = {
        "in_memory": True,  # and so fixed timestamps inside the zip
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    }
    book = xlsxwriter.Workbook(buffer, options)
    book.set_properties({"title": safe(document.title)[:255], "created": _created()})
    styles = _Styles(book)
    tables = document.tables()
    titles = [table.title or table.name or document.title for table in tables]
    names = _sheet_names([text("xlsx_summary", lang), *titles])
    by_table = {id(table): name for table, name in zip(tables, names[1:], strict=True)}
    _summary(book.add_worksheet(names[0]), document, styles, by_table)
    for table, name in zip(tables, names[1:], strict=True):
        _table(book.add_worksheet(name), table, styles)
    book.close()
    return buffer.getvalue()


def _created() -> datetime.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).replace(
            tzinfo=None
        )
    return datetime.datetime.now()


class _Styles:
    """The workbook's formats, made once."""

    def __init__(self, book: Any) -> None:
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.bold = book.add_format({"bold": True})
        self.header = book.add_format({"bold": True, "bottom": 1, "text_wrap": True})
        self.quoted = book.add_format({"quote_prefix": True})
        self.percent = book.add_format({"num_format": "0%"})


def _sheet_names(wanted: list[str]) -> list[str]:
    """Sheet names Excel takes: at most 31 characters, none of []:*?/\\, each once."""
    names: list[str] = []
    for n, want in enumerate(wanted, start=1):
        # a title's closing colon goes (ASCII or full-width)
        base = _SHEET_NAME_BAD.sub(" ", want).strip(" '").rstrip(":\uff1a") or str(n)
        base = " ".join(base.split())[:31]
        name, again = base, 2
        while name.casefold() in {x.casefold() for x in names}:
            suffix = f" ({again})"
            name, again = base[: 31 - len(suffix)] + suffix, again + 1
        names.append(name)
    return names


def _write_text(
    sheet: Any, row: int, col: int, value: str, styles: _Styles, style: Any = None
) -> int:
    """Text as text (escaped, cut to Excel's limit); its display width."""
    value = safe(value, one_line=False)[:MAX_TEXT]
    quoted = value.startswith(FORMULA_START)
    sheet.write_string(row, col, value, styles.quoted if quoted else style)
    return max((width(line) for line in value.split("\n")), default=0)


def _summary(sheet: Any, document: Document, styles: _Styles, sheets: dict[int, str]) -> None:
    """The title, then each block that is not a table in reading order; a table is named by its
    sheet."""
    row, widest = 0, 12
    _write_text(sheet, row, 0, document.title, styles, styles.title)
    row += 2
    for block in document.blocks:
        lines: list[tuple[str, str | None]] = []  # (text, second column)
        if isinstance(block, Facts):
            lines = [(label, v.text if isinstance(v, Bar) else v) for label, v in block.items]
        elif isinstance(block, Paragraph):
            lines = [(block.text, None)]
        elif isinstance(block, Notes):
            lines = [(f"• {item}", None) for item in block.items]
        elif isinstance(block, Steps):
            steps = [(f"{n}. {step}", None) for n, step in enumerate(block.items, start=1)]
            lines = [(block.title, None), *steps]
        elif isinstance(block, Lines):
            lines = [(item, None) for item in block.items]
        elif isinstance(block, Bar):
            lines = [(block.text, None)]
        elif isinstance(block, Findings):
            lines = [(item, None) for item in findings(block)]
        elif isinstance(block, Table):
            lines = [(f"→ {sheets.get(id(block), '')}", None)]
        bold = isinstance(block, Facts) or (isinstance(block, Paragraph) and block.heading)
        for first, second in lines:
            shown_width = _write_text(sheet, row, 0, first, styles, styles.bold if bold else None)
            if second is not None:  # a fact: its label's column is as wide as the labels
                widest = max(widest, min(shown_width, MAX_WIDTH))
                _write_text(sheet, row, 1, second, styles)
            row += 1
        row += 1
    sheet.set_column(0, 0, widest + 2)  # longer lines run on across the empty cells


def _columns(table: Table) -> list[int]:
    """The columns a sheet holds: the ones people read (a workbook is for people: labels in
    their language), but bars (a picture of a number shown beside it)."""
    return [i for i, c in enumerate(table.columns) if c.kind != "bar" and c.audience != "machine"]


def _table(sheet: Any, table: Table, styles: _Styles) -> None:
    keep = _columns(table)
    widths = []
    for out, i in enumerate(keep):
        widths.append(_write_text(sheet, 0, out, table.columns[i].label, styles, styles.header))
    for r, values in enumerate(table.rows, start=1):
        for out, i in enumerate(keep):
            shown_width = _cell(sheet, r, out, values[i], table.columns[i], styles)
            widths[out] = max(widths[out], shown_width)
    for out, size in enumerate(widths):
        sheet.set_column(out, out, max(MIN_WIDTH, min(size, MAX_WIDTH)) + 2)
    sheet.freeze_panes(1, 0)
    if table.rows:
        sheet.autofilter(0, 0, len(table.rows), max(len(keep) - 1, 0))


def _cell(sheet: Any, row: int, col: int, value: Any, column: Column, styles: _Styles) -> int:
    """One value: a number as a number in the column's format, anything else as its text."""
    number = value.value if isinstance(value, Cell) else value
    if isinstance(number, bool):
        sheet.write_boolean(row, col, number)
        return 5
    if isinstance(number, (int, float)):
        sheet.write_number(row, col, number, styles.percent if column.kind == "pct" else None)
        return width(shown(number, column)) + (1 if column.kind == "pct" else 0)
    if value is None:
        return 0
    return _write_text(sheet, row, col, shown(value, column), styles)
