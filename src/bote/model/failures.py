"""One component's errors and retries at its sized instances: what it is
(`Served`: its callers, limits and response time), and what it answers at
an offered load (`codes`, `timed_out`), with `bote.model.retries` holding
the formulas. `bote.model.failure_solver` solves the whole file at once,
since a caller's retries load its callees and their failures its caller.

bote sizes a component for its first attempts and the retries its own
`error_rate` causes (both are load it serves when healthy); this model then
asks what the instances sized do when the load-dependent failures (429 at a
rate limit, 503 over capacity, 504 past a timeout) bring retries of their
own, and whether those feed on themselves.
"""
from __future__ import annotations

from dataclasses import field
from fractions import Fraction

from bote.dataclasses_compiled import dataclass
from bote.magnitudes import Magnitude, aligned, is_sampled, least, product
from bote.model import retries as rt


@dataclass(frozen=True, slots=True)
class CallerEdge:
    """One caller's requests to the component, in one flow."""

    caller: str
    flow: str
    first: Magnitude            # first attempts per second, when every caller is healthy
    retries: int                # attempts after the first
    timeout: Magnitude | None   # seconds: the lesser of the caller's and the component's
    #: Whose timeout it is: the caller's, or the component's own deadline.
    timeout_of: str = ""
    #: A queue's consumers take its messages: what they cannot take yet waits (no 503).
    waits: bool = False


@dataclass(frozen=True, slots=True)
class Response:
    """How long the component takes to answer: an M/M/c queue per instance
    (`service_time`, `servers`, `instances`), or a mean `latency` alone;
    `downstream`, by flow, the mean time its own calls add."""

    downstream: dict[str, Magnitude]
    service_time: Magnitude | None = None
    servers: int | None = None
    instances: Magnitude | None = None
    latency: Magnitude | None = None

    @property
    def queued(self) -> bool:
        return self.service_time is not None and self.servers is not None


@dataclass(frozen=True, slots=True)
class Served:
    """What a component is to the failure model: its callers, its own
    `error_rate`, the `rate_limit` it enforces and what its instances serve
    at 100% (`served`, None when bote does not size it), how long it takes,
    and the calls it makes (callee, flow, multiplier) with its `retries`."""

    name: str
    callers: tuple[CallerEdge, ...]
    error_rate: Magnitude
    rate_limit: Magnitude | None
    served: Magnitude | None
    response: Response
    calls: tuple[tuple[str, str, Magnitude], ...]
    retries: int
    #: Each flow's load as sized (first attempts and healthy retries).
    flow_loads: dict[str, Magnitude]
    #: It passes on what it takes, whatever its callers retried (a queue).
    relays: bool = False


@dataclass(frozen=True, slots=True)
class Failures:
    """A component's `("failure", name)` value. The codes are shares of all
    the attempts that reach it, each attempt answered one: 429, then 503 of
    those admitted, then 504 of those served, then 500 of those in time."""

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
    #: Which limit binds: "rate_limit", or "capacity" (its instances).
    binding: str = "capacity"

    @property
    def retried(self) -> bool:
        return any(c.retries > 0 for c in self.callers)


def codes(s: Served, offered: Magnitude, waiting: bool = False) -> tuple[Magnitude, Magnitude, Magnitude]:
    """(q429, q503, the rate it serves) at an offered load: q429 = max(0,
    1 − rate_limit / offered), q503 = max(0, 1 − served / admitted) with
    admitted = offered × (1 − q429); what a queue's consumers cannot take
    yet waits (`waiting`: no 503)."""
    zero: Magnitude = Fraction(0)
    q429 = rt.rejected(offered, s.rate_limit) if s.rate_limit is not None else zero
    admitted = product(offered, 1 - q429)
    q503 = rt.rejected(admitted, s.served) if s.served is not None and not waiting else zero
    return q429, q503, product(admitted, 1 - q503)


def timed_out(s: Served, caller: CallerEdge, served_rate: Magnitude) -> Magnitude:
    """q504 of one caller's attempts that are served: P(T > timeout −
    downstream) of the M/M/c response time at the rate served (1 where the
    queue is unstable), or, known only by a mean, all or nothing."""
    if caller.timeout is None:
        return Fraction(0)
    downstream = s.response.downstream.get(caller.flow, 0.0)
    r = s.response
    if r.queued:
        assert r.instances is not None and r.servers is not None and r.service_time is not None
        return rt.timeout_share(minus(caller.timeout, downstream), served_rate, r.service_time, r.servers,
                                r.instances)
    return rt.slower_than(caller.timeout, plus(r.latency if r.latency is not None else 0.0, downstream))


def attempt_shares(s: Served, offered: Magnitude, downstream: dict[str, Magnitude]) -> list:
    """The share of each caller's attempts that fail at an offered load:
    p = 1 − (1 − q429)(1 − q503)(1 − q500)(1 − q504)(1 − D), D its own calls'
    failures in the caller's flow."""
    return _shares(s, offered, downstream)[0]


def _shares(s: Served, offered: Magnitude, downstream: dict[str, Magnitude]):
    zero: Magnitude = Fraction(0)
    waiting = bool(s.callers) and all(c.waits for c in s.callers)
    q429, q503, served_rate = codes(s, offered, waiting)
    q504 = [timed_out(s, c, served_rate) for c in s.callers]
    shares = [rt.combined(q429, q503, s.error_rate, q, downstream.get(c.flow, zero)) for c, q in zip(s.callers, q504)]
    return shares, q429, q503, q504


def answers(s: Served, attempts: list[Magnitude], downstream: dict[str, Magnitude]) -> Failures:
    """The component's `Failures` when its callers make `attempts` (per
    second, each): the codes at the offered load Σ attempts, as shares of
    all of them, and the share of its answers that fail."""
    zero: Magnitude = Fraction(0)
    offered = total(attempts)
    shares, q429, q503, q504 = _shares(s, offered, downstream)
    passed = product(1 - q429, 1 - q503)   # the shares of all attempts: 504 of those served, 500 of the rest
    if s.callers:
        share = weighted(shares, attempts)
        late = weighted([product(passed, q) for q in q504], attempts)
        failed = weighted([product(product(passed, 1 - q), s.error_rate) for q in q504], attempts)
    else:   # nothing calls it: what its own error rate and its calls fail, by flow
        share = weighted([rt.combined(s.error_rate, downstream.get(f, zero)) for f in s.flow_loads],
                         list(s.flow_loads.values()))
        late = zero
        failed = s.error_rate
    limit, binding = _limit(s)
    return Failures(
        total(c.first for c in s.callers), offered, q429, product(1 - q429, q503), failed, late,
        dict(downstream), share, limit, s.callers, {(c.caller, c.flow): p for c, p in zip(s.callers, shares)},
        {(c.caller, c.flow): product(passed, q) for c, q in zip(s.callers, q504)}, binding)


def _limit(s: Served) -> tuple[Magnitude | None, str]:
    """(what it serves or accepts per second, which limit that is): the
    lesser of its capacity at its instances and its rate limit."""
    if s.served is None or s.rate_limit is None:
        return (s.rate_limit, "rate_limit") if s.rate_limit is not None else (s.served, "capacity")
    if is_sampled(s.served) or is_sampled(s.rate_limit):
        return least(s.served, s.rate_limit), "capacity"
    return (s.rate_limit, "rate_limit") if s.rate_limit <= s.served else (s.served, "capacity")


def downstream_failure(calls: list[tuple[Magnitude, Magnitude, int]]) -> Magnitude:
    """The share of a component's requests (in one flow) that its calls fail:
    for each call (the callee's attempt failure p, the edge's multiplier,
    the caller's retries), `through_calls(exhausted(p, retries), multiplier)`,
    combined."""
    return rt.combined(*(rt.through_calls(rt.exhausted(p, r), m) for p, m, r in calls)) if calls else Fraction(0)


# ---- elementwise arithmetic (a Fraction, a float, or an array of samples) -------------------

def plus(a, b):
    a, b = aligned(a, b)
    return a + b


def minus(a, b):
    a, b = aligned(a, b)
    return a - b


def total(values) -> Magnitude:
    out: Magnitude = Fraction(0)
    for v in values:
        out = plus(out, v)
    return out


def weighted(values: list, weights: list) -> Magnitude:
    """Σ vᵢwᵢ / Σ wᵢ; the plain mean with no weight."""
    if not values:
        return Fraction(0)
    whole = total(weights)
    part = total(product(v, w) for v, w in zip(values, weights))
    if is_sampled(whole) or is_sampled(part):
        import numpy as np
        t = np.asarray(whole, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(t > 0, np.asarray(part, dtype=float) / np.where(t > 0, t, 1.0),
                            np.asarray(total(values), dtype=float) / len(values))
    return part / whole if whole else total(values) / len(values)
