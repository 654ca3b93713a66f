"""`bote compare`: the file and each of its variants side by side: per
component its instances, headroom, cost and risks, the total cost and what
breaks first, each cell that differs from the file's marked with `*`."""
from __future__ import annotations

from tabulate import tabulate

from bote.files import shown_name
from bote.model.report import ComponentResult, FileReport
from bote.render.figures import (
    breaking_text,
    headroom_text,
    instances_text,
    monthly_text,
    risk_label,
)

BASE = "base"


def _cells(f: FileReport, c: ComponentResult | None) -> dict[str, str]:
    if c is None:
        return {"instances": "absent", "headroom": "-", "cost/month": "-", "risks": "-"}
    return {"instances": instances_text(c), "headroom": headroom_text(c),
            "cost/month": monthly_text(c.cost["cost"], f.evaluated_units) if c.cost is not None else "-",
            "risks": ", ".join(risk_label(r) for r in c.risks) or "-"}


def comparison_rows(scenarios: dict[str, FileReport]) -> tuple[list[str], list[list[str]]]:
    """(headers, rows): one row per component and figure, one column per
    scenario (the file first), a `*` on each cell that differs from the file's.
    A component with no figure in any scenario (clients without risks) has no rows."""
    names: list[str] = []
    for f in scenarios.values():
        names += [c.name for c in f.components if c.name not in names]
    priced = any(f.total_cost is not None for f in scenarios.values())
    figures = ["instances", "headroom", *(["cost/month"] if priced else []), "risks"]
    rows = []
    for name in names:
        cells = {s: _cells(f, next((c for c in f.components if c.name == name), None)) for s, f in scenarios.items()}
        if all(cell == "-" for scenario in cells.values() for cell in scenario.values()):
            continue  # nothing to compare (clients, say): a row of dashes only hides the rest
        for i, figure in enumerate(figures):
            rows.append([name if i == 0 else "", figure,
                         *(_marked(cells[s][figure], cells[BASE][figure], s) for s in scenarios)])
    # Findings about the file rather than a component (an edge out of a cache
    # that carries its hits, a label read for a binding): a variant's own
    # mistakes show here, or nowhere in the comparison.
    findings = {s: ", ".join(f"{r.kind} (line {r.span.line})" if r.span is not None else r.kind
                             for r in f.risks if r.component is None) or "-" for s, f in scenarios.items()}
    if any(cell != "-" for cell in findings.values()):
        rows.append(["file", "risks", *(_marked(findings[s], findings[BASE], s) for s in scenarios)])
    if priced:
        totals = {s: monthly_text(f.total_cost, f.evaluated_units) if f.total_cost is not None else "-"
                  for s, f in scenarios.items()}
        rows.append(["total", "cost/month", *(_marked(totals[s], totals[BASE], s) for s in scenarios)])
    first = {s: _first(f) for s, f in scenarios.items()}
    rows.append(["breaks first", "", *(_marked(first[s], first[BASE], s) for s in scenarios)])
    return ["component", "figure", *scenarios], rows


def _first(f: FileReport) -> str:
    b = f.breaking_point
    if b is None:
        return "-"
    from bote.language.format import multiplier_text
    return f"{b.component} {b.fails_by} at {multiplier_text(b.multiplier)}"


def _marked(cell: str, base: str, scenario: str) -> str:
    return cell if scenario == BASE or cell == base else f"{cell} *"


def render_comparison(scenarios: dict[str, FileReport], markdown: bool = False) -> str:
    base = scenarios[BASE]
    headers, rows = comparison_rows(scenarios)
    table = tabulate(rows, headers, tablefmt="github" if markdown else "simple", disable_numparse=True)
    lines = [shown_name(base.file), "", table, "", "* differs from the file as it is (base)"]
    for name, f in scenarios.items():
        text = breaking_text(f)
        if text:
            lines.append(f"{name}: {text}")
    return "\n".join(lines) + "\n"
