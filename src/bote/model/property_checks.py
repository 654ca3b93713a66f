"""Checking a component's property against the property table: its
dimension, whole numbers, bounds; for a range, every sample, and whether the
property may be uncertain at all.
"""
from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from bote.errors import BoteError
from bote.language import nodes
from bote.language.format import quantity_text
from bote.language.quantity import PERCENT, Quantity, is_sampled
from bote.language.units import FileUnits, describe_dims
from bote.model.kinds import PROPERTIES
from bote.model.properties import PropertySpec

if TYPE_CHECKING:
    import numpy as np


def checked_property(component: str, prop: nodes.Property, q: Quantity, units: FileUnits,
                     program: nodes.Program, spec: PropertySpec | None = None) -> Quantity:
    """`q`, the value of `prop`, once it has the dimension and the bounds
    the property table asks for (or `spec`, the component's kind's); a
    range is checked sample by sample."""
    name = prop.name
    spec = spec or PROPERTIES[name]
    assert spec.dims is not None  # a choice (`scaling = single`) is a word, never evaluated
    if q.dims != spec.dims:
        raise BoteError.at("dimension",
                           f"property `{name}` of {component} must be {describe_dims(spec.dims)}, "
                           f"found {describe_dims(q.dims)}",
                           prop.expr.span, f"`{name}` is the {spec.meaning}, e.g. `{spec.example}`")
    m = q.magnitude
    if is_sampled(m):
        return _uncertain_property(name, q, prop, units, program, spec)
    if spec.whole and (isinstance(m, float) and not m.is_integer() or
                       isinstance(m, Fraction) and m.denominator != 1):
        raise BoteError.at("value", f"`{name}` must be a whole number, found {quantity_text(q, units)}",
                           prop.expr.span, "wrap it in ceil(...) to round up")
    if spec.strictly_positive and m <= 0:
        raise BoteError.at("value", f"`{name}` must be greater than zero", prop.expr.span, None)
    if spec.minimum is not None and m < spec.minimum:
        raise BoteError.at("value", f"`{name}` must be at least {spec.minimum}", prop.expr.span, None)
    if spec.maximum is not None and m > spec.maximum:
        limit = Quantity(spec.maximum, (), PERCENT if spec.maximum <= 1 else ())  # shares read as percents
        raise BoteError.at("value", f"`{name}` must be at most {quantity_text(limit, units)}",
                           prop.expr.span, f"`{name}` is the {spec.meaning}, e.g. `{spec.example}`")
    return q

def _uncertain_property(name: str, q: Quantity, prop: nodes.Property, units: FileUnits,
                        program: nodes.Program, spec: PropertySpec) -> Quantity:
    """A property given as a range: allowed where a scenario-by-scenario
    value means something, and then every sample must be valid."""
    if spec.certain:
        raise BoteError.at("value", f"`{name}` must be a single number, not a range", prop.expr.span,
                           f"`{name}` is a decision, not an estimate: pick one value (e.g. `{spec.example}`)")
    m = q.magnitude
    assert is_sampled(m)  # checked_property sends only ranges here
    low = float(m.min())
    bad: np.ndarray | None = None
    if spec.strictly_positive and low <= 0:
        bad, rule = m <= 0, "greater than zero"
    elif spec.minimum is not None and low < spec.minimum:
        bad, rule = m < float(spec.minimum), f"at least {spec.minimum}"
    elif spec.maximum is not None and float(m.max()) > spec.maximum:
        bad, rule = m > float(spec.maximum), f"at most {quantity_text(Quantity(spec.maximum, (), PERCENT if spec.maximum <= 1 else ()), units)}"
    if bad is not None:
        share = float(bad.mean()) * 100
        raise BoteError.at("value", f"`{name}` must be {rule}, but {share:.3g}% of its samples are not",
                           prop.expr.span, _bounded_hint(prop.expr, program, low_side=bad is not None and
                                                               rule.startswith(("greater", "at least"))))
    return q

def _bounded_hint(expr, program: nodes.Program, low_side: bool) -> str:
    """A range is a 90% interval: a tenth of its samples lie outside its
    ends. For a value with hard limits, a bounded distribution fits."""
    if isinstance(expr, nodes.Range):
        low, high = program.text(expr.low.span), program.text(expr.high.span)
        return (f"`low to high` puts 5% of the samples beyond each end; for hard limits use "
                f"`uniform({low}, {high})` or `pert({low}, MODE, {high})`")
    if low_side:
        return "a range whose ends are both positive is lognormal and never reaches zero"
    return "use a bounded distribution, `uniform(low, high)` or `pert(low, mode, high)`"
