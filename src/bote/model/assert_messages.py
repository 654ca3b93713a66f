"""What a failed assert says: each named side's value, in the assert's own
units, and for `within` how far off it is:

    assert failed: read_qps == 96.5k req/s within 0.5% (read_qps is 95.1k req/s, 1.44% below)
"""
from __future__ import annotations

from fractions import Fraction

from bote.errors import BoteError
from bote.language import nodes
from bote.language.format import format_percent, quantity_text
from bote.language.quantity import Quantity, is_sampled, sub


def operands_text(expr, evaluator, resolved) -> str:
    """` (web.instances is 14; ...)`, or "" when no side names a value."""
    shown: list[str] = []
    stack = [expr]
    while stack:
        e = stack.pop()
        if isinstance(e, (nodes.Compare, nodes.Within)):
            shown += _sides(e, evaluator, resolved)
        elif isinstance(e, nodes.Logical):
            stack += [e.right, e.left]
        elif isinstance(e, nodes.Unary):
            stack.append(e.operand)
    return f" ({'; '.join(shown)})" if shown else ""


def _sides(e, evaluator, resolved) -> list[str]:
    try:
        values = [evaluator.quantity(side) for side in (e.left, e.right)]
    except BoteError:
        return []
    units = resolved.units
    named = [_names_a_value(side, resolved.refs) for side in (e.left, e.right)]
    texts = []
    for i, side in enumerate((e.left, e.right)):
        if not named[i]:
            continue
        q, other = values[i], values[1 - i]
        texts.append(f"{resolved.program.text(side.span)} is {_in_units_of(q, other, named[1 - i], units)}")
    if isinstance(e, nodes.Within):
        off = _how_far_off(e, values, evaluator, units)
        if off is not None and texts and named[0]:
            texts[0] += f", {off}"
        elif off is not None:
            texts.append(off)
    return texts


def _in_units_of(q: Quantity, other: Quantity, other_named: bool, units) -> str:
    """`q` in the unit the assert wrote on the other side (`96.5k req/s`,
    `70%`), when that side is a literal of the same dimension; else in its
    own readable unit."""
    if not other_named and other.unit and other.dims == q.dims and not is_sampled(other.magnitude):
        return quantity_text(Quantity(q.magnitude, q.dims, other.unit), units, fixed=True)
    return quantity_text(q, units)


def _how_far_off(e: nodes.Within, values, evaluator, units) -> str | None:
    """`1.44% below` for a relative tolerance, `100 TB above` for an amount."""
    left, right = values
    if is_sampled(left.magnitude) or is_sampled(right.magnitude):
        return None
    try:
        tolerance = evaluator.quantity(e.tolerance)
    except BoteError:
        return None
    difference = sub(left, right)
    side = "below" if difference.magnitude < 0 else "above"
    if tolerance.dims:
        gap = difference.magnitude  # a single value: samples returned above
        size = abs(gap) if isinstance(gap, Fraction) else abs(float(gap))
        amount = Quantity(size, difference.dims, right.unit or left.unit)
        return f"{quantity_text(amount, units)} {side}"
    if right.magnitude == 0:
        return None
    return f"{format_percent(abs(difference.magnitude / right.magnitude))} {side}"


def _names_a_value(expr, refs) -> bool:
    """Whether an expression mentions a binding or a figure (`1 req/s`
    needs no "1 req/s is 1 req/s")."""
    return any(isinstance(e, nodes.Attribute) or
               isinstance(e, nodes.Name) and refs.get(id(e)) is not None and refs[id(e)].kind != "unit"
               for e in _walk(expr))


def _walk(expr):
    stack = [expr]
    while stack:
        e = stack.pop()
        yield e
        for child in ("left", "right", "operand", "expr", "tolerance"):
            if hasattr(e, child):
                stack.append(getattr(e, child))
        stack.extend(getattr(e, "args", ()))


__all__ = ["operands_text"]
