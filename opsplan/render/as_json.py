"""JSON: the result itself, language-neutral keys; names and notes follow the language."""

from __future__ import annotations

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
    if isinstance(value, list):
        if not value or not _needs_walk(value[0], lang):
            return value  # 200,000 matched tasks need no walk
        return [_walk(v, lang) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _walk(v, lang) for k, v in value.items()}
    if lang == "zh":
        for key in _NAMES:
            if out.get(f"{key}_zh"):
                out[key] = out[f"{key}_zh"]
    if "code" in out and "params" in out and isinstance(out["params"], dict):
        out["text"] = text(out["code"], lang, **out["params"])
    return out


def render(result: BaseModel, *, lang: Lang = "en", **_: Any) -> str:
    """The result as indented JSON (UTF-8, not ASCII-escaped), with a trailing newline.

    pydantic's serializer, not `json.dumps`: with `indent`, the standard library falls back to
    its pure-Python encoder, several times slower on a big report.
    """
    return to_json(payload(result, lang), indent=2).decode("utf-8") + "\n"
