"""Fuzzing with hypothesis: whatever the input, only opsplan's own errors come out, and the
commands exit 0, 1 or 2, never 70 (an internal error) and never with a traceback.

OPSPLAN_FUZZ_EXAMPLES sets the number of examples per test (default 2000 for the loader,
a tenth of that, at least 100, for each command).
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

import yaml
from helpers import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsplan import loader
from opsplan.models.data import Catalogue, NormSet
from opsplan.models.problems import InputError
from opsplan.models.profile import Profile

EXAMPLES = int(os.environ.get("OPSPLAN_FUZZ_EXAMPLES", "2000"))
CLI_EXAMPLES = max(EXAMPLES // 10, 100)
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=CLI_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

TOKENS = [
    *":-?[]{},&*!|>'\"#%@`~ \n\t.0123456789eE+_abcdrsty",
    *["company", "size", "small", "duties", "role", "task", "hours", "roles", "norms", "id"],
    *["!!python/object", "!!str", "!!int", "<<", "---", "...", "\ufeff", "é", "公众号", "\x00"],
    "9" * 1000,
]
YAMLISH = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)
KEYS = st.sampled_from(
    [
        *["company", "size", "marketing", "duties", "role", "task", "hours", "name"],
        *["capacity_hours", "platforms", "employees", "roles", "norms", "id", "min", "max", "x"],
        *["people", "outsourced", "vacancy"],
    ]
)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["small", "medium", "large", "seo", "new-media", "美工", "公众号", "", "yes"]),
    st.text(max_size=20),
)
STRUCTURES = st.recursive(
    VALUES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=25,
)


def load_all(text: str) -> None:
    """Parse and validate `text` as each kind of file; only InputError may come out."""
    try:
        source = loader.parse("f.yaml", text)
    except InputError:
        return
    for model in (Catalogue, NormSet, Profile):
        problems = []
        try:
            loader.validate(source, model)
        except InputError as exc:
            problems = exc.problems
        assert all(p.file == "f.yaml" and p.message for p in problems)


@FAST
@given(YAMLISH)
def test_loader_on_yaml_like_text(text: str) -> None:
    load_all(text)


@FAST
@given(st.binary(max_size=200))
def test_loader_on_bytes(data: bytes) -> None:
    with contextlib.suppress(InputError):
        load_all(loader.decode("f.yaml", data))


@FAST
@given(st.dictionaries(KEYS, STRUCTURES, max_size=6))
def test_loader_on_structures(data: dict[str, Any]) -> None:
    load_all(yaml.safe_dump(data, allow_unicode=True))


def check_command(args: list[str], stdin: str) -> None:
    result = run(args, stdin=stdin.encode("utf-8", errors="surrogatepass"))
    output = result.stdout + result.stderr
    assert result.exit_code in (0, 1, 2), output
    assert "Traceback" not in output


@SLOW
@given(YAMLISH)
def test_overload_on_yaml_like_text(text: str) -> None:
    check_command(["overload", "-", "--format", "json"], text)


@SLOW
@given(
    st.fixed_dictionaries({"company": STRUCTURES, "duties": STRUCTURES}, optional={"name": VALUES})
)
def test_overload_on_profile_like_structures(data: dict[str, Any]) -> None:
    check_command(["overload", "-", "--format", "csv"], yaml.safe_dump(data, allow_unicode=True))


@SLOW
@given(st.dictionaries(KEYS, STRUCTURES, max_size=6))
def test_validate_on_structures(data: dict[str, Any]) -> None:
    check_command(["validate", "-"], yaml.safe_dump(data, allow_unicode=True))


@SLOW
@given(YAMLISH, st.sampled_from(["--roles", "--norms"]))
def test_recommend_with_fuzzed_data_files(text: str, option: str) -> None:
    check_command(["recommend", "--size", "small", option, "-", "--format", "json"], text)


def test_keys_that_are_not_strings() -> None:
    for text in (
        "~: 1\ncompany: {size: small}\n",
        "1.5: x\ntrue: y\n.nan: z\n",
        "company: {~: 1}\n",
    ):
        check_command(["overload", "-"], text)
        check_command(["validate", "-"], text)


@SLOW
@given(
    st.fixed_dictionaries({"company": STRUCTURES, "people": STRUCTURES}, optional={"name": VALUES})
)
def test_team_on_team_like_structures(data: dict[str, Any]) -> None:
    check_command(["team", "-", "--format", "json"], yaml.safe_dump(data, allow_unicode=True))


CSV_TOKENS = [*',\n\r"; ', "name", "role", "share", "capacity_hours", "outsourced", "vacancy"]
CSV_TOKENS += ["seo", "美工", "0.5", "1", "-3", "1e308", "nan", "true", "是", "\ufeff", "x" * 300]
CSVISH = st.lists(st.sampled_from(CSV_TOKENS), max_size=60).map("".join)


@FAST
@given(CSVISH)
def test_roster_on_csv_like_text(text: str) -> None:
    from opsplan.errors import UsageError
    from opsplan.models.people import Team
    from opsplan.roster import parse_roster

    try:
        source = parse_roster("r.csv", text, {"size": "small"})
        loader.validate(source, Team)
    except (InputError, UsageError):
        pass
