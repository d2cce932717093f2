"""The checks of a profile beyond its schema (`check_profile`): roles the catalogue does not
have, keys that are no driver, hours hardly real; and the findings a team file's check shares
with it (`not_a_driver`, `stopped`)."""

from __future__ import annotations

from opsplan.core.estimate import DUTY_HOURS_MAX, PERSON_HOURS_MAX
from opsplan.core.matching import lookup_role, role_index, unknown_role
from opsplan.core.workload import driver_key
from opsplan.i18n import Msg, cut
from opsplan.models.data import Catalogue, NormSet
from opsplan.models.problems import MAX_FINDINGS, Finding
from opsplan.models.profile import Profile


def check_profile(profile: Profile, catalogue: Catalogue, norms: NormSet) -> list[Finding]:
    """Unknown roles and keys that are not drivers in a profile (the first MAX_FINDINGS), and
    hours hardly real (a warning each: one duty over 60 h a week, a person over 100 h)."""
    findings = [
        not_a_driver(("company", key), key, norms, fields=COMPANY_KEYS)
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
            not_a_driver(("duties", i, key), key, norms, fields=DUTY_KEYS)
            for key in (duty.model_extra or {})
            if driver_key(norms, key) is None
        ]
        if duty.hours is not None and duty.hours > DUTY_HOURS_MAX:
            message = Msg("duty_hours_high", hours=duty.hours, max=DUTY_HOURS_MAX)
            where: tuple[str | int, ...] = ("duties", i, "hours")
            findings.append(Finding(kind="profile", path=where, message=message, level="warning"))
    given = sum(d.hours or 0.0 for d in profile.duties)
    if given > PERSON_HOURS_MAX:
        message = Msg("person_hours_high", hours=round(given, 1), max=PERSON_HOURS_MAX)
        findings.append(
            Finding(kind="profile", path=("duties",), message=message, key=True, level="warning")
        )
    if (profile.capacity_hours or 0) > PERSON_HOURS_MAX:
        message = Msg("capacity_high", hours=profile.capacity_hours, max=PERSON_HOURS_MAX)
        findings.append(
            Finding(kind="profile", path=("capacity_hours",), message=message, level="warning")
        )
    return findings


def stopped(kind: str) -> Finding:
    """The last finding of a check that stopped at MAX_FINDINGS."""
    return Finding(kind=kind, path=(), message=Msg("stopped", n=MAX_FINDINGS))


def not_a_driver(
    path: tuple[str | int, ...],
    key: str,
    norms: NormSet,
    kind: str = "profile",
    fields: tuple[str, ...] = (),
) -> Finding:
    """A key of a profile or team file that is neither one of the mapping's own `fields` nor
    a driver: the closest of either as a suggestion (`hour` -> `hours`), else both lists."""
    import difflib

    close = [_SYNONYMS[key]] if _SYNONYMS.get(key) in fields else []
    close = close or difflib.get_close_matches(key, [*fields, *norms.drivers], n=1)
    known = sorted(norms.drivers)
    shown = cut(key, 60)
    message = (
        Msg("unknown_key_close", key=shown, close=close[0])
        if close
        else Msg("unknown_key_fields", key=shown, fields=list(fields), known=known)
        if fields
        else Msg("unknown_key_driver", key=shown, known=known)
    )
    return Finding(kind=kind, path=path, message=message, key=True)


COMPANY_KEYS = ("size", "marketing")
# the keys' words in Chinese, for the suggestion (`工时:` -> did you mean `hours`?)
_SYNONYMS = {
    "工时": "hours", "小时": "hours", "时长": "hours", "每周工时": "hours", "岗位": "role",
    "职位": "role", "角色": "role", "任务": "task", "工作": "task", "职责": "task",
    "工作内容": "task", "规模": "size", "企业规模": "size", "营销": "marketing",
}  # fmt: skip
DUTY_KEYS = ("role", "task", "hours")
