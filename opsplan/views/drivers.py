"""The view of `opsplan drivers`: each workload driver with its Chinese name, unit, default per
size and where the defaults come from."""

from __future__ import annotations

from typing import Any

from opsplan.i18n import Lang
from opsplan.models.data import SIZES
from opsplan.models.listing import DriverList
from opsplan.views.common import name, t
from opsplan.views.document import (
    Audience,
    Cell,
    Column,
    Document,
    Facts,
    Paragraph,
    Steps,
    Table,
)
from opsplan.views.roles import basis_label, basis_text, cite, exact


def view(result: DriverList, lang: Lang) -> Document:
    """The drivers, where their defaults come from, and how to set one."""
    sources = {s.id: s for d in result.drivers for s in d.sources}
    numbers = {sid: str(n) for n, sid in enumerate(sources, 1)}
    # the Chinese name (which --set takes too) for people who read Chinese; in every CSV
    chinese: Audience = "all" if lang == "zh" else "machine"
    columns = [
        Column("name", t("col_driver", lang)),
        Column("name_zh", t("col_name_zh", lang) if lang == "zh" else "name_zh", audience=chinese),
        Column("description", t("col_description", lang), wrap=True),
        Column("unit", t("col_unit", lang)),
        *(Column(size, t(f"size_{size}", lang), "num") for size in SIZES),
        Column("basis", t("col_defaults_from", lang), wrap=True),
    ]
    rows: list[list[Any]] = [
        [
            d.name,
            d.name_zh or "",
            name(d, lang, "description"),
            name(d, lang, "unit"),
            *(Cell(d.default[size], exact(d.default[size])) for size in SIZES),
            basis_label(d.basis, numbers, lang),
        ]
        for d in result.drivers
    ]
    # drivers whose defaults rest on the same basis are told together (in Chinese by their
    # Chinese names)
    grouped: dict[str, list[str]] = {}
    for d in result.drivers:
        label = (d.name_zh or d.name) if lang == "zh" else d.name
        grouped.setdefault(basis_text("\0", d.basis, numbers, lang), []).append(label)
    lines = [text.replace("\0", t("list_sep", lang).join(n)) for text, n in grouped.items()]
    table = Table(columns, rows, primary=True)
    blocks = [table, Steps(t("driver_basis_title", lang), lines)]
    if sources:
        cited = [
            (f"{t('fact_sources', lang)} [{numbers[sid]}]", cite(s, lang))
            for sid, s in sources.items()
        ]
        blocks.append(Facts(cited))  # type: ignore[arg-type]
    blocks.append(Paragraph(t("drivers_hint", lang)))
    return Document(t("drivers_title", lang), blocks)  # type: ignore[arg-type]
