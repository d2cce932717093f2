"""The pydantic models: the data files (`data`), the results (`results`, `overload`, `team`)
and the problems found in files (`problems`).

Import each model from the module that defines it (`from opsplan.models.data import Catalogue`):
this package imports none of them, so a command builds only the model classes it needs (each
costs start-up time).
"""
