"""The cross-checks of data files (`opsplan/core/checks.py`) called directly on small models:
what each finding says, where it points, its level and whether it is about a missing key.
These kill surviving mutants of checks.py (docs/mutation.md)."""

from __future__ import annotations

from typing import Any

from opsplan.core import checks
from opsplan.models.data import Catalogue, NormSet
from opsplan.models.people import Team

SOURCES = [
    {"id": "a", "language": "en", "title": "A", "contributes": "x"},
    {"id": "b", "language": "en", "title": "B", "contributes": "x", "publisher": "P"},
]


def role(rid: str, **more: Any) -> dict[str, Any]:
    return {
        "id": rid, "name": rid, "name_zh": rid, "family": "promotion", "summary": "s",
        "source": ["a"], **more,
    }  # fmt: skip


def catalogue(*roles: dict[str, Any], **more: Any) -> Catalogue:
    return Catalogue.model_validate({"sources": SOURCES, "roles": list(roles), **more})


def norms(drivers: dict[str, Any] | None = None, **more: Any) -> NormSet:
    return NormSet.model_validate(
        {
            "capacity_hours": 40,
            "utilization": 0.8,
            "drivers": drivers or {},
            "norms": [{"size": "small", "marketing": False, "source": "s",
                       "roles": [{"role": "seo", "min": 1, "max": 1}]}],
            **more,
        }
    )  # fmt: skip


def said(findings: list[Any]) -> list[tuple[tuple[str | int, ...], str, str, bool]]:
    return [(f.path, str(f.message), f.level, f.key) for f in findings]


def driver(**more: Any) -> dict[str, Any]:
    return {
        "description": "d",
        "unit": "u",
        "default": {"small": 1, "medium": 2, "large": 3},
        **more,
    }


def test_unknown_sources_of_roles_and_duties_are_found_in_every_role() -> None:
    model = catalogue(
        role("seo", source=["nope"], duties=[{"name": "d", "hours": 1, "source": "gone"}]),
        role("web"),
    )
    assert said(checks.check_catalogue(model)) == [
        (("roles", 0, "source", 0), "source 'nope' is not in the file's sources: (a, b)",
         "error", False),
        (("roles", 0, "duties", 0, "source"), "source 'gone' is not in the file's sources: (a, b)",
         "error", False),
    ]  # fmt: skip


def test_phrases_without_letters_or_only_digits_are_refused() -> None:
    model = catalogue(role("seo", keywords={"strong": ["!!", "12 34", "seo"]}))
    assert [str(f.message) for f in checks.check_phrases(model)] == [
        "phrase '!!' has no letters or characters to match",
        "phrase '12 34' is only digits: it would match any text with that number",
    ]


def test_a_not_duties_phrase_may_be_a_role_s_phrase() -> None:
    model = catalogue(role("seo", keywords={"strong": ["seo"]}), matching={"not_duties": ["seo"]})
    assert checks.check_phrases(model) == []


def test_an_undefined_driver_is_at_its_place_in_a_list_or_alone() -> None:
    model = catalogue(
        role("seo", duties=[
            {"name": "d", "hours": 1, "driver": ["posts", "nope"]},
            {"name": "e", "hours": 1, "driver": "gone"},
        ])
    )  # fmt: skip
    found = checks.check_drivers(model, norms({"posts": driver()}))
    assert [f.path for f in found] == [
        ("roles", 0, "duties", 0, "driver", 1),
        ("roles", 0, "duties", 1, "driver"),
    ]
    assert str(found[0].message) == "driver 'nope' is not defined in the norms (posts)"


def test_norms_checked_with_their_defaults_and_their_sources() -> None:
    model = norms(sources=SOURCES[:1])
    bad = model.model_copy(update={"norms": [
        model.norms[0].model_copy(update={"role": None, "source": "nope", "roles": [
            model.norms[0].roles[0].model_copy(update={"role": "web-guru"})
        ]})
    ]})  # fmt: skip
    found = said(checks.check_norms(bad, catalogue(role("seo"))))
    assert found[0] == (("norms", 0, "roles", 0, "role"), "unknown role 'web-guru'", "error", False)
    assert found[-1] == (
        ("norms", 0, "source"),
        "source 'nope' is not in the file's sources: (a)",
        "error",
        False,
    )
    named = checks.check_norms_file(bad, roles=catalogue(role("seo")))
    assert "unknown role 'web-guru'" in [str(f.message) for f in named]


def test_a_user_s_files_are_warned_by_default() -> None:
    found = checks.check_roles_file(catalogue(role("seo", duties=[{"name": "d", "hours": 1}])),
                                    norms=None)  # fmt: skip
    assert [f.level for f in found] == ["warning"]
    found = checks.check_norms_file(norms({"posts": driver()}), roles=None)
    assert [f.level for f in found] == ["warning"]


def test_drivers_sharing_a_chinese_name_after_one_without() -> None:
    model = norms({"a": driver(), "b": driver(name_zh="帖子数"), "c": driver(name_zh="帖子数")})
    assert said(checks.check_driver_names(model)) == [
        (("drivers", "c", "name_zh"), "the name '帖子数' of driver 'c' is already driver 'b''s",
         "error", False)
    ]  # fmt: skip


CITED = {"kind": "cited", "figure": "f", "figure_zh": "f", "sources": ["a", "x", "y"]}


def test_the_built_in_files_bases_and_benchmarks_are_errors() -> None:
    model = catalogue(role("seo", duties=[{"name": "d", "hours": 1, "basis": CITED}]))
    found = said(checks.check_bases(model, strict=True))
    assert found == [
        (("sources", 0), "benchmark 'a' is cited but names no publisher", "error", False),
        (("sources", 0), "benchmark 'a' is cited but names no year", "error", False),
        (("sources",), "source 'x' is not in the file's sources: (a, b)", "error", True),
        (("sources",), "source 'y' is not in the file's sources: (a, b)", "error", True),
    ]
    drivers = norms({"p": driver(basis={**CITED, "sources": []}), "q": driver(name_zh="数")},
                    sources=SOURCES)  # fmt: skip
    found = said(checks.check_driver_bases(drivers, strict=True))
    assert found == [
        (("drivers", "p", "basis"), "a basis of kind 'cited' needs `sources:`", "error", True),
        (("drivers", "p"), "driver 'p' has no short Chinese name (`name_zh:`, e.g. 平台数)",
         "error", True),
        (("drivers", "q"), str(found[2][1]), "error", True),
    ]  # fmt: skip


def test_a_team_is_checked_against_both_its_catalogue_and_norms() -> None:
    team = Team.model_validate(
        {"company": {"size": "small", "posts": 3}, "people": [{"name": "Li", "roles": ["seo"]}]}
    )
    with_norms = checks.check_people_file(
        team, roles=catalogue(role("seo")), norms=norms({"posts": driver()})
    )
    assert with_norms == []
    assert checks.check_people_file(team, roles=catalogue(role("seo")), norms=None) == []


def test_a_built_in_driver_s_benchmark_is_an_error() -> None:
    drivers = norms({"p": driver(name_zh="数", basis={**CITED, "sources": ["a"]})}, sources=SOURCES)
    assert said(checks.check_driver_bases(drivers, strict=True)) == [
        (("sources", 0), "benchmark 'a' is cited but names no publisher", "error", False),
        (("sources", 0), "benchmark 'a' is cited but names no year", "error", False),
    ]


def test_a_profile_is_checked_against_its_norms() -> None:
    from opsplan.models.profile import Profile

    profile = Profile.model_validate(
        {"company": {"size": "small", "posts": 3}, "duties": [{"role": "seo", "hours": 5}]}
    )
    found = checks.check_people_file(
        profile, roles=catalogue(role("seo")), norms=norms({"posts": driver()})
    )
    assert found == []
