"""A dataclass made from its recipe (`bote.dataclasses_replay`, issue 17) is
the class `dataclasses.dataclass` makes, attribute for attribute; a class
that is not the one recorded is refused before it is touched, and
`dataclasses` makes it (or reports its error) as always."""
from __future__ import annotations

import dataclasses
import re
import types
from dataclasses import KW_ONLY, InitVar, field
from typing import ClassVar

import pytest

from bote import dataclasses_compiled, dataclasses_table
from bote.dataclasses_replay import replay
from bote.digests import sha256_hex

# The recipes follow Python 3.11's dataclasses (`FOLLOWED`); under another, bote never replays.
pytestmark = pytest.mark.skipif(dataclasses_compiled.followed_fingerprint() != dataclasses_table.FOLLOWED,
                                reason="another Python's dataclasses: recipes are not used")


def _record(body, options: dict):
    """The recipe of `body()` made with `options`, and the makers of its methods' texts."""
    dataclasses_compiled.recording, dataclasses_compiled.recipes = [], []
    try:
        dataclasses_compiled.dataclass(body(), **options)
        texts, recipes = dataclasses_compiled.recording, dataclasses_compiled.recipes
    finally:
        dataclasses_compiled.recording, dataclasses_compiled.recipes = None, []
    makers = {}
    for text in texts:
        namespace: dict = {}
        exec(compile(text, "<string>", "exec", dont_inherit=True), {}, namespace)  # noqa: S102 - the texts dataclasses writes
        makers[sha256_hex(text)] = namespace["__create_fn__"]
    (_, recipe), = recipes
    return recipe, makers


def _r(value) -> str:
    return re.sub(" at 0x[0-9a-f]+", "", repr(value))


def _code(c: types.CodeType) -> list:
    return [c.co_name, c.co_qualname, c.co_argcount, c.co_kwonlyargcount, c.co_flags, c.co_varnames, c.co_freevars,
            c.co_names, c.co_code, [_code(k) if isinstance(k, types.CodeType) else _r(k) for k in c.co_consts]]


def _value(v):
    if isinstance(v, types.FunctionType):
        return ["function", v.__qualname__, _code(v.__code__), _r(v.__defaults__), _r(v.__kwdefaults__),
                _r(v.__annotations__), [_r(c.cell_contents) for c in v.__closure__ or ()],
                _value(getattr(v, "__wrapped__", None)), v.__globals__.get("__name__")]
    return _r(v)


def describe(cls) -> dict:
    """Everything `dataclasses` sets on a class, comparable across two makings of it."""
    return {"attributes": {k: _value(v) for k, v in vars(cls).items() if k != "__dataclass_fields__"},
            "fields": [[f.name, f.type, _r(f.default), _r(f.default_factory), f.init, f.repr, f.hash, f.compare,
                        dict(f.metadata), f.kw_only, _r(f._field_type)]   # type: ignore[attr-defined]
                       for f in vars(cls)["__dataclass_fields__"].values()],
            "mro": [c.__qualname__ for c in cls.__mro__], "slots": getattr(cls, "__slots__", None)}


def _replayed_and_standard(body, options: dict, recorded_body=None):
    recipe, makers = _record(recorded_body or body, options)
    made = replay(body(), recipe, options, makers)
    assert made is not None, "the recipe was refused"
    return made, dataclasses.dataclass(body(), **options)


def _frozen_with_defaults():
    class Sample:
        name: str
        tags: list = field(default_factory=list, compare=False)
        weight: int = 1
        note: str = field(default="", repr=False)
    return Sample


def _pseudo_fields():
    class Sample:
        """Has its own docstring."""
        first: int
        scale: InitVar[int]
        shared: ClassVar[int] = 3
        _: KW_ONLY
        last: str = "z"

        def __post_init__(self, scale):
            object.__setattr__(self, "first", self.first * scale)
    return Sample


def _own_methods():
    class Sample:
        value: int

        def __repr__(self):
            return "mine"

        def __hash__(self):
            return 7
    return Sample


class _Base:
    pass


_Base = dataclasses.dataclass(frozen=True, slots=True)(type("_Base", (), {"__annotations__": {"base": "int"}}))


def _derived():
    class Derived(_Base):
        extra: str = "e"
    return Derived


@pytest.mark.parametrize(("body", "options"), [
    (_frozen_with_defaults, {"frozen": True, "slots": True}),
    (_frozen_with_defaults, {}),
    (_frozen_with_defaults, {"order": True, "unsafe_hash": True}),
    (_frozen_with_defaults, {"eq": False, "repr": False, "match_args": False}),
    (_pseudo_fields, {"frozen": True}),
    (_own_methods, {}),
    (_own_methods, {"frozen": True, "slots": True, "weakref_slot": True}),
    (_derived, {"frozen": True, "slots": True}),
])
def test_a_replayed_class_is_the_one_dataclasses_makes(body, options):
    made, standard = _replayed_and_standard(body, options)
    assert describe(made) == describe(standard)


def test_a_replayed_class_works():
    made, _ = _replayed_and_standard(_frozen_with_defaults, {"frozen": True, "slots": True})
    sample = made("a", weight=2)
    assert repr(sample).endswith("Sample(name='a', tags=[], weight=2)")
    assert sample == made("a", ["other"], 2) and sample != made("a")
    assert made.__doc__ == "Sample(name: 'str', tags: 'list' = <factory>, weight: 'int' = 1, note: 'str' = '')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        sample.name = "b"   # type: ignore[misc]
    assert dataclasses.replace(sample, weight=5).weight == 5 and not hasattr(sample, "__dict__")
    pseudo, _ = _replayed_and_standard(_pseudo_fields, {"frozen": True})
    assert pseudo(2, 10).first == 20 and pseudo(2, 1, last="y").last == "y" and pseudo.shared == 3


def test_a_changed_default_gets_the_docstring_dataclasses_writes():
    """The recorded docstring shows the defaults it was recorded with: another default, another docstring."""
    def other():
        cls = _frozen_with_defaults()
        cls.weight = 2
        return cls
    made, standard = _replayed_and_standard(other, {}, recorded_body=_frozen_with_defaults)
    assert describe(made) == describe(standard) and "weight: 'int' = 2" in made.__doc__


def _changed(change):
    def body():
        cls = _frozen_with_defaults()
        change(cls)
        return cls
    return body


@pytest.mark.parametrize(("body", "recorded", "options", "standard_error"), [
    (_changed(lambda c: c.__annotations__.update(name="bytes")), {}, {}, None),        # another annotation
    (_changed(lambda c: c.__annotations__.update(extra="int")), {}, {}, TypeError),    # no default after defaults
    (_changed(lambda c: setattr(c, "name", "x")), {}, {}, None),                         # a default where there was none
    (_changed(lambda c: setattr(c, "weight", [])), {}, {}, ValueError),                  # a mutable default
    (_changed(lambda c: setattr(c, "weight", field(default=1, compare=False))), {}, {}, None),   # other field options
    (_changed(lambda c: setattr(c, "__lt__", lambda s, o: True)), {"order": True}, {"order": True}, TypeError),
    (_changed(lambda c: setattr(c, "__setattr__", object.__setattr__)), {"frozen": True}, {"frozen": True},
     TypeError),
    (_frozen_with_defaults, {}, {"frozen": True}, None),                                 # other options
    (_frozen_with_defaults, {}, {"no_such_option": True}, TypeError),
])
def test_a_class_that_is_not_the_recorded_one_is_refused_untouched(body, recorded, options, standard_error):
    recipe, makers = _record(_frozen_with_defaults, recorded)
    cls = body()
    before = dict(vars(cls))
    assert replay(cls, recipe, options, makers) is None
    assert dict(vars(cls)) == before
    if standard_error is not None:
        with pytest.raises(standard_error):
            dataclasses.dataclass(cls, **options)
    else:
        dataclasses.dataclass(cls, **options)


def test_a_frozen_class_on_a_base_that_is_not_is_refused():
    """Recorded on a frozen base; the base is no longer frozen (its fields the same)."""
    def derived(base):
        return lambda: type("Derived", (base,), {"__annotations__": {"extra": "str"}, "extra": "e"})
    plain_base = dataclasses.dataclass(type("Base", (), {"__annotations__": {"base": "int"}}))
    recipe, makers = _record(derived(_Base), {"frozen": True, "slots": True})
    assert replay(derived(_Base)(), recipe, {"frozen": True, "slots": True}, makers) is not None
    assert replay(derived(plain_base)(), recipe, {"frozen": True, "slots": True}, makers) is None
    with pytest.raises(TypeError, match="frozen dataclass from a non-frozen"):
        dataclasses.dataclass(derived(plain_base)(), frozen=True, slots=True)


def test_recipes_are_used_only_under_the_dataclasses_they_follow(monkeypatch):
    monkeypatch.setattr(dataclasses_compiled, "_makers", None)
    monkeypatch.setattr(dataclasses_compiled, "_recipes", None)
    monkeypatch.setattr(dataclasses_compiled, "_bytecode_is_cached", lambda: True)
    assert dataclasses_compiled._recipe_table() is dataclasses_table.CLASSES
    assert ("bote.language.nodes", "Binding") in dataclasses_table.CLASSES
    monkeypatch.setattr(dataclasses_compiled, "_recipes", None)
    monkeypatch.setattr(dataclasses_table, "FOLLOWED", "another dataclasses")
    assert dataclasses_compiled._recipe_table() == {}
