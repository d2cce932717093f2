"""The phases of a hiring plan (`opsplan.core.phases`) beyond tests/test_plan.py: the order the
phases take hires in, and that every person still to hire is brought in once, whatever the
phases list (a role twice, a `rest` phase that names roles too, a role no phase names)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from opsplan.core.phases import Want, allot, ordered
from opsplan.models.hiring import Hiring

ROLES = ["a", "b", "c"]


def hiring(*phases: dict[str, Any]) -> Hiring:
    return Hiring.model_validate(
        {"time_to_hire": {"default": {"days": 30}}, "phases": list(phases)}
    )


def phase(
    pid: str, months: list[int], *roles: tuple[str, int | None], **more: Any
) -> dict[str, Any]:
    listed = [{"role": r, "up_to": n} for r, n in roles]
    return {"id": pid, "name": pid, "months": months, "roles": listed, **more}


def want(role: str, target: int) -> Want:
    return Want(role, role, role, "tech", target, 0.0)


def test_the_phases_take_hires_by_first_month_a_rest_phase_last() -> None:
    file = hiring(
        phase("late", [5, 6], ("a", None)),
        phase("rest", [1, 1], rest=True),
        phase("long", [1, 9], ("a", None)),
        phase("short", [2, 3], ("a", None)),
    )
    assert [p.id for p in ordered(file.phases)] == ["long", "short", "late", "rest"]
    out, _ = allot([want("a", 1)], file)
    assert out == {"long": {"a": 1}, "short": {}, "late": {}, "rest": {}}


def test_a_role_a_phase_lists_twice_is_brought_in_for_both() -> None:
    file = hiring(phase("p", [1, 2], ("a", 1), ("a", 1)), phase("q", [3, 4], ("b", None)))
    out, left = allot([want("a", 3), want("b", 1)], file)
    assert out == {"p": {"a": 2}, "q": {"b": 1, "a": 1}}
    assert left == ["a"]


def test_a_rest_phase_that_names_roles_adds_the_rest_to_them() -> None:
    file = hiring(phase("r", [3, 4], ("a", 1), rest=True), phase("p", [1, 2], ("a", 1)))
    out, left = allot([want("a", 5), want("b", 2)], file)
    assert out == {"p": {"a": 1}, "r": {"a": 4, "b": 2}}
    assert left == []


def test_what_the_phases_leave_goes_to_the_last_phase_even_one_person() -> None:
    file = hiring(phase("late", [3, 4], ("a", 1)), phase("early", [1, 2], ("b", 1)))
    out, left = allot([want("a", 3), want("b", 1), want("c", 1)], file)
    assert out == {"early": {"b": 1}, "late": {"a": 3, "c": 1}}
    assert left == ["a", "c"]


PHASES = st.lists(
    st.tuples(
        st.lists(st.tuples(st.sampled_from(ROLES), st.none() | st.integers(1, 4)), max_size=4),
        st.booleans(),
    ),
    min_size=1,
    max_size=4,
)


@given(PHASES, st.lists(st.integers(0, 6), min_size=3, max_size=3))
def test_every_person_to_hire_is_brought_in_once(
    phases: list[tuple[list[tuple[str, int | None]], bool]], targets: list[int]
) -> None:
    file = hiring(
        *(
            phase(f"p{i}", [i + 1, i + 1], *roles, rest=rest)
            for i, (roles, rest) in enumerate(phases)
        )
    )
    gaps = dict(zip(ROLES, targets, strict=True))
    out, left = allot([want(r, n) for r, n in gaps.items()], file)
    for role, target in gaps.items():
        assert sum(hires.get(role, 0) for hires in out.values()) == target, role
    named = {r for roles, rest in phases for r, _ in roles}
    if any(rest for _, rest in phases):
        assert left == []
    else:
        assert set(left) >= {r for r, n in gaps.items() if n and r not in named}
