"""The matcher's index that the built-in catalogue ships (data/builtin.json's last line): the
same tables as the index built from the catalogue, and the same matches as a user's catalogue
(`--roles`) gets from its own, built on each run; a broken or stale one is not used."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import DATA, ROOT
from hypothesis import given
from hypothesis import strategies as st

from opsplan import api, builtin
from opsplan.core.matcher import TaskMatcher
from opsplan.core.matchindex import Index, build, read

CATALOGUE, _ = api.load_data()


def _texts() -> list[str]:
    """Every labelled and blind duty line, and the start-up benchmark's fifteen."""
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "matching").glob("*.yaml")):
        texts += [next(iter(item)) for item in yaml.safe_load(path.read_text("utf-8"))]
    profile = yaml.safe_load((ROOT / "bench" / "fifteen-duties.yaml").read_text("utf-8"))
    duties: list[str] = profile["duties"]
    return texts + duties


def _plain(index: Index) -> tuple[object, ...]:
    gapped = [(g.parts, g.anchored, item) for g, item in index.gapped]
    return index.words, index.chars, gapped, index.grams.units if index.grams else None


def test_the_shipped_index_is_the_catalogues() -> None:
    shipped = read(builtin.matcher_index())
    built = read(build(CATALOGUE))
    assert shipped is not None
    assert built is not None
    assert _plain(shipped) == _plain(built)
    assert list(shipped.words) == list(built.words)  # the same order too
    assert list(shipped.chars) == list(built.chars)


def test_the_builtin_catalogue_and_a_users_copy_match_alike() -> None:
    texts = _texts()
    assert len(texts) > 1000
    shipped = read(builtin.matcher_index())
    users, _ = api.load_data(roles=str(DATA / "roles.yaml"), norms=str(DATA / "norms.yaml"))
    assert users == CATALOGUE
    own = TaskMatcher(users)  # built from the catalogue, as for --roles
    ready = TaskMatcher(CATALOGUE, shipped)
    assert [own.match(t) for t in texts] == [ready.match(t) for t in texts]
    report = api.match(texts[:50])
    mine = api.match(texts[:50], roles=str(DATA / "roles.yaml"))
    assert report == mine


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"words": []},
        {"words": [[None, 1.0, False, ["x", ""]]], "chars": [], "gapped": []},
        {"words": [["seo", "heavy", False, False, ["x", ""]]], "chars": [], "gapped": []},
        {"words": [["seo", 1.0, False, False, ["x"]]], "chars": [], "gapped": []},
        {"words": [["seo", 1.0, False, False, [3, ""]]], "chars": [], "gapped": []},
        {"words": [], "chars": [], "gapped": [[[], False, "vlead"]]},
        {"words": [], "chars": [], "gapped": [[["x"], False, "xlead"]]},
        {"words": [], "chars": [], "gapped": [], "grams": [[1, ["seo"], ["x"]]]},
        {"words": [], "chars": [], "gapped": [], "grams": {}},
    ],
)
def test_an_index_of_another_shape_is_not_read(data: object) -> None:
    assert read(data) is None


def test_a_stale_or_broken_index_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (*builtin.FILES, builtin.NAME):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    monkeypatch.setattr(builtin, "_data_dir", lambda: str(tmp_path))
    assert builtin.matcher_index() is not None
    cache = tmp_path / builtin.NAME
    lines = cache.read_bytes().split(b"\n")
    lines[1 + builtin.INDEX] = b'{"words": 3}'
    cache.write_bytes(b"\n".join(lines))
    assert read(builtin.matcher_index()) is None
    assert api.match(["百度竞价账户管理"]).phrases[0].role == "sem"  # built from the catalogue
    cache.write_bytes(b"\n".join(lines[: 1 + builtin.INDEX]))
    assert builtin.matcher_index() is None
    roles = tmp_path / "roles.yaml"
    roles.write_bytes(roles.read_bytes() + b"# edited\n")
    assert builtin.matcher_index() is None  # the YAML changed: the key no longer matches


@given(st.text(alphabet=st.sampled_from("ab 设计网站㐀鿿\u33ff\ua000、\uff0c1"), max_size=30))
def test_the_description_pairs_are_what_the_cjk_pattern_found(text: str) -> None:
    """Chinese pairs found in a loop, as the pattern `[\u3400-\u9fff]+` found them."""
    import re

    from opsplan.core.matchindex import _units

    words = [u for u in _units(text) if u[0].isascii()]
    pairs = [
        (r[i : i + 2],) * 2 for r in re.findall("[\u3400-\u9fff]+", text) for i in range(len(r) - 1)
    ]
    assert _units(text) == words + pairs
