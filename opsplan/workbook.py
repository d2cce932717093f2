"""A workbook (.xlsx) roster's cells: one sheet read with python-calamine, behind checks that
bound the work whatever the file holds.

calamine is fast (50,000 rows in about half a second, bench/workbook.py) but trusts the file: it
inflates every part it reads in full and lays a sheet out as one dense block from its first to
its last cell, so one cell at XFD1048576 asks for 17 billion cells and ends the process. Before
calamine sees a byte, the standard library's zipfile inflates the parts it will read under a
byte budget (zipfile stops at each part's declared size; a part that holds more fails its CRC),
the chosen sheet's extent is read from its cell references and bounded, and calamine is handed a
copy of those parts stored uncompressed: nothing it reads can grow. Encrypted (password) and old
binary workbooks are told apart by their first bytes. Every problem is located (the file, and
the sheet where one is known).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.loader import path_error, problem_at
from opsplan.models.problems import InputError
from opsplan.textfmt import column_letters

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: an encrypted .xlsx or an old .xls
MAX_PART = 48 * 1024 * 1024  # a part inflated: a sheet of 200,000 rows is about 30 MiB
MAX_TOTAL = 96 * 1024 * 1024  # every part read, inflated
MAX_PARTS = 10_000
MAX_ROWS = 200_000  # a roster of 50,000 people (the cap) with several roles each
MAX_COLS = 64  # column BL: a roster has six columns
MAX_CELLS = 4_000_000  # the dense block calamine lays out (rows x columns)

_WORKBOOK = "xl/workbook.xml"
_NEEDED = ("[Content_Types].xml", "_rels/.rels", _WORKBOOK, "xl/_rels/workbook.xml.rels")
_SHARED = ("xl/sharedStrings.xml", "xl/styles.xml")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_REL = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_ATTR = re.compile(rb"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_VALUED = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>/]*>')
_EMPTY = re.compile(rb'<c r="[A-Z]{1,3}[0-9]{1,7}"[^>/]*/>')


@dataclass
class Sheet:
    """One sheet's cells, row by row from A1 (row 1 is `rows[0]`); empty cells are ''."""

    name: str
    rows: list[list[Any]]


def _bad(name: str, message: Msg) -> InputError:
    return InputError([problem_at(name, None, None, message)])


def read_sheet(name: str, data: bytes, sheet: str | None = None) -> Sheet:
    """The cells of sheet `sheet` (else the first) of the workbook `data`, read from `name`."""
    if not data:
        raise _bad(name, Msg("xlsx_empty"))
    if data.startswith(OLE):
        encrypted = "EncryptedPackage".encode("utf-16-le") in data
        raise _bad(name, Msg("xlsx_encrypted" if encrypted else "xlsx_old_xls"))
    if not data.startswith(b"PK"):
        raise _bad(name, Msg("xlsx_not_zip"))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = {i.filename: i for i in archive.infolist()}
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _bad(name, Msg("xlsx_not_zip")) from None
    if len(infos) > MAX_PARTS:
        raise _bad(name, Msg("xlsx_too_big", part=f"{len(infos):,} parts"))
    if _WORKBOOK not in infos:
        raise _bad(name, Msg("xlsx_not_workbook"))
    budget = [MAX_TOTAL]
    parts = {p: _inflate(name, archive, infos[p], budget) for p in _NEEDED if p in infos}
    sheets = _sheets(parts[_WORKBOOK], parts.get("xl/_rels/workbook.xml.rels", b""))
    if not sheets:
        raise _bad(name, Msg("xlsx_no_sheets"))
    title, path = _choose(name, sheets, sheet)
    if path not in infos:
        raise _bad(name, Msg("xlsx_sheet_missing", sheet=title))
    parts |= {p: _inflate(name, archive, infos[p], budget) for p in _SHARED if p in infos}
    parts[path] = _inflate(name, archive, infos[path], budget)
    _check_extent(name, title, parts[path])
    return Sheet(title, _calamine(name, title, parts))


def _inflate(
    name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]
) -> bytes:
    """A part's bytes, inflated within the budget (its declared size first, then what comes)."""
    if info.flag_bits & 0x1:
        raise _bad(name, Msg("xlsx_encrypted"))
    if info.file_size > min(MAX_PART, budget[0]):
        raise _bad(name, Msg("xlsx_too_big", part=info.filename[:80]))
    budget[0] -= info.file_size
    try:
        with archive.open(info) as stream:
            return stream.read(info.file_size + 1)  # zipfile stops at the declared size
    except Exception as exc:  # BadZipFile (a CRC), zlib.error, EOFError: a damaged part
        raise _bad(name, Msg("xlsx_broken", reason=str(exc)[:120])) from None


def _attrs(raw: bytes) -> dict[str, str]:
    """A tag's attributes by their local name (`r:id` is `id`)."""
    return {
        k.decode("utf-8", "replace").rpartition(":")[2]: _unescape(
            (double or single).decode("utf-8", "replace")
        )
        for k, double, single in _ATTR.findall(raw)
    }


def _unescape(value: str) -> str:
    if "&" not in value:
        return value
    import html

    return html.unescape(value)


def _sheets(workbook: bytes, rels: bytes) -> list[tuple[str, str]]:
    """The workbook's sheets in order: (name, the path of its part)."""
    targets = {}
    for raw in _REL.findall(rels):
        attrs = _attrs(raw)
        target = attrs.get("Target", "")
        if attrs.get("Type", "").endswith("/worksheet"):
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[attrs.get("Id", "")] = path.replace("/./", "/")
    sheets = []
    for raw in _SHEET.findall(workbook):
        attrs = _attrs(raw)
        if attrs.get("id") in targets:
            sheets.append((attrs.get("name", ""), targets[attrs["id"]]))
    return sheets


def _choose(name: str, sheets: list[tuple[str, str]], wanted: str | None) -> tuple[str, str]:
    """The sheet called `wanted` (else the first); another name is a usage error."""
    if wanted is None:
        return sheets[0]
    found = next((s for s in sheets if s[0] == wanted), None)
    found = found or next((s for s in sheets if s[0].casefold() == wanted.strip().casefold()), None)
    if found is None:
        names = ", ".join(s[0] for s in sheets[:20])
        message = Msg("xlsx_no_such_sheet", sheet=wanted[:60], sheets=names)
        raise UsageError(path_error(name, message))
    return found


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + char - 64
    return number


def _check_extent(name: str, title: str, xml: bytes) -> None:
    """The sheet's last row and column that hold a value, bounded before calamine lays the
    sheet out (a cell with no `r` has the place after the one before it)."""
    rows, cols = _extent(xml)
    if rows > MAX_ROWS or cols > MAX_COLS or rows * cols > MAX_CELLS:
        raise InputError(
            [
                problem_at(
                    name,
                    None,
                    None,
                    Msg("xlsx_extent", sheet=title, rows=f"{rows:,}", cols=column_letters(cols),
                        max_rows=f"{MAX_ROWS:,}", max_cols=column_letters(MAX_COLS)),
                )
            ]
        )  # fmt: skip


def _extent(xml: bytes) -> tuple[int, int]:
    # The quick way, for the cells Excel, WPS and LibreOffice write (`<c r="B7" ...>`, the
    # reference first); a sheet with any other cell is read tag by tag.
    valued = _VALUED.findall(xml)
    empty = len(_EMPTY.findall(xml))
    if len(valued) + empty != xml.count(b"<c ") + xml.count(b"<c>") or b":c" in xml:
        return _extent_in_order(xml)
    last_row = max(map(int, {row for _, row in valued}), default=0)
    last_col = max(map(_column_number, {col for col, _ in valued}), default=0)
    return last_row, last_col


def _extent_in_order(xml: bytes) -> tuple[int, int]:
    """The extent of a sheet some of whose cells or rows leave out `r`: read in order."""
    tags = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*?)(/?)>")
    row = col = last_row = last_col = 0
    for kind, attrs, empty in tags.findall(xml):
        found = re.search(rb"""\sr=["']([A-Z]*)([0-9]+)["']""", attrs)
        if kind == b"row":
            row = int(found.group(2)) if found else row + 1
            col = 0
            continue
        if found and found.group(1):
            col, row = _column_number(found.group(1)), int(found.group(2))
        else:
            col += 1
        if not empty:
            last_row, last_col = max(last_row, row), max(last_col, col)
    return last_row, last_col


def _calamine(name: str, title: str, parts: dict[str, bytes]) -> list[list[Any]]:
    """The sheet's cells read by calamine from a stored (uncompressed) copy of `parts`."""
    import python_calamine

    copy = io.BytesIO()
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as stored:
        for path, content in parts.items():
            stored.writestr(zipfile.ZipInfo(path, (1980, 1, 1, 0, 0, 0)), content)
    copy.seek(0)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(copy)
        rows = workbook.get_sheet_by_name(title).to_python(skip_empty_area=False)
    except python_calamine.CalamineError as exc:
        raise _bad(name, Msg("xlsx_broken", reason=str(exc)[:120])) from None
    except BaseException as exc:  # a panic in the Rust code is a BaseException, not an Exception
        if type(exc).__name__ != "PanicException":
            raise
        raise _bad(name, Msg("xlsx_broken", reason=str(exc)[:120])) from None
    return rows
