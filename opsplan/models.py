"""The pydantic models: the data files (roles, norms, profiles) and every result.

Data-file models are strict (a quoted "6" is not a number, "yes" is not a boolean), frozen and
reject unknown keys, so a typo in a hand-written file is reported instead of ignored.

No `from __future__ import annotations` here: pydantic would have to evaluate every
annotation string at import, which doubles this module's share of start-up.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Size = Literal["small", "medium", "large"]
SIZES: tuple[Size, ...] = ("small", "medium", "large")
Family = Literal[
    "promotion",
    "content",
    "design",
    "tech",
    "operations",
    "management",
    "commerce",
    "analytics",
    "support",
]
RoleId = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]
DriverName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
WeekHours = Annotated[float, Field(ge=0, le=168)]
NonNegative = Annotated[float, Field(ge=0)]


class DataModel(BaseModel):
    """Base of the data-file models: strict types, no unknown keys, immutable."""

    # defer_build: a model's validator is built when first used, not at import, so a command
    # pays only for the models it uses.
    model_config = ConfigDict(
        strict=True, extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True
    )


class Duty(DataModel):
    """One duty of a role: `hours` per week for each unit of `driver` (or flat, if none)."""

    name: Text
    hours: WeekHours
    driver: DriverName | None = None
    source: str | None = None


class Keywords(DataModel):
    """Words that tie free-text tasks to a role, in English and Chinese."""

    en: list[Text] = []
    zh: list[Text] = []


class Role(DataModel):
    """A role of the catalogue, with its duties and their weekly effort."""

    id: RoleId
    name: Text
    name_zh: Text
    family: Family
    summary: Text
    duties: list[Duty] = []
    keywords: Keywords = Keywords()
    source: list[Text] = Field(min_length=1)


class Catalogue(DataModel):
    """The role catalogue (`roles.yaml`)."""

    schema_version: Literal[1] = 1
    roles: list[Role] = Field(min_length=1)

    def by_id(self) -> dict[str, Role]:
        """The roles keyed by id (the first one wins if an id repeats)."""
        out: dict[str, Role] = {}
        for role in self.roles:
            out.setdefault(role.id, role)
        return out


class SizeValues(DataModel):
    """One number per company size."""

    small: NonNegative
    medium: NonNegative
    large: NonNegative

    def at(self, size: Size) -> float:
        """The value for `size`."""
        return float(getattr(self, size))


class Driver(DataModel):
    """A workload driver (employees, platforms, ...) with its default per company size."""

    description: Text
    unit: Text
    default: SizeValues


class NormRole(DataModel):
    """One role's headcount range in a norm; `covers` names roles the same people also do."""

    role: RoleId
    min: Annotated[int, Field(ge=0, le=10_000)]
    max: Annotated[int, Field(ge=0, le=10_000)]
    label: Text | None = None
    covers: list[RoleId] = []
    optional: bool = False
    note: Text | None = None


class Norm(DataModel):
    """The staffing norm of one company size and focus."""

    size: Size
    marketing: bool
    roles: list[NormRole] = Field(min_length=1)
    notes: list[Text] = []
    source: Text


class NormSet(DataModel):
    """The norms file (`norms.yaml`): capacity, drivers and the six norm tables."""

    schema_version: Literal[1] = 1
    capacity_hours: Annotated[float, Field(gt=0, le=168)]
    utilization: Annotated[float, Field(gt=0, le=1)]
    drivers: dict[DriverName, Driver]
    norms: list[Norm] = Field(min_length=1)
    source: Text | None = None

    def norm(self, size: Size, marketing: bool) -> Norm | None:
        """The norm for this size and focus, if the file has one."""
        for norm in self.norms:
            if norm.size == size and norm.marketing == marketing:
                return norm
        return None


class Company(DataModel):
    """The company in a profile; any other key is a driver value (`employees: 180`)."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, NonNegative] = Field(init=False)

    size: Size
    marketing: bool = False


class ProfileDuty(DataModel):
    """One line of a profile: a `role`, a free-text `task`, or both (the role then decides)."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, NonNegative] = Field(init=False)

    role: Text | None = None
    task: Text | None = None
    hours: WeekHours | None = None

    @model_validator(mode="after")
    def _role_or_task(self) -> "ProfileDuty":
        if self.role is None and self.task is None:
            raise ValueError("give a `role:` or a `task:` (or both)")
        return self


class Profile(DataModel):
    """The one-person profile read by `opsplan overload` (`me.yaml`)."""

    name: Text | None = None
    company: Company
    capacity_hours: Annotated[float, Field(gt=0, le=168)] | None = None
    duties: list[ProfileDuty] = Field(min_length=1)


# ---------------------------------------------------------------------------- results


class Result(BaseModel):
    """Base of the result models."""

    model_config = ConfigDict(frozen=True, defer_build=True)


class Problem(Result):
    """A located problem in a file, printed as `file:line:col: level: message`."""

    file: str
    line: int | None = None
    col: int | None = None
    level: Literal["error", "warning"] = "error"
    message: str

    def format(self) -> str:
        """`file:line:col: level: message`, leaving out what is unknown."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.col or 1}"
        return f"{where}: {self.level}: {self.message}"


class Finding(Result):
    """A problem found by a check, at a path inside one of the files checked."""

    kind: Literal["roles", "norms", "profile"]
    path: tuple[str | int, ...]
    message: str
    key: bool = False


class FileCheck(Result):
    """What `validate` made of one file (`readable` is False for a bad path)."""

    file: str
    kind: Literal["roles", "norms", "profile", "unknown"]
    valid: bool
    errors: int
    readable: bool = True


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
    min: int
    max: int
    recommended: int | float
    implied: float
    demand_hours: float
    hours_per_person: float
    utilization: float
    covers: list[str] = []
    optional: bool = False
    outside: Literal["below", "above"] | None = None
    note: str | None = None


class RecommendTotal(Result):
    """The total row of `recommend` (optional roles are not counted)."""

    min: int
    max: int
    recommended: int | float


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
    notes: list[str]


class RoleInfo(Result):
    """A role of the catalogue with its default weekly demand per company size."""

    id: str
    name: str
    name_zh: str
    family: str
    summary: str
    duties: list[Duty]
    keywords: Keywords
    source: list[str]
    demand_hours: dict[str, float]
    drivers: dict[str, str]


class RoleList(Result):
    """The result of `opsplan roles`: the whole catalogue, or one role."""

    roles: list[RoleInfo]
    single: bool = False


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


class UnmatchedTask(Result):
    """A free-text task no keyword matched; its given hours still count."""

    task: str
    hours: float
    hours_given: bool


class HandoffStep(Result):
    """Hire for or delegate one role; the person's load afterwards."""

    role: str
    name: str
    hours: float
    load_ratio_after: float


class ContextSwitching(Result):
    """A heuristic, kept apart from the measured load."""

    roles: int
    lost_share: float
    note: str


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
    notes: list[str]
