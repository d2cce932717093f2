"""Light records: classes of plain fields, declared like dataclasses, without their cost at import.

`dataclasses.dataclass` writes and compiles the source of each class's methods when the class
is made: a millisecond or so for every frozen class, at every start-up of a command that
imports it. `@record` gives a class an `__init__` shared by every record (fields by position or
by name, in the order of the class's annotations, each default or `field(default_factory=...)`
used where one is left out) and, with `frozen=True`, refuses to set or delete an attribute
after it. Records compare by identity and have the default `repr`. mypy reads them as
dataclasses (`dataclass_transform`).

Use it for classes made a few times a run (a document's blocks); keep `dataclass` for those
made by the thousand (a table's cells), whose generated `__init__` is faster per object.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import MISSING, Field, field
from typing import TYPE_CHECKING, Any, TypeVar, overload

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Callable[[Any], Any]:
        """Only for type checkers: nothing at run time."""
        return lambda function: function


C = TypeVar("C", bound=type)

# a field's default: (value, None) or (None, factory)
_Default = tuple[Any, Callable[[], Any] | None]


@overload
def record(cls: C, /) -> C: ...
@overload
def record(*, frozen: bool = False) -> Callable[[C], C]: ...
@dataclass_transform(field_specifiers=(field,))
def record(cls: Any = None, /, *, frozen: bool = False) -> Any:
    """Make `cls` a record (see the module's docstring); `frozen` refuses changes."""

    def make(cls: Any) -> Any:
        names: list[str] = []
        defaults: dict[str, _Default] = {}
        for name in inspect.get_annotations(cls):
            names.append(name)
            if name not in cls.__dict__:
                continue
            value = cls.__dict__[name]
            if isinstance(value, Field):
                factory = value.default_factory
                defaults[name] = (value.default, None) if factory is MISSING else (None, factory)
                delattr(cls, name)  # an instance always holds its own value
            else:
                defaults[name] = (value, None)
        cls._record_names = tuple(names)
        cls._record_defaults = defaults
        cls.__init__ = _init
        if frozen:
            cls.__setattr__ = _refuse
            cls.__delattr__ = _refuse
        return cls

    return make if cls is None else make(cls)


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    names: tuple[str, ...] = cls._record_names
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} fields, {len(args)} given")
    values = dict(zip(names, args, strict=False))  # the rest by name or default
    defaults: dict[str, _Default] = cls._record_defaults
    for name in names[len(args) :]:
        if name in kwargs:
            values[name] = kwargs.pop(name)
        elif name in defaults:
            value, factory = defaults[name]
            values[name] = value if factory is None else factory()
        else:
            raise TypeError(f"{cls.__name__}() needs {name}")
    if kwargs:
        raise TypeError(f"{cls.__name__}() has no field {', '.join(kwargs)}")
    self.__dict__.update(values)


def _refuse(self: Any, name: str, *_: object) -> None:
    raise AttributeError(f"{type(self).__name__} is frozen: cannot change {name}")


R = TypeVar("R")


def replace(item: R, /, **changes: Any) -> R:
    """A copy of the record `item` with `changes` (as `dataclasses.replace`)."""
    return type(item)(**{**item.__dict__, **changes})
