"""The hiring file (`data/hiring.yaml`): the phases a department is built in and the time a
hire takes per family of roles, for `opsplan plan`.

No `from __future__ import annotations` here (see `opsplan.models.data`).
"""

from typing import Annotated, Literal

from pydantic import Field

from opsplan.models.data import Basis, DataModel, RoleId, Source, Text

PlanMonth = Annotated[int, Field(ge=1, le=120)]  # the months of a plan: 1 to 120
FamilyKey = Annotated[str, Field(min_length=1, max_length=64)]


class PhaseRole(DataModel):
    """A role a phase brings in: every person of it still to hire, or `up_to` that many."""

    role: RoleId
    up_to: Annotated[int, Field(ge=1, le=10_000)] | None = None


class Phase(DataModel):
    """A phase of the hiring plan: the `months` it spans (first and last, from 1), the roles it
    brings in, in order, or with `rest: true` every role and person the other phases leave;
    its `source` is an id of the file's `sources:`."""

    id: RoleId
    name: Text
    name_zh: Text | None = None
    months: Annotated[list[PlanMonth], Field(min_length=2, max_length=2)]
    roles: Annotated[list[PhaseRole], Field(max_length=1000)] = Field(default_factory=list)
    rest: bool = False
    source: RoleId | None = None
    note: Text | None = None
    note_zh: Text | None = None


class HireTime(DataModel):
    """The days a hire takes, from the start of recruiting to the first day at work, and
    where the figure comes from."""

    days: Annotated[int, Field(ge=0, le=730)]
    basis: Basis | None = None


class Hiring(DataModel):
    """The hiring file: `time_to_hire` per role family (`default` for the families it does
    not name), the `phases` in order of their months, and the `sources:` they cite."""

    schema_version: Literal[1] = 1
    sources: Annotated[list[Source], Field(max_length=1000)] = Field(default_factory=list)
    # keys: `default` and role families (checked by validate, which names the families)
    time_to_hire: Annotated[
        dict[Annotated[str, Field(max_length=64)], HireTime], Field(max_length=20)
    ]
    phases: Annotated[list[Phase], Field(min_length=1, max_length=120)]

    def days(self, family: str) -> int:
        """The days a hire of this family takes (the default's, else 0)."""
        found = self.time_to_hire.get(family) or self.time_to_hire.get("default")
        return found.days if found is not None else 0
