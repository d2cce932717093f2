"""Checks across the data files that a schema alone cannot make (used by validate and loads).

Each check looks at every item and returns every finding, so one run reports them all.
"""

from __future__ import annotations

from typing import Literal

from opsplan.i18n import Msg
from opsplan.models.data import BENCHMARKED, SIZES, Basis, Catalogue, NormSet, Source
from opsplan.models.problems import Finding

Kind = Literal["roles", "norms", "pay", "hiring"]


def _sources(
    sources: list[Source], refs: list[tuple[tuple[str | int, ...], str | None]], kind: str
) -> list[Finding]:
    """Every cited source is in the file's `sources:` table (when the file has one)."""
    if not sources:
        return []
    known = {s.id for s in sources}
    return [
        Finding(
            kind=kind,
            path=path,
            message=Msg("unknown_source", source=ref, known=", ".join(sorted(known))),
        )
        for path, ref in refs
        if ref is not None and ref not in known
    ]


def check_catalogue(catalogue: Catalogue) -> list[Finding]:
    """Unique role ids; the matching phrases sound; sources cited are listed."""
    findings: list[Finding] = []
    seen: dict[str, int] = {}
    refs: list[tuple[tuple[str | int, ...], str | None]] = []
    for i, role in enumerate(catalogue.roles):
        if role.id in seen:
            message = Msg("duplicate_role_id", role=role.id, first=seen[role.id])
            findings.append(Finding(kind="roles", path=("roles", i, "id"), message=message))
        seen.setdefault(role.id, i)
        refs += [(("roles", i, "source", k), s) for k, s in enumerate(role.source)]
        refs += [(("roles", i, "duties", k, "source"), d.source) for k, d in enumerate(role.duties)]
    return findings + check_phrases(catalogue) + _sources(catalogue.sources, refs, "roles")


def check_phrases(catalogue: Catalogue) -> list[Finding]:
    """The matching phrases, compared as the matcher compares them (folded: case, full-width
    forms, traditional characters, English endings): no phrase claimed by two roles, none
    both a role's phrase and its negative one or boilerplate, none without letters or only
    digits (it would match any number) or with nothing on a side of a gap; `leads` names
    families or roles of the catalogue."""
    from opsplan.core.phrases import GAPS, phrase_key

    findings: list[Finding] = []
    owner: dict[str, str] = {}
    own: dict[str, set[str]] = {}
    where: list[tuple[tuple[str | int, ...], str, str, str]] = []
    for i, role in enumerate(catalogue.roles):
        for tier in ("strong", "en", "zh", "acts", "general", "platform", "weak", "negative"):
            for j, phrase in enumerate(getattr(role.keywords, tier)):
                where.append((("roles", i, "keywords", tier, j), phrase, role.id, tier))
    settings = catalogue.matching
    for name in ("ignore", "lead_verbs", "not_duties"):
        where += [
            (("matching", name, j), p, "", name) for j, p in enumerate(getattr(settings, name))
        ]
    for path, phrase, rid, tier in where:
        key = phrase_key(phrase)
        message: Msg | None = None
        if not key.strip():
            message = Msg("phrase_empty", word=phrase)
        elif key.replace(" ", "").isdigit():
            message = Msg("phrase_number", word=phrase)
        elif not all(part.strip() for part in key.split(GAPS[0])):
            message = Msg("phrase_gap_empty", word=phrase)
        elif tier in ("lead_verbs", "not_duties"):
            pass
        elif tier in ("negative", "ignore"):
            if key in own.get(rid, set()) or (tier == "ignore" and key in owner):
                message = Msg("phrase_negative", word=phrase, role=rid or owner[key])
        else:
            first = owner.setdefault(key, rid)
            own.setdefault(rid, set()).add(key)
            if first != rid:
                message = Msg("keyword_twice", word=phrase, first=first, role=rid)
        if message is not None:
            findings.append(Finding(kind="roles", path=path, message=message))
    return findings + _leads(catalogue)


def _leads(catalogue: Catalogue) -> list[Finding]:
    """Every name a manager `leads` is a family or a role id of the catalogue."""
    families = {role.family for role in catalogue.roles}
    names = families | {role.id for role in catalogue.roles}
    known = ", ".join(sorted(families))
    return [
        Finding(
            kind="roles",
            path=("roles", i, "keywords", "leads", j),
            message=Msg("leads_unknown", name=name, known=known),
        )
        for i, role in enumerate(catalogue.roles)
        for j, name in enumerate(role.keywords.leads)
        if name not in names
    ]


def check_drivers(catalogue: Catalogue, norms: NormSet) -> list[Finding]:
    """Every driver a duty uses is defined in the norms."""
    findings = []
    known = ", ".join(sorted(norms.drivers))
    for i, role in enumerate(catalogue.roles):
        for j, duty in enumerate(role.duties):
            many = isinstance(duty.driver, list)
            for k, name in enumerate(duty.drivers()):
                if name not in norms.drivers:
                    path = ("roles", i, "duties", j, "driver", *((k,) if many else ()))
                    message = Msg("driver_undefined", driver=name, known=known)
                    findings.append(Finding(kind="roles", path=path, message=message))
    return findings


def check_norms(
    norms: NormSet, catalogue: Catalogue, against: str = "", *, advice: bool = True
) -> list[Finding]:
    """Roles exist in the catalogue; min <= max; no role twice; every size x focus once.

    `against` names the user's catalogue file, so that an unknown role is reported in its terms
    (with `advice`, how to give norms that go with it).
    """
    findings: list[Finding] = []
    ids = catalogue.by_id()
    where: dict[tuple[str, bool], int] = {}
    for n, norm in enumerate(norms.norms):
        combo = (norm.size, norm.marketing)
        if combo in where:
            message = Msg("norm_twice", combo=_combo(combo), first=where[combo])
            findings.append(Finding(kind="norms", path=("norms", n), message=message))
        where.setdefault(combo, n)
        counted: dict[str, int] = {}
        for r, entry in enumerate(norm.roles):
            base = ("norms", n, "roles", r)
            for field, role_id in [("role", entry.role)] + [("covers", c) for c in entry.covers]:
                if role_id not in ids:
                    message = Msg("unknown_role_plain", role=role_id)
                    if against:
                        code = "unknown_role_in" if advice else "unknown_role_in_file"
                        message = Msg(code, role=role_id, catalogue=against)
                    findings.append(Finding(kind="norms", path=(*base, field), message=message))
                if role_id in counted:
                    message = Msg("role_twice", role=role_id, first=counted[role_id])
                    findings.append(Finding(kind="norms", path=(*base, field), message=message))
                counted.setdefault(role_id, r)
            if entry.min > entry.max:
                message = Msg("min_over_max", min=entry.min, max=entry.max)
                findings.append(Finding(kind="norms", path=(*base, "min"), message=message))
    for size in SIZES:
        for marketing in (True, False):
            if (size, marketing) not in where:
                message = Msg("norm_missing", combo=_combo((size, marketing)))
                findings.append(Finding(kind="norms", path=("norms",), message=message, key=True))
    refs: list[tuple[tuple[str | int, ...], str | None]] = [
        (("norms", n, "source"), norm.source) for n, norm in enumerate(norms.norms)
    ]
    return findings + _sources(norms.sources, refs, "norms")


def _combo(combo: tuple[str, bool]) -> Msg:
    return Msg("combo", size=Msg(f"size_{combo[0]}"), focus=Msg(f"dept_{combo[1]}".lower()))


def check_roles_file(
    model: Catalogue, *, norms: NormSet | None, builtin: bool = False, **_: object
) -> list[Finding]:
    """validate's checks of a roles file: its own, its drivers against the norms (if any),
    and every effort's basis (errors in the built-in file, warnings in a user's)."""
    drivers = check_drivers(model, norms) if norms is not None else []
    return check_catalogue(model) + drivers + check_bases(model, strict=builtin)


def check_norms_file(
    model: NormSet,
    *,
    roles: Catalogue | None,
    roles_name: str = "",
    builtin: bool = False,
    **_: object,
) -> list[Finding]:
    """validate's checks of a norms file: its drivers' names and bases, and its norms against
    its catalogue (none without one)."""
    against = check_norms(model, roles, roles_name, advice=False) if roles is not None else []
    return check_driver_names(model) + check_driver_bases(model, strict=builtin) + against


def check_driver_names(norms: NormSet) -> list[Finding]:
    """No two drivers share a Chinese name, and none is another driver's key (`--set 平台数=5`
    must mean one driver)."""
    findings = []
    owner: dict[str, str] = {key.casefold(): key for key in norms.drivers}
    for key, driver in norms.drivers.items():
        if driver.name_zh is None:
            continue
        first = owner.setdefault(driver.name_zh.casefold(), key)
        if first != key:
            message = Msg("driver_name_twice", name=driver.name_zh, first=first, driver=key)
            findings.append(
                Finding(kind="norms", path=("drivers", key, "name_zh"), message=message)
            )
    return findings


def check_bases(catalogue: Catalogue, *, strict: bool) -> list[Finding]:
    """Every duty's effort has a complete basis whose sources are benchmarks the file lists
    (an error where `strict`, the built-in data; a warning in a user's catalogue)."""
    findings: list[Finding] = []
    cited: set[str] = set()
    for i, role in enumerate(catalogue.roles):
        for j, duty in enumerate(role.duties):
            path: tuple[str | int, ...] = ("roles", i, "duties", j)
            findings += _basis(duty.basis, path, "roles", "effort_no_basis", strict)
            if duty.basis is not None and duty.basis.kind in BENCHMARKED:
                cited.update(duty.basis.sources)
    return findings + _benchmarks(catalogue.sources, cited, "roles", strict)


def check_driver_bases(norms: NormSet, *, strict: bool) -> list[Finding]:
    """Every driver's defaults have a complete basis, and a short Chinese name (both errors
    where `strict`, warnings otherwise)."""
    findings: list[Finding] = []
    cited: set[str] = set()
    level = "error" if strict else "warning"
    for key, driver in norms.drivers.items():
        path: tuple[str | int, ...] = ("drivers", key)
        findings += _basis(driver.basis, path, "norms", "driver_no_basis", strict)
        if driver.basis is not None and driver.basis.kind in BENCHMARKED:
            cited.update(driver.basis.sources)
        if strict and driver.name_zh is None:
            message = Msg("driver_no_name_zh", driver=key)
            findings.append(
                Finding(kind="norms", path=path, message=message, key=True, level=level)
            )
    return findings + _benchmarks(norms.sources, cited, "norms", strict)


def _basis(
    basis: Basis | None, path: tuple[str | int, ...], kind: Kind, missing: str, strict: bool
) -> list[Finding]:
    level = "error" if strict else "warning"
    if basis is None:
        return [Finding(kind=kind, path=path, message=Msg(missing), key=True, level=level)]
    wanted = {"assumption": ["reason"], "cited": ["figure"], "derived": ["figure", "derivation"]}
    fields = wanted[basis.kind]
    gaps = [f for f in fields if getattr(basis, f) is None]
    if strict:  # the built-in data speaks both languages
        gaps += [f"{f}_zh" for f in fields if getattr(basis, f"{f}_zh") is None]
    if basis.kind in BENCHMARKED and not basis.sources:
        gaps.append("sources")
    return [
        Finding(
            kind=kind,
            path=(*path, "basis"),
            message=Msg("basis_incomplete", kind=basis.kind, field=gap),
            key=True,
            level=level,
        )
        for gap in gaps
    ]


def _benchmarks(sources: list[Source], cited: set[str], kind: Kind, strict: bool) -> list[Finding]:
    """A benchmark a basis cites is in the file's `sources:` (an error, as for any source) and
    names its publisher and year (or, for an undated page, the year it was `accessed:`)."""
    known = {s.id: n for n, s in enumerate(sources)}
    findings = []
    for source_id in sorted(cited):
        if source_id not in known:
            message = Msg("unknown_source", source=source_id, known=", ".join(sorted(known)))
            findings.append(Finding(kind=kind, path=("sources",), message=message, key=True))
            continue
        source = sources[known[source_id]]
        for field in ("publisher", "year"):
            dated = source.date or source.accessed
            if getattr(source, field) is None and not (field == "year" and dated):
                message = Msg("benchmark_incomplete", source=source_id, field=field)
                path = ("sources", known[source_id])
                level = "error" if strict else "warning"
                findings.append(Finding(kind=kind, path=path, message=message, level=level))
    return findings


def check_people_file(
    model: object, *, roles: Catalogue | None, norms: NormSet | None, **_: object
) -> list[Finding]:
    """validate's checks of a profile or team file: known roles and drivers."""
    if roles is None or norms is None:
        return []
    return check_people(model, roles, norms)


def check_people(model: object, catalogue: Catalogue, norms: NormSet) -> list[Finding]:
    """The cross-checks of a profile or a team file: known roles and drivers."""
    from opsplan.models.profile import Profile

    if isinstance(model, Profile):
        from opsplan.core.profilecheck import check_profile

        return check_profile(model, catalogue, norms)
    from opsplan.core.team import check_team
    from opsplan.models.people import Team

    assert isinstance(model, Team)
    return check_team(model, catalogue, norms)
