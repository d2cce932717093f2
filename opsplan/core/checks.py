"""Checks across the data files that a schema alone cannot make (used by validate and loads)."""

from __future__ import annotations

from opsplan.models import SIZES, Catalogue, Finding, NormSet


def check_catalogue(catalogue: Catalogue) -> list[Finding]:
    """Unique role ids; no keyword claimed by two roles."""
    findings: list[Finding] = []
    seen: dict[str, int] = {}
    owner: dict[str, str] = {}
    for i, role in enumerate(catalogue.roles):
        if role.id in seen:
            message = f"duplicate role id '{role.id}' (first at roles[{seen[role.id]}])"
            findings.append(Finding(kind="roles", path=("roles", i, "id"), message=message))
        seen.setdefault(role.id, i)
        for lang in ("en", "zh"):
            for j, word in enumerate(getattr(role.keywords, lang)):
                folded = word.casefold()
                first = owner.setdefault(folded, role.id)
                if first != role.id:
                    findings.append(
                        Finding(
                            kind="roles",
                            path=("roles", i, "keywords", lang, j),
                            message=f"keyword '{word}' is claimed by '{first}' and '{role.id}'",
                        )
                    )
    return findings


def check_drivers(catalogue: Catalogue, norms: NormSet) -> list[Finding]:
    """Every driver a duty uses is defined in the norms."""
    findings = []
    for i, role in enumerate(catalogue.roles):
        for j, duty in enumerate(role.duties):
            if duty.driver is not None and duty.driver not in norms.drivers:
                known = ", ".join(sorted(norms.drivers))
                findings.append(
                    Finding(
                        kind="roles",
                        path=("roles", i, "duties", j, "driver"),
                        message=f"driver '{duty.driver}' is not defined in the norms ({known})",
                    )
                )
    return findings


def check_norms(norms: NormSet, catalogue: Catalogue) -> list[Finding]:
    """Roles exist; min <= max; no role twice; every size x focus present exactly once."""
    findings: list[Finding] = []
    ids = catalogue.by_id()
    where: dict[tuple[str, bool], int] = {}
    for n, norm in enumerate(norms.norms):
        combo = (norm.size, norm.marketing)
        if combo in where:
            message = f"a second norm for {_combo(combo)} (the first is norms[{where[combo]}])"
            findings.append(Finding(kind="norms", path=("norms", n), message=message))
        where.setdefault(combo, n)
        counted: dict[str, int] = {}
        for r, entry in enumerate(norm.roles):
            base = ("norms", n, "roles", r)
            for field, role_id in [("role", entry.role)] + [("covers", c) for c in entry.covers]:
                if role_id not in ids:
                    findings.append(
                        Finding(
                            kind="norms", path=(*base, field), message=f"unknown role '{role_id}'"
                        )
                    )
                if role_id in counted:
                    message = (
                        f"role '{role_id}' is twice in this norm (also roles[{counted[role_id]}])"
                    )
                    findings.append(Finding(kind="norms", path=(*base, field), message=message))
                counted.setdefault(role_id, r)
            if entry.min > entry.max:
                message = f"min ({entry.min}) is greater than max ({entry.max})"
                findings.append(Finding(kind="norms", path=(*base, "min"), message=message))
    for size in SIZES:
        for marketing in (True, False):
            if (size, marketing) not in where:
                message = f"no norm for {_combo((size, marketing))}; every size and focus is needed"
                findings.append(Finding(kind="norms", path=("norms",), message=message, key=True))
    return findings


def _combo(combo: tuple[str, bool]) -> str:
    return f"a {combo[0]} {'marketing' if combo[1] else 'non-marketing'} department"
