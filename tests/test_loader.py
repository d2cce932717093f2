"""The loader: paths, encodings, size cap and schema errors mapped to lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from opsplan import loader
from opsplan.errors import UsageError
from opsplan.models.data import Catalogue
from opsplan.models.problems import InputError, Problem

ROLE = "roles:\n  - {id: a, name: A, name_zh: 甲, family: tech, summary: S., source: [x]}\n"


def problems_of(data: bytes, name: str = "f.yaml") -> list[str]:
    with pytest.raises(InputError) as info:
        loader.validate(loader.parse(name, loader.decode(name, data)), Catalogue)
    return [p.format() for p in info.value.problems]


def write(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "f.yaml"
    path.write_bytes(data)
    return str(path)


def test_utf8_with_bom_is_accepted(tmp_path: Path) -> None:
    catalogue, _ = loader.load(write(tmp_path, b"\xef\xbb\xbf" + ROLE.encode()), Catalogue)
    assert catalogue.roles[0].name_zh == "甲"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"a: 1\nb: caf\xe9\n",
            "f.yaml:2:7: error: byte 0xe9 is not UTF-8; save the file as UTF-8",
        ),
        (b"a: 1\nb: x\x00y\n", "f.yaml:2:5: error: a NUL byte (is this a binary file?)"),
        ("a: 1\n".encode("utf-16"), "f.yaml:1:1: error: the file is UTF-16; save it as UTF-8"),
        (
            b"a: \x07\n",
            "f.yaml:1:4: error: unreadable character: control characters are not allowed",
        ),
    ],
)
def test_bad_bytes_are_located(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        loader.parse("f.yaml", loader.decode("f.yaml", data))
    assert [p.format() for p in info.value.problems] == [message]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n- b\n", "f.yaml:1:1: error: the top level must be a mapping of keys, not a list"),
        (
            "just words\n",
            "f.yaml:1:1: error: the top level must be a mapping of keys, not a single value",
        ),
    ],
)
def test_top_level_must_be_a_mapping(text: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        loader.parse("f.yaml", text)
    assert [p.format() for p in info.value.problems] == [message]


def test_schema_errors_point_at_the_offending_line() -> None:
    text = ROLE + "  - {id: b, name: B, name_zh: 乙, family: tech, summary: S., source: [], x: 1}\n"
    assert problems_of(text.encode()) == [
        "f.yaml:3:69: error: roles[1].source: must not be empty",
        "f.yaml:3:73: error: unknown key 'x' in roles[1]",
    ]


def test_missing_key_points_at_its_mapping() -> None:
    assert problems_of(b"schema_version: 1\n") == [
        "f.yaml:1:1: error: missing required key 'roles'"
    ]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        loader.read_bytes(str(tmp_path / "nope.yaml"))


def test_directory_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="is a directory"):
        loader.read_bytes(str(tmp_path))


def test_device_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="not a regular file"):
        loader.read_bytes("/dev/zero")


def test_too_big_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_BYTES", 100)
    with pytest.raises(InputError) as info:
        loader.read_bytes(write(tmp_path, b"a: 1\n" * 30))
    assert info.value.problems == [
        Problem(
            file=str(tmp_path / "f.yaml"),
            message="file is larger than 0 MiB",
            code="file_too_big",
            params={"limit": 0},
        )
    ]


def test_too_big_stdin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_BYTES", 100)
    with pytest.raises(InputError):
        loader.read_bytes("-", io.BytesIO(b"a: 1\n" * 30))


def test_stdin_is_read_as_a_file() -> None:
    source = loader.read_source("-", io.BytesIO(ROLE.encode()))
    assert source.name == "<stdin>"
    assert loader.validate(source, Catalogue).roles[0].id == "a"


def test_builtin_files_ship_with_the_package() -> None:
    for name in ("roles.yaml", "norms.yaml"):
        assert loader.builtin_path(name).is_file()


def test_a_key_that_is_not_text_is_located() -> None:
    assert problems_of(b"roles: []\n~: 1\n") == [
        "f.yaml:1:8: error: roles: must not be empty",
        "f.yaml:2:1: error: a key must be text, not nothing (null)",
    ]
