"""The data files as models: the built-in ones (from their checked cache where it is
current), or the user's, read, validated and cross-checked, every problem located.

The catalogue and norms go together (`load_data`); the pay and hiring files are checked
against the catalogue in use (`load_plan_data`). A file of another kind than the one expected
is called what it is.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, TypeVar

from opsplan.i18n import Msg
from opsplan.models.data import Catalogue, NormSet

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from pydantic import BaseModel

    from opsplan.loader import Source
    from opsplan.models.hiring import Hiring
    from opsplan.models.pay import PayTable
    from opsplan.models.people import Team

M = TypeVar("M", bound="BaseModel")
OPTIONS = ("roles", "norms", "pay", "hiring")  # the kinds given by an option of their name


def load_file(
    path: str | None, builtin: str, model: type[M], kind: str, stdin: IO[bytes] | None = None
) -> tuple[M, Source]:
    """A data file as `model`; a file of another kind says what it is."""
    from opsplan import loader

    source = loader.read_source(path or str(loader.builtin_path(builtin)), stdin)
    from opsplan.validate.kinds import recognise

    found = recognise(source.doc.data)
    if found is not None and found.name != kind:
        from opsplan.models.problems import InputError

        raise InputError(
            [
                source.problem(
                    (),
                    Msg(
                        "wrong_kind",
                        kind=Msg(f"kind_{found.name}"),
                        option=f"--{found.name}" if found.name in OPTIONS else found.name,
                    ),
                )
            ]
        )
    return loader.validate(source, model), source


def load_data(
    *,
    roles: str | Catalogue | None = None,
    norms: str | NormSet | None = None,
    cache: bool = True,
    stdin: IO[bytes] | None = None,
) -> tuple[Catalogue, NormSet]:
    """The role catalogue and the norms (built-in where None), cross-checked.

    A problem in the built-in norms caused by the user's catalogue is reported against the
    user's catalogue, with the advice to give norms that go with it. The built-in pair comes
    from its checked cache where that is current (`opsplan/builtin.py`).
    """
    if roles is None and norms is None and cache:
        from opsplan import builtin

        cached = builtin.load()
        if cached is not None:
            return cached
    from opsplan import loader
    from opsplan.core.checks import check_catalogue, check_drivers, check_norms

    sources: dict[str, Source] = {}
    norms_given = norms is not None
    norms_path = norms if isinstance(norms, str) else None
    if not isinstance(norms, NormSet):
        norms, sources["norms"] = load_file(norms, "norms.yaml", NormSet, "norms", stdin)
    if roles is None and norms_path is not None and norms.catalogue:
        import os

        # the norms name their catalogue (relative to the norms file)
        roles = os.path.join(os.path.dirname(norms_path), norms.catalogue)
    if not isinstance(roles, Catalogue):
        roles, sources["roles"] = load_file(roles, "roles.yaml", Catalogue, "roles", stdin)
        roles_name = sources["roles"].name
    else:
        roles_name = "(given)"
    findings = check_catalogue(roles) + check_drivers(roles, norms)
    builtin_roles = roles_name == str(loader.builtin_path("roles.yaml"))
    norm_findings = check_norms(norms, roles, "" if builtin_roles else roles_name)
    missing = {
        f.message.params["role"]: None
        for f in norm_findings
        if getattr(f.message, "code", "") == "unknown_role_in"
    }
    if missing and "roles" in sources and not norms_given:
        # the user's catalogue against the built-in norms: say it once, at the user's file
        message = Msg("catalogue_lacks", roles=", ".join(list(missing)[:8]), n=len(missing))
        from opsplan.models.problems import InputError

        raise InputError([sources["roles"].problem(("roles",), message, key=True)])
    findings += norm_findings
    located = [
        sources[f.kind].problem(f.path, f.message, key=f.key)
        for f in findings
        if f.kind in sources and f.level == "error"
    ]
    if located:
        from opsplan.models.problems import InputError

        raise InputError(located)
    return roles, norms


def load_pay(
    catalogue: Catalogue,
    pay: str | PayTable | None = None,
    *,
    cache: bool = True,
    stdin: IO[bytes] | None = None,
) -> PayTable:
    """The pay data (built-in where None). A user's file is checked against `catalogue` (an
    unknown role is a located error); the built-in file was checked against the built-in
    catalogue when its cache was made, and a role another catalogue lacks is not used."""
    from opsplan.models.pay import PayTable

    if isinstance(pay, PayTable):
        return pay
    cached = _cached(catalogue) if cache and pay is None else None
    return cached[0] if cached else _checked(pay, PayTable, catalogue, stdin)


def load_hiring(
    catalogue: Catalogue,
    hiring: str | Hiring | None = None,
    *,
    cache: bool = True,
    stdin: IO[bytes] | None = None,
) -> Hiring:
    """The hiring data (built-in where None), checked as `load_pay` checks the pay data."""
    from opsplan.models.hiring import Hiring

    if isinstance(hiring, Hiring):
        return hiring
    cached = _cached(catalogue) if cache and hiring is None else None
    return cached[1] if cached else _checked(hiring, Hiring, catalogue, stdin)


def load_plan_data(
    catalogue: Catalogue,
    *,
    pay: str | PayTable | None = None,
    hiring: str | Hiring | None = None,
    cache: bool = True,
    stdin: IO[bytes] | None = None,
) -> tuple[PayTable, Hiring]:
    """The pay and the hiring data (see `load_pay`)."""
    return (
        load_pay(catalogue, pay, cache=cache, stdin=stdin),
        load_hiring(catalogue, hiring, cache=cache, stdin=stdin),
    )


def _cached(catalogue: Catalogue) -> tuple[PayTable, Hiring] | None:
    from opsplan import builtin

    return builtin.load_plan(catalogue)


def _checked(path: str | None, model: type[M], catalogue: Catalogue, stdin: IO[bytes] | None) -> M:
    """A pay or hiring file read, validated and, when it is the user's, cross-checked."""
    from opsplan.core.plandata import check_hiring, check_pay
    from opsplan.models.pay import PayTable

    kind = "pay" if model is PayTable else "hiring"
    found, source = load_file(path, f"{kind}.yaml", model, kind, stdin)
    if path is None:
        return found
    check = check_pay if kind == "pay" else check_hiring
    errors = [f for f in check(found, catalogue) if f.level == "error"]  # type: ignore[arg-type]
    if errors:
        from opsplan.models.problems import InputError

        raise InputError([source.problem(f.path, f.message, key=f.key) for f in errors])
    return found


def load_team_checked(
    team: str | Team,
    company: Mapping[str, object] | None,
    catalogue: Catalogue,
    norm_set: NormSet,
    stdin: IO[bytes] | None,
    *,
    input_format: str | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
    notice: Callable[[Msg], None] | None = None,
) -> tuple[Team, Source | None]:
    """A team file (or roster: CSV or workbook, see `opsplan.roster.load_team`) read and
    cross-checked; a Team model as it is."""
    from opsplan.core.team import check_team
    from opsplan.models.people import Team
    from opsplan.roster import load_team

    if isinstance(team, Team):
        return team, None
    if input_format is not None:
        from opsplan.options import choice
        from opsplan.roster import INPUT_FORMATS

        choice("--input-format", input_format, INPUT_FORMATS)
    team, source = load_team(
        team, company or {}, stdin, input_format=input_format, sheet=sheet,
        encoding=encoding, notice=notice,
    )  # fmt: skip
    findings = [f for f in check_team(team, catalogue, norm_set) if f.level == "error"]
    if findings:
        from opsplan.models.problems import InputError

        raise InputError([source.problem(f.path, f.message, key=f.key) for f in findings])
    return team, source


def same_currency(team: Team, source: Source | None, pay: PayTable) -> PayTable:
    """The pay data, when the team's `currency:` (if it gives one) is the pay file's."""
    if team.currency is None or team.currency == pay.currency:
        return pay
    message = Msg("currency_differs", team=team.currency, pay=pay.currency)
    if source is None:
        from opsplan.errors import UsageError

        raise UsageError(message)
    from opsplan.models.problems import InputError

    raise InputError([source.problem(("currency",), message)])
