"""One component's errors and retries at its sized instances: the error
codes its callers see, the load their retries offer it, and the share of
its answers that fail (`bote.model.retries` has the formulas).

bote sizes a component for its first attempts and the retries its own
`error_rate` causes (both are load it serves when healthy); this model then
asks what the instances sized do when the load-dependent failures (429 at a
rate limit, 503 over capacity, 504 past a timeout) bring retries of their
own, and whether those feed on themselves.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bote.magnitudes import Magnitude, aligned, is_sampled
from bote.model import retries as rt


@dataclass(frozen=True, slots=True)
class CallerEdge:
    """One caller's requests to the component, in one flow."""

    caller: str
    flow: str
    first: Magnitude            # first attempts per second
    retries: int                # attempts after the first
    timeout: Magnitude | None   # seconds: the lesser of the caller's and the component's
    #: Whose timeout it is: the caller's, or the component's own deadline.
    timeout_of: str = ""


@dataclass(frozen=True, slots=True)
class Response:
    """How long the component takes to answer: an M/M/c queue per instance
    (`service_time`, `servers`, `instances`), or a mean `latency` alone;
    `downstream` is the mean time its own calls add (the rest of its path)."""

    downstream: Magnitude
    service_time: Magnitude | None = None
    servers: int | None = None
    instances: Magnitude | None = None
    latency: Magnitude | None = None


@dataclass(frozen=True, slots=True)
class Failures:
    """A component's `("failure", name)` value. Shares are of the attempts
    that reach it (429 of all, 503 of those past the rate limit...)."""

    first: Magnitude            # first attempts per second, all callers
    offered: Magnitude          # with every retry, at the fixed point
    rate_limited: Magnitude     # 429
    overloaded: Magnitude       # 503
    failed: Magnitude           # 500: its error_rate
    timed_out: Magnitude        # 504, over its callers' attempts
    downstream: dict[str, Magnitude]       # by flow: its calls that fail after its retries
    failure_share: Magnitude    # the share of its answers that fail (a source: of its users' requests)
    limit: Magnitude | None     # what it serves or accepts per second: min(capacity at its instances, rate_limit)
    callers: tuple[CallerEdge, ...] = ()
    #: (caller, flow) -> the share of that caller's attempts that fail, and that time out.
    attempt_failure: dict[tuple[str, str], Magnitude] = field(default_factory=dict)
    timeouts: dict[tuple[str, str], Magnitude] = field(default_factory=dict)

    @property
    def retried(self) -> bool:
        return any(c.retries > 0 for c in self.callers)


def component_failures(callers: list[CallerEdge], *, error_rate: Magnitude, rate_limit: Magnitude | None,
                       served: Magnitude | None, response: Response, downstream: dict[str, Magnitude],
                       flow_loads: dict[str, Magnitude]) -> Failures:
    """The fixed point of the component's offered load (`retries.offered_fixed_point`)
    and the error codes at it; `served` is what its instances serve at 100%
    (None: nothing bote sizes), `downstream` the share of each flow's
    requests its own calls fail, `flow_loads` each flow's load (the weights
    of a source's failure share)."""
    zero: Magnitude = 0.0

    def codes(offered):
        q429 = rt.rejected(offered, rate_limit) if rate_limit is not None else zero
        admitted = _times(offered, 1 - q429)
        q503 = rt.rejected(admitted, served) if served is not None else zero
        served_rate = _times(admitted, 1 - q503)
        return q429, q503, served_rate

    def timed_out(caller: CallerEdge, served_rate):
        if caller.timeout is None:
            return zero
        if response.service_time is not None and response.servers is not None:
            deadline = _minus(caller.timeout, response.downstream)
            assert response.instances is not None  # a queue model has its instances
            return rt.timeout_share(deadline, served_rate, response.service_time, response.servers,
                                    response.instances)
        latency = response.latency if response.latency is not None else 0.0
        return rt.slower_than(caller.timeout, _plus(latency, response.downstream))

    def attempt_failure(offered) -> list:
        q429, q503, served_rate = codes(offered)
        return [rt.combined(q429, q503, error_rate, timed_out(c, served_rate), downstream.get(c.flow, zero))
                for c in callers]

    offered, shares = rt.offered_fixed_point([c.first for c in callers], [c.retries for c in callers],
                                             attempt_failure)
    q429, q503, served_rate = codes(offered)
    timeouts = {(c.caller, c.flow): timed_out(c, served_rate) for c in callers}
    first = _total(c.first for c in callers)
    if callers:
        attempts = [_times(c.first, rt.retry_factor(p, c.retries)) for c, p in zip(callers, shares)]
        share = _weighted(shares, attempts)
        q504 = _weighted(list(timeouts.values()), attempts)
    else:   # a source: what its own error rate and its calls fail, by flow
        share = _weighted([rt.combined(error_rate, downstream.get(f, zero)) for f in flow_loads],
                          list(flow_loads.values()))
        q504 = zero
    limits = [x for x in (served, rate_limit) if x is not None]
    limit = None if not limits else limits[0] if len(limits) == 1 else least(*limits)
    return Failures(first, offered, q429, q503, error_rate, q504, dict(downstream), share, limit, tuple(callers),
                    {(c.caller, c.flow): p for c, p in zip(callers, shares)}, timeouts)


def downstream_failure(calls: list[tuple[Magnitude, Magnitude, int]]) -> Magnitude:
    """The share of a component's requests (in one flow) that its calls fail:
    for each call (the callee's attempt failure p, the edge's multiplier,
    the caller's retries), `through_calls(exhausted(p, retries), multiplier)`,
    combined."""
    return rt.combined(*(rt.through_calls(rt.exhausted(p, r), m) for p, m, r in calls)) if calls else 0.0


def _times(a, b):
    a, b = aligned(a, b)
    return a * b


def _plus(a, b):
    a, b = aligned(a, b)
    return a + b


def _minus(a, b):
    a, b = aligned(a, b)
    return a - b


def _total(values) -> Magnitude:
    total: Magnitude = 0.0
    for v in values:
        total = _plus(total, v)
    return total


def _weighted(values: list, weights: list) -> Magnitude:
    """Σ vᵢwᵢ / Σ wᵢ; the plain mean with no weight."""
    if not values:
        return 0.0
    total = _total(weights)
    part = _total(_times(v, w) for v, w in zip(values, weights))
    if is_sampled(total) or is_sampled(part):
        import numpy as np
        t = np.asarray(total, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(t > 0, np.asarray(part, dtype=float) / np.where(t > 0, t, 1.0),
                            np.asarray(_total(values), dtype=float) / len(values))
    return part / total if total else _total(values) / len(values)


def least(a, b):
    """min(a, b), sample by sample."""
    a, b = aligned(a, b)
    if is_sampled(a) or is_sampled(b):
        import numpy as np
        return np.minimum(a, b)
    return min(a, b)
