"""The flow's shape, checked before any arithmetic."""
from __future__ import annotations

from bote.errors import Diagnostic
from bote.language import nodes
from bote.language.suggest import did_you_mean


def check(components: dict, edges: list[nodes.Edge]) -> tuple[bool, dict[str, list[nodes.Edge]], list[Diagnostic]]:
    """Check the flow's shape: declared components, no self-edges, no
    repeated edges in a flow, one source of load per component, every
    flow's edges leaving a component it reaches, no cycles (across all
    flows: a request of any class never comes back). Returns
    (ok, incoming edges by target, diagnostics)."""
    diagnostics: list[Diagnostic] = []
    incoming: dict[str, list[nodes.Edge]] = {}

    def error(kind, message, span, hint=None):
        diagnostics.append(Diagnostic(kind, message, span, hint))

    ok = True
    seen: dict[tuple[str, str, str], nodes.Edge] = {}
    for edge in edges:
        for name, span in ((edge.source, edge.source_span), (edge.target, edge.target_span)):
            if name not in components:
                ok = False
                error("flow", f"unknown component `{name}` in flow", span,
                      did_you_mean(name, components) or "declare it with `component NAME { ... }`")
        if edge.source == edge.target:
            ok = False
            error("cycle", f"flow cycle: {edge.source} -> {edge.target}", edge.target_span,
                  "a component cannot send requests to itself")
            continue
        pair = (edge.source, edge.target, edge.flow_class)
        if pair in seen:
            ok = False
            error("flow", f"edge {edge.source} -> {edge.target} is listed twice"
                  f"{_in_flow(edge)} (first on line {seen[pair].target_span.line})", edge.target_span,
                  "give one edge with the combined multiplier")
            continue
        seen[pair] = edge
    if not ok:
        return False, incoming, diagnostics
    for edge in edges:
        incoming.setdefault(edge.target, []).append(edge)
    ok = _each_class_started(edges, incoming, error) and ok
    for name, info in components.items():
        clients = info.properties.get("clients")
        if clients is None or not info.kind.serves_requests:
            continue  # on another kind, `clients` is already an error
        if "load" in info.properties or name in incoming:
            ok = False
            error("property", f"{name} gets its load from its `clients`; it cannot also set `load` "
                  "or be fed by the flow", clients.name_span, "keep one source of load")
        if "poll_interval" not in info.properties:
            ok = False
            error("property", f"{name} sets `clients` but no `poll_interval`", clients.name_span,
                  "add how often each client polls, e.g. `poll_interval = 1 min`")
    for name, into in incoming.items():
        load = components[name].properties.get("load")
        if load is not None:
            ok = False
            error("flow", f"{name} gets its load from the flow (line {into[0].target_span.line}) "
                  "and cannot also set `load`", load.name_span,
                  "remove `load`, or the edges into it")
    return _acyclic(edges, error) and ok, incoming, diagnostics


def _in_flow(edge: nodes.Edge) -> str:
    return "" if edge.flow_class == nodes.DEFAULT_CLASS else f" in flow {edge.flow_class}"


def _each_class_started(edges: list[nodes.Edge], incoming: dict[str, list[nodes.Edge]], error) -> bool:
    """A flow's chain carries only its own traffic, so each edge must leave a
    component that has some: a source (nothing feeds it: its load is its
    own), or one an edge of the same flow reaches."""
    reached = {(e.target, e.flow_class) for e in edges}
    ok = True
    for edge in edges:
        if edge.source in incoming and (edge.source, edge.flow_class) not in reached:
            ok = False
            feeding = sorted({e.flow_class for e in incoming[edge.source]})
            fed_by = ", ".join(f"`{c}`" if c != nodes.DEFAULT_CLASS else "the flow without a name" for c in feeding)
            error("flow", f"{edge.source} carries no {edge.flow_class} traffic: it is fed by {fed_by}, and no "
                  f"edge of flow {edge.flow_class} reaches it", edge.source_span,
                  f"start the chain at the source of its requests (`CLIENTS -> ... -> {edge.source}` inside "
                  f"`flow {edge.flow_class}`), or move the edge to the flow that feeds {edge.source}")
    return ok


def _acyclic(edges: list[nodes.Edge], error) -> bool:
    """False (with an error naming the cycle) when requests come back."""
    outgoing: dict[str, list[nodes.Edge]] = {}
    for edge in edges:
        outgoing.setdefault(edge.source, []).append(edge)
    state: dict[str, int] = {}
    for root in outgoing:
        if state.get(root):
            continue
        stack = [(root, iter(outgoing.get(root, ())))]
        path = [root]
        state[root] = 1
        while stack:
            node, it = stack[-1]
            step = next(it, None)
            if step is None:
                state[node] = 2
                stack.pop()
                path.pop()
                continue
            nxt = step.target
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt]
                error("cycle", "flow cycle: " + " -> ".join(cycle), step.target_span,
                      "requests must not come back to a component they passed through")
                return False
            if not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, iter(outgoing.get(nxt, ()))))
    return True

