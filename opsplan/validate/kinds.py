"""The one list of file kinds: name, how a file of that kind is recognised, its model and its
cross-check.

validate, the schema export and the pre-commit hook read this list; a new kind of file is a new
entry here and a cross-check in opsplan.core.checks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from opsplan.core import checks, plandata
from opsplan.models.data import Catalogue, DataModel, NormSet
from opsplan.models.hiring import Hiring
from opsplan.models.pay import PayTable
from opsplan.models.people import Team
from opsplan.models.problems import Finding
from opsplan.models.profile import Profile


@dataclass(frozen=True)
class FileKind:
    """A kind of data file: recognised by a top-level key it has, validated by a model, then
    cross-checked (`check`) against the files of its `partners`."""

    name: str
    keys: tuple[str, ...]
    model: type[DataModel]
    hooked: bool  # checked by the pre-commit hook (files named *roles*.yaml and so on)
    partners: tuple[str, ...]
    check: Callable[..., list[Finding]]


KINDS = (
    FileKind("roles", ("roles",), Catalogue, True, ("norms",), checks.check_roles_file),
    FileKind("norms", ("norms",), NormSet, True, ("roles",), checks.check_norms_file),
    FileKind("team", ("people",), Team, True, ("roles", "norms"), checks.check_people_file),
    # a profile has any name (me.yaml): not hooked, validated when given
    FileKind(
        "profile", ("duties", "company"), Profile, False, ("roles", "norms"),
        checks.check_people_file,
    ),
    FileKind("pay", ("pay", "on_cost"), PayTable, True, ("roles",), plandata.check_pay_file),
    FileKind(
        "hiring", ("phases", "time_to_hire"), Hiring, True, ("roles",), plandata.check_hiring_file
    ),
)  # fmt: skip


def recognise(data: dict[str, Any]) -> FileKind | None:
    """The kind of a file by its top-level keys (the first kind that fits)."""
    return next((k for k in KINDS if any(key in data for key in k.keys)), None)


def kind(name: str) -> FileKind:
    """The kind called `name`."""
    return next(k for k in KINDS if k.name == name)
