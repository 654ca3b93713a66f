"""Findings about the file rather than one component: plain `Risk` data
with no component, reported beside the components' risks."""
from __future__ import annotations

from bote.language.format import quantity_text
from bote.language.units import FileUnits
from bote.model.resolve import LabelTrap
from bote.model.risks import WARNING, Risk


def label_not_binding(trap: LabelTrap, value, units: FileUnits) -> Risk:
    """`dau = 20% users` after `users = 10M users` reads the label (0.2
    users), which is rarely what was meant: say so, with both spellings."""
    name, number = trap.binding, trap.number
    what = "label" if units.info(trap.label).kind == "label" else "unit"
    other = f"or the singular `{number} {trap.label}` for the {what}" if trap.label != name else \
        "or rename the binding"
    return Risk(None, "label-not-binding", WARNING,
                f"`{name}` here is the {what} `{trap.label}`, not the binding `{name}` "
                f"({quantity_text(value.quantity, units, value.fixed_unit)})",
                f"write `{name} * {number}` for a share of it, {other}", trap.name.span)
