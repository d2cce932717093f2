"""YAML text -> plain Python data with the position of every key and item.

A small composer over the parser's event stream (libyaml's C parser where present). Owning the
composer is what lets opsplan be safe and precise on hand-written files:

- only the YAML 1.2 core schema: no Python objects, no unknown tags; `010` is ten, `yes` and
  `NO` are strings, `.nan` and `.inf` are floats (which the models then refuse);
- duplicate keys, keys that are lists or maps, several documents: located errors;
- an iterative composer with a nesting limit (the parser's recursion cannot be exhausted)
  and a budget on the *expanded* size, so alias bombs and self-references are refused at once
  while ordinary anchors keep working (an alias shares the anchored object).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from opsplan.i18n import Msg
from opsplan.textfmt import plain_number

if TYPE_CHECKING:
    import yaml  # imported where libyaml composes, not at start-up

MAX_DEPTH = 64
MAX_NODES = 2_000_000
Mark = tuple[int, int]  # 1-based (line, column)

_CORE = "tag:yaml.org,2002:"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_MAYBE_NOT_STR = frozenset("-+.0123456789~nNtTfF")


class YamlError(Exception):
    """A problem in the YAML text at a 1-based (line, column)."""

    def __init__(self, message: Msg, mark: Mark | None) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


@dataclass
class Document:
    """Composed data plus the marks to locate any path in it.

    `marks` maps id() of each dict to {key: (key mark, value mark)} and of each list to its
    items' marks (a (line, column) or the parser's own mark, made a tuple only when asked for:
    a big file has half a million); `root` is where the top-level node starts.
    """

    data: Any
    root: Mark
    marks: dict[int, Any] = field(default_factory=dict)

    def locate(self, path: Sequence[str | int], *, key: bool = False) -> Mark:
        """The mark of the deepest node of `path` that exists (of its key, with key=True)."""
        node, mark = self.data, self.root
        for step, part in enumerate(path):
            where = self.marks.get(id(node))
            if isinstance(node, dict) and where is not None and part not in where:
                # pydantic reports a non-text key (null, 1.5, true) by its text
                part = next((k for k in where if str(k) == part), part)
            if isinstance(node, dict) and where is not None and part in where:
                key_mark, value_mark = where[part]
                last = step == len(path) - 1
                mark = position(key_mark if key and last else value_mark)
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                mark = position(self.marks[id(node)][part])
                node = node[part]
            else:
                break
        return mark


def position(mark: Any) -> Mark:
    """A mark as a 1-based (line, column): the parser's marks are 0-based objects."""
    return mark if isinstance(mark, tuple) else (mark.line + 1, mark.column + 1)


def _resolve_plain(value: str) -> Any:
    """Resolve a plain scalar by the YAML 1.2 core schema (decimal integers, no octal `010`)."""
    first = value[:1]
    if first and first not in _MAYBE_NOT_STR:
        return value
    if value in _NULLS:
        return None
    if value in _BOOLS:
        return _BOOLS[value]
    if first.isalpha():  # n, t, f...: a word, not a number (`nan` is text; `.nan` is not)
        return value
    number = plain_number(value)
    return value if number is None else number


def _scalar(event: Any) -> Any:
    try:
        return _scalar_value(event)
    except ValueError:  # int() refuses more than sys.get_int_max_str_digits() digits
        raise YamlError(Msg("yaml_long_number"), _mark(event)) from None


def _scalar_value(event: Any) -> Any:
    tag = event.tag
    value: str = event.value
    if tag is None:
        return _resolve_plain(value) if not event.style else value
    if tag == "!" or tag == _CORE + "str":
        return value
    if tag in (_CORE + "int", _CORE + "float"):
        resolved = _resolve_plain(value)
        number = isinstance(resolved, (int, float)) and not isinstance(resolved, bool)
        if number and tag.endswith("float"):
            return float(resolved)
        if isinstance(resolved, int) and not isinstance(resolved, bool):
            return resolved
        raise YamlError(
            Msg("yaml_bad_value", value=repr(value)[:60], tag=tag[len(_CORE) :]), _mark(event)
        )
    if tag == _CORE + "bool" and value in _BOOLS:
        return _BOOLS[value]
    if tag == _CORE + "null" and value in _NULLS:
        return None
    raise _bad_tag(tag, event)


def _bad_tag(tag: str, event: Any) -> YamlError:
    shown = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
    if "python/" in tag:
        return YamlError(Msg("yaml_unsafe_tag", tag=shown[:60]), _mark(event))
    return YamlError(Msg("yaml_unknown_tag", tag=shown[:60]), _mark(event))


def _mark(event: Any) -> Mark:
    return (event.start_mark.line + 1, event.start_mark.column + 1)


class _Frame:
    """An open mapping or sequence: its container, the marks of its items, its anchor, the node
    count when it opened, where it starts, and (a mapping) the key waiting for its value."""

    __slots__ = (
        "anchor", "container", "has_key", "is_map", "key", "key_mark", "marks", "start",
        "start_nodes",
    )  # fmt: skip

    def __init__(
        self, container: Any, marks: Any, anchor: str | None, start_nodes: int, start: Any
    ) -> None:
        self.container, self.marks, self.anchor = container, marks, anchor
        self.start_nodes, self.start = start_nodes, start
        self.is_map = isinstance(container, dict)
        self.key: Any = None
        self.key_mark: Any = None
        self.has_key = False


class BoolKey:
    """A `true:` or `false:` mapping key, kept apart from `1:` and `0:` (True == 1 in Python);
    not text, so the models report it as a key that must be text."""

    __slots__ = ("value",)

    def __init__(self, value: bool) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        """Equal to the same boolean key only."""
        return isinstance(other, BoolKey) and other.value == self.value

    def __hash__(self) -> int:
        """Unlike 1 and 0."""
        return hash(("BoolKey", self.value))

    def __repr__(self) -> str:
        """As written in YAML."""
        return "true" if self.value else "false"


def _key_text(key: Any) -> str:
    return repr(key) if not isinstance(key, str) else f"'{key}'"


def compose(text: str) -> Document:
    """Compose one YAML document from `text` with libyaml (PyYAML is imported here, not on
    every command's start-up); raises YamlError, located where possible."""
    import yaml

    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        loader = loader_cls(text)  # the pure-Python reader checks the whole text at once
    except yaml.reader.ReaderError as exc:
        raise _unreadable(text, loader_cls, exc) from None
    try:
        return _compose(loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark is not None else None
        if "maximum nesting depth" in str(exc.problem):
            # libyaml's scanner (PyYAML >= 6.0.3) stops flow nesting at 1000 levels, before the
            # composer sees level 65: report it as the composer would, at level 65.
            raise YamlError(
                Msg("yaml_too_deep", depth=MAX_DEPTH), _flow_depth_mark(text) or where
            ) from None
        from opsplan.yamlhints import explain

        opened = exc.context_mark
        message, at = explain(
            text, str(exc.problem or exc.context), str(exc.context or ""), where,
            (opened.line + 1, opened.column + 1) if opened is not None else None,
        )  # fmt: skip
        raise YamlError(message, at) from None
    except yaml.reader.ReaderError as exc:
        raise _unreadable(text, loader_cls, exc) from None
    except yaml.YAMLError as exc:
        raise YamlError(Msg("yaml_syntax", problem=str(exc)[:200]), None) from None
    finally:
        loader.dispose()


def _unreadable(text: str, loader_cls: Any, exc: yaml.reader.ReaderError) -> YamlError:
    return YamlError(
        Msg("yaml_unreadable", reason=str(exc.reason)),
        _offset_mark(text, _char_position(text, loader_cls, exc.position)),
    )


def _flow_depth_mark(text: str) -> Mark | None:
    """Where flow brackets first open level MAX_DEPTH + 1 (quoted text is not skipped: this
    only places a message the scanner already decided on). A block mapping at the top counts
    as the first level."""
    depth = 0 if text.lstrip()[:1] in ("[", "{") else 1
    for position, char in enumerate(text):
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _offset_mark(text, position)
        elif char in "]}":
            depth = max(depth - 1, 0)
    return None


def _offset_mark(text: str, position: int) -> Mark:
    """The (line, column) of character `position`; CRLF, CR and LF each end a line (YAML)."""
    return line_col(text[:position])


def line_col(before: str) -> Mark:
    """The 1-based (line, column) just after `before`, counting CRLF, CR and LF as line ends."""
    normal = before.replace("\r\n", "\n").replace("\r", "\n")
    return (normal.count("\n") + 1, len(normal) - (normal.rfind("\n") + 1) + 1)


def _char_position(text: str, loader_cls: Any, position: int) -> int:
    """libyaml reports a reader error at a byte offset of the UTF-8 text; the Python reader at a
    character offset."""
    import yaml

    if loader_cls is yaml.SafeLoader:
        return position
    return len(text.encode("utf-8")[:position].decode("utf-8", errors="ignore"))


def _duplicate(key: Any, first: Any, mark: Any) -> YamlError:
    """A key given twice: at the second, naming the line of the first."""
    line = position(first)[0]
    return YamlError(Msg("yaml_duplicate_key", key=_key_text(key)[:80], line=line), position(mark))


def _compose(loader: Any) -> Document:
    """The composer: one pass over the parser's events (the hot loop of a big file, so the
    common case, a plain scalar in a mapping or a list, is handled inline)."""
    from yaml import events

    _Scalar, _Alias = events.ScalarEvent, events.AliasEvent
    _MapStart, _MapEnd = events.MappingStartEvent, events.MappingEndEvent
    _SeqStart, _SeqEnd = events.SequenceStartEvent, events.SequenceEndEvent
    _DocStart = events.DocumentStartEvent
    stack: list[_Frame] = []
    anchors: dict[str, tuple[Any, int]] = {}
    open_anchors: set[str] = set()
    marks: dict[int, Any] = {}
    nodes = 0
    documents = 0
    result: Document | None = None
    get_event = loader.get_event
    maybe_not_str = _MAYBE_NOT_STR

    def add(value: Any, mark: Any, size: int) -> None:
        nonlocal nodes, result
        nodes += size
        if nodes > MAX_NODES:
            raise YamlError(Msg("yaml_bomb", limit=f"{MAX_NODES:,}"), position(mark))
        if not stack:
            result = Document(value, position(mark), marks)
            return
        top = stack[-1]
        if not top.is_map:
            top.container.append(value)
            top.marks.append(mark)
        elif not top.has_key:
            if isinstance(value, (dict, list)):
                raise YamlError(Msg("yaml_complex_key"), position(mark))
            if isinstance(value, bool):
                value = BoolKey(value)
            if value in top.container:
                raise _duplicate(value, top.marks[value][0], mark)
            top.key, top.key_mark, top.has_key = value, mark, True
        else:
            top.container[top.key] = value
            top.marks[top.key] = (top.key_mark, mark)
            top.has_key = False

    while True:
        event = get_event()
        if event is None:
            break
        kind = type(event)
        if kind is _Scalar:
            value = event.value
            if event.tag is not None or event.style or not value or value[0] in maybe_not_str:
                value = _scalar(event)
            mark = event.start_mark
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1)
            if not stack or nodes >= MAX_NODES:
                add(value, mark, 1)
                continue
            nodes += 1  # add(value, mark, 1), inline: the most common event of all
            top = stack[-1]
            if not top.is_map:
                top.container.append(value)
                top.marks.append(mark)
            elif top.has_key:
                top.container[top.key] = value
                top.marks[top.key] = (top.key_mark, mark)
                top.has_key = False
            else:
                if isinstance(value, bool):
                    value = BoolKey(value)
                if value in top.container:
                    raise _duplicate(value, top.marks[value][0], mark)
                top.key, top.key_mark, top.has_key = value, mark, True
        elif kind is _MapStart or kind is _SeqStart:
            tag = event.tag
            if tag is not None and tag not in ("!", _CORE + "map", _CORE + "seq"):
                raise _bad_tag(tag, event)
            if len(stack) >= MAX_DEPTH:
                raise YamlError(Msg("yaml_too_deep", depth=MAX_DEPTH), _mark(event))
            is_map = kind is _MapStart
            container: Any = {} if is_map else []
            frame_marks: Any = {} if is_map else []
            marks[id(container)] = frame_marks
            if event.anchor is not None:
                open_anchors.add(event.anchor)
            stack.append(_Frame(container, frame_marks, event.anchor, nodes, event.start_mark))
        elif kind is _MapEnd or kind is _SeqEnd:
            frame = stack.pop()
            size = nodes - frame.start_nodes + 1
            if frame.anchor is not None:
                open_anchors.discard(frame.anchor)
                anchors[frame.anchor] = (frame.container, size)
            nodes -= size - 1  # add() counts the whole container again
            add(frame.container, frame.start, size)
        elif kind is _Alias:
            name = event.anchor
            if name in open_anchors:
                raise YamlError(Msg("yaml_self_alias", name=name[:60]), _mark(event))
            if name not in anchors:
                raise YamlError(Msg("yaml_no_anchor", name=name[:60]), _mark(event))
            value, size = anchors[name]
            add(value, event.start_mark, size)
        elif kind is _DocStart:
            documents += 1
            if documents > 1:
                raise YamlError(Msg("yaml_documents"), _mark(event))
    if result is None:
        raise YamlError(Msg("yaml_empty"), None)
    return result
