"""The pre-commit hook runs `opsplan validate` on role and norm files, and only on them."""

from __future__ import annotations

import re

import pytest
import yaml
from helpers import ROOT


def hook() -> dict[str, str]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hooks, list)
    assert len(hooks) == 1
    assert isinstance(hooks[0], dict)
    return hooks[0]


def test_hook_runs_validate() -> None:
    assert hook()["entry"] == "opsplan validate"
    assert hook()["language"] == "python"


@pytest.mark.parametrize(
    ("path", "matches"),
    [
        ("data/roles.yaml", True),
        ("data/norms.yaml", True),
        ("config/my-roles.yml", True),
        ("norms-2027.yaml", True),
        ("data/pay.yaml", True),
        ("config/shanghai-pay.yml", True),
        ("data/hiring.yaml", True),
        ("hiring-2027.yaml", True),
        ("pay.yaml.orig", False),
        ("docs/pay.md", False),
        ("examples/allrounder.yaml", False),
        ("roles.yaml.bak", False),
        ("docs/roles.md", False),
        (".github/workflows/ci.yaml", False),
    ],
)
def test_hook_file_pattern(path: str, matches: bool) -> None:
    assert bool(re.search(hook()["files"], path)) is matches


def test_hook_covers_every_hooked_file_kind() -> None:
    from opsplan.validate.kinds import KINDS

    for kind in KINDS:
        assert bool(re.search(hook()["files"], f"data/{kind.name}.yaml")) is kind.hooked
