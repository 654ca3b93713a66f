"""`unit` statements: count labels (`unit tweet`) and units defined from
others (`unit page = 8 KiB`), declared in file order before anything else is
evaluated.
"""
from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from . import nodes
from .errors import BoteError, Diagnostic
from .expressions import Evaluator
from .quantity import Quantity
from .resolve import resolve_constant
from .units import FileUnits, carried_labels


def declare_units(program: nodes.Program, units: FileUnits) -> list[Diagnostic]:
    """Process `unit` statements in file order (a derived unit may use the
    units declared above it)."""
    diagnostics = []
    declared: dict[str, int] = {}
    for stmt in program.statements:
        names = stmt.names if isinstance(stmt, nodes.UnitLabels) else \
            ((stmt.name, stmt.name_span),) if isinstance(stmt, nodes.UnitAlias) else ()
        for name, span in names:
            existing = units.lookup(name)
            if existing is not None:
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
                if q.magnitude <= 0:
                    diagnostics.append(Diagnostic("value", f"unit `{stmt.name}` must be positive", stmt.expr.span))
                    continue
                units.declare(stmt.name, q.magnitude, q.dims, "unit" if q.dims or q.unit else "scale",
                              carried_labels(q.unit, units))
    return diagnostics


def _constant(expr, units: FileUnits) -> Quantity:
    """Evaluate a unit definition: numbers and units only."""
    refs, diagnostics = resolve_constant(expr, units)
    if diagnostics:
        raise BoteError([replace(d, hint=d.hint or "a unit is defined from numbers and other units only")
                         for d in diagnostics])
    return Evaluator(refs, units, lambda ref: None).quantity(expr)
