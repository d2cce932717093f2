"""The team report's data tables: the single points of failure and the hiring order in rows and
columns, for CSV (`--table`) and the workbook; the human formats say them in sentences."""

from __future__ import annotations

from typing import Any

from opsplan.i18n import Lang
from opsplan.models.team import TeamReport
from opsplan.views import tables
from opsplan.views.common import name, t
from opsplan.views.document import Cell, Column, Table


def single_points(report: TeamReport, lang: Lang) -> Table:
    """One row a single point of failure: its kind, the role, the person, the roles they alone
    cover."""
    columns = [
        Column("kind", t("col_spof_kind", lang)),
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang)),
        Column("person", t("col_person", lang)),
        Column("roles", "roles", audience="machine"),
        Column("role_names", t("col_sole_roles", lang), audience="human"),
    ]
    names = _names(report, lang)
    rows: list[list[Any]] = [
        [
            Cell(p.kind, t(f"spof_kind_{p.kind}", lang)),
            p.role,
            name(p, lang) if p.role else None,
            p.person,
            " ".join(p.roles),
            t("list_sep", lang).join(names.get(r, r) for r in p.roles),
        ]
        for p in report.single_points_of_failure
    ]
    return Table(columns, rows, title=t("spof_title", lang), name=tables.SINGLE_POINTS)


def hiring_order(report: TeamReport, lang: Lang) -> Table:
    """One row a hire, in order: the role, why, the headcount after it, the worst load left and
    the roles still uncovered."""
    columns = [
        Column("step", t("col_step", lang), "int"),
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang)),
        Column("reason", t("col_reason", lang)),
        Column("headcount", t("col_headcount", lang), "int"),
        Column("worst_load", t("col_worst_load", lang), "pct"),
        Column("uncovered", "uncovered", audience="machine"),
        Column("uncovered_names", t("col_uncovered", lang), audience="human"),
    ]
    names = _names(report, lang)
    rows: list[list[Any]] = [
        [
            i,
            h.role,
            name(h, lang),
            Cell(h.reason, t(f"reason_{h.reason}", lang)),
            h.headcount,
            h.worst_load,
            " ".join(h.uncovered),
            t("list_sep", lang).join(names.get(r, r) for r in h.uncovered),
        ]
        for i, h in enumerate(report.hiring_order, start=1)
    ]
    return Table(columns, rows, title=t("hiring_sheet", lang), name=tables.HIRING_ORDER)


def _names(report: TeamReport, lang: Lang) -> dict[str, str]:
    """Each role of the report by its name in `lang`."""
    return {r.role: name(r, lang) for r in report.roles}


def data_tables(report: TeamReport, lang: Lang) -> list[Table]:
    """The tables only the data formats show."""
    return [single_points(report, lang), hiring_order(report, lang)]
