"""Print opsplan's traditional-to-simplified table (opsplan/core/hanzi.py) for a vocabulary.

A development tool, not a dependency: it asks OpenCC (`pip install opencc`) for the
traditional forms (standard, Taiwan and Hong Kong) of every Chinese character in the built-in
catalogue and the labelled duty lines, and prints the pairs whose forms differ. Characters
that are themselves simplified forms in the vocabulary are left out, so simplified text never
changes:

    python bench/hanzi_table.py > /tmp/table.txt
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def vocabulary() -> set[str]:
    """The CJK characters of the built-in catalogue and the labelled set."""
    text = (ROOT / "data" / "roles.yaml").read_text(encoding="utf-8")
    text += (ROOT / "tests" / "matching" / "labelled.yaml").read_text(encoding="utf-8")
    return {c for c in text if "\u4e00" <= c <= "\u9fff"}


def main() -> None:
    """Print TRADITIONAL and SIMPLIFIED as two Python strings."""
    import importlib

    opencc = importlib.import_module("opencc")

    to_simple = opencc.OpenCC("t2s")
    chars = vocabulary()
    simple = {to_simple.convert(c) for c in chars}
    pairs: dict[str, str] = {}
    for config in ("s2t", "s2tw", "s2hk"):
        convert = opencc.OpenCC(config)
        for s in sorted(simple):
            t = convert.convert(s)
            if t != s and t not in simple and to_simple.convert(t) == s:
                pairs[t] = s
    for c in sorted(chars - simple):  # traditional characters written in the vocabulary
        pairs.setdefault(c, to_simple.convert(c))
    keys = sorted(pairs)
    print(f'TRADITIONAL = "{"".join(keys)}"')
    print(f'SIMPLIFIED = "{"".join(pairs[k] for k in keys)}"')


if __name__ == "__main__":
    main()
