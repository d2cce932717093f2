"""The console-script entry point, kept light: `opsplan --version` answers from a constant
without importing typer, and the process is tuned for a short-lived CLI before the rest loads.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys


def _reopen_closed() -> frozenset[str]:
    """The standard streams that were closed when opsplan started (`>&-`): each is replaced by
    /dev/null so that nothing fails on it, and the run context tells the commands that need
    one (they say so, exit 2)."""
    closed = set()
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115
            closed.add(name)
    return frozenset(closed)


def main() -> None:
    """Run the opsplan command line; Ctrl-C at any moment ends it quietly with 130."""
    code: object = 0
    try:
        code = _run(_reopen_closed())
    except KeyboardInterrupt:
        code = 130
        _interrupted()
    sys.exit(_finish(code))


def _interrupted() -> None:
    """Say that Ctrl-C ended opsplan (a command that was running has said so already)."""
    with contextlib.suppress(BaseException):
        from opsplan.i18n import detect_lang, text

        _say(text("interrupted", detect_lang()))


def _run(closed: frozenset[str]) -> object:
    if sys.argv[1:] == ["--version"]:
        from opsplan.version import __version__

        sys.stdout.write(f"opsplan {__version__}\n")
        return 0
    # A CLI process lives for a fraction of a second: the cyclic garbage collector only costs
    # time here (up to 3x when composing a big YAML file), and what it would free is freed at
    # exit anyway.
    gc.disable()
    # pydantic scans every installed package's entry points for plugins on its first model;
    # opsplan uses none. An explicit setting by the user still wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _skip_plugin_loader()
    from opsplan.fastpath import run

    code = run(sys.argv[1:], closed)
    if code is not None:
        return code
    from opsplan.cli import main as cli_main
    from opsplan.declare import Invocation

    try:
        cli_main(Invocation(tuple(sys.argv[1:]), closed))
    except SystemExit as exc:
        return exc.code
    return 0


def _skip_plugin_loader() -> None:
    """With every plugin disabled, pydantic still imports its plugin loader, and with it
    importlib.metadata and email (~11 ms), only to return no plugins. Give it a loader that
    returns none at once. Only when plugins are off; a user who enables some gets pydantic's."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("__all__", "1", "true"):
        return
    if "pydantic.plugin._loader" in sys.modules:
        return
    import types

    loader = types.ModuleType("pydantic.plugin._loader")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules["pydantic.plugin._loader"] = loader


def _finish(code: object) -> int:
    """Flush the output and leave without tearing the interpreter down.

    Unloading a few hundred modules at exit takes ~30 ms of a ~200 ms command and frees
    nothing the operating system would not. opsplan registers no exit handlers.
    """
    if isinstance(code, str):
        sys.stderr.write(code + "\n")
        code = 1
    status = code if isinstance(code, int) else 0
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader has gone: end quietly, as the commands do
        status = 0
    except OSError as exc:  # a full disk, /dev/full
        status = 2
        _say(f"opsplan: error: cannot write the output: {exc.strerror or exc}")
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    finally:
        os._exit(status)


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(line + "\n")
