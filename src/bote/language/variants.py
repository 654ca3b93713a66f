"""Variants: `variant NAME { ... }` blocks (and a design doc's
`<!-- bote:variant NAME -->` sections) hold what a remedy changes. A
variant's bindings and `component.property` lines replace the file's
(`bote.language.overrides.apply`), its components are added, and its flow
reroutes the file's: the edges it draws out of a component replace the file's
edges out of that component, in that flow, and every other edge stays.
"""
from __future__ import annotations

from dataclasses import replace

from bote.errors import BoteError, Diagnostic, Span
from bote.language import nodes
from bote.language.overrides import Override, apply


def variants(program: nodes.Program) -> list[nodes.Variant]:
    """The file's `variant NAME { ... }` blocks, in order."""
    return [s for s in program.statements if isinstance(s, nodes.Variant)]


def base_program(program: nodes.Program) -> nodes.Program:
    """The file without its variants."""
    return replace(program, statements=tuple(s for s in program.statements if not isinstance(s, nodes.Variant)))


def variant_program(program: nodes.Program, name: str) -> nodes.Program:
    """The file as variant `name` has it: its bindings and `component.property`
    lines replace the file's (or add to them), its components are added, and
    each `flow` it has reroutes that flow: the edges it draws out of a
    component replace the file's edges out of that component (so that `api ->
    cache -> db * misses` puts a cache in front of the database instead of
    adding a second path beside it), and the file's other edges stay (so the
    clients still reach `api`). Raises BoteError for a variant the file
    does not have, or a component the variant defines again."""
    found = {v.name: v for v in variants(program)}
    if name not in found:
        from bote.language.suggest import did_you_mean
        names = ", ".join(found) or "none"
        raise BoteError([Diagnostic("unknown-name", f"no variant `{name}` in {program.filename} (its variants: {names})",
                                    None, did_you_mean(name, found))])
    variant = found[name]
    base = base_program(program)
    bindings = {s.name for s in base.statements if isinstance(s, nodes.Binding)}
    components = {s.name: s for s in base.statements if isinstance(s, nodes.Component)}
    added: list[nodes.Statement] = []
    changes: list[Override] = []
    problems: list[Diagnostic] = []
    for s in variant.statements:
        if isinstance(s, nodes.Binding) and s.name in bindings:
            changes.append(Override(None, s.name, s.expr, s.name_span, s.span))
        elif isinstance(s, nodes.Override):
            changes.append(Override(s.component, s.name, s.expr, s.name_span, s.span))
        elif isinstance(s, nodes.Component) and s.name in components:
            problems.append(Diagnostic(
                "duplicate", f"variant {name}: component `{s.name}` is in the file already", s.name_span,
                f"change its properties instead, e.g. `{s.name}.workers = 16`"))
        else:
            added.append(s)   # a new binding, component or flow
    if problems:
        raise BoteError(problems)
    kept = _rerouted(base.statements, [s for s in added if isinstance(s, nodes.Flow)])
    return apply(replace(base, statements=kept + tuple(added)), changes, f"variant {name}:")


def _rerouted(statements: tuple[nodes.Statement, ...], flows: list[nodes.Flow]) -> tuple[nodes.Statement, ...]:
    """The file's statements with, in each flow a variant writes, the edges
    out of the components that flow draws edges from left out (the variant's
    flow adds its own), and the per-component settings it makes again left
    out too. A file's flow left with neither edges nor settings goes."""
    rerouted: dict[str, tuple[set[str], set[tuple[str, str]]]] = {}
    for flow in flows:
        sources, settings = rerouted.setdefault(flow.name, (set(), set()))
        sources.update(e.source for e in flow.edges)
        settings.update((component, p.name) for component, p in flow.settings)
    kept: list[nodes.Statement] = []
    for s in statements:
        if isinstance(s, nodes.Flow) and s.name in rerouted:
            sources, settings = rerouted[s.name]
            s = replace(s, edges=tuple(e for e in s.edges if e.source not in sources),
                        settings=tuple(x for x in s.settings if (x[0], x[1].name) not in settings))
            if not s.edges and not s.settings:
                continue
        kept.append(s)
    return tuple(kept)


#: The name `bote compare` gives the file as it is.
BASE = "base"


def check_variant_names(program: nodes.Program) -> list[Diagnostic]:
    """Two variants of one name are an error, and so is one named `base`
    (the file as it is) or one that sets a value twice."""
    seen: dict[str, Span] = {}
    problems = []
    for v in variants(program):
        if v.name == BASE:
            problems.append(Diagnostic("name", "`base` is the file as it is: a variant cannot take its name",
                                       v.name_span, "name the variant for its remedy, e.g. `variant cached`"))
        targets: dict[str, Span] = {}
        for s in v.statements:
            if not isinstance(s, (nodes.Binding, nodes.Override)):
                continue
            target = s.name if isinstance(s, nodes.Binding) else f"{s.component}.{s.name}"
            if target in targets:
                problems.append(Diagnostic("duplicate", f"variant {v.name} sets `{target}` twice (first on line "
                                           f"{targets[target].line})", s.name_span, "keep one of them"))
            targets.setdefault(target, s.name_span)
        if v.name in seen:
            problems.append(Diagnostic("duplicate", f"variant `{v.name}` is already defined on line "
                                       f"{seen[v.name].line}", v.name_span, "give each variant its own name"))
        else:
            seen[v.name] = v.name_span
    return problems
