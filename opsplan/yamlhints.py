"""libyaml's syntax errors in the user's words.

The parser says what it expected (`could not find expected ':'`), in English; a person who
hand-wrote the file needs to hear what they did: a tab, a full-width colon (U+FF1A) typed with a
Chinese keyboard, a second `: ` inside a value, a bracket or quote left open, an indentation
that does not match. Each of those is named, in the user's language, at the place to fix (an
unclosed bracket or quote where it opened); anything else keeps libyaml's own text.
"""

from __future__ import annotations

from opsplan.i18n import Msg

Mark = tuple[int, int]  # 1-based (line, column)

_CLOSERS = {"',' or ']'": ("[", "]"), "',' or '}'": ("{", "}")}
_STRUCTURE = (
    "did not find expected key",
    "did not find expected '-' indicator",
    "expected <block end>",
    "mapping values are not allowed",
)


def explain(
    text: str, problem: str, context: str, where: Mark | None, opened: Mark | None
) -> tuple[Msg, Mark | None]:
    """The message and mark for a syntax error libyaml reported as `problem` (with `context`)
    at `where`, its context starting at `opened`."""
    lines = text.splitlines()

    def line(mark: Mark | None) -> str:
        return lines[mark[0] - 1] if mark is not None and 0 < mark[0] <= len(lines) else ""

    at = line(where)
    char = at[where[1] - 1 : where[1]] if where is not None else ""
    if "tab character" in problem or (char == "\t" and "cannot start any token" in problem):
        tab = where if char == "\t" else _tab_in_indent(lines, where)
        return Msg("yaml_tab"), tab or where
    if "cannot start any token" in problem and char in ("`", "@"):
        return Msg("yaml_reserved", char=char), where
    colon = _full_width_colon(lines, opened, where)
    if colon is not None and ("expected ':'" in problem or problem.startswith(_STRUCTURE)):
        return Msg("yaml_fullwidth_colon"), colon
    for expected, (open_, close) in _CLOSERS.items():
        if expected in problem:
            return Msg("yaml_unclosed", open=open_, close=close), opened or where
    if "end of stream" in problem and "quoted scalar" in context:
        return Msg("yaml_unclosed_quote"), opened or where
    if char in ("]", "}") and problem.startswith(_STRUCTURE):
        return Msg("yaml_stray", char=char), where
    if problem.startswith("mapping values are not allowed") and where is not None:
        if ": " in at[: where[1] - 1].lstrip(" -"):
            return Msg("yaml_colon_in_value"), where
        return Msg("yaml_indent"), where
    if problem.startswith(_STRUCTURE) and where is not None:
        before = at[: where[1] - 1].rstrip()
        if before.endswith(('"', "'")):
            return Msg("yaml_after_quote"), where
        return Msg("yaml_indent"), where
    return Msg("yaml_syntax", problem=problem), where


def _tab_in_indent(lines: list[str], where: Mark | None) -> Mark | None:
    """The first tab in the indentation of the line at `where` or the line before it."""
    if where is None:
        return None
    for number in (where[0], where[0] - 1):
        if 0 < number <= len(lines):
            text = lines[number - 1]
            indent = text[: len(text) - len(text.lstrip(" \t"))]
            if "\t" in indent:
                return number, indent.index("\t") + 1
    return None


def _full_width_colon(lines: list[str], opened: Mark | None, where: Mark | None) -> Mark | None:
    """A full-width colon used as a key's colon on the three lines up to `where` (from
    `opened` when nearer): a U+FF1A in a line with no ASCII `:` before it, or None."""
    if where is None:
        return None
    first = max(where[0] - 3, opened[0] if opened is not None else 1, 1)
    for number in range(first, min(where[0], len(lines)) + 1):
        text = lines[number - 1]
        at = text.find("\uff1a")
        if at >= 0 and ":" not in text[:at] and not text.lstrip().startswith("#"):
            return number, at + 1
    return None
