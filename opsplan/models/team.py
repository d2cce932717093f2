"""The result of `opsplan team`: a real team against the norms."""

from typing import Literal

from pydantic import Field

from opsplan.models.data import Size
from opsplan.models.results import Note, Range, Result, RoleName


class TeamRole(Result):
    """One role (or norm entry) of a team: staffed FTE against the norm and the demand."""

    role: str
    name: str
    name_zh: str
    covers: list[str] = Field(default_factory=list)
    min: int
    max: int
    in_norm: bool
    optional: bool = False
    staffed_fte: float
    planned_fte: float
    demand_hours: float
    demand_fte: float
    gap_fte: float  # staffed minus demanded: below 0, the workload needs more people
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
    # the part of the week outside the department (shares adding up to under 1), in the load
    outside_share: float = 0.0


class SinglePoint(Result):
    """A single point of failure: a role with one person or only outsiders, or a person who
    alone covers some roles."""

    kind: Literal["one_person", "outsiders_only", "sole_cover"]
    role: str | None = None
    name: str | None = None
    name_zh: str | None = None
    person: str | None = None
    roles: list[str] = Field(default_factory=list)


class HireStep(Result):
    """One hire of the hiring order and the team after it."""

    role: str
    name: str
    name_zh: str
    reason: Literal["missing", "under", "overloaded"]
    headcount: int
    worst_load: float
    uncovered: list[str]


class Advice(Result):
    """A suggestion for the team (#17): a backup for a role only one person (or only outsiders)
    covers (`backup`: `other` covers roles of the same family and has about `hours` a week to
    spare; `no_backup` where nobody in that family has), or hours of one role's work to move
    from `person`, over 100%, to `other`, under 70%, who covers it too (`move`)."""

    kind: Literal["backup", "no_backup", "move"]
    role: str
    name: str | None = None
    name_zh: str | None = None
    family: str | None = None
    outsiders: bool = False  # the role is covered only by outsiders (a backup in house)
    person: str
    person_load: float | None = None
    person_load_after: float | None = None
    other: str | None = None
    other_roles: list[str] = Field(default_factory=list)
    other_load: float | None = None
    other_load_after: float | None = None
    hours: float | None = None


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
    advice: list[Advice] = Field(default_factory=list)
    # every role id the report names, by name: for the views (JSON keeps the ids)
    role_names: dict[str, RoleName] = Field(default_factory=dict, exclude=True)
