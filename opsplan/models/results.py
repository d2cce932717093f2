"""The result models: what core computes, before any view puts it into words.

Results carry numbers, ids, names in both languages (`name`, `name_zh`) and notes as codes with
parameters, never sentences.
"""

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from opsplan.models.data import Source


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
