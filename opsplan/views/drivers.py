"""The view of `opsplan drivers`: each workload driver with its unit and default per size."""

from __future__ import annotations

from typing import Any

from opsplan.i18n import Lang
from opsplan.models import SIZES, DriverList
from opsplan.views.common import name, t
from opsplan.views.document import Column, Document, Paragraph, Table


def view(result: DriverList, lang: Lang) -> Document:
    """The drivers, and how to set one."""
    columns = [
        Column("name", t("col_driver", lang)),
        Column("description", t("col_description", lang), wrap=True),
        Column("unit", t("col_unit", lang)),
        *(Column(size, t(f"size_{size}", lang), "num") for size in SIZES),
    ]
    rows: list[list[Any]] = [
        [
            d.name,
            name(d, lang, "description"),
            name(d, lang, "unit"),
            *(d.default[size] for size in SIZES),
        ]
        for d in result.drivers
    ]
    table = Table(columns, rows, primary=True)
    return Document(t("drivers_title", lang), [table, Paragraph(t("drivers_hint", lang))])
