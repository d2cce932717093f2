"""The result of `opsplan overload`: one person's load, measured two ways, and a plan."""

from typing import Literal

from pydantic import Field

from opsplan.models.data import Size
from opsplan.models.results import Note, Range, Result, RoleName


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
    # the duties estimated, when the tasks name some (empty: the whole role, or hours given)
    estimated_as: list[str] = Field(default_factory=list)
    estimated_as_zh: list[str] = Field(default_factory=list)
    # driver -> the things the tasks list (platforms)
    counted: dict[str, list[str]] = Field(default_factory=dict)
    # hours by what they rest on: given, benchmark, assumption, unsourced
    basis: dict[str, float] = Field(default_factory=dict)


class TaskShare(Result):
    """A role that a task naming several roles' work is shared with: the phrases that named
    it, and its equal part of the task's hours (None where the hours are estimated)."""

    role: str
    keywords: list[str]
    hours: float | None = None


class TaskMatch(Result):
    """What one entry of the profile's duties (0-based `index`) was taken as: its role and the
    phrases that decided, a close `runner_up`, or (unmatched) the best `candidates`; or the
    phrase that shows it is `not_duty` (a requirement or a trait: no role); or, for a task
    whose parts name several roles' work (写软文和发论坛), the `shares` (then `role` is None)."""

    index: int
    text: str
    role: str | None
    keywords: list[str]
    hours: float | None
    runner_up: str | None = None
    candidates: list[str] = Field(default_factory=list)
    not_duty: str | None = None
    shares: list[TaskShare] = Field(default_factory=list)


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
    basis: dict[str, float] = Field(default_factory=dict)  # the demand by what it rests on
    notes: list[Note]
    # every role id the matches name, by name: for the views (JSON keeps the ids)
    role_names: dict[str, RoleName] = Field(default_factory=dict, exclude=True)
