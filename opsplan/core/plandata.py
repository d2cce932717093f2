"""Checks of the pay file and the hiring file that their schemas cannot make (validate and the
commands that read them run these).

Each check looks at every item and returns every finding. A role either file names must be in
the catalogue; the built-in files are held to stricter checks (every role of the built-in
catalogue has a band or says why not, every text in both languages, every figure a basis).
"""

from __future__ import annotations

from typing import get_args

from opsplan.core.checks import _basis, _benchmarks, _sources
from opsplan.core.matching import unknown_role
from opsplan.i18n import Msg
from opsplan.models.data import Catalogue, Family
from opsplan.models.hiring import Hiring
from opsplan.models.pay import PayBand, PayTable
from opsplan.models.problems import Finding

Path = tuple[str | int, ...]


def check_pay(pay: PayTable, catalogue: Catalogue | None, *, strict: bool = False) -> list[Finding]:
    """Known roles; each band complete (low, typical, high; a source for a cited or proxy
    band, the job title a proxy stands for, what an estimate comes from) and in order
    (low <= typical <= high); the sources it cites listed. `strict` (the built-in file):
    every role of the catalogue has an entry, and every text has its Chinese twin."""
    findings: list[Finding] = []
    ids = catalogue.by_id() if catalogue is not None else None
    refs: list[tuple[Path, str | None]] = [(("on_cost_source",), pay.on_cost_source)]
    for role, band in pay.pay.items():
        path: Path = ("pay", role)
        if ids is not None and catalogue is not None and role not in ids:
            message = unknown_role(catalogue, role)
            findings.append(Finding(kind="pay", path=path, message=message, key=True))
        findings += [Finding(kind="pay", path=(*path, *at), message=m) for at, m in _band(band)]
        refs.append(((*path, "source"), band.source))
        if strict:
            for field in ("job", "basis"):
                if getattr(band, field) and not getattr(band, f"{field}_zh"):
                    message = Msg("zh_missing", field=f"{field}_zh")
                    findings.append(Finding(kind="pay", path=path, message=message, key=True))
    if strict and ids is not None:
        missing = [rid for rid in ids if rid not in pay.pay]
        if missing:
            message = Msg("pay_roles_missing", roles=", ".join(missing[:8]), n=len(missing))
            findings.append(Finding(kind="pay", path=("pay",), message=message, key=True))
    if strict:
        for field in ("note", "on_cost_source", "on_cost_basis", "on_cost_basis_zh", "note_zh"):
            if getattr(pay, field) is None:
                message = Msg("pay_field_missing", field=field)
                findings.append(Finding(kind="pay", path=(), message=message, key=True))
    return findings + _sources(pay.sources, refs, "pay")


def _band(band: PayBand) -> list[tuple[Path, Msg]]:
    """What is wrong with one band, each at its field."""
    figures = {"low": band.low, "typical": band.typical, "high": band.high}
    given = [name for name, value in figures.items() if value is not None]
    if band.kind == "none":
        return [((name,), Msg("pay_none_has_figure", field=name)) for name in given]
    out: list[tuple[Path, Msg]] = []
    missing = [name for name in figures if name not in given]
    if missing:
        out.append(((), Msg("pay_band_incomplete", fields=list(missing))))
    low, typical, high = band.low, band.typical, band.high
    if low is not None and typical is not None and low > typical:
        out.append((("low",), Msg("pay_band_order", low=low, typical=typical, high=high or "-")))
    elif typical is not None and high is not None and typical > high:
        out.append((("high",), Msg("pay_band_order", low=low or "-", typical=typical, high=high)))
    elif low is not None and high is not None and low > high:
        out.append((("high",), Msg("pay_band_order", low=low, typical="-", high=high)))
    if band.kind in ("cited", "proxy") and band.source is None:
        out.append(((), Msg("pay_band_no_source", kind=band.kind)))
    if band.kind == "proxy" and band.job is None:
        out.append(((), Msg("pay_proxy_no_job")))
    if band.kind == "estimate" and band.basis is None:
        out.append(((), Msg("pay_estimate_no_basis")))
    return out


def check_hiring(
    hiring: Hiring, catalogue: Catalogue | None, *, strict: bool = False
) -> list[Finding]:
    """A `default` time to hire and each figure's basis; phases with unique ids, months in
    order and not overlapping, known roles (each once a phase), something to bring in, and at
    most one `rest` phase; the sources cited listed."""
    findings: list[Finding] = []
    if "default" not in hiring.time_to_hire:
        message = Msg("hiring_no_default")
        findings.append(Finding(kind="hiring", path=("time_to_hire",), message=message, key=True))
    cited: set[str] = set()
    families = ("default", *get_args(Family))
    for family, time in hiring.time_to_hire.items():
        path: Path = ("time_to_hire", family)
        if family not in families:
            message = Msg("unknown_family", family=family, expected=list(families))
            findings.append(Finding(kind="hiring", path=path, message=message, key=True))
        findings += _basis(time.basis, path, "hiring", "hire_time_no_basis", strict)
        if time.basis is not None and time.basis.kind in ("cited", "derived"):
            cited.update(time.basis.sources)
    findings += _benchmarks(hiring.sources, cited, "hiring", strict)
    findings += _phases(hiring, catalogue, strict)
    refs: list[tuple[Path, str | None]] = [
        (("phases", i, "source"), phase.source) for i, phase in enumerate(hiring.phases)
    ]
    return findings + _sources(hiring.sources, refs, "hiring")


def _phases(hiring: Hiring, catalogue: Catalogue | None, strict: bool) -> list[Finding]:
    findings: list[Finding] = []
    ids = catalogue.by_id() if catalogue is not None else None
    seen: dict[str, int] = {}
    rest: int | None = None

    def add(i: int, at: Path, message: Msg, key: bool = False) -> None:
        findings.append(Finding(kind="hiring", path=("phases", i, *at), message=message, key=key))

    for i, phase in enumerate(hiring.phases):
        if phase.id in seen:
            add(i, ("id",), Msg("phase_twice", phase=phase.id, first=seen[phase.id]))
        seen.setdefault(phase.id, i)
        first, last = phase.months
        if first > last:
            add(i, ("months",), Msg("phase_months_order", first=first, last=last))
        for other in hiring.phases[:i]:
            a, b = other.months
            if first <= b and a <= last and a <= b and first <= last:
                message = Msg("phase_overlap", first=first, last=last, other=other.id, a=a, b=b)
                add(i, ("months",), message)
                break
        if phase.rest:
            if rest is not None:
                add(i, ("rest",), Msg("phase_rest_twice", first=hiring.phases[rest].id))
            rest = i if rest is None else rest
        elif not phase.roles:
            add(i, (), Msg("phase_empty", phase=phase.id), key=True)
        listed: dict[str, int] = {}
        for j, entry in enumerate(phase.roles):
            if ids is not None and catalogue is not None and entry.role not in ids:
                add(i, ("roles", j, "role"), unknown_role(catalogue, entry.role))
            if entry.role in listed:
                add(i, ("roles", j, "role"), Msg("phase_role_twice", role=entry.role))
            listed.setdefault(entry.role, j)
        if strict and (phase.name_zh is None or (phase.note and not phase.note_zh)):
            add(i, (), Msg("zh_missing", field="name_zh/note_zh"), key=True)
    return findings


def check_pay_file(
    model: PayTable, *, roles: Catalogue | None, builtin: bool = False, **_: object
) -> list[Finding]:
    """validate's checks of a pay file, against its catalogue (when there is one)."""
    return check_pay(model, roles, strict=builtin)


def check_hiring_file(
    model: Hiring, *, roles: Catalogue | None, builtin: bool = False, **_: object
) -> list[Finding]:
    """validate's checks of a hiring file, against its catalogue (when there is one)."""
    return check_hiring(model, roles, strict=builtin)
