"""Errors and retries across the whole file (`bote.model.failures` for one
component): a caller's retries load its callees, every attempt it serves
calls them again, and what they fail it fails, so the components are solved
together.

Each round walks the flow callers first. At a component, each caller's
first attempts are scaled by how many attempts that caller serves per
request it was sized for (its amplification: its own callers' retries, less
what it turned away), the offered load is the fixed point of its callers'
retries (`retries.offered_fixed_point`), and its own calls fail as its
callees answered in the round before. Everything rises from the healthy
state round after round, so the rounds climb to the lowest fixed point of
the whole file; they end when no offered load or failure share moves.
"""
from __future__ import annotations

import math
from functools import partial
from typing import TYPE_CHECKING

from bote.language.nodes import DEFAULT_CLASS
from bote.language.quantity import aligned, as_float, is_sampled
from bote.magnitudes import Magnitude, least, product, required
from bote.model import retries as rt
from bote.model.failures import (
    CallerEdge,
    Failures,
    Response,
    Served,
    answers,
    attempt_shares,
    codes,
    downstream_failure,
    total,
)

if TYPE_CHECKING:
    from bote.model.evaluation import _Run

#: The caller of a component whose load is its own: whoever sends it.
OUTSIDE = ""

#: Rounds over the file: a chain of n calls settles in about n rounds.
MAX_ROUNDS = 50


def solve(run: _Run) -> dict[str, Failures]:
    """Every component's `Failures`, at the lowest fixed point of the file."""
    order = [key[1] for key in run.r.order if key[0] == "load"]   # callers before callees
    served = {name: _served(run, name) for name in order}
    failing: dict[tuple[str, str, str], Magnitude] = {}   # (caller, callee, flow) -> its attempts' failure share
    found: dict[str, Failures] = {}
    for _ in range(MAX_ROUNDS):
        amplified: dict[tuple[str, str], Magnitude] = {}   # (component, flow) -> attempts served per request sized
        moved = False
        for name in order:
            s = served[name]
            downstream = {flow: downstream_failure([(failing.get((name, callee, f), 0.0), m, s.retries)
                                                    for callee, f, m in s.calls if f == flow])
                          for flow in s.flow_loads}
            firsts = [c.first if (c.caller, c.flow) not in amplified else product(c.first, amplified[(c.caller, c.flow)])
                      for c in s.callers]
            _, shares = rt.offered_fixed_point(firsts, [c.retries for c in s.callers],
                                               partial(attempt_shares, s, downstream=downstream))
            attempts = [product(f, rt.retry_factor(p, c.retries)) for f, p, c in zip(firsts, shares, s.callers)]
            result = answers(s, attempts, downstream)
            before = found.get(name)
            moved = moved or before is None or not rt.settled(before.offered, result.offered) \
                or not rt.settled(before.failure_share, result.failure_share)
            found[name] = result
            failing.update(((c.caller, name, c.flow), p) for c, p in zip(s.callers, shares))
            if not s.relays:
                amplified.update(_amplification(s, attempts))
        if not moved:
            break
    return found


def _amplification(s: Served, attempts: list[Magnitude]) -> dict[tuple[str, str], Magnitude]:
    """(component, flow) -> the attempts it serves in that flow per request
    it was sized for: its callers' retries count, what it rejects (429,
    503) calls nothing further."""
    q429, q503, _ = codes(s, total(attempts), bool(s.callers) and all(c.waits for c in s.callers))
    passed = product(1 - q429, 1 - q503)
    out: dict[tuple[str, str], Magnitude] = {}
    for flow, sized in s.flow_loads.items():
        taken = total(a for a, c in zip(attempts, s.callers) if c.flow == flow)
        taken = product(taken, passed)
        if is_sampled(taken) or is_sampled(sized):
            import numpy as np
            t, z = np.asarray(taken, dtype=float), np.asarray(sized, dtype=float)
            with np.errstate(divide="ignore", invalid="ignore"):
                out[(s.name, flow)] = np.where(z > 0, t / np.where(z > 0, z, 1.0), 1.0)
        else:
            out[(s.name, flow)] = taken / sized if sized else 1
    return out


def _served(run: _Run, name: str) -> Served:
    """A component as the failure model sees it (`failures.Served`)."""
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
        relays = source.ends_synchronous_path
        caller_timeout = None if relays else run.magnitude_of(edge.source)("timeout")
        timeout, whose = _lesser(caller_timeout, edge.source, own_timeout, name)
        retries = 0 if relays else int(required(run.magnitude_of(edge.source)("retries")))
        first = run.first_attempts.get(key, run.edge_loads[key]).magnitude
        callers.append(CallerEdge(edge.source, edge.flow_class, first, retries, timeout, whose, waits=relays))
    if not callers:
        # Its own load (`load = ...`, or the assumed one) comes from outside
        # the file: first attempts that nothing in it retries, with no
        # timeout bote knows (its own `timeout` is for the calls it makes).
        parts = run.class_loads.get(name) or {DEFAULT_CLASS: run.quantity(("load", name))}
        callers = [CallerEdge(OUTSIDE, flow, part.magnitude, 0, None) for flow, part in parts.items()]
    rate_limit = kind_model.rate_limit if kind_model is not None and kind_model.rate_limit is not None \
        else prop("rate_limit")
    capacity = None
    if sizing is not None and not kind.capacity_is_limit:
        n = 1 if sizing.scaling == "single" else sizing.instances
        c, n = aligned(sizing.capacity, n)
        capacity = c * n
    flows = {c.flow: None for c in callers}
    downstream = {flow: _downstream_time(run, name, model, flow) for flow in flows}
    if server is not None and server.service_time is not None and server.workers is not None:
        response = Response(downstream, server.service_time, server.workers,
                            1 if sizing.scaling == "single" else sizing.instances)
    else:
        response = Response(downstream, latency=kind_model.latency if kind_model is not None else None)
    relays = kind.ends_synchronous_path
    made: dict[tuple[str, str], Magnitude] = {}   # (callee, flow) -> requests to it per request here
    for target in () if relays else dict.fromkeys(run.outgoing.get(name, ())):
        for e in run.r.incoming[target]:
            if e.source == name and (target, e.flow_class) not in made:
                made[(target, e.flow_class)] = run.multiplier(name, target, e.flow_class)
    calls = tuple((target, flow, m) for (target, flow), m in made.items())
    parts = run.class_loads.get(name) or {DEFAULT_CLASS: run.quantity(("load", name))}
    return Served(name, tuple(callers), required(prop("error_rate")), rate_limit, capacity, response, calls,
                  0 if relays else int(required(prop("retries"))), {f: q.magnitude for f, q in parts.items()},
                  relays=relays)


def _lesser(caller_timeout, caller: str, own_timeout, name: str):
    """(the timeout a call waits, whose it is): the caller's or the
    component's own, the lesser when both are set (sample by sample with
    ranges: then named for the caller)."""
    if caller_timeout is None or own_timeout is None:
        return (caller_timeout, caller) if caller_timeout is not None else (own_timeout, name)
    if is_sampled(caller_timeout) or is_sampled(own_timeout):
        return least(caller_timeout, own_timeout), caller
    return (caller_timeout, caller) if caller_timeout <= own_timeout else (own_timeout, name)


def _downstream_time(run: _Run, name: str, model, flow: str) -> Magnitude:
    """The mean time its own calls add to its answer in one flow: that
    flow's path from it less its own latency (0 where its own is
    unbounded: it times out anyway)."""
    path = run.class_paths.get((name, flow), run.quantity(("path", name)).magnitude)
    own = run.own_latency_in(name, flow, run.r.components[name].kind.own_latency(model))
    if is_sampled(path) or is_sampled(own):
        import numpy as np
        p, o = np.asarray(as_float(path), dtype=float), np.asarray(as_float(own), dtype=float)
        with np.errstate(invalid="ignore"):
            return np.where(np.isfinite(o), np.maximum(p - o, 0.0), 0.0)
    whole, mine = float(path), float(own)
    return 0.0 if math.isinf(mine) else max(whole - mine, 0.0)
