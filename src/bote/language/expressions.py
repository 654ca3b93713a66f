"""Evaluating one expression to a `Quantity` (or a truth value, in asserts).

Names were resolved in `resolve`; this module asks a lookup function for the
value behind each reference, does unit-checked arithmetic, and turns every
`QuantityError` into a `BoteError` at the span of the operation that failed.
"""
from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeAlias

from bote.errors import BoteError
from bote.language import nodes
from bote.language import quantity as Q
from bote.language.quantity import PERCENT, Quantity, QuantityError, is_sampled
from bote.language.refs import Ref
from bote.language.units import (
    KEPT_SCALES,
    FileUnits,
    UnitExpr,
    combine_units,
    describe_dims,
    format_unit,
    same_dimension_ratio,
    unit_dims,
    unit_factor,
)

if TYPE_CHECKING:
    import numpy as np

#: A comparison over samples is an array of truth values; over two single
#: sampled values, a numpy bool.
Value: TypeAlias = "Quantity | bool | np.bool_ | np.ndarray"

_DISTRIBUTIONS = ("normal", "lognormal", "uniform", "pert")
_DISTRIBUTION_EXAMPLES = {"normal": "normal(100 ms, 15 ms)", "lognormal": "lognormal(10k qps, 50k qps)",
                          "uniform": "uniform(2, 5)", "pert": "pert(20 ms, 30 ms, 90 ms)"}


class Evaluator:
    def __init__(self, refs: dict[int, Ref], units: FileUnits, lookup: Callable[[Ref], Quantity],
                 sampler: Callable[[], object] | None = None):
        self.refs = refs
        self.units = units
        self.lookup = lookup
        # Ranges need the Monte Carlo sampler (`bote.uncertainty`), created on
        # first use so that a file without one never imports numpy.
        self.sampler = sampler
        self.label = ""   # what the value being evaluated is called, for sensitivity

    def unit_quantity(self, canonical: str) -> Quantity:
        # One value per unit (a Quantity is immutable): `ms` is met thousands of times.
        found = self.units.quantities.get(canonical)
        if found is None:
            info = self.units.info(canonical)
            if info.kind == "scale" and canonical not in KEPT_SCALES:
                found = Quantity(info.factor)  # `3 million` is just a number
            else:
                found = Quantity(info.factor, info.dims, ((canonical, 1),))
            self.units.quantities[canonical] = found
        return found

    def quantity(self, e, what: str = "a value") -> Quantity:
        v = _DISPATCH.get(type(e), Evaluator._range)(self, e)   # `_value`, one call fewer per node
        if not isinstance(v, Quantity):
            raise BoteError.at("type", f"a comparison is true or false, not {what}", e.span,
                               "comparisons belong in `assert`")
        return v

    def _value(self, e) -> Value:
        # One dictionary lookup by the node's class instead of a chain of
        # isinstance tests: a file's expressions are tens of thousands of nodes.
        return _DISPATCH.get(type(e), Evaluator._range)(self, e)

    def _number(self, e: nodes.Number) -> Quantity:
        return Quantity(e.value, (), PERCENT if e.text.endswith("%") else ())

    def _reference(self, e) -> Quantity:
        ref = self.refs[id(e)]
        if ref.kind == "unit":
            return self.unit_quantity(ref.name)
        try:
            return self.lookup(ref)
        except QuantityError as err:
            raise BoteError.at(err.kind, err.message, e.span, err.hint) from None

    def _unary(self, e: nodes.Unary) -> Value:
        if e.op == "not":
            v = self.condition(e.operand)
            return ~v if is_sampled(v) else not v
        q = self.quantity(e.operand)
        return Q.neg(q) if e.op == "-" else q

    def _compare(self, e: nodes.Compare) -> Value:
        left, right = self.quantity(e.left), self.quantity(e.right)
        return self._guard(e, lambda: Q.compare(e.op, left, right))

    def _within(self, e: nodes.Within) -> Value:
        left, right, tolerance = self.quantity(e.left), self.quantity(e.right), self.quantity(e.tolerance)
        return self._guard(e, lambda: Q.within(left, right, tolerance))

    def _logical(self, e: nodes.Logical) -> Value:
        left = self.condition(e.left)
        if not is_sampled(left) and (left if e.op == "or" else not left):
            return left  # short-circuit, as in asserts without ranges
        right = self.condition(e.right)
        return (left & right) if e.op == "and" else (left | right)

    def _converted(self, e: nodes.Convert) -> Quantity:
        return self.convert(self.quantity(e.expr), e)

    def condition(self, e):
        """A truth value: a bool, or an array of them over the samples."""
        v = self._value(e)
        if isinstance(v, Quantity):
            raise BoteError.at("type", "expected a comparison (true or false), found a value", e.span,
                               "compare it, e.g. `x < 10 ms`")
        if isinstance(v, bool):
            return v
        if is_sampled(v):
            return v
        return bool(v)  # a numpy bool from comparing two single values

    def truth(self, e) -> bool:
        v = self.condition(e)
        if is_sampled(v):
            share = float(v.mean())
            if share in (0.0, 1.0):
                return share == 1.0   # the same answer in every scenario: `x - x == 0`
            raise BoteError.at("type", f"this comparison is uncertain: it holds in {share * 100:.3g}% of the samples",
                               e.span, "assert a probability, e.g. `prob(db.utilization > 80%) < 5%`, "
                               "or a percentile, e.g. `p(storage, 95%) < 1 PB`")
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
        node: nodes.Expr = e
        while isinstance(node, nodes.Binary):
            spine.append(node)
            node = node.left
        acc = self.quantity(node)
        for b in reversed(spine):
            acc = self._apply(b, acc, self.quantity(b.right))
        return acc

    def _apply(self, e: nodes.Binary, left: Quantity, right: Quantity) -> Quantity:
        op = e.op
        try:
            if op in ("*", "juxtapose"):
                return Q.mul(left, right)
            if op in ("/", "per"):
                quotient = Q.div(left, right)
                if right.dims and not self._is_unit(e.right) and same_dimension_ratio(quotient.unit, self.units):
                    # `150 TB / 100 GB` is 1.5k (disks), not 1.5 TB/GB: only a
                    # ratio written as a unit (`5 hours/day`, `500 h per minute`)
                    # keeps it.
                    return Quantity(quotient.magnitude, quotient.dims, ())
                return quotient
            if op == "+":
                return Q.add(left, right)
            if op == "-":
                hint = _number_minus_quantity_hint(e) if not left.dims and right.dims else None
                if hint is not None:
                    raise BoteError.at("dimension", f"cannot subtract {describe_dims(left.dims)} and "
                                       f"{describe_dims(right.dims)}", e.span, hint)
                return Q.sub(left, right)
            return Q.power(left, right)
        except QuantityError as err:
            # A dimensioned exponent is the exponent's fault: point there.
            at = e.right if op not in ("*", "juxtapose", "/", "per", "+", "-") and right.dims else e
            raise BoteError.at(err.kind, err.message, at.span, err.hint) from None

    def _is_unit(self, e) -> bool:
        """Whether `e` names a unit (`day` in `5 hours/day`)."""
        return isinstance(e, nodes.Name) and self.refs[id(e)].kind == "unit"

    def _call(self, e: nodes.Call) -> Quantity:
        arity, fn = Q.FUNCTIONS[e.function]
        if arity is not None and len(e.args) != arity:
            raise BoteError.at("call", f"{e.function}() takes {arity} argument{'s' if arity != 1 else ''}, "
                               f"got {len(e.args)}", e.span, None)
        if e.function == "prob":
            return self._probability(e)
        args = [self.quantity(a) for a in e.args]
        if e.function in _DISTRIBUTIONS:
            return self._distribution(e, args)
        if e.function == "mean":
            m = args[0].magnitude
            return Quantity(float(m.mean()) if is_sampled(m) else m, args[0].dims, args[0].unit)
        if e.function == "p":
            return self._percentile(e, *args)
        assert fn is not None  # the functions without an implementation in the table are handled above
        return self._guard(e, lambda: fn(*args))

    # ---- uncertainty ---------------------------------------------------------------
    def _range(self, e: nodes.Range) -> Quantity:
        if isinstance(e.high, nodes.Name) and self.refs[id(e.high)].kind == "unit" \
                and not isinstance(e.low, nodes.Range):
            # `5 GB to MB`: a conversion written the way people say it.
            raise BoteError.at("syntax", "`to` makes a range, not a conversion", e.to_span,
                               f"convert units with `->`, e.g. `... -> {e.high.id}`; a range is `10k to 50k qps`")
        low, high = self._same_unit(e, [self.quantity(e.low), self.quantity(e.high)], "the two ends of a range")
        return self._draw(e, low, lambda s, lo, hi: s.interval(lo, hi, self.label, e.span), low, high)

    def _distribution(self, e: nodes.Call, args: list[Quantity]) -> Quantity:
        args = self._same_unit(e, args, f"the arguments of {e.function}()")
        draw = e.function
        return self._draw(e, args[0], lambda s, *xs: getattr(s, draw)(*xs, self.label, e.span), *args)

    def _draw(self, e, like: Quantity, how, *args: Quantity) -> Quantity:
        if self.sampler is None:  # only unit definitions are evaluated without one
            raise BoteError.at("syntax", "a unit cannot be a range", e.span,
                               "a unit is defined from numbers and other units only")
        for a in args:
            if is_sampled(a.magnitude):
                raise BoteError.at("value", "the parameters of a distribution must be single numbers", e.span,
                                   "a range of ranges is not supported: pick the widest plausible interval")
        try:
            sampler = self.sampler()
        except ModuleNotFoundError as missing:   # the sampler is the first to import numpy
            if missing.name != "numpy":
                raise
            from bote.uncertainty.sampling import MISSING_NUMPY, MISSING_NUMPY_HINT
            raise BoteError.at("missing-dependency", MISSING_NUMPY, e.span, MISSING_NUMPY_HINT) from None
        samples = self._guard(e, lambda: how(sampler, *(float(a.magnitude) for a in args)))
        return Quantity(samples, like.dims, like.unit)

    def _same_unit(self, e, args: list[Quantity], what: str) -> list[Quantity]:
        """A plain number takes the unit of the others: `10k to 50k qps` is
        10k qps to 50k qps."""
        unit_of = next((a for a in args if a.unit), None)
        if unit_of is not None:
            factor = unit_factor(unit_of.unit, self.units)
            args = [self._guard(e, lambda a=a: Quantity(Q.checked(_scaled(a.magnitude, factor)), unit_of.dims,
                                                         unit_of.unit))
                    if not a.unit and not a.dims else a for a in args]
        for a in args[1:]:
            if a.dims != args[0].dims:
                raise BoteError.at("dimension", f"{what} must have the same dimension: found "
                                   f"{describe_dims(args[0].dims)} and {describe_dims(a.dims)}", e.span,
                                   "e.g. `10k to 50k qps` or `(20 to 80) ms`")
        return args

    def _percentile(self, e: nodes.Call, x: Quantity, q: Quantity) -> Quantity:
        if q.dims or is_sampled(q.magnitude) or not 0 <= q.magnitude <= 1:
            raise BoteError.at("value", "p(x, q) needs a percentile q between 0% and 100%", e.args[1].span,
                               "e.g. `p(storage, 95%)`")
        if not is_sampled(x.magnitude):
            return x
        from bote.uncertainty.samples import quantile
        return Quantity(quantile(x.magnitude, float(q.magnitude)), x.dims, x.unit)

    def _probability(self, e: nodes.Call) -> Quantity:
        holds = self.condition(e.args[0])
        if is_sampled(holds):
            from bote.uncertainty.samples import probability
            return Quantity(probability(holds), (), PERCENT)
        return Quantity(Fraction(int(holds)), (), PERCENT)

    # ---- conversion --------------------------------------------------------------
    def unit_expr(self, e) -> UnitExpr:
        """The unit named by the right side of `->` (names, *, /, ^ integer)."""
        if isinstance(e, nodes.Name):
            return ((self.refs[id(e)].name, 1),)
        if isinstance(e, nodes.Number) and e.value == 1:
            return ()
        if isinstance(e, nodes.Binary) and e.op in ("*", "/", "per", "juxtapose"):
            sign = 1 if e.op in ("*", "juxtapose") else -1
            return combine_units(self.unit_expr(e.left), self.unit_expr(e.right), sign)
        if isinstance(e, nodes.Binary) and e.op == "^" and isinstance(e.right, nodes.Number) \
                and e.right.value.denominator == 1:
            if abs(e.right.value) > Q.MAX_UNIT_EXPONENT:
                raise BoteError.at("value", f"a unit can be raised to at most the power {Q.MAX_UNIT_EXPONENT}",
                                   e.right.span, "e.g. `-> s^2`")
            return tuple((n, x * int(e.right.value)) for n, x in self.unit_expr(e.left))
        raise BoteError.at("syntax", "expected a unit after `->`", e.span, "e.g. `-> req/s` or `-> USD/month`")

    def convert(self, q: Quantity, e: nodes.Convert) -> Quantity:
        unit = self.unit_expr(e.unit)
        dims = self.units.dims.get(unit)
        if dims is None:
            dims = self.units.dims[unit] = unit_dims(unit, self.units)
        if dims != q.dims:
            shown = format_unit(unit, self.units, short=True) or "a plain number"
            raise BoteError.at("dimension", f"cannot convert {describe_dims(q.dims)} to {shown} "
                               f"({describe_dims(dims)})", e.span,
                               f"the value is {describe_dims(q.dims)}; the unit is {describe_dims(dims)}")
        return Quantity(q.magnitude, q.dims, unit)


#: How `Evaluator._value` evaluates each class of node (anything else is a range).
_DISPATCH: dict[type, Callable[[Evaluator, Any], Value]] = {
    nodes.Number: Evaluator._number,
    nodes.Name: Evaluator._reference,
    nodes.Attribute: Evaluator._reference,
    nodes.Binary: Evaluator._binary,
    nodes.Unary: Evaluator._unary,
    nodes.Compare: Evaluator._compare,
    nodes.Within: Evaluator._within,
    nodes.Logical: Evaluator._logical,
    nodes.Call: Evaluator._call,
    nodes.Convert: Evaluator._converted,
}


def _scaled(m, factor):
    """m × factor; samples by a float (numpy would make a Fraction an array
    of Python objects)."""
    return m * float(factor) if is_sampled(m) else m * factor


def _number_minus_quantity_hint(e: nodes.Binary) -> str | None:
    """`10k-50k qps` is a range written with a dash; `10 - 5 ms` a unit left
    off the first number. None for anything else."""
    right = e.right
    if not (isinstance(e.left, nodes.Number) and isinstance(right, nodes.Binary) and right.op == "juxtapose"
            and isinstance(right.left, nodes.Number)):
        return None
    unit = right.right.id if isinstance(right.right, nodes.Name) else "..."
    if e.left.value < right.left.value:
        return f"for a range, write `{e.left.text} to {right.left.text} {unit}` (`-` subtracts)"
    return f"give both a unit: `{e.left.text} {unit} - {right.left.text} {unit}`"
