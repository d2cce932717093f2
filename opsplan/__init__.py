"""opsplan: a staffing planner and role calculator for a network operations department."""

# A constant, not importlib.metadata: `opsplan --version` must not pay for a metadata scan.
__version__ = "0.1.0"
