"""`# => TEXT` annotations: the figure bote prints for a line, written beside
it in docs and examples, and checked here so they can never rot."""
import re

from bote.format import quantity_text
from bote.render.figures import instances_text

BINDING = re.compile(r"\s*(\w+)\s*=.*#\s*=>\s*(.+?)\s*$")
COMPONENT = re.compile(r"\s*component\s+(\w+)\s*\{.*#\s*=>\s*(.+?)\s*$")


def check_annotations(source: str, report) -> int:
    """Assert every annotation in `source` against `report`; return how many."""
    values = {v.name: v for v in report.values}
    components = {c.name: c for c in report.components}
    checked = 0
    for line in source.splitlines():
        if m := BINDING.match(line):
            v = values[m.group(1)]
            assert quantity_text(v.quantity, report.units, v.fixed_unit) == m.group(2), line
        elif m := COMPONENT.match(line):
            assert instances_text(components[m.group(1)]) == m.group(2), line
        else:
            assert "# =>" not in line, f"an annotation the tests cannot check: {line}"
            continue
        checked += 1
    return checked
