"""The matching techniques bench/matching.py measures: opsplan's, and the alternatives.

Each maker takes a catalogue and returns `match(text) -> role id or None`.
"""

from __future__ import annotations

from collections.abc import Callable

from opsplan.models import Catalogue

Matcher = Callable[[str], "str | None"]


def opsplan_matcher(catalogue: Catalogue) -> Matcher:
    """The matcher opsplan ships."""
    from opsplan.core.matching import TaskMatcher

    matcher = TaskMatcher(catalogue)
    return lambda text: matcher.match(text).role


TECHNIQUES: dict[str, Callable[[Catalogue], Matcher]] = {"opsplan": opsplan_matcher}
