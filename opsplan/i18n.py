"""The user's language and the message catalogue: every user-facing string, keyed.

`text(code, lang, **params)` looks a message up in `opsplan.messages.en` / `.zh` and fills its
placeholders. A parameter may itself be a `Msg` (localised in turn), a bilingual mapping
`{"en": ..., "zh": ...}` from the data files (the language's text, else English), a message as
data `{"code": ..., "params": {...}}` (what a note can carry and JSON keep), or a number (shown
without a trailing `.0`).

`Msg` is a message not yet put into words: core and the loader raise and return these, never
sentences; it is also a `str` (its English text), so logs and `str(error)` stay readable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Literal

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")


def detect_lang(environ: Mapping[str, str] | None = None) -> Lang:
    """OPSPLAN_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG: `zh_*` -> zh), else English."""
    env = os.environ if environ is None else environ
    chosen = env.get("OPSPLAN_LANG", "").strip().lower()
    if chosen in LANGS:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def _catalogue(lang: Lang) -> dict[str, str]:
    if lang == "zh":
        from opsplan.messages.zh import MESSAGES as ZH

        return ZH
    from opsplan.messages.en import MESSAGES as EN

    return EN


def show(value: Any, lang: Lang) -> str:
    """A parameter as text in `lang`."""
    if isinstance(value, Msg):
        return value.text(lang)
    if isinstance(value, dict) and "en" in value:
        return str(value.get(lang) or value["en"])
    if isinstance(value, dict) and "code" in value and isinstance(value.get("params"), dict):
        return text(value["code"], lang, **value["params"])  # a message as data (a note's part)
    if isinstance(value, bool):
        return text("yes" if value else "no", lang)
    if isinstance(value, float):
        return f"{value:.1f}".removesuffix(".0") if value % 1 else f"{int(value)}"
    if isinstance(value, (list, tuple)):
        return text("list_sep", lang).join(show(v, lang) for v in value)
    return str(value)


def text(code: str, lang: Lang, /, **params: Any) -> str:
    """The message `code` in `lang` with its placeholders filled (in Chinese, spaced as
    docs/zh-style.md says: see `spaced`)."""
    template = _catalogue(lang).get(code)
    if template is None:
        template = _catalogue("en")[code]
    if not params:
        return template
    values = {k: show(v, lang) for k, v in params.items()}
    if lang == "zh":
        return spaced(template, values)
    return template.format(**values)


# Chinese characters and full-width punctuation (with curly quotes, ellipsis, dash): no space
# between two of them. Han: a space between it and a Latin letter or digit.
# (Tested by code point, not by a character class: compiling a class of the CJK blocks costs
# milliseconds at every start-up, as `re` expands each range character by character.)
def _cjk(char: str) -> bool:
    code = ord(char)
    return (
        code == 0x2014
        or 0x2018 <= code <= 0x201D
        or code == 0x2026
        or 0x3000 <= code <= 0x303F
        or _han(char)
        or 0xFF00 <= code <= 0xFFEF
    )


def _han(char: str) -> bool:
    code = ord(char)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


@lru_cache(maxsize=1024)
def _fields(template: str) -> tuple[tuple[str, str | None], ...] | None:
    """The template's literal text and placeholders in turn; None when one has a format spec,
    a conversion or an index (filled by `str.format` as it is)."""
    from string import Formatter  # only for Chinese: `string` compiles a pattern on import

    parts = []
    for literal, field, spec, conversion in Formatter().parse(template):
        if spec or conversion or (field is not None and not field.isidentifier()):
            return None
        parts.append((literal, field))
    return tuple(parts)


def spaced(template: str, values: Mapping[str, str]) -> str:
    """A Chinese template filled with `values`, spaced where a value meets the template: the
    template's space beside a placeholder is dropped between two Chinese characters (`只有
    {person} 承担` -> 只有赵磊承担, 实际为列表), kept beside Latin (只有 Zhao Lei 承担), and one is
    put between a Chinese character and a Latin letter or digit (`{n}个` -> 3 个)."""
    parts = _fields(template)
    if parts is None:
        return template.format(**values)
    out, after_value = "", False
    for literal, field in parts:
        out = _join(out, literal) if after_value else out + literal
        after_value = field is not None
        if field is not None:
            out = _join(out, values[field])
    return out


def _join(left: str, right: str) -> str:
    """`left` + `right`, spaced as Chinese is where they meet."""
    if not left or not right:
        return left + right
    if left[-1] == " " and len(left) > 1 and _cjk(left[-2]) and _cjk(right[0]):
        return left[:-1] + right
    if right[0] == " " and len(right) > 1 and _cjk(left[-1]) and _cjk(right[1]):
        return left + right[1:]
    if (_han(left[-1]) and _latin(right[0])) or (_latin(left[-1]) and _han(right[0])):
        return left + " " + right
    return left + right


class Msg(str):
    """A message by code and parameters; as a `str` it is the English text."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Msg:
        """Make the message `code` with `params`."""
        self = super().__new__(cls, text(code, "en", **params))
        self.code = code
        self.params = params
        return self

    def text(self, lang: Lang) -> str:
        """The message in `lang`."""
        return text(self.code, lang, **self.params)


def cut(text: str, limit: int = 200) -> str:
    """At most `limit` characters of user text echoed in a message (`…` where cut)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def localize(value: str, lang: Lang) -> str:
    """A `Msg` in `lang`; any other text as it is."""
    return value.text(lang) if isinstance(value, Msg) else value
