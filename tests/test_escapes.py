"""Every character that can act on a terminal or hide what a line says is escaped wherever user
text reaches the user: C0 and C1 controls, DEL, and the bidirectional overrides and isolates (a
`\\u202e` turns `exe.txt` into what reads as `txt.exe`). Table, markdown and CSV output, the
messages on stderr, and file names."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run

from opsplan.textfmt import safe

# Each with the way opsplan writes it. \x9b is the one-byte CSI (ESC [ on a C1 terminal).
DANGEROUS = {
    "\x1b": "\\x1b",
    "\x7f": "\\x7f",  # DEL
    "\x80": "\\x80",  # the first C1 control
    "\x85": "\\x85",  # NEL: a line break to some terminals
    "\x9b": "\\x9b",  # CSI
    "\x9f": "\\x9f",  # the last C1 control
    "\u202a": "\\u202a",  # LRE, the first bidi embedding
    "\u202e": "\\u202e",  # RLO, the right-to-left override
    "\u2066": "\\u2066",  # LRI, the first bidi isolate
    "\u2067": "\\u2067",
    "\u2069": "\\u2069",  # PDI, the last bidi isolate
}
CHARS = list(DANGEROUS)
# Around the range: printed as they are (a bug that escapes too much shows here).
HARMLESS = ["\xa0", "é", "\u2029", "\u202f", "\u2065", "\u206a", "中"]


def _team(tmp_path: Path, name: str, role: str = "seo") -> Path:
    path = tmp_path / "team.yaml"
    name, role = (t.encode("unicode_escape").decode("ascii") for t in (name, role))
    path.write_text(
        f'company: {{size: small}}\npeople: [{{name: "{name}", roles: ["{role}"]}}]\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("char", CHARS, ids=[DANGEROUS[c] for c in CHARS])
def test_safe_escapes_each_character(char: str) -> None:
    assert safe(f"a{char}b") == f"a{DANGEROUS[char]}b"


@pytest.mark.parametrize("char", HARMLESS)
def test_safe_keeps_the_characters_around_the_ranges(char: str) -> None:
    assert safe(f"a{char}b") == f"a{char}b"


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv"])
@pytest.mark.parametrize("char", CHARS, ids=[DANGEROUS[c] for c in CHARS])
def test_a_name_is_escaped_in_every_text_format(tmp_path: Path, char: str, fmt: str) -> None:
    result = run(["team", str(_team(tmp_path, f"Ann{char}Lee")), "-f", fmt])
    assert result.exit_code == 0, result.stderr
    assert char not in result.stdout
    shown = f"Ann{DANGEROUS[char]}Lee"
    assert shown in result.stdout.replace("\\\\", "\\")  # markdown doubles the backslash


@pytest.mark.parametrize("char", CHARS, ids=[DANGEROUS[c] for c in CHARS])
def test_a_message_on_stderr_is_escaped(tmp_path: Path, char: str) -> None:
    result = run(["team", str(_team(tmp_path, "Ann", role=f"no{char}role"))])
    assert result.exit_code == 1
    assert char not in result.stderr
    assert f"unknown role 'no{DANGEROUS[char]}role'" in result.stderr


@pytest.mark.parametrize("char", CHARS, ids=[DANGEROUS[c] for c in CHARS])
def test_a_file_name_is_escaped(tmp_path: Path, char: str) -> None:
    missing = tmp_path / f"txt{char}.yaml"
    result = run(["team", str(missing)])
    assert result.exit_code == 2  # a file that is not there: a usage error
    assert char not in result.stderr
    assert result.stderr.endswith(f"txt{DANGEROUS[char]}.yaml: no such file\n")
    output = tmp_path / f"no{char}dir" / "out.csv"
    result = run(["recommend", "-s", "small", "-o", str(output)])
    assert result.exit_code == 2
    assert char not in result.stderr
    assert f"the directory {tmp_path}/no{DANGEROUS[char]}dir does not exist" in result.stderr
    found = tmp_path / f"gpj{char}.yaml"
    found.write_text("company: {size: small}\nduties: [{role: seo}]\n", encoding="utf-8")
    result = run(["validate", str(missing), str(found)])  # its report: on stdout
    assert result.exit_code == 2
    assert char not in result.stdout
    assert f"txt{DANGEROUS[char]}.yaml: error: no such file" in result.stdout
    assert f"gpj{DANGEROUS[char]}.yaml: ok" in result.stdout
