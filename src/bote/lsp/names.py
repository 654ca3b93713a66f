"""Every name of a parsed file and what it stands for: the index behind
hover, go to definition, references and rename.

A name is an occurrence of a binding, a component, a unit, a property or a
component's figure, at the span of its own characters. What a name in an
expression stands for is what the resolver found (`bote.model.resolve`: in
`users = 10M users` the second `users` is the label, and inside a component
a bare `load` is its own property); the resolver is run on the file without
its variants and on each variant, since a variant's statements are resolved
in the variant's program.
"""
from __future__ import annotations

from collections.abc import Iterator

from bote.dataclasses_compiled import dataclass
from bote.errors import Span
from bote.language import nodes
from bote.language.refs import Ref
from bote.language.units import FileUnits

BINDING, COMPONENT, UNIT, PROPERTY, FIGURE, VARIANT = "binding", "component", "unit", "property", "figure", "variant"


@dataclass(frozen=True, slots=True)
class Occurrence:
    name: str                    # the binding, component, unit (canonical), property or figure
    what: str                    # BINDING, COMPONENT, UNIT, PROPERTY, FIGURE, VARIANT
    span: Span                   # the name's own characters
    definition: bool = False     # where it is bound, declared or set
    component: str | None = None  # a property's or figure's component
    written: str = ""            # as written (a unit's spelling)
    variant: str | None = None   # the variant that sets it (a binding or `name.property = ...` in one)
    setting: Span | None = None  # there: the whole statement

    def contains(self, line: int, column: int) -> bool:
        """Whether a cursor at (line, column) is on it (just after its last
        character counts: that is where a cursor stops after typing it)."""
        s = self.span
        return s.line == line and s.column <= column <= s.end_column

    @property
    def key(self) -> tuple[str, str, str | None]:
        """What two occurrences of the same thing share."""
        return self.what, self.name, self.component if self.what in (PROPERTY, FIGURE) else None


@dataclass
class Names:
    occurrences: list[Occurrence]
    bindings: dict[str, nodes.Binding]
    components: dict[str, nodes.Component]
    declared_units: dict[str, Span]      # `unit page = ...`, `unit tweet`: name -> where

    def at(self, line: int, column: int) -> Occurrence | None:
        """The occurrence under a cursor; the one starting there when two touch
        (`a*b` with the cursor between them is on `b`)."""
        found = [o for o in self.occurrences if o.contains(line, column)]
        if not found:
            return None
        return max(found, key=lambda o: (o.span.column, o.definition))

    def same(self, o: Occurrence) -> list[Occurrence]:
        """Every occurrence of what `o` names, in file order."""
        return sorted((x for x in self.occurrences if x.key == o.key),
                      key=lambda x: (x.span.line, x.span.column))

    def definition_of(self, o: Occurrence) -> Occurrence | None:
        return next((x for x in self.same(o) if x.definition), None)


def index(program: nodes.Program, units: FileUnits, refs: dict[int, Ref]) -> Names:
    """The names of `program`; `refs` are the resolver's (id of a Name node ->
    what it stands for), `units` the file's, for names the resolver did not
    reach (a file with errors)."""
    from bote.language.variants import variants
    bindings = {s.name: s for s in program.statements if isinstance(s, nodes.Binding)}
    components = {s.name: s for s in program.statements if isinstance(s, nodes.Component)}
    for v in variants(program):
        for s in v.statements:
            if isinstance(s, nodes.Component):
                components.setdefault(s.name, s)
    declared: dict[str, Span] = {}
    out: list[Occurrence] = []
    walker = _Walker(out, bindings, components, units, refs, program)
    for stmt in program.statements:
        walker.statement(stmt, declared, None)
    # A chain `a -> b -> c` is two edges that share `b`'s characters: one
    # occurrence, so that references list it once and a rename edits it once
    # (a client refuses overlapping edits).
    seen: set[tuple] = set()
    unique = []
    for o in out:
        where = (o.key, o.span.line, o.span.column)
        if where not in seen:
            seen.add(where)
            unique.append(o)
    return Names(unique, bindings, components, declared)


class _Walker:
    def __init__(self, out, bindings, components, units: FileUnits, refs: dict[int, Ref], program: nodes.Program):
        self.program = program
        self.out: list[Occurrence] = out
        self.bindings = bindings
        self.components = components
        self.units = units
        self.refs = refs

    def statement(self, stmt, declared: dict[str, Span], variant: str | None) -> None:
        add = self.out.append
        if isinstance(stmt, nodes.Binding):
            # In a variant, a binding replaces the file's: an occurrence of that binding.
            add(Occurrence(stmt.name, BINDING, stmt.name_span, definition=variant is None
                           or stmt.name not in self.bindings, variant=variant,
                           setting=stmt.span if variant else None))
            self.expr(stmt.expr, None)
        elif isinstance(stmt, nodes.UnitAlias):
            declared[stmt.name] = stmt.name_span
            add(Occurrence(stmt.name, UNIT, stmt.name_span, definition=True, written=stmt.name))
            self.expr(stmt.expr, None)
        elif isinstance(stmt, nodes.UnitLabels):
            for name, span in stmt.names:
                declared[name] = span
                add(Occurrence(name, UNIT, span, definition=True, written=name))
        elif isinstance(stmt, nodes.Component):
            add(Occurrence(stmt.name, COMPONENT, stmt.name_span,
                           definition=self.components.get(stmt.name) is stmt))
            for p in stmt.properties:
                add(Occurrence(p.name, PROPERTY, p.name_span, definition=True, component=stmt.name))
                self.expr(p.expr, stmt.name)
        elif isinstance(stmt, nodes.Flow):
            for e in stmt.edges:
                add(Occurrence(e.source, COMPONENT, e.source_span))
                add(Occurrence(e.target, COMPONENT, e.target_span))
                for expr in (e.multiplier, e.batch):
                    if expr is not None:
                        self.expr(expr, None)
        elif isinstance(stmt, nodes.Assert):
            self.expr(stmt.expr, None)
        elif isinstance(stmt, nodes.Variant):
            add(Occurrence(stmt.name, VARIANT, stmt.name_span, definition=True))
            for inner in stmt.statements:
                self.statement(inner, declared, stmt.name)
        elif isinstance(stmt, nodes.Override):
            s = stmt.name_span
            split = s.column + len(stmt.component)
            add(Occurrence(stmt.component, COMPONENT, Span(s.file, s.line, s.column, s.line, split)))
            add(Occurrence(stmt.name, PROPERTY, Span(s.file, s.line, split + 1, s.line, s.end_column),
                           definition=True, component=stmt.component, variant=variant, setting=stmt.span))
            self.expr(stmt.expr, stmt.component)

    def expr(self, expr, here: str | None) -> None:
        add = self.out.append
        for e in _walk(expr):
            if isinstance(e, nodes.Name):
                o = self._name(e, here)
                if o is not None:
                    add(o)
            elif isinstance(e, nodes.Attribute):
                s = self._located(e.span, f"{e.component}.{e.figure}")
                split = s.column + len(e.component)
                add(Occurrence(e.component, COMPONENT, Span(s.file, s.line, s.column, s.line, split)))
                add(Occurrence(e.figure, FIGURE, Span(s.file, s.line, split + 1, s.line, s.end_column),
                               component=e.component))

    def _located(self, span: Span, word: str) -> Span:
        """The span of `word` itself in a node's span (a group's span is
        widened to its parentheses: `(x)`, `((db.load))`)."""
        if span.line == span.end_line and span.end_column - span.column == len(word):
            return span
        lines = self.program.lines(span)
        for number in range(span.line, min(span.end_line, len(lines)) + 1):
            text = lines[number - 1]
            start = span.column - 1 if number == span.line else 0
            stop = span.end_column - 1 if number == span.end_line else len(text)
            at = text.find(word, start, stop)
            while at >= 0:
                before = text[at - 1] if at > 0 else " "
                after = text[at + len(word)] if at + len(word) < len(text) else " "
                if not (before.isalnum() or before in "_.") and not (after.isalnum() or after in "_."):
                    return Span(span.file, number, at + 1, number, at + 1 + len(word))
                at = text.find(word, at + 1, stop)
        return span

    def _name(self, e: nodes.Name, here: str | None) -> Occurrence | None:
        span = self._located(e.span, e.id)
        ref = self.refs.get(id(e))
        if ref is not None and ref.kind == "node":
            key = ref.node
            if key[0] == "binding":
                return Occurrence(e.id, BINDING, span)
            if key[0] == "prop":
                return Occurrence(e.id, PROPERTY, span, component=key[1])
            if len(key) > 1 and isinstance(key[1], str):
                return Occurrence(ref.figure or e.id, FIGURE, span, component=key[1])
            return None
        if ref is not None and ref.kind == "unit":
            return Occurrence(ref.name, UNIT, span, written=e.id)
        if ref is not None and ref.kind == "default":
            return Occurrence(e.id, PROPERTY, span, component=here) if here else None
        if ref is not None:
            return None
        # Not resolved (the file has an error there, or it is in a unit's definition).
        if e.id in self.bindings:
            return Occurrence(e.id, BINDING, span)
        unit = self.units.lookup(e.id)
        if unit is not None:
            return Occurrence(unit.name, UNIT, span, written=e.id)
        return None


def _walk(expr) -> Iterator:
    """Every node of an expression, parents first."""
    stack = [expr]
    while stack:
        e = stack.pop()
        yield e
        if isinstance(e, nodes.Call):
            stack.extend(reversed(e.args))
        elif isinstance(e, nodes.Convert):
            stack += [e.unit, e.expr]
        elif isinstance(e, (nodes.Binary, nodes.Compare, nodes.Logical)):
            stack += [e.right, e.left]
        elif isinstance(e, nodes.Within):
            stack += [e.tolerance, e.right, e.left]
        elif isinstance(e, nodes.Unary):
            stack.append(e.operand)
        elif isinstance(e, nodes.Range):
            stack += [e.high, e.low]
