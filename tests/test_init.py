"""`opsplan init [KIND] [FILE]`: a profile (the default), team, roles or norms file to start from,
in the chosen language (#17 sections 4 and 7)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from helpers import DATA, run

CJK = re.compile("[\u4e00-\u9fff]")


def comments(text: str) -> list[str]:
    """The comment lines of `text` that are words (not a command to run)."""
    found = [line.split("#", 1)[1] for line in text.splitlines() if line.lstrip().startswith("#")]
    return [c for c in found if not c.strip().startswith("opsplan ")]


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_init_alone_and_with_a_path_still_write_the_profile(tmp_path: Path) -> None:
    assert run(["init"]).exit_code == 0
    assert run(["init", "mine.yaml"]).exit_code == 0
    for name in ("me.yaml", "mine.yaml"):
        assert (tmp_path / name).read_text(encoding="utf-8").startswith("# opsplan profile")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["me.yaml", "mine.yaml"]


def test_the_profile_in_chinese_has_chinese_comments_and_the_same_roles(tmp_path: Path) -> None:
    result = run(["init", "--lang", "zh"])
    assert result.exit_code == 0, result.stderr
    assert "已写入 me.yaml" in result.stderr
    text = (tmp_path / "me.yaml").read_text(encoding="utf-8")
    assert all(CJK.search(c) for c in comments(text)), text
    assert run(["validate", "me.yaml"]).exit_code == 0
    report = json.loads(run(["overload", "me.yaml", "-f", "json"]).stdout)
    assert report["roles_covered"] == ["seo", "new-media", "tech-support"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_team_file_to_start_from(lang: str, tmp_path: Path) -> None:
    result = run(["init", "team", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    assert "team team.yaml" in result.stderr
    text = (tmp_path / "team.yaml").read_text(encoding="utf-8")
    assert all(bool(CJK.search(c)) == (lang == "zh") for c in comments(text)), text
    assert run(["validate", "team.yaml"]).exit_code == 0
    report = json.loads(run(["team", "team.yaml", "-f", "json"]).stdout)
    assert report["headcount"] == 4
    assert report["vacancies"] == 1


@pytest.mark.parametrize("kind", ["roles", "norms"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_built_in_data_to_customise(kind: str, lang: str, tmp_path: Path) -> None:
    result = run(["init", kind, f"my-{kind}.yaml", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    assert f"--{kind} my-{kind}.yaml" in result.stderr
    text = (tmp_path / f"my-{kind}.yaml").read_text(encoding="utf-8")
    builtin = (DATA / f"{kind}.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text) == yaml.safe_load(builtin)  # the same data
    assert f"opsplan validate my-{kind}.yaml" in text
    if lang == "zh":  # the comments are Chinese; the built-in English ones are left out
        assert all(CJK.search(c) for c in comments(text))
        assert "# a person's working week" not in text
    assert run(["validate", f"my-{kind}.yaml"]).exit_code == 0
    option = ["--roles" if kind == "roles" else "--norms", f"my-{kind}.yaml"]
    mine = run(["recommend", "-s", "medium", *option, "-f", "json"]).stdout
    assert mine == run(["recommend", "-s", "medium", "-f", "json"]).stdout


def test_dash_writes_to_stdout(tmp_path: Path) -> None:
    result = run(["init", "norms", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# opsplan staffing norms")
    assert "norms:" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_never_over_a_file_without_force(tmp_path: Path) -> None:
    (tmp_path / "roles.yaml").write_text("mine\n", encoding="utf-8")
    result = run(["init", "roles"])
    assert result.exit_code == 2
    assert "roles.yaml: already exists; use --force to overwrite it" in result.stderr
    assert (tmp_path / "roles.yaml").read_text(encoding="utf-8") == "mine\n"
    assert run(["init", "roles", "--force"]).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["init", "role"], "'role': did you mean roles? (to write a profile named role, give:"),
        (["init", "teams"], "'teams': did you mean team?"),
        (
            ["init", "bogus", "x.yaml"],
            "unknown kind 'bogus': expected profile, team, roles or norms",
        ),
    ],
)
def test_a_kind_that_is_not_one(args: list[str], message: str, tmp_path: Path) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_profile_named_like_a_kind_can_still_be_written(tmp_path: Path) -> None:
    assert run(["init", "profile", "role"]).exit_code == 0
    assert (tmp_path / "role").read_text(encoding="utf-8").startswith("# opsplan profile")
