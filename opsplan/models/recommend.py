"""The result of `opsplan recommend`: the headcount per role, its total and its notes (apart
from results.py, so that the commands that do not recommend do not build these models)."""

from typing import Any, Literal

from pydantic import Field, model_validator

from opsplan.models.data import Size
from opsplan.models.results import Note, Result


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
    covers: list[str] = Field(default_factory=list)
    optional: bool = False
    outside: Literal["below", "above"] | None = None
    # the demand's hours by what they rest on: benchmark, assumption, unsourced
    basis: dict[str, float] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _raw_from_implied(cls, data: Any) -> Any:
        """Read back from its JSON, which leaves `implied_raw` out: the implied FTE as shown."""
        if isinstance(data, dict) and "implied_raw" not in data and "implied" in data:
            data = {**data, "implied_raw": data["implied"]}
        return data


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
    # the required roles' demand by what it rests on
    basis: dict[str, float] = Field(default_factory=dict)
    roles: list[RoleRecommendation]
    total: RecommendTotal
    optional_total: RecommendTotal | None = None
    notes: list[Note]
    # roles one person can cover together, and the headcount with them shared (#17)
    shared: list[SharedRoles] = Field(default_factory=list)
    shared_headcount: int | None = None
