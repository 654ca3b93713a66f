"""Numbers and quantities as a person would write them: 3 significant figures
(`--digits N`), `46.3k`, `2.5M`, short units (`req/s`, `TB`, `USD/month`).

`display` picks the unit a value is shown in: the unit it was written in when
that reads well (`40M user/day`, `5 h/day`), otherwise a natural one for its
dimensions (bytes scaled to KB...EB, a time on the ns...year ladder, money per
month).  Nothing is shown so that it reads as something else: a percentage
short of 100% never shows as `100%`, and a billion next to a unit is written
`183 billion url` (in `183B url` the B could be read as bytes).
"""
from __future__ import annotations

import math
from contextlib import contextmanager
from contextvars import ContextVar
from fractions import Fraction
from typing import Protocol

from bote.dataclasses_compiled import dataclass
from bote.language.units import (
    HMS,
    KEPT_SCALES,
    Dims,
    FileUnits,
    UnitExpr,
    base_unit_expr,
    carried_labels,
    combine_units,
    format_unit,
    same_dimension_ratio,
    unit_factor,
)
from bote.magnitudes import Magnitude, as_float, is_sampled


class QuantityLike(Protocol):
    """What this module reads of a `bote.language.quantity.Quantity` (it does
    not import that module, which imports this one to print itself)."""

    @property
    def magnitude(self): ...
    @property
    def dims(self) -> tuple: ...
    @property
    def unit(self) -> UnitExpr: ...


@dataclass(frozen=True, slots=True)
class _Recast:
    """A value with another magnitude or unit, to ask how that would be
    shown (the quantity itself is not rebuilt: this module cannot make one)."""

    magnitude: Magnitude
    dims: Dims
    unit: UnitExpr


_SUFFIXES = (("T", 10**12), ("B", 10**9), ("M", 10**6), ("k", 10**3))

#: Significant figures of every number bote prints (`--digits N`).
DEFAULT_DIGITS = 3
MAX_DIGITS = 15   # what a float holds
_DIGITS: ContextVar[int] = ContextVar("bote_digits", default=DEFAULT_DIGITS)


@contextmanager
def significant_digits(n: int | None):
    """Print numbers with `n` significant figures inside this block (None:
    the default, 3).  Risk messages are written while a file is evaluated,
    so the evaluation belongs inside the block too."""
    if n is None:
        yield
        return
    if not 1 <= n <= MAX_DIGITS:
        raise ValueError(f"significant digits must be 1 to {MAX_DIGITS}, not {n}")
    token = _DIGITS.set(n)
    try:
        yield
    finally:
        _DIGITS.reset(token)


def current_digits() -> int:
    """The significant figures numbers print with here (`--digits N`)."""
    return _DIGITS.get()


def _sig(x: float, n: int) -> str:
    """`x` to `n` significant figures: `1.16`, `150` (not `1.5e2` when n is
    2), `1e-7` for tiny magnitudes."""
    text = f"{x:.{n}g}"
    if "e" in text:
        mantissa, exp = text.split("e")
        if 0 < int(exp) < 15:
            return f"{float(text):.0f}"   # the integer part has more digits than n
        return f"{mantissa}e{int(exp)}"
    return text


def format_number(x, unit: bool = False, digits: int | None = None) -> str:
    """`digits` significant figures (default: the `--digits` setting, 3);
    thousands and up as k, M, B, T (as bote reads them back); tiny
    magnitudes in scientific notation.  `unit`: the number stands before a
    unit, where a billion is spelled out (`183 billion url`: in `183B url`
    the B could be read as bytes).  Samples read as their median and 90%
    interval: `46k (21k–98k)`."""
    if is_sampled(x):
        return spread_text(x, lambda v: format_number(v, unit, digits))
    n = _DIGITS.get() if digits is None else digits
    x = float(x)
    if math.isinf(x):
        return "unbounded"
    if x == 0:
        return "0"
    rounded = float(_sig(x, n))
    ax = abs(rounded)
    if ax >= 1000 * 10**12:
        return _sig(x, n)
    for suffix, scale in _SUFFIXES:
        if ax >= scale:
            return _sig(rounded / scale, n) + (" billion" if unit and suffix == "B" else suffix)
    return _sig(x, n)


def _percent_digits(x: float) -> int:
    """The significant figures a percentage (x, in percent) needs so that
    it does not read as 100% when it is not (`99.99%`, `99.9999%`, not
    `100%`); a non-zero one never reads as 0% (tiny ones go scientific)."""
    n = _DIGITS.get()
    while n < MAX_DIGITS and x != 100 and float(_sig(x, n)) == 100:
        n += 1
    return n


def format_percent(x) -> str:
    """`62.5%`; past 1000% the whole number, `1,500%` (a `1.5k%` reads badly);
    `99.99%`, never a `100%` that is not exactly 100%.  Samples read as their
    median and 90% interval: `46% (21%–98%)`."""
    if is_sampled(x):
        return spread_text(x, format_percent)
    if math.isinf(x):
        return "unbounded"
    exact = x
    x = float(x) * 100
    if abs(x) >= 1000 and x != float("inf"):
        return f"{x:,.0f}%"
    digits = _percent_digits(x)
    if isinstance(exact, Fraction) and exact != 1 and float(_sig(x, digits)) == 100:
        # Closer to 100% than a float tells apart (`100% - 1e-20%`): still not 100%.
        return "<100%" if exact < 1 else ">100%"
    return format_number(x, digits=digits) + "%"


def multiplier_text(x) -> str:
    """A traffic multiplier, rounded down to the significant figures shown
    (`1.47×`): a headroom is never read as more than it is. Samples read as
    their median and 90% interval."""
    if is_sampled(x):
        return spread_text(x, multiplier_text)
    x = float(x)
    if math.isinf(x):
        return "∞"
    if x <= 0:
        return "0×"
    scale = 10.0 ** (math.floor(math.log10(x)) - _DIGITS.get() + 1)
    down = math.floor(x / scale * (1 + 1e-12)) * scale   # (1e-12: an exact 1.5 stays 1.5, not 1.49)
    return format_number(down) + "×"


def spread_text(samples, fmt) -> str:
    """Samples as their median and 90% interval, each end written by `fmt`:
    `46k (21k–98k)`; just the median when the ends read the same."""
    from bote.uncertainty.samples import spread
    low, mid, high = spread(samples)
    if fmt(low) == fmt(high):
        return fmt(mid)  # no spread worth showing
    return f"{fmt(mid)} ({fmt(low)}–{fmt(high)})"


#: `-> hms`: days, hours, minutes and seconds.
_HMS_PARTS = (("d", 86400), ("h", 3600), ("m", 60), ("s", 1))


def hms_text(seconds) -> str:
    """A duration as `8h 45m 57s`: whole seconds, rounded down (a downtime
    budget is never overstated), days the largest part (a day is always
    86,400 s; months and years are conventions), from the largest part that
    is not zero to the smallest that is not (`1h`, `1h 0m 1s`, `2d 3h`).  A
    span under a second keeps its significant figures (`0.25s`), so that
    only zero reads `0s`."""
    if is_sampled(seconds):
        return spread_text(seconds, hms_text)
    if isinstance(seconds, float) and math.isinf(seconds):
        return "unbounded"
    sign, m = ("-", -seconds) if seconds < 0 else ("", seconds)
    if m < 1:
        return f"{sign}{format_number(m)}s"
    # A float a hair under a whole second (3599.9999999) is that second.
    whole = math.floor(m) if isinstance(m, Fraction) else math.floor(m * (1 + 1e-12))
    values = []
    for name, size in _HMS_PARTS:
        count, whole = divmod(whole, size)
        values.append((count, name))
    shown = [i for i, (count, _) in enumerate(values) if count]
    return sign + " ".join(f"{count}{name}" for count, name in values[shown[0]:shown[-1] + 1])


# ---- choosing a display unit -------------------------------------------------------

_TIME_LADDER = ("nanosecond", "microsecond", "millisecond", "second", "minute", "hour", "day", "year")
#: Times that move onto the ladder when they do not read as a plain number
#: in the unit written (`0.001 month` is `43.8 min`), but that bote never
#: picks itself.
_TIME_UNITS = frozenset(_TIME_LADDER) | {"week", "month"}
_SUBSECOND = frozenset({"nanosecond", "microsecond", "millisecond"})
_DATA_FAMILIES = (
    ("byte", "KB", "MB", "GB", "TB", "PB", "EB"),
    ("byte", "KiB", "MiB", "GiB", "TiB", "PiB"),
    ("bit", "Kb", "Mb", "Gb", "Tb"),
    ("bps", "Kbps", "Mbps", "Gbps"),
)


def display(q: QuantityLike, units: FileUnits, fixed: bool = False) -> tuple[float, UnitExpr]:
    """(magnitude, unit) to show `q` in.  `fixed` keeps `q.unit` exactly (the
    user converted with `->`)."""
    if isinstance(q.magnitude, float) and math.isinf(q.magnitude):
        return q.magnitude, q.unit
    key = (q.unit, q.dims, fixed)
    plan = units.memo.get(key)
    if plan is None:
        plan = units.memo[key] = _plan(q, units, fixed)
    unit, ladder = plan
    if ladder is not None:
        unit = _rescale(q, unit, ladder, units)
    factor = unit_factor(unit, units)
    m = q.magnitude
    fits = units.fits.get(unit)
    if fits is None:   # (exact comparisons with 10^±300: once per unit)
        fits = units.fits[unit] = _FLOAT_FACTORS[0] <= factor <= _FLOAT_FACTORS[1]
    if fits:
        shown = _in_unit(m, factor)
        if shown is not None:
            return shown, unit
    # `2 ms ^ 120` in ms^120: a unit whose size no float holds (1e-360 s^120),
    # or a magnitude in it that none does.  Base units always fit: every
    # magnitude is checked to stay within 1e300 of them.
    return as_float(m), base_unit_expr(q.dims)


#: Unit sizes a float holds with room to spare, for the division above.
_FLOAT_FACTORS = (Fraction(1, 10**300), Fraction(10**300))


def _in_unit(m, factor: Fraction | float):
    """m in a unit of `factor` base units, as a float (an array for samples),
    or None when that leaves a float's range."""
    if isinstance(m, Fraction):
        exact = m / factor
        try:
            near = float(exact)
        except OverflowError:
            return None   # past 10^300 too
        if 1e-299 <= abs(near) <= 1e299:
            return near   # well inside the range below, whatever the float's rounding
        size = exact if exact > 0 else -exact   # abs(), which mypy cannot type on Fraction | float
        return near if exact == 0 or _FLOAT_FACTORS[0] <= size <= _FLOAT_FACTORS[1] else None
    if is_sampled(m):
        import numpy as np
        with np.errstate(over="ignore"):
            shown = m / float(factor)
        return shown if np.isfinite(shown[np.isfinite(m)]).all() else None
    shown = m / float(factor)
    return shown if math.isfinite(shown) or not math.isfinite(m) else None


def _plan(q: QuantityLike, units: FileUnits, fixed: bool):
    """The unit to show a value of this unit and dimension in, and the ladder
    (data prefixes or times) its magnitude then picks a rung of: everything
    about the display choice that does not depend on the magnitude."""
    if fixed:
        return q.unit, None
    unit = q.unit
    if len(unit) > 1:
        # `-> hms` is a display of one time, not a part of a unit (`GB/hms`).
        unit = tuple(("second", e) if n == HMS else (n, e) for n, e in unit)
    if any(e > 0 for _, e in q.dims):
        # `200k item * 40 KB` is 8 GB, not 8 item*GB: a count label in the
        # numerator only reads well on counts and rates (`40M user/day`).
        unit = tuple((n, e) for n, e in unit if e < 0 or units.info(n).kind != "label")
    counted = [n for n, e in unit if e > 0 and units.info(n).kind == "label"]
    if len(set(counted)) > 1:
        # `dau * 2 tweets per day` counts tweets, not user*tweets: the label
        # written last names what is counted (labels are all worth 1).
        unit = tuple((n, e) for n, e in unit if e < 0 or n == counted[-1] or units.info(n).kind != "label")
    if not _reads_well(unit, units):
        unit = _natural_unit(_Recast(q.magnitude, q.dims, unit), units)
    # Rates per ns, µs or ms read as rates per second.
    unit = tuple(("second", e) if e == -1 and n in _SUBSECOND else (n, e) for n, e in unit)
    for i, (name, exp) in enumerate(unit):
        if exp != 1:
            continue
        for family in (*_DATA_FAMILIES, _TIME_LADDER):
            members = _TIME_UNITS if family is _TIME_LADDER else family
            if name in members and (family is not _TIME_LADDER or len(unit) == 1):
                rest = float(unit_factor(unit[:i] + unit[i + 1:], units))
                rungs = [(float(units.info(n).factor), n) for n in family]
                return unit, (i, rest, rungs, family is _TIME_LADDER)
    return unit, None


def _rescale(q: QuantityLike, unit: UnitExpr, ladder, units: FileUnits) -> UnitExpr:
    """Pick the prefix (KB...EB) or time unit (ns...year) that gives a
    magnitude of at least 1, keeping the rest of the unit."""
    i, rest, rungs, is_time = ladder
    try:
        value = abs(float(q.magnitude)) / rest
    except OverflowError:   # an exact figure past what a float holds (memory_total of 1e299 GB x 2)
        value = math.inf
    if value == 0:
        return unit  # zero reads the same in any unit: keep the one it has (`0 s`, not `0 ns`)
    if is_time:
        # Keep a time unit the user wrote while it reads as a plain number
        # (`5 year`, `90 min`), rather than converting it.
        written = value / float(units.info(unit[i][0]).factor)
        if 1 <= written < 1000:
            return unit
    best = rungs[0][1]
    for factor, name in rungs:
        if value >= factor:
            best = name
    return unit[:i] + ((best, 1),) + unit[i + 1:]


def quantity_text(q: QuantityLike, units: FileUnits, fixed: bool = False) -> str:
    if is_sampled(q.magnitude):
        return _spread_text(q, units, fixed)
    if isinstance(q.magnitude, float) and math.isinf(q.magnitude):
        return "unbounded"  # an unstable queue's wait, a disk that never fills
    magnitude, unit = display(q, units, fixed)
    if unit == (("percent", 1),):
        # `2,667%`, as the component table writes it; from the exact share
        # when there is one, so that only exactly 100% reads `100%`.
        return format_percent(q.magnitude if isinstance(q.magnitude, Fraction) else magnitude / 100)
    if unit == ((HMS, 1),):
        return hms_text(q.magnitude)
    text = format_unit(unit, units, short=True)
    if not text:
        return format_number(magnitude)
    if text.startswith("1/"):
        text = text[1:]
    return f"{format_number(magnitude, unit=True)} {text}"


def _spread_text(q: QuantityLike, units: FileUnits, fixed: bool) -> str:
    """An uncertain value: its median, then its 90% interval (p5–p95), all
    in one unit, the one the largest of the three is shown in (a median of
    0 must not pick nanoseconds for a p95 of 5 ms): `46k (21k–98k) req/s`."""
    from bote.uncertainty.samples import spread
    low, mid, high = spread(q.magnitude)
    if math.isinf(mid):
        return "unbounded"
    _, unit = display(_Recast(spread_scale(low, mid, high), q.dims, q.unit), units, fixed)
    if unit == ((HMS, 1),):
        return hms_text(q.magnitude)
    factor = float(unit_factor(unit, units))
    text = format_unit(unit, units, short=True)
    percent = unit == (("percent", 1),)
    numbers = [format_number(x / factor, unit=bool(text) and not percent,
                             digits=_percent_digits(x / factor) if percent else None)
               if math.isfinite(x) else "unbounded" for x in (mid, low, high)]
    if percent:
        numbers, text = [n + "%" if n != "unbounded" else n for n in numbers], ""
    if text.startswith("1/"):
        text = text[1:]
    shown = numbers[0] if numbers[1] == numbers[2] else f"{numbers[0]} ({numbers[1]}–{numbers[2]})"
    return f"{shown} {text}" if text else shown


def spread_scale(low: float, mid: float, high: float) -> float:
    """The value whose display unit a distribution is shown in: the largest
    finite one of its p5, median and p95 in size."""
    finite = [x for x in (low, mid, high) if math.isfinite(x)]
    return max(finite, key=abs) if finite else mid


def _reads_well(unit: UnitExpr, units: FileUnits) -> bool:
    """True when no dimension is contributed by two units (`MB/s` and
    `user/day` read well; `MB * year / day` does not), or when the unit is a
    ratio of one dimension as written (`min/week`, `h/day`: the evaluator
    keeps those only when they were written as a unit, see
    `bote.language.expressions`)."""
    if not unit or same_dimension_ratio(unit, units):
        return True
    seen: set[str] = set()
    for name, _ in unit:
        info = units.info(name)
        if info.kind == "scale" and name not in KEPT_SCALES:
            return False
        dims = {d for d, _ in info.dims}
        if dims & seen:
            return False
        seen |= dims
    return True


def _natural_unit(q: QuantityLike, units: FileUnits) -> UnitExpr:
    # What the value counts survives: `10k qps * 1 hour` is 36M req.
    labels = carried_labels(q.unit, units)
    dims = dict(q.dims)
    if not dims:
        return labels
    if dims == {"time": 1}:
        return (("second", 1),)
    if dims == {"time": -1}:
        return combine_units(labels, (("second", -1),))
    if dims == {"data": 1}:
        return (("byte", 1),)
    if dims == {"data": 1, "time": -1}:
        return (("byte", 1), ("second", -1))
    if dims == {"currency": 1}:
        return (("USD", 1),)
    if dims == {"currency": 1, "time": -1}:
        return (("USD", 1), ("month", -1))
    return combine_units(labels, base_unit_expr(q.dims))


_BUILT_IN_UNITS: FileUnits | None = None


def _built_in_units() -> FileUnits:
    global _BUILT_IN_UNITS
    if _BUILT_IN_UNITS is None:
        from bote.language.unit_table import registry
        _BUILT_IN_UNITS = FileUnits(registry())
    return _BUILT_IN_UNITS


def format_bytes(x) -> str:
    """A byte count with the best SI prefix: `1.5 TB`."""
    return quantity_text(_Plain(x, (("data", 1),), (("byte", 1),)), _built_in_units())


def format_duration(seconds) -> str:
    """A time on the ns...year ladder: `230 ms`, `3.2 month`."""
    return quantity_text(_Plain(seconds, (("time", 1),), (("second", 1),)), _built_in_units())


@dataclass(frozen=True, slots=True)
class _Plain:
    """A magnitude with its dimensions and unit, formatted like a Quantity."""

    magnitude: object
    dims: tuple
    unit: tuple
