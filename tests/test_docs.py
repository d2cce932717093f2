"""The README is tested: every `$ opsplan ...` line in a ```console block is run and its
output must match what follows it; every command must have such an example.
OPSPLAN_UPDATE_GOLDEN=1 rewrites the outputs in the README.
"""

from __future__ import annotations

import re
import shlex

import pytest
from helpers import ROOT, UPDATE, run

from opsplan.cli import app

README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def examples(text: str) -> list[tuple[str, str]]:
    """(command, expected output) of every `$ opsplan` line in the README's console blocks."""
    found = []
    for block in BLOCK.findall(text):
        parts = re.split(r"^\$ (opsplan .*)\n", block, flags=re.M)
        found += list(zip(parts[1::2], parts[2::2], strict=True))
    return found


def output_of(command: str) -> str:
    args = shlex.split(command)[1:]
    stdin = None
    if "<" in args:
        at = args.index("<")
        stdin = (ROOT / args[at + 1]).read_bytes()
        args = args[:at]
    result = run(args, stdin=stdin)
    return result.stdout + result.stderr


EXAMPLES = examples(README.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example(command: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    got = output_of(command)
    if UPDATE:
        text = README.read_text(encoding="utf-8")
        README.write_text(
            text.replace(f"$ {command}\n{expected}", f"$ {command}\n{got}", 1), encoding="utf-8"
        )
        return
    assert got == expected


def test_every_command_is_documented_with_an_example() -> None:
    commands = {
        c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
    }
    documented = {command.split()[1] for command, _ in EXAMPLES}
    assert commands - documented == set()
    assert len(commands) >= 3
