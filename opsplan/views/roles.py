"""The view of `opsplan roles`: the catalogue as a table, or one role in full."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from opsplan.i18n import Lang
from opsplan.models.data import SIZES, Basis
from opsplan.models.results import SourceRef
from opsplan.views.common import name, t
from opsplan.views.document import Cell, Column, Document, Facts, Paragraph, Steps, Table

if TYPE_CHECKING:  # the listing's models are built only for the listing (cost cites from here)
    from opsplan.models.listing import RoleInfo, RoleList


def cite(source: SourceRef, lang: Lang) -> str:
    """A source by its title (and date where known), in `lang` where it has that title; a
    benchmark with its publisher and year, and how it was read when second-hand."""
    title = t("title_quoted", lang, title=name(source, lang, "title"))
    if source.publisher:
        year = str(source.year) if source.year else source.date or t("undated", lang)
        if not source.year and not source.date and source.accessed:
            year = t("undated_read", lang, year=source.accessed)
        publisher = name(source, lang, "publisher")
        title = t("cite_benchmark", lang, title=title, publisher=publisher, year=year)
    elif source.date:
        title = t("title_dated", lang, title=title, date=source.date)
    if source.second_hand:
        via = name(source, lang, "via") if source.via else None
        how = t("second_hand", lang, via=via) if via else t("second_hand_plain", lang)
        title = t("title_dated", lang, title=title, date=how)
    return title


def exact(value: float) -> str:
    """A number as the data holds it: 0.05 stays 0.05, 9.0 is 9 (up to 10 digits)."""
    return f"{value:.10g}"


def basis_label(basis: Basis | None, numbers: dict[str, str], lang: Lang) -> str:
    """`cited [3]`, `derived [3, 4]`, `assumption`, or `no basis`: a basis in a table cell."""
    if basis is None:
        return t("basis_label_none", lang)
    kind = t(f"basis_label_{basis.kind}", lang)
    refs = ", ".join(numbers.get(s, s) for s in basis.sources)
    return t("basis_ref", lang, kind=kind, refs=f"[{refs}]") if refs else kind


def basis_text(item: str, basis: Basis | None, numbers: dict[str, str], lang: Lang) -> str:
    """One line of where a figure comes from: the figure cited, the derivation, or the
    reason of an assumption, in `lang` (English where the data has no Chinese)."""
    if basis is None:
        return t("basis_none", lang, item=item)
    refs = ", ".join(numbers.get(s, s) for s in basis.sources)
    return t(
        f"basis_{basis.kind}",
        lang,
        item=item,
        refs=refs,
        figure=name(basis, lang, "figure") if basis.figure else "",
        derivation=name(basis, lang, "derivation") if basis.derivation else "",
        reason=name(basis, lang, "reason") if basis.reason else "",
    )


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
        Column("hours", t("col_hours", lang), "num"),
        Column("per", t("col_per", lang), wrap=True),
        Column("basis", t("col_basis", lang)),
        Column("source", t("col_source", lang), "int"),
    ]
    numbers = {s.id: str(n) for n, s in enumerate(role.sources, 1)}
    rows: list[list[Any]] = []
    lines: list[str] = []
    for duty in role.duties:
        units = [
            role.drivers.get(d, {}).get(lang) or role.drivers.get(d, {}).get("en") or d
            for d in duty.drivers()
        ]
        per = t("per_times", lang).join(units) if units else t("week", lang)
        label = basis_label(duty.basis, numbers, lang)
        hours = Cell(duty.hours, exact(duty.hours))
        rows.append([name(duty, lang), hours, per, label, numbers.get(duty.source or "", "")])
        lines.append(basis_text(name(duty, lang), duty.basis, numbers, lang))
    demand = t(
        "demand_by_size",
        lang,
        small=role.demand_hours["small"],
        medium=role.demand_hours["medium"],
        large=role.demand_hours["large"],
    )
    keywords = t("list_sep", lang).join(role.keywords.terms(lang))
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
    legend = Paragraph(t("effort_legend", lang))
    bases = Steps(t("basis_title", lang), lines)
    return Document(title, [summary, table, legend, bases, facts])
