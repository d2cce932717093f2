"""opsplan/writer.py directly, below the CLI: nothing the user owns is overwritten without
`force` (not even when a file appears between the check and the rename), a failed write leaves
neither a half file nor its temporary file, and nothing is ever renamed over a device, a link
to a stream or a /proc entry (not even with `force`)."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from opsplan.errors import UsageError
from opsplan.i18n import Msg
from opsplan.writer import leads_to_stream, write_file, write_text


def _code(error: pytest.ExceptionInfo[UsageError]) -> str:
    assert isinstance(error.value.msg, Msg)
    return error.value.msg.code


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_text_as_utf8_and_bytes_as_they_are(tmp_path: Path) -> None:
    write_text(str(tmp_path / "a.csv"), "名,x\n")
    write_file(str(tmp_path / "b.xlsx"), b"PK\x03\x04\xff")
    assert (tmp_path / "a.csv").read_bytes() == "名,x\n".encode()
    assert (tmp_path / "b.xlsx").read_bytes() == b"PK\x03\x04\xff"
    assert _left(tmp_path) == ["a.csv", "b.xlsx"]  # no temporary file left


@pytest.mark.parametrize(("umask", "mode"), [(0o027, 0o640), (0o022, 0o644), (0, 0o666)])
def test_a_new_file_gets_the_mode_of_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        write_text(str(tmp_path / "a.md"), "x")
        assert os.umask(umask) == umask  # and the umask is as it was
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.md").stat().st_mode) == mode


def test_refuses_an_existing_file_without_force(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("the user's own")
    with pytest.raises(UsageError) as error:
        write_text(str(target), "new")
    assert _code(error) == "output_exists"
    assert str(error.value) == f"{target}: already exists; use --force to overwrite it"
    assert target.read_text() == "the user's own"
    assert _left(tmp_path) == ["report.md"]
    with pytest.raises(UsageError):  # write_file's default is no force too
        write_file(str(target), b"new")
    write_text(str(target), "new", force=True)
    assert target.read_text() == "new"
    assert _left(tmp_path) == ["report.md"]


def test_refuses_before_writing_anything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.md"
    target.write_text("the user's own")
    monkeypatch.setattr("opsplan.writer.tempfile.mkstemp", _fails)  # not even a temporary file
    with pytest.raises(UsageError) as error:
        write_text(str(target), "new")
    assert _code(error) == "output_exists"


def _appear_first(
    monkeypatch: pytest.MonkeyPatch, target: Path, name: str, real: Callable[..., Any]
) -> None:
    """Another program writes `target` just before `os.<name>` publishes ours."""

    def racing(src: str, dst: Any, *args: Any, **kwargs: Any) -> Any:
        # the temporary file: beside the target (the same file system), hidden, named for it
        assert Path(src).parent == target.parent
        assert Path(src).name.startswith(f".{target.name}.")
        assert Path(src).name.endswith(".tmp")
        target.write_text("written meanwhile")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(f"opsplan.writer.os.{name}", racing)


def test_a_file_that_appears_before_the_link_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.csv"
    _appear_first(monkeypatch, target, "link", os.link)
    with pytest.raises(UsageError) as error:
        write_text(str(target), "ours")
    assert str(error.value) == f"{target}: already exists; use --force to overwrite it"
    assert target.read_text() == "written meanwhile"
    assert _left(tmp_path) == ["out.csv"]


def _no_hard_links(src: str, dst: Any, *args: Any, **kwargs: Any) -> None:
    raise OSError(errno.EPERM, "Operation not permitted")  # FAT, some network file systems


def test_without_hard_links_it_checks_then_renames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("opsplan.writer.os.link", _no_hard_links)
    write_text(str(tmp_path / "out.csv"), "ours")
    assert (tmp_path / "out.csv").read_text() == "ours"
    assert _left(tmp_path) == ["out.csv"]
    # a file that appears before that check is kept too
    target = tmp_path / "late.csv"

    def racing(src: str, dst: Any, *args: Any, **kwargs: Any) -> None:
        target.write_text("written meanwhile")
        _no_hard_links(src, dst)

    monkeypatch.setattr("opsplan.writer.os.link", racing)
    with pytest.raises(UsageError) as error:
        write_text(str(target), "ours")
    assert str(error.value) == f"{target}: already exists; use --force to overwrite it"
    assert target.read_text() == "written meanwhile"
    assert _left(tmp_path) == ["late.csv", "out.csv"]


def _fails(*args: Any, **kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("step", ["fsync", "chmod", "link", "replace"])
@pytest.mark.parametrize("force", [False, True])
def test_a_failed_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, force: bool
) -> None:
    target = tmp_path / "out.csv"
    if force:
        target.write_text("the user's own")
    if step == "replace":  # reached without force only where hard links fail
        monkeypatch.setattr("opsplan.writer.os.link", _no_hard_links)
    monkeypatch.setattr(f"opsplan.writer.os.{step}", _fails)
    if step == "link":  # with force it is never tried; without, any failure falls back
        write_text(str(target), "ours", force=force)
        assert target.read_text() == "ours"
        return
    with pytest.raises(UsageError) as error:
        write_text(str(target), "ours", force=force)
    assert _code(error) == "output_failed"
    assert str(error.value) == f"{target}: cannot write: no space left on the device"
    assert _left(tmp_path) == (["out.csv"] if force else [])
    if force:
        assert target.read_text() == "the user's own"


def test_a_folder_it_cannot_write_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("opsplan.writer.tempfile.mkstemp", _fails)
    with pytest.raises(UsageError) as error:
        write_text(str(tmp_path / "out.csv"), "x")
    assert str(error.value) == f"{tmp_path / 'out.csv'}: cannot write: no space left on the device"
    assert _left(tmp_path) == []


def test_refuses_a_directory_and_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as error:
        write_text(str(tmp_path), "x", force=True)
    assert str(error.value) == f"{tmp_path}: is a directory, not a file"
    with pytest.raises(UsageError) as error:
        write_text(str(tmp_path / "no" / "out.csv"), "x")
    assert str(error.value) == (
        f"{tmp_path / 'no' / 'out.csv'}: the directory {tmp_path / 'no'} does not exist"
    )
    assert _left(tmp_path) == []


def _device(folder: Path) -> str:
    """A character device to write to: a null device made in `folder` where we may (root), so
    that a bug (or a mutant) replaces only that copy; else /dev/null, which a user who may not
    make devices may not replace either."""
    try:
        os.mknod(folder / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        return "/dev/null"
    return str(folder / "null")


@pytest.mark.parametrize("force", [False, True])
def test_never_replaces_a_device_or_a_fifo(tmp_path: Path, force: bool) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    device = _device(tmp_path)
    for path in (device, str(fifo)):
        with pytest.raises(UsageError) as error:
            write_text(path, "x", force=force)
        assert str(error.value) == (
            f"{path}: not a regular file; opsplan only writes regular files"
        )
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert "pipe" in _left(tmp_path)
    assert not [n for n in _left(tmp_path) if n.endswith(".tmp")]


# Written to for real: under /proc a rename fails, so a bug cannot replace them. /dev/stdout
# and /dev/stderr are links in /dev that root could replace: only leads_to_stream is tried on
# them (below), and links to them made in tmp_path stand in for them here.
STREAMS = ["/dev/fd/1", "/proc/self/fd/1", "/proc/self/environ"]


@pytest.mark.parametrize("path", STREAMS)
@pytest.mark.parametrize("force", [False, True])
def test_never_renames_over_a_stream_or_proc(path: str, force: bool) -> None:
    with pytest.raises(UsageError) as error:
        write_text(path, "x", force=force)
    assert str(error.value).startswith(f"{path}: leads to a stream (/proc/")


@pytest.mark.parametrize("force", [False, True])
def test_never_renames_over_a_link_to_a_stream(tmp_path: Path, force: bool) -> None:
    (tmp_path / "out").symlink_to("/dev/stdout")
    (tmp_path / "err").symlink_to("/dev/stderr")
    (tmp_path / "hop").symlink_to(tmp_path / "out")  # through another link
    (tmp_path / "fds").symlink_to("/proc/self/fd")  # a folder under /proc
    for name in ("out", "err", "hop", "fds/1"):
        with pytest.raises(UsageError) as error:
            write_text(str(tmp_path / name), "x", force=force)
        assert str(error.value).startswith(f"{tmp_path / name}: leads to a stream (/")
    assert (tmp_path / "out").is_symlink()
    assert os.readlink(tmp_path / "out") == "/dev/stdout"
    assert _left(tmp_path) == ["err", "fds", "hop", "out"]


def test_leads_to_stream(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("/proc/self/fd/2")
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "file").symlink_to("plain.csv")
    assert leads_to_stream(str(tmp_path / "a")) == "/proc/self/fd/2"
    for stream in ("/dev/stdin", "/dev/stdout", "/dev/stderr"):
        assert leads_to_stream(stream) == stream
    assert leads_to_stream("/sys/kernel") == "/sys"  # its folder is there already
    assert leads_to_stream("/sys/kernel/x") == "/sys/kernel"
    assert leads_to_stream(str(tmp_path / "file")) is None
    assert leads_to_stream(str(tmp_path / "plain.csv")) is None
    assert leads_to_stream("/dev/stdout-like.csv") is None  # a name that only starts alike
    assert leads_to_stream(str(tmp_path / "loop")) == str(tmp_path / "loop")


def test_force_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "salaries.csv"
    target.write_text("old")
    target.chmod(0o600)  # a private report stays private
    write_text(str(target), "new", force=True)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _left(tmp_path) == ["salaries.csv"]


def test_force_writes_through_a_link_to_a_file_and_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "team.md"
    real.write_text("last month")
    real.chmod(0o640)
    link = tmp_path / "latest.md"
    link.symlink_to(Path("reports") / "team.md")  # relative, as `ln -s` makes it
    with pytest.raises(UsageError) as error:  # without --force: refused, both kept
        write_text(str(link), "this month")
    assert _code(error) == "output_exists"
    write_text(str(link), "this month", force=True)
    assert link.is_symlink()
    assert os.readlink(link) == os.path.join("reports", "team.md")
    assert real.read_text() == "this month"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert _left(tmp_path) == ["latest.md", "reports"]
    assert _left(tmp_path / "reports") == ["team.md"]  # the temporary file was beside it


def test_force_through_a_dangling_link_makes_its_file(tmp_path: Path) -> None:
    link = tmp_path / "out.csv"
    link.symlink_to("made.csv")
    with pytest.raises(UsageError) as error:  # without --force the link is not replaced
        write_text(str(link), "x")
    assert _code(error) == "output_exists"
    assert link.is_symlink()
    assert not (tmp_path / "made.csv").exists()
    write_text(str(link), "x", force=True)
    assert link.is_symlink()
    assert (tmp_path / "made.csv").read_text() == "x"
