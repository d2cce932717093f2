"""Everything the CLI does, callable from Python: load the files, check them, compute.

Each function returns a result model or raises an OpsplanError (InputError with located
problems, or UsageError).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Literal

from opsplan import loader
from opsplan.core.checks import check_catalogue, check_drivers, check_norms
from opsplan.errors import InputError, UsageError
from opsplan.models import (
    SIZES,
    Catalogue,
    FileCheck,
    Finding,
    NormSet,
    OverloadReport,
    Problem,
    Profile,
    Recommendation,
    RoleInfo,
    RoleList,
    Size,
    ValidationReport,
)

Kind = Literal["roles", "norms", "profile", "unknown"]


def _located(findings: list[Finding], sources: dict[str, loader.Source]) -> list[Problem]:
    return [sources[f.kind].problem(f.path, f.message, key=f.key) for f in findings]


def load_data(
    roles_path: str | None = None, norms_path: str | None = None
) -> tuple[Catalogue, NormSet]:
    """Load and cross-check the role catalogue and the norms (built-in where a path is None)."""
    catalogue, roles_src = loader.load_catalogue(roles_path)
    norms, norms_src = loader.load_norms(norms_path)
    findings = check_catalogue(catalogue) + check_drivers(catalogue, norms)
    findings += check_norms(norms, catalogue)
    if findings:
        raise InputError(_located(findings, {"roles": roles_src, "norms": norms_src}))
    return catalogue, norms


def recommend(
    size: Size,
    marketing: bool,
    sets: Sequence[str] = (),
    fte: bool = False,
    roles_path: str | None = None,
    norms_path: str | None = None,
) -> Recommendation:
    """`opsplan recommend`: headcount per role for a company of `size` and focus."""
    from opsplan.core.recommend import recommend as compute
    from opsplan.core.workload import parse_sets

    catalogue, norms = load_data(roles_path, norms_path)
    overrides = parse_sets(sets, norms.drivers)
    return compute(catalogue, norms, size, marketing, overrides, fte)


def roles(
    role_id: str | None = None, roles_path: str | None = None, norms_path: str | None = None
) -> RoleList:
    """`opsplan roles`: the catalogue, or one role (by id, English or Chinese name)."""
    from opsplan.core.workload import driver_values, role_demand

    catalogue, norms = load_data(roles_path, norms_path)
    chosen = catalogue.roles
    if role_id is not None:
        from opsplan.core.matching import find_role

        chosen = [find_role(catalogue, role_id)]
    defaults = {size: driver_values(norms, size, {}) for size in SIZES}
    infos = []
    for role in chosen:
        demand = {s: round(role_demand(role, drivers), 1) for s, drivers in defaults.items()}
        units = {d.driver: norms.drivers[d.driver].unit for d in role.duties if d.driver}
        infos.append(RoleInfo(**role.model_dump(), demand_hours=demand, drivers=units))
    return RoleList(roles=infos, single=role_id is not None)


def overload(
    profile_path: str,
    roles_path: str | None = None,
    norms_path: str | None = None,
    stdin: IO[bytes] | None = None,
) -> OverloadReport:
    """`opsplan overload`: one person's load against capacity and the norms (`-` is stdin)."""
    from opsplan.core.overload import check_profile
    from opsplan.core.overload import overload as compute

    catalogue, norms = load_data(roles_path, norms_path)
    profile, source = loader.load_profile(profile_path, stdin)
    findings = check_profile(profile, catalogue, norms)
    if findings:
        raise InputError(_located(findings, {"profile": source}))
    return compute(profile, catalogue, norms)


def init(path: str, force: bool = False) -> str:
    """`opsplan init`: write the commented profile template to `path`; returns its text."""
    from opsplan.writer import write_text

    text = loader.read_builtin_text("profile-template.yaml")
    write_text(path, text, force=force)
    return text


@dataclass
class _Checked:
    name: str
    problems: list[Problem] = field(default_factory=list)
    source: loader.Source | None = None
    kind: Kind = "unknown"
    model: Catalogue | NormSet | Profile | None = None
    readable: bool = True


def validate(paths: Sequence[str], stdin: IO[bytes] | None = None) -> ValidationReport:
    """`opsplan validate`: check every file, collecting every problem (built-ins if none).

    Each file is recognised by its content. A norms file is checked against the first roles
    file given with it, or the built-in catalogue; a roles file's drivers against the first
    norms file given, or the built-in norms.
    """
    if not paths:
        paths = [str(loader.builtin_path("roles.yaml")), str(loader.builtin_path("norms.yaml"))]
    files = [_check_one(path, stdin) for path in paths]
    partners = _Partners(files)
    for f in files:
        if f.source is None:
            continue
        findings: list[Finding] = []
        if isinstance(f.model, Catalogue):
            findings = check_catalogue(f.model) + check_drivers(f.model, partners.norms())
        elif isinstance(f.model, NormSet):
            findings = check_norms(f.model, partners.catalogue())
        elif isinstance(f.model, Profile):
            from opsplan.core.overload import check_profile

            findings = check_profile(f.model, partners.catalogue(), partners.norms())
        f.problems += [f.source.problem(x.path, x.message, key=x.key) for x in findings]
        f.problems.sort(key=lambda p: (p.line or 0, p.col or 0))
    return ValidationReport(
        files=[
            FileCheck(
                file=f.name,
                kind=f.kind,
                valid=not f.problems,
                errors=len(f.problems),
                readable=f.readable,
            )
            for f in files
        ],
        problems=[p for f in files for p in f.problems],
    )


class _Partners:
    """What files are checked against: the first catalogue and norms given, else the built-in
    ones, each loaded at most once."""

    def __init__(self, files: list[_Checked]) -> None:
        self._catalogue = next((f.model for f in files if isinstance(f.model, Catalogue)), None)
        self._norms = next((f.model for f in files if isinstance(f.model, NormSet)), None)

    def catalogue(self) -> Catalogue:
        """The catalogue to check against."""
        if self._catalogue is None:
            self._catalogue = loader.load_catalogue()[0]
        return self._catalogue

    def norms(self) -> NormSet:
        """The norms to check against."""
        if self._norms is None:
            self._norms = loader.load_norms()[0]
        return self._norms


def _check_one(path: str, stdin: IO[bytes] | None) -> _Checked:
    checked = _Checked("<stdin>" if path == loader.STDIN else path)
    try:
        checked.source = loader.read_source(path, stdin)
    except UsageError as exc:
        message = str(exc).removeprefix(f"{checked.name}: ")
        checked.problems.append(Problem(file=checked.name, message=message))
        checked.readable = False
        return checked
    except InputError as exc:
        checked.problems += exc.problems
        return checked
    data = checked.source.doc.data
    if "roles" in data:
        checked.kind = "roles"
    elif "norms" in data:
        checked.kind = "norms"
    elif "company" in data or "duties" in data:
        checked.kind = "profile"
    else:
        message = (
            "cannot tell what this file is: expected a top-level 'roles:' (role catalogue),"
            " 'norms:' (staffing norms) or 'company:' (a one-person profile)"
        )
        checked.problems.append(checked.source.problem((), message))
        return checked
    models: dict[str, type[Catalogue | NormSet | Profile]] = {
        "roles": Catalogue,
        "norms": NormSet,
        "profile": Profile,
    }
    model = models[checked.kind]
    try:
        result: Catalogue | NormSet | Profile = loader.validate(checked.source, model)
    except InputError as exc:
        checked.problems += exc.problems
    else:
        checked.model = result
    return checked
