"""tools/mutate.py: every module that mutation testing covers has its tests, and the scratch
copy's pyproject.toml narrows mutmut to one module."""

from __future__ import annotations

import fnmatch
import sys

import pytest
from helpers import ROOT, tool

if sys.version_info < (3, 11):
    pytest.skip("tomllib: Python 3.11", allow_module_level=True)
import tomllib

mutate = tool("mutate")


def test_every_module_of_the_config_has_tests() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mutmut"]
    modules = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "opsplan").rglob("*.py")
        if any(fnmatch.fnmatch(str(p.relative_to(ROOT)), g) for g in config["only_mutate"])
        and p.name != "__init__.py"
    )
    assert modules == sorted(mutate.TESTS)
    for tests in mutate.TESTS.values():
        assert tests
        files = [t for t in tests if t.startswith("tests/")]
        assert files
        assert all((ROOT / t).is_file() for t in files)


def test_the_scratch_copy_names_one_module_and_its_tests() -> None:
    text = mutate._pyproject("opsplan/writer.py")
    config = tomllib.loads(text)
    settings = config["tool"]["mutmut"]
    assert settings["only_mutate"] == ["opsplan/writer.py"]
    assert settings["pytest_add_cli_args_test_selection"] == ["tests/test_writer.py"]
    assert settings["source_paths"] == ["opsplan"]
    assert config["project"]["name"] == "opsplan"  # the rest as it was
