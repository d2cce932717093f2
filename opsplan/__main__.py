"""`python -m opsplan` runs the command-line interface."""

from opsplan.cli import main

main()
