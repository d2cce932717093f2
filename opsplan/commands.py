"""The commands themselves, typer-free: parsed values in, output written, an exit code out.

Both ways into opsplan call these: typer's commands (`cli.py`) and the fast path for plain
command lines (`fastpath.py`). Each returns its exit code or raises an OpsplanError, which
`runner.guarded()` turns into a message and a code.
"""

from __future__ import annotations

from collections.abc import Sequence

from opsplan.runner import emit, state


def recommend(
    *,
    size: str,
    marketing: bool = False,
    sets: Sequence[str] = (),
    fte: bool = False,
    fmt: str | None = None,
    roles: str | None = None,
    norms: str | None = None,
    output: str | None = None,
    force: bool = False,
) -> int:
    """`opsplan recommend`."""
    from opsplan import api
    from opsplan.options import parse_sets, parse_size

    chosen = parse_size(size)
    drivers = parse_sets(sets)
    result = api.recommend(
        size=chosen, marketing=marketing, drivers=drivers, fte=fte, roles=roles, norms=norms
    )
    emit(result, fmt, output, force)
    return 0


def roles(
    *,
    role: str | None = None,
    fmt: str | None = None,
    roles: str | None = None,
    norms: str | None = None,
    output: str | None = None,
    force: bool = False,
) -> int:
    """`opsplan roles`."""
    from opsplan import api

    emit(api.roles(role=role, roles=roles, norms=norms), fmt, output, force)
    return 0


def drivers(
    *,
    fmt: str | None = None,
    norms: str | None = None,
    output: str | None = None,
    force: bool = False,
) -> int:
    """`opsplan drivers`."""
    from opsplan import api

    emit(api.drivers(norms=norms), fmt, output, force)
    return 0


def validate(*, files: Sequence[str] = (), fmt: str = "text") -> int:
    """`opsplan validate`: 0 when every file is valid, 1 when one is not, 2 when one is unread."""
    from opsplan import api
    from opsplan.options import choice
    from opsplan.runner import write_out
    from opsplan.validate.reporter import report

    choice("--format", fmt, ("text", "github", "json"))
    result = api.validate(list(files))
    write_out(report(result, fmt, state["lang"]))
    if not all(f.readable for f in result.files):
        return 2
    return 0 if result.valid else 1


def overload(
    *,
    profile: str,
    fmt: str | None = None,
    roles: str | None = None,
    norms: str | None = None,
    output: str | None = None,
    force: bool = False,
) -> int:
    """`opsplan overload`."""
    from opsplan import api

    emit(api.overload(profile=profile, roles=roles, norms=norms), fmt, output, force)
    return 0


def team(
    *,
    team: str,
    size: str | None = None,
    marketing: bool | None = None,
    sets: Sequence[str] = (),
    fmt: str | None = None,
    roles: str | None = None,
    norms: str | None = None,
    output: str | None = None,
    force: bool = False,
) -> int:
    """`opsplan team`."""
    from opsplan import api
    from opsplan.options import parse_sets, parse_size

    company: dict[str, object] = dict(parse_sets(sets))
    if size is not None:
        company["size"] = parse_size(size)
    if marketing is not None:
        company["marketing"] = marketing
    emit(api.team(team=team, company=company, roles=roles, norms=norms), fmt, output, force)
    return 0


def schema(
    *,
    kind: str | None = None,
    fmt: str | None = None,
    output: str | None = None,
    force: bool = False,
) -> int:
    """`opsplan schema`: the kinds of data file, or one kind's JSON Schema."""
    from opsplan import api

    if kind is None:
        emit(api.kinds(), fmt, output, force)
        return 0
    import json

    from opsplan.runner import deliver

    deliver(json.dumps(api.schema(kind), ensure_ascii=False, indent=2) + "\n", output, force)
    return 0


def init(*, path: str = "me.yaml", force: bool = False) -> int:
    """`opsplan init`."""
    from opsplan import api
    from opsplan.i18n import text
    from opsplan.runner import _quiet_write

    api.init(path, force=force)
    _quiet_write(text("init_done", state["lang"], path=path))
    return 0
