"""The options and arguments of the command line, declared once, in their groups: the company
(size, marketing, drivers), the data files, the output. Each command of `opsplan/commands.py`
lists its own from these groups; the program's own options (before the command) are `PROGRAM`.
A new option of a group is one line here.
"""

from __future__ import annotations

from collections.abc import Sequence

from opsplan.declare import Param
from opsplan.i18n import LANGS


# ---------------------------------------------------------------- completion (lazy)
def _sizes() -> Sequence[str]:
    from opsplan.models.data import SIZES

    return SIZES


def _langs() -> Sequence[str]:
    return LANGS


def _role_ids() -> Sequence[str]:
    from opsplan import api

    return [role.id for role in api.load_data()[0].roles]


def _init_kinds() -> Sequence[str]:
    from opsplan.api import INIT_FILES

    return list(INIT_FILES)


def _kinds() -> Sequence[str]:
    from opsplan.validate.kinds import KINDS

    return [k.name for k in KINDS]


# ---------------------------------------------------------------- option groups
LANG = Param[str | None]("lang", ("--lang",), "opt_lang", metavar="|".join(LANGS), complete=_langs)
FORMAT = Param[str | None]("fmt", ("--format", "-f"), "opt_format", formats=True)
OUTPUT = Param[str | None]("output", ("--output", "-o"), "opt_output", metavar="FILE")
FORCE = Param[bool]("force", ("--force",), "opt_force", kind="flag", default=False)
TABLE = Param[str | None]("table", ("--table",), "opt_table", metavar="NAME")
ENCODING = Param[str | None]("encoding", ("--encoding",), "opt_encoding", metavar="ENC")
OUTPUT_OPTIONS = (FORMAT, OUTPUT, FORCE, TABLE, ENCODING, LANG)
TEXT_OUTPUT_OPTIONS = (FORMAT, OUTPUT, FORCE, LANG)  # validate's: no tables, no CSV

ROLES = Param[str | None]("roles", ("--roles",), "opt_roles", metavar="FILE")
NORMS = Param[str | None]("norms", ("--norms",), "opt_norms", metavar="FILE")
DATA_FILES = (ROLES, NORMS)
# the data files only some commands read: pay for those that cost, hiring for plan
PAY = Param[str | None]("pay", ("--pay",), "opt_pay", metavar="FILE")
HIRING = Param[str | None]("hiring", ("--hiring",), "opt_hiring", metavar="FILE")
COST_FILES = (PAY,)
PLAN_FILES = (PAY, HIRING)

SIZE_METAVAR = "small|medium|large"  # tests/test_cli.py checks it against models.data.SIZES
SIZE = Param[str](
    "size", ("--size", "-s"), "opt_size", metavar=SIZE_METAVAR, required=True, complete=_sizes
)
MARKETING = Param[bool](
    "marketing", ("--marketing", "--no-marketing"), "opt_marketing", kind="pair", default=False
)
SETS = Param[Sequence[str]](
    "sets", ("--set",), "opt_set", kind="many", metavar="NAME=VALUE", default=()
)
COMPANY = (SIZE, MARKETING, SETS)
# team: the file's company, unless these override it
TEAM_SIZE = Param[str | None](
    "size", ("--size", "-s"), "opt_team_size", metavar=SIZE_METAVAR, complete=_sizes
)
TEAM_MARKETING = Param[bool | None](
    "marketing", ("--marketing", "--no-marketing"), "opt_marketing", kind="pair"
)
INPUT_FORMAT = Param[str | None](
    "input_format", ("--input-format",), "opt_input_format", metavar="yaml|csv|xlsx",
    complete=lambda: ("yaml", "csv", "xlsx"),
)  # fmt: skip
SHEET = Param[str | None]("sheet", ("--sheet",), "opt_sheet", metavar="NAME")
# overload: the profile's company, unless these override it
PROFILE_SIZE = Param[str | None](
    "size", ("--size", "-s"), "opt_profile_size", metavar=SIZE_METAVAR, complete=_sizes
)

FTE = Param[bool]("fte", ("--fte",), "opt_fte", kind="flag", default=False)
COST = Param[bool]("cost", ("--cost",), "opt_cost", kind="flag", default=False)
# plan: the company of --team, unless these override it; the months and the budget
PLAN_SIZE = Param[str | None](
    "size", ("--size", "-s"), "opt_plan_size", metavar=SIZE_METAVAR, complete=_sizes
)
PLAN_TEAM = Param[str | None]("team", ("--team",), "opt_plan_team", metavar="FILE")
START = Param[str | None]("start", ("--start",), "opt_start", metavar="YYYY-MM")
MONTHS = Param[str]("months", ("--months",), "opt_months", metavar="N", default="12")
BUDGET = Param[str | None]("budget", ("--budget",), "opt_budget", metavar="AMOUNT")
LEFT = Param[str]("left", (), "arg_left", metavar="LEFT", required=True)
RIGHT = Param[str]("right", (), "arg_right", metavar="RIGHT", required=True)
ROLE = Param[str | None]("role", (), "arg_role", metavar="ROLE", complete=_role_ids)
TEXTS = Param[Sequence[str]]("texts", (), "arg_texts", kind="many", metavar="DUTY", default=())
FILES = Param[Sequence[str]]("files", (), "arg_files", kind="many", metavar="FILE", default=())
PROFILE = Param[str]("profile", (), "arg_profile", metavar="PROFILE", required=True)
TEAM = Param[str]("team", (), "arg_team", metavar="TEAM", required=True)
KIND = Param[str | None]("kind", (), "arg_kind", metavar="KIND", complete=_kinds)
INIT_KIND = Param[str | None]("kind", (), "arg_init_kind", metavar="KIND", complete=_init_kinds)
PATH = Param[str | None]("path", (), "arg_path", metavar="FILE")
FORCE_INIT = Param[bool]("force", ("--force",), "opt_force_init", kind="flag", default=False)

# The program's own options, before the command (the completion ones are typer's).
VERSION = Param[bool]("version", ("--version",), "opt_version", kind="flag", default=False)
DEBUG = Param[bool]("debug", ("--debug",), "opt_debug", kind="flag", default=False)
INSTALL = Param[bool](
    "install_completion", ("--install-completion",), "opt_install_completion", kind="flag",
    default=False, by_typer=True,
)  # fmt: skip
SHOW = Param[bool](
    "show_completion", ("--show-completion",), "opt_show_completion", kind="flag",
    default=False, by_typer=True,
)  # fmt: skip
PROGRAM = (VERSION, DEBUG, LANG, INSTALL, SHOW)
