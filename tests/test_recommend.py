"""What `recommend` returns, beyond the goldens: the error for a size without a norm, the
optional roles' total, the notes (outside the norm, shared roles, the hours a person gives, what
the demand rests on) and the roles shared by one person. Written from the mutants of
core/recommend.py that the other tests let live (docs/mutation.md)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from helpers import run, typed

from opsplan import api
from opsplan.api import load_data
from opsplan.core.basis import basis_note
from opsplan.core.recommend import recommend, share_roles, whole_people
from opsplan.errors import UsageError
from opsplan.models.data import Catalogue, NormSet, Size
from opsplan.models.recommend import Recommendation, RoleRecommendation

CATALOGUE, NORMS = load_data()
ZERO = dict.fromkeys(NORMS.drivers, 0.0)


def notes(result: Recommendation, code: str) -> list[dict[str, Any]]:
    return [n.params for n in result.notes if n.code == code]


def with_norm(**changes: object) -> NormSet:
    """The built-in norms with the small, not marketing-focused norm changed."""
    norms = [
        n.model_copy(update=changes) if (n.size, n.marketing) == ("small", False) else n
        for n in NORMS.norms
    ]
    return NORMS.model_copy(update={"norms": norms})


def test_a_size_without_a_norm_is_a_usage_error_that_names_it() -> None:
    norms = NORMS.model_copy(update={"norms": [n for n in NORMS.norms if n.size != "small"]})
    with pytest.raises(UsageError) as error:
        recommend(CATALOGUE, norms, "small", True)
    assert str(error.value) == "the norms file has no norm for a small marketing-focused department"
    with pytest.raises(UsageError) as error:
        recommend(CATALOGUE, norms, "small", False)
    assert str(error.value).endswith("no norm for a small not marketing-focused department")


def test_the_optional_roles_have_their_own_total() -> None:
    large = recommend(CATALOGUE, NORMS, "large", True)
    optional = [r for r in large.roles if r.optional]
    assert len(optional) == 4
    assert large.optional_total is not None
    assert (large.optional_total.min, large.optional_total.max) == (4, 4)
    assert large.optional_total.recommended == sum(r.recommended for r in optional)
    assert recommend(CATALOGUE, NORMS, "small", True).optional_total is None


def test_under_fte_the_totals_and_notes_give_the_fte() -> None:
    result = recommend(CATALOGUE, NORMS, "medium", False, fte=True)
    rows = {r.role: r for r in result.roles}
    assert rows["network-tech"].recommended == 0.8  # 0.83 FTE, to one decimal
    assert rows["network-tech"].hours_per_person == 32.0  # the demand over the unrounded FTE
    assert (result.total.recommended, result.total.outside) == (3.9, "below")
    big = recommend(CATALOGUE, NORMS, "small", False, dict.fromkeys(NORMS.drivers, 1000), True)
    assert big.total.outside == "above"
    seo = notes(big, "above_norm")[0]
    assert seo["implied"] == 625.1  # the FTE, not the whole people
    assert seo["role"] == {"en": "SEO and SEM (one person)", "zh": "SEO 和 SEM（一人兼任）"}  # noqa: RUF001


def test_a_role_below_its_norm_says_so_with_its_minimum() -> None:
    result = recommend(CATALOGUE, NORMS, "large", True, ZERO)
    below = notes(result, "below_norm")
    assert below[0] == {
        "role": {"en": "Network promotion specialist", "zh": "网络推广专员"},
        "implied": 1,
        "max": 50,
        "min": 5,
    }
    assert notes(result, "above_norm") == []
    assert result.total.outside is None  # whole people are clamped to the norm


def test_whole_people() -> None:
    assert whole_people(2.0000000001) == 2
    assert whole_people(2.0005) == 3
    assert whole_people(0.0) == 0


def test_what_the_demand_rests_on() -> None:
    assert basis_note({"given": 10.0}) is None  # nothing estimated
    assert basis_note({}) is None
    small = basis_note({"benchmark": 0.5})
    assert small is not None
    assert (small.code, small.params["benchmark"]) == ("basis_share", 100)
    note = basis_note({"benchmark": 30.0, "assumption": 10.0})
    assert note is not None
    assert note.params == {"given": 0, "benchmark": 75, "assumption": 25, "unsourced": 0}
    given = basis_note({"given": 20.0, "benchmark": 10.0, "unsourced": 10.0})
    assert given is not None
    assert given.code == "basis_share_given_unsourced"
    assert given.params == {"given": 50, "benchmark": 25, "assumption": 0, "unsourced": 25}


def test_the_recommendations_basis_is_to_two_decimals() -> None:
    assert recommend(CATALOGUE, NORMS, "small", True).basis == {
        "benchmark": 53.09,
        "assumption": 87.0,
    }


# notes from the norm and its source


def test_a_norm_without_a_section_or_a_known_source() -> None:
    norms = with_norm(section=None, source="my-own-survey")
    result = recommend(CATALOGUE, norms, "small", False)
    assert notes(result, "per_person_section") == []
    assert notes(result, "per_person") == [
        {
            "capacity": 40.0,
            "utilization": 80,
            "hours": 32.0,
            "source": {"en": "my-own-survey", "zh": "my-own-survey"},
        }
    ]


def test_a_norm_row_with_covers_and_no_label_joins_the_names() -> None:
    norm = NORMS.norm("small", False)
    assert norm is not None
    roles = [r.model_copy(update={"label": None, "label_zh": None}) for r in norm.roles]
    result = recommend(CATALOGUE, with_norm(roles=roles), "small", False)
    seo = result.roles[0]
    assert (seo.label, seo.label_zh) == (
        "SEO specialist + SEM (paid search) specialist",
        "SEO 专员+SEM 竞价专员",
    )
    labelled = [r.model_copy(update={"label_zh": None}) for r in norm.roles]
    seo = recommend(CATALOGUE, with_norm(roles=labelled), "small", False).roles[0]
    assert seo.label_zh == "SEO and SEM (one person)"


# roles shared by one person


def test_shared_roles_and_their_notes() -> None:
    result = recommend(CATALOGUE, NORMS, "small", True)
    codes = [n.code for n in result.notes]
    assert codes == [
        *["data_note", "role_note", "basis_share", "shared_roles", "shared_roles"],
        *["shared_headcount_below_cited", "per_person_section"],
    ]
    first = notes(result, "shared_roles")[0]
    assert [r["params"]["fte"] for r in first["roles"]] == [0.4, 0.4]
    assert first["fte"] == 0.8  # 0.81 to one decimal
    headcount = notes(result, "shared_headcount_below_cited")[0]
    assert headcount["source"] == {
        "en": "A brief description of internet operations job functions",
        "zh": "互联网运营职能岗位简述",
    }
    medium = recommend(CATALOGUE, NORMS, "medium", False)
    assert notes(medium, "shared_headcount_below_cited")[0] == {
        "n": 5,
        "total": 6,
        "min": 6,
        "source": headcount["source"],
    }


def test_shared_headcount_not_below_the_norm_and_without_a_source() -> None:
    catalogue = CATALOGUE.model_copy(update={"sources": []})
    norm = NORMS.norm("medium", False)
    assert norm is not None
    low = [r.model_copy(update={"min": 0}) for r in norm.roles]  # a norm of at least 0 people
    norms = NORMS.model_copy(
        update={
            "norms": [n.model_copy(update={"roles": low}) if n is norm else n for n in NORMS.norms]
        }
    )
    result = recommend(catalogue, norms, "medium", False)
    assert [n.code for n in result.notes if n.code.startswith("shared_head")] == [
        "shared_headcount"
    ]


def test_a_role_of_exactly_half_a_person_is_not_shared() -> None:
    result = recommend(CATALOGUE, NORMS, "small", True, {"designs": 6})  # 16 h: 0.5 FTE
    assert next(r for r in result.roles if r.role == "designer").implied_raw == 0.5
    assert all("designer" not in g.roles for g in result.shared)


def rows_of(implied: dict[str, float]) -> list[RoleRecommendation]:
    rows = {r.role: r for r in recommend(CATALOGUE, NORMS, "large", False).roles}
    return [rows[k].model_copy(update={"implied_raw": v}) for k, v in implied.items()]


def test_a_role_is_shared_with_its_own_family_first_then_the_fullest() -> None:
    # editor and copywriter are content; network tech and security are tech; data analyst
    # is analytics
    rows = rows_of(
        {
            "editor": 0.49,
            "copywriter": 0.49,
            "network-tech": 0.3,
            "network-security": 0.01,
            "data-analyst": 0.005,
        }
    )
    groups = [g.roles for g in share_roles(rows, CATALOGUE)]
    assert groups == [
        ["copywriter", "editor", "data-analyst"],  # no analytics: the fullest with room
        ["network-tech", "network-security"],  # the tech one, not the fullest
    ]


def test_a_role_with_no_demand_is_not_shared() -> None:
    rows = rows_of({"editor": 0.3, "copywriter": 0.0, "network-tech": 0.2})
    assert [g.roles for g in share_roles(rows, CATALOGUE)] == [["editor", "network-tech"]]


def test_a_role_with_no_demand_under_fte_has_no_hours_per_person() -> None:
    designer = CATALOGUE.by_id()["designer"]
    driven = [d for d in designer.duties if d.drivers()]
    roles = [
        r.model_copy(update={"duties": driven}) if r is designer else r for r in CATALOGUE.roles
    ]
    catalogue: Catalogue = CATALOGUE.model_copy(update={"roles": roles})
    result = recommend(catalogue, NORMS, "small", False, {"designs": 0}, fte=True)
    row = next(r for r in result.roles if r.role == "designer")
    assert (row.recommended, row.hours_per_person, row.demand_hours) == (0.0, 0.0, 0.0)


def test_roles_adding_up_to_exactly_one_person_share_one() -> None:
    rows = rows_of({"editor": 0.4, "network-tech": 0.35, "data-analyst": 0.25})
    assert [(g.roles, g.fte) for g in share_roles(rows, CATALOGUE)] == [
        (["editor", "network-tech", "data-analyst"], 1.0)
    ]


def test_shared_headcount_at_the_norms_minimum_is_not_below_it() -> None:
    norm = NORMS.norm("medium", False)
    assert norm is not None
    roles = [
        r.model_copy(update={"min": 0}) if r.role == "network-security" else r for r in norm.roles
    ]
    norms = NORMS.model_copy(
        update={
            "norms": [
                n.model_copy(update={"roles": roles}) if n is norm else n for n in NORMS.norms
            ]
        }
    )
    result = recommend(CATALOGUE, norms, "medium", False)
    assert (result.shared_headcount, result.total.min) == (5, 5)
    assert [n.code for n in result.notes if n.code.startswith("shared_head")] == [
        "shared_headcount_cited"
    ]


def test_a_whole_fte_total_is_a_whole_number_in_json() -> None:
    args = ["recommend", "-s", "medium", "--set", "platforms=28", "--fte", "-f", "json"]
    result = run(args)
    assert result.exit_code == 0, result.stderr
    assert '"recommended": 9,' in result.stdout
    assert json.loads(result.stdout)["total"]["recommended"] == 9


@pytest.mark.parametrize("size", ["small", "medium", "large"])
@pytest.mark.parametrize("marketing", [False, True])
@pytest.mark.parametrize("fte", [False, True])
def test_a_recommendation_is_built_as_validation_would_build_it(
    size: Size, marketing: bool, fte: bool
) -> None:
    """Built from checked data without validation (`model_construct`): the same values, of
    the same types (a driver given as 180 is 180.0 in JSON, as validating makes it)."""
    catalogue, norms = load_data()
    for overrides in ({}, {"employees": 180, "platforms": 3}):
        result = recommend(catalogue, norms, size, marketing, overrides, fte=fte)
        rows = [{**r.model_dump(), "implied_raw": r.implied_raw} for r in result.roles]
        again = Recommendation.model_validate({**result.model_dump(), "roles": rows})
        assert result.model_dump_json() == again.model_dump_json()
        assert typed(result.model_dump()) == typed(again.model_dump())
        assert [r.implied_raw for r in result.roles] == [r.implied_raw for r in again.roles]
        assert all(type(r.implied_raw) is float for r in result.roles)


def test_a_recommendation_reads_back_from_its_json() -> None:
    """Its JSON leaves `implied_raw` out (machines read `implied`): read back, the row takes
    the implied FTE as shown, and the JSON is the same."""
    result = api.recommend(size="medium", marketing=True, fte=True)
    again = Recommendation.model_validate_json(result.model_dump_json())
    assert again.model_dump_json() == result.model_dump_json()
    assert [r.implied_raw for r in again.roles] == [r.implied for r in result.roles]
