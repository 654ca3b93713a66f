"""Pint is the oracle for bote's unit table.

bote reduces `units.txt` itself at every start (`bote.language.unit_table`);
these tests let Pint read the same definitions and reduce every name to exact
base units, and require bote's table to be Pint's, row for row: factor,
dimensions, the labels it counts, its symbol and its kind.  A definition bote
would read differently from Pint fails here, never in a user's figures."""
from fractions import Fraction

import pytest

from bote.language import unit_table
from bote.language.units import BASE_UNITS
from bote.resources import units_path


def build_with_pint(text: str) -> dict:
    """The table of `text` as Pint reduces it, in `unit_table.build`'s shape."""
    import pint

    ureg = pint.UnitRegistry(None, non_int_type=Fraction, cache_folder=None)
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            ureg.define(line)
    definitions = unit_table._definitions(text)
    labels = {name for name, (reference, _) in definitions.items() if reference == "[]"}
    units = {}
    for canonical in definitions:
        factor, root = ureg.get_root_units(canonical)
        assert isinstance(factor, (int, Fraction)), f"Pint gave {factor!r} for {canonical}, not an exact number"
        factor = Fraction(factor)
        dims, counted = {}, {}
        for base, exp in root._units.items():
            assert exp == int(exp)
            if base in labels:
                counted[base] = int(exp)
            else:
                dims[next(d for d, unit in BASE_UNITS.items() if unit == base)] = int(exp)
        kind = "label" if canonical in labels else "scale" if not dims and not counted else "unit"
        units[canonical] = {"symbol": ureg.get_symbol(canonical), "factor": [factor.numerator, factor.denominator],
                            "dims": [list(p) for p in sorted(dims.items())], "kind": kind,
                            "labels": [list(p) for p in sorted(counted.items())]}
    return {"units": units}


def test_botes_unit_table_is_pints_for_every_unit():
    text = units_path().read_text(encoding="utf-8")
    pints, botes = build_with_pint(text)["units"], unit_table.build(text)["units"]
    assert len(botes) > 50 and list(botes) == list(pints)
    for name in pints:
        assert botes[name] == pints[name], name


def test_a_definition_outside_the_syntax_bote_reduces_is_an_error_not_a_wrong_factor():
    """`1024 ** 2 * byte` is Pint's syntax, not the part bote reads (numbers
    and names joined by `*` and `/`): bote refuses the line rather than guess."""
    text = units_path().read_text(encoding="utf-8")
    with pytest.raises(unit_table.UnitTableError, match="kibibyte2"):
        unit_table.build(text + "kibibyte2 = 1024 ** 2 * byte\n")
    assert build_with_pint(text + "kibibyte2 = 1024 ** 2 * byte\n")["units"]["kibibyte2"]["factor"] == [1024 ** 2, 1]


@pytest.mark.parametrize("name, reference, factor, dims, labels, kind", [
    ("hour", "60 * minute", [3600, 1], [["time", 1]], [], "unit"),
    ("KiB", "1024 * byte", [1024, 1], [["data", 1]], [], "unit"),
    ("percent", "0.01", [1, 100], [], [], "scale"),
    ("qps", "request / second", [1, 1], [["time", -1]], [["request", 1]], "unit"),
    ("request", "[]", [1, 1], [], [["request", 1]], "label"),
])
def test_hand_worked_rows(name, reference, factor, dims, labels, kind):
    """Rows worked by hand from units.txt's own lines."""
    text = units_path().read_text(encoding="utf-8")
    assert f"\n{name} = {reference} =" in text
    row = unit_table.build(text)["units"][name]
    assert (row["factor"], row["dims"], row["labels"], row["kind"]) == (factor, dims, labels, kind)
