"""The shipped cache of the built-in data: current, equal to the YAML, and never trusted stale."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATA, UPDATE

from opsplan import api, builtin


def test_the_cache_is_current() -> None:
    fresh = builtin.build() + b"\n"
    path = DATA / builtin.NAME
    if UPDATE:
        path.write_bytes(fresh)
    assert path.read_bytes() == fresh, "run: python -m opsplan.builtin"


def test_the_cache_holds_what_the_yaml_holds() -> None:
    cached = builtin.load()
    assert cached is not None
    assert cached == api.load_data(cache=False)


def test_a_stale_or_broken_cache_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("roles.yaml", "norms.yaml", builtin.NAME):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    monkeypatch.setattr(builtin, "_data_dir", lambda: tmp_path)
    assert builtin.load() is not None
    roles = tmp_path / "roles.yaml"
    roles.write_bytes(roles.read_bytes() + b"# edited\n")
    assert builtin.load() is None  # the YAML changed: the key no longer matches
    roles.write_bytes((DATA / "roles.yaml").read_bytes())
    cache = tmp_path / builtin.NAME
    head, _, _ = cache.read_bytes().partition(b"\n")
    cache.write_bytes(head + b'\n{"roles": "not a catalogue"}\n{}\n')
    assert builtin.load() is None  # the key matches, but the content does not validate
    cache.unlink()
    assert builtin.load() is None
