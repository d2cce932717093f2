"""The built-in role and norm data files, shipped inside the package as opsplan.data."""
