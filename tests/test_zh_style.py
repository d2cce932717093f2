"""The Chinese style guide (docs/zh-style.md), held: every command run with `--lang zh` (table
and markdown, its help, its usual mistakes), every zh message template and every `*_zh` field of
the built-in data, checked for ASCII `,:;()?` touching a Chinese character, for the banned terms,
for the spacing between Chinese and Latin, for `3-20` ranges and for English words outside
names, ids the user typed and code.

The commands come from `opsplan.commands.COMMANDS`; only the sample values of their arguments
are written here, by the parameter they fill (a new required argument without one fails).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, run

from opsplan import params as cmd
from opsplan.api import INIT_FILES, load_data
from opsplan.commands import COMMANDS
from opsplan.declare import Command, Param
from opsplan.messages.zh import MESSAGES
from opsplan.validate.kinds import KINDS

HAN = "\u3400-\u9fff"
WIDE = "\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014"  # full-width punctuation, “”, …
CHINESE = f"[{HAN}{WIDE}]"
ASCII_PUNCT = re.compile(f"{CHINESE}[,:;()?]|[,:;()?]{CHINESE}")
SPACING = re.compile(f"[A-Za-z0-9%][{HAN}]|[{HAN}][A-Za-z0-9]")
# one space between two Chinese characters (or full-width punctuation): none belongs there; the
# columns of a table are two spaces or more apart
CJK_SPACE = re.compile(f"(?<=[{HAN}{WIDE}]) (?=[{HAN}{WIDE}])")
RANGE = re.compile(r"(?<![\d.-])\d{1,3}-\d{1,3}(?![\d-])")
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")

# term -> what to say instead (docs/zh-style.md, "One term per concept")
BANNED = {
    "全职人力": "FTE（图例 FTE：折合全职人数）",
    "单点故障": "单点风险（仅一人承担的岗位）",
    "负责人": "承担人员",
    "无人负责": "无人承担",
    "负荷率": "饱和度",
    "招聘顺序": "招聘优先级",
    "低于编制": "缺编",
    "编制外": "编外",
}
BANNED_PATTERNS = {
    re.compile(r"\d ?个全职"): "N 人（折合 X FTE）",
    re.compile(r"\d ?家店(?!铺)"): "家",
}
# 巴士系数 only with its meaning (无人承担) in the same line
BUS_FACTOR = re.compile(r"^(?!.*无人承担).*巴士系数.*$", re.MULTILINE)

HELP_KEYS = ("help_", "short_", "opt_", "arg_")  # the catalogue's help texts
CODE = re.compile(r"`[^`]*`")  # a span may wrap onto the next line
OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*(=\S*)?")
LOCATION = re.compile(r"^\s*(opsplan: )?\S+:\d+:\d+: (错误|警告): ", re.MULTILINE)
PATH = re.compile(r"[\w.-]*[/\\][\w./\\-]*|\b[\w-]+\.(yaml|yml|csv|xlsx|json|md|txt)\b")
YAML_KEY = re.compile(r"^(\s*#?\s*-?\s*)[\w-]+:(?=\s)", re.MULTILINE)  # starter files
KEY_NAME = re.compile(
    r"(?<![\w:])[a-z_]+:(?=、|,|\s{2,}|\s*\||\s*$)", re.MULTILINE
)  # `people:` in a list
PLACEHOLDER = re.compile(r"\{\w+\}")

# names and trade acronyms that stay in Latin letters in Chinese text
NAMES = {
    "opsplan",
    "Excel",
    "WPS",
    "Weinberg",
    "Autotask",
    "Wi",
    "Fi",
    "MiB",
    "MB",
    "shell",
    "bash",
    "zsh",
    "fish",
    "zip",
    "xl",
    "true",
    "false",
    "null",
    "nan",
    "inf",
    "Python",
    "Schema",
    "Facebook",
    "TikTok",
    "QQ",
    "Windows",
    "UTF",
    "BOM",
    "GB",
    "utf",
    "sig",
    "gb",
    "xls",
    "IDC",
    "JSON",
    "CI",
    "vacancy",
    "negative",
    "ignore",
    "leads",
    "catalogue",
    "company",
    "sources",
    "basis",
    "kind",
    "cited",
    "derived",
    "assumption",
    "name_zh",
    "help",
    "IT",
}


BRANDS = re.compile("i人事")  # names written as their owners write them


def _quiet(text: str) -> str:
    """`text` without what may hold ASCII: code spans, options, paths, location prefixes."""
    for pattern in (LOCATION, YAML_KEY, KEY_NAME, CODE, OPTION, PATH, BRANDS):
        text = pattern.sub("§", text)
    return text


def _allowed_words() -> set[str]:
    """Names the Chinese output may show in Latin letters: ids, formats and metavars of the
    declaration, the built-in data's ids and source titles, and the names above."""
    catalogue, norms = load_data()
    words = set(NAMES)
    for c in COMMANDS:
        words.add(c.name)
        words.update(c.formats)
        for p in c.params:
            words.update(WORD.findall(p.metavar))
    for role in catalogue.roles:  # ids, English names beside the Chinese, matching phrases
        words.update(WORD.findall(f"{role.id} {role.name}"))
        words.update(WORD.findall(" ".join(role.keywords.terms())))
    words.update(INIT_FILES)
    words.update(k.name for k in KINDS)
    for driver in norms.drivers:
        words.update(WORD.findall(driver))
    for source in [*catalogue.sources, *norms.sources]:
        for field in ("title", "publisher", "via", "id"):
            words.update(WORD.findall(str(getattr(source, field, "") or "")))
    return {w.casefold() for w in words}


ALLOWED = _allowed_words()


def _keyword_pattern() -> re.Pattern[str]:
    """The catalogue's matching phrases: data, shown as they are (`roles ROLE`, `match`)."""
    phrases = {p for r in load_data()[0].roles for p in r.keywords.terms() if len(p) > 1}

    def whole(phrase: str) -> str:  # `seo`, not the `ser` of `server`
        left = "(?<![A-Za-z])" if phrase[0].isascii() else ""
        right = "(?![A-Za-z])" if phrase[-1].isascii() else ""
        return f"{left}{re.escape(phrase)}{right}"

    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(whole(p) for p in ordered), re.IGNORECASE)


KEYWORDS = _keyword_pattern()


def problems(
    text: str,
    typed: set[str] = frozenset(),  # type: ignore[assignment]
    keywords: bool = False,
    spaces: bool = True,
) -> list[str]:
    """What in Chinese `text` breaks the style guide (`typed`: the words the user gave;
    `keywords`: the text may show the catalogue's matching phrases; `spaces`: check for a space
    between two Chinese characters)."""
    found: list[str] = []
    quiet = _quiet(text)
    quiet = KEYWORDS.sub("§", quiet) if keywords else quiet
    if spaces:
        found += [f"space between Chinese characters: {m!r}" for m in _spaced(quiet)]
    found += [f"ASCII punctuation by Chinese: {m.group()!r}" for m in ASCII_PUNCT.finditer(quiet)]
    found += [f"no space between Chinese and Latin: {m.group()!r}" for m in SPACING.finditer(quiet)]
    found += [f"range with '-' (use ~): {m.group()!r}" for m in RANGE.finditer(quiet)]
    found += [f"banned term {t!r} (say {fix})" for t, fix in BANNED.items() if t in text]
    found += [
        f"banned {p.pattern!r} (say {fix})" for p, fix in BANNED_PATTERNS.items() if p.search(text)
    ]
    found += [f"巴士系数 without its meaning: {m.group()!r}" for m in BUS_FACTOR.finditer(text)]
    english = {w for w in WORD.findall(quiet) if not w.isupper() and len(w) > 1}
    known = ALLOWED | {w.casefold() for w in typed}
    found += [f"English word {w!r}" for w in sorted(english) if w.casefold() not in known]
    return found


# ---------------------------------------------------------------- what the commands are given
EXAMPLES = ROOT / "examples"
DUTIES = ["百度竞价账户管理", "公众号排版和涨粉", "性格开朗，抗压能力强", "领导交办的任务"]
BAD_PROFILE = (
    "name: 小王\ncompany: {size: medium, marketing: false}\ncapacity_hours: 200\n"
    "duties:\n  - task: 公众号日常运营\n    hourz: 3\n"
)
LIST_PROFILE = "name: 小王\ncompany: [medium]\nduties:\n  - task: [公众号]\n"  # 实际为列表
# a team of Chinese names: no space between a name and the Chinese around it (只有赵磊承担)
ZH_TEAM = """name: 网络营销部
company: {size: medium, marketing: true}
people:
  - {name: 李娜, roles: [seo, sem]}
  - {name: 赵磊, roles: {designer: 0.5}, capacity_hours: 30}
  - {name: 王芳, roles: [editor]}
  - {name: 陈杰, roles: [network-promotion]}
  - {name: 刘洋, roles: {designer: 0.5, new-media: 0.5}}
  - {name: 张伟, roles: {network-promotion: 0.5, sem: 0.5}}
  - {name: 外包甲, roles: [network-tech], outsourced: true}
  - {name: 待招, roles: [copywriter], vacancy: true}
"""


def _samples(tmp: Path) -> dict[Param[Any], list[list[str]]]:
    """Sample values for each positional argument and required option (and a few options worth
    running both ways), by its declaration."""
    bad = tmp / "坏档案.yaml"
    bad.write_text(BAD_PROFILE, encoding="utf-8")
    listed = tmp / "列表.yaml"
    listed.write_text(LIST_PROFILE, encoding="utf-8")
    zh_team = tmp / "团队.yaml"
    zh_team.write_text(ZH_TEAM, encoding="utf-8")
    return {
        cmd.ROLE: [[], ["new-media"], ["网站程序员"]],
        cmd.TEXTS: [DUTIES],
        cmd.FILES: [[], [str(bad)]],
        cmd.PROFILE: [[str(EXAMPLES / "allrounder.yaml")], [str(bad)], [str(listed)]],
        cmd.TEAM: [
            [str(EXAMPLES / "team.yaml")],
            [str(EXAMPLES / "roster.csv"), "-s", "medium"],
            [str(zh_team)],
        ],
        cmd.KIND: [[]],
        cmd.INIT_KIND: [["profile"], ["team"]],
        cmd.PATH: [["-"]],
        cmd.SIZE: [["--size", "medium", "--marketing"], ["--size", "small"]],
        cmd.LEFT: [["small"]],
        cmd.RIGHT: [["medium:marketing"], [str(EXAMPLES / "team.yaml")]],
        # options worth running both ways
        cmd.COST: [[], ["--cost"]],
        cmd.PLAN_SIZE: [["-s", "medium", "--marketing", "--start", "2027-01"], []],
        cmd.PLAN_TEAM: [
            [],
            ["--team", str(EXAMPLES / "team.yaml"), "--budget", "8万"],
            ["--team", str(zh_team)],
        ],
    }  # fmt: skip


def _invocations(
    command: Command, samples: dict[Param[Any], list[list[str]]]
) -> Iterator[list[str]]:
    """Every combination of sample values for `command`'s arguments and required options."""
    needed = [p for p in command.params if not p.flags or p.required or p in samples]
    missing = [p.metavar for p in needed if p not in samples]
    assert not missing, f"{command.name}: give tests/test_zh_style.py samples for {missing}"
    for combo in itertools.product(*(samples[p] for p in needed)):
        yield [command.name, *itertools.chain.from_iterable(combo)]


def _typed(args: Sequence[str]) -> set[str]:
    """The words of what the user gave: the arguments and the files they name."""
    words: set[str] = set()
    for arg in args:
        words.update(WORD.findall(arg))
        path = Path(arg)
        if path.suffix in (".yaml", ".csv") and path.is_file():
            words.update(WORD.findall(path.read_text(encoding="utf-8")))
    return words


def _outputs(tmp: Path) -> Iterator[tuple[str, str, set[str]]]:
    """(what was run, what it printed, the words the user gave) for every command in Chinese."""
    samples = _samples(tmp)
    yield from _ran(["--help"])
    for command in COMMANDS:
        yield from _ran([command.name, "--help"])
        for args in _invocations(command, samples):
            formats = [f for f in ("table", "markdown", "text") if f in command.formats]
            for given in [["--format", f] for f in formats] or [[]]:
                yield from _ran([*args, *given])
    mistakes = [
        ["recomend"],
        ["recommend", "--size", "huge"],
        ["recommend", "--size", "mediun"],
        ["recommend"],
        ["recommend", "--size", "medium", "--set", "platforms=x"],
        ["recommend", "--size", "medium", "--set", "platfroms=3"],
        ["recommend", "--size", "medium", "--fte=1"],
        ["recommend", "--size", "medium", "--bogus"],
        ["roles", "网站程式员"],
        ["roles", "专员"],
        ["init", "tem"],
    ]
    for args in mistakes:
        yield from _ran(args)


def _ran(args: list[str]) -> Iterator[tuple[str, str, set[str]]]:
    result = run(["--lang", "zh", *args])
    yield " ".join(args), result.stdout + result.stderr, _typed(args)


def _zh_fields(item: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every `*_zh` text of a data model, with where it is."""
    if isinstance(item, list):
        for i, x in enumerate(item):
            yield from _zh_fields(x, f"{where}[{i}]")
        return
    if isinstance(item, dict):
        for k, x in item.items():
            yield from _zh_fields(x, f"{where}.{k}")
        return
    fields = getattr(type(item), "model_fields", None)
    if fields is None:
        return
    for key in fields:
        value = getattr(item, key)
        if key.endswith("_zh") and value:
            for text in value if isinstance(value, list) else [value]:
                yield f"{where}.{key}", str(text)
        else:
            yield from _zh_fields(value, f"{where}.{key}")


# ---------------------------------------------------------------- the tests
def test_every_command_in_chinese_follows_the_style_guide(tmp_path: Path) -> None:
    seen, bad = 0, []
    for args, out, typed in _outputs(tmp_path):
        seen += 1
        bad += [f"opsplan --lang zh {args}: {p}" for p in problems(out, typed, keywords=True)]
    assert seen > 3 * len(COMMANDS)
    assert not bad, "\n".join(sorted(set(bad)))


def test_every_message_template_follows_the_style_guide() -> None:
    bad = [f"{key}: {p}" for key, text in MESSAGES.items() for p in template_problems(key, text)]
    assert not bad, "\n".join(bad)


def _spaced(text: str) -> list[str]:
    """The places in `text` where one space stands between two Chinese characters."""
    return [text[max(m.start() - 3, 0) : m.end() + 3] for m in CJK_SPACE.finditer(text)]


def template_problems(key: str, template: str) -> list[str]:
    """What in the catalogue's template `key` breaks the style guide (a help text is a
    statement, not a question). A space beside a placeholder is for a Latin value (`只有
    {person} 承担`): i18n drops it beside a Chinese one."""
    found = problems(PLACEHOLDER.sub("中", template), spaces=False)
    found += [f"space between Chinese characters: {m!r}" for m in _spaced(_quiet(template))]
    if key.startswith(HELP_KEYS) and "？" in template:
        found.append("help is a statement, not a question: 部门侧重营销（默认：否）。")
    return found


def test_a_planted_bad_template_fails() -> None:
    assert template_problems("opt_marketing", "部门是否侧重营销？")
    assert template_problems("bound_week", "必须至多 {bound},实际是 {got}")
    assert not template_problems("opt_marketing", "部门侧重营销（默认：否）。")


def test_every_chinese_field_of_the_data_follows_the_style_guide() -> None:
    from opsplan.datafiles import load_hiring, load_pay

    catalogue, norms = load_data()
    fields = [*_zh_fields(catalogue, "roles"), *_zh_fields(norms, "norms")]
    fields += [
        *_zh_fields(load_pay(catalogue), "pay"),
        *_zh_fields(load_hiring(catalogue), "hiring"),
    ]
    assert len(fields) > 200
    bad = [f"{where}: {p}" for where, text in fields for p in problems(text)]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("岗位目录文件(默认:内置)。", "ASCII punctuation"),
        ("相当于 6.8 个全职人力", "banned term '全职人力'"),
        ("单点故障", "banned term '单点故障'"),
        ("巴士系数 0", "巴士系数 without its meaning"),
        ("SEO专员", "no space"),
        ("标准编制 3-20 人", "range"),
        ("No such command 'recomend'. Did you mean 'recommend'?", "English word 'Did'"),
        ("输出格式（默认：table）[default: text]", "English word 'default'"),
        ("只有 赵磊 承担", "space between Chinese characters"),
        ("实际为 列表", "space between Chinese characters"),
        ("网站编辑 或 新媒体运营？", "space between Chinese characters"),
    ],
)
def test_a_planted_bad_string_fails(text: str, complaint: str) -> None:
    assert any(complaint in p for p in problems(text)), problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "岗位目录文件（默认：内置）。",
        "data/roles.yaml:12:3: 错误: 缺少必需的键 `name`",
        "请填写 `hours:`（或 `role:`）",
        "用 --set 平台数=5 修改，范围 3~20。",
        "关键人风险  巴士系数 0：标准编制内已有岗位无人承担",
        "关键人风险  巴士系数 2：只要缺 2 人，就会有标准编制内的岗位无人承担",
        "只有 Weinberg 承担",
        "  网站编辑   达标   王芳",  # table columns
    ],
)
def test_good_chinese_passes(text: str) -> None:
    assert problems(text) == []
