"""The CLI: golden outputs of every format, and usage errors with exit 2."""

from __future__ import annotations

import csv
import io
import json

import pytest
from helpers import check_golden, run

from opsplan import __version__
from opsplan.commands import COMMANDS as DECLARED

FORMATS = ["table", "json", "csv", "markdown"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_recommend_golden(fmt: str) -> None:
    result = run(["recommend", "--size", "medium", "--marketing", "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    check_golden(f"recommend-medium-marketing.{fmt}", result.stdout)


def test_recommend_small_non_marketing_table_golden() -> None:
    result = run(["recommend", "--size", "small"])
    assert result.exit_code == 0
    check_golden("recommend-small.table", result.stdout)


@pytest.mark.parametrize("fmt", FORMATS)
def test_roles_golden(fmt: str) -> None:
    result = run(["roles", "--format", fmt])
    assert result.exit_code == 0, result.stderr
    check_golden(f"roles.{fmt}", result.stdout)


def test_one_role_table_golden() -> None:
    result = run(["roles", "new-media"])
    assert result.exit_code == 0
    check_golden("roles-new-media.table", result.stdout)


@pytest.mark.parametrize("name", ["seo", "SEO specialist", "seo specialist", "SEO专员", "美工"])
def test_roles_finds_by_id_english_or_chinese_name(name: str) -> None:
    result = run(["roles", name, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] in {"seo", "designer"}


def test_roles_json_lists_objects_with_ids() -> None:
    data = json.loads(run(["roles", "--format", "json"]).stdout)
    assert isinstance(data, list)
    assert len(data) >= 25
    assert {"network-promotion", "designer", "department-manager", "coo"} <= {r["id"] for r in data}


def test_csv_is_parseable() -> None:
    rows = list(csv.DictReader(io.StringIO(run(["recommend", "-s", "large", "-f", "csv"]).stdout)))
    assert [r["role"] for r in rows][:2] == ["network-tech", "seo"]
    assert all(int(r["min"]) <= int(r["recommended"]) <= int(r["max"]) for r in rows)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["recommend", "--size", "huge"],
            "opsplan: error: --size 'huge': expected small, medium or large",
        ),
        (["recommend", "--size", "mid"], "(did you mean medium?)"),
        (["recommend"], "opsplan: error: missing --size / -s"),
        (
            ["recommend", "-s", "small", "--set", "bad"],
            "opsplan: error: --set 'bad': expected NAME=VALUE",
        ),
        (["recommend", "-s", "small", "--set", "nope=1"], "unknown driver 'nope'"),
        (
            ["recommend", "-s", "small", "--format", "xml"],
            "opsplan: error: --format 'xml': expected table, json, csv, markdown",
        ),
        (
            ["recommend", "-s", "small", "--lang", "fr"],
            "opsplan: error: --lang 'fr': expected en, zh",
        ),
        (["validate", "-f", "gh"], "expected text, github, json (did you mean github?)"),
        (
            ["recommend", "-s", "small", "--roles", "/no/such.yaml"],
            "opsplan: error: /no/such.yaml: no such file",
        ),
        (["roles", "webmaster"], "opsplan: error: unknown role 'webmaster'"),
        (
            ["roles", "new-medai"],
            "unknown role 'new-medai' (did you mean New-media operator (new-media)?)",
        ),
        (["frobnicate"], "opsplan: error: no such command: frobnicate"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_bad_roles_file_is_located_exit_1(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "roles.yaml"  # type: ignore[operator]
    path.write_text("roles:\n  - id: x\n    id: y\n")
    result = run(["recommend", "-s", "small", "--roles", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"{path}:3:5: error: duplicate key 'id' (first defined at line 2)\n"


def test_norms_checked_against_the_given_roles(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "roles.yaml"  # type: ignore[operator]
    path.write_text(
        "roles:\n  - {id: x, name: X, name_zh: 甲, family: tech, summary: S., source: [s]}\n"
    )
    result = run(["recommend", "-s", "small", "--roles", str(path)])
    assert result.exit_code == 1
    # one error, at the user's file, naming the missing roles and the way out
    assert result.stderr.startswith(f"{path}:1:1: error: the built-in norms staff 13 role(s)")
    assert "network-promotion" in result.stderr
    assert result.stderr.endswith("give norms that go with it: --norms FILE\n")


def test_version() -> None:
    result = run(["--version"])
    assert (result.exit_code, result.stdout) == (0, f"opsplan {__version__}\n")


@pytest.mark.parametrize("command", ["recommend", "roles", "validate"])
def test_help_of_every_command_has_an_example(command: str) -> None:
    result = run([command, "--help"])
    assert result.exit_code == 0
    assert "Example: opsplan " in result.stdout


def test_validate_json_lists_files_and_problems(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "roles.yaml"  # type: ignore[operator]
    path.write_text("roles:\n  - id: x\n    id: y\n")
    result = run(["validate", str(path), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["files"] == [
        {
            "file": str(path),
            "kind": "unknown",
            "valid": False,
            "errors": 1,
            "warnings": 0,
            "readable": True,
            "checked_against": None,
        }
    ]
    assert data["problems"][0] == {
        "file": str(path),
        "line": 3,
        "col": 5,
        "level": "error",
        "code": "yaml_duplicate_key",
        "message": "duplicate key 'id' (first defined at line 2)",
    }


COMMANDS = [c.name for c in DECLARED]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_help_has_no_type_tags_and_no_cut_summaries(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.argv", ["opsplan", "--lang", lang])
    top = subprocess_help([], lang)
    for command in COMMANDS:
        assert command in top
        text = subprocess_help([command], lang)
        assert "<str>" not in text
        assert "<list" not in text
        assert "TEXT" not in text
    commands = top.split("Commands:" if lang == "en" else "命令：")[-1]  # noqa: RUF001
    assert "..." not in commands


def subprocess_help(args: list[str], lang: str) -> str:
    """`opsplan ARGS --help` in a fresh process (help texts are chosen at import)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "opsplan", *args, "--lang", lang, "--help"],
        capture_output=True,
        check=False,
        cwd="/",
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


def test_recommend_help_points_to_the_drivers() -> None:
    # the drivers are listed once, by `opsplan drivers` (with where each default comes from),
    # not copied into the help where a new driver would be missing
    text = " ".join(subprocess_help(["recommend"], "en").split())
    assert "`opsplan drivers` lists them" in text
    assert "channels, designs" not in text


def test_help_in_chinese() -> None:
    assert "各岗位的推荐人数及人均工作量" in subprocess_help(["recommend"], "zh")
    assert "网络运营部的编制规划与岗位计算工具" in subprocess_help([], "zh")


@pytest.mark.parametrize(
    ("kind", "top"),
    [("roles", "roles"), ("norms", "norms"), ("team", "people"), ("profile", "duties")],
)
def test_schema_of_each_kind(kind: str, top: str) -> None:
    result = run(["schema", kind])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert top in schema["properties"]
    assert schema["additionalProperties"] is False


def test_schema_lists_the_kinds_validate_knows() -> None:
    from opsplan.validate.kinds import KINDS

    data = json.loads(run(["schema", "-f", "json"]).stdout)
    assert [k["name"] for k in data] == [k.name for k in KINDS]
    assert run(["schema", "tem"]).stderr == (
        "opsplan: error: KIND 'tem': expected roles, norms, team, profile, pay, hiring"
        " (did you mean team?)\n"
    )


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (
            ["recommend", "-s", "small", "--frmat", "csv"],
            [
                "opsplan: error: no such option: --frmat (did you mean --format?)",
                "Try 'opsplan recommend --help'.",
            ],
        ),
        (
            ["--lang", "zh", "recommend"],
            ["opsplan：错误：缺少 --size / -s", "运行 `opsplan recommend --help` 查看帮助。"],  # noqa: RUF001
        ),
        (["roles", "a", "b"], ["opsplan: error: unexpected extra arguments: b"]),
        (["recommend", "-s", "small", "--fte=3"], ["opsplan: error: --fte takes no value"]),
    ],
)
def test_typers_usage_errors_in_opsplans_words(args: list[str], lines: list[str]) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[: len(lines)] == lines


def test_schema_states_the_chinese_forms() -> None:
    schema = json.loads(run(["schema", "profile"]).stdout)
    company = schema["$defs"]["Company"]["properties"]
    assert "中型" in company["size"]["enum"]
    assert {"enum": ["是", "否", "yes", "no"]} in company["marketing"]["anyOf"]
    assert "type" not in company["marketing"]
    duty = schema["$defs"]["ProfileDuty"]
    assert {"type": "string", "minLength": 1, "maxLength": 2000} in duty["anyOf"]
