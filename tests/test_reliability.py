"""The I/O edges and the exit-code contract: 0, 1, 2, 70, 130; pipes; atomic writes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, run

from opsplan import api, loader, writer
from opsplan.errors import UsageError

BIN = Path(sys.executable).parent / "opsplan"
PROFILE = "company: {size: small}\nduties:\n  - role: seo\n    hours: 5\n"


def test_exit_0_success() -> None:
    result = run(["recommend", "-s", "small"])
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "Recommended staffing: small company, not marketing-focused department\n"
    )
    assert "SEO and SEM (one person)" in result.stdout
    assert result.stderr == ""


def test_exit_1_invalid_content(tmp_path: Path) -> None:
    (tmp_path / "me.yaml").write_text("company: {size: small}\nduties: [{role: seo, hours: -1}]\n")
    result = run(["overload", str(tmp_path / "me.yaml")])
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"{tmp_path / 'me.yaml'}:2:29: error: duties[0].hours: must be at least 0, got -1\n"
    )


def test_exit_2_usage() -> None:
    result = run(["recommend", "--size", "enormous"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "opsplan: error: --size 'enormous': expected small, medium or large\n"


def test_exit_70_internal_error_prints_a_short_message_and_logs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def boom(*_: Any, **__: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "recommend", boom)
    result = run(["recommend", "-s", "small"])
    assert result.exit_code == 70
    assert "Traceback" not in result.stderr
    first, second = result.stderr.splitlines()
    assert first == "opsplan: internal error: RuntimeError: boom"
    assert second.startswith("This is a bug in opsplan; please report it with the traceback (")
    log = Path(second.split("(")[1].rstrip(").")).resolve()
    try:
        assert "Traceback" in log.read_text()
        assert "RuntimeError: boom" in log.read_text()
    finally:
        log.unlink()


def test_exit_70_with_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_: Any, **__: Any) -> None:
        raise ValueError("bad")

    monkeypatch.setattr(api, "roles", boom)
    result = run(["--debug", "roles"])
    assert result.exit_code == 70
    assert "Traceback (most recent call last)" in result.stderr
    assert "please report it with the traceback (above)" in result.stderr


def interrupted_while_reading(args: list[str]) -> tuple[int, str]:
    """Run the installed opsplan reading a profile from a pipe, and press Ctrl-C once opsplan
    has demonstrably started: it has read the first bytes of its input (the pipe is drained),
    which only opsplan's own loader does. No sleep decides the moment, so a busy machine only
    makes it slower."""
    import fcntl
    import termios

    proc = subprocess.Popen(
        [str(BIN), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # as a command in the foreground: a suite run as a background job (`pytest &`) ignores
        # Ctrl-C, its children inherit that, and Python then installs no handler of its own
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdin is not None
    proc.stdin.write(b"company:\n")
    proc.stdin.flush()
    waiting = bytearray(4)
    for _ in range(60_000):  # a hang guard (about 10 minutes), not a time limit
        fcntl.ioctl(proc.stdin.fileno(), termios.FIONREAD, waiting)
        if int.from_bytes(waiting, sys.byteorder) == 0 or proc.poll() is not None:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "opsplan ended before it was interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=600)
    assert out == b""
    return proc.returncode, err.decode("utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIONREAD on a pipe: Linux")
def test_exit_130_on_ctrl_c() -> None:
    # 130 and opsplan's own line prove its handler ran: the interpreter's would end the
    # process by the signal (-2) or print a KeyboardInterrupt traceback
    code, err = interrupted_while_reading(["overload", "-"])
    assert (code, err) == (130, "opsplan: interrupted\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIONREAD on a pipe: Linux")
def test_ctrl_c_is_told_in_the_users_language() -> None:
    code, err = interrupted_while_reading(["team", "-", "--lang", "zh"])
    assert (code, err) == (130, "opsplan：已中断\n")  # noqa: RUF001


def test_exit_130_from_a_keyboard_interrupt_in_a_command(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: Any, **__: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "validate", interrupted)
    result = run(["validate"])
    assert result.exit_code == 130
    assert result.stderr == "opsplan: interrupted\n"


def test_exit_code_table_in_the_readme_is_tested() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    codes = {
        int(line.split("|")[1])
        for line in table.splitlines()
        if line.startswith("| ") and line[2].isdigit()
    }
    tested = {
        int(name.split("_")[2])
        for name in globals()
        if name.startswith("test_exit_") and name[10].isdigit()
    }
    assert codes == {0, 1, 2, 70, 130} == tested


def test_output_piped_into_head_ends_quietly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [str(BIN), "roles", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before opsplan writes
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert err == b""


def test_head_reading_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        f"'{BIN}' roles --format csv | head -n 1",
        shell=True,
        capture_output=True,
        cwd=tmp_path,
        timeout=30,
        check=False,
    )
    assert (
        done.stdout == b"id,name,name_en,name_zh,family,summary,duties,"
        b"demand_small,demand_medium,demand_large\n"
    )
    assert done.stderr == b""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("locked", ["file", "folder"])
def test_unreadable_file_for_real(locked: str) -> None:
    """A file the user may not read, or in a folder they may not search, for any user: the
    modes deny the owner too (0, not 0o700), and as root (who may read anything) a forked child
    drops to `nobody` first."""
    folder = Path(tempfile.mkdtemp())
    try:
        folder.chmod(0o755)
        path = folder / "me.yaml"
        path.write_text(PROFILE)
        assert run(["overload", str(path)]).exit_code == 0  # imports all the child will need
        if locked == "file":
            path.chmod(0)
        else:
            folder.chmod(0)  # its owner may not search it either
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: report through the pipe, never return into pytest
            try:
                os.close(read)
                if os.geteuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                result = run(["overload", str(path)])
                os.write(write, f"{result.exit_code}\n{result.stderr}".encode())
            finally:
                os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            report = pipe.read().decode()
        os.waitpid(pid, 0)
        code, stderr = report.split("\n", 1)
        assert code == "2"
        assert stderr == f"opsplan: error: {path}: cannot read: Permission denied\n"
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder, ignore_errors=True)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "me.yaml"
    path.write_text(PROFILE)

    def denied(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == str(path):
            raise PermissionError(13, "Permission denied")
        return open(name, *args, **kwargs)

    monkeypatch.setattr(loader, "open", denied, raising=False)
    result = run(["overload", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"opsplan: error: {path}: cannot read: Permission denied\n"


@pytest.mark.parametrize(
    "command", [["recommend", "-s", "small"], ["roles"], ["overload", "me.yaml"]]
)
def test_output_file_is_written_and_never_overwritten(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "me.yaml").write_text(PROFILE)
    expected = run([*command, "-f", "json"]).stdout
    result = run([*command, "-f", "json", "-o", "out.json"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "opsplan: wrote out.json\n")
    assert (tmp_path / "out.json").read_text() == expected
    (tmp_path / "out.json").write_text("mine")
    again = run([*command, "-o", "out.json"])
    assert again.exit_code == 2
    assert "out.json: already exists; use --force to overwrite it" in again.stderr
    assert (tmp_path / "out.json").read_text() == "mine"
    assert run([*command, "-f", "json", "-o", "out.json", "--force"]).exit_code == 0
    assert json.loads((tmp_path / "out.json").read_text())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["me.yaml", "out.json"]


def test_a_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def broken(_: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(UsageError, match="no space left on the device"):
        writer.write_text(str(target), "new", force=True)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_writing_to_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="is a directory"):
        writer.write_text(str(tmp_path), "x", force=True)
