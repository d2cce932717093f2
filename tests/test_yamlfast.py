"""opsplan/yamlfast.py against libyaml (yamldoc.compose): on every YAML file of the repository
and on generated documents, the plain reader either leaves the text to libyaml (None) or gives
exactly libyaml's composition: the same data (types included), the same marks of every key and
item, the same root; and it never accepts a text libyaml refuses. It must not be vacuous: it
reads most of the repository's files, the big benchmark files and a profile without importing
PyYAML."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from helpers import ROOT, bench
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsplan import yamlfast
from opsplan.yamldoc import Document, YamlError, compose, position


def shape(doc: Document) -> tuple[Any, ...]:
    """Everything a caller can read from a document: data with types, every mark, the root."""
    found: list[Any] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        marks: Any = doc.marks.get(id(node))
        if isinstance(node, dict):
            for key, (key_mark, value_mark) in marks.items():
                found.append((path, repr(key), position(key_mark), position(value_mark)))
                walk(node[key], (*path, repr(key)))
        elif isinstance(node, list):
            assert len(marks) == len(node)
            for i, (item, mark) in enumerate(zip(node, marks, strict=True)):
                found.append((path, i, position(mark)))
                walk(item, (*path, i))
        else:
            found.append((path, type(node).__name__, repr(node)))

    walk(doc.data, ())
    return doc.root, tuple(found)


def verdict(text: str) -> str:
    """'plain' (read alike), 'left' (left to libyaml); fails on any difference."""
    fast = yamlfast.compose(text)
    try:
        slow: Document | None = compose(text)
    except YamlError:
        slow = None
    if fast is None:
        return "left"
    assert slow is not None, f"the plain reader accepted what libyaml refuses: {text!r}"
    assert shape(fast) == shape(slow), text
    return "plain"


FILES = sorted(
    p
    for pattern in ("tests/**/*.yaml", "tests/**/*.yml", "examples/*.yaml", "data/*.yaml")
    for p in ROOT.glob(pattern)
)


def test_every_yaml_file_of_the_repository_is_read_alike_or_left() -> None:
    verdicts = {}
    for path in FILES:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        verdicts[path] = verdict(text)
    plain = [p for p, v in verdicts.items() if v == "plain"]
    assert len(verdicts) > 150
    assert len(plain) >= 60, "the plain reader reads too few of the files to be worth its code"
    for name in ("examples/allrounder.yaml", "examples/team.yaml", "examples/pay.yaml"):
        assert verdicts[ROOT / name] == "plain", name


def test_the_big_benchmark_files_are_read_alike() -> None:
    bigfile = bench("bigfile")
    assert verdict(bigfile.team(3000)) == "plain"
    assert verdict(bigfile.profile(3000)) == "plain"
    assert verdict(bigfile.free_text(500)) == "plain"


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb:\n  - x\n  - {k: v, n: 2}\nc: [1, 2.5, true, null, '', \"q\"]\n",
        "people:\n- name: x\n  roles: [a, b]\n-   name: y\n",  # an indentless list
        "a:\nb: ~\nc:\n# note\n\nd: -3\n",  # empty values, null marked after the colon
        "  a: 1\n  b:\n    c: 2\n",  # the root indented
        "k:\n  - 1\n  -  two words  \n",
        "a: b # c\nd: 'x y'\ne: \"z\"\nf: 0x1F\ng: 010\nh: .inf\ni: 1_000\n",
        "1: a\ntrue: b\nnull: c\n1.5: d\n",  # keys by the core schema
        "name: 老王\nduties:\n  - task: 写公众号文章\uff0c每周三篇\n    hours: 3\n",
        "a: x:y\nb: http://example.com/a#b\nc: C# and [not] {flow}\n",  # plain in block
        "a: [x y, 'z w']\nb: {}\nc: []\n",
    ],
)
def test_documents_read_alike(text: str) -> None:
    assert verdict(text) == "plain"


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # a repeated key: libyaml's path says where the first was
        "a:\n\tb: 1\n",  # a tab
        "a: &x 1\nb: *x\n",  # an anchor
        "a: !!str 1\n",  # a tag
        "a: |\n  text\n",  # a block scalar
        "a: b\n  c\n",  # a continuation line
        "---\na: 1\n",
        "a: 1\r\nb: 2\r\n",  # CR
        "\ufeffa: 1\n",  # a BOM
        "a: 'it''s'\n",  # an escaped quote
        'a: "x\\ty"\n',  # an escape
        "- a\n- - b\n",  # a list in a list on one line
        "a: [b, [c]]\n",  # nested flow
        "[a, b]\n",  # a flow root
        "just text\n",
        "",
        "a: 1\n b: 2\n",  # an indentation libyaml refuses
        "a: " + "9" * 5000 + "\n",  # a number too long
    ],
)
def test_what_is_left_to_libyaml(text: str) -> None:
    assert yamlfast.compose(text) is None
    verdict(text)


PIECES = st.sampled_from(
    ["a", "b", "\u540d", "1", "-1", "0.5", "true", "null", "~", ".5", "x y", " ", "  ", ":", ": ",
     "- ", "#", " #c", ",", "[", "]", "{", "}", "'", '"', "&", "*", "!", "|", ">", "?", "@",
     "\n", "\n  ", "\n    ", "\n- ", "\n  - ", "key: ", "k2:", "[a, b]", "{k: v}", "\uff1a", "%"]
)  # fmt: skip


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=25).map("".join))
def test_generated_texts_are_read_alike_or_left(text: str) -> None:
    verdict(text)


def test_a_plain_profile_is_read_without_importing_pyyaml() -> None:
    code = (
        "import sys\n"
        "from opsplan.loader import read_source\n"
        f"source = read_source({str(ROOT / 'examples' / 'allrounder.yaml')!r})\n"
        "print(len(source.doc.data['duties']), 'yaml' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    count, imported = done.stdout.split()
    assert int(count) >= 10
    assert imported == "False"


# Documents in the plain reader's subset, written with the freedoms a person takes (indentless
# lists, flow or block, quotes, comments, blank lines): each must be read, and alike.
SCALARS = st.sampled_from(
    ["a", "x y", "\u540d\u5b57", "1", "-2", "0.5", "1e3", "true", "False", "null", "~", "a:b",
     "C#", "x [y]", "0x1F", "010", ".inf", "it's", "-x", "50%", "\u5199\u6587\u7ae0\uff1a3"]
)  # fmt: skip
KEYS = st.sampled_from(["a", "b", "key", "\u540d", "1", "true", "k-2", "x y"])
NODES = st.recursive(
    SCALARS,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(KEYS, kids, max_size=3),
    max_leaves=12,
)
_FLOW_SAFE = frozenset(":,[]{}#'\"")


def _scalar_text(draw: st.DrawFn, value: str, flow: bool) -> str:
    quote = draw(st.sampled_from(["", "'", '"']))
    if flow and any(c in _FLOW_SAFE for c in value):
        quote = "'" if "'" not in value else '"'
    if quote == "'" and "'" in value:
        quote = ""
    return f"{quote}{value}{quote}"


def _value(draw: st.DrawFn, value: Any, key_line: str, indent: int, out: list[str]) -> None:
    """A key's value: on its line (a scalar, a flow list, `[]`, `{}`) or the block below it."""
    if isinstance(value, str):
        out.append(f"{key_line} {_scalar_text(draw, value, False)}")
    elif not value:
        out.append(f"{key_line} {'[]' if isinstance(value, list) else '{}'}")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value) and draw(st.booleans()):
        out.append(f"{key_line} [{', '.join(_scalar_text(draw, v, True) for v in value)}]")
    elif isinstance(value, list):
        out.append(key_line)
        inner = indent + draw(st.sampled_from([0, 2]))  # an indentless list, or indented
        for item in value:
            _item(draw, item, inner, out)
    else:
        out.append(key_line)
        _mapping(draw, value, indent + 2, " " * (indent + 2), out)


def _mapping(
    draw: st.DrawFn, mapping: dict[str, Any], indent: int, first: str, out: list[str]
) -> None:
    """A block mapping at `indent`, its first line beginning with `first` (`- ` in a list)."""
    for i, (key, value) in enumerate(mapping.items()):
        _value(draw, value, f"{first if i == 0 else ' ' * indent}{key}:", indent, out)
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(["", f"{' ' * indent}# a comment"])))


def _item(draw: st.DrawFn, item: Any, indent: int, out: list[str]) -> None:
    dash = " " * indent + "- "
    if isinstance(item, list) and item:
        item = "x y"  # a list in a list needs `-` alone: left to libyaml
    if isinstance(item, str):
        out.append(dash + _scalar_text(draw, item, False))
    elif not item:
        out.append(dash + ("[]" if isinstance(item, list) else "{}"))
    else:
        _mapping(draw, item, indent + 2, dash, out)


@st.composite
def documents(draw: st.DrawFn) -> str:
    root = draw(st.dictionaries(KEYS, NODES, min_size=1, max_size=4))
    out: list[str] = []
    _mapping(draw, root, 0, "", out)
    return "\n".join(out) + "\n"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_documents_in_the_subset_are_read_and_alike(text: str) -> None:
    assert verdict(text) == "plain", text


def test_the_characters_left_to_libyaml_are_the_class_for_every_character() -> None:
    """`odd` tells them by a Latin-1 class, `in` and encoding: the same as the class of them
    all, over the whole Basic Multilingual Plane and beyond it."""
    import re

    from opsplan.yamlfast import odd

    old = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
    chars = [chr(code) for code in range(0x10000)] + ["\U0001f600", "\U00020000"]
    assert [c for c in chars if odd(c)] == [c for c in chars if old.search(c)]
    assert [odd(f"name: 网络{c}推广\n") for c in "\t\u2028\ud800 a"] == [True] * 3 + [False] * 2
