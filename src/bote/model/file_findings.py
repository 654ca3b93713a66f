"""Findings about the file rather than one component: plain `Risk` data
with no component, reported beside the components' risks."""
from __future__ import annotations

from bote.language.format import quantity_text
from bote.language.units import FileUnits
from bote.model.resolve import LabelTrap
from bote.model.risks import WARNING, Risk


def label_not_binding(trap: LabelTrap, value, units: FileUnits) -> Risk:
    """`dau = 20% users` after `users = 10M users` reads the label (0.2
    users), which is rarely what was meant: say so, with both spellings."""
    name, number = trap.binding, trap.number
    what = "label" if units.info(trap.label).kind == "label" else "unit"
    other = f"or the singular `{number} {trap.label}` for the {what}" if trap.label != name else \
        "or rename the binding"
    return Risk(None, "label-not-binding", WARNING,
                f"`{name}` here is the {what} `{trap.label}`, not the binding `{name}` "
                f"({quantity_text(value.quantity, units, value.fixed_unit)})",
                f"write `{name} * {number}` for a share of it, {other}", trap.name.span)


def cache_edges_carrying_hits(edges, hit_rates: dict, units: FileUnits) -> list[Risk]:
    """`api -> cache -> db` with `hit_rate = 90%` on the cache sends db every
    request the cache gets, hits included: an edge out of a component with a
    hit rate carries only the misses when it says so (`* misses`), so an
    edge written with no multiplier at all is most likely a forgotten
    `* misses`.  `edges`: (the flow's `nodes.Edge`, its load at the peak, a
    `Quantity`); `hit_rates`: component -> the `hit_rate` it sets (a
    `Quantity`), for the components that set one.  `* 1` says that every
    request goes on, and is not flagged."""
    from bote.language.quantity import Quantity, mul
    found = []
    for edge, load in edges:
        rate = hit_rates.get(edge.source)
        if rate is None or edge.multiplier is not None or load is None:
            continue
        misses = mul(load, Quantity(1 - rate.magnitude))
        found.append(Risk(None, "cache-edge-carries-hits", WARNING,
                          f"`{edge.source} -> {edge.target}` has no multiplier, so {edge.target} gets every "
                          f"request {edge.source} gets, hits included: {quantity_text(load, units)}, though "
                          f"{edge.source} answers {quantity_text(rate, units)} of them itself (its misses are "
                          f"{quantity_text(misses, units)})",
                          f"write `{edge.source} -> {edge.target} * misses` for the requests it misses, or "
                          f"`* 1` if every request goes on to {edge.target}", edge.target_span))
    return found
