"""The built-in catalogue and norms, validated once and shipped as JSON beside the YAML.

Reading the YAML (composing it with positions, then validating) is a fifth of a command's
start-up; `builtin.json` holds the same data as pydantic dumped it, with the SHA-256 of both
YAML files and the opsplan version it was made from. It is used only when that key matches the
YAML beside it (an edited YAML, or another version, falls back to reading the YAML), and it is
validated again on load, so nothing in it is trusted unchecked. It ships inside the package,
never in a user's cache directory. Rebuild it with `python -m opsplan.builtin` (a test fails
when it is stale).
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import TYPE_CHECKING

from opsplan import __version__

if TYPE_CHECKING:
    from opsplan.models import Catalogue, NormSet

NAME = "builtin.json"


def _data_dir() -> str:
    import importlib

    return os.path.dirname(str(importlib.import_module("opsplan.data").__file__))


def key(folder: str | None = None) -> str:
    """What the cache was made from: both YAML files' SHA-256 and the opsplan version."""
    folder = folder or _data_dir()
    digest = hashlib.sha256()
    for name in ("roles.yaml", "norms.yaml"):
        with open(os.path.join(folder, name), "rb") as handle:
            digest.update(handle.read())
    return f"{digest.hexdigest()}-{__version__}"


def load() -> tuple[Catalogue, NormSet] | None:
    """The built-in models from the cache, or None when it is missing, stale or invalid."""
    from pydantic import ValidationError

    from opsplan.models import Catalogue, NormSet

    folder = _data_dir()
    try:
        with open(os.path.join(folder, NAME), "rb") as handle:
            raw = handle.read()
        head, _, body = raw.partition(b"\n")
        if json.loads(head).get("key") != key(folder):
            return None
        roles_json, _, norms_json = body.partition(b"\n")
        return Catalogue.model_validate_json(roles_json), NormSet.model_validate_json(norms_json)
    except (OSError, ValueError, ValidationError):
        return None


def build() -> bytes:
    """The cache's bytes: a key line, then the catalogue and the norms, one JSON line each.

    Refuses (SystemExit) built-in data that fails the strict checks of `validate`: a cache is
    only ever made from data that validate passes."""
    from opsplan import api

    catalogue, norms = api.load_data(roles=None, norms=None, cache=False)
    from opsplan.core.checks import check_bases, check_driver_bases, check_driver_names

    # the built-in data is held to the strict checks: every effort and default has a basis
    found = check_bases(catalogue, strict=True) + check_driver_bases(norms, strict=True)
    found += check_driver_names(norms)
    if found:
        raise SystemExit(
            "\n".join(f"{f.kind}: {'/'.join(map(str, f.path))}: {f.message}" for f in found)
        )
    head = json.dumps({"key": key()}).encode()
    body = [catalogue.model_dump_json().encode(), norms.model_dump_json().encode()]
    return b"\n".join([head, *body])


def main() -> None:
    """Write data/builtin.json (run from the repository, or anywhere the package is writable)."""
    path = os.path.join(_data_dir(), NAME)
    with open(path, "wb") as handle:
        handle.write(build() + b"\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
