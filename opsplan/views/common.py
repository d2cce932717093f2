"""Words the views share: sizes, focus, people, names in the chosen language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from opsplan.i18n import Lang, Msg, text
from opsplan.views.document import Column


def t(code: str, lang: Lang, **params: Any) -> str:
    """The catalogue's message `code` in `lang` (a short name for views)."""
    return text(code, lang, **params)


def name(item: Any, lang: Lang, field: str = "name") -> str:
    """`item.name` in `lang`: `name_zh` in Chinese where it is set."""
    if lang == "zh":
        chinese = getattr(item, f"{field}_zh", None)
        if chinese:
            return str(chinese)
    return str(getattr(item, field))


def role_name(names: Mapping[str, Any], role: str, lang: Lang) -> str:
    """The role `role` (an id) by its name in `lang`, from a report's `role_names`; the id where
    the report has no name for it."""
    found = names.get(role)
    return name(found, lang) if found is not None else role


def company(size: str, marketing: bool) -> dict[str, Msg]:
    """The placeholders `size` and `focus` for a company of this size and focus."""
    return {
        "size": Msg(f"size_{size}"),
        "focus": Msg(f"focus_{'marketing' if marketing else 'other'}"),
    }


def span(low: int, high: int, lang: Lang) -> str:
    """A norm range: '3-20' (Chinese `3~20`), or '1' when low == high."""
    return str(low) if low == high else t("range", lang, low=low, high=high)


def people(low: int, high: int, lang: Lang) -> str:
    """'1 person', '6-8 people', or 'no one (the norm does not list them)'."""
    if high == 0:
        return t("people_none", lang)
    code = "people_one" if (low, high) == (1, 1) else "people_many"
    return t(code, lang, n=span(low, high, lang))


def notes(items: list[Any], lang: Lang) -> list[str]:
    """Result notes (code and parameters) as sentences in `lang`."""
    return [t(n.code, lang, **n.params) for n in items]


def role_norm_columns(lang: Lang) -> list[Column]:
    """The columns that open a table of roles against a norm: the role (its id for machines,
    its name for people) and the norm's range (min and max for machines, `3-20` for people)."""
    return [
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang), wrap=True),
        Column("min", "min", "int", audience="machine"),
        Column("max", "max", "int", audience="machine"),
        Column("norm", t("col_norm", lang), "int", audience="human"),
    ]
