"""The value type: an exact magnitude in base units, its dimensions, and the
unit it should be shown in.

Magnitudes are `Fraction`s wherever the arithmetic allows it, so that
150 TB / 100 GB is exactly 1500 and a sizing `ceil` never adds a machine
because of a rounding error.  Irrational operations (`sqrt`, `ln`, fractional
powers) fall back to floats.  Dimensions are checked here, once per operation,
independently of the magnitude: a later version may carry arrays of samples in
`magnitude` without changing the checks.

Operations raise `QuantityError`; the evaluator attaches the source span.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from .units import (KEPT_SCALES, Dims, UnitExpr, base_unit_expr, combine_dims, combine_units,
                    describe_dims, scale_dims)

Magnitude = Fraction | float

#: Past this many bits a Fraction is either astronomically large (an error) or
#: has a denominator no estimate needs (it becomes a float).
_MAX_BITS = 1024
_MAX_MAGNITUDE = 1e300


class QuantityError(Exception):
    def __init__(self, kind: str, message: str, hint: str | None = None):
        super().__init__(message)
        self.kind, self.message, self.hint = kind, message, hint


def too_large() -> QuantityError:
    return QuantityError("value", "number too large", "bote handles magnitudes up to about 1e300")


#: The unit of a percentage (`20%`): the one dimensionless unit that stays
#: in the display.
PERCENT = (("percent", 1),)


@dataclass(frozen=True, slots=True)
class Quantity:
    magnitude: Magnitude
    dims: Dims = ()
    unit: UnitExpr = ()

    @property
    def dimensionless(self) -> bool:
        return not self.dims


def checked(m: Magnitude) -> Magnitude:
    """Keep magnitudes finite and of bounded size."""
    if isinstance(m, Fraction):
        if m.numerator.bit_length() > _MAX_BITS or m.denominator.bit_length() > _MAX_BITS:
            if abs(m.numerator).bit_length() - m.denominator.bit_length() > 997:  # > ~1e300
                raise too_large()
            return float(m)
        return m
    if math.isnan(m):
        raise QuantityError("value", "result is not a number", None)
    if math.isinf(m) or abs(m) > _MAX_MAGNITUDE:
        raise too_large()
    return m


def _drop_scales(unit: UnitExpr) -> UnitExpr:
    return tuple((n, e) for n, e in unit if n not in KEPT_SCALES)


def _only_scales(unit: UnitExpr) -> bool:
    return all(n in KEPT_SCALES for n, _ in unit)


def _product_unit(a: UnitExpr, b: UnitExpr, sign: int) -> UnitExpr:
    # `load * 10%` is shown as a load, not as "req/s %": a percent only stays
    # in the unit when there is nothing else to show.
    if a and b and _only_scales(b) and not _only_scales(a):
        return a
    if a and b and _only_scales(a) and not _only_scales(b):
        return combine_units((), b, sign)
    return _fraction_unit(combine_units(a, b, sign))


def _fraction_unit(unit: UnitExpr) -> UnitExpr:
    """A product of percentages is a percentage (`99.9% ^ 3` is 99.7%, not
    "997k %^3"); a quotient of them is a plain number (`5 / 20%` is 25)."""
    if not unit or not _only_scales(unit) or (len(unit) == 1 and unit[0][1] == 1):
        return unit
    return PERCENT if sum(e for _, e in unit) > 0 else ()


def mul(a: Quantity, b: Quantity) -> Quantity:
    return Quantity(checked(a.magnitude * b.magnitude), combine_dims(a.dims, b.dims),
                    _product_unit(a.unit, b.unit, 1))


def div(a: Quantity, b: Quantity) -> Quantity:
    if b.magnitude == 0:
        raise QuantityError("value", "division by zero", None)
    return Quantity(checked(_divide(a.magnitude, b.magnitude)), combine_dims(a.dims, scale_dims(b.dims, -1)),
                    _product_unit(a.unit, b.unit, -1))


def _divide(x: Magnitude, y: Magnitude) -> Magnitude:
    if isinstance(x, Fraction) and isinstance(y, Fraction):
        return x / y
    return float(x) / float(y)


def _same_dims(a: Quantity, b: Quantity, verb: str) -> None:
    if a.dims != b.dims:
        raise QuantityError(
            "dimension",
            f"cannot {verb} {describe_dims(a.dims)} and {describe_dims(b.dims)}",
            f"the left side is {describe_dims(a.dims)}, the right side is {describe_dims(b.dims)}",
        )


def add(a: Quantity, b: Quantity) -> Quantity:
    _same_dims(a, b, "add")
    return Quantity(checked(a.magnitude + b.magnitude), a.dims, a.unit or b.unit)


def sub(a: Quantity, b: Quantity) -> Quantity:
    _same_dims(a, b, "subtract")
    return Quantity(checked(a.magnitude - b.magnitude), a.dims, a.unit or b.unit)


def neg(a: Quantity) -> Quantity:
    return Quantity(-a.magnitude, a.dims, a.unit)


def compare(op: str, a: Quantity, b: Quantity) -> bool:
    _same_dims(a, b, "compare")
    x, y = a.magnitude, b.magnitude
    return {"<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y, "==": x == y, "!=": x != y}[op]


def power(base: Quantity, exponent: Quantity) -> Quantity:
    """`base ^ exponent`; the exponent must be dimensionless."""
    if exponent.dims:
        raise QuantityError("dimension", f"the exponent must be dimensionless, not {describe_dims(exponent.dims)}",
                            "a power like `x^2` takes a plain number")
    e = exponent.magnitude
    m = base.magnitude
    if isinstance(e, Fraction) and e.denominator == 1:
        n = int(e)
        if m == 0 and n < 0:
            raise QuantityError("value", "division by zero", None)
        return Quantity(_integer_power(m, n), scale_dims(base.dims, n), _fraction_unit(_power_unit(base.unit, n)))
    # A fractional power: only meaningful when the dimensions come out whole.
    dims = scale_dims(base.dims, Fraction(e))
    if any(Fraction(x).denominator != 1 for _, x in dims):
        raise QuantityError("dimension", f"cannot raise {describe_dims(base.dims)} to the power {float(e):g}",
                            "the result would have fractional dimensions")
    if m < 0:
        raise QuantityError("value", "cannot raise a negative number to a fractional power", None)
    if m == 0 and e < 0:
        raise QuantityError("value", "division by zero", None)
    try:
        value = checked(float(m) ** float(e))
    except OverflowError:
        raise too_large() from None
    dims = tuple((d, int(x)) for d, x in dims)
    unit = tuple((u, x * Fraction(e)) for u, x in base.unit)
    if any(Fraction(x).denominator != 1 for _, x in unit):
        unit = base_unit_expr(dims)
    else:
        unit = tuple((u, int(x)) for u, x in unit)
    return Quantity(value, dims, unit)


def _integer_power(m: Magnitude, n: int) -> Magnitude:
    """m ** n, exactly when the result stays small enough to compute quickly.

    The size is estimated before computing, so `10 ^ 10 ^ 10` fails at once
    and `1.0000001 ^ 10000000` (about e) is computed in floating point
    instead of as a fraction with millions of digits."""
    if m == 0 or n == 0 or abs(m) == 1:
        return m ** n if isinstance(m, Fraction) else float(m) ** n
    log10_result = n * math.log10(abs(float(m)))
    if log10_result > 300:
        raise too_large()
    if log10_result < -300:
        return 0.0  # below anything an estimate can mean
    if isinstance(m, Fraction):
        bits = (m.numerator.bit_length() + m.denominator.bit_length()) * abs(n)
        if bits <= 4 * _MAX_BITS:
            return checked(m ** n)
    try:
        return checked(float(m) ** n)
    except OverflowError:
        raise too_large() from None


def _power_unit(unit: UnitExpr, n: int) -> UnitExpr:
    if n == 0:
        return ()
    return tuple((u, e * n) for u, e in unit)


# ---- functions ------------------------------------------------------------------

_PER_UNIT = {(("data", 1),): "1 GB", (("time", 1),): "1 s", (("currency", 1),): "1 USD",
             (("time", -1),): "(1 req/s)"}


def _require_dimensionless(name: str, q: Quantity) -> None:
    if q.dims:
        unit = _PER_UNIT.get(q.dims)
        raise QuantityError("dimension", f"{name}() needs a dimensionless argument, not {describe_dims(q.dims)}",
                            f"divide by a unit first, e.g. `{name}(x / {unit})`" if unit
                            else "divide by a unit of the same dimension first")


def _rounded(name: str, q: Quantity, how) -> Quantity:
    _require_dimensionless(name, q)
    m = q.magnitude
    return Quantity(Fraction(how(m)), (), _drop_scales(q.unit))


def _round_half_up(m: Magnitude) -> int:
    return math.floor(m + Fraction(1, 2)) if m >= 0 else -math.floor(-m + Fraction(1, 2))


def _log(name: str, q: Quantity, fn) -> Quantity:
    _require_dimensionless(name, q)
    if q.magnitude <= 0:
        raise QuantityError("value", f"{name}() needs a positive argument", None)
    return Quantity(checked(fn(q.magnitude)), (), ())


def _exp(q: Quantity) -> Quantity:
    _require_dimensionless("exp", q)
    try:
        return Quantity(checked(math.exp(q.magnitude)), (), ())
    except OverflowError:
        raise too_large() from None


def _sqrt(q: Quantity) -> Quantity:
    if q.magnitude < 0:
        raise QuantityError("value", "sqrt() of a negative number", None)
    return power(q, Quantity(Fraction(1, 2)))


def _extreme(name: str, pick, qs: list[Quantity]) -> Quantity:
    if not qs:
        raise QuantityError("call", f"{name}() needs at least one argument")
    for q in qs[1:]:
        if q.dims != qs[0].dims:
            raise QuantityError("dimension", f"{name}() arguments must have the same dimension",
                                f"found {describe_dims(qs[0].dims)} and {describe_dims(q.dims)}")
    return pick(qs, key=lambda q: q.magnitude)


#: name -> (number of arguments or None for "one or more", implementation)
FUNCTIONS = {
    "ceil": (1, lambda q: _rounded("ceil", q, math.ceil)),
    "floor": (1, lambda q: _rounded("floor", q, math.floor)),
    "round": (1, lambda q: _rounded("round", q, _round_half_up)),
    "sqrt": (1, _sqrt),
    "abs": (1, lambda q: Quantity(abs(q.magnitude), q.dims, q.unit)),
    "ln": (1, lambda q: _log("ln", q, math.log)),
    "log2": (1, lambda q: _log("log2", q, math.log2)),
    "log10": (1, lambda q: _log("log10", q, math.log10)),
    "exp": (1, _exp),
    "min": (None, lambda *qs: _extreme("min", min, list(qs))),
    "max": (None, lambda *qs: _extreme("max", max, list(qs))),
}
