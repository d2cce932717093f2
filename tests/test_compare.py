"""`opsplan compare`: two sizes, two focuses, or a team against a profile; roles added and
dropped, people per role and the difference, each side's monthly cost."""

from __future__ import annotations

import csv
import io
import json

import pytest
from helpers import ROOT, check_golden, run

from opsplan import api
from opsplan.errors import UsageError


def test_two_sizes_with_one_focus_for_both() -> None:
    result = api.compare("small", "medium", marketing=True)
    assert (result.left.size, result.left.marketing) == ("small", True)
    assert (result.right.size, result.right.marketing) == ("medium", True)
    roles = {r.role: r for r in result.roles}
    assert roles["copywriter"].change == "added"
    assert (roles["copywriter"].left, roles["copywriter"].right) == (0, 1)
    assert roles["network-promotion"].delta == roles["network-promotion"].right - 2
    assert result.right.headcount - result.left.headcount == sum(r.delta for r in result.roles)
    assert result.cost is not None
    assert result.cost.delta.typical == pytest.approx(
        result.cost.right.typical - result.cost.left.typical, abs=0.01
    )


def test_a_side_names_its_own_focus() -> None:
    result = api.compare("medium:marketing", "medium")
    assert result.left.marketing
    assert not result.right.marketing
    changes = {r.role: r.change for r in result.roles}
    assert changes["network-security"] == "added"
    assert changes["merchandiser"] == "dropped"
    chinese = api.compare("中型:营销", "中型:非营销")
    assert chinese.roles == result.roles


def test_a_team_against_a_profile() -> None:
    result = api.compare(str(ROOT / "examples" / "team.yaml"), "medium:marketing")
    assert result.left.kind == "team"
    assert result.left.team == "Network marketing department"
    assert result.left.headcount == 7  # people, the open position left out
    roles = {r.role: r for r in result.roles}
    assert roles["merchandiser"].left == 0
    assert roles["network-promotion"].left == 1.5  # staffed FTE


def test_a_team_counts_covered_roles_in_the_entry_that_covers_them() -> None:
    result = api.compare(str(ROOT / "examples" / "team.yaml"), "small")
    roles = {r.role: r for r in result.roles}
    assert "sem" not in roles  # SEO and SEM is one person in a small department
    assert roles["seo"].left == 2.0  # Li Na's seo and sem, and Agency X's sem


def test_costs_add_up_per_side() -> None:
    result = api.compare("small", "large", marketing=True)
    assert result.cost is not None
    left = [r.left_cost for r in result.roles if r.left_cost is not None]
    assert result.cost.left.typical == pytest.approx(sum(left), abs=0.01)
    assert result.cost.roles_without_pay == ["merchandiser"]


@pytest.mark.parametrize(
    ("left", "message"),
    [
        ("mediun", "LEFT 'mediun': expected small, medium or large (did you mean medium?)"),
        ("medium:sales", "'sales': expected a focus after the colon"),
    ],
)
def test_a_bad_side_is_a_usage_error(left: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        api.compare(left, "small")
    assert message in str(caught.value)


def test_a_missing_team_file_is_a_usage_error() -> None:
    result = run(["compare", "no-such-team.yaml", "small"])
    assert result.exit_code == 2
    assert "no-such-team.yaml" in result.stderr


@pytest.mark.parametrize(("fmt", "lang"), [("table", "en"), ("json", "en"), ("table", "zh")])
def test_compare_golden(fmt: str, lang: str) -> None:
    result = run(["compare", "small", "medium", "--marketing", "-f", fmt, "--lang", lang])
    assert result.exit_code == 0, result.stderr
    check_golden(f"compare-small-medium-marketing-{lang}.{fmt}", result.stdout)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_compare_team_golden(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run(["compare", "examples/team.yaml", "medium:marketing", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    check_golden(f"compare-team-medium-{lang}.table", result.stdout)


def test_the_json_contract_and_the_csv() -> None:
    data = json.loads(run(["compare", "medium:marketing", "medium", "-f", "json"]).stdout)
    assert data["schema_version"] == 1
    assert {"left", "right", "roles", "cost"} <= set(data)
    assert {"role", "left", "right", "delta"} <= set(data["roles"][0])
    assert {"left", "right", "delta"} <= set(data["cost"])
    rows = list(
        csv.DictReader(io.StringIO(run(["compare", "small", "medium", "-f", "csv"]).stdout))
    )
    assert {"role", "left", "right", "delta", "change", "left_cost", "right_cost"} <= set(rows[0])
