"""The one-person coverage (overload) report: the load measured by workload and by the norms."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from opsplan.core.basis import BASIS_ORDER, basis_note
from opsplan.core.estimate import DUTY_HOURS_MAX, PERSON_HOURS_MAX, Estimate, estimator
from opsplan.core.matcher import TaskMatcher
from opsplan.core.matching import lookup_role, role_index, role_names
from opsplan.core.workload import demand_by_basis, driver_key, driver_values, productive_hours
from opsplan.i18n import cut
from opsplan.models.data import Catalogue, Duty, NormRole, NormSet, Role
from opsplan.models.overload import (
    ContextSwitching,
    HandoffStep,
    OverloadReport,
    OverloadRole,
    TaskMatch,
    TaskShare,
    UnmatchedTask,
)
from opsplan.models.profile import Profile, ProfileDuty
from opsplan.models.results import Note, Range

# Weinberg's rule of thumb (Quality Software Management, 1992): the share of time lost to
# switching between N concurrent areas of work. A heuristic, not a measurement.
SWITCHING_LOSS = {1: 0.0, 2: 0.2, 3: 0.4, 4: 0.6}
SWITCHING_LOSS_MAX = 0.75
# The report is built from checked data without validation (model_construct: no validator to
# build, ~5 ms of start-up), but a profile's many entries are validated: once built, the
# validator makes each in half model_construct's time. Either way the same objects (tests).
VALIDATE_FROM = 64


@dataclass
class _Covered:
    """A role the profile covers: the hours given for it, and what its entries without hours
    ask to estimate (the duties they name, or the whole role; the driver values they give);
    `read` is the role's estimator (estimate.py), made once for all its tasks."""

    role: Role
    read: Callable[[str], Estimate]
    given: float = 0.0
    estimate: bool = False
    whole: bool = False
    duties: set[int] = field(default_factory=set)
    drivers: dict[str, float] = field(default_factory=dict)
    counted: dict[str, list[str]] = field(default_factory=dict)
    entries: list[str] = field(default_factory=list)

    def add(
        self, text: str, hours: float | None, named: list[int], values: dict[str, float]
    ) -> None:
        """One entry of the profile (`named`: the duties its task names)."""
        self.entries.append(text)
        if hours is not None:
            self.given += hours
            return
        self.estimate = True
        self.whole = self.whole or not named
        self.duties.update(named)
        self.drivers.update(values)

    def chosen(self) -> list[Duty]:
        """The duties the estimate counts: all of them, or the ones the tasks name."""
        duties = self.role.duties
        return list(duties) if self.whole else [duties[i] for i in sorted(self.duties)]


def overload(
    profile: Profile,
    catalogue: Catalogue,
    norms: NormSet,
    make: Callable[[Catalogue], TaskMatcher] = TaskMatcher,
) -> OverloadReport:
    """Measure one person's load: hours per covered role against capacity, and the norms.

    A role's hours are the hours given for it plus, where entries give none, an estimate at
    the company's size: the duties those tasks name (the whole role for a task that names
    none, or a bare `role:`), with the driver values given or counted in them (a task listing
    公众号、抖音 counts 2 platforms). Call check_profile first: unknown roles are skipped here.
    `make` makes the catalogue's matcher when a duty is free text (the built-in one's index).
    """
    matcher = make(catalogue) if any(d.task and not d.role for d in profile.duties) else None
    covered: dict[str, _Covered] = {}
    matches: list[TaskMatch] = []
    unmatched: list[UnmatchedTask] = []
    index, by_id = role_index(catalogue), catalogue.by_id()
    many = len(profile.duties) >= VALIDATE_FROM
    entry = TaskMatch if many else TaskMatch.model_construct
    share = TaskShare if many else TaskShare.model_construct
    missed = UnmatchedTask if many else UnmatchedTask.model_construct
    for i, duty in enumerate(profile.duties):
        text = duty.task or duty.role or ""
        keywords: tuple[str, ...] = ()
        runner_up: str | None = None
        candidates: list[str] = []
        not_duty: str | None = None
        shares: list[TaskShare] = []
        if duty.role is not None:
            role = lookup_role(index, duty.role)
        else:
            assert matcher is not None
            found = matcher.match(text)
            role, keywords, runner_up = by_id.get(found.role or ""), found.keywords, found.runner_up
            not_duty = found.not_duty
            part = duty.hours / len(found.shares) if duty.hours and found.shares else duty.hours
            shares = [share(role=s.role, keywords=list(s.words), hours=part) for s in found.shares]
            if role is None and not_duty is None and not shares:  # not sure: the best, if near
                near = matcher.threshold / 2
                candidates = [c.role for c in found.candidates[:2] if c.score >= near]
        matches.append(
            entry(
                index=i,
                text=text,
                role=role.id if role else None,
                keywords=list(keywords),
                runner_up=runner_up,
                candidates=candidates,
                hours=duty.hours,
                not_duty=not_duty,
                shares=shares,
            )
        )
        if role is None and not shares:
            given = duty.hours is not None
            unmatched.append(missed(task=text, hours=duty.hours or 0.0, hours_given=given))
            continue
        takers = [(role, duty.hours)] if role else [(by_id[s.role], s.hours) for s in shares]
        for taker, hours in takers:
            if taker.id not in covered:
                covered[taker.id] = _Covered(taker, estimator(norms, taker))
            _cover(covered[taker.id], norms, duty, text, hours)
    report = _report(profile, norms, covered, matches, unmatched)
    named_ids = {
        r: None
        for m in matches
        for r in (m.role, m.runner_up, *m.candidates, *(s.role for s in m.shares))
        if r
    }
    return report.model_copy(update={"role_names": role_names(by_id, named_ids)})


def _cover(
    entry: _Covered, norms: NormSet, duty: ProfileDuty, text: str, hours: float | None
) -> None:
    """Add a duty (or its share of one) to a role it covers: the hours given, or the duties its
    task names and the things it lists, for the estimate."""
    named: list[int] = []
    if hours is None and duty.task:
        named, counts = entry.read(duty.task)
        for name, things in counts.items():
            known = entry.counted.setdefault(name, [])
            known += [t for t in things if t not in known]
    entry.add(text, hours, named, _keyed(norms, duty.model_extra or {}))


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
        # the entry's own values beat what its tasks list, which beats the company's
        listed = {k: float(len(v)) for k, v in c.counted.items() if k not in c.drivers}
        drivers = driver_values(norms, company.size, {**base, **listed, **c.drivers})
        parts: dict[str, float] = {"given": c.given}
        if c.estimate:
            parts |= demand_by_basis(c.chosen(), drivers)
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
        part = [] if c.whole or not c.estimate else c.chosen()
        roles.append(
            OverloadRole.model_construct(
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
                estimated_as=[d.name for d in part],
                estimated_as_zh=[d.name_zh or d.name for d in part],
                counted={k: v for k, v in c.counted.items() if k not in c.drivers and c.estimate},
                basis={k: round(v, 2) for k, v in split[rid].items() if v},
            )
        )
    basis = {k: sum(p.get(k, 0.0) for p in split.values()) for k in BASIS_ORDER}
    basis["given"] += sum(u.hours for u in unmatched)
    required = [e for e in entries if not e.optional]
    return OverloadReport.model_construct(
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
        norm_headcount=Range.model_construct(
            min=sum(e.min for e in hit.values()), max=sum(e.max for e in hit.values())
        ),
        department_norm=Range.model_construct(
            min=sum(e.min for e in required), max=sum(e.max for e in required)
        ),
        unmatched=unmatched,
        matches=matches,
        handoff=handoff(roles, demand, capacity),
        context_switching=switching(len(roles)),
        basis={k: round(v, 2) for k, v in basis.items() if v},
        notes=_notes(profile, norms, capacity, roles, unmatched, norm is not None, matches, basis),
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
            HandoffStep.model_construct(
                role=role.role,
                name=role.name,
                name_zh=role.name_zh,
                hours=role.hours,
                load_ratio_after=_ratio(max(remaining, 0) / capacity),
            )
        )
    return steps


def _ratio(load: float) -> float:
    """A load to two decimals; one just over 1x (1.0025) reads 1.01x, not 1x."""
    shown = round(load, 2)
    return 1.01 if load > 1 + 1e-9 and shown <= 1 else shown


def switching(areas: int) -> ContextSwitching:
    """Weinberg's context-switching rule of thumb for `areas` concurrent areas of work."""
    lost = SWITCHING_LOSS.get(areas, SWITCHING_LOSS_MAX) if areas else 0.0
    return ContextSwitching.model_construct(roles=areas, lost_share=lost)


def _notes(
    profile: Profile,
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
    for r in roles:
        role = {"en": r.name, "zh": r.name_zh}
        if r.estimated_as:
            pairs = zip(r.estimated_as, r.estimated_as_zh, strict=True)
            duties = [{"en": f"“{en}”", "zh": f"“{zh}”"} for en, zh in pairs]
            notes.append(Note(code="estimated_duties", params={"role": role, "duties": duties}))
        elif r.estimated and not r.counted:  # the role's whole week: say so, with its hours
            hours = round(sum(v for k, v in r.basis.items() if k != "given"), 1)
            params = {"role": role, "hours": hours, "id": r.role}
            notes.append(Note(code="estimated_whole_role", params=params))
        for name, things in r.counted.items():
            driver = norms.drivers[name]
            label = {"en": name, "zh": driver.name_zh or name}  # as --set takes it
            params = {"role": role, "n": len(things), "things": things, "driver": label}
            unit = {"en": driver.unit, "zh": driver.unit_zh or driver.unit}
            notes.append(Note(code="counted_driver", params={**params, "unit": unit}))
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
    # tasks with hours that name no role, not even a near one: say how to place them
    weak = sum(
        1
        for m in matches
        if m.role is None and m.hours is not None
        and not (m.shares or m.candidates or m.not_duty)
    )  # fmt: skip
    if weak:
        notes.append(Note(code="unmatched_weak", params={"count": weak}))
    shared = sum(1 for m in matches if m.shares)
    if shared:
        notes.append(Note(code="shared_tasks", params={"count": shared}))
    no_duty = sum(1 for m in matches if m.not_duty)
    if no_duty:
        notes.append(Note(code="not_duties", params={"count": no_duty}))
    notes += _implausible(profile)
    if not has_norm:
        notes.append(Note(code="no_norm"))
    return notes


def _implausible(profile: Profile) -> list[Note]:
    """Hours a person wrote that are hardly real: a duty over 60 h a week, more than 100 h
    given in all, a week over 100 h (the first few duties, then how many more)."""
    notes = []
    high = [d for d in profile.duties if d.hours is not None and d.hours > DUTY_HOURS_MAX]
    for duty in high[:3]:
        text = cut(duty.task or duty.role or "", 60)
        notes.append(Note(code="duty_hours_high_note", params={"task": text, "hours": duty.hours}))
    if len(high) > 3:
        notes.append(Note(code="duty_hours_high_more", params={"n": len(high) - 3}))
    given = sum(d.hours or 0.0 for d in profile.duties)
    if given > PERSON_HOURS_MAX:
        notes.append(Note(code="person_hours_high_note", params={"hours": round(given, 1)}))
    if (profile.capacity_hours or 0) > PERSON_HOURS_MAX:
        notes.append(Note(code="capacity_high_note", params={"hours": profile.capacity_hours}))
    return notes
