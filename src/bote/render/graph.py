"""`bote graph`: the flow as a Mermaid flowchart or a Graphviz DOT digraph.

One node per component (in report order, with or without edges), labelled
with its name, load, instances (`needed + spare`) and utilization, and the
kinds of its error and warning risks; one arrow per flow edge, labelled with
its multiplier when that is not 1 (`x3`, `10%`).  Components with an
error-level risk are red, with a warning amber.
"""
from __future__ import annotations

import re

from bote.language.format import format_number, format_percent
from bote.language.quantity import Quantity, is_sampled
from bote.model.report import ComponentResult, FileReport
from bote.model.risks import ERROR, WARNING
from bote.render.figures import instances_text, load_text, name_text, utilization_text

#: Fill and stroke colours: red for error-level risks, amber for warnings.
RISK_FILL, RISK_STROKE = "#ffcdd2", "#c62828"
WARN_FILL, WARN_STROKE = "#ffe0b2", "#ef6c00"

# Words Mermaid's flowchart parser treats specially when they stand as a node id.
_MERMAID_RESERVED = frozenset({
    "end", "graph", "flowchart", "subgraph", "style", "linkstyle", "classdef", "class", "click",
    "call", "href", "direction", "default", "interpolate", "acctitle", "accdescr",
})


def multiplier_text(q: Quantity) -> str | None:
    """An edge's label: None for 1, `10%` for a percentage, else `x3`; an
    uncertain multiplier shows its median and 90% interval."""
    if is_sampled(q.magnitude):
        if q.unit == (("percent", 1),):
            return format_percent(q.magnitude)
        return "x" + format_number(q.magnitude)
    if q.magnitude == 1:
        return None
    if q.unit == (("percent", 1),):
        return format_percent(q.magnitude)
    return "x" + format_number(q.magnitude)


def severity(c: ComponentResult) -> str | None:
    """`error` or `warning`: the worst risk severity that colours the node."""
    found = {r.severity for r in c.risks}
    if ERROR in found:
        return ERROR
    return WARNING if WARNING in found else None


def label_lines(c: ComponentResult, f: FileReport) -> list[str]:
    lines = [name_text(c),
             "load " + load_text(c, f.evaluated_units)]
    if c.sizing is not None:
        lines.append("instances " + instances_text(c))
    if c.sizing is not None or c.kind_spec.capacity_is_limit:
        lines.append("utilization " + utilization_text(c))
    m = c.kind_model
    if m is not None and m.backlog is not None and (m.backlog.any() if is_sampled(m.backlog) else m.backlog):
        lines.append(f"backlog {format_number(m.backlog, unit=True)} msg")
    kinds = [r.kind for r in c.risks if r.severity in (ERROR, WARNING)]
    if kinds:
        lines.append("risk: " + ", ".join(kinds))
    return lines


# ---- Mermaid -------------------------------------------------------------------------

def mermaid_text(text: str) -> str:
    """Text safe inside a quoted Mermaid label: Mermaid's entity codes for the
    characters its parser or its HTML labels would read."""
    return (text.replace("#", "#35;").replace('"', "#quot;").replace("&", "#amp;")
            .replace("<", "#lt;").replace(">", "#gt;"))


def _mermaid_ids(names: list[str]) -> dict[str, str]:
    """A safe, unique node id per component name: the name itself when it is
    an identifier Mermaid does not reserve (every name bote accepts but
    `end`, `class`, ...), else a variant with `_` that no other name uses."""
    def usable(name: str) -> bool:
        return re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) is not None and name.lower() not in _MERMAID_RESERVED

    ids = {name: name for name in names if usable(name)}
    taken = set(ids)
    for name in names:
        if name in ids:
            continue
        candidate = re.sub(r"[^A-Za-z0-9_]", "_", name)
        if not re.match(r"[A-Za-z_]", candidate):
            candidate = "_" + candidate
        while candidate.lower() in _MERMAID_RESERVED or candidate in taken:
            candidate += "_"
        ids[name] = candidate
        taken.add(candidate)
    return ids




def _async(f: FileReport) -> set[str]:
    """Components whose outgoing edges are asynchronous: the queues."""
    return {c.name for c in f.components if c.kind_spec.ends_synchronous_path}


#: One colour per flow (request class), in the order the file declares them:
#: the Okabe-Ito palette, told apart with every kind of colour blindness.
FLOW_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def flow_colour(e, f: FileReport) -> str:
    return FLOW_COLOURS[f.flows.index(e.flow_class) % len(FLOW_COLOURS)]


def edge_text(e, f: FileReport) -> str | None:
    """An edge's label: its multiplier when not 1, its batch size when it
    batches (`x2 batch 100`) and, in a file that names its flows, the flow
    it carries (`rides x3`)."""
    text = multiplier_text(e.multiplier)
    if e.batch is not None:
        size = e.batch
        if is_sampled(size):
            import numpy as np
            size = np.median(size)   # the batch size of the median scenario (a timeout makes it vary)
        batch = f"batch {format_number(float(size))}"
        text = batch if text is None else f"{text} {batch}"
    if not f.flows:
        return text
    return e.flow_class if text is None else f"{e.flow_class} {text}"


def render_mermaid(f: FileReport) -> str:
    # Edges only name declared components; naming their ends too keeps the
    # output valid even for a hand-built report.
    ids = _mermaid_ids(list(dict.fromkeys([c.name for c in f.components]
                                          + [n for e in f.edges for n in (e.source, e.target)])))
    lines = ["flowchart LR"]
    for c in f.components:
        label = "<br/>".join(mermaid_text(line) for line in label_lines(c, f))
        # Each kind's shape: clients a stadium, a queue a subroutine box, a
        # database a cylinder, a third party a hexagon; else a box.
        open_, close = c.kind_spec.mermaid_shape or ('["', '"]')
        lines.append(f'    {ids[c.name]}{open_}{label}{close}')
    queues = _async(f)
    styles = []
    for i, e in enumerate(f.edges):
        text = edge_text(e, f)
        line = "-.->" if e.source in queues else "-->"  # dotted: asynchronous, through a queue
        arrow = line if text is None else f'{line}|"{mermaid_text(text)}"|'
        lines.append(f"    {ids[e.source]} {arrow} {ids[e.target]}")
        if f.flows:
            styles.append(f"    linkStyle {i} stroke:{flow_colour(e, f)},stroke-width:2px")
    lines += styles
    classes = {ERROR: ("risk", RISK_FILL, RISK_STROKE), WARNING: ("warn", WARN_FILL, WARN_STROKE)}
    members = {level: [ids[c.name] for c in f.components if severity(c) == level] for level in classes}
    for level, (name, fill, stroke) in classes.items():
        if members[level]:
            lines.append(f"    classDef {name} fill:{fill},stroke:{stroke},stroke-width:2px,color:#000")
    for level, (name, _, _) in classes.items():
        if members[level]:
            lines.append(f"    class {','.join(members[level])} {name}")
    return "\n".join(lines) + "\n"


# ---- Graphviz DOT --------------------------------------------------------------------

def dot_text(text: str) -> str:
    """A DOT double-quoted string's contents: `\\` and `"` escaped, line
    breaks as DOT's `\\n`."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n")




def render_dot(f: FileReport) -> str:
    lines = ["digraph bote {", "  rankdir=LR;", '  node [shape=box, style=rounded, fontname="Helvetica"];',
             '  edge [fontname="Helvetica"];']
    colours = {ERROR: (RISK_FILL, RISK_STROKE), WARNING: (WARN_FILL, WARN_STROKE)}
    for c in f.components:
        label = "\\n".join(dot_text(line) for line in label_lines(c, f))
        attrs = f'label="{label}"'
        if c.kind_spec.dot_shape:
            attrs += f", shape={c.kind_spec.dot_shape}"
        level = severity(c)
        if level is not None:
            fill, stroke = colours[level]
            attrs += f', style="rounded,filled", fillcolor="{fill}", color="{stroke}"'
        lines.append(f'  "{dot_text(c.name)}" [{attrs}];')
    queues = _async(f)
    for e in f.edges:
        text = edge_text(e, f)
        parts = ([] if text is None else [f'label="{dot_text(text)}"']) + \
            (["style=dashed"] if e.source in queues else []) + \
            ([f'color="{flow_colour(e, f)}"', f'fontcolor="{flow_colour(e, f)}"'] if f.flows else [])
        attrs = f" [{', '.join(parts)}]" if parts else ""
        lines.append(f'  "{dot_text(e.source)}" -> "{dot_text(e.target)}"{attrs};')
    lines.append("}")
    return "\n".join(lines) + "\n"
