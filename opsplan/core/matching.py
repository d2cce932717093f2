"""Finding roles by id or name (free-text duties are matched by `core.matcher`)."""

from __future__ import annotations

from collections.abc import Iterable

from opsplan.errors import UsageError
from opsplan.i18n import Msg, cut
from opsplan.models.data import Catalogue, Role
from opsplan.models.results import RoleName


def role_index(catalogue: Catalogue) -> dict[str, Role]:
    """Every role under its id, English and Chinese name and aliases, case-folded; a Chinese
    name also without its spaces (`SEO专员` for `SEO 专员`; the first role wins)."""
    index: dict[str, Role] = {}
    for role in catalogue.roles:
        for key in (role.id, role.name, role.name_zh, *role.aliases):
            index.setdefault(key.casefold(), role)
            if not key.isascii():
                index.setdefault(_unspaced(key), role)
    return index


def _unspaced(name: str) -> str:
    return "".join(name.casefold().split())


def lookup_role(catalogue: Catalogue | dict[str, Role], text: str) -> Role | None:
    """The role whose id, English or Chinese name is `text` (case-insensitive), or whose name
    `text` is a clear part of (`新媒体` for 新媒体运营, `security` for Network security officer):
    a part that fits one role only."""
    index = role_index(catalogue) if isinstance(catalogue, Catalogue) else catalogue
    key = text.strip().casefold()
    found = index.get(key) or index.get(_unspaced(key))
    if found is not None or len(key) < 2 or (key.isascii() and len(key) < 3):
        return found
    fits = {r.id: r for name, r in index.items() if key in name}
    return next(iter(fits.values())) if len(fits) == 1 else None


def role_names(by_id: dict[str, Role], ids: Iterable[str | None]) -> dict[str, RoleName]:
    """The names of the roles `ids` (None and unknown ids skipped), for a report's views."""
    return {
        rid: RoleName(name=by_id[rid].name, name_zh=by_id[rid].name_zh)
        for rid in dict.fromkeys(ids)
        if rid is not None and rid in by_id
    }


def unknown_role(catalogue: Catalogue, text: str) -> Msg:
    """'unknown role 'x' (did you mean 'y'?)', or a pointer to `opsplan roles`."""
    import difflib

    names: dict[str, str] = {}
    by_id = {role.id: role for role in catalogue.roles}
    for role in catalogue.roles:
        for name in (role.id, role.name.casefold(), role.name_zh, *role.aliases):
            names.setdefault(name, role.id)
    key = text.strip().casefold()
    parts = sorted({rid for name, rid in names.items() if key and key in name})
    if len(parts) > 1:
        named = [_with_id(by_id[rid]) for rid in parts[:6]]
        return Msg("ambiguous_role", role=cut(text, 60), candidates=named)
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.6)
    if not close and not key.isascii():
        # Chinese: a name that shares most of the characters (新媒休 -> 新媒体运营)
        shared = {name: len(set(key) & set(name)) / len(set(key)) for name in names}
        best = max(shared, key=lambda n: (shared[n], -len(n)), default="")
        close = [best] if best and shared[best] >= 0.6 else []
    if close:
        return Msg("unknown_role_close", role=cut(text, 60), close=_with_id(by_id[names[close[0]]]))
    return Msg("unknown_role", role=cut(text, 60))


def _with_id(role: Role) -> dict[str, object]:
    """A role as a reader knows it, with the id to type: 美工 then `designer` in brackets, `Designer
    (designer)` (a message as data, so that a problem's params stay JSON)."""
    name = {"en": role.name, "zh": role.name_zh}
    return {"code": "role_with_id", "params": {"name": name, "id": role.id}}


def find_role(catalogue: Catalogue, text: str) -> Role:
    """The role named by `text`; an unknown one is a UsageError with a suggestion."""
    role = lookup_role(catalogue, text)
    if role is None:
        raise UsageError(unknown_role(catalogue, text))
    return role
