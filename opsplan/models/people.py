"""A real team (`team.yaml`, or a roster: CSV or a workbook), read by `opsplan team` and
`opsplan plan --team`: its people and the roles they cover. As strict as the catalogue's models
(`opsplan.models.data`); no `from __future__ import annotations` here either."""

from typing import Annotated, Any

from pydantic import ConfigDict, Discriminator, Field, Tag, model_validator

from opsplan.i18n import Msg
from opsplan.models.data import Capacity, Currency, DataModel, Money, Text
from opsplan.models.profile import Company

Share = Annotated[float, Field(gt=0, le=1)]
SHARES_SLACK = 0.011  # shares written to two decimals may add up to 1.01


class Person(DataModel):
    """A member of a team: the roles they cover, as a list (equal shares) or with shares;
    `pay` is their own monthly pay (before on-costs), else their share of each role's band."""

    name: Annotated[str, Field(min_length=1, max_length=200)]
    roles: Annotated[
        Annotated[Annotated[list[Text], Field(min_length=1, max_length=20)], Tag("[list]")]
        | Annotated[dict[Text, Share], Tag("[mapping]")],
        # a list or a mapping: errors come from the one the file wrote, not from both
        Discriminator(lambda v: "[mapping]" if isinstance(v, dict) else "[list]"),
    ]
    capacity_hours: Capacity | None = None
    outsourced: bool = False
    vacancy: bool = False
    pay: Money | None = None

    @model_validator(mode="after")
    def _shares_at_most_one(self) -> "Person":
        # Shares under 1 leave the rest of the week outside the department (a shared office
        # manager); over 1 is more than the person has.
        if isinstance(self.roles, dict):
            if not self.roles:
                raise ValueError(Msg("no_roles"))
            total = sum(self.roles.values())
            if total > 1 + SHARES_SLACK:
                raise ValueError(Msg("shares_sum", total=f"{total:g}"))
        return self

    def shares(self) -> dict[str, float]:
        """Each role's share of this person's time (equal shares for a list)."""
        if isinstance(self.roles, dict):
            return dict(self.roles)
        unique = list(dict.fromkeys(self.roles))
        return {role: 1 / len(unique) for role in unique}


# A roster (CSV or workbook) is the people of a team file, one row per person and role: its
# columns by their key, and the Chinese headers each accepts (`opsplan schema team` lists them).
ROSTER_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名",),
    "role": ("岗位",),
    "share": ("占比",),
    "capacity_hours": ("周工时",),
    "outsourced": ("外包",),
    "vacancy": ("空缺",),
}


def _roster_schema(schema: dict[str, Any]) -> None:
    schema["x-roster-columns"] = {key: list(names) for key, names in ROSTER_COLUMNS.items()}


class Team(DataModel):
    """A real team (`team.yaml`), or a roster: a CSV file or a workbook (.xlsx) with one row
    per person and role, under the headers in `x-roster-columns` (English or Chinese), with
    the company from the command's options. `currency` is that of its people's `pay:` (the
    pay file's, when left out)."""

    model_config = ConfigDict(json_schema_extra=_roster_schema)

    name: Text | None = None
    currency: Currency | None = None
    company: Company
    people: list[Person] = Field(min_length=1, max_length=50_000)
