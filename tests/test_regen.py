"""Every generated file is current: what `python -m tools.regen` would write is what is there
(the golden files are checked by the golden tests themselves)."""

from __future__ import annotations

import json

from helpers import CASES, DATA, tool


def test_the_builtin_cache_is_current() -> None:
    fresh = tool("regen").builtin_cache()
    shipped = (DATA / "builtin.json").read_bytes()
    lines = [json.loads(line) for line in shipped.splitlines()]
    assert lines == [json.loads(line) for line in fresh.splitlines()], "python -m tools.regen"


def test_the_generated_bad_cases_are_current() -> None:
    generated = tool("bad_cases").generate()
    assert len(generated) > 200
    stale = [
        name
        for name, data in generated.items()
        if not (CASES / "bad" / name).is_file() or (CASES / "bad" / name).read_bytes() != data
    ]
    assert stale == [], "python -m tools.regen cases"


def test_regen_names_its_steps() -> None:
    regen = tool("regen")
    assert list(regen.STEPS) == ["builtin", "cases", "examples", "golden"]
    assert regen.main(["nope"]) == 2


def parts(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_example_workbooks_are_current() -> None:
    """Made by tools/workbooks.py, the same part by part (the zip's bytes depend on zlib's
    version too), and the same file twice in a row."""
    workbooks = tool("workbooks")
    for path, make in (
        (workbooks.ROSTER, workbooks.roster_workbook),
        (workbooks.REPORT, workbooks.report_workbook),
    ):
        fresh = make()
        assert fresh == make(), f"{path.name} is not reproducible"
        assert parts(path.read_bytes()) == parts(fresh), "python -m tools.regen examples"
