"""The one list of file kinds: name, how a file of that kind is recognised, its model.

validate, the schema export and the pre-commit hook read this list; a new kind of file is a new
entry here and a cross-check in checker.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel


@dataclass(frozen=True)
class FileKind:
    """A kind of data file: recognised by a top-level key it has, validated by a model, then
    cross-checked (`check`, in opsplan.core.checks) against the files of its `partners`."""

    name: str
    keys: tuple[str, ...]
    model: str  # the model's name in opsplan.models
    hooked: bool  # checked by the pre-commit hook (files named *roles*.yaml and so on)
    partners: tuple[str, ...]
    check: str

    def model_class(self) -> type[BaseModel]:
        """The pydantic model of this kind."""
        import opsplan.models

        cls: type[BaseModel] = getattr(opsplan.models, self.model)
        return cls


KINDS = (
    FileKind("roles", ("roles",), "Catalogue", True, ("norms",), "check_roles_file"),
    FileKind("norms", ("norms",), "NormSet", True, ("roles",), "check_norms_file"),
    FileKind("team", ("people",), "Team", True, ("roles", "norms"), "check_people_file"),
    # a profile has any name (me.yaml): not hooked, validated when given
    FileKind(
        "profile", ("duties", "company"), "Profile", False, ("roles", "norms"), "check_people_file"
    ),
)


def recognise(data: dict[str, Any]) -> FileKind | None:
    """The kind of a file by its top-level keys (the first kind that fits)."""
    return next((k for k in KINDS if any(key in data for key in k.keys)), None)


def kind(name: str) -> FileKind:
    """The kind called `name`."""
    return next(k for k in KINDS if k.name == name)
