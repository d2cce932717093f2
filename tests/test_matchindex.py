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
from opsplan.core.matchindex import Index, Term, build, description_units, read
from opsplan.models.data import Catalogue

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
    assert shipped.grams is not None  # the descriptions ready: no command builds them
    assert builtin.matcher_index() == build(CATALOGUE)  # the JSON itself, its short forms too


def _tiers(catalogue: Catalogue) -> dict[str, tuple[str, float, bool, bool]]:
    """Each phrase of the roles as its tier makes it: role, weight, platform, act (the first
    tier and role that name it)."""
    weight = {"strong": "strong", "platform": "platform", "general": "platform", "weak": "weak"}
    out: dict[str, tuple[str, float, bool, bool]] = {}
    for tier in ("strong", "en", "zh", "acts", "general", "platform", "weak"):
        for role in catalogue.roles:
            for phrase in getattr(role.keywords, tier):
                value = getattr(catalogue.matching, weight.get(tier, "normal"))
                term = (role.id, value, tier in ("general", "platform"), tier == "acts")
                out.setdefault(phrase, term)
    return out


def test_every_phrase_is_read_with_its_roles_weight_and_tier() -> None:
    index = read(builtin.matcher_index())
    assert index is not None
    gapped = [term for _, term in index.gapped if isinstance(term, Term)]
    terms = [*index.words.values(), *index.chars.values(), *gapped]
    read_back = {t.shown: (t.role, t.weight, t.platform, t.act) for t in terms if t.role}
    tiers = _tiers(CATALOGUE)
    assert read_back.items() <= tiers.items()
    assert len(read_back) > 0.9 * len(tiers)
    assert {(t.platform, t.act) for t in gapped} == {(False, False), (True, False), (False, True)}
    nobody = {(t.weight, t.platform, t.act) for t in terms if t.role is None}
    assert nobody == {(0.0, False, False)}  # negative and ignored phrases


@pytest.mark.parametrize(
    ("duty", "role", "words"),
    [
        # 教…用 is a verb of working on things (`acts`): the tool beside it is the doer's
        ("教同事用OA系统", "tech-support", ["同事", "教…用", "oa系统"]),
        # 安排…工作 is `general`: work every team has gives way to the team named
        ("安排客服的工作", "customer-service-lead", ["客服"]),
    ],
)
def test_a_phrase_with_gaps_counts_as_its_tier_says(duty: str, role: str, words: list[str]) -> None:
    found = api.match([duty]).phrases[0]
    assert found.role == role
    assert found.candidates[0].words == words


def test_a_negative_or_ignored_phrase_with_gaps_is_not_indexed() -> None:
    first = CATALOGUE.roles[0]
    keywords = first.keywords.model_copy(update={"negative": ["不…负责", "^不含"]})
    roles = [first.model_copy(update={"keywords": keywords}), *CATALOGUE.roles[1:]]
    ignore = [*CATALOGUE.matching.ignore, "其他…事项"]
    matching = CATALOGUE.matching.model_copy(update={"ignore": ignore})
    catalogue = CATALOGUE.model_copy(update={"roles": roles, "matching": matching})
    assert build(catalogue, grams=False)["gapped"] == build(CATALOGUE, grams=False)["gapped"]


def test_a_roles_description_units_are_its_words_and_character_pairs() -> None:
    """A catalogue in English but for the names: no unit from the Chinese it does not have."""
    role = {"name": "R", "source": ["x"]}
    roles: list[dict[str, object]] = [
        {**role, "id": "a", "name_zh": "网管", "family": "tech", "summary": "Fixes printers."},
        {**role, "id": "b", "name_zh": "美工", "family": "design", "summary": "Fixes posters."},
    ]
    roles[0]["duties"] = [{"name": "Replace toner", "hours": 1}]
    catalogue = Catalogue.model_validate({"roles": roles}, strict=False)
    units = description_units(catalogue)
    assert units.keys() == {"fix", "printer", "replac", "toner", "网管", "poster", "美工"}
    assert units["printer"] == {"a": 1.0}  # a unit of one role only
    assert units["fix"] == {"a": pytest.approx(0.263, abs=1e-3), "b": units["fix"]["a"]}


def test_a_description_word_counts_once_and_each_one_counts() -> None:
    index = read(builtin.matcher_index())
    assert index is not None
    assert index.grams is not None
    printer, seo = index.grams.find("printer"), index.grams.find("seo")
    assert printer == [("network-tech", 1.0, "printer")]
    assert index.grams.find("printer printer") == printer
    assert index.grams.find("printer and seo") == printer + seo


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
        {"words": [[3, 1.0, False, False, ["x", ""]]], "chars": [], "gapped": []},
        {"words": [], "chars": [], "gapped": [[[], False, "vlead"]]},
        {"words": [], "chars": [], "gapped": [[[""], False, "vlead"]]},
        {"words": [], "chars": [], "gapped": [[[3], False, "vlead"]]},
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
