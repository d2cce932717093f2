"""opsplan/record.py: light records behave as the dataclasses they replace (fields by position
or name, defaults, fresh default factories, frozen), and say what is wrong with a call."""

from __future__ import annotations

from dataclasses import field

import pytest

from opsplan.record import record, replace


@record
class Box:
    name: str
    size: int = 1
    items: list[str] = field(default_factory=list)


@record(frozen=True)
class Point:
    x: int
    y: int = 0


def test_fields_by_position_by_name_and_by_default() -> None:
    box = Box("a", 2, ["x"])
    assert (box.name, box.size, box.items) == ("a", 2, ["x"])
    box = Box(name="b")
    assert (box.name, box.size, box.items) == ("b", 1, [])
    box = Box("c", items=["y"])
    assert (box.size, box.items) == (1, ["y"])


def test_a_default_factory_makes_a_new_value_each_time() -> None:
    first, second = Box("a"), Box("b")
    first.items.append("x")
    assert second.items == []
    assert "items" not in Box.__dict__  # no class attribute shared by the instances


def test_a_wrong_call_says_what_is_wrong() -> None:
    with pytest.raises(TypeError, match=r"Box\(\) needs name"):
        Box()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"takes 3 fields, 4 given"):
        Box("a", 1, [], 4)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"has no field colour"):
        Box("a", colour="red")  # type: ignore[call-arg]


def test_frozen_refuses_changes_and_the_others_take_them() -> None:
    point = Point(1)
    assert (point.x, point.y) == (1, 0)
    with pytest.raises(AttributeError, match="Point is frozen: cannot change x"):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError, match="cannot change y"):
        del point.y
    box = Box("a")
    box.size = 5
    assert box.size == 5


def test_records_compare_by_identity() -> None:
    assert Point(1, 2) != Point(1, 2)
    point = Point(1, 2)
    assert point == point
    assert len({Point(1), Point(1)}) == 2


def test_replace_copies_with_changes() -> None:
    point = Point(1, 2)
    moved = replace(point, y=5)
    assert (moved.x, moved.y, point.y) == (1, 5, 2)
    assert isinstance(moved, Point)
