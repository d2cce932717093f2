"""What can still be checked in a file whose schema has errors: its valid items.

A quoted number in one norm row must not hide an unknown role or a min > max in another. For a
file that failed validation, each item of its lists (roles, norms and their rows, duties,
people) is validated on its own; the valid ones make a partial model that the cross-checks
run on, and their findings' paths are mapped back to the items' places in the file.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from opsplan.i18n import Msg
from opsplan.models.data import Catalogue, Norm, NormRole, NormSet, Role, Source
from opsplan.models.people import Person, Team
from opsplan.models.problems import Finding
from opsplan.models.profile import Company, Profile, ProfileDuty

Path = tuple[str | int, ...]


def _valid(model: type[BaseModel], item: Any) -> Any:
    try:
        return model.model_validate(item)
    except ValidationError:
        return None


class Salvage:
    """A partial model and the map from its list indices back to the file's."""

    def __init__(self) -> None:
        self.where: dict[Path, list[int]] = {}

    def items(self, path: Path, values: Any, model: type[BaseModel]) -> list[Any]:
        """The valid items of the list at `path`, remembering where each came from."""
        if not isinstance(values, list):
            return []
        kept: list[Any] = []
        places: list[int] = []
        for i, item in enumerate(values):
            found = _valid(model, item)
            if found is not None:
                kept.append(found)
                places.append(i)
        self.where[path] = places
        return kept

    def place(self, finding: Finding) -> Finding:
        """A finding on the partial model, at its place in the file; so is the index its
        message gives of an item's first place (`first`, in the list of the path's last index)."""
        path = list(finding.path)
        prefix: list[str | int] = []
        last: list[int] | None = None  # the places of the list the path's last index is in
        for n, part in enumerate(path):
            if isinstance(part, int):
                last = self.where.get(tuple(prefix))
                if last is not None and part < len(last):
                    path[n] = last[part]
            prefix.append(path[n])
        message = finding.message
        first = message.params.get("first") if isinstance(message, Msg) else None
        if isinstance(first, int) and last is not None and first < len(last):
            message = Msg(message.code, **{**message.params, "first": last[first]})
        return finding.model_copy(update={"path": tuple(path), "message": message})


def salvage(kind: str, data: Any) -> tuple[Any, Salvage] | None:
    """A partial model of a file of `kind` made of its valid items, or None."""
    if not isinstance(data, dict):
        return None
    s = Salvage()
    if kind == "roles":
        roles = s.items(("roles",), data.get("roles"), Role)
        sources = s.items(("sources",), data.get("sources"), Source)
        return Catalogue.model_construct(roles=roles, sources=sources), s
    if kind == "norms":
        norms = []
        places = []
        raw = data.get("norms")
        for n, norm in enumerate(raw if isinstance(raw, list) else []):
            if not isinstance(norm, dict):
                continue
            rows = s.items(("norms", n, "roles"), norm.get("roles"), NormRole)
            head = _valid(Norm, {**norm, "roles": [{"role": "x", "min": 0, "max": 0}]})
            if head is not None:
                norms.append(head.model_copy(update={"roles": rows}))
                places.append(n)
        s.where[("norms",)] = places
        sources = s.items(("sources",), data.get("sources"), Source)
        named = data.get("catalogue") if isinstance(data.get("catalogue"), str) else None
        partial = NormSet.model_construct(
            norms=norms,
            sources=sources,
            drivers={},
            catalogue=named,
            capacity_hours=40.0,  # not checked across files; any valid value
            utilization=0.8,
        )
        return partial, s
    company = _valid(Company, data.get("company"))
    if company is None:
        return None
    if kind == "profile":
        duties = s.items(("duties",), data.get("duties"), ProfileDuty)
        return Profile.model_construct(company=company, duties=duties), s
    people = s.items(("people",), data.get("people"), Person)
    return Team.model_construct(company=company, people=people), s
