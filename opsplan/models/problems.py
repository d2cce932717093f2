"""Problems: what is wrong with a file, where, in words from the message catalogue."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from opsplan.errors import EXIT_INVALID, OpsplanError
from opsplan.i18n import text

# A check stops collecting after this many problems in one file: a file with 100,000 bad lines
# is reported by its first ones, fast, and the user fixes those first.
MAX_FINDINGS = 200


class Problem(BaseModel):
    """A located problem in a file, printed as `file:line:col: level: message` (in a workbook,
    `file:Sheet1!C7: level: message`: `line` is the row, `col` the column).

    `message` is the English text; `code` and `params` give it in any language.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    file: str
    line: int | None = None
    col: int | None = None
    sheet: str | None = None
    level: Literal["error", "warning"] = "error"
    message: str
    code: str = ""
    params: dict[str, Any] = {}

    def text(self, lang: str = "en") -> str:
        """The message in `lang`."""
        if not self.code or lang == "en":
            return self.message
        return text(self.code, "zh" if lang == "zh" else "en", **self.params)

    def format(self, lang: str = "en") -> str:
        """`file:line:col: level: message`, leaving out what is unknown."""
        from opsplan.textfmt import cut, place, safe

        where = safe(cut(self.file)) + place(self.line, self.col, self.sheet)
        level = text(self.level, "zh" if lang == "zh" else "en")
        return f"{where}: {level}: {safe(self.text(lang))}"


class InputError(OpsplanError):
    """A file's content is invalid: one or more located problems (exit 1)."""

    exit_code = EXIT_INVALID

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.format() for p in problems[:3]))


class Finding(BaseModel):
    """A problem found by a check, at a path inside one of the files checked."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: Literal["roles", "norms", "profile", "team", "pay", "hiring"]
    path: tuple[str | int, ...]
    message: Any  # an opsplan.i18n.Msg
    key: bool = False
    level: Literal["error", "warning"] = "error"


class FileCheck(BaseModel):
    """What `validate` made of one file (`readable` is False for a bad path)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    file: str
    kind: Literal["roles", "norms", "profile", "team", "pay", "hiring", "unknown"]
    valid: bool
    errors: int
    warnings: int = 0
    readable: bool = True
    checked_against: str | None = None


class ValidationReport(BaseModel):
    """The result of `opsplan validate`: every file and every problem."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    files: list[FileCheck]
    problems: list[Problem]

    @property
    def valid(self) -> bool:
        """True when no file has an error."""
        return all(f.valid for f in self.files)

    def json_in(self, lang: str) -> dict[str, Any]:
        """The report as JSON: `valid`, `files`, `problems` (with `code` and the message)."""
        from opsplan.textfmt import unicode_only

        return {
            "valid": self.valid,
            "files": [
                {**f.model_dump(mode="json"), "file": unicode_only(f.file)} for f in self.files
            ],
            "problems": [
                {
                    "file": unicode_only(p.file),
                    "line": p.line,
                    "col": p.col,
                    "level": p.level,
                    "code": p.code or None,
                    "message": p.text(lang),
                }
                for p in self.problems
            ],
        }
