"""Writing files safely: to a temporary file beside the target, then renamed into place.

A file is never half-written, and an existing file is never replaced without `force`. Without
`force` the rename is a hard link, which fails if the target appeared meanwhile (no race). With
`force`, a replaced file keeps its permissions, and a link is written through: the file it
leads to is replaced, the link stays.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from opsplan.errors import UsageError, write_reason
from opsplan.i18n import Msg


def write_text(path: str, text: str, *, force: bool = False) -> None:
    """Write `text` (UTF-8) to `path` atomically; refuse to overwrite unless `force`."""
    write_file(path, text, force=force)


def write_file(path: str, data: str | bytes, *, force: bool = False) -> None:
    """Write text (as UTF-8) or bytes to `path` atomically; refuse to overwrite unless `force`."""
    target = Path(path)
    stream = leads_to_stream(path)
    if stream is not None:
        # never rename over a link to a stream (`/dev/stdout`, `/proc/self/fd/1`): that would
        # replace the link itself, and as root `/dev/stdout` would become a file
        raise UsageError(Msg("output_stream", path=path, target=stream))
    if target.is_dir():
        raise UsageError(Msg("path_prefixed", path=path, message=Msg("path_directory")))
    if target.exists() and not target.is_file():
        # never replace a device, FIFO or socket, even with --force
        raise UsageError(Msg("output_not_regular", path=path))
    if target.exists() and not force:
        raise UsageError(Msg("output_exists", path=path))
    if force and target.is_symlink():
        # `-o link --force` writes the file the link leads to, as `> link` would; renaming over
        # the link would replace the user's link with a file
        target = Path(os.path.realpath(path))
    mode = _mode_of(target) if force else None
    parent = target.parent
    if not parent.is_dir():
        raise UsageError(Msg("output_no_dir", path=path, parent=str(parent)))
    try:
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise UsageError(Msg("output_failed", path=path, reason=write_reason(exc))) from None
    try:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask() if mode is None else mode)
        _publish(tmp, target, force)
    except OSError as exc:
        raise UsageError(Msg("output_failed", path=path, reason=write_reason(exc))) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


# each with a slash after it: `/dev/stdout` and `/dev/stdout/x` are streams, `/dev/stdout.csv`
# (a name that only begins alike) is not
_STREAMS = ("/proc/", "/dev/fd/", "/dev/stdin/", "/dev/stdout/", "/dev/stderr/", "/sys/")


def leads_to_stream(path: str) -> str | None:
    """The place under /proc, /sys or /dev's standard streams that `path` is, or that its links
    lead through (its folder's too), else None."""
    current = os.path.abspath(path)
    folder = os.path.realpath(os.path.dirname(current))
    if (folder + "/").startswith(_STREAMS):
        return folder
    for _ in range(40):  # as many links as the kernel follows
        if (current + "/").startswith(_STREAMS):
            return current
        try:
            link = os.readlink(current)
        except OSError:  # not a link (or not there): a plain path
            return None
        current = os.path.normpath(os.path.join(os.path.dirname(current), link))
    return current  # a loop of links


def _publish(tmp: str, target: Path, force: bool) -> None:
    if force:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise UsageError(Msg("output_exists", path=str(target))) from None
    except OSError:  # a file system without hard links: check, then rename
        if target.exists():
            raise UsageError(Msg("output_exists", path=str(target))) from None
        os.replace(tmp, target)


def _mode_of(target: Path) -> int | None:
    """The permission bits of the regular file `--force` replaces (a private report stays
    private), or None for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode) if target.is_file() else None
    except OSError:
        return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
