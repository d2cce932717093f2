"""validate's checker: each file read, recognised, validated and cross-checked, every problem kept.

What a file is checked against: a norms file against the roles file it names (`catalogue:`,
relative to it), else a roles file given in the same run, else `roles.yaml` beside it, else the
built-in catalogue. A roles file's drivers likewise against a norms file (`norms.yaml` beside it).
Profiles and teams against the run's files, else the built-in ones. A partner with errors of its
own is not used: the cross-check is skipped rather than made against the wrong file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from opsplan import loader
from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.models.data import Catalogue, NormSet
from opsplan.models.problems import FileCheck, Finding, InputError, Problem, ValidationReport
from opsplan.validate.kinds import recognise

BUILTIN = "built-in"
BROKEN = "(has errors: not cross-checked)"
UNREAD = "(not found: not cross-checked)"


@dataclass
class Checked:
    """One file as validate sees it."""

    name: str
    path: str
    problems: list[Problem] = field(default_factory=list)
    source: loader.Source | None = None
    kind: str = "unknown"
    model: Any = None
    readable: bool = True
    against: list[str] = field(default_factory=list)
    partial: Any = None  # (a model of the valid items, their places) when the schema failed


def read_one(path: str, stdin: IO[bytes] | None) -> Checked:
    """Read, recognise and validate one file; its problems are kept, never raised."""
    checked = Checked("<stdin>" if path == loader.STDIN else path, path)
    if loader.team_format(path) in ("csv", "xlsx"):
        message = Msg("validate_roster", path=path)  # not YAML: `team` reads and checks it
        checked.problems.append(loader.problem_at(checked.name, None, None, message))
        checked.readable = False
        return checked
    try:
        checked.source = loader.read_source(path, stdin)
    except UsageError as exc:
        message = exc.msg if isinstance(exc.msg, Msg) else Msg("raw", text=str(exc))
        if isinstance(message, Msg) and message.code == "path_prefixed":
            message = message.params["message"]
        checked.problems.append(loader.problem_at(checked.name, None, None, message))
        checked.readable = False
        return checked
    except InputError as exc:
        checked.problems += exc.problems
        return checked
    found = recognise(checked.source.doc.data)
    if found is None:
        checked.problems.append(checked.source.problem((), Msg("unknown_kind")))
        return checked
    checked.kind = found.name
    try:
        checked.model = loader.validate(checked.source, found.model)
    except InputError as exc:
        checked.problems += exc.problems
        from opsplan.validate.salvage import salvage

        checked.partial = salvage(found.name, checked.source.doc.data)
    return checked


class Partners:
    """The catalogue and norms each file is checked against, each file loaded at most once."""

    def __init__(self, files: list[Checked], default: bool = False) -> None:
        self.files = files
        self.default = default  # the run checks the built-in files: name partners "built-in"
        self.cache: dict[str, Any] = {}  # path -> its model, or None when it could not be used
        self.unread: set[str] = set()  # the paths of those that were missing or unreadable

    def _in_run(self, kind: str) -> Checked | None:
        return next((f for f in self.files if f.kind == kind), None)

    def _load(self, path: str, model: type[Catalogue] | type[NormSet]) -> Any:
        if path not in self.cache:
            try:
                self.cache[path] = loader.load(path, model)[0]
            except InputError:
                self.cache[path] = None
            except UsageError:  # missing or unreadable
                self.cache[path] = None
                self.unread.add(path)
        return self.cache[path]

    def unusable(self, name: str) -> str:
        """How the summary names a partner that could not be used, and why."""
        return f"{name} {UNREAD if name in self.unread else BROKEN}"

    def find(self, for_file: Checked, kind: str) -> tuple[Any, str]:
        """The partner of `kind` ("roles" or "norms") for a file, and its name; the model is
        None when that partner has errors of its own."""
        model_cls: type[Catalogue] | type[NormSet] = Catalogue if kind == "roles" else NormSet
        named = getattr(for_file.model, "catalogue", None) if kind == "roles" else None
        base = Path(for_file.path).parent if for_file.path != loader.STDIN else Path(".")
        builtin = loader.builtin_path(f"{kind}.yaml")
        if named:
            path = base / named
            return self._load(str(path), model_cls), BUILTIN if self.default else str(path)
        given = self._in_run(kind)
        if given is not None:
            return given.model, BUILTIN if self.default else given.name
        beside = base / f"{kind}.yaml"
        if for_file.path != loader.STDIN and beside.is_file() and for_file.kind != kind:
            return self._load(str(beside), model_cls), str(beside)
        return self._load(str(builtin), model_cls), BUILTIN


def cross_check(f: Checked, partners: Partners) -> list[Finding]:
    """The checks of a valid file against its partners, as its kind lists them; a partner
    with errors of its own is named and left out (its checks are skipped)."""
    from opsplan.validate.kinds import kind

    of_kind = kind(f.kind)
    found: dict[str, Any] = {}
    for partner in of_kind.partners:
        model, name = partners.find(f, partner)
        f.against.append(name if model is not None else partners.unusable(name))
        found[partner] = model
        found[f"{partner}_name"] = "" if name == BUILTIN else name
    builtin = f.path != loader.STDIN and _is_builtin(f.path, of_kind.name)
    findings = of_kind.check(f.model, builtin=builtin, **found)
    named = getattr(f.model, "catalogue", None)
    if named and found.get("roles") is None and found.get("roles_name") in partners.unread:
        # `catalogue:` names a file that is not there: a dangling reference in this file
        message = Msg("catalogue_missing", path=named)
        findings.append(Finding(kind=f.kind, path=("catalogue",), message=message))
    return findings


def _is_builtin(path: str, kind: str) -> bool:
    """Whether `path` is the built-in file of this kind (held to the stricter checks)."""
    if kind not in ("roles", "norms", "pay", "hiring"):
        return False
    try:
        return Path(path).resolve() == loader.builtin_path(f"{kind}.yaml").resolve()
    except OSError:
        return False


def _builtin_known_good(paths: list[str]) -> ValidationReport | None:
    """The report for the built-in files when their checked cache is current.

    The cache (`opsplan/builtin.py`) is written only from files that passed every check, and is
    used only while both files' bytes hash to its key: then these are the files it checked.
    """
    from opsplan import builtin

    if builtin.load() is None or builtin.load_plan() is None:
        return None
    kinds = [name.removesuffix(".yaml") for name in builtin.FILES]
    return ValidationReport(
        files=[
            FileCheck(file=path, kind=kind, valid=True, errors=0, checked_against=BUILTIN)
            for path, kind in zip(paths, kinds, strict=True)
        ],
        problems=[],
    )


def validate(paths: Sequence[str], stdin: IO[bytes] | None = None) -> ValidationReport:
    """Check every file, collecting every problem (the built-in files if none are given)."""
    default = not paths
    if default:
        from opsplan.builtin import FILES

        paths = [str(loader.builtin_path(name)) for name in FILES]
        known = _builtin_known_good(paths)
        if known is not None:
            return known
    files = [read_one(path, stdin) for path in paths]
    partners = Partners(files, default)
    for f in files:
        if f.source is None:
            continue
        if f.model is not None:
            findings = cross_check(f, partners)
        elif f.partial is not None:
            # the schema failed: cross-check the valid items too, at their places in the file
            model, places = f.partial
            f.model = model
            # (a norm with errors of its own still counts as present: no "no norm for ...")
            findings = [
                places.place(x)
                for x in cross_check(f, partners)
                if getattr(x.message, "code", "") != "norm_missing"
            ]
            f.model = None
        else:
            continue
        f.problems += [
            f.source.problem(x.path, x.message, key=x.key, level=x.level) for x in findings
        ]
        f.problems.sort(key=lambda p: (p.line or 0, p.col or 0))
    return ValidationReport(
        files=[
            FileCheck(
                file=f.name,
                kind=f.kind,
                valid=not any(p.level == "error" for p in f.problems),
                errors=sum(p.level == "error" for p in f.problems),
                warnings=sum(p.level == "warning" for p in f.problems),
                readable=f.readable,
                checked_against=", ".join(dict.fromkeys(f.against)) or None,
            )
            for f in files
        ],
        problems=[p for f in files for p in f.problems],
    )
