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
    namespace: dict[str, object] = {}
    params, body = [], []
    for f in fields:
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(source, namespace)   # noqa: S102 - the source is made above from the field names alone
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"   # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__   # type: ignore[misc]
    init.__annotations__ = cls.__init__.__annotations__   # type: ignore[misc]
    cls.__init__ = init   # type: ignore[misc]
    return cls
