"""The value type: an exact magnitude in base units, its dimensions, and the
unit it should be shown in.

Magnitudes are `Fraction`s wherever the arithmetic allows it, so that
150 TB / 100 GB is exactly 1500 and a sizing `ceil` never adds a machine
because of a rounding error.  Irrational operations (`sqrt`, `ln`, fractional
powers) fall back to floats.  An uncertain value (a range) carries a numpy
array of samples in `magnitude`, in base units like any other.  Dimensions are
checked here, once per operation, independently of the magnitude: once for a
whole array of samples, not once per sample.

Operations raise `QuantityError`; the evaluator attaches the source span.
"""
from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache

from bote.dataclasses_compiled import dataclass
from bote.language.conversion import Shown
from bote.language.units import (
    KEPT_SCALES,
    Dims,
    FileUnits,
    UnitExpr,
    base_unit_expr,
    combine_dims,
    combine_units,
    describe_dims,
    scale_dims,
)
from bote.magnitudes import (  # noqa: F401 - the names every caller imports from here
    _MAX_BITS,
    _MAX_MAGNITUDE,
    Magnitude,
    QuantityError,
    _share,
    aligned,
    as_float,
    checked,
    is_sampled,
    nonzero,
    too_large,
)

#: `ms ^ 64` is already far past anything an estimate means; a larger power
#: of a unit would be expanded or displayed term by term.  It bounds every
#: result, not only `^`: `1 ms ms ms ...`, `y * y` and `(ms ^ 64) ^ 64` reach
#: a power past it too.
MAX_UNIT_EXPONENT = 64


def _within_powers(powers):
    """`powers` (dimensions or a unit) when each is within MAX_UNIT_EXPONENT;
    else the error, at the expression that made them."""
    for _, e in powers:
        if not -MAX_UNIT_EXPONENT <= e <= MAX_UNIT_EXPONENT:
            raise QuantityError("value", f"this value's unit would be raised to the power {e:g}: bote keeps "
                                         f"the power of a unit within {MAX_UNIT_EXPONENT}",
                                "units past that power mean nothing in an estimate; divide by a unit to work "
                                "with a plain number, e.g. `(x / 1 ms) ^ 100`")
    return powers

#: The unit of a percentage (`20%`): the one dimensionless unit that stays
#: in the display.
PERCENT = (("percent", 1),)


@dataclass(frozen=True, slots=True)
class Quantity(Shown):
    magnitude: Magnitude
    dims: Dims = ()
    unit: UnitExpr = ()

    @property
    def dimensionless(self) -> bool:
        return not self.dims

    def in_file(self, units: FileUnits, fixed: bool = False) -> Quantity:
        """The same value, shown as its file shows it."""
        shown = type(self)(self.magnitude, self.dims, self.unit)
        shown._shown_in(units, fixed)
        return shown


def _drop_scales(unit: UnitExpr) -> UnitExpr:
    return tuple((n, e) for n, e in unit if n not in KEPT_SCALES)


def _only_scales(unit: UnitExpr) -> bool:
    return all(n in KEPT_SCALES for n, _ in unit)


# A file multiplies thousands of values but only a few dozen distinct units
# and dimensions: the unit and the dimensions of a product or a quotient are
# worked out once per pair (pure functions of hashable tuples).
_PAIRS = 4096


@lru_cache(maxsize=_PAIRS)
def _dims_product(a: Dims, b: Dims) -> Dims:
    return _within_powers(combine_dims(a, b))


@lru_cache(maxsize=_PAIRS)
def _dims_quotient(a: Dims, b: Dims) -> Dims:
    return _within_powers(combine_dims(a, scale_dims(b, -1)))


@lru_cache(maxsize=_PAIRS)
def _product_unit(a: UnitExpr, b: UnitExpr, sign: int) -> UnitExpr:
    # `load * 10%` is shown as a load, not as "req/s %": a percent only stays
    # in the unit when there is nothing else to show.
    if a and b and _only_scales(b) and not _only_scales(a):
        return a
    if a and b and _only_scales(a) and not _only_scales(b):
        return _within_powers(combine_units((), b, sign))
    return _within_powers(_fraction_unit(combine_units(a, b, sign)))


def _fraction_unit(unit: UnitExpr) -> UnitExpr:
    """A product of percentages is a percentage (`99.9% ^ 3` is 99.7%, not
    "997k %^3"); a quotient of them is a plain number (`5 / 20%` is 25)."""
    if not unit or not _only_scales(unit) or (len(unit) == 1 and unit[0][1] == 1):
        return unit
    return PERCENT if sum(e for _, e in unit) > 0 else ()


def mul(a: Quantity, b: Quantity) -> Quantity:
    x, y = a.magnitude, b.magnitude
    if type(x) is not Fraction or type(y) is not Fraction:   # (two exact magnitudes need no aligning)
        x, y = aligned(x, y)
    return Quantity(checked(x * y), _dims_product(a.dims, b.dims), _product_unit(a.unit, b.unit, 1))


def div(a: Quantity, b: Quantity) -> Quantity:
    if is_sampled(b.magnitude):
        if (b.magnitude == 0).any():
            raise QuantityError("value", f"division by zero in {_share(b.magnitude != 0)} of the samples",
                                "the divisor's range reaches zero")
    elif b.magnitude == 0:
        raise QuantityError("value", "division by zero", None)
    return Quantity(checked(_divide(a.magnitude, b.magnitude)), _dims_quotient(a.dims, b.dims),
                    _product_unit(a.unit, b.unit, -1))


def _divide(x: Magnitude, y: Magnitude) -> Magnitude:
    if isinstance(x, Fraction) and isinstance(y, Fraction):
        return x / y
    if is_sampled(x) or is_sampled(y):
        x, y = aligned(x, y)
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
    x, y = aligned(a.magnitude, b.magnitude)
    return Quantity(checked(x + y), a.dims, a.unit or b.unit)


def sub(a: Quantity, b: Quantity) -> Quantity:
    _same_dims(a, b, "subtract")
    x, y = aligned(a.magnitude, b.magnitude)
    return Quantity(checked(x - y), a.dims, a.unit or b.unit)


def neg(a: Quantity) -> Quantity:
    return Quantity(-a.magnitude, a.dims, a.unit)


def compare(op: str, a: Quantity, b: Quantity):
    """True or False; for samples, an array with the answer in each."""
    _same_dims(a, b, "compare")
    x, y = aligned(a.magnitude, b.magnitude)
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == ">":
        return x > y
    if op == ">=":
        return x >= y
    return x == y if op == "==" else x != y


def within(a: Quantity, b: Quantity, tolerance: Quantity):
    """`a == b within tolerance`: |a - b| <= tolerance × |b| for a
    dimensionless tolerance (a share of the right side), |a - b| <=
    tolerance for one of the sides' dimension (an amount).  True or False;
    for samples, an array with the answer in each."""
    _same_dims(a, b, "compare")
    if tolerance.dims and tolerance.dims != a.dims:
        raise QuantityError("dimension", f"a tolerance of {describe_dims(tolerance.dims)} for values of "
                            f"{describe_dims(a.dims)}",
                            "give a share of the right side (`within 1%`) or an amount of the same dimension")
    x, y = aligned(a.magnitude, b.magnitude)
    t, y = aligned(tolerance.magnitude, y)
    if (t < 0).any() if is_sampled(t) else t < 0:
        raise QuantityError("value", "a tolerance cannot be negative", None)
    allowed = t if tolerance.dims else t * abs(y)
    return abs(x - y) <= allowed


def power(base: Quantity, exponent: Quantity) -> Quantity:
    """`base ^ exponent`; the exponent must be dimensionless."""
    if exponent.dims:
        raise QuantityError("dimension", f"the exponent must be dimensionless, not {describe_dims(exponent.dims)}",
                            "a power like `x^2` takes a plain number")
    e = exponent.magnitude
    m = base.magnitude
    if (base.unit or base.dims) and not is_sampled(e) and not -MAX_UNIT_EXPONENT <= e <= MAX_UNIT_EXPONENT:
        raise QuantityError("value", f"a value with a unit can be raised to at most the power {MAX_UNIT_EXPONENT}",
                            "units past that power mean nothing in an estimate; raise a plain number instead, "
                            "e.g. `(x / 1 ms) ^ 100`")
    if is_sampled(e) or is_sampled(m):
        return _sampled_power(base, exponent)
    if isinstance(e, Fraction) and e.denominator == 1:
        n = int(e)
        if m == 0 and n < 0:
            raise QuantityError("value", "division by zero", None)
        dims, unit = _within_powers(scale_dims(base.dims, n)), _within_powers(_fraction_unit(_power_unit(base.unit, n)))
        return Quantity(_integer_power(m, n), dims, unit)
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
    dims, unit = _powered_unit(base, e, dims)
    return Quantity(value, dims, unit)


def _powered_unit(base: Quantity, e, dims) -> tuple:
    """The whole dimensions of `base ^ e` and the unit to show it in: the
    base's unit raised to e, or the base units when that is fractional."""
    dims = tuple((d, int(x)) for d, x in dims)
    _within_powers(dims)
    unit = tuple((u, x * Fraction(e)) for u, x in base.unit)
    if any(Fraction(x).denominator != 1 for _, x in unit):
        return dims, base_unit_expr(dims)
    return dims, _within_powers(tuple((u, int(x)) for u, x in unit))


def _sampled_power(base: Quantity, exponent: Quantity) -> Quantity:
    import numpy as np
    e = exponent.magnitude
    if is_sampled(e):
        if base.dims:
            raise QuantityError("dimension", "a value with units cannot be raised to an uncertain power",
                                "the exponent of a value with units must be one number")
        m = base.magnitude if is_sampled(base.magnitude) else float(base.magnitude)
        if np.any(np.asarray(m) < 0):
            raise QuantityError("value", "cannot raise a negative number to a fractional power", None)
        with np.errstate(all="ignore"):
            return Quantity(checked(np.power(m, e)), (), ())
    dims = scale_dims(base.dims, Fraction(e))
    if any(Fraction(x).denominator != 1 for _, x in dims):
        raise QuantityError("dimension", f"cannot raise {describe_dims(base.dims)} to the power {float(e):g}",
                            "the result would have fractional dimensions")
    samples = base.magnitude
    assert is_sampled(samples)  # power() comes here when the base or the exponent is sampled, and e is not
    whole = Fraction(e).denominator == 1
    if not whole and (samples < 0).any():
        raise QuantityError("value", "cannot raise a negative number to a fractional power", None)
    with np.errstate(all="ignore"):
        value = checked(np.power(samples, float(e)))
    dims, unit = _powered_unit(base, e, dims)
    return Quantity(value, dims, _fraction_unit(unit) if whole else unit)


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

_PER_UNIT: dict[Dims, str] = {(("data", 1),): "1 GB", (("time", 1),): "1 s", (("currency", 1),): "1 USD",
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
    if is_sampled(m):
        import numpy as np
        rounded = {math.ceil: np.ceil, math.floor: np.floor}.get(how)
        value = rounded(m) if rounded else np.where(m >= 0, np.floor(m + 0.5), -np.floor(-m + 0.5))
        return Quantity(value, (), _drop_scales(q.unit))
    return Quantity(Fraction(how(m)), (), _drop_scales(q.unit))


def _round_half_up(m: Magnitude) -> int:
    return math.floor(m + Fraction(1, 2)) if m >= 0 else -math.floor(-m + Fraction(1, 2))


def _log(name: str, q: Quantity, fn) -> Quantity:
    _require_dimensionless(name, q)
    m = q.magnitude
    if is_sampled(m):
        import numpy as np
        if (m <= 0).any():
            raise QuantityError("value", f"{name}() needs a positive argument, and the range reaches zero or below "
                                f"in {_share(m > 0)} of the samples", None)
        return Quantity(checked({"ln": np.log, "log2": np.log2, "log10": np.log10}[name](m)), (), ())
    if m <= 0:
        raise QuantityError("value", f"{name}() needs a positive argument", None)
    return Quantity(checked(fn(m)), (), ())


def _exp(q: Quantity) -> Quantity:
    _require_dimensionless("exp", q)
    if is_sampled(q.magnitude):
        import numpy as np
        with np.errstate(over="ignore"):
            return Quantity(checked(np.exp(q.magnitude)), (), ())
    try:
        return Quantity(checked(math.exp(q.magnitude)), (), ())
    except OverflowError:
        raise too_large() from None


def _sqrt(q: Quantity) -> Quantity:
    if (q.magnitude < 0).any() if is_sampled(q.magnitude) else q.magnitude < 0:
        raise QuantityError("value", "sqrt() of a negative number", None)
    return power(q, Quantity(Fraction(1, 2)))


def _extreme(name: str, pick, qs: list[Quantity]) -> Quantity:
    if not qs:
        raise QuantityError("call", f"{name}() needs at least one argument")
    for q in qs[1:]:
        if q.dims != qs[0].dims:
            raise QuantityError("dimension", f"{name}() arguments must have the same dimension",
                                f"found {describe_dims(qs[0].dims)} and {describe_dims(q.dims)}")
    if any(is_sampled(q.magnitude) for q in qs):
        import numpy as np
        combine = np.minimum if pick is min else np.maximum
        value = qs[0].magnitude
        for q in qs[1:]:
            value = combine(*aligned(value, q.magnitude))
        return Quantity(value, qs[0].dims, qs[0].unit)
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
    # Uncertainty (`bote.language.expressions` evaluates these: they need the sampler
    # or a condition rather than plain quantities).
    "normal": (2, None),
    "lognormal": (2, None),
    "uniform": (2, None),
    "pert": (3, None),
    "mean": (1, None),
    "p": (2, None),
    "prob": (1, None),
}
