"""What the evaluator hands `bote.model.failures` for one component: its
callers' first attempts, timeouts and retries, what its instances serve,
how long it takes to answer, and what its own calls fail (read from its
callees' failure nodes, evaluated before it)."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from bote.language.nodes import DEFAULT_CLASS
from bote.language.quantity import aligned, as_float, is_sampled
from bote.magnitudes import Magnitude
from bote.model.failures import (
    CallerEdge,
    Failures,
    Response,
    component_failures,
    downstream_failure,
    least,
)

if TYPE_CHECKING:
    from bote.model.evaluation import _Run


#: The caller of a component whose load is its own: whoever sends it.
OUTSIDE = ""


def failures_at(run: _Run, name: str) -> Failures:
    """The `("failure", name)` node's value."""
    info = run.r.components[name]
    kind = info.kind
    model = run.model(name)
    sizing, server, kind_model = kind.parts(model)
    prop = run.magnitude_of(name)
    own_timeout = prop("timeout")
    callers = []
    for edge in run.r.incoming.get(name, ()):
        key = (edge.source, name, edge.flow_class)
        source = run.r.components[edge.source].kind
        caller_timeout = None if source.ends_synchronous_path else run.magnitude_of(edge.source)("timeout")
        timeout, whose = _lesser(caller_timeout, edge.source, own_timeout, name)
        retries = 0 if source.ends_synchronous_path else int(run.magnitude_of(edge.source)("retries") or 0)
        first = run.first_attempts.get(key, run.edge_loads[key]).magnitude
        callers.append(CallerEdge(edge.source, edge.flow_class, first, retries, timeout, whose))
    if not callers:
        # Its own load (`load = ...`, or the assumed one) comes from outside
        # the file: first attempts that nothing in it retries, with no
        # timeout bote knows (its own `timeout` is for the calls it makes).
        parts = run.class_loads.get(name) or {DEFAULT_CLASS: run.quantity(("load", name))}
        for flow_class, part in parts.items():
            callers.append(CallerEdge(OUTSIDE, flow_class, part.magnitude, 0, None))
    rate_limit = kind_model.rate_limit if kind_model is not None and kind_model.rate_limit is not None \
        else prop("rate_limit")
    served = None
    if sizing is not None and not kind.capacity_is_limit:
        n = 1 if sizing.scaling == "single" else sizing.instances
        c, n = aligned(sizing.capacity, n)
        served = c * n
    downstream_time = _downstream_time(run, name, model)
    if server is not None and server.service_time is not None and server.workers is not None:
        response = Response(downstream_time, server.service_time, server.workers,
                            1 if sizing.scaling == "single" else sizing.instances)
    else:
        latency = kind_model.latency if kind_model is not None else None
        response = Response(downstream_time, latency=latency)
    retries_here = 0 if kind.ends_synchronous_path else int(prop("retries") or 0)
    flows = {c: q.magnitude for c, q in run.class_loads.get(name, {}).items()}
    downstream: dict[str, Magnitude] = {}
    for flow_class in flows or dict.fromkeys(run.r.started.get(name, ())):
        calls: list[tuple[Magnitude, Magnitude, int]] = []
        if not kind.ends_synchronous_path:
            for callee in dict.fromkeys(run.outgoing.get(name, ())):
                found = run.values.get(("failure", callee))
                if not isinstance(found, Failures) or (name, flow_class) not in found.attempt_failure:
                    continue
                calls.append((found.attempt_failure[(name, flow_class)],
                              run.multiplier(name, callee, flow_class), retries_here))
        downstream[flow_class] = downstream_failure(calls)
    return component_failures(callers, error_rate=prop("error_rate") or 0, rate_limit=rate_limit, served=served,
                              response=response, downstream=downstream, flow_loads=flows or {
                                  c: 1 for c in downstream})


def _lesser(caller_timeout, caller: str, own_timeout, name: str):
    """(the timeout a call waits, whose it is): the caller's or the
    component's own, the lesser when both are set (sample by sample with
    ranges: then named for the caller)."""
    if caller_timeout is None or own_timeout is None:
        return (caller_timeout, caller) if caller_timeout is not None else (own_timeout, name)
    if is_sampled(caller_timeout) or is_sampled(own_timeout):
        return least(caller_timeout, own_timeout), caller
    return (caller_timeout, caller) if caller_timeout <= own_timeout else (own_timeout, name)


def _downstream_time(run: _Run, name: str, model) -> Magnitude:
    """The mean time its own calls add to its answer: its path less its own
    latency (0 where its own is unbounded: it times out anyway)."""
    path = run.quantity(("path", name)).magnitude
    own = run.r.components[name].kind.own_latency(model)
    if is_sampled(path) or is_sampled(own):
        import numpy as np
        p, o = np.asarray(as_float(path), dtype=float), np.asarray(as_float(own), dtype=float)
        with np.errstate(invalid="ignore"):
            return np.where(np.isfinite(o), np.maximum(p - o, 0.0), 0.0)
    whole, mine = float(path), float(own)
    return 0.0 if math.isinf(mine) else max(whole - mine, 0.0)

