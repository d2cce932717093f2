"""The shipped cache of the built-in data: equal to the YAML, and never trusted stale (that it
is current: tests/test_regen.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATA

from opsplan import api, builtin


def test_the_cache_holds_what_the_yaml_holds() -> None:
    cached = builtin.load()
    assert cached is not None
    assert cached == api.load_data(cache=False)
    assert builtin.load_plan() == api.load_plan_data(cached[0], cache=False)


def test_a_stale_or_broken_cache_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (*builtin.FILES, builtin.NAME):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    monkeypatch.setattr(builtin, "_data_dir", lambda: str(tmp_path))
    assert builtin.load() is not None
    roles = tmp_path / "roles.yaml"
    roles.write_bytes(roles.read_bytes() + b"# edited\n")
    assert builtin.load() is None  # the YAML changed: the key no longer matches
    roles.write_bytes((DATA / "roles.yaml").read_bytes())
    cache = tmp_path / builtin.NAME
    head, _, _ = cache.read_bytes().partition(b"\n")
    cache.write_bytes(head + b'\n{"roles": "not a catalogue"}\n{}\n{}\n{}\n')
    assert builtin.load() is None  # the key matches, but the content does not validate
    assert builtin.load_plan() is None
    cache.unlink()
    assert builtin.load() is None


def test_help_on_the_fast_path_is_typers(tmp_path: Path) -> None:
    """The installed `opsplan --help` (fast path) prints what typer's commands print, in both
    languages and at two widths."""
    import os
    import subprocess
    import sys

    fast = str(Path(sys.executable).parent / "opsplan")
    typer_prog = tmp_path / "opsplan"
    typer_prog.write_text(f"#!{sys.executable}\nfrom opsplan.cli import main\nmain()\n")
    typer_prog.chmod(0o755)
    for lang, columns in (("en", "80"), ("zh", "80"), ("en", "120")):
        for args in (["--help"], ["recommend", "--help"], ["team", "-h"], ["--lang", lang, "-h"]):
            env = {**os.environ, "COLUMNS": columns, "OPSPLAN_LANG": lang}
            got = subprocess.run([fast, *args], env=env, capture_output=True, check=True)
            want = subprocess.run(
                [str(typer_prog), *args], env=env, capture_output=True, check=True
            )
            assert got.stdout == want.stdout


def test_validate_of_the_builtin_files_says_what_a_full_check_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from opsplan.validate import checker

    with_cache = checker.validate([])
    monkeypatch.setattr(builtin, "load", lambda: None)  # no cache: compose and check them
    assert checker.validate([]) == with_cache


def test_what_is_read_with_the_catalogue_comes_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The catalogue `load` read gets the index, pay and hiring read with it, without reading
    the cache again; any other catalogue (a copy, one composed from the YAML) has the cache
    read for it."""
    cached = builtin.load()
    assert cached is not None
    catalogue = cached[0]
    from_file = builtin.matcher_index()
    assert from_file is not None
    plan = builtin.load_plan()
    assert plan is not None
    monkeypatch.setattr(builtin, "_lines", lambda: None)  # a read now finds no cache
    assert builtin.matcher_index(catalogue) == from_file
    assert builtin.load_plan(catalogue) == plan
    assert builtin.load_plan(catalogue.model_copy()) is None
    assert builtin.matcher_index(catalogue.model_copy()) is None
    assert builtin.matcher_index() is None
