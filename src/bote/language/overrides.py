"""What-ifs: `--set NAME=EXPR` and `--set component.property=EXPR` evaluate
a file with some of its values replaced, without touching the file.

Each `--set` is one line of a source of its own, named `--set` (its line is
its place among the `--set` options), so that an error in EXPR points at
the option as typed: `--set:2:15: error: unknown name ...`. Applying the
overrides swaps expressions in the parsed program; the names stay where the
file defines them, so every result lands on its own line of the file.
"""
from __future__ import annotations

import re
from dataclasses import replace

from bote.dataclasses_compiled import dataclass
from bote.errors import BoteError, Diagnostic, Span
from bote.language import nodes
from bote.language.parse import parse

#: The name of the source the `--set` options make.
SOURCE = "--set"

_TARGET = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\s*=")


@dataclass(frozen=True, slots=True)
class Override:
    """`name` (a binding) or `component.name` (a property) takes `expr`."""

    component: str | None
    name: str
    expr: nodes.Expr
    name_span: Span   # the target as written in the option
    span: Span        # the whole option

    @property
    def target(self) -> str:
        return self.name if self.component is None else f"{self.component}.{self.name}"


@dataclass(frozen=True, slots=True)
class Overrides:
    """What a command evaluates instead of the file as it is: the `--set`
    options, in order, and the variant (`--variant NAME`) they apply to."""

    options: tuple[str, ...] = ()
    variant: str | None = None
    #: The file alone, its variants not evaluated (`bote compare` evaluates
    #: each on its own).
    base_only: bool = False

    @property
    def source(self) -> str:
        return "".join(option.replace("\n", " ") + "\n" for option in self.options)

    def __bool__(self) -> bool:
        return bool(self.options) or self.variant is not None or self.base_only

    def parsed(self) -> list[Override]:
        """Each option as an Override; raises BoteError (at the option) for
        one that is not `NAME=EXPR`."""
        found: list[Override] = []
        problems: list[Diagnostic] = []
        for line, option in enumerate(self.source.splitlines(), 1):
            m = _TARGET.match(option)
            if m is None:
                problems.append(Diagnostic("usage", "a --set is NAME=EXPR or COMPONENT.PROPERTY=EXPR",
                                           Span(SOURCE, line, 1, line, len(option) + 1),
                                           "e.g. `--set peak=30k qps` or `--set api.workers=16`"))
                continue
            # The same text with the target as one plain name of the same
            # length, so that every column of EXPR stays where it was typed.
            plain = option[:m.start(1)] + option[m.start(1):m.end(0) - 1].replace(".", "_") + option[m.end(0) - 1:]
            try:
                program = parse("\n" * (line - 1) + plain + "\n", SOURCE)
            except BoteError as e:
                problems += e.diagnostics
                continue
            statement = program.statements[0] if len(program.statements) == 1 else None
            if not isinstance(statement, nodes.Binding):
                problems.append(Diagnostic("usage", "a --set gives one value", Span(SOURCE, line, 1, line,
                                                                                     len(option) + 1), None))
                continue
            component, name = (m.group(1), m.group(2)) if m.group(2) else (None, m.group(1))
            found.append(Override(component, name, statement.expr,
                                  Span(SOURCE, line, m.start(1) + 1, line, (m.end(2) if m.group(2) else m.end(1)) + 1),
                                  statement.span))
        if problems:
            raise BoteError(problems)
        return found


def apply(program: nodes.Program, overrides: list[Override], what: str = "--set") -> nodes.Program:
    """The program with each override's expression in place of the binding's
    or the property's (a property the component does not set is added).
    Raises BoteError naming what the file does not define (`what`: where
    the overrides come from, for the message)."""
    bindings = {s.name: s for s in program.statements if isinstance(s, nodes.Binding)}
    components = {s.name: s for s in program.statements if isinstance(s, nodes.Component)}
    problems: list[Diagnostic] = []
    new_binding: dict[str, Override] = {}
    new_props: dict[str, dict[str, Override]] = {}
    for o in overrides:
        if o.component is None:
            if o.name not in bindings:
                from bote.language.suggest import did_you_mean
                problems.append(Diagnostic("unknown-name", f"{what} {o.name}: the file has no binding `{o.name}`",
                                           o.name_span, did_you_mean(o.name, bindings) or
                                           "name a binding, or COMPONENT.PROPERTY for a component's property"))
                continue
            new_binding[o.name] = o
        else:
            if o.component not in components:
                from bote.language.suggest import did_you_mean
                problems.append(Diagnostic("unknown-name", f"{what} {o.target}: the file has no component "
                                           f"`{o.component}`", o.name_span, did_you_mean(o.component, components)))
                continue
            new_props.setdefault(o.component, {})[o.name] = o
    if problems:
        raise BoteError(problems)
    statements = []
    for s in program.statements:
        if isinstance(s, nodes.Binding) and s.name in new_binding:
            # The name stays where the file defines it (results land there);
            # the statement's span is where the new value is written.
            o = new_binding[s.name]
            s = replace(s, expr=o.expr, span=o.span)
        elif isinstance(s, nodes.Component) and s.name in new_props:
            changed = new_props[s.name]
            props = []
            for p in s.properties:
                if p.name in changed:
                    o = changed.pop(p.name)
                    p = replace(p, expr=o.expr, span=o.span)
                props.append(p)
            props += [nodes.Property(o.name, o.expr, o.name_span, o.span) for o in changed.values()]
            s = replace(s, properties=tuple(props))
        statements.append(s)
    return replace(program, statements=tuple(statements))
