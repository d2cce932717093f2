"""docs/calibration.md cannot drift: its table of what the model implies is recomputed here from
the data (OPSPLAN_UPDATE_GOLDEN=1 rewrites it), and its headline figures are checked."""

from __future__ import annotations

import re

import pytest
from helpers import ROOT, UPDATE

from opsplan import api
from opsplan.core.workload import driver_values, productive_hours, role_demand
from opsplan.models.data import Catalogue, NormSet

PAGE = ROOT / "docs" / "calibration.md"
START, END = "<!-- implied: start -->", "<!-- implied: end -->"

# (label, roles, the driver one person's load is measured in)
ROWS: list[tuple[str, tuple[str, ...], str]] = [
    ("IT support (office network, desktop, onboarding)",
     ("network-tech", "tech-support", "it-asset-management"), "employees"),
    ("Web and graphic designer", ("designer",), "designs"),
    ("Copywriter", ("copywriter",), "copy_pieces"),
    ("Website editor", ("editor",), "articles"),
    ("SEO specialist", ("seo",), "sites"),
    ("SEM (paid search) specialist", ("sem",), "ad_accounts"),
    ("New-media operator", ("new-media",), "platforms"),
    ("Network promotion specialist", ("network-promotion",), "channels"),
    ("Merchandiser", ("merchandiser",), "orders"),
]  # fmt: skip


def slope(catalogue: Catalogue, norms: NormSet, roles: tuple[str, ...], driver: str) -> float:
    """Weekly hours one more unit of `driver` adds (the other drivers at medium defaults)."""
    by_id = catalogue.by_id()

    def demand(value: float) -> float:
        drivers = driver_values(norms, "medium", {driver: value})
        return sum(role_demand(by_id[r], drivers) for r in roles)

    return demand(1) - demand(0)


def flat(catalogue: Catalogue, norms: NormSet, roles: tuple[str, ...], driver: str) -> float:
    """Weekly hours of the roles that do not grow with `driver` (medium defaults)."""
    drivers = driver_values(norms, "medium", {driver: 0})
    return sum(role_demand(catalogue.by_id()[r], drivers) for r in roles)


def number(value: float) -> str:
    """A figure as the page gives it: 3 significant digits, no trailing zeros."""
    return f"{value:,.3g}" if value < 1000 else f"{value:,.0f}"


def implied_table(catalogue: Catalogue, norms: NormSet) -> str:
    """The page's table: per role, the effort per unit and what one full-time person handles."""
    per_person = productive_hours(norms)
    lines = [
        "| Role | Driver (unit) | Hours a week per unit | One full-time person handles |",
        "| --- | --- | ---: | ---: |",
    ]
    for label, roles, driver in ROWS:
        hours = slope(catalogue, norms, roles, driver)
        if len(roles) > 1:  # IT: ticket work only, against employees
            handles = per_person / hours
        else:
            handles = (per_person - flat(catalogue, norms, roles, driver)) / hours
        unit = norms.drivers[driver].unit
        lines.append(
            f"| {label} | `{driver}` ({unit}) | {number(hours)} | {number(handles)} {unit} |"
        )
    return "\n".join(lines) + "\n"


def test_the_page_holds_the_table_the_data_implies() -> None:
    catalogue, norms = api.load_data()
    text = PAGE.read_text(encoding="utf-8")
    before, rest = text.split(START + "\n", 1)
    current, after = rest.split(END, 1)
    table = implied_table(catalogue, norms)
    if UPDATE:
        PAGE.write_text(before + START + "\n" + table + END + after, encoding="utf-8")
        return
    assert current == table, f"{PAGE} is stale: run with OPSPLAN_UPDATE_GOLDEN=1"


def test_the_headline_it_ratio_matches_the_data() -> None:
    # "one IT person per N employees" in the page's prose is the table's IT row
    catalogue, norms = api.load_data()
    _, roles, driver = ROWS[0]
    per_employee = slope(catalogue, norms, roles, driver)
    ratio = productive_hours(norms) / per_employee
    text = PAGE.read_text(encoding="utf-8")
    assert f"one IT person per {number(ratio)} employees" in text
    # 0.75 tickets a month x 12/52 x 1 h a ticket (0.45 + 0.38 + 0.17 of it)
    assert per_employee == pytest.approx(0.75 * 12 / 52 * 1.0)


def test_the_page_cites_every_benchmark_the_data_cites() -> None:
    catalogue, norms = api.load_data()
    text = PAGE.read_text(encoding="utf-8")
    for source in [*catalogue.sources, *norms.sources]:
        if source.publisher:
            assert source.title in text, source.id


def test_the_readme_links_the_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"\]\(docs/calibration\.md\)", readme)
