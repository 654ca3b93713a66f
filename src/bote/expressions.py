"""Evaluating one expression to a `Quantity` (or a truth value, in asserts).

Names were resolved in `resolve`; this module asks a lookup function for the
value behind each reference, does unit-checked arithmetic, and turns every
`QuantityError` into a `BoteError` at the span of the operation that failed.
"""
from __future__ import annotations

from typing import Callable

from . import nodes, quantity as Q
from .errors import BoteError
from .quantity import PERCENT, Quantity, QuantityError
from .resolve import Ref
from .units import KEPT_SCALES, FileUnits, UnitExpr, combine_units, describe_dims, format_unit, unit_dims

Value = Quantity | bool


class Evaluator:
    def __init__(self, refs: dict[int, Ref], units: FileUnits, lookup: Callable[[Ref], Quantity]):
        self.refs = refs
        self.units = units
        self.lookup = lookup

    def unit_quantity(self, canonical: str) -> Quantity:
        info = self.units.info(canonical)
        if info.kind == "scale" and canonical not in KEPT_SCALES:
            return Quantity(info.factor)  # `3 million` is just a number
        return Quantity(info.factor, info.dims, ((canonical, 1),))

    def quantity(self, e, what: str = "a value") -> Quantity:
        v = self._value(e)
        if isinstance(v, bool):
            raise BoteError.at("type", f"a comparison is true or false, not {what}", e.span,
                               "comparisons belong in `assert`")
        return v

    def _value(self, e) -> Value:
        if isinstance(e, nodes.Number):
            return Quantity(e.value, (), PERCENT if e.text.endswith("%") else ())
        if isinstance(e, (nodes.Name, nodes.Attribute)):
            ref = self.refs[id(e)]
            if ref.kind == "unit":
                return self.unit_quantity(ref.key)
            return self._guard(e, lambda: self.lookup(ref))
        if isinstance(e, nodes.Binary):
            return self._binary(e)
        if isinstance(e, nodes.Unary):
            if e.op == "not":
                return not self.truth(e.operand)
            q = self.quantity(e.operand)
            return Q.neg(q) if e.op == "-" else q
        if isinstance(e, nodes.Compare):
            left, right = self.quantity(e.left), self.quantity(e.right)
            return self._guard(e, lambda: Q.compare(e.op, left, right))
        if isinstance(e, nodes.Logical):
            left = self.truth(e.left)
            if e.op == "and":
                return left and self.truth(e.right)
            return left or self.truth(e.right)
        if isinstance(e, nodes.Call):
            return self._call(e)
        if isinstance(e, nodes.Convert):
            return self.convert(self.quantity(e.expr), e)
        raise BoteError.at("syntax", "`to` is reserved for ranges", e.span, "convert units with `->`")

    def truth(self, e) -> bool:
        v = self._value(e)
        if not isinstance(v, bool):
            raise BoteError.at("type", "expected a comparison (true or false), found a value", e.span,
                               "compare it, e.g. `x < 10 ms`")
        return v

    def _guard(self, e, fn):
        try:
            return fn()
        except QuantityError as err:
            raise BoteError.at(err.kind, err.message, e.span, err.hint) from None

    def _binary(self, e: nodes.Binary) -> Quantity:
        # Walk down the left spine iteratively: `1 + 1 + ... + 1` is a tree as
        # deep as it is long, and must not exhaust Python's stack.
        spine = []
        node = e
        while isinstance(node, nodes.Binary):
            spine.append(node)
            node = node.left
        acc = self.quantity(node)
        for b in reversed(spine):
            acc = self._apply(b, acc, self.quantity(b.right))
        return acc

    def _apply(self, e: nodes.Binary, left: Quantity, right: Quantity) -> Quantity:
        op = e.op
        if op in ("*", "juxtapose"):
            return self._guard(e, lambda: Q.mul(left, right))
        if op in ("/", "per"):
            return self._guard(e, lambda: Q.div(left, right))
        if op == "+":
            return self._guard(e, lambda: Q.add(left, right))
        if op == "-":
            return self._guard(e, lambda: Q.sub(left, right))
        # A dimensioned exponent is the exponent's fault: point there.
        return self._guard(e.right if right.dims else e, lambda: Q.power(left, right))

    def _call(self, e: nodes.Call) -> Quantity:
        arity, fn = Q.FUNCTIONS[e.function]
        args = [self.quantity(a) for a in e.args]
        if arity is not None and len(args) != arity:
            raise BoteError.at("call", f"{e.function}() takes {arity} argument{'s' if arity != 1 else ''}, "
                               f"got {len(args)}", e.span, None)
        return self._guard(e, lambda: fn(*args))

    # ---- conversion --------------------------------------------------------------
    def unit_expr(self, e) -> UnitExpr:
        """The unit named by the right side of `->` (names, *, /, ^ integer)."""
        if isinstance(e, nodes.Name):
            return ((self.refs[id(e)].key, 1),)
        if isinstance(e, nodes.Number) and e.value == 1:
            return ()
        if isinstance(e, nodes.Binary) and e.op in ("*", "/", "per", "juxtapose"):
            sign = 1 if e.op in ("*", "juxtapose") else -1
            return combine_units(self.unit_expr(e.left), self.unit_expr(e.right), sign)
        if isinstance(e, nodes.Binary) and e.op == "^" and isinstance(e.right, nodes.Number) \
                and e.right.value.denominator == 1:
            return tuple((n, x * int(e.right.value)) for n, x in self.unit_expr(e.left))
        raise BoteError.at("syntax", "expected a unit after `->`", e.span, "e.g. `-> req/s` or `-> USD/month`")

    def convert(self, q: Quantity, e: nodes.Convert) -> Quantity:
        unit = self.unit_expr(e.unit)
        dims = unit_dims(unit, self.units)
        if dims != q.dims:
            shown = format_unit(unit, self.units, short=True) or "a plain number"
            raise BoteError.at("dimension", f"cannot convert {describe_dims(q.dims)} to {shown} "
                               f"({describe_dims(dims)})", e.span,
                               f"the value is {describe_dims(q.dims)}; the unit is {describe_dims(dims)}")
        return Quantity(q.magnitude, q.dims, unit)
