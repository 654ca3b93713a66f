"""Go to definition, find references and rename, for bindings and
components (and a unit the file declares, for the first two).

Rename changes every occurrence the resolver ties to the name: a binding's
uses and the bindings of variants that replace it; a component's flow
edges, its `name.figure` reads and its `name.property = ...` lines in
variants. It refuses a new name that is not a name, is a keyword, is already
bound, is a unit with a dimension (`day`, `GB`) or is a setting bote reads
by name (`size_at`): bote would read those as something else; and it does
not rename a `size_at` binding, for the same reason.
"""
from __future__ import annotations

import re

from lsprotocol import types

from bote.lsp.analysis import Analysis
from bote.lsp.names import BINDING, COMPONENT, UNIT, Occurrence

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_RENAMED = (BINDING, COMPONENT)
#: Bindings bote reads by their name: a top-level `size_at = 90%` is the
#: file's percentile (`bote.model.evaluation`); renamed, or another renamed
#: to it, the file would mean something else.
READ_BY_NAME = ("size_at",)


class RenameRefused(Exception):
    """A rename bote will not do; the message says why."""


def _at(a: Analysis, position: types.Position) -> Occurrence | None:
    return a.names.at(*a.positions.bote(position))


def _location(a: Analysis, o: Occurrence) -> types.Location:
    return types.Location(a.uri, a.positions.range(o.span))


def definition(a: Analysis, position: types.Position) -> list[types.Location]:
    o = _at(a, position)
    if o is None or o.what not in (*_RENAMED, UNIT):
        return []
    found = a.names.definition_of(o)
    return [_location(a, found)] if found is not None else []


def references(a: Analysis, position: types.Position, include_declaration: bool = True) -> list[types.Location]:
    o = _at(a, position)
    if o is None or o.what not in (*_RENAMED, UNIT):
        return []
    return [_location(a, x) for x in a.names.same(o) if include_declaration or not x.definition]


def prepare_rename(a: Analysis, position: types.Position) -> types.Range | None:
    o = _at(a, position)
    if o is None or o.what not in _RENAMED or a.names.definition_of(o) is None:
        return None
    return a.positions.range(o.span)


def rename(a: Analysis, position: types.Position, new_name: str) -> types.WorkspaceEdit | None:
    o = _at(a, position)
    if o is None or o.what not in _RENAMED or a.names.definition_of(o) is None:
        return None
    if new_name == o.name:
        return types.WorkspaceEdit(changes={a.uri: []})
    if a.left_out:
        lines = ", ".join(str(n) for n in a.left_out)
        raise RenameRefused(f"the file does not parse (line {lines}): a use of `{o.name}` there would be missed")
    if o.what == BINDING and o.name in READ_BY_NAME:
        raise RenameRefused(f"`{o.name}` is the file's setting of every component's `{o.name}`: "
                            "under another name it would be a plain binding")
    refused = why_not(a, new_name)
    if refused:
        raise RenameRefused(refused)
    edits = [types.TextEdit(a.positions.range(x.span), new_name) for x in a.names.same(o)]
    return types.WorkspaceEdit(changes={a.uri: edits})


def why_not(a: Analysis, name: str) -> str | None:
    """Why `name` cannot be a binding's or component's new name; None when it can."""
    from bote.language.parse import token_rules
    if not _NAME.fullmatch(name):
        return f"`{name}` is not a name: a name is letters, digits and `_`, not starting with a digit"
    if name in token_rules()[1]:
        return f"`{name}` is a keyword of bote"
    if name in READ_BY_NAME:
        return f"a binding named `{name}` sets every component's `{name}`: bote would read it as that setting"
    for what, taken in (("binding", a.names.bindings), ("component", a.names.components),
                        ("unit", a.names.declared_units)):
        if name in taken:
            line = taken[name].line if what == "unit" else taken[name].name_span.line  # type: ignore[union-attr]
            return f"`{name}` is already a {what} (line {line})"
    units = a.report.units or a.units
    unit = units.lookup(name) if units is not None else None
    if unit is not None and not unit.may_name_a_binding:
        from bote.language.units import describe_dims
        return f"`{name}` is a unit of {describe_dims(unit.dims)}: bote would read it as the unit"
    return None
