"""The one-person coverage (overload) report: the load measured by workload and by the norms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from opsplan.core.matcher import TaskMatcher
from opsplan.core.matching import lookup_role, role_index, unknown_role
from opsplan.core.recommend import BASIS_ORDER, basis_note
from opsplan.core.workload import demand_by_basis, driver_key, driver_values, productive_hours
from opsplan.i18n import Msg, cut
from opsplan.models import (
    Catalogue,
    ContextSwitching,
    Finding,
    HandoffStep,
    NormRole,
    NormSet,
    Note,
    OverloadReport,
    OverloadRole,
    Profile,
    Range,
    Role,
    TaskMatch,
    UnmatchedTask,
)
from opsplan.models.problems import MAX_FINDINGS

# Weinberg's rule of thumb (Quality Software Management, 1992): the share of time lost to
# switching between N concurrent areas of work. A heuristic, not a measurement.
SWITCHING_LOSS = {1: 0.0, 2: 0.2, 3: 0.4, 4: 0.6}
SWITCHING_LOSS_MAX = 0.75


def check_profile(profile: Profile, catalogue: Catalogue, norms: NormSet) -> list[Finding]:
    """Unknown roles and keys that are not drivers in a profile (the first MAX_FINDINGS)."""
    findings = [
        not_a_driver(("company", key), key, norms)
        for key in (profile.company.model_extra or {})
        if driver_key(norms, key) is None
    ]
    index = role_index(catalogue)
    known: dict[str, bool] = {}  # a big profile repeats its roles: look each one up once
    for i, duty in enumerate(profile.duties):
        if len(findings) >= MAX_FINDINGS:
            findings.append(stopped("profile"))
            break
        role = duty.role
        if role is not None and not known.setdefault(role, lookup_role(index, role) is not None):
            message = unknown_role(catalogue, role)
            findings.append(Finding(kind="profile", path=("duties", i, "role"), message=message))
        findings += [
            not_a_driver(("duties", i, key), key, norms)
            for key in (duty.model_extra or {})
            if driver_key(norms, key) is None
        ]
    return findings


def stopped(kind: str) -> Finding:
    """The last finding of a check that stopped at MAX_FINDINGS."""
    return Finding(kind=kind, path=(), message=Msg("stopped", n=MAX_FINDINGS))


def not_a_driver(
    path: tuple[str | int, ...], key: str, norms: NormSet, kind: str = "profile"
) -> Finding:
    """A key of a profile or team file that is not a driver, with a suggestion."""
    import difflib

    close = difflib.get_close_matches(key, list(norms.drivers), n=1)
    message = (
        Msg("unknown_key_driver_close", key=cut(key, 60), close=close[0])
        if close
        else Msg("unknown_key_driver", key=cut(key, 60), known=", ".join(sorted(norms.drivers)))
    )
    return Finding(kind=kind, path=path, message=message, key=True)


@dataclass
class _Covered:
    """A role the profile covers: the hours given for it, and whether entries without hours
    ask for its weekly workload to be estimated (with the driver values they give)."""

    role: Role
    given: float = 0.0
    estimate: bool = False
    drivers: dict[str, float] = field(default_factory=dict)
    entries: list[str] = field(default_factory=list)

    def add(self, text: str, hours: float | None, values: dict[str, float]) -> None:
        """One entry of the profile."""
        self.entries.append(text)
        if hours is not None:
            self.given += hours
            return
        self.estimate = True
        self.drivers.update(values)


def overload(profile: Profile, catalogue: Catalogue, norms: NormSet) -> OverloadReport:
    """Measure one person's load: hours per covered role against capacity, and the norms.

    A role's hours are the hours given for it plus, where entries give none, the role's whole
    weekly workload at the company's size (with the driver values given), estimated once.
    Call check_profile first: unknown roles are skipped here.
    """
    matcher = TaskMatcher(catalogue) if any(d.task and not d.role for d in profile.duties) else None
    covered: dict[str, _Covered] = {}
    matches: list[TaskMatch] = []
    unmatched: list[UnmatchedTask] = []
    index, by_id = role_index(catalogue), catalogue.by_id()
    for i, duty in enumerate(profile.duties):
        text = duty.task or duty.role or ""
        keywords: tuple[str, ...] = ()
        runner_up: str | None = None
        candidates: list[str] = []
        if duty.role is not None:
            role = lookup_role(index, duty.role)
        else:
            assert matcher is not None
            found = matcher.match(text)
            role, keywords, runner_up = by_id.get(found.role or ""), found.keywords, found.runner_up
            if role is None:  # not sure: the best one or two to choose from, if not far off
                near = matcher.threshold / 2
                candidates = [c.role for c in found.candidates[:2] if c.score >= near]
        matches.append(
            TaskMatch(
                index=i,
                text=text,
                role=role.id if role else None,
                keywords=list(keywords),
                runner_up=runner_up,
                candidates=candidates,
                hours=duty.hours,
            )
        )
        if role is None:
            unmatched.append(
                UnmatchedTask(
                    task=text, hours=duty.hours or 0.0, hours_given=duty.hours is not None
                )
            )
            continue
        entry = covered.setdefault(role.id, _Covered(role))
        entry.add(text, duty.hours, _keyed(norms, duty.model_extra or {}))
    return _report(profile, norms, covered, matches, unmatched)


def _keyed(norms: NormSet, values: Mapping[str, float]) -> dict[str, float]:
    """Driver values by key (a Chinese name, 平台数, becomes `platforms`)."""
    out: dict[str, float] = {}
    for name, value in values.items():
        key = driver_key(norms, name)
        if key is not None:
            out[key] = float(value)
    return out


def _report(
    profile: Profile,
    norms: NormSet,
    covered: Mapping[str, _Covered],
    matches: list[TaskMatch],
    unmatched: list[UnmatchedTask],
) -> OverloadReport:
    company = profile.company
    capacity = profile.capacity_hours or norms.capacity_hours
    norm = norms.norm(company.size, company.marketing)
    entries = norm.roles if norm else []
    base = _keyed(norms, company.model_extra or {})
    split: dict[str, dict[str, float]] = {}
    for rid, c in covered.items():
        # the entry's own values beat the company's
        drivers = driver_values(norms, company.size, {**base, **c.drivers})
        parts: dict[str, float] = {"given": c.given}
        if c.estimate:
            parts |= demand_by_basis(c.role.duties, drivers)
        split[rid] = parts
    hours = {rid: sum(parts.values()) for rid, parts in split.items()}
    demand = sum(hours.values()) + sum(u.hours for u in unmatched)
    roles = []
    hit: dict[int, NormRole] = {}
    for rid, c in covered.items():
        found = next(
            ((k, e) for k, e in enumerate(entries) if rid == e.role or rid in e.covers), None
        )
        if found:
            hit[found[0]] = found[1]
        roles.append(
            OverloadRole(
                role=rid,
                name=c.role.name,
                name_zh=c.role.name_zh,
                hours=round(hours[rid], 1),
                estimated=c.estimate,
                share=round(hours[rid] / demand, 3) if demand else 0.0,
                norm_min=found[1].min if found else 0,
                norm_max=found[1].max if found else 0,
                in_norm=found is not None,
                entries=c.entries,
                basis={k: round(v, 2) for k, v in split[rid].items() if v},
            )
        )
    basis = {k: sum(p.get(k, 0.0) for p in split.values()) for k in BASIS_ORDER}
    basis["given"] += sum(u.hours for u in unmatched)
    required = [e for e in entries if not e.optional]
    return OverloadReport(
        name=profile.name,
        size=company.size,
        marketing=company.marketing,
        capacity_hours=capacity,
        utilization_target=norms.utilization,
        demand_hours=round(demand, 1),
        load_ratio=round(demand / capacity, 2),
        fte=round(demand / productive_hours(norms, capacity), 1),
        roles_covered=list(covered),
        roles=roles,
        norm_headcount=Range(
            min=sum(e.min for e in hit.values()), max=sum(e.max for e in hit.values())
        ),
        department_norm=Range(min=sum(e.min for e in required), max=sum(e.max for e in required)),
        unmatched=unmatched,
        matches=matches,
        handoff=handoff(roles, demand, capacity),
        context_switching=switching(len(roles)),
        basis={k: round(v, 2) for k, v in basis.items() if v},
        notes=_notes(norms, capacity, roles, unmatched, norm is not None, matches, basis),
    )


def handoff(roles: list[OverloadRole], demand: float, capacity: float) -> list[HandoffStep]:
    """Hand off the largest roles first until the load is at or below 1x."""
    steps: list[HandoffStep] = []
    remaining = demand
    for role in sorted(roles, key=lambda r: -r.hours):
        if remaining <= capacity + 1e-9:
            break
        remaining -= role.hours
        steps.append(
            HandoffStep(
                role=role.role,
                name=role.name,
                name_zh=role.name_zh,
                hours=role.hours,
                load_ratio_after=round(max(remaining, 0) / capacity, 2),
            )
        )
    return steps


def switching(areas: int) -> ContextSwitching:
    """Weinberg's context-switching rule of thumb for `areas` concurrent areas of work."""
    lost = SWITCHING_LOSS.get(areas, SWITCHING_LOSS_MAX) if areas else 0.0
    return ContextSwitching(roles=areas, lost_share=lost)


def _notes(
    norms: NormSet,
    capacity: float,
    roles: list[OverloadRole],
    unmatched: list[UnmatchedTask],
    has_norm: bool,
    matches: list[TaskMatch],
    basis: Mapping[str, float],
) -> list[Note]:
    notes = []
    if not roles and not any(u.hours_given for u in unmatched):
        notes.append(Note(code="nothing_measured"))
    if any(r.estimated for r in roles):
        notes.append(Note(code="estimated_hours"))
    shares = basis_note(basis)
    if shares is not None:
        notes.append(shares)
    notes.append(
        Note(
            code="fte_formula",
            params={"capacity": capacity, "utilization": round(norms.utilization * 100)},
        )
    )
    no_hours = sum(1 for u in unmatched if not u.hours_given)
    if no_hours:
        notes.append(Note(code="unmatched_no_hours", params={"count": no_hours}))
    unsure = sum(1 for m in matches if m.candidates)
    if unsure:
        notes.append(Note(code="unmatched_candidates", params={"count": unsure}))
    if not has_norm:
        notes.append(Note(code="no_norm"))
    return notes
