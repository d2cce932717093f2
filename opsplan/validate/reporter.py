"""validate's reporters: `file:line:col: level: message` text, GitHub annotations, JSON.

Messages are in the user's language; file names and messages are escaped, so a name with a
newline or an escape sequence cannot forge a line or reach the terminal raw.
"""

from __future__ import annotations

import json
from typing import Any

from opsplan.i18n import Lang, text
from opsplan.models import Problem, ValidationReport
from opsplan.render.escape import cut, safe, unicode_only
from opsplan.validate.checker import BROKEN, BUILTIN, UNREAD

MAX_SHOWN = 50


def problem_lines(problems: list[Problem], lang: Lang = "en", limit: int = MAX_SHOWN) -> str:
    """At most `limit` problems, one a line, then "... and N more" when cut."""
    stopped = [p for p in problems[-1:] if p.code == "stopped"]  # a check gave up: say so last
    problems = problems[: len(problems) - len(stopped)]
    lines = [p.format(lang) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(text("and_more", lang, n=len(problems) - limit))
    lines += [p.format(lang) for p in stopped]
    return "".join(line + "\n" for line in lines)


def as_text(report: ValidationReport, lang: Lang) -> str:
    """Problems, then one summary line per file (with what it was checked against)."""
    out = problem_lines(report.problems, lang)
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
            details.append(text("checked_against", lang, files=safe(against)))
        tail = f" ({'; '.join(details)})" if details else ""
        out += f"{safe(cut(check.file))}: {state}{tail}\n"
    return out


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def as_github(report: ValidationReport, lang: Lang) -> str:
    """One annotation per problem (at most MAX_SHOWN, then a notice of the rest)."""
    lines = []
    for p in report.problems[:MAX_SHOWN]:
        props = [f"file={_escape(safe(p.file), prop=True)}"]
        if p.line is not None:
            props += [f"line={p.line}", f"col={p.col or 1}"]
        lines.append(f"::{p.level} {','.join(props)}::{_escape(safe(p.text(lang)))}")
    if len(report.problems) > MAX_SHOWN:
        lines.append("::notice::" + text("and_more", lang, n=len(report.problems) - MAX_SHOWN))
    return "".join(line + "\n" for line in lines)


def as_json(report: ValidationReport, lang: Lang) -> str:
    """The report as JSON: `valid`, `files`, `problems` (with `code` and the message)."""
    data: dict[str, Any] = {
        "valid": report.valid,
        "files": [
            {**f.model_dump(mode="json"), "file": unicode_only(f.file)} for f in report.files
        ],
        "problems": [
            {
                "file": unicode_only(p.file),
                "line": p.line,
                "col": p.col,
                "level": p.level,
                "code": p.code or None,
                "message": p.text(lang),
            }
            for p in report.problems
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


REPORTERS = {"text": as_text, "github": as_github, "json": as_json}


def report(result: ValidationReport, fmt: str, lang: Lang) -> str:
    """The report in format `fmt` (text, github or json)."""
    return REPORTERS[fmt](result, lang)
