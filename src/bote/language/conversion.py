"""A quantity as a caller of the Python API asks for it: its display text
(`str(q)`) and its magnitude in a unit they name (`q.to("TB")`).

A quantity from a report knows its file's units (declared labels and units
included); any other is read against the built-in registry.  Nothing heavy
is imported until a quantity is shown or converted: `bote.language.quantity` imports
this module at start-up.
"""
from __future__ import annotations

from fractions import Fraction


class Shown:
    """The base of `Quantity`: how a report's value is shown, and the two
    methods of the Python API.

    The file's units and whether the user chose the unit with `->` live in
    slots outside the dataclass's fields, so they are not part of the value
    (equal quantities stay equal, the JSON is unchanged) and cost nothing
    to the many quantities that never get them (a frozen dataclass pays for
    every field it sets)."""

    __slots__ = ("_file_units", "_fixed_unit")

    @property
    def file_units(self):
        return getattr(self, "_file_units", None)

    @property
    def fixed_unit(self) -> bool:
        return getattr(self, "_fixed_unit", False)

    def __str__(self) -> str:
        """What bote prints for it: `95.1k req/s`, `91.3 TB`, `46k (21k–98k) req/s`."""
        return display_text(self)

    def to(self, unit: str):
        """Its magnitude in `unit` (`"TB"`, `"req/s"`, `"GB/day"`) as a float,
        or a numpy array of floats for a distribution. Raises ValueError for
        a unit bote does not know or of another dimension."""
        return magnitude_in(self, unit)

    def _shown_in(self, units, fixed: bool) -> None:
        """Set the slots `Quantity.in_file` gives a new quantity (frozen, so
        past the dataclass's own `__setattr__`)."""
        object.__setattr__(self, "_file_units", units)
        object.__setattr__(self, "_fixed_unit", fixed)


def _units_of(q):
    if q.file_units is not None:
        return q.file_units
    from bote.language.format import _built_in_units
    return _built_in_units()


def display_text(q) -> str:
    from bote.language.format import quantity_text
    return quantity_text(q, _units_of(q), q.fixed_unit)


def magnitude_in(q, text: str):
    """q's magnitude in the unit `text`: exact until the one final rounding
    to a float (91.3125 TB is 91312.5 in GB); samples divided as floats."""
    from bote.language.units import describe_dims, parse_unit, unit_dims, unit_factor
    from bote.magnitudes import is_sampled
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
