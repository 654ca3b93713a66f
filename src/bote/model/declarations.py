"""`unit` statements: count labels (`unit tweet`) and units defined from
others (`unit page = 8 KiB`), declared in file order before anything else is
evaluated.
"""
from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from bote.errors import BoteError, Diagnostic
from bote.language import nodes
from bote.language.expressions import Evaluator
from bote.language.quantity import Quantity, is_sampled
from bote.language.refs import Ref
from bote.language.units import CALENDAR_UNITS, FileUnits, carried_labels, describe_dims
from bote.model.resolve import resolve_constant

#: Calendar redefinitions may use each other in any order (`unit year = 12
#: months` above `unit month = 2.5M s`); they settle in a pass per unit.
_CALENDAR_PASSES = len(CALENDAR_UNITS) + 1


def declare_units(program: nodes.Program, units: FileUnits) -> list[Diagnostic]:
    """Process `unit` statements in file order (a derived unit may use the
    units declared above it).  When the file redefines calendar units, every
    statement sees the file's final calendar: the statements are read again,
    starting from the calendar the previous reading ended with, until it no
    longer changes."""
    if not any(isinstance(s, nodes.UnitAlias) and _is_calendar(s.name, units) for s in program.statements):
        return _declare(program, units)
    calendar: dict = {}
    for _ in range(_CALENDAR_PASSES):
        trial = FileUnits(units.registry)
        trial.calendar = dict(calendar)
        diagnostics = _declare(program, trial)
        if diagnostics or trial.calendar == calendar:
            break
        calendar = trial.calendar
    else:
        first = next(s for s in program.statements if isinstance(s, nodes.UnitAlias) and _is_calendar(s.name, units))
        return [Diagnostic("cycle", "the calendar units this file redefines depend on each other without settling",
                           first.name_span, "define one of them in seconds or days")]
    units.calendar = dict(calendar)
    return _declare(program, units)


def _declare(program: nodes.Program, units: FileUnits) -> list[Diagnostic]:
    diagnostics = []
    declared: dict[str, int] = {}
    redefined: dict[str, int] = {}   # calendar unit -> the line that redefined it
    for stmt in program.statements:
        names = stmt.names if isinstance(stmt, nodes.UnitLabels) else \
            ((stmt.name, stmt.name_span),) if isinstance(stmt, nodes.UnitAlias) else ()
        if isinstance(stmt, nodes.UnitAlias) and _is_calendar(stmt.name, units):
            diagnostics += _redefine_calendar(stmt, units, redefined)
            continue
        for name, span in names:
            existing = units.lookup(name)
            if existing is not None:
                if existing.name in units.registry.units and name not in declared:
                    diagnostics.append(Diagnostic(
                        "duplicate", f"`{name}` is already a unit (a built-in one)", span,
                        f"only the calendar units ({', '.join(CALENDAR_UNITS)}) can be redefined for a file; "
                        f"pick another name, e.g. `unit my_{name} = ...`"))
                    break
                where = f" (declared on line {declared[name]})" if name in declared else ""
                diagnostics.append(Diagnostic("duplicate", f"`{name}` is already a unit{where}", span,
                                              "pick another name"))
                break
        else:
            for name, span in names:
                declared[name] = span.line
            if isinstance(stmt, nodes.UnitLabels):
                for name, _ in stmt.names:
                    units.declare(name, Fraction(1), (), "label")
            elif isinstance(stmt, nodes.UnitAlias):
                try:
                    q = _constant(stmt.expr, units)
                except BoteError as e:
                    diagnostics.extend(e.diagnostics)
                    continue
                factor = q.magnitude
                assert not is_sampled(factor)  # resolve_constant rejects ranges
                if factor <= 0:
                    diagnostics.append(Diagnostic("value", f"unit `{stmt.name}` must be positive", stmt.expr.span))
                    continue
                units.declare(stmt.name, factor, q.dims, "unit" if q.dims or q.unit else "scale",
                              carried_labels(q.unit, units))
    return diagnostics


def _is_calendar(name: str, units: FileUnits) -> bool:
    """`unit month = ...` (or `months`, `day`, ...) names a built-in calendar
    unit that the file has not declared itself."""
    existing = units.lookup(name)
    return existing is not None and existing.name in CALENDAR_UNITS and name not in units.local_aliases


def _redefine_calendar(stmt: nodes.UnitAlias, units: FileUnits, redefined: dict[str, int]) -> list[Diagnostic]:
    """This file's day, week, month or year: a positive time."""
    existing = units.lookup(stmt.name)
    assert existing is not None  # _is_calendar found it
    canonical = existing.name
    if canonical in redefined:
        return [Diagnostic("duplicate", f"`{canonical}` is already redefined on line {redefined[canonical]}",
                           stmt.name_span, "redefine each calendar unit once")]
    try:
        q = _constant(stmt.expr, units)
    except BoteError as e:
        return e.diagnostics
    if q.dims != (("time", 1),):
        return [Diagnostic("dimension", f"`unit {stmt.name}` must be a time, not {describe_dims(q.dims)}",
                           stmt.expr.span, f"e.g. `unit {canonical} = {_EXAMPLES[canonical]}`")]
    seconds = q.magnitude
    assert not is_sampled(seconds)  # resolve_constant rejects ranges
    if seconds <= 0:
        return [Diagnostic("value", f"unit `{stmt.name}` must be positive", stmt.expr.span)]
    redefined[canonical] = stmt.name_span.line
    units.redefine_calendar(canonical, Fraction(seconds))
    units.convention_values[canonical] = (q, stmt.name_span.line)
    return []


_EXAMPLES = {"day": "86_400 s", "week": "7 days", "month": "30 days", "year": "365 days"}


def _constant(expr, units: FileUnits) -> Quantity:
    """Evaluate a unit definition: numbers and units only."""
    refs, diagnostics = resolve_constant(expr, units)
    if diagnostics:
        raise BoteError([replace(d, hint=d.hint or "a unit is defined from numbers and other units only")
                         for d in diagnostics])
    return Evaluator(refs, units, _no_names).quantity(expr)


def _no_names(ref: Ref) -> Quantity:
    """The lookup of a unit definition, which names no figure
    (`resolve_constant` accepts units only)."""
    raise AssertionError(f"a unit definition refers to a figure: {ref}")
