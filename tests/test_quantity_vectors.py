"""The value type's arithmetic (bote.quantity), worked by hand: exact where
the arithmetic allows, the unit a result is shown in, the bounds on a
magnitude, and each error with its message and hint.

Through `.bote` text where a reader would write it; directly on `Quantity`
values for samples (arrays of Monte Carlo scenarios, chosen by hand here)
and for the bounds, which no short file reaches.
"""
import math
from fractions import Fraction as F

import numpy as np
import pytest
from conftest import error_of, run, shown

from bote.language import quantity as qty
from bote.language.quantity import Quantity, QuantityError

DATA, TIME, RATE = (("data", 1),), (("time", 1),), (("time", -1),)
GB, MS, REQ_S = (("GB", 1),), (("millisecond", 1),), (("request", 1), ("second", -1))
PCT = (("percent", 1),)


def value(source, name):
    return {v.name: v for v in run(source).values}[name].quantity


def the_error(source):
    (d,) = error_of(source)
    return d.kind, d.message, d.hint


def raised(fn, *args):
    with pytest.raises(QuantityError) as info:
        fn(*args)
    return info.value.kind, info.value.message, info.value.hint


def samples(*xs, dims=(), unit=()):
    return Quantity(np.array(xs, dtype=float), dims, unit)


# --- exact arithmetic ------------------------------------------------------------------------------

def test_quotients_stay_exact():
    # 150 TB / 100 GB = 150e12 / 100e9 = 1,500 exactly; 99.9%^3 = 0.999^3 = 0.997002999.
    assert value("n = 150 TB / 100 GB\n", "n").magnitude == F(1500)
    assert value("a = 99.9% ^ 3\n", "a").magnitude == F(997002999, 10**9)
    assert value("a = (3 / 2) ^ 10\n", "a").magnitude == F(59049, 1024)


def test_sums_and_differences_keep_the_first_unit_given():
    # 1 GB + 500 MB = 1.5e9 bytes, shown in GB (the left side's unit).
    r = run("a = 1 GB + 500 MB\nb = 1 GB - 500 MB\nc = -(2 GB)\n")
    assert [shown(r, n) for n in "abc"] == ["1.5 GB", "500 MB", "-2 GB"]
    # A side without a unit of its own takes the other's.
    assert qty.add(Quantity(F(1), DATA, ()), Quantity(F(2), DATA, GB)).unit == GB
    assert qty.sub(Quantity(F(1), DATA, ()), Quantity(F(2), DATA, GB)) == Quantity(F(-1), DATA, GB)
    assert qty.neg(Quantity(F(3), DATA, GB)) == Quantity(F(-3), DATA, GB)


def test_sums_of_other_dimensions_are_errors():
    assert the_error("x = 5 GB + 3 s\n") == ("dimension", "cannot add data and time",
                                             "the left side is data, the right side is time")
    assert the_error("x = 5 GB - 3 s\n") == ("dimension", "cannot subtract data and time",
                                             "the left side is data, the right side is time")
    assert the_error("assert 5 GB < 3 s\n") == ("dimension", "cannot compare data and time",
                                                "the left side is data, the right side is time")


def test_a_quantity_without_dimensions_is_dimensionless():
    assert Quantity(F(1)).dimensionless and not Quantity(F(1), DATA, GB).dimensionless


# --- the unit a product is shown in ----------------------------------------------------------------

def test_a_share_of_a_load_is_a_load():
    # 100 req/s × 10% = 10 req/s, either way round; 10% / 1 s = 0.1 /s.
    r = run("a = 100 req/s * 10%\nb = 10% * 100 req/s\nc = 10% / 1 s\nd = 100 req/s / 10%\n")
    assert [shown(r, n) for n in "abcd"] == ["10 req/s", "10 req/s", "0.1 /s", "1k req/s"]
    assert value("c = 10% / 1 s\n", "c").unit == (("second", -1),)


def test_products_of_shares_are_shares_and_quotients_plain_numbers():
    # 20% × 30% = 6%; 99.9%^3 = 99.7%; 5 / 20% = 25; 1 / 20% = 5; 20% / 30% = 2/3;
    # 20% / 30 ppm = 0.2 / 0.00003 = 6,667 (a plain number: the exponents sum to 0).
    r = run("a = 20% * 30%\nb = 99.9% ^ 3\nc = 5 / 20%\nd = 1 / 20%\ne = 20% / 30%\nf = 20% / 30 ppm\n"
            "g = 20% * 30 ppm\nh1 = 20%\n")
    assert [shown(r, n) for n in ("a", "b", "c", "d", "e", "f", "g", "h1")] == [
        "6%", "99.7%", "25", "5", "0.667", "6.67k", "0.0006%", "20%"]
    units = {v.name: v.quantity.unit for v in r.values}
    assert (units["a"], units["b"], units["c"], units["d"], units["e"], units["f"], units["g"], units["h1"]) == (
        PCT, PCT, (), (), (), (), PCT, PCT)


def test_a_power_of_a_unit_is_that_unit_to_the_power():
    # (1 ms)^64 is 1e-192 s^64, shown in ms^64; ^-64 its inverse; ^0 a plain 1.
    r = run("a = (1 ms) ^ 64\nb = (1 ms) ^ -64\nc = (1 ms) ^ 0\n")
    assert [v.quantity.unit for v in r.values] == [(("millisecond", 64),), (("millisecond", -64),), ()]
    assert r.values[0].quantity.magnitude == F(1, 10**192) and r.values[2].quantity.magnitude == 1


def test_fractional_powers_keep_the_unit_when_it_comes_out_whole():
    # sqrt(16 GB × 1 GB) = sqrt(16e18 byte^2) = 4e9 bytes, in GB; sqrt(1 GB × 1 MB)
    # = sqrt(1e15) = 3.162e7 bytes: GB^½ × MB^½ is no unit, so bytes, shown 31.6 MB.
    a, b = value("a = (16 GB * 1 GB) ^ 0.5\n", "a"), value("b = (1 GB * 1 MB) ^ 0.5\n", "b")
    assert (a.magnitude, a.dims, a.unit) == (4e9, DATA, GB)
    assert (b.magnitude, b.dims, b.unit) == (pytest.approx(10**7.5), DATA, (("byte", 1),))
    assert shown(run("b = (1 GB * 1 MB) ^ 0.5\n"), "b") == "31.6 MB"


# --- powers ----------------------------------------------------------------------------------------

def test_power_limits_and_errors():
    assert the_error("x = 5 GB ^ (2 s)\n") == (
        "dimension", "the exponent must be dimensionless, not time", "a power like `x^2` takes a plain number")
    limit = ("value", "a value with a unit can be raised to at most the power 64",
             "units past that power mean nothing in an estimate; raise a plain number instead, e.g. `(x / 1 ms) ^ 100`")
    assert the_error("x = (1 ms) ^ 65\n") == limit
    assert the_error("x = (1 ms) ^ -65\n") == limit
    assert value("x = 2 ^ 100\n", "x").magnitude == 2**100          # a plain number has no such limit
    assert the_error("x = (5 GB) ^ 0.5\n") == (
        "dimension", "cannot raise data to the power 0.5", "the result would have fractional dimensions")
    assert the_error("x = (-4) ^ 0.5\n") == (
        "value", "cannot raise a negative number to a fractional power", None)
    assert the_error("x = 0 ^ -1\n") == ("value", "division by zero", None)
    assert the_error("x = 0 ^ -0.5\n") == ("value", "division by zero", None)


def test_integer_powers_are_exact_up_to_1e300():
    # 10^300 is exact; 10^301 is past 1e300; 10^-300 exact, 10^-301 below anything
    # an estimate means: 0.  1^100000 and (-1)^1000001 need no big numbers.
    assert value("x = 10 ^ 300\n", "x").magnitude == F(10**300)
    assert value("x = 10 ^ -300\n", "x").magnitude == F(1, 10**300)
    assert value("x = 10 ^ -301\n", "x").magnitude == 0.0
    assert the_error("x = 10 ^ 301\n") == ("value", "number too large", "bote handles magnitudes up to about 1e300")
    assert the_error("x = 2 ^ 2000\n") == ("value", "number too large", "bote handles magnitudes up to about 1e300")
    one = value("x = 1 ^ 100000\n", "x").magnitude
    assert (one, type(one)) == (1, F)
    assert value("x = (-1) ^ 1000001\n", "x").magnitude == F(-1)
    assert value("x = 0 ^ 5\n", "x").magnitude == 0 and value("x = 0 ^ 0\n", "x").magnitude == 1
    assert value("x = 0.5 ^ 0\n", "x").magnitude == 1


def test_integer_powers_of_floats():
    # sqrt(4) = 2.0 (a float); squared 4.0, to the 0 1.0; 1.5^2 of a float 2.25.
    assert value("x = sqrt(4) ^ 2\n", "x").magnitude == 4.0
    assert value("x = sqrt(4) ^ 0\n", "x").magnitude == 1.0
    assert qty._integer_power(1.5, 2) == 2.25 and qty._integer_power(-1.0, 3) == -1.0
    assert qty._integer_power(0.0, 3) == 0.0


def test_integer_powers_with_long_fractions_go_to_floats():
    # 1.000001^100000 = e^(100000 × ln(1.000001)) = 1.1051709: the exact fraction would
    # have 2 million digits, so it is computed in floating point (the float nearest
    # 1.000001, to the 100,000th power: within 1e-10).  (1 + 1e-6)^3 stays exact.
    x = value("x = 1.000001 ^ 100000\n", "x").magnitude
    assert isinstance(x, float) and x == pytest.approx(math.exp(100000 * math.log1p(1e-6)), rel=1e-10)
    assert value("x = 1.000001 ^ 3\n", "x").magnitude == F(1000001, 10**6) ** 3


def test_powers_over_samples():
    # [1, 4, 9]^0.5 = [1, 2, 3]; ([1, 2, 3] bytes, shown in GB)^2 = [1, 4, 9] in GB^2.
    assert qty.power(samples(1, 4, 9), Quantity(F(1, 2))).magnitude.tolist() == [1, 2, 3]
    squared = qty.power(samples(1, 2, 3, dims=DATA, unit=GB), Quantity(F(2)))
    assert (squared.magnitude.tolist(), squared.dims, squared.unit) == ([1, 4, 9], (("data", 2),), (("GB", 2),))
    # Percent samples squared are still percent (a product of shares).
    assert qty.power(samples(0.5, 0.1, unit=PCT), Quantity(F(2))).unit == PCT
    # 2^[1, 2, 3] = [2, 4, 8]: an uncertain exponent of a plain number.
    assert qty.power(Quantity(F(2)), samples(1, 2, 3)).magnitude.tolist() == [2, 4, 8]
    assert qty.power(samples(4, 9), samples(0.5, 0.5)).magnitude.tolist() == [2, 3]


def test_powers_over_samples_errors():
    assert raised(qty.power, Quantity(F(2), DATA, GB), samples(1, 2)) == (
        "dimension", "a value with units cannot be raised to an uncertain power",
        "the exponent of a value with units must be one number")
    negative = ("value", "cannot raise a negative number to a fractional power", None)
    assert raised(qty.power, Quantity(F(-2)), samples(1, 2)) == negative
    assert raised(qty.power, samples(-2, 2), samples(1, 2)) == negative
    assert raised(qty.power, samples(-4, 4), Quantity(F(1, 2))) == negative
    # A whole power of negative samples is fine: [-2, 3]^3 = [-8, 27].
    assert qty.power(samples(-2, 3), Quantity(F(3))).magnitude.tolist() == [-8, 27]
    assert raised(qty.power, samples(1, 2, dims=DATA, unit=GB), Quantity(F(1, 2))) == (
        "dimension", "cannot raise data to the power 0.5", "the result would have fractional dimensions")


# --- division --------------------------------------------------------------------------------------

def test_division_by_zero():
    assert the_error("x = 5 / 0\n") == ("value", "division by zero", None)
    # One of four samples of the divisor is zero: 25%.
    assert raised(qty.div, Quantity(F(1)), samples(2, 0, 2, 3)) == (
        "value", "division by zero in 25% of the samples", "the divisor's range reaches zero")
    assert qty.div(Quantity(F(6)), samples(1, 2, 3)).magnitude.tolist() == [6, 3, 2]
    assert qty.div(samples(3, 6), Quantity(F(3))).magnitude.tolist() == [1, 2]


def test_division_of_floats_is_float():
    # 1 / sqrt(4) = 0.5 (a float divisor); 6 / 4 = 3/2 exactly.
    assert qty._divide(F(1), 2.0) == 0.5 and qty._divide(1.0, F(4)) == 0.25
    assert qty._divide(F(6), F(4)) == F(3, 2)


# --- samples ---------------------------------------------------------------------------------------

def test_fractions_meet_samples_as_floats():
    x, y = qty.aligned(F(1, 2), np.array([1.0, 2.0]))
    assert type(x) is float and x == 0.5
    x, y = qty.aligned(np.array([1.0]), F(3, 4))
    assert type(y) is float and y == 0.75
    assert qty.aligned(F(1, 2), F(3, 4)) == (F(1, 2), F(3, 4))   # no samples: still exact
    assert qty.mul(Quantity(F(1, 2)), samples(2, 4)).magnitude.tolist() == [1, 2]
    assert qty.add(Quantity(F(1, 2)), samples(2, 4)).magnitude.tolist() == [2.5, 4.5]
    assert qty.sub(samples(2, 4), Quantity(F(1, 2))).magnitude.tolist() == [1.5, 3.5]


def test_is_sampled_nonzero_and_as_float():
    assert qty.is_sampled(np.array([1.0])) and not qty.is_sampled(F(1)) and not qty.is_sampled(np.float64(1))
    assert qty.nonzero(np.array([0.0, 1.0])) and not qty.nonzero(np.array([0.0, 0.0]))
    assert qty.nonzero(F(1)) and not qty.nonzero(F(0))
    assert qty.as_float(F(1, 4)) == 0.25 and type(qty.as_float(F(1, 4))) is float
    arr = np.array([1.0])
    assert qty.as_float(arr) is arr


# --- bounds ----------------------------------------------------------------------------------------

def test_long_fractions_become_floats_or_too_large():
    # Up to 1,024 bits a fraction stays exact; past that it becomes a float when it
    # is below about 1e300 (2^997 ≈ 1.3e300), else it is too large.
    exact = F(2**1023 + 1, 5 * 2**1000)          # 1,024 bits over 1,003: about 2^20.7
    assert exact.numerator.bit_length() == 1024 and qty.checked(exact) is exact
    small = F(3, 2**1023)                        # a 1,024-bit denominator
    assert qty.checked(small) is small
    long = F(2**1024 + 1, 3 * 2**1000)           # 1,025 bits: about 2^22, as a float
    assert qty.checked(long) == pytest.approx(2.0**24 / 3) and type(qty.checked(long)) is float
    tiny = F(1, 3**700)                          # 1,110-bit denominator: 3^-700 ≈ 1e-334
    assert type(qty.checked(tiny)) is float and qty.checked(tiny) == 0.0   # below the smallest float
    # 1,100 bits over 103: ≈ 2^996 = 6.7e299, kept as a float.
    assert qty.checked(F(2**1099 + 1, 2**103 - 1)) == pytest.approx(2.0**996)
    # 1,101 bits over 103 (a ratio ≈ 2^998 = 2.7e300): too large; negative alike.
    assert raised(qty.checked, F(2**1100 + 1, 2**102)) == (
        "value", "number too large", "bote handles magnitudes up to about 1e300")
    assert raised(qty.checked, F(-(2**1100 + 1), 2**102))[1] == "number too large"


def test_floats_past_1e300_or_not_a_number():
    assert qty.checked(1e300) == 1e300 and qty.checked(-1e300) == -1e300
    assert raised(qty.checked, 1e301)[1] == "number too large"
    assert raised(qty.checked, -1e301)[1] == "number too large"
    assert raised(qty.checked, math.inf)[1] == "number too large"
    assert raised(qty.checked, math.nan) == ("value", "result is not a number", None)


def test_samples_past_the_bounds():
    # One of four samples not a number: it is the NaN the message counts (25%).
    assert raised(qty.checked, np.array([1.0, math.nan, 2.0, 3.0])) == (
        "value", "result is not a number in 25% of the samples",
        "a range reaches a value where this is undefined, e.g. a negative square root")
    # Two of four infinite: 50%.
    assert raised(qty.checked, np.array([1.0, math.inf, -math.inf, 3.0])) == (
        "value", "number too large in 50% of the samples",
        "a range reaches a value that makes this infinite, e.g. a division by zero")
    assert raised(qty.checked, np.array([1.0, -2e300])) == (
        "value", "number too large", "bote handles magnitudes up to about 1e300")
    ok = np.array([1.0, 1e300, -1e300])
    assert qty.checked(ok) is ok
    assert qty.checked(np.array([])).size == 0
    # One in three: 33.3% (three significant figures).
    assert raised(qty.checked, np.array([math.nan, 1.0, 2.0]))[1] == (
        "result is not a number in 33.3% of the samples")


# --- comparisons -----------------------------------------------------------------------------------

@pytest.mark.parametrize("op, below, tie, above", [
    ("<", True, False, False), ("<=", True, True, False), (">", False, False, True),
    (">=", False, True, True), ("==", False, True, False), ("!=", True, False, True),
])
def test_comparisons_at_a_tie(op, below, tie, above):
    # 1,000 MB against 1 GB is a tie exactly; 999 MB below, 1,001 MB above.
    one = Quantity(F(10**9), DATA, GB)
    answers = [qty.compare(op, Quantity(F(mb * 10**6), DATA, ()), one) for mb in (999, 1000, 1001)]
    assert answers == [below, tie, above]
    assert qty.compare(op, samples(999e6, 1000e6, 1001e6, dims=DATA), one).tolist() == [below, tie, above]


def test_within_a_share_of_the_right_side():
    # |105 − 100| = 5 <= 5% × 100: within; 106 is not.  Against −100 the share is of
    # |−100|: −105 is within 5%.
    assert qty.within(Quantity(F(105)), Quantity(F(100)), Quantity(F(5, 100)))
    assert not qty.within(Quantity(F(106)), Quantity(F(100)), Quantity(F(5, 100)))
    assert qty.within(Quantity(F(-105)), Quantity(F(-100)), Quantity(F(5, 100)))
    assert not qty.within(Quantity(F(-106)), Quantity(F(-100)), Quantity(F(5, 100)))


def test_within_an_amount():
    # 105 ms against 100 ms within 5 ms: |5 ms| <= 5 ms; 106 ms is not; within 0 ms
    # only an exact tie.
    ms = lambda x: Quantity(F(x, 1000), TIME, MS)
    assert qty.within(ms(105), ms(100), ms(5)) and not qty.within(ms(106), ms(100), ms(5))
    assert qty.within(ms(100), ms(100), ms(0)) and not qty.within(ms(101), ms(100), ms(0))
    # Over samples: each sample against its own tolerance.
    assert qty.within(samples(100, 104, 110), Quantity(F(100)), Quantity(F(5, 100))).tolist() == [True, True, False]


def test_within_errors():
    assert the_error("assert 5 GB == 5 GB within 1 s\n") == (
        "dimension", "a tolerance of time for values of data",
        "give a share of the right side (`within 1%`) or an amount of the same dimension")
    assert the_error("assert 5 GB == 5 GB within -1%\n") == ("value", "a tolerance cannot be negative", None)
    assert raised(qty.within, Quantity(F(1)), Quantity(F(1)), samples(0.1, -0.1)) == (
        "value", "a tolerance cannot be negative", None)
    assert raised(qty.within, Quantity(F(1), DATA), Quantity(F(1), TIME), Quantity(F(1)))[1] == (
        "cannot compare data and time")
    # A tolerance of zero is no tolerance, not an error.
    assert qty.within(Quantity(F(1)), Quantity(F(1)), Quantity(F(0)))


# --- functions -------------------------------------------------------------------------------------

def test_rounding():
    # ceil(1.2) = 2, floor(1.8) = 1, round half away from zero: 2.5 -> 3, -2.5 -> -3,
    # -2.4 -> -2, 2.4 -> 2.  A percentage rounded is a count: ceil(150%) = ceil(1.5) = 2.
    r = run("a = ceil(1.2)\nb = floor(1.8)\nc = round(2.5)\nd = round(-2.5)\ne = round(-2.4)\nf = round(2.4)\n"
            "g = ceil(150%)\nh1 = floor(-1.5)\n")
    assert [v.quantity.magnitude for v in r.values] == [2, 1, 3, -3, -2, 2, 2, -2]
    assert all(type(v.quantity.magnitude) is F and v.quantity.unit == () for v in r.values)


def test_rounding_samples():
    x = samples(2.5, -2.5, 1.4, -1.6, -0.5, unit=PCT)
    assert qty.FUNCTIONS["round"][1](x).magnitude.tolist() == [3, -3, 1, -2, -1]
    assert qty.FUNCTIONS["ceil"][1](x).magnitude.tolist() == [3, -2, 2, -1, 0]
    assert qty.FUNCTIONS["floor"][1](x).magnitude.tolist() == [2, -3, 1, -2, -1]
    assert qty.FUNCTIONS["ceil"][1](x).unit == ()


def test_functions_need_dimensionless_arguments():
    assert the_error("x = ln(5 GB)\n") == ("dimension", "ln() needs a dimensionless argument, not data",
                                           "divide by a unit first, e.g. `ln(x / 1 GB)`")
    assert the_error("x = ceil(5 s)\n")[2] == "divide by a unit first, e.g. `ceil(x / 1 s)`"
    assert the_error("x = round(5 USD)\n") == ("dimension", "round() needs a dimensionless argument, not money",
                                               "divide by a unit first, e.g. `round(x / 1 USD)`")
    assert the_error("x = floor(5 req/s)\n")[2] == "divide by a unit first, e.g. `floor(x / (1 req/s))`"
    assert the_error("x = exp(5 GB / 1 s)\n") == (
        "dimension", "exp() needs a dimensionless argument, not data/time",
        "divide by a unit of the same dimension first")


def test_logarithms():
    # ln(e^2) = 2, log2(8) = 3, log10(1000) = 3.
    r = run("a = ln(exp(2))\nb = log2(8)\nc = log10(1000)\n")
    assert [v.quantity.magnitude for v in r.values] == [pytest.approx(2), 3.0, pytest.approx(3)]
    assert the_error("x = ln(0)\n") == ("value", "ln() needs a positive argument", None)
    assert the_error("x = log2(-1)\n")[1] == "log2() needs a positive argument"
    x = samples(1, 100, 10000)
    assert qty.FUNCTIONS["log10"][1](x).magnitude.tolist() == [0, 2, 4]
    assert qty.FUNCTIONS["log2"][1](samples(1, 8)).magnitude.tolist() == [0, 3]
    assert qty.FUNCTIONS["ln"][1](samples(1, math.e)).magnitude.tolist() == [0, 1]
    # Two of four samples at zero or below: 50%.
    assert raised(qty.FUNCTIONS["ln"][1], samples(1, 0, -1, 2)) == (
        "value", "ln() needs a positive argument, and the range reaches zero or below in 50% of the samples", None)


def test_exp():
    assert value("x = exp(0)\n", "x").magnitude == 1.0
    assert the_error("x = exp(1000)\n") == ("value", "number too large", "bote handles magnitudes up to about 1e300")
    assert qty.FUNCTIONS["exp"][1](samples(0, 1)).magnitude.tolist() == [1, math.e]
    # e^1000 overflows in one sample of two: 50%.
    assert raised(qty.FUNCTIONS["exp"][1], samples(0, 1000))[1] == "number too large in 50% of the samples"


def test_sqrt_and_abs():
    assert value("x = sqrt(2.25)\n", "x").magnitude == 1.5
    assert the_error("x = sqrt(-4)\n") == ("value", "sqrt() of a negative number", None)
    assert raised(qty.FUNCTIONS["sqrt"][1], samples(4, -4)) == ("value", "sqrt() of a negative number", None)
    assert qty.FUNCTIONS["sqrt"][1](samples(4, 9)).magnitude.tolist() == [2, 3]
    assert shown(run("x = abs(-3 GB)\n"), "x") == "3 GB"


def test_min_and_max():
    # The smaller or larger one, in its own unit.
    r = run("a = max(1 GB, 500 MB)\nb = min(1 GB, 500 MB)\nc = max(3)\n")
    assert [shown(r, n) for n in "abc"] == ["1 GB", "500 MB", "3"]
    assert the_error("x = min()\n") == ("call", "min() needs at least one argument", None)
    assert the_error("x = max(1 GB, 1 s)\n") == ("dimension", "max() arguments must have the same dimension",
                                                 "found data and time")
    assert the_error("x = min(1 GB, 2 GB, 1 s)\n")[2] == "found data and time"
    # Over samples, sample by sample, in the first one's unit.
    # (Magnitudes in bytes.)  min([1, 5, 3] GB, 2 GB, [0.5, 9, 9] GB) = [0.5, 2, 2] GB;
    # max(2 GB, [1, 5, 3] GB) = [2, 5, 3] GB, in the first one's unit (none).
    a, b = samples(1e9, 5e9, 3e9, dims=DATA, unit=GB), Quantity(F(2 * 10**9), DATA, ())
    low = qty.FUNCTIONS["min"][1](a, b, samples(0.5e9, 9e9, 9e9, dims=DATA))
    high = qty.FUNCTIONS["max"][1](b, a)
    assert (low.magnitude.tolist(), low.unit) == ([0.5e9, 2e9, 2e9], GB)
    assert (high.magnitude.tolist(), high.dims, high.unit) == ([2e9, 5e9, 3e9], DATA, ())


def test_function_arities():
    # How many arguments each function takes (None: one or more).
    assert {name: n for name, (n, _) in qty.FUNCTIONS.items()} == {
        "ceil": 1, "floor": 1, "round": 1, "sqrt": 1, "abs": 1, "ln": 1, "log2": 1, "log10": 1, "exp": 1,
        "min": None, "max": None, "normal": 2, "lognormal": 2, "uniform": 2, "pert": 3, "mean": 1, "p": 2,
        "prob": 1}


def test_an_error_reads_as_its_message():
    assert str(QuantityError("value", "division by zero")) == "division by zero"


def test_a_share_of_zero_is_no_tolerance_and_shares_below_one_are_fine():
    # Tolerances [10%, 0%, 50%]: |100 − 100| <= 0 holds; no sample is negative.
    assert qty.within(samples(105, 100, 140), Quantity(F(100)), samples(0.1, 0.0, 0.5)).tolist() == [
        True, True, True]


def test_a_percentage_has_the_power_limit_too():
    # 50% is 0.5 with a unit (%): ^65 is past the limit like (1 ms)^65.
    assert the_error("x = 50% ^ 65\n")[1] == "a value with a unit can be raised to at most the power 64"
    assert raised(qty.power, Quantity(F(2), DATA, ()), Quantity(F(65)))[1] == (
        "a value with a unit can be raised to at most the power 64")


def test_fractional_powers_of_zero_and_below_one():
    # 0^0.5 = 0; 4^-0.5 = 0.5; 0.25^0.5 = 0.5; over samples [0, 0.25]^0.5 = [0, 0.5],
    # 0.5^[1, 2] = [0.5, 0.25], [0, 4]^[1, 0.5] = [0, 2].
    assert value("x = 0 ^ 0.5\n", "x").magnitude == 0.0
    assert value("x = 4 ^ -0.5\n", "x").magnitude == 0.5
    assert value("x = 0.25 ^ 0.5\n", "x").magnitude == 0.5
    assert qty.power(samples(0, 0.25), Quantity(F(1, 2))).magnitude.tolist() == [0, 0.5]
    assert qty.power(Quantity(F(1, 2)), samples(1, 2)).magnitude.tolist() == [0.5, 0.25]
    assert qty.power(samples(0, 4), samples(1, 0.5)).magnitude.tolist() == [0, 2]
    assert qty.power(Quantity(F(2)), samples(1, 2)).dims == () and qty.power(Quantity(F(2)), samples(1, 2)).unit == ()


def test_samples_past_the_bounds_are_errors_not_numpy_warnings():
    # 0^-1 is a division by zero in one sample of two; e^1000 overflows in one of two.
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert raised(qty.power, samples(0, 2), Quantity(F(-1)))[1] == "number too large in 50% of the samples"
        assert raised(qty.power, samples(0, 2), samples(-1, -1))[1] == "number too large in 50% of the samples"
        assert raised(qty.FUNCTIONS["exp"][1], samples(0, 1000))[1] == "number too large in 50% of the samples"


def test_integer_powers_close_to_one_are_quick():
    # The docstring's 1.0000001^10,000,000 = e^(10^7 × ln(1.0000001)) ≈ e^0.99999995
    # = 2.71828: as a fraction it would have 230 million bits.
    x = value("x = 1.0000001 ^ 10000000\n", "x").magnitude
    assert x == pytest.approx(math.exp(10**7 * math.log1p(1e-7)), rel=1e-8)


def test_rounding_halves_below_one():
    # round(0.5) = 1 and round(-0.5) = -1 (half away from zero); round(0) = 0.
    assert [value(f"x = round({v})\n", "x").magnitude for v in ("0.5", "-0.5", "0")] == [1, -1, 0]
    assert qty.FUNCTIONS["round"][1](samples(0.5, -0.5, 0)).magnitude.tolist() == [1, -1, 0]


def test_rounding_keeps_dimensionless_units_other_than_scales():
    # ceil(1.5 GB/MB) = 2 GB/MB; the result has no dimensions either way.
    ratio = (("GB", 1), ("MB", -1))
    for q in (Quantity(F(3, 2), (), ratio), samples(1.5, unit=ratio)):
        up = qty.FUNCTIONS["ceil"][1](q)
        assert (up.dims, up.unit) == ((), ratio)
    assert qty.FUNCTIONS["floor"][1](Quantity(F(3, 2), (), PCT)).dims == ()


def test_logarithms_of_one_and_of_zero_samples():
    # ln(1) = 0, log10(0.5) = −0.301; samples [1, 0]: the zero is the error (50%).
    assert value("x = ln(1)\n", "x").magnitude == 0.0
    assert value("x = log10(0.5)\n", "x").magnitude == pytest.approx(-0.30103)
    assert raised(qty.FUNCTIONS["ln"][1], samples(1, 0))[1] == (
        "ln() needs a positive argument, and the range reaches zero or below in 50% of the samples")
    for name in ("ln", "log2", "log10", "exp"):
        result = qty.FUNCTIONS[name][1](samples(1, 2))
        assert (result.dims, result.unit) == ((), ()), name


def test_square_roots_of_zero_and_below_one():
    # sqrt(0) = 0, sqrt(0.25) = 0.5; over samples [0, 0.25]: [0, 0.5].
    assert value("x = sqrt(0)\n", "x").magnitude == 0 and value("x = sqrt(0.25)\n", "x").magnitude == 0.5
    assert qty.FUNCTIONS["sqrt"][1](samples(0, 0.25)).magnitude.tolist() == [0, 0.5]


def test_a_product_of_two_scales_is_a_percentage():
    # 20% × 30 ppm = 0.2 × 0.00003 = 6e-6, a percentage (0.0006%), not "% ppm"; 20% / 30 ppm
    # = 6,667, a plain number; 30 ppm on its own stays ppm.
    pct, ppm = Quantity(F(1, 5), (), PCT), Quantity(F(3, 100000), (), (("ppm", 1),))
    assert qty.mul(pct, ppm) == Quantity(F(3, 500000), (), PCT)
    assert qty.mul(ppm, pct).unit == PCT and qty.div(pct, ppm).unit == ()
    assert qty.mul(ppm, Quantity(F(2))).unit == (("ppm", 1),)
