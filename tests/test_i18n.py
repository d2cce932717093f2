"""Two languages: the catalogue is complete, renderers hold no words, Chinese output is Chinese."""

from __future__ import annotations

import ast
import re
import string
import typing
from pathlib import Path

import pytest
from helpers import ROOT, run

from opsplan.i18n import Msg, detect_lang, text
from opsplan.messages.en import MESSAGES as EN
from opsplan.messages.zh import MESSAGES as ZH
from opsplan.textfmt import width

PACKAGE = ROOT / "opsplan"


def fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_key_is_in_both_languages_with_the_same_placeholders() -> None:
    assert set(EN) == set(ZH)
    for key in EN:
        assert fields(EN[key]) == fields(ZH[key]), key


def codes_in_source() -> set[str]:
    """Every message code named as a literal in the package."""
    found: set[str] = set()
    pattern = re.compile(r"""(?:Msg|\bt|\btext|\bh)\(\s*"([a-z_0-9]+)"|code="([a-z_0-9]+)\"""")
    for path in PACKAGE.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            found.add(match.group(1) or match.group(2))
    return found


def test_every_code_used_is_in_the_catalogue() -> None:
    used = codes_in_source()
    assert len(used) > 150
    assert used - set(EN) == set()


def test_every_help_key_of_the_declaration_is_in_the_catalogue() -> None:
    from opsplan.commands import COMMANDS
    from opsplan.params import PROGRAM

    keys = {p.help for p in PROGRAM} | {"help_app", "help_usage", "help_option"}
    for command in COMMANDS:
        keys |= {command.help, command.short, *(p.help for p in command.params)}
    assert len(keys) > 30
    assert keys - set(EN) == set()


@pytest.mark.parametrize(
    "prefix",
    ["size_", "focus_", "family_", "kind_", "status_", "reason_", "col_name_", "dept_"],
)
def test_computed_codes_exist(prefix: str) -> None:
    from opsplan.models.data import SIZES, Family

    values = {
        "size_": SIZES,
        "focus_": ("marketing", "other"),
        "family_": typing.get_args(Family),
        "kind_": ("roles", "norms", "profile", "team"),
        "status_": ("missing", "under", "in_range", "over", "not_in_norm", "optional"),
        "reason_": ("missing", "under", "overloaded"),
        "col_name_": ("en", "zh"),
        "dept_": ("true", "false"),
    }[prefix]
    for value in values:
        assert f"{prefix}{value}" in EN


# Strings a renderer may hold: format syntax, encodings, module names, ANSI codes.
ALLOWED = {"utf-8", "utf8", "utf_8", "backslashreplace", "true", "false"}
ALLOWED |= {"file=", "line=", "col=", "::notice::"}  # GitHub's annotation syntax
ALLOWED |= {"source_date_epoch"}  # the reproducible-builds variable the workbook reads


def renderer_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


# Markup is not a label: tags (whole, or cut at either end of an f-string's part), attributes,
# quoted CSP keywords and hyphenated CSS/HTML names are left out before looking for words;
# a class name or a file name alone is an identifier.
MARKUP = re.compile(
    r"[\w:-]+=(\"[^\"]*\"?|'[^']*'?)|<[^>]*>?|^[^<]*?>|^[^\"<>\s]*\"|'[\w+/=-]*'?"
    r"|\b[a-z]+(-[a-z0-9]+)+\b"
)


@pytest.mark.parametrize(
    "path",
    sorted(p for p in (PACKAGE / "render").glob("*.py") if p.name != "__init__.py"),
    ids=lambda p: p.name,
)
def test_no_renderer_holds_a_label(path: Path) -> None:
    words = [
        s
        for s in renderer_literals(path)
        if re.search(r"[A-Za-z]{3,}", MARKUP.sub(" ", s))
        and s.lower() not in ALLOWED
        and not s.startswith("opsplan.")
        and not re.fullmatch(r"[a-z_.-]+", s.strip())  # identifiers: keys, codes, formats
    ]
    assert words == [], f"{path.name} holds words; put them in the catalogue"


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"}, "zh"),
        ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"OPSPLAN_LANG": "zh", "LC_ALL": "en_US.UTF-8"}, "zh"),
        ({"OPSPLAN_LANG": "klingon", "LANG": "zh_CN"}, "zh"),
    ],
)
def test_language_comes_from_opsplan_lang_then_the_locale(env: dict[str, str], lang: str) -> None:
    assert detect_lang(env) == lang


def test_a_msg_is_its_english_text_and_speaks_chinese() -> None:
    message = Msg("unknown_role_close", role="x", close="seo")
    assert message == "unknown role 'x' (did you mean seo?)"
    assert message.text("zh") == "未知岗位“x”：是否想找 seo？"  # noqa: RUF001
    nested = Msg("expected", what=Msg("exp_number"), got=Msg("the_string", value="6"))
    assert nested.text("zh") == "应为数字，实际为“6”"  # noqa: RUF001
    assert text("data_note", "zh", text={"en": "E", "zh": "中"}) == "中"


# Every command, in Chinese, in every human format: no English left outside names and ids.
ZH_RUNS = [
    ["recommend", "--size", "medium", "--marketing"],
    ["recommend", "--size", "small", "--set", "platforms=6", "--set", "designs=20"],
    ["recommend", "--size", "large", "--marketing", "--fte"],
    ["roles"],
    ["roles", "新媒体"],
    ["roles", "seo"],
    ["drivers"],
    ["overload", "examples/allrounder.yaml"],
    ["team", "examples/team.yaml"],
    ["team", "examples/roster.csv", "--size", "medium", "--marketing"],
    ["schema"],
    ["recommend", "--size", "medium", "--marketing", "--cost"],
    ["team", "examples/team.yaml", "--cost"],
    ["plan", "--size", "medium", "--marketing", "--start", "2027-01"],
    ["plan", "--team", "examples/small-team.yaml", "--start", "2027-01", "--budget", "40000"],
    ["compare", "small", "medium", "--marketing"],
    ["compare", "examples/team.yaml", "medium:marketing"],
]


PLAN_FILES = ("pay.yaml", "hiring.yaml")


def names_and_ids() -> set[str]:
    """Words allowed in Chinese output: ids, English names and keywords from the data,
    people's names in the examples, acronyms and the program's own name."""
    import yaml

    roles = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))
    norms = yaml.safe_load((ROOT / "data" / "norms.yaml").read_text(encoding="utf-8"))
    words = {"opsplan", "Weinberg", "ROLE", "hours", "role", "SEO", "SEM", "ERP", "IT", "ASO"}
    words |= {"Facebook"}  # a platform, in a benchmark's figure
    words |= {"FTE"}  # 折合全职人数, as Chinese ops and HR write it
    words |= {"QQ", "ROI", "IDC", "FILE", "NAME", "VALUE", "company", "drivers", "catalogue"}
    words |= {"recommend", "overload", "set", "schema", "validate"}  # command names in a hint
    words |= {"roles", "norms", "team", "profile", "people", "duties", "JSON", "Schema"}  # kinds
    from opsplan.validate.kinds import KINDS

    words |= {k.name for k in KINDS} | {key for k in KINDS for key in k.keys}
    words |= {"CNY", "FTE", "PHP"}  # the currency; FTE as the legend gives it; a job title
    plan_data = [yaml.safe_load((ROOT / "data" / n).read_text("utf-8")) for n in PLAN_FILES]
    for role in roles["roles"]:
        words |= {role["id"], *role["id"].split("-")}
        words |= set(re.findall(r"[A-Za-z]+", role["name"]))
        for tier in ("strong", "en", "zh", "platform", "weak"):  # phrases are data, as written
            for keyword in role["keywords"].get(tier, []):
                words |= set(re.findall(r"[A-Za-z]+", keyword))
    for source in [
        *roles["sources"],
        *norms["sources"],
        *(s for d in plan_data for s in d["sources"]),
    ]:
        # citations keep their own titles, publishers and where they were read
        for key in ("title", "publisher", "via"):
            words |= set(re.findall(r"[A-Za-z]+", source.get(key) or ""))
    words |= set(norms["drivers"]) | {p for d in norms["drivers"] for p in d.split("_")}
    for example in ("team.yaml", "allrounder.yaml", "roster.csv", "small-team.yaml"):
        words |= set(re.findall(r"[A-Za-z]+", (ROOT / "examples" / example).read_text()))
    return words


@pytest.mark.parametrize("args", ZH_RUNS, ids=" ".join)
@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_chinese_output_has_no_english_label(
    args: list[str], fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = run([*args, "--lang", "zh", "--format", fmt])
    assert result.exit_code == 0, result.stderr
    allowed = names_and_ids()
    leftovers = {w for w in re.findall(r"[A-Za-z][A-Za-z_]+", result.stdout) if w not in allowed}
    assert leftovers == set(), result.stdout


@pytest.mark.parametrize("args", ZH_RUNS, ids=" ".join)
def test_tables_stay_aligned_with_cjk_text_in_80_columns(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "80")
    result = run([*args, "--lang", "zh"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(width(line) for line in lines) <= 80
    for n, line in enumerate(lines):
        if line.startswith(" ─"):
            header = lines[n - 1]
            starts = [m.start() for m in re.finditer(r"(?<=   )\S", header)]
            assert width(line) >= width(header.rstrip())
            assert starts  # the header has columns


def test_environment_chooses_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert run(["recommend", "-s", "small"]).stdout.startswith("推荐编制")
    monkeypatch.setenv("OPSPLAN_LANG", "en")
    assert run(["recommend", "-s", "small"]).stdout.startswith("Recommended staffing")


def test_errors_speak_chinese() -> None:
    result = run(["roles", "新媒休", "--lang", "zh"])
    assert result.exit_code == 2
    assert result.stderr == "opsplan：错误：未知岗位“新媒休”：是否想找新媒体运营（new-media）？\n"  # noqa: RUF001


def test_machine_formats_keep_their_keys_in_chinese() -> None:
    import csv
    import io
    import json

    en = run(["recommend", "-s", "medium", "--marketing", "-f", "csv"]).stdout
    zh = run(["recommend", "-s", "medium", "--marketing", "-f", "csv", "--lang", "zh"]).stdout
    assert en.splitlines()[0] == zh.splitlines()[0]
    rows = list(csv.DictReader(io.StringIO(zh)))
    assert rows[0]["role"] == "network-promotion"
    assert rows[0]["name"] == "网络推广专员"
    data = json.loads(run(["recommend", "-s", "medium", "-f", "json", "--lang", "zh"]).stdout)
    assert data["roles"][0]["name"] == "网络管理员"
    assert data["roles"][0]["role"] == "network-tech"
    assert data["notes"][0]["code"] == "data_note"
    assert data["notes"][0]["text"] == "不含微型企业。"


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (
            ["recommend", "--size", "中型", "--marketing"],
            "推荐编制：中型企业，侧重营销的网络运营部",  # noqa: RUF001
        ),
        (["roles", "新媒体"], "新媒体运营（New-media operator），编号 new-media，运营类"),  # noqa: RUF001
        (["roles", "跟单"], "跟单员（Merchandiser (order follow-up)），编号 merchandiser，电商类"),  # noqa: RUF001
    ],
)
def test_chinese_inputs(args: list[str], first: str) -> None:
    result = run([*args, "--lang", "zh"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == first


def test_a_profile_in_chinese(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text(
        "name: 老王\ncompany: {size: 中型, marketing: 否}\nduties:\n"
        "  - 公众号、微博、抖音的日常运营\n  - {role: 美工, hours: 10}\n",
        encoding="utf-8",
    )
    result = run(["overload", str(profile), "--lang", "zh", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    import json

    data = json.loads(result.stdout)
    assert (data["size"], data["marketing"]) == ("medium", False)
    assert data["roles_covered"] == ["new-media", "designer"]


INTERNAL = re.compile(r"\bseeds?\b|shared/|DOMAIN\.md", re.I)


@pytest.mark.parametrize(
    "path",
    [*sorted((ROOT / "data").glob("*.yaml")), *sorted((ROOT / "examples").iterdir())],
    ids=lambda p: p.name,
)
def test_shipped_files_name_no_internal_sources(path: Path) -> None:
    if path.suffix == ".xlsx":  # a workbook: its parts
        import zipfile

        with zipfile.ZipFile(path) as book:
            texts = [book.read(name).decode("utf-8") for name in book.namelist()]
    else:
        texts = [path.read_text(encoding="utf-8")]
    assert not any(INTERNAL.search(text) for text in texts)


@pytest.mark.parametrize("args", ZH_RUNS, ids=" ".join)
def test_outputs_cite_sources_by_title(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for fmt in ("table", "json", "markdown"):
        result = run([*args, "--format", fmt])
        assert not INTERNAL.search(result.stdout), (fmt, result.stdout)


@pytest.mark.parametrize(
    ("given", "meant"),
    [("cn", "zh"), ("Chinese", "zh"), ("中文", "zh"), ("zh-CN", "zh"), ("english", "en")],
)
def test_a_language_as_people_write_it_is_suggested(given: str, meant: str) -> None:
    for args in (["--lang", given, "recommend", "-s", "small"], ["roles", "--lang", given]):
        result = run(args)
        assert result.exit_code == 2
        assert f"--lang '{given}': expected en, zh (did you mean {meant}?)" in result.stderr
