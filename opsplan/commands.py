"""The command line, declared once: every command with its arguments and options (from the
groups of `opsplan/params.py`: company profile, data files, output), formats, help keys and the
function it runs.

typer's commands (`cli.py`), the fast path (`fastpath.py`), the help pages (`helppage.py`),
shell completion, the tests and the benchmark all read `COMMANDS`. A new command is a
declaration here and its run function, which calls `opsplan.api` and names the view of its
result; a new option of a group is one line in `params.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from opsplan import params as p
from opsplan.declare import Command, Invocation, Output, Param, Run, Values
from opsplan.i18n import LANGS, Lang, Msg
from opsplan.render import RESULT_FORMATS
from opsplan.runner import emit, guarded, say, write_out
from opsplan.views import tables

if TYPE_CHECKING:
    from opsplan.models.problems import ValidationReport


# ---------------------------------------------------------------- the commands
def recommend(run: Run, v: Values) -> Output[Any]:
    """`opsplan recommend`."""
    from opsplan import api
    from opsplan.options import parse_sets, parse_size
    from opsplan.views.recommend import view

    size, drivers = parse_size(v[p.SIZE]), parse_sets(v[p.SETS])
    result = api.recommend(
        size=size,
        marketing=v[p.MARKETING],
        drivers=drivers,
        fte=v[p.FTE],
        cost=v[p.COST],
        **_data(run, v, p.COST_FILES),
    )
    return Output(result, view)


def roles(run: Run, v: Values) -> Output[Any]:
    """`opsplan roles`."""
    from opsplan import api
    from opsplan.views.roles import view

    return Output(api.roles(role=v[p.ROLE], **_data(run, v)), view)


def match(run: Run, v: Values) -> Output[Any]:
    """`opsplan match TEXT...`: how each duty would be matched, and why."""
    from opsplan import api
    from opsplan.views.match import view

    return Output(api.match(list(v[p.TEXTS]), roles=v[p.ROLES], norms=v[p.NORMS]), view)


def drivers(run: Run, v: Values) -> Output[Any]:
    """`opsplan drivers`."""
    from opsplan import api
    from opsplan.views.drivers import view

    return Output(api.drivers(norms=v[p.NORMS], stdin=run.stdin), view)


def validate(run: Run, v: Values) -> Output[ValidationReport]:
    """`opsplan validate`: 0 when every file is valid, 1 when one is not, 2 when one is unread."""
    from opsplan import api
    from opsplan.views.validate import view

    result = api.validate(list(v[p.FILES]), stdin=run.stdin)
    code = 2 if not all(f.readable for f in result.files) else 0 if result.valid else 1
    return Output(result, view, code)


def overload(run: Run, v: Values) -> Output[Any]:
    """`opsplan overload`."""
    from opsplan import api
    from opsplan.options import parse_sets, parse_size
    from opsplan.views.overload import view

    size = v[p.PROFILE_SIZE]
    result = api.overload(
        profile=v[p.PROFILE],
        size=parse_size(size) if size is not None else None,
        marketing=v[p.TEAM_MARKETING],
        drivers=parse_sets(v[p.SETS]),
        **_data(run, v),
    )
    return Output(result, view)


def team(run: Run, v: Values) -> Output[Any]:
    """`opsplan team`: the company from the file, or from the options for a roster CSV."""
    from opsplan import api
    from opsplan.options import parse_sets, parse_size
    from opsplan.views.team import view

    company: dict[str, object] = dict(parse_sets(v[p.SETS]))
    size = v[p.TEAM_SIZE]
    if size is not None:
        company["size"] = parse_size(size)
    if v[p.TEAM_MARKETING] is not None:
        company["marketing"] = v[p.TEAM_MARKETING]
    result = api.team(
        team=v[p.TEAM], company=company, cost=v[p.COST], input_format=v[p.INPUT_FORMAT],
        sheet=v[p.SHEET], encoding=v[p.ENCODING], notice=lambda note: say(text_of(note, run.lang)),
        **_data(run, v, p.COST_FILES),
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

    size_text, budget_text = v[p.PLAN_SIZE], v[p.BUDGET]
    size = parse_size(size_text) if size_text is not None else None
    budget = parse_amount("--budget", budget_text) if budget_text is not None else None
    result = api.plan(
        start=v[p.START] or _next_month(),
        size=size,
        marketing=v[p.TEAM_MARKETING],
        drivers=parse_sets(v[p.SETS]),
        team=v[p.PLAN_TEAM],
        months=parse_count("--months", v[p.MONTHS]),
        budget=budget,
        input_format=v[p.INPUT_FORMAT],
        sheet=v[p.SHEET],
        encoding=v[p.ENCODING],
        notice=lambda note: say(text_of(note, run.lang)),
        **_data(run, v, p.PLAN_FILES),
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
        v[p.LEFT],
        v[p.RIGHT],
        marketing=v[p.MARKETING],
        drivers=parse_sets(v[p.SETS]),
        **_data(run, v, p.COST_FILES),
    )
    return Output(result, view)


def schema(run: Run, v: Values) -> Output[Any]:
    """`opsplan schema`: the kinds of data file, or one kind's JSON Schema (JSON only)."""
    from opsplan import api

    kind = v[p.KIND]
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

    kind, path = v[p.INIT_KIND], v[p.PATH]
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
    api.init(path, kind=kind, lang=run.lang, force=v[p.FORCE_INIT])
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
    files = [*p.DATA_FILES, *(p for group in more for p in group)]
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
        (*p.COMPANY, p.FTE, p.COST, *p.DATA_FILES, *p.COST_FILES, *p.OUTPUT_OPTIONS),
        recommend,
        "help_recommend",
        "short_recommend",
        RESULT_FORMATS,
        tables.RECOMMEND,
    ),
    Command(
        "roles",
        (p.ROLE, *p.DATA_FILES, *p.OUTPUT_OPTIONS),
        roles,
        "help_roles",
        "short_roles",
        RESULT_FORMATS,
    ),
    Command(
        "match",
        (p.TEXTS, *p.DATA_FILES, *p.OUTPUT_OPTIONS),
        match,
        "help_match",
        "short_match",
        RESULT_FORMATS,
    ),
    Command(
        "drivers",
        (p.NORMS, *p.OUTPUT_OPTIONS),
        drivers,
        "help_drivers",
        "short_drivers",
        RESULT_FORMATS,
    ),
    Command(
        "validate",
        (p.FILES, *p.TEXT_OUTPUT_OPTIONS),
        validate,
        "help_validate",
        "short_validate",
        ("text", "github", "json"),
    ),
    Command(
        "overload",
        (p.PROFILE, p.PROFILE_SIZE, p.TEAM_MARKETING, p.SETS, *p.DATA_FILES, *p.OUTPUT_OPTIONS),
        overload,
        "help_overload",
        "short_overload",
        RESULT_FORMATS,
    ),
    Command(
        "team",
        (
            p.TEAM,
            p.TEAM_SIZE,
            p.TEAM_MARKETING,
            p.SETS,
            p.INPUT_FORMAT,
            p.SHEET,
            p.COST,
            *p.DATA_FILES,
            *p.COST_FILES,
            *p.OUTPUT_OPTIONS,
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
            p.PLAN_SIZE,
            p.TEAM_MARKETING,
            p.SETS,
            p.PLAN_TEAM,
            p.INPUT_FORMAT,
            p.SHEET,
            p.START,
            p.MONTHS,
            p.BUDGET,
            *p.DATA_FILES,
            *p.PLAN_FILES,
            *p.OUTPUT_OPTIONS,
        ),
        plan,
        "help_plan",
        "short_plan",
        RESULT_FORMATS,
        tables.PLAN,
    ),
    Command(
        "compare",
        (p.LEFT, p.RIGHT, p.MARKETING, p.SETS, *p.DATA_FILES, *p.COST_FILES, *p.OUTPUT_OPTIONS),
        compare,
        "help_compare",
        "short_compare",
        RESULT_FORMATS,
        tables.COMPARE,
    ),
    Command(
        "schema",
        (p.KIND, *p.OUTPUT_OPTIONS),
        schema,
        "help_schema",
        "short_schema",
        RESULT_FORMATS,
    ),
    Command("init", (p.INIT_KIND, p.PATH, p.FORCE_INIT, p.LANG), init, "help_init", "short_init"),
)
BY_NAME = {c.name: c for c in COMMANDS}


def execute(command: Command, given: Mapping[str, Any], start: Invocation) -> int:
    """Run `command` on its parsed values (by `dest`): its exit code, with errors reported in
    the user's language (typer's commands and the fast path both end here)."""
    values = Values(command.params, given)
    requested = values.get(p.LANG, None) or start.lang  # the command's --lang, else the program's
    run = start.run(requested)

    def body() -> int:
        if requested is not None and requested not in LANGS:
            from opsplan.options import choice

            choice("--lang", requested, LANGS)
        out = command.run(run, values)
        if isinstance(out, int):
            return out
        fmt, output = values.get(p.FORMAT, None), values.get(p.OUTPUT, None)
        emit(
            run, out, fmt, output, values.get(p.FORCE, False), out.formats or command.formats,
            table=values.get(p.TABLE, None), encoding=values.get(p.ENCODING, None),
            # a roster CSV's: team's file, plan's --team
            encoding_reads_input=values.get(p.TEAM, None) is not None
            or values.get(p.PLAN_TEAM, None) is not None,
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
