"""Every effort and driver default has a basis: the data, the checks, the views, the shares."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import ROOT, run

from opsplan import api
from opsplan.core.basis import basis_note, percentages
from opsplan.core.checks import check_bases, check_driver_bases, check_driver_names
from opsplan.core.workload import backing, demand_by_basis, driver_values, duty_hours
from opsplan.models.data import Catalogue, NormSet
from opsplan.views.roles import exact

CATALOGUE, NORMS = api.load_data()


def test_the_built_in_data_passes_the_strict_checks() -> None:
    assert check_bases(CATALOGUE, strict=True) == []
    assert check_driver_bases(NORMS, strict=True) == []
    assert check_driver_names(NORMS) == []


def test_every_built_in_effort_and_default_has_a_basis_in_both_languages() -> None:
    for role in CATALOGUE.roles:
        for duty in role.duties:
            assert duty.basis is not None, (role.id, duty.name)
            text = duty.basis.reason_zh or duty.basis.figure_zh
            assert text, (role.id, duty.name)
            assert not text.isascii(), (role.id, duty.name)
    for key, driver in NORMS.drivers.items():
        assert driver.basis is not None, key
        assert driver.name_zh, key
        assert not driver.name_zh.isascii(), key


def test_a_benchmark_names_publisher_and_year_or_when_it_was_read() -> None:
    cited = {s for r in CATALOGUE.roles for d in r.duties if d.basis for s in d.basis.sources}
    for source in CATALOGUE.sources:
        if source.id in cited:
            assert source.publisher, source.id
            assert source.year or source.accessed, source.id
            assert source.second_hand == bool(source.via), source.id


def strip(data: Any, key: str) -> Any:
    """`data` with every `key` removed at any depth."""
    if isinstance(data, dict):
        return {k: strip(v, key) for k, v in data.items() if k != key}
    if isinstance(data, list):
        return [strip(v, key) for v in data]
    return data


def test_missing_bases_are_errors_when_strict_and_warnings_otherwise() -> None:
    raw = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))
    bare = Catalogue.model_validate(strip(raw, "basis"), strict=False)
    duties = sum(len(r.duties) for r in bare.roles)
    strict = check_bases(bare, strict=True)
    assert len(strict) == duties
    assert {f.level for f in strict} == {"error"}
    assert {f.message.code for f in strict} == {"effort_no_basis"}
    assert {f.level for f in check_bases(bare, strict=False)} == {"warning"}


def test_an_incomplete_basis_says_what_it_lacks() -> None:
    raw = yaml.safe_load((ROOT / "data" / "norms.yaml").read_text(encoding="utf-8"))
    raw["drivers"]["tickets"]["basis"] = {"kind": "derived", "sources": ["nope"]}
    raw["drivers"]["posts"]["name_zh"] = "平台数"
    norms = NormSet.model_validate(raw, strict=False)
    found = {(f.message.code, str(f.message)) for f in check_driver_bases(norms, strict=True)}
    assert ("basis_incomplete", "a basis of kind 'derived' needs `figure:`") in found
    assert ("basis_incomplete", "a basis of kind 'derived' needs `derivation:`") in found
    assert any(code == "unknown_source" for code, _ in found)
    twice = [str(f.message) for f in check_driver_names(norms)]
    assert twice == ["the name '平台数' of driver 'posts' is already driver 'platforms''s"]


def test_validate_warns_for_a_user_catalogue_and_still_passes(tmp_path: Path) -> None:
    raw = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))
    raw["roles"][0]["duties"][0].pop("basis")
    path = tmp_path / "roles.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    result = run(["validate", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["files"][0]["valid"] is True
    assert data["files"][0]["warnings"] == 1
    assert [p["code"] for p in data["problems"]] == ["effort_no_basis"]
    assert data["problems"][0]["level"] == "warning"


def test_monthly_and_multiplied_drivers() -> None:
    # 200 employees x 0.75 tickets a month x 12/52 = 34.6 tickets a week; 0.38 h each
    drivers = driver_values(NORMS, "medium", {})
    desktop = CATALOGUE.by_id()["tech-support"].duties[0]
    assert desktop.drivers() == ("employees", "tickets")
    assert duty_hours(desktop, drivers) == pytest.approx(0.38 * 200 * 0.75 * 12 / 52)
    doubled = driver_values(NORMS, "medium", {"tickets": 1.5})
    assert duty_hours(desktop, doubled) == pytest.approx(2 * duty_hours(desktop, drivers))
    assert doubled.values["tickets"] == 1.5  # shown as given, not per week


def test_demand_splits_by_what_its_efforts_rest_on() -> None:
    drivers = driver_values(NORMS, "medium", {})
    designer = CATALOGUE.by_id()["designer"]
    assert [backing(d) for d in designer.duties] == ["benchmark", "assumption"]
    split = demand_by_basis(designer.duties, drivers)
    assert split == {"benchmark": 2 * 12, "assumption": 4, "unsourced": 0}


@pytest.mark.parametrize(
    ("fractions", "expected"),
    [([0.625, 0.375], [63, 37]), ([1 / 3, 1 / 3, 1 / 3], [34, 33, 33]), ([1.0, 0.0], [100, 0])],
)
def test_shares_are_whole_percentages_that_add_up(
    fractions: list[float], expected: list[int]
) -> None:
    assert percentages(fractions) == expected


def test_recommend_and_overload_say_what_the_demand_rests_on() -> None:
    result = json.loads(run(["recommend", "-s", "medium", "--marketing", "-f", "json"]).stdout)
    note = next(n for n in result["notes"] if n["code"] == "basis_share")
    assert note["params"]["benchmark"] + note["params"]["assumption"] == 100
    assert note["params"]["benchmark"] == round(
        100 * result["basis"]["benchmark"] / sum(result["basis"].values())
    )
    text = run(["overload", str(ROOT / "examples" / "allrounder.yaml")]).stdout
    assert "% is hours you gave, " in text
    assert "% rests on cited benchmarks" in text
    zh = run(["recommend", "-s", "small", "--lang", "zh"]).stdout
    assert "以引用的基准数据为依据" in zh


def test_a_catalogue_without_bases_says_so_in_the_share() -> None:
    assert basis_note({"benchmark": 0, "assumption": 0}) is None
    note = basis_note({"benchmark": 1, "assumption": 1, "unsourced": 2})
    assert note is not None
    assert (note.code, note.params["unsourced"]) == ("basis_share_unsourced", 50)


def test_roles_shows_each_effort_exactly_and_its_basis() -> None:
    # was: `0.1 per people` for 0.05, and 0 for 0.02 (rounded to one decimal)
    for role in ("network-security", "erp-admin", "network-tech", "tech-support"):
        out = run(["roles", role]).stdout
        for duty in CATALOGUE.by_id()[role].duties:
            assert f" {exact(duty.hours)} " in out, (role, duty.hours)
    out = run(["roles", "network-security"]).stdout
    assert "0.01" in out
    assert "assumption" in out
    out = run(["roles", "tech-support"]).stdout
    assert "0.38   people × tickets/month   derived [2, 3]" in out  # noqa: RUF001
    flat = " ".join(out.split())
    assert "“2026 IT Help Desk Benchmark Report”, Fixify, 2026 (second-hand, via" in flat
    zh = run(["roles", "tech-support", "--lang", "zh"]).stdout
    assert "推算 [2, 3]" in zh
    assert "各项工作量的依据：" in zh  # noqa: RUF001


def test_drivers_show_where_each_default_comes_from() -> None:
    out = run(["drivers"]).stdout
    assert "Where each default comes from:" in out
    assert "tickets: cited:" in out
    zh = run(["drivers", "--lang", "zh"]).stdout
    assert "平台数" in zh
    assert "人均工单数" in zh
    assert "各项默认值的依据：" in zh  # noqa: RUF001
    data = json.loads(run(["drivers", "--format", "json"]).stdout)
    tickets = next(d for d in data if d["id"] == "tickets")
    assert (tickets["name_zh"], tickets["period"], tickets["basis"]["kind"]) == (
        "人均工单数",
        "month",
        "cited",
    )
    assert tickets["sources"][0]["publisher"] == "SmarterMSP (Barracuda MSP)"
    zh_data = json.loads(run(["drivers", "--format", "json", "--lang", "zh"]).stdout)
    assert next(d for d in zh_data if d["id"] == "platforms")["name"] == "平台数"


def test_the_schema_describes_the_basis() -> None:
    schema = api.schema("roles")
    basis = schema["$defs"]["Basis"]  # type: ignore[index]
    assert basis["properties"]["kind"]["enum"] == ["cited", "derived", "assumption"]
    duty = schema["$defs"]["Duty"]  # type: ignore[index]
    assert {"basis", "named_by", "driver"} <= set(duty["properties"])
    norms = api.schema("norms")
    driver = norms["$defs"]["Driver"]  # type: ignore[index]
    assert {"name_zh", "period", "basis", "counted"} <= set(driver["properties"])
