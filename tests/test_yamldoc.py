"""The composer: core-schema values and the exact (line, column) of every problem; and at its
edges (explicit tags, keys that are not text, long values and tags cut in messages, CRLF files,
the nesting limit after quoted brackets, `Document.locate` on paths that go nowhere, PyYAML
without libyaml), which kill surviving mutants of yamldoc.py (docs/mutation.md). They test
`compose()`'s results and errors, not its inner workings, so they hold for any composer."""

from __future__ import annotations

import math
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from opsplan.i18n import Msg
from opsplan.yamldoc import MAX_DEPTH, BoolKey, Document, YamlError, _resolve_plain, compose


def error_at(text: str) -> tuple[str, tuple[int, int] | None]:
    with pytest.raises(YamlError) as info:
        compose(text)
    assert str(info.value) == str(info.value.message)  # what a traceback or a log shows
    return info.value.message, info.value.mark


def value(text: str) -> Any:
    return compose(f"v: {text}\n").data["v"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("010", 10),
        ("0o10", 8),
        ("0x1F", 31),
        ("-3", -3),
        ("2.5", 2.5),
        ("1e3", 1000.0),
        ("yes", "yes"),
        ("NO", "NO"),
        ("on", "on"),
        ("true", True),
        ("False", False),
        ("~", None),
        ("null", None),
        ('"6"', "6"),
        ("'010'", "010"),
        ("!!str 12", "12"),
        ("!!int '12'", 12),
        ("!!float 3", 3.0),
        ("12:30", "12:30"),
        ("1_000", "1_000"),
    ],
)
def test_core_schema_values(text: str, expected: Any) -> None:
    got = value(text)
    assert got == expected
    assert type(got) is type(expected)


def test_nan_and_inf_are_floats_for_the_models_to_refuse() -> None:
    assert math.isnan(value(".nan"))
    assert value("-.inf") == float("-inf")


@pytest.mark.parametrize(
    ("text", "message", "mark"),
    [
        ("a: 1\na: 2\n", "duplicate key 'a' (first defined at line 1)", (2, 1)),
        ("x:\n  - {k: 1, k: 2}\n", "duplicate key 'k' (first defined at line 2)", (2, 12)),
        ("? [1, 2]\n: v\n", "a mapping key must be a plain value, not a list or mapping", (1, 3)),
        ("a: &x [1, *x]\n", "alias *x refers to its own anchor", (1, 11)),
        ("a: *nope\n", "alias *nope has no anchor before it", (1, 4)),
        ("a: !Ref b\n", "unknown tag !Ref: only plain YAML values are allowed", (1, 4)),
        (
            "a: !!python/object/apply:os.system [ls]\n",
            "unsafe tag !!python/object/apply:os.system: opsplan never builds Python objects",
            (1, 4),
        ),
        ("a: !!set {x}\n", "unknown tag !!set: only plain YAML values are allowed", (1, 4)),
        ("a: !!int abc\n", "'abc' is not a valid int", (1, 4)),
        ("a: 1\n---\nb: 2\n", "several YAML documents in one file; opsplan reads one", (2, 1)),
        (
            "a: [1, 2\n",
            "'[' opened here is not closed with ']' (or a ',' is missing between its items)",
            (1, 4),
        ),
        ("a:\n\tb: 1\n", "a tab character: YAML indents with spaces only", (2, 1)),
        ("a: b\n c: d\n", "the indentation of this line does not match the lines above", (2, 3)),
        ("a: b: c\n", "a second ': ' in this line: put the value in quotes (\"...\")", (1, 5)),
        (
            "a\uff1ab\nc: d\n",
            "a full-width colon '\uff1a' after a key: YAML needs ':' and a space",
            (1, 2),
        ),
        ("a: 'b\n", "a quote opened here is not closed", (1, 4)),
        (
            "- {a: 1\n",
            "'{' opened here is not closed with '}' (or a ',' is missing between its items)",
            (1, 3),
        ),
        ("a: `b`\n", "a value cannot begin with '`': put the whole value in quotes", (1, 4)),
        ("a: @b\n", "a value cannot begin with '@': put the whole value in quotes", (1, 4)),
        ("a: 'b' c\n", "text after a quoted value: put all of the value inside the quotes", (1, 8)),
        ("a: {b: 1}}\n", "a '}' that closes nothing", (1, 10)),
        ("a: [b, c]]\n", "a ']' that closes nothing", (1, 10)),
        ("a: |\n b\nc\n", "YAML syntax: could not find expected ':'", (4, 1)),
        ("a: " + "9" * 5000 + "\n", "a number too long to read", (1, 4)),
        ("a: !!int " + "9" * 5000 + "\n", "a number too long to read", (1, 4)),
        ("", "the file is empty (no YAML document in it)", None),
        ("# just a comment\n", "the file is empty (no YAML document in it)", None),
    ],
)
def test_located_errors(text: str, message: str, mark: tuple[int, int] | None) -> None:
    assert error_at(text) == (message, mark)


def test_deep_nesting_is_refused_at_the_limit() -> None:
    # the work is bounded: the refusal is at the first bracket past the limit, not at the end
    message, mark = error_at("[" * 200_000)
    assert message == f"nesting deeper than {MAX_DEPTH} levels"
    assert mark == (1, MAX_DEPTH + 1)


@pytest.mark.parametrize("depth", [7, 30])
def test_alias_bombs_are_refused_quickly(depth: int) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, depth + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    message, mark = error_at("\n".join(lines) + "\n")
    assert "an alias bomb?" in message
    # aliases are counted by the size of what they stand for, never expanded: the refusal
    # comes on the first line whose values pass the limit (9**7 > 2,000,000 at a6)
    assert mark is not None
    assert mark[0] == 7


def test_the_node_limit_is_what_stops_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import opsplan.yamldoc

    monkeypatch.setattr(opsplan.yamldoc, "MAX_NODES", 50)
    assert len(compose("a: [" + ", ".join(["1"] * 40) + "]\n").data["a"]) == 40
    message, mark = error_at("a: [" + ", ".join(["1"] * 60) + "]\n")
    assert message == "the document expands to more than 50 values (an alias bomb?)"
    # the key `a` and 49 values make 50 nodes: the 50th value is the first past the limit
    assert mark == (1, 5 + 3 * 49)


def test_ordinary_anchors_work() -> None:
    doc = compose("base: &b {hours: 2}\nother: *b\n")
    assert doc.data["other"] == {"hours": 2}


def test_locate_finds_keys_values_and_items() -> None:
    doc = compose("a:\n  - x: 1\n    y: [5, 6]\n")
    assert doc.locate(("a", 0, "y", 1)) == (3, 12)
    assert doc.locate(("a", 0, "y"), key=True) == (3, 5)
    assert doc.locate(("a", 0, "missing")) == (2, 5)
    assert doc.locate(()) == (1, 1)


scalars = st.one_of(
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.none(),
    # Strings that YAML 1.1 (PyYAML's dumper) and the 1.2 core schema read alike: the
    # dumper leaves '0E0' unquoted, which 1.2 reads as a float (a deliberate difference).
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20).filter(
        lambda s: _resolve_plain(s) == s
    ),
)
trees = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text("abcxyz_", min_size=1, max_size=6), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text("abcdef", min_size=1, max_size=5), trees, min_size=1, max_size=4))
def test_round_trip_of_safe_dump(data: dict[str, Any]) -> None:
    assert compose(yaml.safe_dump(data, allow_unicode=True)).data == data


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=":\uff1a- \t\n\"'[]{}#`@|>&*!,ab\u540d1", max_size=40))
def test_any_broken_text_gets_a_located_message_within_the_text(text: str) -> None:
    """The syntax hints read the text around libyaml's marks: whatever the text, they give a
    message and a mark inside it (or none), never another exception."""
    error: YamlError | None = None
    try:
        compose(text)
    except YamlError as caught:
        error = caught
    if error is not None:
        assert isinstance(error.message, Msg)
        assert error.message.code.startswith("yaml_")
        lines = text.replace("\r\n", "\n").split("\n")
        line, column = error.mark or (1, 1)
        assert 1 <= line <= len(lines) + 1
        assert column >= 1


# ------------------------------------------------------------------ edges
@pytest.mark.parametrize(
    ("text", "expected"),
    [("! 12", "12"), ("!!bool true", True), ("!!bool False", False), ("!!null ~", None)],
)
def test_explicit_tags_of_the_core_schema(text: str, expected: Any) -> None:
    got = value(text)
    assert got == expected
    assert type(got) is type(expected)


UNKNOWN = "unknown tag {}: only plain YAML values are allowed"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("!!float abc", "'abc' is not a valid float"),
        ("!!float true", "'true' is not a valid float"),
        ("!!int true", "'true' is not a valid int"),
        ("!!int " + "x" * 100, f"'{'x' * 59} is not a valid int"),  # repr(value)[:60]
        ("!!bool yes", UNKNOWN.format("!!bool")),
        ("!!bool ~", UNKNOWN.format("!!bool")),
        ("!!null x", UNKNOWN.format("!!null")),
        ("!!null true", UNKNOWN.format("!!null")),
        ("!" + "x" * 100 + " 1", UNKNOWN.format("!" + "x" * 59)),
        (
            "!!python/" + "x" * 100 + " 1",
            f"unsafe tag !!python/{'x' * 51}: opsplan never builds Python objects",
        ),
    ],
)
def test_a_value_its_tag_refuses_is_an_error_at_it(text: str, message: str) -> None:
    assert error_at(f"v: {text}\n") == (message, (1, 4))


def test_keys_true_false_1_and_0_are_four_keys() -> None:
    data = compose("true: a\n1: b\nfalse: c\n0: d\n").data
    assert list(data.values()) == ["a", "b", "c", "d"]
    assert [repr(key) for key in data] == ["true", "1", "false", "0"]
    true, _, false, _ = data
    assert (true, false) == (BoolKey(True), BoolKey(False))
    assert true != 1
    assert true is not True
    assert true != false
    assert (data[BoolKey(True)], data[1]) == ("a", "b")


def test_an_alias_as_a_key_is_its_value_as_a_key() -> None:
    assert compose("a: &k b\n*k : 2\n").data == {"a": "b", "b": 2}
    assert compose("a: &t true\n*t : x\n").data == {"a": True, BoolKey(True): "x"}
    assert error_at("a: &k b\nb: 1\n*k : 2\n") == (
        "duplicate key 'b' (first defined at line 2)",
        (3, 1),
    )
    assert error_at("a: &t true\ntrue: 1\n*t : 2\n") == (
        "duplicate key true (first defined at line 2)",
        (3, 1),
    )


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("true", "true"),
        ("false", "false"),
        ("1", "1"),
        ("it's", "'it's'"),
        ("k" * 100, "'" + "k" * 79),  # cut at 80 characters
    ],
)
def test_a_key_given_twice_is_named_as_written(key: str, shown: str) -> None:
    assert error_at(f"{key}: 1\n{key}: 2\n") == (
        f"duplicate key {shown} (first defined at line 1)",
        (2, 1),
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_an_unreadable_character_is_located_in_any_line_ending(newline: str) -> None:
    text = newline.join(["a: 1", "b: 2", "c: x\x01"]) + newline
    assert error_at(text) == ("unreadable character: control characters are not allowed", (3, 5))


DEEP = "[" * 2000  # the scanner stops at 1000 levels; the error is placed at level 65


@pytest.mark.parametrize(
    ("before", "mark"),
    [
        ("", (1, MAX_DEPTH + 1)),
        (" ", (1, MAX_DEPTH + 2)),
        ("{" * 3, (1, MAX_DEPTH + 1)),  # a flow mapping opens a level as a list does
        ("X: ", (1, 3 + MAX_DEPTH)),  # a block mapping at the top is the first level
        ('a: "[[]"\nb: ', (2, 3 + MAX_DEPTH - 1)),  # quoted brackets are counted, not skipped
        ('a: "]]"\nb: ', (2, 3 + MAX_DEPTH + 1)),  # never below no level at all
    ],
)
def test_the_nesting_limit_is_placed_at_the_first_level_past_it(
    before: str, mark: tuple[int, int]
) -> None:
    assert error_at(before + DEEP) == (f"nesting deeper than {MAX_DEPTH} levels", mark)


def test_locate_stops_at_the_deepest_node_a_path_reaches() -> None:
    doc = compose("a: {~: 1, x: 2}\nb: [1, 2]\nc: 1\n")
    assert doc.locate(("a", "x")) == (1, 14)  # a value, unless its key is asked for
    assert doc.locate(("a", "x"), key=True) == (1, 11)
    assert doc.locate(("a", "zzz")) == (1, 4)  # a missing key: not the null key
    assert doc.locate(("a", "None"), key=True) == (1, 5)  # a null key, as pydantic names it
    assert doc.locate(("a", 0)) == (1, 4)  # a mapping has no items
    assert doc.locate(("b", "x")) == (2, 4)  # a list has no keys
    assert doc.locate(("b", 2)) == (2, 4)  # nor an item past its end
    assert doc.locate(("b", 1)) == (2, 8)
    assert doc.locate(("c", "x")) == (3, 4)  # a scalar holds nothing
    assert doc.locate(("c", 0)) == (3, 4)


def test_a_document_without_marks_locates_everything_at_its_root() -> None:
    doc = Document({"a": {"b": [1]}}, (3, 2))
    assert doc.locate(("a", "b", 0)) == (3, 2)


def test_without_libyaml_the_pure_python_parser_reads_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PyYAML without its C extension (some platforms' wheels): the same data and the same
    places, a reader error at a character's place, not a byte's."""
    texts = ["a: [1, 2]\nb: {c: ~}\n", 'a: "é\x01"\n', "a: [1, 2\n", "a: 1\na: 2\n"]
    with_libyaml = [_outcome(text) for text in texts]
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    assert [_outcome(text) for text in texts] == with_libyaml
    assert with_libyaml[1][2] == (1, 6)


def _outcome(text: str) -> tuple[Any, ...]:
    try:
        return ("data", compose(text).data)
    except YamlError as exc:
        return ("error", str(exc.message).split(":")[0], exc.mark)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5\n", 5),
        ("hello\n", "hello"),
        ("v:\n", {"v": None}),
        ("v: !!map {a: 1}\n", {"v": {"a": 1}}),
        ("v: !!seq [1]\n", {"v": [1]}),
        ("v: ! {a: [1]}\n", {"v": {"a": [1]}}),
    ],
)
def test_a_document_of_one_value_empty_values_and_tagged_collections(
    text: str, expected: Any
) -> None:
    assert compose(text).data == expected


def test_a_scalar_document_is_one_document() -> None:
    assert error_at("5\n---\n6\n") == (
        "several YAML documents in one file; opsplan reads one",
        (2, 1),
    )


def test_block_nesting_is_refused_past_the_limit() -> None:
    def nested(levels: int) -> str:
        return "".join(" " * i + f"k{i}:\n" for i in range(levels)) + " " * levels + "v\n"

    assert compose(nested(MAX_DEPTH)).locate(tuple(f"k{i}" for i in range(MAX_DEPTH))) == (
        MAX_DEPTH + 1,
        MAX_DEPTH + 1,
    )
    # the mapping that opens level 65 starts at its first key, on line 65
    assert error_at(nested(MAX_DEPTH + 1)) == (
        f"nesting deeper than {MAX_DEPTH} levels",
        (MAX_DEPTH + 1, MAX_DEPTH + 1),
    )


@pytest.mark.parametrize(
    ("text", "line"),
    [("a:\n  1\na: 2\n", 1), ("b:\n  1\na: &k b\n*k : 2\n", 1)],
)
def test_a_key_given_twice_names_the_line_of_the_first_key(text: str, line: int) -> None:
    message, _ = error_at(text)
    assert message.endswith(f"(first defined at line {line})")


def test_long_anchor_names_are_cut_in_messages() -> None:
    name = "x" * 100
    assert error_at(f"a: &{name} [1, *{name}]\n") == (
        f"alias *{'x' * 60} refers to its own anchor",
        (1, 110),
    )
    assert error_at(f"a: *{name}\n")[0] == f"alias *{'x' * 60} has no anchor before it"


def test_an_alias_of_a_scalar_counts_one_value(monkeypatch: pytest.MonkeyPatch) -> None:
    import opsplan.yamldoc

    monkeypatch.setattr(opsplan.yamldoc, "MAX_NODES", 50)
    # a, 1, b, the list and its 45 aliases: 49 values
    assert len(compose("a: &x 1\nb: [" + "*x, " * 45 + "]\n").data["b"]) == 45
    monkeypatch.setattr(opsplan.yamldoc, "MAX_NODES", 1)
    assert compose("5\n").data == 5
