"""The console-script entry point, kept light: `opsplan --version` answers from a constant
without importing typer, and the process is tuned for a short-lived CLI before the rest loads.
"""

from __future__ import annotations

import gc
import os
import sys


def main() -> None:
    """Run the opsplan command line."""
    if sys.argv[1:] == ["--version"]:
        from opsplan import __version__

        sys.stdout.write(f"opsplan {__version__}\n")
        return
    # A CLI process lives for a fraction of a second: the cyclic garbage collector only costs
    # time here (up to 3x when composing a big YAML file), and what it would free is freed at
    # exit anyway.
    gc.disable()
    # pydantic scans every installed package's entry points for plugins on its first model;
    # opsplan uses none. An explicit setting by the user still wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from opsplan.cli import main as cli_main

    code: object = 0
    try:
        cli_main()
    except SystemExit as exc:
        code = exc.code
    sys.exit(_finish(code))


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
    try:
        sys.stderr.flush()
    finally:
        os._exit(status)
