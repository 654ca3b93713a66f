"""A quantity as a caller of the Python API asks for it: its display text
(`str(q)`) and its magnitude in a unit they name (`q.to("TB")`).

A quantity from a report knows its file's units (declared labels and units
included); any other is read against the built-in registry.
"""
from __future__ import annotations

from fractions import Fraction

from .format import _built_in_units, quantity_text
from .quantity import Quantity, is_sampled
from .units import describe_dims, parse_unit, unit_dims, unit_factor


def _units_of(q: Quantity):
    return q.file_units if q.file_units is not None else _built_in_units()


def display_text(q: Quantity) -> str:
    return quantity_text(q, _units_of(q), q.fixed_unit)


def magnitude_in(q: Quantity, text: str):
    """q's magnitude in the unit `text`: exact until the one final rounding
    to a float (1500 TB is 1500.0 in TB); samples divided as floats."""
    if not isinstance(text, str):
        raise TypeError(f"the unit must be a string such as \"TB\", not {type(text).__name__}")
    units = _units_of(q)
    try:
        unit = parse_unit(text, units)
    except (ValueError, IndexError):
        raise ValueError(f"`{text}` is not a unit bote knows (write it as bote does, e.g. \"TB\", "
                         f"\"req/s\", \"GB/day\")") from None
    dims = unit_dims(unit, units)
    if dims != q.dims:
        raise ValueError(f"cannot express {display_text(q)} ({describe_dims(q.dims)}) in {text} "
                         f"({describe_dims(dims)})")
    factor = unit_factor(unit, units)
    m = q.magnitude
    if is_sampled(m):
        return m / float(factor)
    if isinstance(m, Fraction):
        return float(m / factor)
    return float(m) / float(factor)
