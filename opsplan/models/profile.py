"""The one-person profile (`me.yaml`, read by `opsplan overload`) and the company it names,
which a team file names too. As strict as the catalogue's models (`opsplan.models.data`); no
`from __future__ import annotations` here either."""

from typing import Annotated, Any

from pydantic import ConfigDict, Field, model_validator

from opsplan.i18n import Msg
from opsplan.models.data import (
    SIZE_WORDS,
    SIZES,
    YES_NO,
    Capacity,
    DataModel,
    DriverValue,
    Size,
    Text,
    WeekHours,
)

MAX_KEYS = 100  # drivers and the like in one mapping


def _bool_or_chinese(schema: dict[str, Any]) -> None:
    """The schema of `marketing:`: true or false, or 是 or 否."""
    schema.pop("type", None)
    schema["anyOf"] = [{"type": "boolean"}, {"enum": [*YES_NO]}]


def chinese_company(data: Any) -> Any:
    """`size: 中型` and `marketing: 是` as the English values; at most MAX_KEYS keys."""
    if isinstance(data, dict) and len(data) > MAX_KEYS:
        raise ValueError(Msg("too_many_keys", max=MAX_KEYS))
    if isinstance(data, dict):
        data = dict(data)
        if isinstance(data.get("size"), str):
            data["size"] = SIZE_WORDS.get(data["size"].strip(), data["size"])
        word = data.get("marketing")
        if isinstance(word, str) and word.strip().casefold() in YES_NO:
            data["marketing"] = YES_NO[word.strip().casefold()]
    return data


class Company(DataModel):
    """The company in a profile; any other key is a driver value (`employees: 180`)."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, DriverValue] = Field(init=False)

    # the schema (`opsplan schema`) also states the Chinese forms the validator accepts
    size: Annotated[Size, Field(json_schema_extra={"enum": [*SIZES, *SIZE_WORDS]})]
    marketing: Annotated[bool, Field(json_schema_extra=_bool_or_chinese)] = False

    @model_validator(mode="before")
    @classmethod
    def _chinese(cls, data: Any) -> Any:
        return chinese_company(data)


def _or_plain_task(schema: dict[str, Any]) -> None:
    """The schema of a duty: the mapping, or a plain string (a task)."""
    mapping = dict(schema)
    schema.clear()
    schema["anyOf"] = [mapping, {"type": "string", "minLength": 1, "maxLength": 2000}]


class ProfileDuty(DataModel):
    """One line of a profile: a `role`, a free-text `task`, or both (the role then decides).

    A plain string is a task.
    """

    model_config = ConfigDict(extra="allow", json_schema_extra=_or_plain_task)
    __pydantic_extra__: dict[str, DriverValue] = Field(init=False)

    role: Text | None = None
    task: Text | None = None
    hours: WeekHours | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_task(cls, data: Any) -> Any:
        if isinstance(data, dict) and len(data) > MAX_KEYS:
            raise ValueError(Msg("too_many_keys", max=MAX_KEYS))
        return {"task": data} if isinstance(data, str) else data

    @model_validator(mode="after")
    def _role_or_task(self) -> "ProfileDuty":
        if self.role is None and self.task is None:
            raise ValueError(Msg("role_or_task"))
        return self


class Profile(DataModel):
    """The one-person profile read by `opsplan overload` (`me.yaml`)."""

    name: Text | None = None
    company: Company
    capacity_hours: Capacity | None = None
    duties: list[ProfileDuty] = Field(min_length=1, max_length=100_000)
