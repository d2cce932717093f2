"""The view of `opsplan validate`: every problem, located, then one summary line per file.

The same located lines are what every command prints on stderr for a file with errors
(`findings()`), so that a problem reads alike wherever it is reported.
"""

from __future__ import annotations

from opsplan.i18n import Lang, text
from opsplan.models.problems import Problem, ValidationReport
from opsplan.textfmt import cut
from opsplan.validate.checker import BROKEN, BUILTIN, UNREAD
from opsplan.views.document import Document, Findings, Lines, Located

MAX_SHOWN = 50


def located(problem: Problem, lang: Lang) -> Located:
    """A problem as a document's located line, in `lang`."""
    return Located(
        file=problem.file,
        line=problem.line,
        col=problem.col,
        sheet=problem.sheet,
        level=problem.level,
        level_text=text(problem.level, lang),
        message=problem.text(lang),
    )


def findings(problems: list[Problem], lang: Lang, limit: int = MAX_SHOWN) -> Findings:
    """The problems as a block: a check that gave up (`stopped`) closes the list."""
    closing = problems[-1] if problems and problems[-1].code == "stopped" else None
    items = problems[:-1] if closing is not None else problems
    return Findings(
        items=[located(p, lang) for p in items],
        limit=limit,
        more=text("and_more", lang),
        closing=located(closing, lang) if closing is not None else None,
    )


def view(report: ValidationReport, lang: Lang) -> Document:
    """The problems, then each file: ok or its count of errors, its kind, what it was checked
    against."""
    lines = []
    for check in report.files:
        state = (
            text("ok", lang)
            if check.valid
            else text("n_errors" if check.errors != 1 else "one_error", lang, n=check.errors)
        )
        if check.warnings:
            code = "n_warnings" if check.warnings != 1 else "one_warning"
            state += text("list_sep", lang) + text(code, lang, n=check.warnings)
        details = []
        if not check.readable:
            details.append(text("not_read", lang))
        elif check.kind != "unknown":
            details.append(text(f"kind_{check.kind}", lang))
        if check.checked_against:
            against = check.checked_against.replace(BUILTIN, text("builtin", lang))
            against = against.replace(BROKEN, text("partner_broken", lang))
            against = against.replace(UNREAD, text("partner_unread", lang))
            details.append(text("checked_against", lang, files=against))
        said = text("details_sep", lang).join(details)
        code = "file_state_details" if details else "file_state"
        lines.append(text(code, lang, file=cut(check.file), state=state, details=said))
    return Document("", [findings(report.problems, lang), Lines(lines)])
