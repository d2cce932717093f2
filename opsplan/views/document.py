"""The format-neutral document a view builds and every renderer lays out.

A document is a title and a list of blocks in reading order. Cells hold typed values; a
column's `kind` says how a human format shows them, and `audience` whether a column is for
people (table, markdown), for machines (csv) or both. Renderers know these classes only,
never a result type.

A table, a bar or a list of steps may carry a `Chart`: a hint for the formats that draw (html)
naming what to draw from the block's own data. Other formats ignore it, and the block stays the
chart's text alternative.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar, overload

from opsplan.record import record

T = TypeVar("T")

Kind = Literal["text", "int", "num", "pct", "bar"]
Audience = Literal["all", "human", "machine"]
Style = Literal["dim", "warn", "bad"]


@dataclass(frozen=True, repr=False, eq=False)
class Cell:
    """A value whose human text differs from its machine value (`14 est.` for 14.0)."""

    value: Any
    text: str


@record(frozen=True)
class Column:
    """A table column: machine `key`, human `label`, how values show, who sees it."""

    key: str
    label: str
    kind: Kind = "text"
    audience: Audience = "all"
    wrap: bool = False


class LazyRows(Sequence[list[Any]], Generic[T]):
    """A table's rows made from `items` as they are read: a human format reads the first
    `limit` of 50,000 people, a machine format all of them, and neither pays for the others."""

    def __init__(self, items: Sequence[T], make: Callable[[T], list[Any]]) -> None:
        self.items = items
        self.make = make

    def __len__(self) -> int:
        """As many rows as items."""
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> list[Any]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[list[Any]]: ...
    def __getitem__(self, index: int | slice) -> list[Any] | Sequence[list[Any]]:
        """The row of item `index`, or the rows of a slice (made now)."""
        if isinstance(index, slice):
            return [self.make(item) for item in self.items[index]]
        return self.make(self.items[index])


@record(frozen=True)
class Line:
    """A reference line across a chart at `value`, in the chart's units (100% of capacity, one
    full-time job), with its label; `style` says how serious it is to be past it."""

    value: float
    label: str
    style: Style | None = None


@record(frozen=True)
class Chart:
    """How a drawing format charts a block: a `title`, the value `axis` (what is measured, and
    in what unit), and the data, named by column keys of the table it is on.

    `bars` (the default): one row a category, named by the `label` column; each of `values` a
    bar (several: side by side, one series each); `low` and `high` a range drawn as a band
    (`band` says what it is); `mark` a value marked on each row; `lines` reference lines;
    `highlight` the rows to call out (by index) and `highlight_label` why. `time`: the rows are
    points in time (`label`, in order; `axis` names the time axis), each of `values` a line
    in a panel of its own (titled by its column's label), rows of the same `phase` value (a
    `Cell`'s value, not its text) shaded together, `lines` drawn in the first panel.

    A block with no columns (steps, a bar) gives its data as `points`: (label, value) pairs.
    """

    title: str
    axis: str
    kind: Literal["bars", "time"] = "bars"
    label: str = "name"
    values: tuple[str, ...] = ()
    low: str | None = None
    high: str | None = None
    band: str = ""
    mark: str | None = None
    lines: tuple[Line, ...] = ()
    highlight: tuple[int, ...] = ()
    highlight_label: str = ""
    phase: str | None = None
    points: tuple[tuple[str, Cell], ...] = ()


@record
class Table:
    """Rows of cells under typed columns; `primary` marks the table a CSV export holds by
    default, `name` the machine name that picks another (`--table NAME`)."""

    columns: list[Column]
    rows: Sequence[list[Any]]
    title: str | None = None
    name: str | None = None
    footer: list[Any] | None = None
    styles: list[Style | None] | None = None
    primary: bool = False
    # Human formats show at most `limit` rows, then `more` (a sentence with {n}, the rows left
    # out); machine formats (csv) always hold every row.
    limit: int | None = None
    more: str = ""
    charts: tuple[Chart, ...] = ()

    def shown_rows(self) -> tuple[Sequence[list[Any]], str | None]:
        """The rows a human format shows, and the line that says how many it left out."""
        if self.limit is None or len(self.rows) <= self.limit:
            return self.rows, None
        return self.rows[: self.limit], self.more.format(n=f"{len(self.rows) - self.limit:,}")


@record
class Bar:
    """A horizontal bar of `value`, with a mark at 1 (1x a full-time job)."""

    value: float
    text: str
    chart: Chart | None = None


@record
class Facts:
    """Headline facts: a label and its value, one a line."""

    items: list[tuple[str, str | Bar]]


@record
class Steps:
    """A numbered list under a heading."""

    title: str
    items: list[str]
    chart: Chart | None = None


@record
class Notes:
    """Bulleted notes at the end of a document."""

    items: list[str]


@record
class Paragraph:
    """A line or paragraph of text; `heading` shows it as a section heading."""

    text: str
    heading: bool = False


@record(frozen=True)
class Located:
    """A problem at a place in a file: `level` is `error` or `warning` (for machines),
    `level_text` and `message` are in the document's language."""

    file: str
    line: int | None
    col: int | None
    level: str
    level_text: str
    message: str
    sheet: str | None = None  # a workbook's sheet: `line` is its row, `col` its column


@record
class Findings:
    """Located problems, one a line; human formats show at most `limit` of `items`, then `more`
    (with {n}, the ones left out), then `closing` (a check that gave up says so last)."""

    items: list[Located]
    limit: int
    more: str
    closing: Located | None = None


@record
class Lines:
    """Plain lines, shown as they are (escaped)."""

    items: list[str]


Block = Facts | Bar | Table | Steps | Notes | Paragraph | Findings | Lines


@record
class Document:
    """A title and the blocks below it, in the user's language.

    `data_tables` are for the data formats only (CSV, the workbook): what the human formats
    show as sentences (single points of failure, a hiring order), in rows and columns.
    """

    title: str
    blocks: list[Block] = field(default_factory=list)
    data_tables: list[Table] = field(default_factory=list)

    def tables(self) -> list[Table]:
        """Every table: the blocks' in reading order, then the data tables."""
        return [b for b in self.blocks if isinstance(b, Table)] + self.data_tables

    def table_names(self) -> list[str]:
        """Each table's machine name (`--table`): its own, else its number (1, 2...)."""
        return [t.name or str(i) for i, t in enumerate(self.tables(), start=1)]

    def primary_table(self) -> Table | None:
        """The table a CSV export holds: the one marked primary, else the first."""
        tables = self.tables()
        return next((t for t in tables if t.primary), tables[0] if tables else None)
