"""The repository's tools (not shipped with the package): `python -m tools.regen`."""
