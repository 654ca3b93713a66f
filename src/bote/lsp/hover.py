"""Hover: what a name under the cursor stands for, in Markdown.

- a binding: its value as the table prints it (the median and the 90%
  interval, with ranges), its unit and the line it is bound on;
- a component, or a figure (`db.utilization`, a bare `load` inside a
  component): the derivation `bote explain` prints (`bote.model.explain`);
- a property where it is set: its doc line from the property table, with
  an example and its default, then its derivation;
- a unit: its definition (`KB = 1e3 * byte`, from units.txt, or the file's
  own `unit page = 8 KiB`) and its dimension.

What a variant sets (`variant x { db.workers = 16 }`) says so first: the
figures are those of the file without its variants.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lsprotocol import types

from bote.errors import BoteError
from bote.lsp.analysis import Analysis
from bote.lsp.names import (
    BINDING,
    COMPONENT,
    FIGURE,
    PROPERTY,
    UNIT,
    VARIANT,
    Occurrence,
)


def hover(a: Analysis, position: types.Position) -> types.Hover | None:
    line, column = a.positions.bote(position)
    o = a.names.at(line, column)
    if o is None:
        return None
    text = _text(a, o)
    if text is None:
        return None
    return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text), a.positions.range(o.span))


def _text(a: Analysis, o: Occurrence) -> str | None:
    if o.variant is not None and o.setting is not None and a.program is not None:
        return _in_variant(a, o) + "\n\n" + (_text(a, _outside_variant(o)) or "")
    if o.what == BINDING:
        return binding_text(a, o.name)
    if o.what == COMPONENT:
        return component_text(a, o.name)
    if o.what == FIGURE and o.component is not None:
        return figure_text(a, o.component, o.name)
    if o.what == PROPERTY and o.component is not None:
        return property_text(a, o.component, o.name)
    if o.what == UNIT:
        return unit_text(a, o.name, o.written or o.name)
    if o.what == VARIANT:
        return f"**variant {o.name}**: `bote compare {a.filename}` shows it beside the file"
    return None


def _in_variant(a: Analysis, o: Occurrence) -> str:
    """What a variant sets (the report is the file's without its variants:
    `bote compare` evaluates each)."""
    assert o.setting is not None and a.program is not None
    return (f"**variant {o.variant}** sets `{a.program.text(o.setting).strip()}` "
            f"(`bote compare {Path(a.filename).name}` evaluates it); without the variant:")


def _outside_variant(o: Occurrence) -> Occurrence:
    from dataclasses import replace
    return replace(o, variant=None, setting=None)


def _not_evaluated(a: Analysis) -> str:
    return "_not evaluated: the file has errors_" if a.report.errors else "_not evaluated_"


def binding_text(a: Analysis, name: str) -> str | None:
    from bote.language.units import describe_dims, format_unit
    from bote.render.figures import value_text
    binding = a.names.bindings.get(name)
    if binding is None or a.program is None:
        return None
    head = f"**{name}**"
    value = next((v for v in a.report.values if v.name == name), None)
    lines = []
    if value is not None and a.report.units is not None:
        units = a.report.units
        head += f" = {value_text(value, units)}"
        unit = format_unit(value.quantity.unit, units, short=True)
        lines.append(f"unit: {unit or 'none (a plain number)'} ({describe_dims(value.quantity.dims)})")
    else:
        lines.append(_not_evaluated(a))
    lines.append(f"line {binding.name_span.line}: `{name} = {a.program.text(binding.expr.span)}`")
    return "\n\n".join([head, *lines])


def component_text(a: Analysis, name: str) -> str | None:
    from bote.render.figures import instances_text, risk_label
    node = a.names.components.get(name)
    if node is None:
        return None
    c = next((c for c in a.report.components if c.name == name), None)
    if c is None:
        return f"**component {name}** (line {node.name_span.line})\n\n{_not_evaluated(a)}"
    head = f"**component {name}** ({c.kind}): {instances_text(c)}"
    if c.risks:
        head += "; " + ", ".join(risk_label(r) for r in c.risks)
    figure = f"{name}.instances" if c.sizing is not None else f"{name}.load"
    tree = explained(a, figure)
    return head + (f"\n\n```text\n{tree}```" if tree else "")


def figure_text(a: Analysis, component: str, figure: str) -> str | None:
    from bote.model.kinds import COMPUTED, PROPERTIES
    doc = COMPUTED.get(figure) or (PROPERTIES[figure].meaning if figure in PROPERTIES else None)
    head = f"**{component}.{figure}**" + (f": {doc}" if doc else "")
    tree = explained(a, f"{component}.{figure}")
    if tree is None:
        return head + "\n\n" + _not_evaluated(a) if doc else None
    return f"{head}\n\n```text\n{tree}```"


def property_text(a: Analysis, component: str, name: str) -> str | None:
    from bote.model.kinds import PROPERTIES
    spec = PROPERTIES.get(name)
    if spec is None:
        return None
    lines = [f"**{name}**: {spec.meaning}"]
    details = []
    if spec.example:
        details.append(f"e.g. `{spec.example}`")
    if spec.choices:
        details.append("one of " + ", ".join(f"`{c}`" for c in spec.choices))
    if spec.default is not None:
        details.append(f"default `{spec.default}`")
    if spec.dims is not None:
        from bote.language.units import describe_dims
        details.append(describe_dims(spec.dims))
    if details:
        lines.append("; ".join(details))
    tree = explained(a, f"{component}.{name}")
    if tree:
        lines.append(f"```text\n{tree}```")
    return "\n\n".join(lines)


def unit_text(a: Analysis, canonical: str, written: str) -> str | None:
    from bote.language.units import describe_dims
    units = a.report.units or a.units
    info = units.lookup(written) if units is not None else None
    if info is None:
        return None
    what = {"label": "a count label", "scale": "a plain multiplier"}.get(info.kind, describe_dims(info.dims))
    head = f"**{written}**" + (f" ({info.name})" if info.name != written else "") + f": {what}"
    declared = a.names.declared_units.get(info.name)
    if declared is not None and a.program is not None:
        return f"{head}\n\ndeclared on line {declared.line}: `{a.positions.line(declared.line).strip()}`"
    definition = unit_definitions().get(info.name)
    return head + (f"\n\n`{definition}`" if definition else "")


def explained(a: Analysis, name: str) -> str | None:
    """The text `bote explain FILE NAME` prints; None when the file has no
    such figure (not evaluated, or not one of its figures)."""
    from bote.model.explain import explain
    from bote.render.explain import render_explain_text
    if not a.report.valid or name not in a.report.figures:
        return None
    try:
        return render_explain_text(explain(a.report, name))
    except BoteError:
        return None


@lru_cache(maxsize=1)
def unit_definitions() -> dict[str, str]:
    """Each unit's definition as units.txt writes it, by canonical name:
    `KB = 1e3 * byte`."""
    from bote.resources import units_path
    out = {}
    for line in units_path().read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line or line.startswith("@"):
            continue
        parts = [p.strip() for p in line.split("=")]
        out[parts[0]] = f"{parts[0]} = {parts[1]}"
    return out
