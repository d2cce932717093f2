"""Traditional Chinese folded to simplified, for matching.

The table is data (`data/hanzi.json`, made from OpenCC's dictionaries by
`tools/hanzi_table.py`; OpenCC is Apache-2.0, see `data/LICENSE-OpenCC.txt`): every traditional
character of OpenCC with its Taiwan and Hong Kong variants, to the simplified form (about 4,100),
and the phrases where a character-by-character conversion gives another word than the mainland's
(帳號 -> 账号, 伺服器 -> 服务器, 軟體 -> 软件). It is read only when a text first holds a
character outside ASCII (about a millisecond), and phrases are looked for only in text that has
a traditional character. Both sides are folded, the duty and the catalogue's phrases, so a
phrase written in either script finds the other. Simplified text never changes: characters that
simplified text uses are not in the table.
"""

from __future__ import annotations

_DATA: dict[str, str] = {}  # hanzi.json's two strings of characters, as read
_TRADITIONAL: set[str] = set()  # the traditional characters: read on the first non-ASCII text
_TABLE: dict[int, str] = {}  # built on the first text with a traditional character
_PHRASES: dict[str, list[str]] = {}  # first character -> its phrases, the longer first
_TARGETS: dict[str, str] = {}  # phrase -> mainland word, both case folded as a text is


def _load() -> None:
    import importlib
    import json
    import os

    folder = os.path.dirname(str(importlib.import_module("opsplan.data").__file__))
    with open(os.path.join(folder, "hanzi.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    _DATA.update(traditional=data["traditional"], simplified=data["simplified"])
    _TARGETS.update((p.casefold(), t.casefold()) for p, t in data["phrases"].items())
    _TRADITIONAL.update(data["traditional"] or "\0")  # an empty table is read once all the same


def _build() -> None:
    _TABLE.update(zip(map(ord, _DATA["traditional"]), _DATA["simplified"], strict=True))
    for phrase in sorted(_TARGETS, reverse=True):  # a phrase before its start: 位元組, 位元
        _PHRASES.setdefault(phrase[0], []).append(phrase)
    _TABLE.setdefault(0, "\0")


def fold(text: str) -> str:
    """`text` as matching compares it: full-width forms and compatibility characters folded
    (NFKC), case folded, and traditional Chinese made simplified (phrases first, then
    characters)."""
    import unicodedata

    folded = unicodedata.normalize("NFKC", text).casefold()
    if folded.isascii():
        return folded
    if not _TRADITIONAL:
        _load()
    if _TRADITIONAL.isdisjoint(folded):
        return folded
    if not _TABLE:
        _build()
    return _phrases(folded).translate(_TABLE)


def _phrases(text: str) -> str:
    """`text` with the table's phrases replaced by their mainland words, longest first."""
    out: list[str] = []
    end = 0  # where the last phrase replaced ends
    for i, char in enumerate(text):
        if i < end:
            continue
        for phrase in _PHRASES.get(char, ()):
            if text.startswith(phrase, i):
                out.append(_TARGETS[phrase])
                end = i + len(phrase)
                break
        else:
            out.append(char)
    return "".join(out)
