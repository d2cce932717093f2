"""The command line, declared once: every command with its arguments, options (in their groups:
company profile, data files, output), defaults, formats, help keys and the function it runs.

typer's commands (`cli.py`), the fast path (`fastpath.py`), the help pages (`helppage.py`),
shell completion, the tests and the benchmark all read `COMMANDS`. A new command is a
declaration here and its run function, which calls `opsplan.api` and names the view of its
result; a new option of a group is one line in the group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from opsplan.declare import Command, Invocation, Output, Param, Run, Values
from opsplan.i18n import LANGS, Lang, Msg
from opsplan.render import RESULT_FORMATS
from opsplan.runner import emit, guarded, say, write_out
from opsplan.views import tables

if TYPE_CHECKING:
    from opsplan.models.problems import ValidationReport


# ---------------------------------------------------------------- completion (lazy)
def _sizes() -> Sequence[str]:
    from opsplan.models.data import SIZES

    return SIZES


def _langs() -> Sequence[str]:
    return LANGS


def _role_ids() -> Sequence[str]:
    from opsplan import api

    return [role.id for role in api.load_data()[0].roles]


def _init_kinds() -> Sequence[str]:
    from opsplan.api import INIT_FILES

    return list(INIT_FILES)


def _kinds() -> Sequence[str]:
    from opsplan.validate.kinds import KINDS

    return [k.name for k in KINDS]


# ---------------------------------------------------------------- option groups
LANG = Param[str | None]("lang", ("--lang",), "opt_lang", metavar="|".join(LANGS), complete=_langs)
FORMAT = Param[str | None]("fmt", ("--format", "-f"), "opt_format", formats=True)
OUTPUT = Param[str | None]("output", ("--output", "-o"), "opt_output", metavar="FILE")
FORCE = Param[bool]("force", ("--force",), "opt_force", kind="flag", default=False)
TABLE = Param[str | None]("table", ("--table",), "opt_table", metavar="NAME")
ENCODING = Param[str | None]("encoding", ("--encoding",), "opt_encoding", metavar="ENC")
OUTPUT_OPTIONS = (FORMAT, OUTPUT, FORCE, TABLE, ENCODING, LANG)
TEXT_OUTPUT_OPTIONS = (FORMAT, OUTPUT, FORCE, LANG)  # validate's: no tables, no CSV

ROLES = Param[str | None]("roles", ("--roles",), "opt_roles", metavar="FILE")
NORMS = Param[str | None]("norms", ("--norms",), "opt_norms", metavar="FILE")
DATA_FILES = (ROLES, NORMS)
# the data files only some commands read: pay for those that cost, hiring for plan
PAY = Param[str | None]("pay", ("--pay",), "opt_pay", metavar="FILE")
HIRING = Param[str | None]("hiring", ("--hiring",), "opt_hiring", metavar="FILE")
COST_FILES = (PAY,)
PLAN_FILES = (PAY, HIRING)

SIZE_METAVAR = "small|medium|large"  # tests/test_cli.py checks it against models.data.SIZES
SIZE = Param[str](
    "size", ("--size", "-s"), "opt_size", metavar=SIZE_METAVAR, required=True, complete=_sizes
)
MARKETING = Param[bool](
    "marketing", ("--marketing", "--no-marketing"), "opt_marketing", kind="pair", default=False
)
SETS = Param[Sequence[str]](
    "sets", ("--set",), "opt_set", kind="many", metavar="NAME=VALUE", default=()
)
COMPANY = (SIZE, MARKETING, SETS)
# team: the file's company, unless these override it
TEAM_SIZE = Param[str | None](
    "size", ("--size", "-s"), "opt_team_size", metavar=SIZE_METAVAR, complete=_sizes
)
TEAM_MARKETING = Param[bool | None](
    "marketing", ("--marketing", "--no-marketing"), "opt_marketing", kind="pair"
)
INPUT_FORMAT = Param[str | None](
    "input_format", ("--input-format",), "opt_input_format", metavar="yaml|csv|xlsx",
    complete=lambda: ("yaml", "csv", "xlsx"),
)  # fmt: skip
SHEET = Param[str | None]("sheet", ("--sheet",), "opt_sheet", metavar="NAME")
# overload: the profile's company, unless these override it
PROFILE_SIZE = Param[str | None](
    "size", ("--size", "-s"), "opt_profile_size", metavar=SIZE_METAVAR, complete=_sizes
)

FTE = Param[bool]("fte", ("--fte",), "opt_fte", kind="flag", default=False)
COST = Param[bool]("cost", ("--cost",), "opt_cost", kind="flag", default=False)
# plan: the company of --team, unless these override it; the months and the budget
PLAN_SIZE = Param[str | None](
    "size", ("--size", "-s"), "opt_plan_size", metavar=SIZE_METAVAR, complete=_sizes
)
PLAN_TEAM = Param[str | None]("team", ("--team",), "opt_plan_team", metavar="FILE")
START = Param[str | None]("start", ("--start",), "opt_start", metavar="YYYY-MM")
MONTHS = Param[str]("months", ("--months",), "opt_months", metavar="N", default="12")
BUDGET = Param[str | None]("budget", ("--budget",), "opt_budget", metavar="AMOUNT")
LEFT = Param[str]("left", (), "arg_left", metavar="LEFT", required=True)
RIGHT = Param[str]("right", (), "arg_right", metavar="RIGHT", required=True)
ROLE = Param[str | None]("role", (), "arg_role", metavar="ROLE", complete=_role_ids)
TEXTS = Param[Sequence[str]]("texts", (), "arg_texts", kind="many", metavar="DUTY", default=())
FILES = Param[Sequence[str]]("files", (), "arg_files", kind="many", metavar="FILE", default=())
PROFILE = Param[str]("profile", (), "arg_profile", metavar="PROFILE", required=True)
TEAM = Param[str]("team", (), "arg_team", metavar="TEAM", required=True)
KIND = Param[str | None]("kind", (), "arg_kind", metavar="KIND", complete=_kinds)
INIT_KIND = Param[str | None]("kind", (), "arg_init_kind", metavar="KIND", complete=_init_kinds)
PATH = Param[str | None]("path", (), "arg_path", metavar="FILE")
FORCE_INIT = Param[bool]("force", ("--force",), "opt_force_init", kind="flag", default=False)

# The program's own options, before the command (the completion ones are typer's).
VERSION = Param[bool]("version", ("--version",), "opt_version", kind="flag", default=False)
DEBUG = Param[bool]("debug", ("--debug",), "opt_debug", kind="flag", default=False)
INSTALL = Param[bool](
    "install_completion", ("--install-completion",), "opt_install_completion", kind="flag",
    default=False, by_typer=True,
)  # fmt: skip
SHOW = Param[bool](
    "show_completion", ("--show-completion",), "opt_show_completion", kind="flag",
    default=False, by_typer=True,
)  # fmt: skip
PROGRAM = (VERSION, DEBUG, LANG, INSTALL, SHOW)


# ---------------------------------------------------------------- the commands
def recommend(run: Run, v: Values) -> Output[Any]:
    """`opsplan recommend`."""
    from opsplan import api
    from opsplan.options import parse_sets, parse_size
    from opsplan.views.recommend import view

    size, drivers = parse_size(v[SIZE]), parse_sets(v[SETS])
    result = api.recommend(
        size=size,
        marketing=v[MARKETING],
        drivers=drivers,
        fte=v[FTE],
        cost=v[COST],
        **_data(run, v, COST_FILES),
    )
    return Output(result, view)


def roles(run: Run, v: Values) -> Output[Any]:
    """`opsplan roles`."""
    from opsplan import api
    from opsplan.views.roles import view

    return Output(api.roles(role=v[ROLE], **_data(run, v)), view)


def match(run: Run, v: Values) -> Output[Any]:
    """`opsplan match TEXT...`: how each duty would be matched, and why."""
    from opsplan import api
    from opsplan.views.match import view

    return Output(api.match(list(v[TEXTS]), roles=v[ROLES], norms=v[NORMS]), view)


def drivers(run: Run, v: Values) -> Output[Any]:
    """`opsplan drivers`."""
    from opsplan import api
    from opsplan.views.drivers import view

    return Output(api.drivers(norms=v[NORMS], stdin=run.stdin), view)


def validate(run: Run, v: Values) -> Output[ValidationReport]:
    """`opsplan validate`: 0 when every file is valid, 1 when one is not, 2 when one is unread."""
    from opsplan import api
    from opsplan.views.validate import view

    result = api.validate(list(v[FILES]), stdin=run.stdin)
    code = 2 if not all(f.readable for f in result.files) else 0 if result.valid else 1
    return Output(result, view, code)


def overload(run: Run, v: Values) -> Output[Any]:
    """`opsplan overload`."""
    from opsplan import api
    from opsplan.options import parse_sets, parse_size
    from opsplan.views.overload import view

    size = v[PROFILE_SIZE]
    result = api.overload(
        profile=v[PROFILE],
        size=parse_size(size) if size is not None else None,
        marketing=v[TEAM_MARKETING],
        drivers=parse_sets(v[SETS]),
        **_data(run, v),
    )
    return Output(result, view)


def team(run: Run, v: Values) -> Output[Any]:
    """`opsplan team`: the company from the file, or from the options for a roster CSV."""
    from opsplan import api
    from opsplan.options import parse_sets, parse_size
    from opsplan.views.team import view

    company: dict[str, object] = dict(parse_sets(v[SETS]))
    size = v[TEAM_SIZE]
    if size is not None:
        company["size"] = parse_size(size)
    if v[TEAM_MARKETING] is not None:
        company["marketing"] = v[TEAM_MARKETING]
    result = api.team(
        team=v[TEAM], company=company, cost=v[COST], input_format=v[INPUT_FORMAT],
        sheet=v[SHEET], encoding=v[ENCODING], notice=lambda note: say(text_of(note, run.lang)),
        **_data(run, v, COST_FILES),
    )  # fmt: skip
    return Output(result, view)


def text_of(note: Msg, lang: Lang) -> str:
    """A notice (`roster.csv: note: read as GB18030`) in the user's language, escaped."""
    from opsplan.textfmt import safe

    return safe(note.text(lang))


def plan(run: Run, v: Values) -> Output[Any]:
    """`opsplan plan`: the start month defaults to the month after today (the only clock read
    on the way: the api and core take the month given)."""
    from opsplan import api
    from opsplan.options import parse_amount, parse_count, parse_sets, parse_size
    from opsplan.views.plan import view

    size_text, budget_text = v[PLAN_SIZE], v[BUDGET]
    size = parse_size(size_text) if size_text is not None else None
    budget = parse_amount("--budget", budget_text) if budget_text is not None else None
    result = api.plan(
        start=v[START] or _next_month(),
        size=size,
        marketing=v[TEAM_MARKETING],
        drivers=parse_sets(v[SETS]),
        team=v[PLAN_TEAM],
        months=parse_count("--months", v[MONTHS]),
        budget=budget,
        input_format=v[INPUT_FORMAT],
        sheet=v[SHEET],
        encoding=v[ENCODING],
        notice=lambda note: say(text_of(note, run.lang)),
        **_data(run, v, PLAN_FILES),
    )
    return Output(result, view)


def _next_month() -> str:
    """The month after today, `YYYY-MM`."""
    import datetime

    today = datetime.date.today()
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return f"{year:04d}-{month:02d}"


def compare(run: Run, v: Values) -> Output[Any]:
    """`opsplan compare`."""
    from opsplan import api
    from opsplan.options import parse_sets
    from opsplan.views.compare import view

    result = api.compare(
        v[LEFT],
        v[RIGHT],
        marketing=v[MARKETING],
        drivers=parse_sets(v[SETS]),
        **_data(run, v, COST_FILES),
    )
    return Output(result, view)


def schema(run: Run, v: Values) -> Output[Any]:
    """`opsplan schema`: the kinds of data file, or one kind's JSON Schema (JSON only)."""
    from opsplan import api

    kind = v[KIND]
    if kind is None:
        from opsplan.views.kinds import view

        return Output(api.kinds(), view)
    return Output(JsonData(api.schema(kind)), None, formats=("json",))


def init(run: Run, v: Values) -> int:
    """`opsplan init [KIND] [FILE]`: a profile (the default), team, roles or norms file to start
    from; a lone argument that is not a kind is the profile's path (`opsplan init me.yaml`)."""
    from opsplan import api
    from opsplan.errors import UsageError
    from opsplan.i18n import text
    from opsplan.textfmt import cut

    kind, path = v[INIT_KIND], v[PATH]
    if kind is not None and kind not in api.INIT_FILES:
        if path is not None:
            raise UsageError(Msg("init_kind_unknown", kind=cut(kind, 60)))
        _not_a_kind_misspelt(kind)
        kind, path = "profile", kind
    kind = kind or "profile"
    path = path or api.INIT_FILES[kind]
    if path == "-":
        write_out(run, api.starter(kind, run.lang))
        return 0
    api.init(path, kind=kind, lang=run.lang, force=v[FORCE_INIT])
    say(text("init_done" if kind == "profile" else f"init_done_{kind}", run.lang, path=path))
    return 0


def _not_a_kind_misspelt(given: str) -> None:
    """A lone argument with no extension that is close to a kind (`role`, `teams`) is a usage
    error that says both ways it could be meant."""
    import difflib
    import os

    from opsplan.api import INIT_FILES
    from opsplan.errors import UsageError
    from opsplan.textfmt import cut

    if os.path.splitext(given)[1] or os.sep in given:
        return
    close = difflib.get_close_matches(given.casefold(), list(INIT_FILES), n=1, cutoff=0.7)
    if close:
        raise UsageError(Msg("init_kind_close", given=cut(given, 60), kind=close[0]))


def _data(run: Run, v: Values, *more: tuple[Param[Any], ...]) -> dict[str, Any]:
    """The data-file options' values (and standard input, for `-`) as api keywords: the
    catalogue and norms, and the groups of files in `more`."""
    files = [*DATA_FILES, *(p for group in more for p in group)]
    return {p.dest: v[p] for p in files} | {"stdin": run.stdin}


class JsonData:
    """A JSON document shown as it is (`schema KIND`'s JSON Schema)."""

    def __init__(self, data: dict[str, object]) -> None:
        self.data = data

    def json_in(self, lang: str) -> dict[str, object]:
        """The document (it has no language)."""
        return self.data


COMMANDS = (
    Command(
        "recommend",
        (*COMPANY, FTE, COST, *DATA_FILES, *COST_FILES, *OUTPUT_OPTIONS),
        recommend,
        "help_recommend",
        "short_recommend",
        RESULT_FORMATS,
        tables.RECOMMEND,
    ),
    Command(
        "roles",
        (ROLE, *DATA_FILES, *OUTPUT_OPTIONS),
        roles,
        "help_roles",
        "short_roles",
        RESULT_FORMATS,
    ),
    Command(
        "match",
        (TEXTS, *DATA_FILES, *OUTPUT_OPTIONS),
        match,
        "help_match",
        "short_match",
        RESULT_FORMATS,
    ),
    Command(
        "drivers",
        (NORMS, *OUTPUT_OPTIONS),
        drivers,
        "help_drivers",
        "short_drivers",
        RESULT_FORMATS,
    ),
    Command(
        "validate",
        (FILES, *TEXT_OUTPUT_OPTIONS),
        validate,
        "help_validate",
        "short_validate",
        ("text", "github", "json"),
    ),
    Command(
        "overload",
        (PROFILE, PROFILE_SIZE, TEAM_MARKETING, SETS, *DATA_FILES, *OUTPUT_OPTIONS),
        overload,
        "help_overload",
        "short_overload",
        RESULT_FORMATS,
    ),
    Command(
        "team",
        (
            TEAM,
            TEAM_SIZE,
            TEAM_MARKETING,
            SETS,
            INPUT_FORMAT,
            SHEET,
            COST,
            *DATA_FILES,
            *COST_FILES,
            *OUTPUT_OPTIONS,
        ),
        team,
        "help_team",
        "short_team",
        RESULT_FORMATS,
        tables.TEAM,
    ),
    Command(
        "plan",
        (
            PLAN_SIZE,
            TEAM_MARKETING,
            SETS,
            PLAN_TEAM,
            INPUT_FORMAT,
            SHEET,
            START,
            MONTHS,
            BUDGET,
            *DATA_FILES,
            *PLAN_FILES,
            *OUTPUT_OPTIONS,
        ),
        plan,
        "help_plan",
        "short_plan",
        RESULT_FORMATS,
        tables.PLAN,
    ),
    Command(
        "compare",
        (LEFT, RIGHT, MARKETING, SETS, *DATA_FILES, *COST_FILES, *OUTPUT_OPTIONS),
        compare,
        "help_compare",
        "short_compare",
        RESULT_FORMATS,
        tables.COMPARE,
    ),
    Command(
        "schema",
        (KIND, *OUTPUT_OPTIONS),
        schema,
        "help_schema",
        "short_schema",
        RESULT_FORMATS,
    ),
    Command("init", (INIT_KIND, PATH, FORCE_INIT, LANG), init, "help_init", "short_init"),
)
BY_NAME = {c.name: c for c in COMMANDS}


def execute(command: Command, given: Mapping[str, Any], start: Invocation) -> int:
    """Run `command` on its parsed values (by `dest`): its exit code, with errors reported in
    the user's language (typer's commands and the fast path both end here)."""
    values = Values(command.params, given)
    requested = values.get(LANG, None) or start.lang  # the command's --lang, else the program's
    run = start.run(requested)

    def body() -> int:
        if requested is not None and requested not in LANGS:
            from opsplan.options import choice

            choice("--lang", requested, LANGS)
        out = command.run(run, values)
        if isinstance(out, int):
            return out
        fmt, output = values.get(FORMAT, None), values.get(OUTPUT, None)
        emit(
            run, out, fmt, output, values.get(FORCE, False), out.formats or command.formats,
            table=values.get(TABLE, None), encoding=values.get(ENCODING, None),
            # a roster CSV's: team's file, plan's --team
            encoding_reads_input=values.get(TEAM, None) is not None
            or values.get(PLAN_TEAM, None) is not None,
        )  # fmt: skip
        return out.code

    return guarded(body, run)


def no_such_command(name: str) -> Msg:
    """`no such command` for `name`, with the closest command when one is close."""
    import difflib

    from opsplan.textfmt import cut

    commands = [c.name for c in COMMANDS]
    close = difflib.get_close_matches(name, commands, n=1, cutoff=0.6)
    if close:
        return Msg("no_such_command_close", name=cut(name, 60), close=close[0])
    return Msg("no_such_command", name=cut(name, 60), commands=commands)
