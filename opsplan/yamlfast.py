"""A reader for the plain YAML most files are made of, or None to let libyaml read it.

Importing PyYAML costs a command about 14 ms (its reader and resolver compile wide character
patterns), more than all of opsplan's own start-up work on a profile, and libyaml's event stream
costs about twenty Python objects a line of a big file. This reader takes only what it fully
understands and gives up (None) on anything else, so that `yamldoc.compose` hands the text to
libyaml, which gives the same data or the located error:

- block mappings and sequences indented with spaces, one `- ` a line;
- plain scalars that start with no indicator and hold no `: `, ` #` or a final `:` (in flow
  collections no `:`, `,`, brackets or braces), single- and double-quoted scalars without quotes
  or backslashes inside, each on one line;
- flow sequences and mappings of such scalars, on one line; comments; blank lines.

Tabs, carriage returns, anchors, aliases, tags, block scalars, `---`, continuation lines, a
repeated key, a text outside the reader's printable set: each gives None. What it returns
equals libyaml's composition, data and marks: tests/test_yamlfast.py compares the two on every
YAML file of the repository and on generated documents.
"""

from __future__ import annotations

import re
from typing import Any

from opsplan.textfmt import has_surrogate
from opsplan.yamldoc import MAX_DEPTH, MAX_NODES, BoolKey, Document, _resolve_plain

# what is outside libyaml's printable set, or in it but left to libyaml (tab, CR, NEL, BOM, the
# line and paragraph separators, surrogates): the controls by a class of Latin-1 alone, the rest
# by `in` and by encoding (a class of them all cost `re` a 65,536-entry map, 0.7 ms of every
# start-up that reads a file; the complement of the printable ranges, 3 ms)
_ODD_LATIN1 = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_ODD_WIDE = "\u2028\u2029\ufeff\ufffe\uffff"


def odd(text: str) -> bool:
    """Whether `text` holds a character this reader leaves to libyaml."""
    if _ODD_LATIN1.search(text) is not None:
        return True
    if text.isascii():
        return False
    return any(char in text for char in _ODD_WIDE) or has_surrogate(text)


_LINE = re.compile(r"( *)(-(?: +|$))?(.*)")
_STARTS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_STOP = re.compile(r"[:,\[\]{}]")
_MISSING: Any = object()


class _GiveUp(Exception):
    """Something this reader leaves to libyaml."""


def compose(text: str) -> Document | None:
    """The document of `text`, equal to libyaml's, or None where this reader leaves it."""
    if odd(text):
        return None
    try:
        return _Reader().read(text)
    except _GiveUp:
        return None


def _plain(text: str, flow: bool) -> bool:
    """Whether `text` (stripped) is a plain scalar this reader reads as libyaml does."""
    if not text:
        return False
    first = text[0]
    if first in _STARTS and not (first == "-" and len(text) > 1 and text[1] not in " -,[]{}#"):
        return False
    if " #" in text:
        return False
    if flow:
        return _FLOW_STOP.search(text) is None
    return ": " not in text and not text.endswith(":")


def _scalar(text: str, flow: bool) -> Any:
    """The value of a one-line scalar (stripped, its comment cut), or _GiveUp."""
    first = text[:1]
    if first == '"' or first == "'":
        if len(text) < 2 or text[-1] != first or first in text[1:-1] or "\\" in text:
            raise _GiveUp  # (a `,` inside quotes in a flow list never gets here: split there)
        return text[1:-1]
    if not _plain(text, flow):
        raise _GiveUp
    try:
        return _resolve_plain(text)
    except ValueError:  # a number too long for int(): libyaml's path reports it
        raise _GiveUp from None


def _key(text: str, flow: bool = False) -> Any:
    key = _scalar(text, flow)
    if ":" in text or (isinstance(key, float) and key != key):
        raise _GiveUp
    return BoolKey(key) if isinstance(key, bool) else key


def _cut_comment(body: str) -> str:
    """The line without a trailing comment (`#` after a space) and trailing spaces."""
    at = body.find(" #")
    if at >= 0:
        if '"' in body[:at] or "'" in body[:at]:
            raise _GiveUp
        body = body[:at]
    return body.rstrip(" ")


def _flow(text: str) -> tuple[bool, list[tuple[Any, int, int]]]:
    """A one-line flow collection: whether a mapping, and its items with their columns (from 1,
    counted from the opening bracket): (value, column, 0) or ((key, value), key's, value's)."""
    is_map = text[0] == "{"
    if text[-1] != ("}" if is_map else "]"):
        raise _GiveUp
    inner = text[1:-1]
    items: list[tuple[Any, int, int]] = []
    if not inner.strip(" "):
        return is_map, items
    at = 1
    for part in inner.split(","):
        item = part.strip(" ")
        item_column = at + len(part) - len(part.lstrip(" "))
        at += len(part) + 1
        if not item or item[0] in "[{":
            raise _GiveUp
        if not is_map:
            items.append((_scalar(item, True), item_column + 1, 0))
            continue
        colon = item.find(": ")
        if colon < 0:
            raise _GiveUp
        key_text, value_part = item[:colon].rstrip(" "), item[colon + 1 :]
        value_text = value_part.lstrip(" ")
        if not value_text or value_text[0] in "[{":
            raise _GiveUp
        value_column = item_column + colon + 1 + len(value_part) - len(value_text)
        pair = (_key(key_text, True), _scalar(value_text, True))
        items.append((pair, item_column + 1, value_column + 1))
    return is_map, items


class _Frame:
    __slots__ = ("container", "indent", "is_map", "marks")

    def __init__(self, container: Any, marks: Any, indent: int) -> None:
        self.container, self.marks, self.indent = container, marks, indent
        self.is_map = isinstance(container, dict)


class _Reader:
    """One pass over the lines with a stack of the open block collections."""

    def __init__(self) -> None:
        self.marks: dict[int, Any] = {}
        self.stack: list[_Frame] = []
        self.nodes = 0
        # a key waiting for its value: (frame, key, line, column just after the colon)
        self.pending: tuple[_Frame, Any, int, int] | None = None
        # a big file repeats its keys and values: each text is read once (the values are
        # immutable; containers are made anew each time)
        self.keys: dict[str, Any] = {}
        self.scalars: dict[str, Any] = {}
        self.flows: dict[str, tuple[bool, list[tuple[Any, int, int]]]] = {}

    def open(self, is_map: bool, indent: int) -> _Frame:
        if len(self.stack) >= MAX_DEPTH - 2:
            raise _GiveUp  # near the limit: libyaml's path says where
        container: Any = {} if is_map else []
        frame_marks: Any = {} if is_map else []
        self.marks[id(container)] = frame_marks
        frame = _Frame(container, frame_marks, indent)
        self.stack.append(frame)
        self.nodes += 1
        return frame

    def read(self, text: str) -> Document | None:
        """The document, or _GiveUp; the common line, `key: value` in the open mapping, is
        read inline (a big file is mostly these)."""
        root: Document | None = None
        stack, keys, scalars = self.stack, self.keys, self.scalars
        match = _LINE.match
        for number, line in enumerate(text.split("\n"), 1):
            found = match(line)
            assert found is not None  # the pattern matches any line
            spaces, dash, body = found.groups()
            if not body or body[0] == "#":
                if dash is not None:
                    raise _GiveUp  # `-` alone: its item is on the lines below
                continue
            if "#" in body:
                body = _cut_comment(body)
            elif body[-1] == " ":
                body = body.rstrip(" ")
            indent = len(spaces)
            if root is None:
                first = self.open(dash is None, indent)
                root = Document(first.container, (number, indent + 1), self.marks)
            top = stack[-1]
            colon = body.find(": ")
            if (
                self.pending is not None
                or dash is not None
                or colon < 0
                or top.indent != indent
                or not top.is_map
                or body[colon + 2 : colon + 3] in ("", " ", "[", "{")
            ):
                self.line(number, indent, dash, body)
                continue
            key_text = body[:colon]
            key = keys.get(key_text, _MISSING)
            if key is _MISSING:
                key = keys[key_text] = _key(key_text.rstrip(" "))
            container = top.container
            if key in container:
                raise _GiveUp  # libyaml's path says where the first one was
            value_text = body[colon + 2 :]
            value = scalars.get(value_text, _MISSING)
            if value is _MISSING:
                value = scalars[value_text] = _scalar(value_text, False)
            container[key] = value
            top.marks[key] = ((number, indent + 1), (number, indent + colon + 3))
            self.nodes += 2
        self.close_pending()
        if self.nodes > MAX_NODES // 2:
            raise _GiveUp  # near the limit: libyaml's path counts exactly
        return root

    def close_pending(self) -> None:
        """A key with nothing after it, nor below it: null, marked just after its colon."""
        if self.pending is not None:
            frame, key, line, column = self.pending
            frame.container[key] = None
            frame.marks[key] = (frame.marks[key][0], (line, column))
            self.nodes += 1
            self.pending = None

    def line(self, number: int, indent: int, dash: str | None, body: str) -> None:
        """Any line but the common one: a block opening, an item, a key at another indent."""
        stack = self.stack
        if self.pending is not None:
            frame = self.pending[0]
            if (dash is not None and indent >= frame.indent) or (
                dash is None and indent > frame.indent
            ):
                self.nest(number, indent, dash is not None)
            else:
                self.close_pending()
        while stack[-1].indent > indent or (
            not stack[-1].is_map and stack[-1].indent == indent and dash is None
        ):
            stack.pop()
            if not stack:
                raise _GiveUp
        top = stack[-1]
        if top.indent != indent:
            raise _GiveUp
        if top.is_map:
            if dash is not None:
                raise _GiveUp
            self.entry(top, number, indent, body)
            return
        if dash is None:
            raise _GiveUp
        column = indent + len(dash)
        if body[0] not in "[{" and (body.find(": ") >= 0 or body.endswith(":")):
            if body[0] in "\"'":
                raise _GiveUp
            inner = self.open(True, column)
            top.container.append(inner.container)
            top.marks.append((number, column + 1))
            self.entry(inner, number, column, body)
            return
        top.container.append(self.value(body, number, column))
        top.marks.append((number, column + 1))

    def nest(self, number: int, indent: int, is_seq: bool) -> None:
        """The pending key's value is the block starting on this line."""
        assert self.pending is not None
        frame, key, _, _ = self.pending
        self.pending = None
        if self.stack[-1] is not frame:
            raise _GiveUp
        inner = self.open(not is_seq, indent)
        frame.container[key] = inner.container
        frame.marks[key] = (frame.marks[key][0], (number, indent + 1))

    def entry(self, frame: _Frame, number: int, column: int, body: str) -> None:
        """`key: value` or `key:` at `column` (0-based) of line `number`, into `frame`."""
        colon = body.find(": ")
        if colon < 0:
            if not body.endswith(":"):
                raise _GiveUp  # a scalar where a key belongs, or a continuation line
            colon = len(body) - 1
        key_text = body[:colon]
        key = self.keys.get(key_text, _MISSING)
        if key is _MISSING:
            key = self.keys[key_text] = _key(key_text.rstrip(" "))
        if key in frame.container:
            raise _GiveUp  # libyaml's path says where the first one was
        self.nodes += 1
        rest = body[colon + 1 :]
        value_text = rest.lstrip(" ")
        key_mark = (number, column + 1)
        if not value_text:
            frame.container[key] = None
            frame.marks[key] = (key_mark, None)
            self.pending = (frame, key, number, column + colon + 2)
            return
        value_column = column + colon + 1 + len(rest) - len(value_text)
        frame.container[key] = self.value(value_text, number, value_column)
        frame.marks[key] = (key_mark, (number, value_column + 1))

    def value(self, text: str, number: int, column: int) -> Any:
        """A value on one line at `column` (0-based): a scalar or a flow collection."""
        if text[0] == "[" or text[0] == "{":
            return self.flow(text, number, column)
        self.nodes += 1
        value = self.scalars.get(text, _MISSING)
        if value is _MISSING:
            value = self.scalars[text] = _scalar(text, False)
        return value

    def flow(self, text: str, number: int, column: int) -> Any:
        """`[a, b]` or `{k: v, ...}` of scalars, on one line, at `column` (0-based)."""
        if len(self.stack) >= MAX_DEPTH - 2:
            raise _GiveUp
        parsed = self.flows.get(text)
        if parsed is None:
            parsed = self.flows[text] = _flow(text)
        is_map, items = parsed
        self.nodes += 1 + len(items) * (2 if is_map else 1)
        if is_map:
            mapping: dict[Any, Any] = {}
            map_marks: dict[Any, Any] = {}
            self.marks[id(mapping)] = map_marks
            for (key, value), key_column, value_column in items:
                if key in mapping:
                    raise _GiveUp
                mapping[key] = value
                map_marks[key] = ((number, column + key_column), (number, column + value_column))
            return mapping
        sequence = [value for value, _, _ in items]
        self.marks[id(sequence)] = [(number, column + at) for _, at, _ in items]
        return sequence
