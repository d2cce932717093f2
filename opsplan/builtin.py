"""The built-in catalogue and norms, validated once and shipped as JSON beside the YAML.

Reading the YAML (composing it with positions, then validating) is a fifth of a command's
start-up; `builtin.json` holds the same data as pydantic dumped it, with the SHA-256 of both
YAML files and the opsplan version it was made from. It is used only when that key matches the
YAML beside it (an edited YAML, or another version, falls back to reading the YAML), and it is
validated again on load, so nothing in it is trusted unchecked. It ships inside the package,
never in a user's cache directory. It is built by `python -m tools.regen` (the repository's
tool, beside the data; a test fails when it is stale).
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import TYPE_CHECKING

from opsplan.version import __version__

if TYPE_CHECKING:
    from opsplan.models.data import Catalogue, NormSet

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

    from opsplan.models.data import Catalogue, NormSet

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
