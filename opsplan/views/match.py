"""The view of a match report: each duty's top roles, their scores and the deciding words."""

from __future__ import annotations

from typing import Any

from opsplan.i18n import Lang
from opsplan.models.matching import MatchReport
from opsplan.views.common import name, t
from opsplan.views.document import Cell, Column, Document, Notes, Table


def view(report: MatchReport, lang: Lang) -> Document:
    """One row per duty and candidate role (best first): the role taken is marked (or each one
    a duty of several roles' work is shared between), and a duty below the threshold says so."""
    columns = [
        Column("text", t("col_duty", lang), wrap=True),
        Column("rank", "rank", "int", audience="machine"),
        Column("role", "role", audience="machine"),
        Column("name", t("col_role", lang), wrap=True),
        Column("score", t("col_score", lang), "num"),
        Column("taken", t("col_verdict", lang)),
        Column("words", t("col_decided_by", lang), wrap=True),
    ]
    rows: list[list[Any]] = []
    for phrase in report.phrases:
        if phrase.not_duty:  # a requirement or a trait: the phrase that shows it
            verdict = Cell(False, t("not_a_duty", lang))
            rows.append([phrase.text, None, None, "-", None, verdict, phrase.not_duty])
            continue
        if not phrase.candidates:
            none = Cell(False, t("match_none", lang))
            rows.append([phrase.text, None, None, "-", None, none, ""])
            continue
        for rank, c in enumerate(phrase.candidates, 1):
            if c.role == phrase.role:
                verdict = Cell(True, t("match_taken", lang))
            elif c.role in phrase.shared:
                verdict = Cell(True, t("match_shared", lang))
            elif phrase.role is None and rank == 1 and not phrase.shared:
                verdict = Cell(False, t("match_unsure", lang))
            else:
                verdict = Cell(False, "")
            text = phrase.text if rank == 1 else Cell(phrase.text, "")
            words = t("list_sep", lang).join(c.words)
            rows.append([text, rank, c.role, name(c, lang), c.score, verdict, words])
    table = Table(columns, rows, primary=True)
    rule = {"threshold": f"{report.threshold:g}", "margin": f"{report.margin:g}"}
    if report.alone:
        note = t("match_rule_alone", lang, alone=f"{report.alone:g}", **rule)
    else:
        note = t("match_rule", lang, **rule)
    notes = [note]
    if any(phrase.shared for phrase in report.phrases):
        marks = " ".join(f"`{m}`" for m in report.clauses)
        notes.append(t("match_rule_shared", lang, marks=marks))
    return Document(t("match_title", lang), [table, Notes(notes)])
