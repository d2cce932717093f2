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
    """The message `code` in `lang` with its placeholders filled."""
    template = _catalogue(lang).get(code)
    if template is None:
        template = _catalogue("en")[code]
    if not params:
        return template
    return template.format(**{k: show(v, lang) for k, v in params.items()})


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
