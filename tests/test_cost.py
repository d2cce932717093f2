"""Pay data and `--cost`: the built-in pay file against its sources, what a role and a
department cost, a team's own pay, and a missing band that is never counted as zero."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import yaml
from helpers import DATA, ROOT, check_golden, run

from opsplan import api
from opsplan.core.cost import Cents, rates
from opsplan.core.plandata import check_pay
from opsplan.models.costed import CostedRecommendation, CostedTeamReport
from opsplan.models.pay import PayTable


def builtin_pay() -> PayTable:
    return api.load_plan_data(api.load_data()[0])[0]


# ---------------------------------------------------------------- the built-in pay file
def test_every_role_has_a_band_or_says_why_not() -> None:
    catalogue, _ = api.load_data()
    pay = builtin_pay()
    assert pay.indicative
    assert pay.note
    assert pay.note_zh
    assert set(pay.pay) == {r.id for r in catalogue.roles}
    for role, band in pay.pay.items():
        if band.kind == "none":
            assert band.figures() is None, role
            assert band.basis, role
            assert band.basis_zh, role
        else:
            assert band.figures() is not None, role
            assert band.source, role
        if band.kind == "proxy":
            assert band.job, role
        if band.kind == "estimate":
            assert band.basis, role
    assert check_pay(pay, catalogue, strict=True) == []


# The reference figures (the team's REFERENCES.md: i人事 2025 salary pages, 10th percentile,
# median and 90th percentile a month), by page id.
REFERENCE = {
    "317348": (6297, 12381, 24483),
    "818240": (4079, 6415, 10010),
    "867362": (4041, 6378, 10299),
    "443045": (3646, 5539, 8362),
    "754538": (3584, 5127, 7443),
    "475300": (4363, 8902, 16750),
    "594763": (2913, 4475, 7416),
    "903559": (5904, 10122, 17153),
    "456909": (3818, 6161, 9902),
    "802534": (3717, 5736, 8860),
    "447544": (3485, 5114, 7952),
    "388996": (4029, 6850, 11767),
    "322958": (8138, 12764, 20725),
    "380226": (8368, 13063, 19891),
    "317360": (6060, 10719, 19356),
    "903589": (3639, 5439, 8420),
}


def test_the_bands_are_the_reference_figures() -> None:
    """Each cited or proxy band is a row of the reference table, from the page its source
    names, cited by title with its publisher and year."""
    pay = builtin_pay()
    sources = {s.id: s for s in pay.sources}
    checked = 0
    for role, band in pay.pay.items():
        if band.kind not in ("cited", "proxy") or band.source is None:
            continue
        source = sources[band.source]
        assert source.publisher, role
        assert source.year, role
        page = band.source.removeprefix("ihr360-")
        assert str(source.url).endswith(page), role
        assert band.figures() == REFERENCE[page], role
        checked += 1
    assert checked == 17


def test_rates_add_the_on_costs_in_whole_cents() -> None:
    unit = rates(builtin_pay())
    assert unit["designer"] == Cents(501795, 774360, 1196100)  # 3,717 / 5,736 / 8,860 x 1.35
    assert "merchandiser" not in unit  # no band: no rate, never a zero
    assert Cents(100, 200, 300).times(0.5) == Cents(50, 100, 150)


# ---------------------------------------------------------------- recommend --cost
def test_recommend_cost_adds_up() -> None:
    result = api.recommend(size="medium", marketing=True, cost=True)
    assert isinstance(result, CostedRecommendation)
    cost = result.cost
    priced = [r.monthly.typical for r in cost.roles if r.monthly is not None]
    assert cost.monthly.typical == pytest.approx(sum(priced), abs=0.01)
    assert cost.yearly.typical == pytest.approx(12 * cost.monthly.typical, abs=0.01)
    assert cost.roles_without_pay == ["merchandiser"]
    assert cost.at_least
    assert next(s.id for s in cost.sources) == "oncost-guide"


def test_recommend_without_cost_is_unchanged() -> None:
    plain = json.loads(run(["recommend", "-s", "small", "-f", "json"]).stdout)
    assert "cost" not in plain


def test_pay_file_implies_cost_and_its_bands_are_used() -> None:
    result = api.recommend(size="medium", marketing=True, pay=str(ROOT / "examples" / "pay.yaml"))
    assert isinstance(result, CostedRecommendation)
    assert not result.cost.at_least
    assert result.cost.pay.on_cost == 0.353
    designer = next(r for r in result.cost.roles if r.role == "designer")
    assert designer.monthly is not None
    assert designer.monthly.typical == 9000 * 1.353


def test_fte_costs_the_fraction() -> None:
    result = api.recommend(size="large", fte=True, cost=True)
    assert isinstance(result, CostedRecommendation)
    row = next(r for r in result.cost.roles if r.role == "network-tech")
    assert row.people == 2.3
    assert row.monthly is not None
    assert row.monthly.typical == pytest.approx(2.3 * 8317.35, abs=0.01)


def test_a_missing_band_is_no_zero_in_any_format() -> None:
    args = ["recommend", "-s", "medium", "--marketing", "--cost"]
    rows = list(csv.DictReader(io.StringIO(run([*args, "-f", "csv"]).stdout)))
    merchandiser = next(r for r in rows if r["role"] == "merchandiser")
    assert merchandiser["cost_typical"] == ""
    table = run(args).stdout
    assert re.search(r"Merchandiser.*no figure", table)
    assert re.search(r"Total +≥ [\d,]+", table)
    assert "at least" in table


@pytest.mark.parametrize(("fmt", "lang"), [("table", "en"), ("csv", "en"), ("table", "zh")])
def test_recommend_cost_golden(fmt: str, lang: str) -> None:
    result = run(["recommend", "-s", "medium", "--marketing", "--cost", "-f", fmt, "--lang", lang])
    assert result.exit_code == 0, result.stderr
    check_golden(f"recommend-medium-marketing-cost-{lang}.{fmt}", result.stdout)


# ---------------------------------------------------------------- team --cost
def test_team_cost_shares_own_pay_outsourced_and_vacancies(tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "company": {"size": "small"},
                "currency": "CNY",
                "people": [
                    {
                        "name": "A",
                        "roles": {"designer": 0.5, "new-media": 0.5},
                        "capacity_hours": 20,
                    },
                    {"name": "B", "roles": ["seo"], "pay": 10000},
                    {"name": "C", "roles": ["sem"], "outsourced": True},
                    {"name": "D", "roles": ["sem"], "outsourced": True, "pay": 3000},
                    {"name": "E", "roles": ["designer"], "vacancy": True},
                ],
            }
        ),
        encoding="utf-8",
    )
    report = api.team(team=str(path), cost=True)
    assert isinstance(report, CostedTeamReport)
    cost = report.cost
    unit = rates(builtin_pay())
    # A: a quarter of a designer and of a new-media band (half her time, half a week)
    a = (unit["designer"].typical + unit["new-media"].typical) * 0.25
    expected = a + 10000 * 1.35 * 100 + 3000 * 100  # B with on-costs; D's fee as it is
    assert cost.monthly.typical == pytest.approx(expected / 100, abs=0.02)
    assert (cost.own_pay, cost.not_costed) == (2, 1)
    assert not cost.at_least


def test_a_currency_that_differs_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_text(
        "company: {size: small}\ncurrency: USD\npeople:\n  - {name: A, roles: [seo], pay: 9000}\n",
        encoding="utf-8",
    )
    for args in (
        ["team", str(path), "--cost"],
        ["plan", "--team", str(path), "--start", "2027-01"],
    ):
        result = run(args)
        assert result.exit_code == 1, result.stdout
        assert f"{path}:2:11: error: currency: the team's pay is in USD" in result.stderr


def test_team_cost_golden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run(["team", "examples/team.yaml", "--cost"])
    assert result.exit_code == 0, result.stderr
    check_golden("team-cost.table", result.stdout)


# ---------------------------------------------------------------- the pay file as a kind of file
def test_schema_and_validate_know_the_new_kinds() -> None:
    kinds = json.loads(run(["schema", "-f", "json"]).stdout)
    assert {"pay", "hiring"} <= {k["name"] for k in kinds}
    schema = json.loads(run(["schema", "pay"]).stdout)
    assert schema["properties"]["on_cost"]["maximum"] == 2
    assert "pay" in schema["required"]
    assert "currency" in schema["required"]
    result = run(["validate", str(DATA / "pay.yaml"), str(DATA / "hiring.yaml")])
    assert result.exit_code == 0, result.stdout


def test_a_pay_file_given_as_norms_is_called_what_it_is() -> None:
    result = run(["recommend", "-s", "small", "--norms", str(DATA / "pay.yaml")])
    assert result.exit_code == 1
    assert "this is a pay file, not the kind expected here; pass it as --pay" in result.stderr
