"""The checks of the hiring file that its schema cannot make (`opsplan.core.plandata`): each
finding, where it is (the path `validate` turns into a line), its words and its level, for a
user's file and for the built-in file's stricter checks."""

from __future__ import annotations

from typing import Any

from helpers import DATA, run

from opsplan import api
from opsplan.core.plandata import check_hiring, check_hiring_file
from opsplan.models.data import Catalogue
from opsplan.models.hiring import Hiring
from opsplan.models.problems import Finding

FAMILIES = "default, promotion, content, design, tech, operations, management, commerce, "
FAMILIES += "analytics, support"


def catalogue() -> Catalogue:
    return api.load_data()[0]


def seen(findings: list[Finding]) -> list[tuple[tuple[str | int, ...], str, bool, str]]:
    """Each finding as a user of validate sees it: where, what, on the key or its value, level."""
    return [(f.path, str(f.message), f.key, f.level) for f in findings]


def hiring(*phases: dict[str, Any], **fields: Any) -> Hiring:
    data: dict[str, Any] = {"time_to_hire": {"default": {"days": 30, "basis": REASON}}}
    return Hiring.model_validate({**data, "phases": list(phases), **fields})


REASON = {"kind": "assumption", "reason": "r", "reason_zh": "理由"}


def phase(pid: str, months: list[int], *roles: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": pid,
        "name": pid,
        "months": months,
        "roles": [{"role": r} for r in roles],
        **fields,
    }


def test_a_good_hiring_file_has_no_finding() -> None:
    good = hiring(
        phase("a", [1, 2], "designer", "editor"),
        phase("b", [3, 3], "seo"),
        phase("c", [4, 9], rest=True),
    )
    assert check_hiring(good, catalogue()) == []


def test_time_to_hire_needs_a_default_and_known_families() -> None:
    found = check_hiring(
        hiring(
            phase("a", [1, 2], "designer"),
            time_to_hire={
                "tech": {"days": 3, "basis": REASON},
                "sales": {"days": 3, "basis": REASON},
            },
        ),
        catalogue(),
    )
    assert seen(found) == [
        (
            ("time_to_hire",),
            "time_to_hire needs a `default:` (the days for the families it does not name)",
            True,
            "error",
        ),
        (
            ("time_to_hire", "sales"),
            f"'sales' is not a role family: expected {FAMILIES}",
            True,
            "error",
        ),
    ]


def test_a_time_to_hire_without_a_basis_warns_a_user_and_fails_the_built_in_file() -> None:
    file = hiring(
        phase("a", [1, 2], "designer", name_zh="甲"), time_to_hire={"default": {"days": 3}}
    )
    no_basis = (
        "this time to hire has no basis: add `basis:` (kind: cited, derived or assumption, with"
        " its sources and figure, or its reason)"
    )
    assert seen(check_hiring(file, None)) == [
        (("time_to_hire", "default"), no_basis, True, "warning")
    ]
    assert seen(check_hiring(file, None, strict=True)) == [
        (("time_to_hire", "default"), no_basis, True, "error")
    ]
    assert check_hiring_file(file, roles=None, builtin=True) == check_hiring(
        file, None, strict=True
    )
    assert check_hiring_file(file, roles=None) == check_hiring(file, None)


def test_the_benchmarks_a_time_to_hire_cites_are_listed_and_dated() -> None:
    def basis(kind: str, source: str) -> dict[str, Any]:
        return {"kind": kind, "sources": [source], "figure": "f", "derivation": "d", "reason": "r"}

    times = {
        "default": {"days": 3, "basis": basis("cited", "ghost")},
        "tech": {"days": 3, "basis": basis("derived", "undated")},
        "design": {"days": 3, "basis": basis("assumption", "nowhere")},
    }
    sources = [
        {"id": "undated", "title": "U", "language": "en", "publisher": "P", "contributes": "c"}
    ]
    file = hiring(phase("a", [1, 2], "designer"), time_to_hire=times, sources=sources)
    undated = ("sources", 0), "benchmark 'undated' is cited but names no year", False
    assert seen(check_hiring(file, None)) == [
        (("sources",), "source 'ghost' is not in the file's sources: (undated)", True, "error"),
        (*undated, "warning"),
    ]
    strict = [f for f in seen(check_hiring(file, None, strict=True)) if f[0][0] == "sources"]
    assert strict == [
        (("sources",), "source 'ghost' is not in the file's sources: (undated)", True, "error"),
        (*undated, "error"),
    ]


def test_phases_have_unique_ids() -> None:
    file = hiring(
        phase("a", [1, 2], "designer"), phase("a", [3, 4], "editor"), phase("a", [5, 6], "seo")
    )
    assert seen(check_hiring(file, None)) == [
        (("phases", 1, "id"), "phase 'a' is given twice (first at phases[0])", False, "error"),
        (("phases", 2, "id"), "phase 'a' is given twice (first at phases[0])", False, "error"),
    ]


def test_a_phase_s_months_are_in_order_and_overlap_no_other() -> None:
    file = hiring(
        phase("a", [1, 3], "designer"),
        phase("b", [3, 5], "editor"),  # shares month 3 with a
        phase("c", [2, 4], "seo"),  # within a and b: said once, of a
        phase("d", [9, 7], "sem"),  # backwards
        phase("e", [6, 8], "copywriter"),  # d is backwards: no overlap with it
        phase("f", [10, 12], "designer"),  # ends where g starts
        phase("g", [12, 12], "editor"),
        phase("h", [13, 14], "new-media"),
        phase("i", [20, 19], "seo"),  # backwards, in months no phase holds
    )
    over = "months {}-{} overlap phase '{}' (months {}-{}); phases may not overlap"
    assert seen(check_hiring(file, None)) == [
        (("phases", 1, "months"), over.format(3, 5, "a", 1, 3), False, "error"),
        (("phases", 2, "months"), over.format(2, 4, "a", 1, 3), False, "error"),
        (
            ("phases", 3, "months"),
            "months [9, 7]: the first month is after the last",
            False,
            "error",
        ),
        (("phases", 6, "months"), over.format(12, 12, "f", 10, 12), False, "error"),
        (
            ("phases", 8, "months"),
            "months [20, 19]: the first month is after the last",
            False,
            "error",
        ),
    ]
    later = hiring(phase("a", [5, 6], "designer"), phase("b", [1, 5], "editor"))
    assert seen(check_hiring(later, None)) == [
        (("phases", 1, "months"), over.format(1, 5, "a", 5, 6), False, "error")
    ]
    one_month = hiring(phase("a", [4, 4], "designer"), phase("b", [3, 4], "editor"))
    assert seen(check_hiring(one_month, None)) == [
        (("phases", 1, "months"), over.format(3, 4, "a", 4, 4), False, "error")
    ]


def test_one_phase_takes_the_rest_and_every_other_brings_in_roles() -> None:
    file = hiring(
        phase("a", [1, 1], rest=True),
        phase("b", [2, 2]),
        phase("c", [3, 3], rest=True),
        phase("d", [4, 4], rest=True),
    )
    twice = "a second `rest: true` phase (the first is 'a'); one phase takes the rest"
    assert seen(check_hiring(file, None)) == [
        (
            ("phases", 1),
            "phase 'b' brings in no roles: list its `roles:`, or give it `rest: true`",
            True,
            "error",
        ),
        (("phases", 2, "rest"), twice, False, "error"),
        (("phases", 3, "rest"), twice, False, "error"),
    ]


def test_a_phase_brings_in_known_roles_each_once() -> None:
    file = hiring(
        phase("a", [1, 2], "designer", "desginer", "designer", "designer"),
        phase("b", [3, 4], "designer", source="ghost"),
        sources=[
            {
                "id": "s",
                "title": "S",
                "language": "en",
                "publisher": "P",
                "year": 2020,
                "contributes": "c",
            }
        ],
    )
    twice = "role 'designer' is twice in this phase"
    unknown = "unknown role 'desginer' (did you mean Web and graphic designer (designer)?)"
    assert seen(check_hiring(file, catalogue())) == [
        (("phases", 0, "roles", 1, "role"), unknown, False, "error"),
        (("phases", 0, "roles", 2, "role"), twice, False, "error"),
        (("phases", 0, "roles", 3, "role"), twice, False, "error"),
        (
            ("phases", 1, "source"),
            "source 'ghost' is not in the file's sources: (s)",
            False,
            "error",
        ),
    ]
    assert [f[1] for f in seen(check_hiring(file, None))] == [
        twice,
        twice,
        "source 'ghost' is not in the file's sources: (s)",
    ]
    # validate checks a user's hiring file against the catalogue it names
    assert check_hiring_file(file, roles=catalogue()) == check_hiring(file, catalogue())
    assert check_hiring_file(file, roles=None) == check_hiring(file, None)


def test_the_built_in_hiring_file_names_each_phase_in_both_languages() -> None:
    file = hiring(
        phase("a", [1, 1], "designer"),  # no name_zh
        phase("b", [2, 2], "editor", name_zh="乙", note="n"),  # a note without note_zh
        phase("c", [3, 3], "seo", name_zh="丙", note="n", note_zh="注"),
        phase("d", [4, 4], "sem", name_zh="丁"),
    )
    zh = "the built-in data speaks both languages: add `name_zh/note_zh:`"
    assert seen(check_hiring(file, catalogue(), strict=True)) == [
        (("phases", 0), zh, True, "error"),
        (("phases", 1), zh, True, "error"),
    ]
    assert check_hiring(file, catalogue()) == []


def test_validate_shows_a_bad_hiring_file_s_findings_at_their_lines(tmp_path: Any) -> None:
    text = (DATA / "hiring.yaml").read_text(encoding="utf-8")
    text = text.replace("months: [3, 7]", "months: [2, 7]", 1)
    bad = tmp_path / "hiring.yaml"
    bad.write_text(text, encoding="utf-8")
    result = run(["validate", str(bad)])
    assert result.exit_code == 1
    at = text.index("[2, 7]")  # the value of months:
    line, col = text[:at].count("\n") + 1, at - text.rindex("\n", 0, at)
    assert (
        f"{bad}:{line}:{col}: error: months 2-7 overlap phase 'platform' (months 1-2);"
        " phases may not overlap"
    ) in result.stdout
