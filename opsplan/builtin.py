"""The built-in data files (catalogue, norms, pay, hiring), validated once and shipped as JSON
beside the YAML.

Reading the YAML (composing it with positions, then validating) is a fifth of a command's
start-up; `builtin.json` holds the same data as pydantic dumped it, one file a line, with the
SHA-256 of the YAML files and the opsplan version it was made from. It is used only when that
key matches the YAML beside it (an edited YAML, or another version, falls back to reading the
YAML), and it is validated again on load, so nothing in it is trusted unchecked. It ships
inside the package, never in a user's cache directory. It is built by `python -m tools.regen`
(the repository's tool, beside the data; a test fails when it is stale).

A last line holds the matcher's index of the built-in catalogue (`core.matchindex`: every
phrase folded and stemmed, the descriptions' units), made from the same YAML under the same
key, so that a run with free-text duties need not build it; it is read back into its tables
and checked for their shape (one that is not falls back to building the index).
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import TYPE_CHECKING

from opsplan.version import __version__

if TYPE_CHECKING:
    from opsplan.models.data import Catalogue, NormSet
    from opsplan.models.hiring import Hiring
    from opsplan.models.pay import PayTable

NAME = "builtin.json"
FILES = ("roles.yaml", "norms.yaml", "pay.yaml", "hiring.yaml")  # the cache's lines, in order
INDEX = len(FILES)  # the line of the matcher's index, after the data's
# the catalogue `load` read last, with the lines read with it (the pay, hiring and index lines
# are read for it from there, not from the file again)
_READ: list[tuple[Catalogue, list[bytes]]] = []


def _data_dir() -> str:
    import importlib

    return os.path.dirname(str(importlib.import_module("opsplan.data").__file__))


def key(folder: str | None = None) -> str:
    """What the cache was made from: the YAML files' SHA-256 and the opsplan version."""
    folder = folder or _data_dir()
    digest = hashlib.sha256()
    for name in FILES:
        with open(os.path.join(folder, name), "rb") as handle:
            digest.update(handle.read())
    return f"{digest.hexdigest()}-{__version__}"


def _lines() -> list[bytes] | None:
    """The cache's data lines (one a file of FILES, then the matcher's index), or None when it
    is missing or stale."""
    folder = _data_dir()
    try:
        with open(os.path.join(folder, NAME), "rb") as handle:
            head, *lines = handle.read().split(b"\n")
        if json.loads(head).get("key") != key(folder) or len(lines) < len(FILES):
            return None
    except (OSError, ValueError):
        return None
    return lines


def load() -> tuple[Catalogue, NormSet] | None:
    """The built-in catalogue and norms from the cache, or None when it is missing, stale or
    invalid."""
    from pydantic import ValidationError

    from opsplan.models.data import Catalogue, NormSet

    lines = _lines()
    try:
        if lines is None:
            return None
        catalogue = Catalogue.model_validate_json(lines[0])
        norms = NormSet.model_validate_json(lines[1])
    except ValidationError:
        return None
    _READ[:] = [(catalogue, lines)]
    return catalogue, norms


def _lines_of(catalogue: Catalogue | None) -> list[bytes] | None:
    """The lines `load` read with `catalogue`, or the cache's lines read now (another
    catalogue, or none)."""
    for read, lines in _READ:
        if read is catalogue:
            return lines
    return _lines()


def load_plan(catalogue: Catalogue | None = None) -> tuple[PayTable, Hiring] | None:
    """The built-in pay and hiring data from the cache (read with `catalogue` where `load`
    read it), or None when it is missing, stale or invalid."""
    from pydantic import ValidationError

    from opsplan.models.hiring import Hiring
    from opsplan.models.pay import PayTable

    lines = _lines_of(catalogue)
    try:
        if lines is None:
            return None
        return PayTable.model_validate_json(lines[2]), Hiring.model_validate_json(lines[3])
    except ValidationError:
        return None


def matcher_index(catalogue: Catalogue | None = None) -> object:
    """The matcher's index of the built-in catalogue as JSON data (`core.matchindex.read`
    takes it), or None when the cache is missing, stale or holds none. Given the catalogue
    that `load` read, the index read with it (the cache is not read twice)."""
    lines = _lines_of(catalogue)
    if lines is None or len(lines) <= INDEX:
        return None
    line = lines[INDEX]
    if not line:
        return None
    try:
        return json.loads(line)
    except ValueError:
        return None
