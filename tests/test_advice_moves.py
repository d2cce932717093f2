"""The advice of a team report in numbers: which work moves, from whom to whom, how many hours
and the loads before and after; who backs up a role only outsiders cover. Written from the
mutants of core/advice.py that the other tests let live (docs/mutation.md). Hours of demand at
a small company: design 2 h a design plus 4 h, editing 2.4 h an article plus 4 h, SEO 14 h."""

from __future__ import annotations

from typing import Any

import pytest

from opsplan.api import load_data
from opsplan.core.team import analyse
from opsplan.models.people import Team
from opsplan.models.team import Advice

CATALOGUE, NORMS = load_data()


def advice_of(people: list[Any], **drivers: float) -> list[Advice]:
    company = {"size": "small", "marketing": False, **drivers}
    return analyse(
        Team.model_validate({"company": company, "people": people}), CATALOGUE, NORMS
    ).advice


def moves(advice: list[Advice]) -> list[tuple[Any, ...]]:
    return [
        (
            a.role,
            a.person,
            a.person_load,
            a.person_load_after,
            a.other,
            a.other_load,
            a.other_load_after,
            a.hours,
        )
        for a in advice
        if a.kind == "move"
    ]


def test_the_heaviest_part_first_to_the_least_loaded_within_room_and_need() -> None:
    # H (154%) designs 34 h and edits 27.6 h a week. Design goes to T2 (34%), less loaded
    # than T1 (49%), as much as T2's room up to 85% of 31 h: 15.5 h. H is then at 115%:
    # editing goes to T3, as much as brings H to 100% or less: 6.5 h (need, not room).
    people = [
        {"name": "H", "roles": {"designer": 0.6, "editor": 0.4}},
        {"name": "T1", "roles": {"designer": 0.1, "seo": 0.9}},
        {"name": "T2", "roles": {"designer": 0.1, "new-media": 0.9}, "capacity_hours": 31},
        {"name": "T3", "roles": {"editor": 0.1, "new-media": 0.9}, "capacity_hours": 30},
    ]
    assert moves(advice_of(people, designs=20, articles=12)) == [
        ("designer", "H", 1.539, 1.151, "T2", 0.338, 0.838, 15.5),
        ("editor", "H", 1.151, 0.989, "T3", 0.369, 0.586, 6.5),
    ]


def test_the_most_loaded_first_and_a_full_taker_takes_no_more() -> None:
    # E (161%) is listed last but goes first: editing to T2 up to 85% (16 h). H2 (146%):
    # editing, its heaviest part, has no taker left under 70%, so design goes to T1 (17 h).
    # H1 (131%): T1 is now at 84%, nobody under 70% is left.
    people = [
        {"name": "H1", "roles": {"designer": 1}},
        {"name": "H2", "roles": {"designer": 0.5, "editor": 0.5}},
        {"name": "T1", "roles": {"designer": 0.05, "seo": 0.95}},
        {"name": "T2", "roles": {"designer": 0.05, "editor": 0.05, "new-media": 0.9}},
        {"name": "E", "roles": ["editor"]},
    ]
    assert moves(advice_of(people, designs=40, articles=40)) == [
        ("editor", "E", 1.613, 1.213, "T2", 0.446, 0.846, 16.0),
        ("designer", "H2", 1.463, 1.038, "T1", 0.416, 0.841, 17.0),
    ]


def test_half_an_hour_is_worth_a_move() -> None:
    # 44.2 h of design a week: H gives 40 h of it, 100.4% of their week; T gives 8 h
    people = [
        {"name": "H", "roles": {"designer": 1}},
        {"name": "T", "roles": {"designer": 0.2, "seo": 0.8}},
    ]
    assert moves(advice_of(people, designs=22.1)) == [
        ("designer", "H", 1.004, 0.992, "T", 0.551, 0.564, 0.5)
    ]


def test_a_role_only_outsiders_cover_is_backed_by_an_insider_of_its_family() -> None:
    people = [
        {"name": "Agency A", "roles": ["seo"], "outsourced": True},
        {"name": "Agency B", "roles": ["sem"], "outsourced": True},  # SEO covers SEM here
        {"name": "Agency D", "roles": ["traffic-ops"], "outsourced": True},  # promotion, idle
        {"name": "Full", "roles": {"traffic-ops": 0.5}},  # promotion, 60%: in house
        {"name": "Des", "roles": ["designer"]},
        {"name": "Med", "roles": ["new-media"]},
    ]
    seo = next(a for a in advice_of(people) if a.role == "seo")
    assert (seo.kind, seo.outsiders, seo.person, seo.family) == (
        "backup",
        True,
        "Agency A, Agency B",
        "promotion",
    )
    assert (seo.other, seo.other_roles, seo.other_load, seo.hours) == (
        "Full",
        ["traffic-ops"],
        0.6,
        10.0,  # to 85% of 40 h
    )


def test_someone_at_exactly_85_percent_has_no_time_to_spare() -> None:
    even = {"name": "Even", "roles": {"content-ops": 0.45}}  # 12 h, and 22 h outside: 85%
    people = [*SMALL, even]
    new_media = next(a for a in advice_of(people) if a.role == "new-media")
    assert new_media.kind == "no_backup"  # the operations family has no one under 85%
    people[-1] = {"name": "Less", "roles": {"content-ops": 0.6}}  # 70%
    new_media = next(a for a in advice_of(people) if a.role == "new-media")
    assert (new_media.kind, new_media.other, new_media.hours) == ("backup", "Less", 6.0)


SMALL = [
    {"name": "Seo", "roles": ["seo"]},
    {"name": "Des", "roles": ["designer"]},
    {"name": "Med", "roles": ["new-media"]},
]


@pytest.mark.parametrize(
    ("hours", "shown"), [(1.9999999999999973, 2.0), (2.0, 2.0), (1.74, 1.5), (-0.3, 0.0)]
)
def test_spare_hours_are_not_lost_to_a_float_below_the_half_hour(
    hours: float, shown: float
) -> None:
    from opsplan.core.advice import _half_hours

    assert _half_hours(hours) == shown  # 40 h x (0.85 - 0.80) showed 1.5 h


TRIO = [
    {"name": "H1", "roles": {"designer": 0.6, "editor": 0.4}},
    {"name": "H2", "roles": {"designer": 0.6, "new-media": 0.4}},
    {"name": "T", "roles": {"designer": 0.1, "seo": 0.9}},
]


def test_a_taker_moved_to_70_percent_or_past_it_takes_no_more() -> None:
    # 24 designs: T (45%) takes 10 h of H1's design, to exactly 70% (0.45 + 10/40): H2, at
    # 115% and designing too, gets no move; at 20 designs T is left at 73.5% after H1's 12 h
    assert moves(advice_of(TRIO, designs=24, articles=9, platforms=4)) == [
        ("designer", "H1", 1.24, 0.99, "T", 0.45, 0.7, 10.0)
    ]
    assert moves(advice_of(TRIO, designs=20, articles=11.5, platforms=4)) == [
        ("designer", "H1", 1.298, 0.998, "T", 0.435, 0.735, 12.0)
    ]


def test_a_taker_takes_from_one_person_then_another_from_where_it_was_left() -> None:
    # H2 (105.8%) first, then H1 (102.8%); T's load before the second move is after the first
    # (0.435 + 2.5/40 = 0.4975), shown to a thousandth as every load
    assert moves(advice_of(TRIO, designs=20, articles=7, platforms=4)) == [
        ("designer", "H2", 1.058, 0.996, "T", 0.435, 0.497, 2.5),
        ("designer", "H1", 1.028, 0.991, "T", 0.497, 0.535, 1.5),
    ]


def test_a_move_takes_at_most_the_whole_part() -> None:
    # H (140%) needs 16 h moved and T has 18 h of room, but H designs only 4 h
    people = [
        {"name": "H", "roles": {"designer": 0.2, "editor": 0.8}},
        {"name": "T", "roles": {"designer": 0.1, "seo": 0.9}},
    ]
    assert moves(advice_of(people, designs=1, articles=20)) == [
        ("designer", "H", 1.4, 1.3, "T", 0.4, 0.5, 4.0)
    ]


def test_a_taker_with_under_half_an_hour_of_room_is_passed_over_for_the_next_part() -> None:
    # Tiny, the only other designer, works 1 h a week, at 40%: 0.45 h of room, no move; H's
    # SEO, a lighter part than design, still goes to T
    people = [
        {"name": "H", "roles": {"editor": 0.55, "designer": 0.35, "seo": 0.1}},
        {"name": "Tiny", "roles": {"designer": 1}, "capacity_hours": 1},
        {"name": "T", "roles": {"seo": 0.2, "new-media": 0.8}},
    ]
    assert moves(advice_of(people, designs=1, articles=20, platforms=2)) == [
        ("seo", "H", 1.557, 1.44, "T", 0.533, 0.651, 4.7)
    ]


def test_at_most_12_moves() -> None:
    # 13 designers at 125%, each with a taker at 15%: the 13th (in the order given, all being
    # as loaded) is left as it is
    heavy = [{"name": f"H{k}", "roles": ["designer"]} for k in range(1, 14)]
    light = [{"name": f"T{k}", "roles": {"designer": 0.1, "seo": 0.9}} for k in range(1, 14)]
    found = moves(advice_of(heavy + light, designs=355.5))
    assert found == [
        ("designer", f"H{k}", 1.25, 1.0, f"T{k}", 0.152, 0.402, 10.0) for k in range(1, 13)
    ]
