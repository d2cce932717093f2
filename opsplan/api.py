"""Everything the CLI does, callable from Python: keyword-only functions over paths or models.

Each function returns a result model or raises an OpsplanError (InputError with located
problems, or UsageError). Driver values are a mapping (`{"platforms": 6}`); parsing
`NAME=VALUE` text is the command line's business.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

from opsplan.datafiles import load_data as load_data
from opsplan.datafiles import load_file, load_pay, load_team_checked, same_currency
from opsplan.datafiles import load_plan_data as load_plan_data
from opsplan.i18n import Lang, Msg
from opsplan.models.data import SIZES, Catalogue, NormSet, Size
from opsplan.models.results import source_refs
from opsplan.planning import compare as compare  # plan and compare live there
from opsplan.planning import plan as plan

if TYPE_CHECKING:
    from pydantic import BaseModel

    from opsplan.core.matcher import TaskMatcher
    from opsplan.models.listing import DriverList, FileKindList, RoleList
    from opsplan.models.matching import MatchReport
    from opsplan.models.overload import OverloadReport
    from opsplan.models.pay import PayTable
    from opsplan.models.people import Team
    from opsplan.models.problems import ValidationReport
    from opsplan.models.profile import Profile
    from opsplan.models.recommend import Recommendation
    from opsplan.models.team import TeamReport

MAX_TEXT = 2000  # characters of one duty, as in a profile


def _catalogue(path: str) -> Catalogue:
    """A role catalogue of the user's, checked on its own (`match` needs no norms)."""
    from opsplan.core.checks import check_catalogue

    catalogue, source = load_file(path, "roles.yaml", Catalogue, "roles", None)
    located = [
        source.problem(f.path, f.message, key=f.key)
        for f in check_catalogue(catalogue)
        if f.level == "error"
    ]
    if located:
        from opsplan.models.problems import InputError

        raise InputError(located)
    return catalogue


def recommend(
    *,
    size: Size,
    marketing: bool = False,
    drivers: Mapping[str, float] | None = None,
    fte: bool = False,
    cost: bool = False,
    roles: str | Catalogue | None = None,
    norms: str | NormSet | None = None,
    pay: str | PayTable | None = None,
    stdin: IO[bytes] | None = None,
) -> Recommendation:
    """Headcount per role for a company of `size` and focus (`opsplan recommend`); with
    `cost` (or `pay`), what each role and the department cost a month (a
    `CostedRecommendation`)."""
    from opsplan.core.recommend import recommend as compute
    from opsplan.core.workload import check_overrides
    from opsplan.options import checked_size

    size = checked_size(size)
    catalogue, norm_set = load_data(roles=roles, norms=norms, stdin=stdin)
    overrides = check_overrides(drivers or {}, norm_set)
    result = compute(catalogue, norm_set, size, marketing, overrides, fte)
    if not cost and pay is None:
        return result
    from opsplan.core.cost import recommendation_cost
    from opsplan.models.costed import CostedRecommendation

    summary = recommendation_cost(result, load_pay(catalogue, pay, stdin=stdin))
    return CostedRecommendation(**_fields(result), cost=summary)


def _fields(result: BaseModel) -> dict[str, Any]:
    """A result's fields as they are (to make the costed result from it)."""
    return {name: getattr(result, name) for name in type(result).model_fields}


def roles(
    *,
    role: str | None = None,
    roles: str | Catalogue | None = None,
    norms: str | NormSet | None = None,
    stdin: IO[bytes] | None = None,
) -> RoleList:
    """The catalogue, or one role by id, English or Chinese name (`opsplan roles`)."""
    from opsplan.core.workload import driver_values, role_demand
    from opsplan.models.listing import RoleInfo, RoleList

    catalogue, norm_set = load_data(roles=roles, norms=norms, stdin=stdin)
    chosen = catalogue.roles
    if role is not None:
        from opsplan.core.matching import find_role

        chosen = [find_role(catalogue, role)]
    defaults = {size: driver_values(norm_set, size, {}) for size in SIZES}
    infos = []
    for r in chosen:
        demand = {s: round(role_demand(r, d), 1) for s, d in defaults.items()}
        units = {
            name: {
                "en": norm_set.drivers[name].unit,
                "zh": norm_set.drivers[name].unit_zh or "",
            }
            for d in r.duties
            for name in d.drivers()
            if name in norm_set.drivers
        }
        data = r.model_dump(exclude={"source"})
        cited = source_refs(
            catalogue.sources,
            [
                *r.source,
                *(d.source for d in r.duties if d.source),
                *(s for d in r.duties if d.basis for s in d.basis.sources),
            ],
        )
        infos.append(RoleInfo(**data, sources=cited, demand_hours=demand, drivers=units))
    return RoleList(roles=infos, single=role is not None)


def drivers(*, norms: str | NormSet | None = None, stdin: IO[bytes] | None = None) -> DriverList:
    """The workload drivers with their units, defaults per size and where the defaults come
    from (`opsplan drivers`)."""
    from opsplan.models.listing import DriverInfo, DriverList

    norm_set = (
        norms
        if isinstance(norms, NormSet)
        else load_file(norms, "norms.yaml", NormSet, "norms", stdin)[0]
    )
    return DriverList(
        drivers=[
            DriverInfo(
                id=key,
                name=key,
                name_zh=d.name_zh,
                description=d.description,
                description_zh=d.description_zh,
                unit=d.unit,
                unit_zh=d.unit_zh,
                period=d.period,
                default={s: d.default.at(s) for s in SIZES},
                basis=d.basis,
                sources=source_refs(norm_set.sources, d.basis.sources if d.basis else []),
            )
            for key, d in norm_set.drivers.items()
        ]
    )


def overload(
    *,
    profile: str | Profile,
    size: Size | None = None,
    marketing: bool | None = None,
    drivers: Mapping[str, float] | None = None,
    roles: str | Catalogue | None = None,
    norms: str | NormSet | None = None,
    stdin: IO[bytes] | None = None,
) -> OverloadReport:
    """One person's load against capacity and the norms (`opsplan overload`; `-` is stdin).
    `size`, `marketing` and `drivers` override the profile's company."""
    from opsplan.core.matcher import TaskMatcher
    from opsplan.core.overload import overload as compute
    from opsplan.core.profilecheck import check_profile
    from opsplan.core.workload import check_overrides
    from opsplan.models.profile import Profile

    catalogue, norm_set = load_data(roles=roles, norms=norms, stdin=stdin)
    overrides: dict[str, object] = dict(check_overrides(drivers or {}, norm_set))
    if not isinstance(profile, Profile):
        from opsplan import loader

        profile, source = loader.load(profile, Profile, stdin)
        findings = [f for f in check_profile(profile, catalogue, norm_set) if f.level == "error"]
        if findings:
            from opsplan.models.problems import InputError

            raise InputError([source.problem(f.path, f.message, key=f.key) for f in findings])
        del source  # the located document is done with: let a big file's memory go now
    if size is not None:
        from opsplan.options import checked_size

        overrides["size"] = checked_size(size)
    if marketing is not None:
        overrides["marketing"] = marketing
    if overrides:
        company = profile.company.model_copy(update=overrides)
        profile = profile.model_copy(update={"company": company})
    return compute(
        profile, catalogue, norm_set, _matcher if roles is None and norms is None else TaskMatcher
    )


MAX_PHRASES = 1000  # duties one call of match() takes


def match(
    texts: Sequence[str],
    *,
    roles: str | Catalogue | None = None,
    norms: str | NormSet | None = None,
) -> MatchReport:
    """How each duty in `texts` would be matched to a role: the top three roles with their
    scores and the words that decided (`opsplan match "TEXT"...`)."""
    from opsplan.core.matcher import TaskMatcher
    from opsplan.errors import UsageError
    from opsplan.i18n import cut
    from opsplan.models.matching import MatchReport, PhraseMatch, RoleScore

    if not texts:
        raise UsageError(Msg("match_no_text"))
    if len(texts) > MAX_PHRASES:
        raise UsageError(Msg("match_too_many", n=len(texts), max=MAX_PHRASES))
    for text in texts:
        if not text.strip() or len(text) > MAX_TEXT:
            raise UsageError(Msg("match_bad_text", text=cut(text, 60), max=MAX_TEXT))
    if isinstance(roles, str) and norms is None:  # matching needs no norms: the catalogue alone
        catalogue = _catalogue(roles)
    else:
        catalogue, _ = load_data(roles=roles, norms=norms)
    builtin = roles is None and norms is None
    matcher, by_id = (_matcher if builtin else TaskMatcher)(catalogue), catalogue.by_id()
    phrases = []
    for text in texts:
        found = matcher.match(text)
        candidates = [
            RoleScore(
                role=c.role,
                name=by_id[c.role].name,
                name_zh=by_id[c.role].name_zh,
                score=c.score,
                words=list(c.words),
            )
            for c in found.candidates
        ]
        what = {"role": found.role, "not_duty": found.not_duty}
        shared = [s.role for s in found.shares]
        phrases.append(PhraseMatch(text=text, candidates=candidates, shared=shared, **what))
    rule = catalogue.matching.model_dump(include={"threshold", "margin", "alone", "clauses"})
    return MatchReport(**rule, phrases=phrases)


def _matcher(catalogue: Catalogue) -> TaskMatcher:
    """The built-in catalogue's matcher, from the index its cache ships (built where the cache
    is stale or holds none: `opsplan/builtin.py`)."""
    from opsplan import builtin
    from opsplan.core.matcher import TaskMatcher
    from opsplan.core.matchindex import read

    return TaskMatcher(catalogue, read(builtin.matcher_index(catalogue)))


def team(
    *,
    team: str | Team,
    company: Mapping[str, object] | None = None,
    cost: bool = False,
    roles: str | Catalogue | None = None,
    norms: str | NormSet | None = None,
    pay: str | PayTable | None = None,
    stdin: IO[bytes] | None = None,
    input_format: str | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
    notice: Callable[[Msg], None] | None = None,
) -> TeamReport:
    """A real team against the norms and the workload (`opsplan team`): team.yaml or a roster,
    CSV or workbook (`company` gives size, marketing and drivers for a roster, or overrides the
    file's). `input_format` (yaml, csv, xlsx) says what the file is when its name does not;
    `sheet` picks a workbook's sheet, `encoding` a CSV's; `notice` hears the encoding a CSV was
    read in when it was detected and not UTF-8. With `cost` (or `pay`), what its people cost a
    month (a `CostedTeamReport`)."""
    from opsplan.core.team import analyse

    catalogue, norm_set = load_data(roles=roles, norms=norms, stdin=stdin)
    team, source = load_team_checked(
        team, company, catalogue, norm_set, stdin, input_format=input_format, sheet=sheet,
        encoding=encoding, notice=notice,
    )  # fmt: skip
    if not cost and pay is None:
        del source  # the composed file and its marks: a third of a big team's memory
        return analyse(team, catalogue, norm_set)
    report = analyse(team, catalogue, norm_set)
    from opsplan.core.cost import team_cost, team_parts
    from opsplan.models.costed import CostedTeamReport

    pay_table = same_currency(team, source, load_pay(catalogue, pay, stdin=stdin))
    parts = team_parts(team, catalogue, norm_set, pay_table)
    rows = [(r.role, r.name, r.name_zh, [r.role, *r.covers]) for r in report.roles]
    return CostedTeamReport(**_fields(report), cost=team_cost(parts, rows, pay_table))


def kinds() -> FileKindList:
    """The kinds of data file opsplan reads (`opsplan schema`)."""
    from opsplan.models.listing import FileKindInfo, FileKindList
    from opsplan.validate.kinds import KINDS

    return FileKindList(
        kinds=[
            FileKindInfo(name=k.name, keys=list(k.keys), model=k.model.__name__, hooked=k.hooked)
            for k in KINDS
        ]
    )


def schema(kind: str) -> dict[str, object]:
    """The JSON Schema of a kind of data file, for editors (`opsplan schema KIND`)."""
    from opsplan.options import choice
    from opsplan.validate.kinds import KINDS

    names = [k.name for k in KINDS]
    found = next(k for k in KINDS if k.name == choice("KIND", kind, names))
    schema = found.model.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


# What `opsplan init KIND` writes, and where by default.
INIT_FILES = {
    "profile": "me.yaml",
    "team": "team.yaml",
    "roles": "roles.yaml",
    "norms": "norms.yaml",
}


def starter(kind: str = "profile", lang: Lang = "en", path: str | None = None) -> str:
    """The text of a file to start from (`opsplan init KIND`), in `lang`: the commented profile
    or team template, or the built-in roles or norms under a header on how to use them (in
    Chinese, the built-in files' English comments are left out; the data is bilingual)."""
    from opsplan import loader
    from opsplan.i18n import text
    from opsplan.options import choice

    kind = choice("KIND", kind, list(INIT_FILES))
    if kind in ("profile", "team"):
        suffix = ".zh" if lang == "zh" else ""
        return loader.read_builtin_text(f"{kind}-template{suffix}.yaml")
    lines = loader.read_builtin_text(f"{kind}.yaml").splitlines(keepends=True)
    while lines and lines[0].startswith("#"):  # the built-in file's own header
        lines.pop(0)
    if lang == "zh":
        lines = [_english_comment_gone(line) for line in lines if not line.lstrip().startswith("#")]
    return text(f"starter_{kind}", lang, path=path or INIT_FILES[kind]) + "".join(lines)


def _english_comment_gone(line: str) -> str:
    """`capacity_hours: 40   # a person's working week` without its comment: only after a
    plain number, where `#` cannot be part of a value."""
    import re

    return re.sub(r"^(\s*[\w-]+: [0-9.]+)\s+#.*$", r"\1", line)


def init(path: str, *, kind: str = "profile", lang: Lang = "en", force: bool = False) -> str:
    """Write a file to start from to `path` (`opsplan init`; see `starter`); returns its text.
    Never over an existing file unless `force`."""
    from opsplan.writer import write_text

    text = starter(kind, lang, path)
    write_text(path, text, force=force)
    return text


def validate(paths: Sequence[str], *, stdin: IO[bytes] | None = None) -> ValidationReport:
    """Check data files, collecting every problem (`opsplan validate`; built-ins if none)."""
    from opsplan.validate.checker import validate as check

    return check(paths, stdin)
