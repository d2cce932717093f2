"""Text for a terminal or a log: control characters, bidi overrides and undecodable bytes
escaped so that user text cannot act on the terminal or forge a line. Light: no other import."""

from __future__ import annotations

import re

from opsplan.i18n import cut

__all__ = ["cut", "safe", "unicode_only"]

# C0 and C1 controls, DEL, the bidirectional overrides, and the bytes of a file name that were
# not UTF-8 (Python's surrogate escapes): shown escaped, never sent raw.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\udc80-\udcff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile("[\r\n\t]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def unicode_only(text: str) -> str:
    """`text` with the undecodable bytes of a file name written as `\\xff` (valid Unicode,
    for JSON), other text unchanged."""
    return _SURROGATE.sub(_escape, text) if not text.isascii() else text


def safe(text: str, *, one_line: bool = True) -> str:
    """`text` with control characters escaped (`\\x1b`); newlines too when `one_line`."""
    text = _CONTROL.sub(_escape, text)
    return _LINE_BREAKS.sub(_escape, text) if one_line else text
