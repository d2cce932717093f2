"""JSON: the result itself, language-neutral keys; names and notes follow the language."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_json

from opsplan.i18n import Lang, text


def payload(result: BaseModel, lang: Lang) -> Any:
    """The result's machine form, with names in `lang` and every note's `text` added.

    Generic over result types: any object with `name` and `name_zh` (likewise `label`) gets
    `name` in the chosen language; any `{code, params}` note gets its sentence as `text`. A
    result with `json_in(lang)` gives its JSON form in that language itself.
    """
    own = getattr(result, "json_in", None)
    if callable(own):  # a result whose JSON is already in one language (validate's report)
        return own(lang)
    machine = getattr(result, "machine", None)
    data = machine() if callable(machine) else result.model_dump(mode="json")
    return _walk(data, lang)


_NAMES = ("name", "label", "summary", "note", "title")


def _needs_walk(item: Any, lang: Lang) -> bool:
    """Whether an item of a list (all alike: a list of one model) has anything to localize."""
    if not isinstance(item, dict):
        return isinstance(item, list)
    if "code" in item and "params" in item:
        return True
    if lang == "zh" and any(f"{key}_zh" in item for key in _NAMES):
        return True
    return any(
        isinstance(v, dict) or (isinstance(v, list) and v and isinstance(v[0], dict | list))
        for v in item.values()
    )


def _walk(value: Any, lang: Lang) -> Any:
    """Localize `value` in place (it is the fresh dump of a result, nobody else's: copying a
    50,000-person team would double its memory) and return it."""
    if isinstance(value, list):
        if value and _needs_walk(value[0], lang):  # 200,000 matched tasks need no walk
            for i, item in enumerate(value):
                value[i] = _walk(item, lang)
        return value
    if not isinstance(value, dict):
        return value
    for key, item in value.items():
        if isinstance(item, dict | list):
            value[key] = _walk(item, lang)
    if lang == "zh":
        for key in _NAMES:
            if value.get(f"{key}_zh"):
                value[key] = value[f"{key}_zh"]
    if "code" in value and "params" in value and isinstance(value["params"], dict):
        value["text"] = text(value["code"], lang, **value["params"])
    return value


def render(result: BaseModel, *, lang: Lang = "en", **_: Any) -> str:
    """The result as indented JSON (UTF-8, not ASCII-escaped), with a trailing newline.

    pydantic's serializer, not `json.dumps`: with `indent`, the standard library falls back to
    its pure-Python encoder, several times slower on a big report.
    """
    out = to_json(payload(result, lang), indent=2).decode("utf-8")
    if _ODD.search(out) is not None:  # only ever inside a string: JSON's structure is ASCII
        out = _ODD.sub(lambda found: f"\\u{ord(found.group()):04x}", out)
    return out + "\n"


# DEL, the C1 controls, the line and paragraph separators and the bidi overrides: escaped as
# JSON writes a character (`\u009b`), as every other format escapes them, so that JSON shown
# in a terminal or pasted into JavaScript is safe too (C0 controls the serializer escapes)
_ODD = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
