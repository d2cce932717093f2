"""The result models: what core computes, before any view puts it into words.

Results carry numbers, ids, names in both languages (`name`, `name_zh`) and notes as codes with
parameters, never sentences.
"""

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from opsplan.models.data import Basis, Duty, Keywords, Size, Source


class Result(BaseModel):
    """Base of the result models."""

    model_config = ConfigDict(frozen=True, defer_build=True)


class Note(Result):
    """A note by catalogue code; a parameter may be a bilingual `{"en", "zh"}` text."""

    code: str
    params: dict[str, Any] = {}


class SourceRef(Result):
    """A source as cited: its title in both languages and its date, where known; for a
    benchmark, its publisher and year, and whether its figures were read second-hand."""

    id: str
    title: str
    title_zh: str | None = None
    date: str | None = None
    publisher: str | None = None
    publisher_zh: str | None = None
    year: int | None = None
    accessed: int | None = None
    second_hand: bool = False
    via: str | None = None
    via_zh: str | None = None


class RoleName(Result):
    """A role's name in both languages: what people read where machines read its id (the
    reports carry these for their views; JSON and CSV keep the ids)."""

    name: str
    name_zh: str


def source_refs(sources: Sequence[Source], ids: Sequence[str]) -> list[SourceRef]:
    """The cited sources by title (an id not in the table is shown as it is)."""
    table = {s.id: s for s in sources}
    refs = []
    for source_id in dict.fromkeys(ids):
        s = table.get(source_id)
        refs.append(
            SourceRef(
                id=source_id,
                title=s.title,
                title_zh=s.title_zh,
                date=s.date,
                publisher=s.publisher,
                publisher_zh=s.publisher_zh,
                year=s.year,
                accessed=s.accessed,
                second_hand=s.second_hand,
                via=s.via,
                via_zh=s.via_zh,
            )
            if s
            else SourceRef(id=source_id, title=source_id)
        )
    return refs


class Range(Result):
    """A headcount range."""

    min: int
    max: int


class RoleRecommendation(Result):
    """One row of `recommend`: the norm, the workload and the recommended headcount."""

    role: str
    name: str
    name_zh: str
    label: str
    label_zh: str
    min: int
    max: int
    recommended: int | float
    implied: float
    implied_raw: float = Field(exclude=True)  # unrounded, so that notes round as the flag does
    demand_hours: float
    hours_per_person: float
    utilization: float
    covers: list[str] = []
    optional: bool = False
    outside: Literal["below", "above"] | None = None
    # the demand's hours by what they rest on: benchmark, assumption, unsourced
    basis: dict[str, float] = {}


class SharedRoles(Result):
    """Roles that each need under half a person, which one person can cover together: their
    ids and the FTE they need between them."""

    roles: list[str]
    fte: float


class RecommendTotal(Result):
    """The total row of `recommend` (optional roles are not counted); `outside` when the total
    (in FTE, not clamped) falls outside the norm's total."""

    min: int
    max: int
    recommended: int | float
    outside: Literal["below", "above"] | None = None


class Recommendation(Result):
    """The result of `opsplan recommend`."""

    schema_version: Literal[1] = 1
    size: Size
    marketing: bool
    fte: bool
    capacity_hours: float
    utilization_target: float
    drivers: dict[str, float]
    basis: dict[str, float] = {}  # the required roles' demand by what it rests on
    roles: list[RoleRecommendation]
    total: RecommendTotal
    optional_total: RecommendTotal | None = None
    notes: list[Note]
    # roles one person can cover together, and the headcount with them shared (#17)
    shared: list[SharedRoles] = []
    shared_headcount: int | None = None


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
    sources: list[SourceRef] = []


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
