"""The view of `opsplan schema`: the kinds of data file opsplan reads."""

from __future__ import annotations

from typing import Any

from opsplan.i18n import Lang
from opsplan.models.listing import FileKindList
from opsplan.views.common import t
from opsplan.views.document import Cell, Column, Document, Paragraph, Table


def view(result: FileKindList, lang: Lang) -> Document:
    """One row a kind: its name, the top-level keys that tell it, whether the hook checks it."""
    columns = [
        Column("name", t("col_kind", lang)),
        Column("keys", t("col_keys", lang)),
        Column("model", "model", audience="machine"),
        Column("hooked", t("col_hooked", lang)),
    ]
    rows: list[list[Any]] = [
        [
            k.name,
            t("list_sep", lang).join(f"{key}:" for key in k.keys),
            k.model,
            Cell(k.hooked, t("yes" if k.hooked else "no", lang)),
        ]
        for k in result.kinds
    ]
    table = Table(columns, rows, primary=True)
    return Document(t("kinds_title", lang), [table, Paragraph(t("kinds_hint", lang))])
