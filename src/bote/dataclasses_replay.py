"""Making one of bote's dataclasses from its recipe: what
`dataclasses._process_class` (Python 3.11's) does, with the decisions that
cost it its time already taken.

`dataclasses` spends most of its 120 microseconds a class (8 ms of a 60 ms
`bote check`, 66 classes) on work whose outcome is the same at every start:
telling ClassVar and InitVar annotations from fields by matching their text
(`_is_type`), writing each method's text, and hashing it to find its
compiled code in the table.  A class's *recipe*, recorded by
`bote.dataclasses_gen` from the class `dataclasses` made, holds those
outcomes: its annotations, what each one is (a field, a ClassVar, an
InitVar, the KW_ONLY marker), the `signature` of its fields (everything the
methods' texts depend on), and the SHA-256 of each method's text, whose
compiled code `dataclasses_table.MAKERS` holds.

`replay` is `_process_class` line for line (the same checks, the same
attributes set in the same order, the same helpers of `dataclasses` for
slots, `__repr__`'s guard against recursion and the order of `__init__`'s
arguments), except that it takes those outcomes from the recipe.  Whenever
the class is not the one recorded (other annotations, a field with other
options or a default where there was none, a method the class now defines
itself) or anything would fail, it returns None before it changes the
class, and `dataclasses` makes it as always, with its own checks and errors.
`bote.dataclasses_compiled` uses it only under the `dataclasses` whose
functions it follows (their bytecode is checked, `FOLLOWED`).
"""
from __future__ import annotations

import abc
import dataclasses
import sys
import types
from dataclasses import MISSING, Field
from typing import Any

# Private names of Python 3.11's `dataclasses` (other Pythons never replay: `FOLLOWED`).
_FIELD = getattr(dataclasses, "_FIELD", None)
_FIELD_CLASSVAR = getattr(dataclasses, "_FIELD_CLASSVAR", None)
_FIELD_INITVAR = getattr(dataclasses, "_FIELD_INITVAR", None)
_HAS_DEFAULT_FACTORY = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", None)

#: The functions of `dataclasses` whose work `replay` does or calls:
#: `bote.dataclasses_compiled` replays only when their bytecode is the recorded one.
FOLLOWED = ("_process_class", "_get_field", "_init_fn", "_field_init", "_init_param", "_field_assign", "_repr_fn",
            "_recursive_repr", "_frozen_get_del_attr", "_cmp_fn", "_hash_fn", "_hash_add", "_hash_set_none",
            "_hash_exception", "_create_fn", "_set_new_attribute", "_set_qualname", "_fields_in_init_order",
            "_add_slots", "_get_slots", "_tuple_str", "_is_type", "_is_classvar", "_is_initvar", "_is_kw_only",
            "dataclass", "field")

#: What each annotation of a class is, as its recipe writes it.
KINDS = {_FIELD: "field", _FIELD_CLASSVAR: "classvar", _FIELD_INITVAR: "initvar"}
_KIND_OF = {name: kind for kind, name in KINDS.items()}
KW_ONLY_MARKER = "kw_only"

#: `dataclass`'s options and their defaults, in the order `_process_class` takes them.
OPTIONS = {"init": True, "repr": True, "eq": True, "order": False, "unsafe_hash": False, "frozen": False,
           "match_args": True, "kw_only": False, "slots": False, "weakref_slot": False}

_ORDER = (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">="))


def signature(fields: dict[str, Field], options: tuple) -> tuple:
    """Everything the texts of a class's methods depend on: per field its
    name, what it is, whether it has a default or a factory, and its
    options; and the class's options."""
    return options, tuple(
        (f.name, KINDS[f._field_type], f.default is MISSING, f.default_factory is MISSING,   # type: ignore[attr-defined]
         bool(f.init), bool(f.repr), None if f.hash is None else bool(f.hash), bool(f.compare), f.kw_only is True)
        for f in fields.values())


def options_of(given: dict[str, Any]) -> tuple | None:
    """All of `dataclass`'s options, in order, or None for an option it does not have."""
    if not given.keys() <= OPTIONS.keys():
        return None
    return tuple(given.get(name, default) for name, default in OPTIONS.items())


def _field(cls, name: str, annotation, default_kw_only: bool, kind) -> Field | None:
    """`dataclasses._get_field`, with what the annotation is given; None where it would raise."""
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING   # a field of __slots__: no default
        f = dataclasses.field(default=default)   # type: ignore[arg-type]
    if kind is not _FIELD and f.default_factory is not MISSING:
        return None
    if kind is _FIELD_CLASSVAR and f.kw_only is not MISSING:
        return None
    if kind is _FIELD and f.default.__class__.__hash__ is None:
        return None   # a mutable default: dataclasses says so
    f.name = name
    f.type = annotation
    f._field_type = kind   # type: ignore[attr-defined]
    if kind is not _FIELD_CLASSVAR and f.kw_only is MISSING:
        f.kw_only = default_kw_only
    return f


def _defaults(fields: dict[str, Field]) -> tuple[str, ...]:
    """What a docstring `dataclasses` writes shows of the fields' defaults
    beyond their names and annotations (which the recipe holds): the
    `repr` of each default of `__init__`."""
    return tuple(repr(f.default) for f in fields.values() if f.init and f.default is not MISSING)


def _argument(name: str, cls, fields: dict[str, Field]):
    """The value `dataclasses` passes a method's maker for its argument `name`."""
    if name.startswith("_type_"):
        return fields[name[6:]].type
    if name.startswith("_dflt_"):
        f = fields[name[6:]]
        return f.default if f.default_factory is MISSING else f.default_factory
    return {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
            "__dataclass_builtins_object__": object, "_return_type": None, "cls": cls,
            "FrozenInstanceError": dataclasses.FrozenInstanceError}[name]


def _make(maker, cls, fields: dict[str, Field], globals: dict):
    code = maker.__code__
    arguments = {name: _argument(name, cls, fields) for name in code.co_varnames[:code.co_argcount]}
    return types.FunctionType(code, globals)(**arguments)


def replay(cls, recipe: tuple, given: dict[str, Any], makers: dict[str, Any]):
    """The class `dataclasses.dataclass(cls, **given)` makes, or None when
    `recipe` is not this class's (see the module's docstring)."""
    options = options_of(given)
    if options is None:
        return None
    init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot = options
    annotations, kinds, recorded_signature, texts, doc = recipe
    cls_annotations = cls.__dict__.get("__annotations__", {})   # noqa: RUF063 - the class's own, as dataclasses reads them
    if tuple(cls_annotations.items()) != annotations or (order and not eq) or (weakref_slot and not slots):
        return None
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}

    fields: dict[str, Field] = {}
    any_frozen_base = has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dataclass_params__.frozen:
                any_frozen_base = True
    if has_dataclass_bases and any_frozen_base != bool(frozen):
        return None
    cls_fields = []
    for (name, annotation), kind in zip(annotations, kinds):
        if kind == KW_ONLY_MARKER:
            kw_only = True
            continue
        f = _field(cls, name, annotation, kw_only, _KIND_OF[kind])
        if f is None:
            return None
        cls_fields.append(f)
    for f in cls_fields:
        fields[f.name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            return None
    if signature(fields, options) != recorded_signature:
        return None

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    hash_action = dataclasses._hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]  # type: ignore[attr-defined]
    if hash_action is dataclasses._hash_exception:   # type: ignore[attr-defined]
        return None
    wanted = [name for name, on in (("__init__", init), ("__repr__", repr), ("__eq__", eq)) if on]
    if order:
        wanted += [name for name, _ in _ORDER]
    if frozen:
        wanted += ["__setattr__", "__delattr__"]
    if hash_action is dataclasses._hash_add:   # type: ignore[attr-defined]
        wanted.append("__hash__")
    if any(name not in texts or texts[name] not in makers for name in wanted):
        return None
    refused = [name for name, _ in _ORDER] if order else []
    if frozen:
        refused += ["__setattr__", "__delattr__"]
    if any(name in cls.__dict__ for name in refused):
        return None   # dataclasses refuses to overwrite these
    try:
        made = {name: _make(makers[texts[name]], cls, fields, globals) for name in wanted}
    except KeyError:
        return None   # an argument dataclasses would not pass: another dataclasses

    # From here on, what _process_class does once its checks have passed.
    cls.__dataclass_params__ = dataclasses._DataclassParams(   # type: ignore[attr-defined]
        init, repr, eq, order, unsafe_hash, frozen)
    for f in cls_fields:
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    cls.__dataclass_fields__ = fields
    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]   # type: ignore[attr-defined]
    std_init_fields, _ = dataclasses._fields_in_init_order(all_init_fields)   # type: ignore[attr-defined]
    set_new = dataclasses._set_new_attribute   # type: ignore[attr-defined]
    if init:
        set_new(cls, "__init__", made["__init__"])
    if repr:
        set_new(cls, "__repr__", dataclasses._recursive_repr(made["__repr__"]))   # type: ignore[attr-defined]
    if eq:
        set_new(cls, "__eq__", made["__eq__"])
    if order:
        for name, _ in _ORDER:
            set_new(cls, name, made[name])
    if frozen:
        set_new(cls, "__setattr__", made["__setattr__"])
        set_new(cls, "__delattr__", made["__delattr__"])
    if hash_action is dataclasses._hash_add:   # type: ignore[attr-defined]
        cls.__hash__ = dataclasses._set_qualname(cls, made["__hash__"])   # type: ignore[attr-defined]
    elif hash_action is not None:
        cls.__hash__ = None
    if not cls.__doc__:
        if doc is not None and doc[1] == _defaults(fields):
            cls.__doc__ = doc[0]
        else:
            import inspect
            try:
                text_sig = str(inspect.signature(cls)).replace(" -> None", "")
            except (TypeError, ValueError):
                text_sig = ""
            cls.__doc__ = cls.__name__ + text_sig
    if match_args:
        set_new(cls, "__match_args__", tuple(f.name for f in std_init_fields))
    if slots:
        cls = dataclasses._add_slots(cls, frozen, weakref_slot)   # type: ignore[attr-defined]
    abc.update_abstractmethods(cls)
    return cls


def recipe(original_annotations: tuple, had_doc: bool, made, given: dict[str, Any],
           texts: dict[str, str]) -> tuple | None:
    """The recipe of the class `made` by `dataclasses` from a class whose
    annotations were `original_annotations`, with `texts` the SHA-256 of
    each method's text by the method's name, and the docstring
    `dataclasses` wrote for a class that had none (with the defaults it
    shows); None for a class whose annotations are not all strings or
    whose defaults are not shown the same at every start (the table holds
    literals only)."""
    options = options_of(given)
    if options is None or not all(isinstance(a, str) for _, a in original_annotations):
        return None
    fields = made.__dataclass_fields__
    kinds = tuple(KINDS[fields[name]._field_type] if name in fields and fields[name].type is annotation
                  else KW_ONLY_MARKER for name, annotation in original_annotations)
    doc = None
    if not had_doc:
        defaults = _defaults(fields)
        if any(" at 0x" in text for text in defaults):
            return None
        doc = (made.__doc__, defaults)
    return original_annotations, kinds, signature(fields, options), texts, doc
