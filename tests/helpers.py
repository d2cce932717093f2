"""Test helpers: the CLI runner, the repository's data files, golden-file comparison."""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from opsplan.cli import app

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = Path(__file__).resolve().parent / "cases"
UPDATE = os.environ.get("OPSPLAN_UPDATE_GOLDEN") == "1"
# set by tools/mutate.py: the tests run once per mutant (see conftest.py's hypothesis profile)
MUTATION = os.environ.get("OPSPLAN_MUTATION") == "1"
MUTATION_EXAMPLES = 10


def examples(n: int) -> int:
    """A property's example count: `n`, or at most MUTATION_EXAMPLES under mutation testing,
    where it runs once per mutant of the functions it reaches."""
    return min(n, MUTATION_EXAMPLES) if MUTATION else n


def run(args: Sequence[str], stdin: str | bytes | None = None) -> Result:
    """Invoke the CLI in-process, as a user would from a shell (stderr kept apart)."""
    return CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)


def bench(name: str) -> ModuleType:
    """A script of the repository's bench/ as a module, loaded once by its path (bench/ is
    no package)."""
    key = f"bench_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, ROOT / "bench" / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


def tool(name: str) -> ModuleType:
    """A module of the repository's tools/ (not installed with the package)."""
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))  # after site-packages: the installed opsplan stays first
    return importlib.import_module(f"tools.{name}")


def check_golden(name: str, text: str) -> None:
    """Compare `text` with tests/golden/<name>; OPSPLAN_UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"missing golden file {path}; run with OPSPLAN_UPDATE_GOLDEN=1")
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"output differs from {path}"


def typed(value: Any) -> Any:
    """`value` with the type of every number and string beside it (0 is not 0.0)."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [typed(v) for v in value]
    return (type(value).__name__, value)
