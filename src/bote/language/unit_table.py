"""The built-in unit table: built by Pint from `units.txt`, cached as JSON,
and checked row by row against the definitions before every use.

Pint reads the definitions and reduces every name to an exact factor, base
dimensions and the count labels it counts; that takes importing Pint (130-190
ms), so the result is kept in bote's cache folder as `units-KEY.json`, KEY
being the sha256 of the table's schema, bote's version and the definitions.

A cached table is data to check, not to believe.  Before use:
- its recorded key must match (an older bote's or other definitions' table is
  never served, whatever its file is called);
- every row must be well formed (a name, a symbol, a factor of two integers,
  dimensions and labels as name/integer pairs, a known kind), and there must
  be exactly one row per definition;
- every row must agree with its own line of `units.txt`: the symbol written
  there, and the factor, dimensions and labels its definition gives from the
  units it names, down to the base units (`second = [time]`, `request =
  []`), which are fixed by their own lines: `hour = 60 * minute` holds only
  if hour's factor is 60 times minute's, in the same dimensions.  So a table
  that passes is the one Pint builds: an edited factor, a swapped dimension,
  a dropped row or a truncated file is found, and Pint rebuilds it.
The aliases are read from the definitions, never from the file.  The check
reads only the small part of Pint's syntax units.txt uses (numbers and names
joined by `*` and `/`); a line outside it makes every cached table fail the
check, so bote would stay correct and slow (tests/test_cache_safety.py asserts
that Pint's own table passes).

The file is read and written through `cache_files` (no symlinks, no special
files, a size bound, atomic replacement).
"""
from __future__ import annotations

import hashlib
import json
import re
from fractions import Fraction

from bote.cache_files import read_bytes, write_bytes
from bote.language.units import _EXTRA_ALIASES, BASE_UNITS, HMS, Registry, UnitInfo
from bote.resources import cache_dir, units_path
from bote.version import __version__

#: Bump when the cached table's shape or its reading of the definitions
#: (kinds, symbols) changes, so no stale table is served.
_TABLE_SCHEMA = 4

_KINDS = ("unit", "label", "scale")


def load() -> Registry:
    text = units_path().read_text(encoding="utf-8")
    definitions = _definitions(text)
    folder = cache_dir()
    cache_file = None
    # Keyed by bote's version and the definitions themselves; looking up
    # Pint's version would cost more (importlib.metadata) than it buys.
    key = hashlib.sha256(f"{_TABLE_SCHEMA}\0{__version__}\0{text}\0{sorted(_EXTRA_ALIASES.items())}"
                         .encode()).hexdigest()
    if folder is not None:
        cache_file = folder / f"units-{key[:16]}.json"
        cached = _read_table(cache_file)
        if cached is not None and check_table(cached, key, text):
            return _registry(cached, definitions)
    table = build_with_pint(text)
    table = {"schema": _TABLE_SCHEMA, "key": key, **table}
    if cache_file is not None:
        write_bytes(cache_file, json.dumps(table).encode())
    return _registry(table, definitions)


def _read_table(path):
    raw = read_bytes(path)
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


# ---- the check ------------------------------------------------------------------------

def check_table(table, key: str, text: str) -> bool:
    """Whether a table read from the cache is the one the definitions `text`
    give (see the module docstring)."""
    definitions, symbols = _definitions(text), _symbols(text)
    if not isinstance(table, dict) or table.get("schema") != _TABLE_SCHEMA or table.get("key") != key:
        return False
    rows = table.get("units")
    if not isinstance(rows, dict) or list(rows) != list(definitions):
        return False
    reduced: dict[str, tuple[Fraction, dict[str, int]] | None] = {}
    for name, (reference, _) in definitions.items():
        row = _well_formed(rows[name])
        expected = _reduce(name, definitions, reduced, set())
        if row is None or expected is None:
            return False
        symbol, factor, dims, kind, labels = row
        want_factor, bases = expected
        want_labels = {b: e for b, e in bases.items() if b not in _BASE_NAMES}
        want_dims = {_BASE_NAMES[b]: e for b, e in bases.items() if b in _BASE_NAMES}
        want_kind = "label" if reference == "[]" else "scale" if not bases else "unit"
        if (symbol != symbols[name] or factor != want_factor or dims != want_dims
                or labels != want_labels or kind != want_kind):
            return False
    return True


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


def _well_formed(row) -> tuple | None:
    """(symbol, factor, dims, kind, labels) of a row read from JSON, or None."""
    if not isinstance(row, dict) or set(row) != {"symbol", "factor", "dims", "kind", "labels"}:
        return None
    factor = row["factor"]
    if not (isinstance(factor, list) and len(factor) == 2 and all(type(n) is int for n in factor)
            and factor[1] > 0):
        return None
    dims, labels = _pairs(row["dims"]), _pairs(row["labels"])
    if dims is None or labels is None or not isinstance(row["symbol"], str) or row["kind"] not in _KINDS:
        return None
    return row["symbol"], Fraction(*factor), dims, row["kind"], labels


def _pairs(value) -> dict[str, int] | None:
    """[[name, exponent], ...] sorted by name with no repeats and no zero, as a dict."""
    if not isinstance(value, list):
        return None
    if not all(isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and type(p[1]) is int and p[1]
               for p in value):
        return None
    names = [p[0] for p in value]
    return dict(value) if names == sorted(set(names)) else None


# ---- building ---------------------------------------------------------------------------

def build_with_pint(text: str) -> dict:
    """Let Pint parse the definitions and reduce every name to exact base
    units; return the table as JSON-ready data."""
    import pint

    ureg: pint.UnitRegistry = pint.UnitRegistry(None, non_int_type=Fraction, cache_folder=None)
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            ureg.define(line)
    definitions = _definitions(text)
    labels = {name for name, (reference, _) in definitions.items() if reference == "[]"}
    units = {}
    for canonical in definitions:
        factor, root = ureg.get_root_units(canonical)
        factor = _exact(factor)
        dims: dict[str, int] = {}
        counted: dict[str, int] = {}
        for base, exp in root._units.items():
            if base in labels:
                counted[base] = int(_exact(exp))
                continue
            dim = next(d for d, unit in BASE_UNITS.items() if unit == base)
            dims[dim] = int(_exact(exp))
        if canonical in labels:
            kind = "label"
        elif not dims and not counted:
            kind = "scale"
        else:
            kind = "unit"
        units[canonical] = {
            "symbol": ureg.get_symbol(canonical),
            "factor": [factor.numerator, factor.denominator],
            "dims": sorted(dims.items()),
            "kind": kind,
            "labels": sorted(counted.items()),
        }
    return {"units": units}


def _exact(x: object) -> Fraction:
    """A factor or exponent from Pint, which gives Fractions (or ints) with
    `non_int_type=Fraction`."""
    if not isinstance(x, (int, Fraction)):
        raise TypeError(f"Pint gave {x!r}, not an exact number")
    return Fraction(x)


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
