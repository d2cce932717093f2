"""The machine names of the tables the views make (`--table NAME` picks one for CSV), written
once: the views name their tables from here, and each command's help lists its view's names
(`opsplan/commands.py`, `opsplan/helppage.py`). A table with no name is picked by its number.
Standard library only, and nothing imported: `--help` reads it."""

from __future__ import annotations

ROLES = "roles"
PEOPLE = "people"
COST = "cost"
SINGLE_POINTS = "single_points"
HIRING_ORDER = "hiring_order"
MONTHS = "months"
HIRES = "hires"
PHASES = "phases"
NOT_HIRED = "not_hired"

# each view's named tables, in the order its documents hold them (some only with --cost)
RECOMMEND = (COST,)
TEAM = (ROLES, PEOPLE, COST, SINGLE_POINTS, HIRING_ORDER)
PLAN = (ROLES, MONTHS, HIRES, PHASES, NOT_HIRED)
COMPARE = (ROLES,)
