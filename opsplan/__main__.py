"""`python -m opsplan` runs the command-line interface."""

from opsplan.entry import main

main()
