"""The result models: what core computes, before any view puts it into words.

Results carry numbers, ids, names in both languages (`name`, `name_zh`) and notes as codes with
parameters, never sentences.
"""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from opsplan.models.data import Duty, Keywords, Size
from opsplan.models.problems import Problem


class Result(BaseModel):
    """Base of the result models."""

    model_config = ConfigDict(frozen=True, defer_build=True)


class Note(Result):
    """A note by catalogue code; a parameter may be a bilingual `{"en", "zh"}` text."""

    code: str
    params: dict[str, Any] = {}


class SourceRef(Result):
    """A source as cited: its title in both languages and its date, where known."""

    id: str
    title: str
    title_zh: str | None = None
    date: str | None = None


class FileCheck(Result):
    """What `validate` made of one file (`readable` is False for a bad path)."""

    file: str
    kind: Literal["roles", "norms", "profile", "team", "unknown"]
    valid: bool
    errors: int
    readable: bool = True
    checked_against: str | None = None


class ValidationReport(Result):
    """The result of `opsplan validate`: every file and every problem."""

    files: list[FileCheck]
    problems: list[Problem]

    @property
    def valid(self) -> bool:
        """True when no file has an error."""
        return all(f.valid for f in self.files)


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
    roles: list[RoleRecommendation]
    total: RecommendTotal
    optional_total: RecommendTotal | None = None
    notes: list[Note]


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
    """A workload driver with its unit and default per size."""

    name: str
    description: str
    description_zh: str | None = None
    unit: str
    unit_zh: str | None = None
    default: dict[str, float]


class DriverList(Result):
    """The result of `opsplan drivers`."""

    drivers: list[DriverInfo]

    def machine(self) -> Any:
        """The JSON form: a list of drivers."""
        return [d.model_dump(mode="json") for d in self.drivers]


class OverloadRole(Result):
    """One role the person covers: hours (given or estimated) and the norm's range for it."""

    role: str
    name: str
    name_zh: str
    hours: float
    estimated: bool
    share: float
    norm_min: int
    norm_max: int
    in_norm: bool
    entries: list[str]


class TaskMatch(Result):
    """What one entry of the profile's duties (0-based `index`) was taken as."""

    index: int
    text: str
    role: str | None
    keywords: list[str]
    hours: float | None
    runner_up: str | None = None


class UnmatchedTask(Result):
    """A free-text task no keyword matched; its given hours still count."""

    task: str
    hours: float
    hours_given: bool


class HandoffStep(Result):
    """Hire for or delegate one role; the person's load afterwards."""

    role: str
    name: str
    name_zh: str
    hours: float
    load_ratio_after: float


class ContextSwitching(Result):
    """Weinberg's heuristic for `roles` areas of work, kept apart from the measured load."""

    roles: int
    lost_share: float


class OverloadReport(Result):
    """The result of `opsplan overload`: one person's load, measured two ways, and a plan."""

    schema_version: Literal[1] = 1
    name: str | None
    size: Size
    marketing: bool
    capacity_hours: float
    utilization_target: float
    demand_hours: float
    load_ratio: float
    fte: float
    roles_covered: list[str]
    roles: list[OverloadRole]
    norm_headcount: Range
    department_norm: Range
    unmatched: list[UnmatchedTask]
    matches: list[TaskMatch]
    handoff: list[HandoffStep]
    context_switching: ContextSwitching
    notes: list[Note]


class TeamRole(Result):
    """One role (or norm entry) of a team: staffed FTE against the norm and the demand."""

    role: str
    name: str
    name_zh: str
    covers: list[str] = []
    min: int
    max: int
    in_norm: bool
    optional: bool = False
    staffed_fte: float
    planned_fte: float
    demand_hours: float
    demand_fte: float
    status: Literal["missing", "under", "in_range", "over", "not_in_norm", "optional"]
    covered_by: list[str]


class PersonRole(Result):
    """A person's part of one role: the hours of its demand that fall to them."""

    role: str
    share: float
    hours: float


class TeamPerson(Result):
    """One person's load: their share of each role's demand, against their week."""

    name: str
    capacity_hours: float
    outsourced: bool
    vacancy: bool
    roles: list[PersonRole]
    hours: float
    load: float
    flag: Literal["over", "warn"] | None = None


class SinglePoint(Result):
    """A single point of failure: a role with one person or only outsiders, or a person who
    alone covers some roles."""

    kind: Literal["one_person", "outsiders_only", "sole_cover"]
    role: str | None = None
    name: str | None = None
    name_zh: str | None = None
    person: str | None = None
    roles: list[str] = []


class HireStep(Result):
    """One hire of the hiring order and the team after it."""

    role: str
    name: str
    name_zh: str
    reason: Literal["missing", "under", "overloaded"]
    headcount: int
    worst_load: float
    uncovered: list[str]


class TeamReport(Result):
    """The result of `opsplan team`."""

    schema_version: Literal[1] = 1
    name: str | None
    size: Size
    marketing: bool
    headcount: int
    vacancies: int
    staffed_fte: float
    norm: Range
    roles: list[TeamRole]
    people: list[TeamPerson]
    single_points_of_failure: list[SinglePoint]
    bus_factor: int
    hiring_order: list[HireStep]
    notes: list[Note]
