"""recommend reproduces seed 000's six norm tables (as tabled in DOMAIN.md) exactly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from helpers import run

# Copied by hand from shared/DOMAIN.md, independently of data/norms.yaml.
TABLES: dict[tuple[str, bool], dict[str, tuple[int, int]]] = {
    ("small", True): {
        "network-promotion": (1, 3),
        "designer": (1, 1),
        "editor": (1, 1),
        "network-tech": (1, 1),
        "seo": (1, 1),
        "merchandiser": (1, 1),
        "new-media": (1, 3),
    },
    ("medium", True): {
        "network-promotion": (3, 20),
        "designer": (1, 2),
        "copywriter": (1, 2),
        "editor": (1, 2),
        "network-tech": (1, 1),
        "seo": (1, 2),
        "sem": (1, 2),
        "merchandiser": (1, 2),
        "new-media": (1, 5),
    },
    ("large", True): {
        "network-promotion": (5, 50),
        "designer": (3, 5),
        "copywriter": (1, 3),
        "editor": (3, 10),
        "network-tech": (1, 5),
        "seo": (1, 5),
        "sem": (1, 5),
        "merchandiser": (1, 5),
        "new-media": (3, 10),
    },
    ("small", False): {"seo": (1, 1), "designer": (1, 1), "new-media": (1, 1)},
    ("medium", False): {
        "seo": (1, 1),
        "designer": (1, 1),
        "new-media": (1, 1),
        "network-tech": (1, 3),
        "editor": (1, 1),
        "network-security": (1, 1),
    },
    ("large", False): {
        "seo": (1, 3),
        "designer": (1, 3),
        "new-media": (1, 3),
        "network-tech": (1, 5),
        "editor": (1, 3),
        "network-security": (1, 2),
        "it-asset-management": (1, 2),
        "tech-support": (1, 2),
        "data-analyst": (1, 3),
        "copywriter": (1, 2),
    },
}
TOTALS = {
    ("small", True): (7, 11),
    ("medium", True): (11, 38),
    ("large", True): (19, 98),
    ("small", False): (3, 3),
    ("medium", False): (6, 8),
    ("large", False): (10, 28),
}
OTHERS = {"network-security", "it-asset-management", "tech-support", "data-analyst"}


def recommend_json(size: str, marketing: bool, *extra: str) -> dict[str, Any]:
    flag = "--marketing" if marketing else "--no-marketing"
    result = run(["recommend", "--size", size, flag, "--format", "json", *extra])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(("size", "marketing"), list(TABLES))
def test_recommend_reproduces_the_norm_table(size: str, marketing: bool) -> None:
    data = recommend_json(size, marketing)
    assert data["schema_version"] == 1
    assert (data["size"], data["marketing"]) == (size, marketing)
    roles = data["roles"]
    assert isinstance(roles, list)
    required = {r["role"]: (r["min"], r["max"]) for r in roles if not r["optional"]}
    assert required == TABLES[size, marketing]
    total = data["total"]
    assert isinstance(total, dict)
    assert (total["min"], total["max"]) == TOTALS[size, marketing]
    optional = {r["role"] for r in roles if r["optional"]}
    assert optional == (OTHERS if (size, marketing) == ("large", True) else set())


@pytest.mark.parametrize(("size", "marketing"), list(TABLES))
def test_default_recommendation_sits_inside_every_range(size: str, marketing: bool) -> None:
    data = recommend_json(size, marketing)
    roles = data["roles"]
    assert isinstance(roles, list)
    for row in roles:
        assert row["min"] <= row["recommended"] <= row["max"], row["role"]
        assert isinstance(row["recommended"], int)
        assert row["outside"] is None
        assert row["hours_per_person"] == pytest.approx(
            row["demand_hours"] / row["recommended"], abs=0.06
        )
    total = data["total"]
    assert isinstance(total, dict)
    assert total["recommended"] == sum(r["recommended"] for r in roles if not r["optional"])


def test_small_non_marketing_seo_and_sem_is_one_person() -> None:
    data = recommend_json("small", False)
    roles = data["roles"]
    assert isinstance(roles, list)
    seo = next(r for r in roles if r["role"] == "seo")
    assert seo["covers"] == ["sem"]
    assert seo["recommended"] == 1
    assert seo["name"] == "SEO specialist"
    assert seo["label"] == "SEO and SEM (one person)"
    assert "sem" not in {r["role"] for r in roles}


def test_drivers_above_the_norm_are_clamped_and_said() -> None:
    data = recommend_json("medium", True, "--set", "platforms=30")
    roles = data["roles"]
    assert isinstance(roles, list)
    media = next(r for r in roles if r["role"] == "new-media")
    assert media["recommended"] == 5
    assert media["outside"] == "above"
    # 30 platforms x 3 posts a week x 1.5 h, 2 h of follower work each, 2 h of campaigns
    assert media["demand_hours"] == 30 * 3 * 1.5 + 30 * 2 + 2
    texts = [note["text"] for note in data["notes"]]
    assert "New-media operator: the drivers imply 7; the norm's max is 5." in texts


def test_drivers_below_the_norm_are_clamped_to_the_min() -> None:
    data = recommend_json("large", True, "--set", "channels=0")
    roles = data["roles"]
    assert isinstance(roles, list)
    promo = next(r for r in roles if r["role"] == "network-promotion")
    assert (promo["recommended"], promo["outside"]) == (5, "below")


def test_fte_shows_fractions_unclamped() -> None:
    data = recommend_json("medium", True, "--fte")
    roles = data["roles"]
    assert isinstance(roles, list)
    seo = next(r for r in roles if r["role"] == "seo")
    assert seo["recommended"] == pytest.approx(14 / 32, abs=0.05)
    assert data["fte"] is True
