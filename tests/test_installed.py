"""A few real runs of the installed `opsplan` command, from a directory outside the repo."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent / "opsplan"


def sh(
    args: list[str], cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, timeout=60, check=False)


def test_installed_command_runs_from_any_directory(tmp_path: Path) -> None:
    done = sh([str(BIN), "recommend", "--size", "medium", "--marketing"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"Recommended staffing: medium company, marketing-focused department" in done.stdout
    assert b"Total" in done.stdout


def test_python_dash_m(tmp_path: Path) -> None:
    done = sh([sys.executable, "-m", "opsplan", "recommend", "-s", "large", "-f", "json"], tmp_path)
    assert done.returncode == 0, done.stderr
    total = json.loads(done.stdout)["total"]
    assert total == {"min": 10, "max": 28, "recommended": 20, "outside": None}


def test_python_dash_m_help_says_it_is_opsplan(tmp_path: Path) -> None:
    done = sh([sys.executable, "-m", "opsplan", "--help"], tmp_path)
    assert done.returncode == 0, done.stderr
    page = " ".join(done.stdout.decode().split())
    assert page.startswith("Usage: python -m opsplan [OPTIONS] COMMAND")
    assert "`python -m opsplan` is the same program as `opsplan`" in page
    assert "where an example says `opsplan`, type `python -m opsplan`" in page
    plain = sh([str(BIN), "--help"], tmp_path).stdout.decode()
    assert "python -m" not in plain  # the installed command needs no such line


def test_validate_builtin_data(tmp_path: Path) -> None:
    done = sh([str(BIN), "validate"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().count(": ok (") == 4  # roles, norms, pay, hiring


def test_usage_error_exit_code_and_stderr(tmp_path: Path) -> None:
    done = sh([str(BIN), "recommend", "--size", "tiny"], tmp_path)
    assert done.returncode == 2
    assert done.stdout == b""
    assert b"--size 'tiny': expected small, medium or large" in done.stderr


def test_installed_team_and_chinese(tmp_path: Path) -> None:
    roster = Path(__file__).resolve().parent.parent / "examples" / "roster.csv"
    (tmp_path / "roster.csv").write_bytes(roster.read_bytes())
    done = sh([str(BIN), "team", "roster.csv", "--size", "中型", "--lang", "zh"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "各岗位对照标准编制" in done.stdout.decode("utf-8")


def test_every_package_is_shipped() -> None:
    import tomllib

    root = Path(__file__).resolve().parent.parent
    shipped = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(root).parts) for p in (root / "opsplan").rglob("__init__.py")
    }
    assert found <= shipped


def test_installed_html_page(tmp_path: Path) -> None:
    roster = Path(__file__).resolve().parent.parent / "examples" / "roster.csv"
    (tmp_path / "roster.csv").write_bytes(roster.read_bytes())
    done = sh(
        [str(BIN), "team", "roster.csv", "-s", "medium", "--lang", "zh", "-o", "r.html"], tmp_path
    )
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
    assert "svg.chart" in page  # the stylesheet shipped with the package
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') == 2
