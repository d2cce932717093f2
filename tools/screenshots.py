"""The README's screenshots of HTML pages (docs/*.png), taken in headless Chromium:

    python -m tools.screenshots

Each is a command's page as a reader's browser shows it, 860 CSS pixels wide, whole. A browser
draws text a little differently from version to version, so these are not compared in a test;
take them again when a page's layout changes, and look at them.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from tools.chromium import Chromium

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {
    "overload.png": ["overload", "examples/allrounder.yaml", "--lang", "en"],
    "team.png": ["team", "examples/team.yaml", "--lang", "zh"],
}


def main() -> None:
    """Write each screenshot into docs/."""
    opsplan = str(Path(sys.executable).parent / "opsplan")
    with tempfile.TemporaryDirectory() as tmp, Chromium() as browser:
        for name, args in SHOTS.items():
            page_file = Path(tmp) / f"{name}.html"
            subprocess.run([opsplan, *args, "-o", str(page_file)], cwd=ROOT, check=True)
            page = browser.open(page_file, width=860)
            if page.errors:
                sys.exit(f"{name}: {page.errors}")
            page.screenshot(ROOT / "docs" / name)
            page.close()
            print(f"docs/{name}")


if __name__ == "__main__":
    main()
