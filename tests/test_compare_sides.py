"""What a boss's trial of `compare` and `recommend` found: a roster side with no way to give its
company, and totals that the parts shown beside them did not add up to (compare's header in
people, its total row in FTE; recommend's shared roles). Through the core and the command line,
in both languages."""

from __future__ import annotations

import re

import pytest
from helpers import ROOT, run
from hypothesis import given
from hypothesis import strategies as st

from opsplan import api
from opsplan.core.rounding import shown_sum, tenths
from opsplan.errors import UsageError
from opsplan.models.data import SIZES


# ---------------------------------------------------------------- 3. compare a roster
def test_a_roster_side_gives_its_company_after_the_file(trial_roster: str) -> None:
    result = api.compare(f"{trial_roster}:medium:marketing", "medium:marketing")
    assert (result.left.kind, result.left.size, result.left.marketing) == ("team", "medium", True)
    assert result.left.label == trial_roster  # the file, not the file and its company
    plain = api.compare(f"{trial_roster}:medium", "medium", marketing=True)  # --marketing's focus
    assert plain.left.marketing
    chinese = api.compare(f"{trial_roster}\uff1a中型\uff1a营销", "中型:营销")  # full-width colons
    assert chinese.roles == result.roles


@pytest.mark.parametrize(
    ("side", "message"),
    [
        ("roster.csv", "roster.csv:medium"),  # says how, in compare's syntax
        ("roster.csv:meduim", "did you mean medium?"),
        ("roster.csv:medium:x", "expected a focus"),
    ],
)
def test_a_roster_side_without_a_good_company_is_a_usage_error(
    trial_roster: str, side: str, message: str
) -> None:
    result = run(["compare", side, "medium:marketing"])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "--size" not in result.stderr


def test_a_roster_side_without_a_company_says_so_in_chinese(trial_roster: str) -> None:
    result = run(["compare", trial_roster, "medium:marketing", "--lang", "zh"])
    assert result.exit_code == 2
    assert "名单中没有企业信息" in result.stderr
    assert "roster.csv:medium" in result.stderr


def test_a_team_files_company_is_overridden_by_the_side() -> None:
    team = "examples/team.yaml"
    result = api.compare(str(ROOT / team) + ":large", "large")
    assert result.left.size == "large"
    with pytest.raises(UsageError):
        api.compare(str(ROOT / team) + ":huge", "large")


# ---------------------------------------------------------------- 5. totals as shown
def test_tenths_round_half_up_as_shown() -> None:
    assert [tenths(x) for x in (0.25, 0.24, -0.25, 1.05, 2.0)] == [0.3, 0.2, -0.3, 1.1, 2.0]
    assert shown_sum([0.44, 0.24]) == 0.6  # not 0.68 shown as 0.7
    assert shown_sum([]) == 0.0


@given(st.lists(st.floats(min_value=0, max_value=50, allow_nan=False), max_size=30))
def test_a_shown_sum_is_the_sum_of_the_shown_parts(values: list[float]) -> None:
    total = shown_sum(values)
    assert total == tenths(total)
    assert abs(total - sum(tenths(v) for v in values)) < 1e-6


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("marketing", [True, False])
def test_recommends_shared_roles_add_up_to_their_total(size: str, marketing: bool) -> None:
    result = api.recommend(size=size, marketing=marketing)  # type: ignore[arg-type]
    for note in (n for n in result.notes if n.code == "shared_roles"):
        parts = [p["params"]["fte"] for p in note.params["roles"]]
        assert note.params["fte"] == pytest.approx(sum(parts))


def test_recommend_medium_says_what_its_parts_add_to() -> None:
    out = run(["recommend", "-s", "medium", "--lang", "zh"]).stdout
    found = re.search(r"可由一人兼任：(.*)；合计 ([\d.]+) FTE", out.replace("\n", ""))  # noqa: RUF001
    assert found is not None
    parts = [float(x) for x in re.findall(r"（([\d.]+) FTE）", found.group(1))]  # noqa: RUF001
    assert sum(parts) == pytest.approx(float(found.group(2)))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_compares_facts_rows_and_total_agree(trial_roster: str, lang: str) -> None:
    result = run(["compare", f"{trial_roster}:medium:marketing", "medium:marketing", "--lang", lang,
                  "-f", "csv"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    table = run(["compare", f"{trial_roster}:medium:marketing", "medium:marketing", "--lang", lang])
    out = table.stdout
    total = next(line for line in out.splitlines() if line.strip().startswith(("合计", "Total")))
    left, right, delta = total.split()[1:4]
    assert (left, right, delta) == ("12.3", "13", "+0.7")
    assert "12.3 FTE" in out
    assert "+0.7 FTE" in out


def test_compares_row_differences_add_to_the_total_as_shown(trial_roster: str) -> None:
    result = api.compare(f"{trial_roster}:medium:marketing", "medium:marketing")
    left = shown_sum(r.left for r in result.roles)
    right = shown_sum(r.right for r in result.roles)
    shown = [round(tenths(r.right) - tenths(r.left), 1) for r in result.roles]
    assert sum(shown) == pytest.approx(right - left)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["small", "hugeee"], "RIGHT 'hugeee': neither a size (small, medium or large;"),
        (["smal", "medium"], "LEFT 'smal': expected small, medium or large (did you mean small?)"),
        (["micro", "medium"], "LEFT 'micro': micro enterprises are outside the norms"),
        (["small", "roster.csv:hugeee"], "RIGHT 'hugeee': expected small, medium or large"),
    ],
)
def test_a_bad_side_is_named_as_the_side_it_is(args: list[str], said: str) -> None:
    """compare's sides are LEFT and RIGHT, not `--size`: the message names the one given, and
    a word that is neither a size nor a file says both."""
    result = run(["compare", *args])
    assert result.exit_code == 2
    assert f"opsplan: error: {said}" in result.stderr
    assert "--size" not in result.stderr


def test_a_bad_side_in_chinese() -> None:
    result = run(["--lang", "zh", "compare", "small", "zzz"])
    assert result.exit_code == 2
    assert "RIGHT “zzz”\uff1a既不是规模" in result.stderr
    assert run(["recommend", "--size", "hugee"]).stderr.startswith("opsplan: error: --size 'hugee'")
