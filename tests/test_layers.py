"""Imports run downward only, with no cycle: every import in the package (module-level,
function-level and type-only ones, and `importlib.import_module` of a literal name) is read
from the source, and each module belongs to one layer.

There is no exception list. `opsplan/__init__.py` exports the library's names lazily through
function-level imports in its `__getattr__`; the test reads them like any other import, and
the package's front door sits in the api's layer (it may import the api and what is below it,
and nothing imports it but the entry point). An import of `opsplan.x.y` is an edge to that
module only: Python also runs the parent packages' `__init__`, which import nothing upward.
"""

from __future__ import annotations

import ast
import fnmatch
from pathlib import Path

import pytest
from helpers import ROOT

PACKAGE = ROOT / "opsplan"

# Bottom to top. A module may import its own layer (without a cycle) and the layers below.
LAYERS: list[tuple[str, ...]] = [
    (
        *("opsplan.version", "opsplan.i18n", "opsplan.messages*", "opsplan.errors"),
        *("opsplan.textfmt", "opsplan.record"),
    ),
    ("opsplan.models*",),
    (
        "opsplan.yamldoc",
        "opsplan.yamlhints",
        "opsplan.yamlfast",
        "opsplan.loader",
        "opsplan.roster",
        "opsplan.workbook",
        "opsplan.builtin",
        "opsplan.writer",
    ),
    ("opsplan.options", "opsplan.core*", "opsplan.validate*", "opsplan.datafiles"),
    ("opsplan.views*",),
    ("opsplan.render*",),
    ("opsplan.api", "opsplan.planning", "opsplan"),
    ("opsplan.declare", "opsplan.runner", "opsplan.params", "opsplan.commands"),
    ("opsplan.cli", "opsplan.cli_errors", "opsplan.fastpath", "opsplan.helppage"),
    ("opsplan.entry", "opsplan.__main__"),
]
# The data files' package (data/ in the repository) holds no code: any layer reads it.
DATA = "opsplan.data"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def layer(module: str) -> int:
    if module == DATA:
        return -1
    found = [n for n, names in enumerate(LAYERS) for pattern in names if _in(module, pattern)]
    assert found, f"{module} is in no layer: add it to LAYERS in tests/test_layers.py"
    assert len(set(found)) == 1, f"{module} is in more than one layer"
    return found[0]


def _in(module: str, pattern: str) -> bool:
    if pattern.endswith("*"):
        base = pattern[:-1]
        return module == base or module.startswith(base + ".")
    return fnmatch.fnmatchcase(module, pattern)


def _target(name: str) -> str:
    """The package module an imported name refers to (`opsplan.x` when `opsplan.x.Y` is a
    class), or "" for another package's."""
    if name != "opsplan" and not name.startswith("opsplan."):
        return ""
    while name not in MODULES and name != DATA and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def imports(module: str) -> set[str]:
    """Every package module `module` imports, at any level of its code."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {_target(alias.name) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                whole = f"{base}.{alias.name}"
                found.add(_target(whole) if whole in MODULES else _target(base))
        elif isinstance(node, ast.Call) and _is_import_module(node.func):
            argument = node.args[0] if node.args else None
            assert isinstance(argument, ast.Constant), (
                f"{module}:{node.lineno}: importlib.import_module of a computed name: "
                "reference the module itself (a registry of real references)"
            )
            found.add(_target(str(argument.value)))
    return found - {"", module}


def _is_import_module(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
        isinstance(func, ast.Name) and func.id in ("import_module", "__import__")
    )


GRAPH = {module: imports(module) for module in MODULES}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_run_downward(module: str) -> None:
    upward = sorted(m for m in GRAPH[module] if layer(m) > layer(module))
    assert upward == [], f"{module} (layer {layer(module)}) imports higher layers: {upward}"


def test_no_import_cycles() -> None:
    cycles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for other in sorted(GRAPH.get(module, ())):
            if state.get(other) == 1:
                cycles.append([*path[path.index(other) :], other])
            elif other not in state:
                visit(other)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)
    assert cycles == [], "\n".join(" -> ".join(c) for c in cycles)


def test_the_test_sees_every_kind_of_import() -> None:
    """A planted upward import at function level, under TYPE_CHECKING and through
    import_module is found (the test can fail)."""
    assert "opsplan.api" in GRAPH["opsplan"]  # __init__'s lazy exports
    assert "opsplan.data" in GRAPH["opsplan.loader"]  # import_module("opsplan.data")
    assert "opsplan.views.validate" in GRAPH["opsplan.runner"]  # a function-level import
    assert "opsplan.views.document" in GRAPH["opsplan.declare"]  # a type-only import
    assert layer("opsplan.entry") == len(LAYERS) - 1
    assert not any("opsplan.entry" in GRAPH[m] for m in GRAPH if m != "opsplan.__main__")
