"""The view of `opsplan roles`: the catalogue as a table, or one role in full."""

from __future__ import annotations

from typing import Any

from opsplan.i18n import Lang
from opsplan.models import SIZES, RoleInfo, RoleList, SourceRef
from opsplan.views.common import name, t
from opsplan.views.document import Cell, Column, Document, Facts, Paragraph, Table


def cite(source: SourceRef, lang: Lang) -> str:
    """A source by its title (and date where known), in `lang` where it has that title."""
    title = t("title_quoted", lang, title=name(source, lang, "title"))
    return t("title_dated", lang, title=title, date=source.date) if source.date else title


def view(result: RoleList, lang: Lang) -> Document:
    """The catalogue, or the one role asked for."""
    if result.single:
        return _one(result.roles[0], lang)
    other = "en" if lang == "zh" else "zh"
    columns = [
        Column("id", t("col_id", lang)),
        Column("name", t("col_name", lang), wrap=True),
        Column("other", t(f"col_name_{other}", lang), audience="human", wrap=True),
        Column("name_en", "name_en", audience="machine"),
        Column("name_zh", "name_zh", audience="machine"),
        Column("family", t("col_family", lang)),
        Column("summary", t("col_summary", lang), audience="machine"),
        Column("duties", t("col_duties", lang), "int"),
        *(Column(f"demand_{s}", f"demand_{s}", "num", audience="machine") for s in SIZES),
    ]
    rows: list[list[Any]] = [
        [
            r.id,
            name(r, lang),
            r.name_zh if other == "zh" else r.name,
            r.name,
            r.name_zh,
            Cell(r.family, t(f"family_{r.family}", lang)),
            name(r, lang, "summary"),
            len(r.duties),
            *(r.demand_hours[s] for s in SIZES),
        ]
        for r in result.roles
    ]
    table = Table(columns, rows, title=t("catalogue_title", lang), primary=True, limit=500)
    table.more = t("more_roles", lang)
    return Document(t("catalogue_heading", lang, n=len(rows)), [table])


def _one(role: RoleInfo, lang: Lang) -> Document:
    other = role.name if lang == "zh" else role.name_zh
    title = t(
        "role_title",
        lang,
        name=name(role, lang),
        other=other,
        id=role.id,
        family=t(f"family_{role.family}", lang),
    )
    columns = [
        Column("duty", t("col_duty", lang), wrap=True),
        Column("hours", t("col_hours_week", lang), "num"),
        Column("per", t("col_per", lang)),
        Column("source", t("col_source", lang), "int"),
    ]
    numbers = {s.id: str(n) for n, s in enumerate(role.sources, 1)}
    rows: list[list[Any]] = []
    for duty in role.duties:
        unit = role.drivers.get(duty.driver or "", {})
        per = (unit.get(lang) or unit.get("en") or duty.driver) if duty.driver else t("week", lang)
        rows.append([name(duty, lang), duty.hours, per, numbers.get(duty.source or "", "")])
    demand = t(
        "demand_by_size",
        lang,
        small=role.demand_hours["small"],
        medium=role.demand_hours["medium"],
        large=role.demand_hours["large"],
    )
    keywords = ", ".join(role.keywords.terms(lang))
    facts = Facts(
        [
            (t("fact_demand", lang), demand),
            (t("fact_keywords", lang), keywords),
            *(
                (f"{t('fact_sources', lang)} [{n}]", cite(s, lang))
                for n, s in enumerate(role.sources, 1)
            ),
        ]
    )
    summary = Paragraph(name(role, lang, "summary"))
    table = Table(columns, rows, title=t("duties_title", lang), primary=True)
    return Document(title, [summary, table, facts])
