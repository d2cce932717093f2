"""The checks of the pay file that its schema cannot make (`opsplan.core.plandata`): each
finding, where it is (the path `validate` turns into a line), its words and its level, for a
user's file and for the built-in file's stricter checks."""

from __future__ import annotations

from typing import Any

from opsplan import api
from opsplan.core.plandata import check_hiring, check_pay, check_pay_file
from opsplan.models.data import Catalogue
from opsplan.models.pay import PayTable
from opsplan.models.problems import Finding


def catalogue() -> Catalogue:
    return api.load_data()[0]


def seen(findings: list[Finding]) -> list[tuple[tuple[str | int, ...], str, bool, str]]:
    """Each finding as a user of validate sees it: where, what, on the key or its value, level."""
    return [(f.path, str(f.message), f.key, f.level) for f in findings]


def pay(bands: dict[str, dict[str, Any]], **fields: Any) -> PayTable:
    return PayTable.model_validate({"currency": "CNY", "on_cost": 0.3, "pay": bands, **fields})


GOOD = {"low": 1, "typical": 2, "high": 3, "source": "s"}
SOURCES = [{"id": "s", "title": "S", "language": "en", "contributes": "c"}]


# ---------------------------------------------------------------- the pay file
def test_a_good_band_even_flat_has_no_finding() -> None:
    table = pay(
        {"designer": GOOD, "editor": {"low": 5, "typical": 5, "high": 5, "source": "s"}},
        sources=SOURCES,
        on_cost_source="s",
    )
    assert check_pay(table, catalogue()) == []
    assert check_pay(table, None) == []


def test_an_unknown_role_is_found_on_its_key_only_against_a_catalogue() -> None:
    table = pay({"desginer": GOOD, "zzzz": GOOD})
    assert seen(check_pay(table, catalogue())) == [
        (
            ("pay", "desginer"),
            "unknown role 'desginer' (did you mean Web and graphic designer (designer)?)",
            True,
            "error",
        ),
        (("pay", "zzzz"), "unknown role 'zzzz'; `opsplan roles` lists the roles", True, "error"),
    ]
    assert check_pay(table, None) == []


def test_a_band_of_kind_none_has_no_figures() -> None:
    table = pay({"designer": {"kind": "none", "low": 1, "high": 3, "basis": "b"}})
    none = "a band of kind none has no figures: remove `{}:` or give the band another kind"
    assert seen(check_pay(table, catalogue())) == [
        (("pay", "designer", "low"), none.format("low"), False, "error"),
        (("pay", "designer", "high"), none.format("high"), False, "error"),
    ]
    assert check_pay(pay({"designer": {"kind": "none", "basis": "b"}}), catalogue()) == []


def test_a_band_needs_its_three_figures() -> None:
    table = pay({"designer": {"low": 1, "source": "s"}, "editor": {"typical": 2, "source": "s"}})
    incomplete = (
        "a band needs low, typical and high (missing: {}); for a role with no figure, write"
        " `kind: none`"
    )
    assert seen(check_pay(table, catalogue())) == [
        (("pay", "designer"), incomplete.format("typical, high"), False, "error"),
        (("pay", "editor"), incomplete.format("low, high"), False, "error"),
    ]


def test_a_band_out_of_order_is_found_at_the_figure_out_of_place() -> None:
    order = (
        "the band is out of order: low {}, typical {}, high {} (expected low <= typical <= high)"
    )
    cases = {
        "low-over-typical": ({"low": 3, "typical": 2, "high": 4}, "low", (3, 2, 4)),
        "low-over-typical-no-high": ({"low": 3, "typical": 2}, "low", (3, 2, "-")),
        "typical-over-high": ({"low": 1, "typical": 5, "high": 4}, "high", (1, 5, 4)),
        "typical-over-high-no-low": ({"typical": 5, "high": 4}, "high", ("-", 5, 4)),
        "low-over-high": ({"low": 5, "high": 4}, "high", (5, "-", 4)),
        "all-reversed": ({"low": 5, "typical": 4, "high": 3}, "low", (5, 4, 3)),
    }
    for name, (figures, at, shown) in cases.items():
        found = check_pay(pay({"designer": {**figures, "source": "s"}}), None)
        orders = [f for f in seen(found) if f[1].startswith("the band is out of order")]
        assert orders == [(("pay", "designer", at), order.format(*shown), False, "error")], name
    for figures in ({"low": 2, "typical": 2, "high": 2}, {"low": 2, "high": 2}, {"low": 1}):
        found = check_pay(pay({"designer": {**figures, "source": "s"}}), None)
        assert not [f for f in seen(found) if "order" in f[1]], figures


def test_a_band_says_where_its_figures_come_from() -> None:
    table = pay(
        {
            "designer": {"low": 1, "typical": 2, "high": 3},
            "editor": {"kind": "proxy", "low": 1, "typical": 2, "high": 3},
            "seo": {"kind": "estimate", "low": 1, "typical": 2, "high": 3},
            "sem": {"kind": "estimate", "low": 1, "typical": 2, "high": 3, "basis": "b"},
            "copywriter": {"kind": "proxy", "low": 1, "typical": 2, "high": 3, "source": "s"},
        }
    )
    assert seen(check_pay(table, catalogue())) == [
        (
            ("pay", "designer"),
            "a cited band names its `source:` (an id of the file's sources:)",
            False,
            "error",
        ),
        (
            ("pay", "editor"),
            "a proxy band names its `source:` (an id of the file's sources:)",
            False,
            "error",
        ),
        (
            ("pay", "editor"),
            "a proxy band names the job title it stands in for (`job:`)",
            False,
            "error",
        ),
        (("pay", "seo"), "an estimate says what it comes from (`basis:`)", False, "error"),
        (
            ("pay", "copywriter"),
            "a proxy band names the job title it stands in for (`job:`)",
            False,
            "error",
        ),
    ]


def test_the_sources_a_pay_file_cites_are_listed() -> None:
    table = pay(
        {"designer": GOOD, "editor": {**GOOD, "source": "t"}},
        sources=SOURCES,
        on_cost_source="u",
    )
    assert seen(check_pay(table, None)) == [
        (("on_cost_source",), "source 'u' is not in the file's sources: (s)", False, "error"),
        (
            ("pay", "editor", "source"),
            "source 't' is not in the file's sources: (s)",
            False,
            "error",
        ),
    ]


def test_the_built_in_pay_file_speaks_both_languages_and_covers_every_role() -> None:
    texts = {"job": "j", "basis": "b"}
    bands = {
        "designer": {**GOOD, "kind": "proxy", **texts},
        "editor": {**GOOD, "kind": "proxy", "job": "j", "job_zh": "职"},
    }
    table = pay(bands, sources=SOURCES, on_cost_source="s", note="n")
    roles = [r.id for r in catalogue().roles if r.id not in bands]
    zh = "the built-in data speaks both languages: add `{}:`"
    pay_field = "the built-in pay file needs `{}:`"
    assert seen(check_pay(table, catalogue(), strict=True)) == [
        (("pay", "designer"), zh.format("job_zh"), True, "error"),
        (("pay", "designer"), zh.format("basis_zh"), True, "error"),
        (
            ("pay",),
            f"{len(roles)} role(s) of the catalogue have no entry ({', '.join(roles[:8])}): give"
            " each a band, or `kind: none` and why",
            True,
            "error",
        ),
        ((), pay_field.format("on_cost_basis"), True, "error"),
        ((), pay_field.format("on_cost_basis_zh"), True, "error"),
        ((), pay_field.format("note_zh"), True, "error"),
    ]
    assert check_pay(table, catalogue()) == []  # a user's file need not
    assert (
        seen(check_pay(table, None, strict=True))[:2]
        == seen(check_pay(table, catalogue(), strict=True))[:2]
    )  # without a catalogue, no role is missing
    assert len(check_pay(table, None, strict=True)) == 5
    assert check_pay_file(table, roles=catalogue(), builtin=True) == check_pay(
        table, catalogue(), strict=True
    )
    assert check_pay_file(table, roles=catalogue()) == []


def test_the_built_in_files_pass_the_strict_checks() -> None:
    roles = catalogue()
    table, hiring = api.load_plan_data(roles)[:2]
    assert check_pay(table, roles, strict=True) == []
    assert check_hiring(hiring, roles, strict=True) == []
