"""The results of the listing commands: `opsplan roles`, `opsplan drivers` and `opsplan schema`
without a kind (apart from results.py, so that the other commands do not build these models)."""

from typing import Any

from pydantic import Field

from opsplan.models.data import Basis, Duty, Keywords
from opsplan.models.results import Result, SourceRef


class RoleInfo(Result):
    """A role of the catalogue with its default weekly demand per company size."""

    id: str
    name: str
    name_zh: str
    family: str
    summary: str
    summary_zh: str | None = None
    duties: list[Duty]
    keywords: Keywords
    sources: list[SourceRef]
    demand_hours: dict[str, float]
    drivers: dict[str, dict[str, str]]


class RoleList(Result):
    """The result of `opsplan roles`: the whole catalogue, or one role."""

    roles: list[RoleInfo]
    single: bool = False

    def machine(self) -> Any:
        """The JSON form: one role as an object, the catalogue as a list."""
        data = [r.model_dump(mode="json") for r in self.roles]
        return data[0] if self.single else data


class DriverInfo(Result):
    """A workload driver with its unit, its default per size and where the defaults come
    from (`basis`, its sources by title in `sources`). `id` and `name` are its key (JSON in
    Chinese gives `name` as the Chinese name; `id` stays the key)."""

    id: str
    name: str
    name_zh: str | None = None
    description: str
    description_zh: str | None = None
    unit: str
    unit_zh: str | None = None
    period: str = "week"
    default: dict[str, float]
    basis: Basis | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class DriverList(Result):
    """The result of `opsplan drivers`."""

    drivers: list[DriverInfo]

    def machine(self) -> Any:
        """The JSON form: a list of drivers."""
        return [d.model_dump(mode="json") for d in self.drivers]


class FileKindInfo(Result):
    """A kind of data file: how opsplan recognises it, and whether the pre-commit hook checks it."""

    name: str
    keys: list[str]
    model: str
    hooked: bool


class FileKindList(Result):
    """The result of `opsplan schema` without a kind: the kinds of data file."""

    kinds: list[FileKindInfo]

    def machine(self) -> Any:
        """The JSON form: a list of kinds."""
        return [k.model_dump(mode="json") for k in self.kinds]
