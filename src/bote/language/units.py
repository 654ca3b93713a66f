"""bote's curated unit registry.

`units.txt` (Pint's definition format) is the one source of truth.  bote
reduces every name to an exact factor and base units itself at every start
(`unit_table`, about 1 ms), and the test suite holds that table to Pint's
reading of the same file, row for row (tests/test_units_oracle.py).

Values are represented by `quantity.Quantity`; this module only answers "what
is this unit?" and turns unit expressions into text and back.
"""
from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from typing import overload

from bote.dataclasses_compiled import dataclass

#: A dimension vector: sorted (dimension, exponent) pairs, e.g.
#: (("data", 1), ("time", -1)) for bytes per second.  () is dimensionless.
Dims = tuple[tuple[str, int], ...]

#: A unit expression as written: (canonical unit name, exponent) pairs in the
#: order they first appeared, e.g. (("user", 1), ("day", -1)).
UnitExpr = tuple[tuple[str, int], ...]

#: The base unit that measures each dimension.
BASE_UNITS = {"time": "second", "data": "byte", "currency": "USD"}

#: Dimensionless scale units that stay in the displayed unit (`70%`); the other
#: scale words (`thousand`, `million`, ...) fold into the number.
KEPT_SCALES = frozenset({"percent", "ppm"})

#: Symbols that Pint's identifier syntax cannot hold.
_EXTRA_ALIASES = {"µs": "microsecond", "μs": "microsecond", "$": "USD", "%": "percent"}
_DISPLAY_SYMBOLS = {"microsecond": "µs", "percent": "%"}


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """What one unit name means.

    `kind` is `unit` (has a dimension or is a rate like `qps`), `label` (a
    dimensionless count such as `request` or `user`, value 1) or `scale` (a
    dimensionless multiplier such as `percent` or `million`)."""

    name: str
    symbol: str
    factor: Fraction | float      # a float for a file's `unit blob = sqrt(2) * 1 KB`
    dims: Dims
    kind: str
    #: The count labels the unit counts: `request` for `qps` (request /
    #: second); a label counts itself.  What survives `10k qps * 1 hour`.
    labels: UnitExpr = ()

    @property
    def counts(self) -> bool:
        """It counts something: a label, or a rate of one (`qps` is request/s)."""
        return bool(self.labels)

    @property
    def may_name_a_binding(self) -> bool:
        """A count label (`users`) or a rate of one (`qps`): names estimates
        start with, so bindings may take them (`users = 10M users`).  Units
        with a dimension of their own (`day`, `GB`, `USD`, `Gbps`) stay
        reserved."""
        return self.kind == "label" or (self.counts and self.dims == (("time", -1),))


class Registry:
    """Unit names -> `UnitInfo`. Lookups are exact (case-sensitive)."""

    def __init__(self, units: dict[str, UnitInfo], aliases: dict[str, str]):
        self.units = units          # canonical name -> info
        self.aliases = aliases      # every accepted spelling -> canonical name

    def lookup(self, name: str) -> UnitInfo | None:
        canonical = self.aliases.get(name)
        return self.units[canonical] if canonical is not None else None

    def names(self) -> list[str]:
        return list(self.aliases)


#: Money symbols that mean a currency only once the file defines it (`unit
#: EUR = 1.08 USD`): bote has no exchange rates of its own.
CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£"}

#: The calendar units a file may redefine, for published conventions (a
#: 30-day month, "2.5M seconds a month", "10^5 seconds a day").
CALENDAR_UNITS = ("day", "week", "month", "year")

#: How the others follow from a redefined one, in the order to recompute
#: them (as units.txt defines them).
CALENDAR_DERIVED: dict[str, tuple[str, int | Fraction]] = {"week": ("day", 7), "year": ("day", Fraction(36525, 100)), "month": ("year", Fraction(1, 12))}


class FileUnits:
    """The built-in registry plus the units one file declares (`unit tweet`,
    `unit page = 8 KiB`).  Declarations never leak into other files."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.local: dict[str, UnitInfo] = {}
        self.local_aliases: dict[str, str] = {}
        # Thousands of values share a handful of units: remember their
        # factors, and (in `format`) how each is displayed.
        self.factors: dict[UnitExpr, Fraction | float] = {}
        self.memo: dict = {}
        #: canonical -> the value of one of it, and a unit -> its dimensions
        #: (`bote.language.expressions`).
        self.quantities: dict = {}
        self.dims: dict[UnitExpr, Dims] = {}
        #: (unit, short) -> its text (`format_unit`), and a unit -> whether
        #: its size is one a float holds (`bote.language.format.display`).
        self.texts: dict[tuple[UnitExpr, bool], str] = {}
        self.fits: dict[UnitExpr, bool] = {}
        # This file's calendar (`unit month = 30 days`): canonical -> info;
        # `conventions` are the ones it redefined itself.
        self.calendar: dict[str, UnitInfo] = {}
        self.conventions: set[str] = set()
        #: canonical -> (the value as written, its line), for the report.
        self.convention_values: dict = {}

    def lookup(self, name: str) -> UnitInfo | None:
        canonical = self.local_aliases.get(name)
        if canonical is not None:
            return self.local[canonical]
        found = self.registry.lookup(name)
        return self.calendar.get(found.name, found) if found is not None and self.calendar else found

    def info(self, canonical: str) -> UnitInfo:
        return self.local.get(canonical) or self.calendar.get(canonical) or self.registry.units[canonical]

    def redefine_calendar(self, canonical: str, seconds: Fraction) -> None:
        """`unit month = 30 days`: this file's month.  The calendar units
        defined from it follow (a new day makes a week 7 of them and a year
        365.25 of them, and the month a twelfth of that year) unless the
        file redefines them too."""
        self.conventions.add(canonical)
        self.calendar[canonical] = replace(self.registry.units[canonical], factor=seconds)
        for unit, (base, times) in CALENDAR_DERIVED.items():
            if unit not in self.conventions:
                self.calendar[unit] = replace(self.registry.units[unit], factor=self.info(base).factor * times)
        self.factors.clear()
        self.memo.clear()
        self.quantities.clear()
        self.dims.clear()
        self.texts.clear()
        self.fits.clear()

    def declare(self, name: str, factor: Fraction | float, dims: Dims, kind: str, labels: UnitExpr = ()) -> None:
        self.local[name] = UnitInfo(name, name, factor, dims, kind, ((name, 1),) if kind == "label" else labels)
        self.factors.clear()
        self.memo.clear()
        self.quantities.clear()
        self.dims.clear()
        self.texts.clear()
        self.fits.clear()
        symbol = CURRENCY_SYMBOLS.get(name)
        if symbol is not None and dims == (("currency", 1),):
            self.local_aliases[symbol] = name   # `€` once the file says what a EUR is worth
        for spelling in (name, *plurals(name)):
            if self.lookup(spelling) is None or spelling == name:
                self.local_aliases[spelling] = name

    def names(self) -> list[str]:
        return [*self.registry.names(), *self.local_aliases]


def plurals(word: str) -> list[str]:
    """English plural spellings accepted for a declared label: tweet -> tweets,
    category -> categories, box -> boxes."""
    if re.search(r"[^aeiou]y$", word):
        return [word[:-1] + "ies"]
    if re.search(r"(s|x|z|ch|sh)$", word):
        return [word + "es"]
    return [word + "s"]


# ---- unit expressions -----------------------------------------------------------

def unit_factor(unit: UnitExpr, units: FileUnits) -> Fraction | float:
    """How many base units one of `unit` is: KB/s -> 1000 (a float only
    through a unit the file defined with a float)."""
    factor = units.factors.get(unit)
    if factor is None:
        factor = Fraction(1)
        for name, exp in unit:
            factor *= units.info(name).factor ** exp
        units.factors[unit] = factor
    return factor


def unit_dims(unit: UnitExpr, units: FileUnits) -> Dims:
    return combine_dims(*(scale_dims(units.info(name).dims, exp) for name, exp in unit))


def combine_dims(*all_dims: Dims) -> Dims:
    """The product of dimension vectors."""
    total: dict[str, int] = {}
    for dims in all_dims:
        for dim, exp in dims:
            total[dim] = total.get(dim, 0) + exp
    return tuple(sorted((d, e) for d, e in total.items() if e))


@overload
def scale_dims(dims: Dims, power: int) -> Dims: ...
@overload
def scale_dims(dims: Dims, power: Fraction) -> tuple[tuple[str, Fraction], ...]: ...
def scale_dims(dims: Dims, power: int | Fraction) -> tuple[tuple[str, int | Fraction], ...]:
    """The dimensions of a power; a fractional power may leave fractional exponents."""
    return tuple((d, e * power) for d, e in dims)


def combine_units(left: UnitExpr, right: UnitExpr, sign: int = 1) -> UnitExpr:
    """The product (sign=1) or quotient (sign=-1) of two unit expressions,
    keeping first-appearance order and cancelling equal names."""
    exps: dict[str, int] = dict(left)
    for name, exp in right:
        exps[name] = exps.get(name, 0) + sign * exp
    return tuple((n, e) for n, e in exps.items() if e)


def carried_labels(unit: UnitExpr, units: FileUnits) -> UnitExpr:
    """The count labels a unit counts: `user/day` -> user, `qps` -> request,
    `min/week` -> none."""
    out: UnitExpr = ()
    for name, exp in unit:
        out = combine_units(out, tuple((label, e * exp) for label, e in units.info(name).labels))
    return out


def per_second(unit: UnitExpr, units: FileUnits) -> UnitExpr:
    """The unit a component's load (a rate) is shown in: per second, and
    counting what the load counts (`transfer/s` for a load written in
    transfers, `msg/s` in messages); `req/s` when it counts no one label."""
    labels = carried_labels(unit, units)
    label = labels[0][0] if len(labels) == 1 and labels[0][1] == 1 else "request"
    return ((label, 1), ("second", -1))


def same_dimension_ratio(unit: UnitExpr, units: FileUnits) -> bool:
    """Whether a unit is one unit over another of the same dimension, and
    nothing else: `min/week`, `h/day`, `TB/GB`."""
    if len(unit) != 2 or sorted(e for _, e in unit) != [-1, 1]:
        return False
    a, b = (units.info(n) for n, _ in unit)
    return a.kind == b.kind == "unit" and a.dims == b.dims != () and not a.labels and not b.labels


def base_unit_expr(dims: Dims) -> UnitExpr:
    return tuple((BASE_UNITS[d], e) for d, e in dims)


def describe_dims(dims: Dims) -> str:
    """Dimensions in words: `data/time`, `1/time`, `dimensionless`."""
    if not dims:
        return "dimensionless"
    num = [d if e == 1 else f"{d}^{e}" for d, e in dims if e > 0]
    den = [d if e == -1 else f"{d}^{-e}" for d, e in dims if e < 0]
    text = "*".join(num) or "1"
    if den:
        text += "/" + ("*".join(den) if len(den) == 1 else "(" + "*".join(den) + ")")
    return text.replace("currency", "money")


def format_unit(unit: UnitExpr, units: FileUnits, short: bool) -> str:
    """`request / second` (long: canonical names, what JSON carries and
    `parse_unit` reads back) or `req/s` (short: what tables print)."""
    # Written once per unit and form: a report prints thousands of values in a few units.
    text = units.texts.get((unit, short))
    if text is None:
        text = units.texts[(unit, short)] = _unit_text(unit, units, short)
    return text


def _unit_text(unit: UnitExpr, units: FileUnits, short: bool) -> str:
    if not unit:
        return ""
    name = (lambda n: display_symbol(n, units)) if short else (lambda n: n)
    mul, div = ("*", "/") if short else (" * ", " / ")
    power = "^" if short else " ** "
    num = [name(n) if e == 1 else f"{name(n)}{power}{e}" for n, e in unit if e > 0]
    den = [name(n) if e == -1 else f"{name(n)}{power}{-e}" for n, e in unit if e < 0]
    text = mul.join(num) if num else "1"
    for d in den:
        text += div + d
    return text


def display_symbol(name: str, units: FileUnits) -> str:
    return _DISPLAY_SYMBOLS.get(name) or units.info(name).symbol


def parse_unit(text: str, units: FileUnits) -> UnitExpr:
    """Read back a unit string that `format_unit` wrote (long or short form).
    Raises ValueError on anything else."""
    tokens = re.findall(r"\*\*|[*/^()]|[^\s*/^()]+", text)
    unit: UnitExpr = ()
    sign, i = 1, 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in ("*", "/"):
            sign = 1 if tok == "*" else -1
            i += 1
            continue
        exp = 1
        if i + 2 < len(tokens) and tokens[i + 1] in ("**", "^"):
            exp = int(tokens[i + 2])
            i += 2
        i += 1
        if tok == "1":
            continue
        info = units.lookup(tok) or _lookup_symbol(tok, units)
        if info is None:
            raise ValueError(f"unknown unit {tok!r} in {text!r}")
        unit = combine_units(unit, ((info.name, exp),), sign)
    return unit


def _lookup_symbol(symbol: str, units: FileUnits) -> UnitInfo | None:
    for canonical, shown in _DISPLAY_SYMBOLS.items():
        if shown == symbol:
            return units.info(canonical)
    return None


#: `-> hms`: a time shown as a compound duration (`8h 45m 57s`).  A unit
#: only a conversion may name (no alias: `5 hms` is not a quantity), worth
#: one second; JSON writes it as `second` (see `bote.render.json`).
HMS = "hms"
