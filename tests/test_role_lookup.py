"""Naming a role (`opsplan roles NAME`, a team's, a profile's or a pay table's roles): by id,
English or Chinese name or alias, in any case and spacing, or by a clear part of a name; an
unknown one is refused with the role meant, the roles it may be, or a pointer to `opsplan
roles`."""

from __future__ import annotations

import pytest
from helpers import run

from opsplan.api import load_data
from opsplan.core.matching import find_role, lookup_role, role_index, role_names, unknown_role
from opsplan.errors import UsageError
from opsplan.models.data import Catalogue
from opsplan.models.results import RoleName

CATALOGUE, _ = load_data()


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("seo", "seo"),
        ("  SEO  ", "seo"),
        ("Network Technician", "network-tech"),
        ("网络管理员", "network-tech"),
        ("网络 管理员", "network-tech"),  # spaces typed inside a Chinese name
        ("网络技术员", "network-tech"),  # a former name
        ("seo专员", "seo"),  # SEO 专员 without its space
        ("IT资产管理员", "it-asset-management"),
        # a clear part: one role only, at least 3 letters or 2 Chinese characters
        ("erp", "erp-admin"),
        ("新媒", "new-media"),
        ("Security", "network-security"),
        # too short, or a part of several names
        ("rp", None),
        ("媒", None),
        ("manager", None),
        ("运营", None),
        ("", None),
    ],
)
def test_a_role_is_found_by_its_names_or_a_clear_part(text: str, role: str | None) -> None:
    found = lookup_role(CATALOGUE, text)
    assert (found.id if found else None) == role
    index = role_index(CATALOGUE)  # the same through the index a command keeps
    again = lookup_role(index, text)
    assert (again.id if again else None) == role


def _two_named_alike() -> Catalogue:
    base = {"family": "design", "summary": "S.", "source": ["x"]}
    roles = [
        {**base, "id": "designer", "name": "Designer", "name_zh": "平面 设计"},
        {**base, "id": "web-designer", "name": "Web designer", "name_zh": "平面设计"},
    ]
    return Catalogue.model_validate({"roles": roles})


def test_a_name_two_roles_share_finds_the_first() -> None:
    catalogue = _two_named_alike()
    index = role_index(catalogue)
    assert index["平面设计"].id == "designer"  # the first one's, without its space
    assert index["平面 设计"].id == "designer"
    assert index["web designer"].id == "web-designer"
    assert "web-designer" in index


def test_a_name_is_found_whole_even_inside_another_roles_name() -> None:
    base = {"family": "commerce", "summary": "S.", "source": ["x"]}
    roles = [
        {**base, "id": "sales-manager", "name": "Sales manager", "name_zh": "销售经理"},
        {**base, "id": "regional-lead", "name": "Regional sales manager", "name_zh": "区域经理"},
    ]
    catalogue = Catalogue.model_validate({"roles": roles})
    found = lookup_role(catalogue, "Sales Manager")
    assert found is not None
    assert found.id == "sales-manager"
    assert lookup_role(catalogue, "sales man") is None  # a part of both names


def test_role_names_follow_the_ids_given_once_each_without_unknown_ones() -> None:
    by_id = CATALOGUE.by_id()
    names = role_names(by_id, ["seo", None, "nosuch", "designer", "seo"])
    assert list(names) == ["seo", "designer"]
    assert names["designer"] == RoleName(name="Web and graphic designer", name_zh="美工")


def _role(rid: str, name: str, name_zh: str) -> dict[str, object]:
    return {"code": "role_with_id", "params": {"name": {"en": name, "zh": name_zh}, "id": rid}}


def test_a_part_of_several_names_lists_them_by_id() -> None:
    message = unknown_role(CATALOGUE, " Manager ")
    assert message.code == "ambiguous_role"
    assert message.params == {
        "role": " Manager ",
        "candidates": [
            _role("department-manager", "Department manager", "网络部经理"),
            _role("it-asset-management", "IT asset manager", "IT 资产管理员"),
            _role("sales-manager", "Sales manager", "销售经理"),
        ],
    }


def test_a_part_of_two_names_lists_both() -> None:
    message = unknown_role(CATALOGUE, "经理")
    assert message.code == "ambiguous_role"
    assert [c["params"]["id"] for c in message.params["candidates"]] == [
        "department-manager",
        "sales-manager",
    ]


def test_a_part_of_many_names_lists_six() -> None:
    message = unknown_role(CATALOGUE, "运营")
    listed = [c["params"]["id"] for c in message.params["candidates"]]
    assert listed == [
        *["aso-ops", "campaign-ops", "community-ops", "content-ops", "coo"],
        "ecommerce-director",
    ]


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("desginer", "designer"),  # a typo of an id
        ("Data analist", "data-analyst"),  # of an English name, in any case
        ("网站程序猿", "website-programmer"),  # of a former name
        ("新媒休", "new-media"),  # two of three characters of 新媒体运营
        ("媒", "new-media"),  # the one character, of one name only
        ("电商总经理", "ecommerce-director"),  # 3 of 5 characters of 电商运营总监: just enough
        ("理经", "sales-manager"),  # both in 销售经理 and 网络部经理: the shorter name
    ],
)
def test_an_unknown_role_close_to_one_names_it(text: str, close: str) -> None:
    message = unknown_role(CATALOGUE, text)
    assert message.code == "unknown_role_close"
    assert message.params["role"] == text
    role = CATALOGUE.by_id()[close]
    assert message.params["close"] == _role(close, role.name, role.name_zh)


@pytest.mark.parametrize("text", ["xyzzy", "媒休", "", "   "])
def test_an_unknown_role_close_to_none_points_to_the_list(text: str) -> None:
    message = unknown_role(CATALOGUE, text)
    assert (message.code, message.params) == ("unknown_role", {"role": text})


def test_a_long_unknown_role_is_cut_in_the_message() -> None:
    text = "x" * 100
    with pytest.raises(UsageError) as caught:
        find_role(CATALOGUE, text)
    assert str(caught.value) == f"unknown role '{'x' * 59}…'; `opsplan roles` lists the roles"
    ambiguous = unknown_role(CATALOGUE, "manager" + " " * 80)
    assert ambiguous.params["role"] == "manager" + " " * 52 + "…"
    close = unknown_role(CATALOGUE, "新媒休" + " " * 70)  # spaces after a name, as in a cell
    assert (close.code, close.params["role"]) == ("unknown_role_close", "新媒休" + " " * 56 + "…")


def test_find_role_returns_the_role_or_refuses_with_the_message() -> None:
    assert find_role(CATALOGUE, "美工").id == "designer"
    with pytest.raises(UsageError) as caught:
        find_role(CATALOGUE, "desginer")
    assert caught.value.msg == unknown_role(CATALOGUE, "desginer")


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (
            ["roles", "manager"],
            "opsplan: error: 'manager' fits several roles: Department manager"
            " (department-manager), IT asset manager (it-asset-management), Sales manager"
            " (sales-manager); give the id\n",
        ),
        (
            ["roles", "媒", "--lang", "zh"],
            "opsplan：错误：未知岗位“媒”：是否想找新媒体运营（new-media）？\n",  # noqa: RUF001
        ),
    ],
)
def test_roles_refuses_an_unknown_name_with_a_hint(args: list[str], stderr: str) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert result.stderr == stderr
