"""Completion, from what the line says before the cursor:

- `component.` -> the figures and properties that component's kind has;
- `NAME = ` for a choice (`kind = `, `scaling = `) -> its choices;
- a line's first word inside a component -> the properties its kind takes,
  each with its doc line and example;
- after `->` in a flow -> component names; elsewhere after `->` -> units;
- anywhere in an expression -> bindings (with their values), components
  (to go on with `.`), units (with their dimension) and functions.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lsprotocol import types

from bote.language import nodes
from bote.lsp.analysis import Analysis, Block

_FIGURE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)?$")
_CHOICE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([A-Za-z_][A-Za-z0-9_]*)?$")
_FIRST_WORD = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)?$")
_AFTER_ARROW = re.compile(r"->\s*([A-Za-z_][A-Za-z0-9_]*)?$")
_QUOTED_NAME = re.compile(r"`([A-Za-z_][A-Za-z0-9_]*)`")
_KEYWORDS = ("component", "flow", "unit", "assert", "variant")

Kind = types.CompletionItemKind


def completion(a: Analysis, position: types.Position) -> types.CompletionList:
    line, column = a.positions.bote(position)
    if a.markdown and not _in_doc_block(a, line):
        return types.CompletionList(False, [])
    before = a.positions.line(line)[: column - 1]
    if "#" in before:
        return types.CompletionList(False, [])   # in a comment
    block = a.block_at(line, column)
    return types.CompletionList(False, _items(_typing(a, line), before, block))


def _typing(a: Analysis, line: int) -> Analysis:
    """The analysis to complete from: while the line being typed does not
    parse yet (`x = cache.`, `api -> `), the names of the rest of the file,
    read with that line left blank (every other position unchanged)."""
    if a.program is not None:
        return a
    from dataclasses import replace

    from bote.lsp.analysis import _names
    lines = a.source.split("\n")
    if not 0 < line <= len(lines):
        return a
    lines[line - 1] = " " * len(lines[line - 1])
    program, _, names, _ = _names("\n".join(lines), a.filename)
    return a if program is None else replace(a, names=names)


def _items(a: Analysis, before: str, block: Block | None) -> list[types.CompletionItem]:
    component = _component(a, block)
    m = _FIGURE.search(before)
    if m:
        node = a.names.components.get(m.group(1))
        return figure_items(node, models_failures(a)) if node is not None else []
    m = _CHOICE.match(before)
    if m and component is not None:
        from bote.model.kinds import PROPERTIES
        spec = PROPERTIES.get(m.group(1))
        if spec is not None and spec.choices:
            return [types.CompletionItem(c, kind=Kind.EnumMember, detail=f"{spec.name}: {spec.meaning}")
                    for c in spec.choices]
    in_flow = block is not None and block.keyword.kind == "FLOW"
    if _AFTER_ARROW.search(before):
        return component_items(a) if in_flow else unit_items(a)
    m = _FIRST_WORD.match(before)
    if m:
        if in_flow:
            return component_items(a)
        if component is not None:
            return property_items(component)
        if block is None:
            return [types.CompletionItem(k, kind=Kind.Keyword) for k in _KEYWORDS] + binding_items(a)
    return binding_items(a) + component_items(a) + unit_items(a) + function_items()


def _component(a: Analysis, block: Block | None) -> nodes.Component | None:
    if block is None or block.keyword.kind != "COMPONENT":
        return None
    return a.names.components.get(block.name) or _component_node(block)


def _component_node(block: Block) -> nodes.Component:
    # A component the parser has not read yet (the file does not parse): its name alone.
    from bote.errors import Span
    t = block.keyword
    return nodes.Component(block.name, (), Span("", t.line, t.column, t.line, t.end_column))


def _in_doc_block(a: Analysis, line: int) -> bool:
    from bote.docs.markdown import find_blocks
    return any(b.first_line <= line <= (b.close_line - 1 if b.close_line else b.last_line)
               for b in find_blocks(a.text))


def _declared_kind(node: nodes.Component):
    from bote.model import kinds
    chosen = next((p.expr.id for p in node.properties if p.name == "kind" and isinstance(p.expr, nodes.Name)),
                  kinds.DEFAULT)
    try:
        return kinds.kind_named(chosen)
    except KeyError:
        return kinds.kind_named(kinds.DEFAULT)


def property_items(node: nodes.Component) -> list[types.CompletionItem]:
    """The properties a component's kind takes that it does not set yet."""
    from bote.model.kinds import PROPERTIES
    kind = _declared_kind(node)
    taken = {p.name for p in node.properties}
    out = []
    for spec in PROPERTIES.values():
        if spec.name in taken or not kind.applies(spec.name):
            continue
        doc = spec.meaning + (f"\n\n`{spec.example}`" if spec.example else "")
        out.append(types.CompletionItem(
            spec.name, kind=Kind.Property, detail=spec.meaning, insert_text=f"{spec.name} = ",
            documentation=types.MarkupContent(types.MarkupKind.Markdown, doc)))
    return out


def _info(node: nodes.Component):
    """The resolver's view of a component, from its properties as written."""
    from bote.model.kinds import PROPERTIES
    from bote.model.resolve import ComponentInfo
    props = {p.name: p for p in node.properties}
    choices = {p.name: p.expr.id for p in node.properties
               if p.name in PROPERTIES and PROPERTIES[p.name].choices and isinstance(p.expr, nodes.Name)}
    return ComponentInfo(node, props, choices)


def models_failures(a: Analysis) -> bool:
    """Whether the file models errors and retries (then every component has
    the failure figures), by the resolver's own rule, asked of the file's
    bindings and components as written."""
    from bote.model.resolve import models_failures as modelled
    return modelled(a.names.bindings, [_info(node) for node in a.names.components.values()])


def figure_items(node: nodes.Component, failures: bool = False) -> list[types.CompletionItem]:
    """What `node.` may read: the figures of its kind, and its properties
    (with `failures`, in a file that models errors and retries, its failure
    figures too)."""
    from bote.model import kinds
    from bote.model.kinds import COMPUTED, PROPERTIES
    from bote.model.properties import FAILURE_FIGURES
    info = _info(node)
    props = info.properties
    given = _given(info)
    out = []
    for figure, formula in COMPUTED.items():
        if kinds.figure_error(info, figure) is not None or not _readable(info, given, figure) or \
                (figure in FAILURE_FIGURES and not failures):
            continue
        out.append(types.CompletionItem(figure, kind=Kind.Field, detail=formula))
    shown = {i.label for i in out}
    for name in props:
        # Not a choice (`scaling`), nor `instance`, a catalog name: neither reads a number.
        if name not in COMPUTED and name in PROPERTIES and not PROPERTIES[name].choices and name != "instance":
            out.append(types.CompletionItem(name, kind=Kind.Property, detail=PROPERTIES[name].meaning))
            shown.add(name)
    # What every sized component has, set or not: the figures read most (`db.instances`, `db.load`).
    for figure in ("load", "capacity", "instances"):
        if figure not in shown and kinds.figure_error(info, figure) is None:
            out.append(types.CompletionItem(figure, kind=Kind.Field, detail=PROPERTIES[figure].meaning))
    return out


#: The figures of the queue model (`bote.model.component.figure_of`): only
#: a component with a `service_time` and `workers` has them.
QUEUE_MODEL_FIGURES = ("mean_wait", "mean_response", "p50", "p90", "p99", "wait_probability", "in_flight")


def _given(info) -> set[str]:
    """The properties a component has: those it sets, and those its
    `instance = "..."` brings from the catalog (its workers, memory, price)."""
    given = set(info.properties)
    if "instance" in given:
        given |= set(info.kind.catalog_figures)
    return given


def _readable(info, given: set[str], figure: str) -> bool:
    """Whether `name.figure` reads a value for what the component sets (the
    checks `bote check` makes on a figure beyond its kind's)."""
    from dataclasses import replace

    from bote.model.properties import COST_FIGURES
    from bote.model.resolve import (
        _price_missing,  # the one statement of which price each cost needs
    )
    if figure in COST_FIGURES:
        priced = replace(info, properties={name: info.properties.get(name) or info.properties["instance"]
                                           for name in given})
        return _price_missing(priced, figure) is None
    if figure in QUEUE_MODEL_FIGURES:
        return {"service_time", "workers"} <= given
    needs = _rule_needs().get(figure)
    return needs is None or any(alternative <= given for alternative in needs)


@lru_cache(maxsize=1)
def _rule_needs() -> dict[str, list[set[str]]]:
    """What each rule's figure needs set, as alternatives (`data_kept`:
    {data} or {data_growth, retention}), read from the text of the error
    `bote check` gives without them (`bote.model.component.RULE_NEEDS`:
    "`data`, or `data_growth` and `retention`"), so the two cannot disagree."""
    from bote.model.component import RULE_NEEDS
    return {figure: [set(_QUOTED_NAME.findall(alternative)) for alternative in text.split(", or ")]
            for figure, text in RULE_NEEDS.items()}


def binding_items(a: Analysis) -> list[types.CompletionItem]:
    from bote.render.figures import value_text
    values = {v.name: v for v in a.report.values}
    units = a.report.units
    out = []
    for name in a.names.bindings:
        v = values.get(name)
        detail = value_text(v, units) if v is not None and units is not None else "binding"
        out.append(types.CompletionItem(name, kind=Kind.Variable, detail=detail))
    return out


def component_items(a: Analysis) -> list[types.CompletionItem]:
    out = []
    for name, node in a.names.components.items():
        out.append(types.CompletionItem(name, kind=Kind.Module, detail=f"component ({_declared_kind(node).name})"))
    return out


def unit_items(a: Analysis) -> list[types.CompletionItem]:
    units = a.report.units or a.units
    items = list(_built_in_units())
    if units is not None:
        from bote.language.units import describe_dims
        for spelling, canonical in units.local_aliases.items():
            info = units.local[canonical]
            items.append(types.CompletionItem(spelling, kind=Kind.Unit,
                                              detail=f"{_dimension(info, describe_dims)} (declared in the file)"))
    return items


@lru_cache(maxsize=1)
def _built_in_units() -> tuple[types.CompletionItem, ...]:
    from bote.language.unit_table import registry
    from bote.language.units import describe_dims
    r = registry()
    out = []
    for spelling, canonical in r.aliases.items():
        info = r.units[canonical]
        detail = _dimension(info, describe_dims) + ("" if spelling == canonical else f" ({canonical})")
        out.append(types.CompletionItem(spelling, kind=Kind.Unit, detail=detail))
    return tuple(out)


def _dimension(info, describe_dims) -> str:
    return {"label": "a count label", "scale": "a plain multiplier"}.get(info.kind, describe_dims(info.dims))


@lru_cache(maxsize=1)
def function_items() -> list[types.CompletionItem]:
    from bote.language.quantity import FUNCTIONS
    return [types.CompletionItem(name, kind=Kind.Function, insert_text=f"{name}(") for name in FUNCTIONS]
