"""The built-in unit table: every name of `units.txt` reduced to an exact
factor, base dimensions and the count labels it counts.

`units.txt` is written in Pint's definition format and is the one source of
truth.  bote reduces it itself, in about a millisecond, on every start: the
definitions use a small part of Pint's syntax (numbers and names joined by
`*` and `/`, base units and labels in brackets), and `_reduce` reads exactly
that part.  Pint is the oracle, not a runtime dependency:
tests/test_units_oracle.py builds the table with Pint and asserts that bote's
is the same, row for row (factor, dimensions, labels, symbol, kind), so a
definition Pint would read differently fails the suite, and a line outside
the syntax `_reduce` reads is an error here (`UnitTableError`), never a
silently wrong factor.

Before issue 16/17 Pint built the table at the first run (importing Pint cost
250 ms of a 550 ms first `bote check`) and bote cached it in its cache folder;
that cache, and what it took to trust it, are gone: nothing about units is
read from the cache folder.
"""
from __future__ import annotations

import re
from fractions import Fraction

from bote.language.units import _EXTRA_ALIASES, BASE_UNITS, HMS, Registry, UnitInfo
from bote.resources import read_text, units_file


class UnitTableError(Exception):
    """A line of `units.txt` outside the syntax bote reduces: a bug in the
    shipped definitions, caught by the test suite."""


def load() -> Registry:
    text = read_text(units_file())
    definitions = _definitions(text)
    return _registry(_build(definitions, _symbols(text)), definitions)


def build(text: str) -> dict:
    """The table of the definitions `text`: {"units": {name: row}}, each row
    {"symbol", "factor": [numerator, denominator], "dims": [[dimension,
    exponent], ...], "kind": "unit" | "label" | "scale", "labels": [[label,
    exponent], ...]}, pairs sorted by name (the shape Pint's table is
    compared in)."""
    return _build(_definitions(text), _symbols(text))


def _build(definitions: dict[str, tuple[str, list[str]]], symbols: dict[str, str]) -> dict:
    reduced: dict[str, tuple[Fraction, dict[str, int]] | None] = {}
    units = {}
    for name, (reference, _) in definitions.items():
        found = _reduce(name, definitions, reduced, set())
        if found is None:
            raise UnitTableError(f"units.txt: cannot reduce `{name} = {reference}` (a name it uses is unknown "
                                 "or circular, or it is outside the syntax bote reads: numbers and names "
                                 "joined by * and /)")
        factor, bases = found
        labels = sorted((b, e) for b, e in bases.items() if b not in _BASE_NAMES)
        dims = sorted((_BASE_NAMES[b], e) for b, e in bases.items() if b in _BASE_NAMES)
        kind = "label" if reference == "[]" else "scale" if not bases else "unit"
        units[name] = {"symbol": symbols[name], "factor": [factor.numerator, factor.denominator],
                       "dims": [list(p) for p in dims], "kind": kind, "labels": [list(p) for p in labels]}
    return {"units": units}


#: base unit -> its dimension: second -> time.
_BASE_NAMES = {unit: dim for dim, unit in BASE_UNITS.items()}

_TOKEN = re.compile(r"\s*(?:(?P<number>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[*/]))")


def _reduce(name: str, definitions: dict, reduced: dict, visiting: set) -> tuple[Fraction, dict[str, int]] | None:
    """(factor, {base unit or label: exponent}) that `name`'s definition
    gives, or None when a line it depends on is outside the syntax this check
    reads, names an unknown unit or is circular."""
    if name in reduced:
        return reduced[name]
    if name in visiting or name not in definitions:
        return None
    visiting.add(name)
    reference = definitions[name][0]
    result: tuple[Fraction, dict[str, int]] | None
    if reference == "[]":
        result = Fraction(1), {name: 1}
    elif reference.startswith("["):
        result = (Fraction(1), {name: 1}) if reference == f"[{_BASE_NAMES.get(name)}]" else None
    else:
        result = _product(reference, definitions, reduced, visiting)
    visiting.discard(name)
    reduced[name] = result
    return result


def _product(reference: str, definitions: dict, reduced: dict,
             visiting: set) -> tuple[Fraction, dict[str, int]] | None:
    """Numbers and unit names joined by `*` and `/`, left to right."""
    factor, bases = Fraction(1), dict[str, int]()
    sign, pos, expect_operand = 1, 0, True
    while pos < len(reference):
        m = _TOKEN.match(reference, pos)
        if m is None:
            return None
        pos = m.end()
        if expect_operand:
            units: dict[str, int]
            if m["number"]:
                value, units = Fraction(m["number"]), {}
            elif m["name"]:
                operand = _reduce(m["name"], definitions, reduced, visiting)
                if operand is None:
                    return None
                value, units = operand
            else:
                return None
            factor *= value ** sign
            for base, exp in units.items():
                bases[base] = bases.get(base, 0) + sign * exp
            expect_operand = False
        elif m["op"]:
            sign = 1 if m["op"] == "*" else -1
            expect_operand = True
        else:
            return None
    if expect_operand or factor == 0:
        return None
    return factor, {b: e for b, e in bases.items() if e}


def _symbols(text: str) -> dict[str, str]:
    """name -> what Pint gives as its symbol: the line's third field, or the
    name when there is none or it is `_`."""
    out = {}
    for line in text.splitlines():
        parts = [p.strip() for p in line.split("#", 1)[0].split("=")]
        if parts[0]:
            out[parts[0]] = parts[2] if len(parts) > 2 and parts[2] not in ("", "_") else parts[0]
    return out


def _definitions(text: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (reference, [symbol and aliases]) for each line of the
    definitions file (`name = reference = symbol = alias ...`)."""
    out = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            parts = [p.strip() for p in line.split("=")]
            out[parts[0]] = (parts[1], [p for p in parts[2:] if p and p != "_"])
    return out


def _aliases(definitions: dict[str, tuple[str, list[str]]]) -> dict[str, str]:
    """Every accepted spelling -> its canonical name, from the definitions."""
    aliases = {}
    for canonical, (_, spellings) in definitions.items():
        for spelling in (canonical, *spellings):
            aliases[spelling] = canonical
    aliases.update(_EXTRA_ALIASES)
    return aliases


def _registry(table: dict, definitions: dict[str, tuple[str, list[str]]]) -> Registry:
    units = {
        name: UnitInfo(name, u["symbol"], Fraction(*u["factor"]),
                       tuple((d, int(e)) for d, e in u["dims"]), u["kind"],
                       tuple((label, int(e)) for label, e in u["labels"]))
        for name, u in table["units"].items()
    }
    units[HMS] = UnitInfo(HMS, HMS, Fraction(1), (("time", 1),), "unit")
    return Registry(units, _aliases(definitions))


# ---- the built-in table ------------------------------------------------------------

_REGISTRY: Registry | None = None


def registry() -> Registry:
    """The built-in registry, loaded once per process."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = load()
    return _REGISTRY
