"""The project's own error types and its exit codes (`InputError`, which holds located
problems, lives beside them in `opsplan.models.problems`).

Everything that goes wrong for a reason the user can act on is one of these; the CLI turns
them into messages on stderr (in the user's language) and the exit codes of the README.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


class OpsplanError(Exception):
    """Base of every error opsplan reports to the user instead of a traceback."""

    exit_code = EXIT_INTERNAL


class UsageError(OpsplanError):
    """A bad option, argument or path (exit 2); `msg` is an opsplan.i18n.Msg or plain text."""

    exit_code = EXIT_USAGE

    def __init__(self, msg: str) -> None:
        self.msg = msg
        super().__init__(msg)

    def text(self, lang: str = "en") -> str:
        """The message in `lang`."""
        from opsplan.i18n import localize

        return localize(self.msg, "zh" if lang == "zh" else "en")


# the reasons a write fails that the user can act on, said in their language (strerror is
# the C library's English); any other reason is the system's text
_WRITE_REASONS = {
    "ENOSPC": "write_no_space",
    "EDQUOT": "write_no_space",
    "EACCES": "write_denied",
    "EPERM": "write_denied",
    "EROFS": "write_read_only",
}


def write_reason(exc: OSError) -> str:
    """Why a write failed: a Msg for a full disk, a denied permission or a read-only file
    system, else the system's text."""
    import errno

    from opsplan.i18n import Msg

    code = errno.errorcode.get(exc.errno or 0, "")
    if code in _WRITE_REASONS:
        return Msg(_WRITE_REASONS[code])
    return str(exc.strerror or exc)
