"""opsplan's version: a constant, not importlib.metadata (`opsplan --version` must not pay for a
metadata scan), in a module of its own so that any layer may read it."""

__version__ = "0.1.0"
