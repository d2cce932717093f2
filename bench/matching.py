"""How well free-text duties land in their role: the labelled set, right / wrong / unmatched.

Runs opsplan's matcher over tests/matching/labelled.yaml (duty lines in simplified and
traditional Chinese and English, each with the roles it may go to) and prints, per role and
overall, how many lines went to an acceptable role (right), to another role (wrong), or to none
(unmatched; for a line that belongs to no role, such as boilerplate, unmatched is right). The
held-out part (a fixed quarter, see the file's head) is shown apart from the tuning part:

    python bench/matching.py [--set labelled|blind|blind2 | --file FILE] [--roles FILE]
                             [--technique NAME] [--show wrong|unmatched|all] [--show-held-out]

`--technique` measures the alternatives the matcher was chosen from (see TECHNIQUES); `--show`
lists the lines of the tuning part that went wrong or unmatched (`--show-held-out` those of the
held-out part too: not for tuning).

`--set blind` measures tests/matching/blind.yaml instead: 200 lines written by another engineer
than the matcher's tuner, without seeing its phrases or the labelled set. The whole set is
held out (its misses are listed only with `--show-held-out`), and it is also shown per
language (simplified, traditional Chinese, English). `--set blind2` measures
tests/matching/blind2.yaml the same way: 250 lines written blind by a third engineer after two
rounds of tuning, 150 in people's own words for an `overload` profile and 100 in job-posting
style, also shown per style.

`--file FILE` measures a batch of new lines written in the same form, as a whole (a fresh
batch is measured so before anything is tuned on it, then added to the labelled set).
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "matching" / "labelled.yaml"
BLIND = ROOT / "tests" / "matching" / "blind.yaml"
BLIND2 = ROOT / "tests" / "matching" / "blind2.yaml"
SETS = {"labelled": LABELLED, "blind": BLIND, "blind2": BLIND2}
sys.path.insert(0, str(ROOT / "bench"))


def load(path: Path = LABELLED) -> list[tuple[str, tuple[str, ...]]]:
    """The labelled lines: (text, acceptable role ids), () for a line of no role. A file is a
    list of `text: ids` items, or a mapping of styles to such lists (see `styles`)."""
    return [(text, ids) for text, ids, _ in _items(path)]


def styles(path: Path) -> dict[str, str]:
    """Each line's style (the key it sits under; '' in a file that is a plain list)."""
    return {text: style for text, _, style in _items(path)}


def _items(path: Path) -> list[tuple[str, tuple[str, ...], str]]:
    """(text, acceptable role ids, style) for each line of a set file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups = data.items() if isinstance(data, dict) else [("", data)]
    lines = []
    for style, items in groups:
        for item in items:
            ((text, roles),) = item.items()
            ids = tuple(r for r in str(roles).split() if r != "none")
            lines.append((str(text), ids, str(style)))
    return lines


def held_out(text: str) -> bool:
    """The fixed rule, decided before tuning: CRC-32 of the UTF-8 text divisible by 4."""
    return zlib.crc32(text.encode("utf-8")) % 4 == 0


def language(text: str) -> str:
    """'en' for a line without Chinese, 'zh-Hant' where folding makes it simplified, else
    'zh-Hans' (tests/test_matching_floor.py checks this on the blind set's counts)."""
    import unicodedata

    from opsplan.core.hanzi import fold

    if not any("\u4e00" <= c <= "\u9fff" for c in text):
        return "en"
    return "zh-Hant" if fold(text) != unicodedata.normalize("NFKC", text).casefold() else "zh-Hans"


def outcome(found: str | None, roles: tuple[str, ...]) -> str:
    """'right', 'wrong' or 'unmatched' for a line matched to `found` (None: unmatched; a
    duty shared between roles, `a+b`, is right only when every one of them is acceptable)."""
    if found is None:
        return "right" if not roles else "unmatched"
    return "right" if all(role in roles for role in found.split("+")) else "wrong"


def by_role(text: str, roles: tuple[str, ...]) -> str:
    """A line's row: its first acceptable role, `none` for a line of no role."""
    return roles[0] if roles else "none"


def score(
    match: Callable[[str], str | None],
    lines: list[tuple[str, tuple[str, ...]]],
    row_of: Callable[[str, tuple[str, ...]], str] = by_role,
) -> dict[str, dict[str, int]]:
    """Counts per row (per role by default: see `by_role`)."""
    counts: dict[str, dict[str, int]] = {}
    for text, roles in lines:
        key = row_of(text, roles)
        row = counts.setdefault(key, {"right": 0, "wrong": 0, "unmatched": 0})
        row[outcome(match(text), roles)] += 1
    return counts


def total(counts: dict[str, dict[str, int]]) -> dict[str, int]:
    """The counts summed over roles."""
    out = {"right": 0, "wrong": 0, "unmatched": 0}
    for row in counts.values():
        for k, v in row.items():
            out[k] += v
    return out


def pct(row: dict[str, int], key: str) -> str:
    """The share of `key` in a row of counts, as a percentage."""
    n = sum(row.values())
    return f"{100 * row[key] / n:.0f}%" if n else "-"


def table(title: str, counts: dict[str, dict[str, int]], head: str = "role") -> None:
    """A Markdown table of the counts, worst rows first, and the overall row."""
    print(f"\n{title}\n")
    print(f"| {head} | lines | right | wrong | unmatched |")
    print("| --- | ---: | ---: | ---: | ---: |")
    rows = sorted(counts.items(), key=lambda kv: (kv[1]["right"] / sum(kv[1].values()), kv[0]))
    for role, row in rows:
        cells = [f"{row[k]} ({pct(row, k)})" for k in ("right", "wrong", "unmatched")]
        print(f"| {role} | {sum(row.values())} | " + " | ".join(cells) + " |")
    row = total(counts)
    cells = [f"**{row[k]} ({pct(row, k)})**" for k in ("right", "wrong", "unmatched")]
    print(f"| **overall** | {sum(row.values())} | " + " | ".join(cells) + " |")


def main() -> None:
    """Measure and print the tables."""
    from techniques import TECHNIQUES

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="labelled", choices=list(SETS), dest="lines")
    parser.add_argument("--file", help="a batch of new lines to measure as a whole")
    parser.add_argument("--roles", help="a role catalogue (default: the built-in one)")
    parser.add_argument("--technique", default="opsplan", choices=list(TECHNIQUES))
    parser.add_argument("--show", choices=["wrong", "unmatched", "all"])
    parser.add_argument("--show-held-out", action="store_true")
    args = parser.parse_args()
    from opsplan import api

    catalogue, _ = api.load_data(roles=args.roles)
    start = time.perf_counter()
    match = TECHNIQUES[args.technique](catalogue)
    built = time.perf_counter() - start
    path = Path(args.file) if args.file else SETS[args.lines]
    lines = load(path)
    blind = args.lines != "labelled" or args.file is not None
    tuning = [] if blind else [line for line in lines if not held_out(line[0])]
    held = lines if blind else [line for line in lines if held_out(line[0])]
    start = time.perf_counter()
    if tuning:
        table(f"Tuning part ({args.technique})", score(match, tuning))
    table(f"{'Blind set' if blind else 'Held-out part'} ({args.technique})", score(match, held))
    if blind:
        by_language = score(match, held, lambda text, _: language(text))
        table(f"Blind set per language ({args.technique})", by_language, "language")
        style = styles(path)
        if any(style.values()):
            by_style = score(match, held, lambda text, _: style[text])
            table(f"Blind set per style ({args.technique})", by_style, "style")
    every = total(score(match, lines))
    elapsed = time.perf_counter() - start
    n = sum(every.values())
    print(
        f"\nAll {n} lines: right {pct(every, 'right')}, wrong {pct(every, 'wrong')}, "
        f"unmatched {pct(every, 'unmatched')}; built in {built * 1000:.1f} ms, "
        f"{elapsed / (3 * n) * 1e6:.0f} us a line"
    )
    if args.show:
        shown = lines if args.show_held_out else tuning
        print()
        for text, roles in shown:
            found = match(text)
            result = outcome(found, roles)
            if result != "right" and args.show in (result, "all"):
                print(f"{result:9} {found or '-':22} want {' '.join(roles) or 'none':30} {text}")


if __name__ == "__main__":
    main()
