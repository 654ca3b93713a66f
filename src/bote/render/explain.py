"""`bote explain`: a figure's derivation (`bote.model.explain`) as an
indented tree of text, or as nested JSON objects."""
from __future__ import annotations

import json

from bote.model.explain import Step, words
from bote.model.report import FileReport

#: Lines longer than this break before each `=` of the derivation.
WIDTH = 100


def render_explain_text(step: Step, with_lines: bool = True) -> str:
    """The tree as text; `with_lines=False` leaves out the `[line N]` of each
    value the file states (in a design doc, where bote's own sections move
    the lines)."""
    lines: list[str] = []
    _lines(step, 0, lines, with_lines)
    return "\n".join(lines) + "\n"


def _lines(step: Step, depth: int, out: list[str], with_lines: bool = True) -> None:
    indent = "  " * depth
    where = f"   [{step.where + ' ' if step.where else ''}line {step.line}]" \
        if step.line is not None and with_lines else ""
    if step.repeated:
        out.append(f"{indent}{step.shown} = {step.text}   (above){where}")
        return
    if step.cut:
        out.append(f"{indent}{step.shown} = {step.text}{where}   (deeper: explain `{step.name}` on its own)")
        return
    if step.is_expression:
        parts = [step.formula]
        for part in (step.substituted, step.rounded):
            if part is not None and part != parts[-1]:
                parts.append(part)
        if step.text != parts[-1]:
            parts.append(step.text)
        tail = where + (f"   ({step.note})" if step.note else "")
        line = f"{indent}{step.shown} = " + " = ".join(parts) + tail
        if len(line) <= WIDTH or len(parts) == 1:
            out.append(line)
        else:
            head = f"{indent}{step.shown} = "
            out.append(head + parts[0])
            out += [" " * (len(head) - 2) + "= " + p for p in parts[1:-1]]
            out.append(" " * (len(head) - 2) + "= " + parts[-1] + tail)
    else:
        note = f"; {step.note}" if step.note else ""
        out.append(f"{indent}{step.shown} = {step.text}{where}   ({words(step.formula)}{note})")
    for child in step.inputs:
        _lines(child, depth + 1, out, with_lines)


def explain_json(step: Step, f: FileReport) -> dict:
    """{name, formula, value, line, inputs}: `value` is {magnitude, unit,
    text} for a quantity (with p5, p50, p95 and mean for a distribution),
    {text} otherwise."""
    from bote.language.quantity import Quantity
    from bote.render.json import quantity_json
    value = {**quantity_json(step.value, f), "text": step.text} if isinstance(step.value, Quantity) \
        else {"text": step.text}
    out = {"name": step.name, "formula": step.formula, "value": value, "line": step.line,
           "inputs": [explain_json(i, f) for i in step.inputs]}
    if step.is_expression and step.substituted is not None:
        out["substituted"] = step.substituted
    if step.note:
        out["note"] = step.note
    if step.repeated:
        out["repeated"] = True
    if step.cut:
        out["cut"] = True
    return out


def render_explain_json(step: Step, f: FileReport) -> str:
    return json.dumps(explain_json(step, f), indent=2, ensure_ascii=False) + "\n"
