"""A quicker `__init__` for the frozen, slotted dataclasses the parser makes
by the hundred thousand (`errors.Span`, the nodes of `language.nodes`).

A frozen dataclass's generated `__init__` sets each field with
`object.__setattr__(self, name, value)`, since its own `__setattr__`
refuses; that costs about 0.15 µs a field, and a big file's parse makes
some 150,000 spans and nodes.  The `__init__` made here sets each slot
through its descriptor (`Span.line.__set__`), which skips the name lookup
and the frozen check and costs half as much.  Everything else is the
dataclass's own: the fields, their defaults, `__eq__`, `__hash__`,
`__repr__`, `dataclasses.replace` (which calls `__init__` by keyword),
and the instance is as frozen as before.
"""
from __future__ import annotations

import dataclasses
import functools
import types
from typing import TypeVar

T = TypeVar("T", bound=type)


def quick_init(cls: T) -> T:
    """Replace the `__init__` of `cls`, a frozen dataclass with slots and no
    `__post_init__`, default factories or init-only fields, by one with
    the same signature that sets the slots directly."""
    fields = dataclasses.fields(cls)
    params = cls.__dict__.get("__dataclass_params__")
    if params is None or not params.frozen or "__slots__" not in cls.__dict__ \
            or hasattr(cls, "__post_init__") \
            or any(not f.init or f.default_factory is not dataclasses.MISSING for f in fields):
        raise TypeError(f"quick_init: {cls.__name__} is not a plain frozen, slotted dataclass")
    # One compiled body for each number of fields, its parameters renamed
    # for each class: compiling one per class cost 1.6 ms of bote's start.
    code = _body(len(fields)).replace(co_varnames=("self", *(f.name for f in fields)),
                                      co_name="__init__", co_qualname=f"{cls.__qualname__}.__init__")
    setters = {f"_set{i}": cls.__dict__[f.name].__set__ for i, f in enumerate(fields)}
    defaults = tuple(f.default for f in fields if f.default is not dataclasses.MISSING)
    if any(f.default is dataclasses.MISSING for f in fields[len(fields) - len(defaults):]):
        raise TypeError(f"quick_init: {cls.__name__}: a field without a default after one with")
    init = types.FunctionType(code, setters, "__init__", defaults or None)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__   # type: ignore[misc]
    init.__annotations__ = cls.__init__.__annotations__   # type: ignore[misc]
    cls.__init__ = init   # type: ignore[misc]
    return cls


@functools.cache
def _body(size: int) -> types.CodeType:
    """`__init__(self, f0, f1, ...)` setting each field through `_set0`, `_set1`, ... (globals of the function)."""
    params = "".join(f", f{i}" for i in range(size))
    lines = "".join(f"    _set{i}(self, f{i})\n" for i in range(size)) or "    pass\n"
    namespace: dict[str, object] = {}
    exec(f"def __init__(self{params}):\n{lines}", namespace)   # noqa: S102 - made above from a count alone
    return namespace["__init__"].__code__   # type: ignore[attr-defined]
