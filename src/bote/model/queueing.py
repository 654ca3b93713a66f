"""The queue each instance forms: M/M/c, pure functions over floats.

Every instance of a component is modelled as an M/M/c queue: Poisson
arrivals at rate λ (the component's load split evenly over its instances),
c identical servers (`workers`), exponential service times with mean
`service_time` (rate μ = 1 / service_time), one first-come first-served
queue without a size limit.  All arguments are magnitudes in base units
(requests per second, seconds); dimensions were checked when the properties
were evaluated.

Notation used throughout:

    a = λ / μ           offered load in Erlangs (λ × service_time)
    ρ = a / c           utilization of each server
    B = B(c, a)         Erlang B, the blocking probability
    C = C(c, a)         Erlang C, the probability that an arrival waits
    θ = cμ − λ          the rate at which the queue drains when all c are busy

The queue is stable only when a < c (λ < cμ); otherwise it grows without
bound and there is no steady state: `mmc` returns None, percentiles are
infinite, and no function ever returns a finite wait for such a queue.

Sources: the Erlang B recursion and Erlang C in terms of B are in V. B.
Iversen, *Teletraffic Engineering and Network Planning* (ITU-D / DTU
handbook: the chapters on Erlang's loss system and on Markovian queueing
systems); the M/M/c waiting-time and response-time
distributions in D. Gross, J. F. Shortle, J. M. Thompson and C. M. Harris,
*Fundamentals of Queueing Theory*, 4th ed., §2.3, and L. Kleinrock,
*Queueing Systems*, vol. 1, ch. 3 (M/M/m).
"""
from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import field
from typing import NamedTuple

from bote.dataclasses_compiled import dataclass
from bote.model.search import smallest_passing

#: Bisection steps when solving for a percentile.  The bracket spans at most
#: the float range (2**2098 between the smallest and largest positive
#: floats), so this many halvings always reach adjacent floats; the loop
#: normally stops after about 60.
_MAX_BISECTIONS = 2200

#: Doublings allowed when the analytic upper bracket of a percentile is off
#: by rounding (it never is by more than a step or two).
_MAX_DOUBLINGS = 64


# --- Erlang B and C ----------------------------------------------------------

def erlang_b(servers: int, offered: float) -> float:
    """Erlang B, the probability that an arrival finds all `servers` busy in
    a loss system (M/M/c/c) offered `offered` Erlangs.

    B(c, a) = (a^c / c!) / Σ_{k=0..c} a^k / k!, computed by the recursion

        B(0) = 1,   B(k) = a·B(k−1) / (k + a·B(k−1))

    (Iversen, Teletraffic Engineering handbook).  No factorials or
    powers: every step is a ratio in [0, 1], so it neither overflows nor loses
    precision for c in the thousands or more; once B underflows to 0 it stays
    0, and the loop stops early.  O(c) time.
    """
    c = _count(servers, "servers", minimum=0)
    a = _nonnegative(offered, "offered load")
    b = 1.0
    for k in range(1, c + 1):
        ab = a * b
        b = ab / (k + ab)
        if b == 0.0:  # underflow (or a = 0): B(k) stays 0 from here on
            return 0.0
    return b


def erlang_c(servers: int, offered: float) -> float:
    """Erlang C, the probability that an arrival must wait in an M/M/c queue
    with c = `servers` and a = `offered` Erlangs (λ/μ).

    From Erlang B (Iversen):

        C(c, a) = c·B(c, a) / (c − a·(1 − B(c, a)))      for a < c

    which avoids the factorial form of the textbooks.  When a ≥ c the queue
    is unstable: there is no steady state and, as the queue grows without
    bound, every arrival eventually waits, so this returns 1.0 rather than
    raising.  1.0 is not a usable figure for anything downstream (the wait is
    unbounded): callers check `is_stable` first.
    """
    c = _count(servers, "servers", minimum=1)
    a = _nonnegative(offered, "offered load")
    if not is_stable(c, a):
        return 1.0
    b = erlang_b(c, a)
    return min(1.0, c * b / (c - a * (1.0 - b)))


def is_stable(servers: int, offered: float) -> bool:
    """a < c: the servers keep up with the arrivals, so the queue has a
    steady state (λ < cμ)."""
    return float(offered) < servers


# --- One M/M/c queue per instance ---------------------------------------------

class _Queue(NamedTuple):
    """The per-instance parameters every figure is computed from."""

    lam: float      # arrival rate at one instance, λ
    mu: float       # service rate of one server, μ = 1 / service_time
    servers: int    # c
    offered: float  # a = λ / μ
    wait: float     # C, the probability of waiting
    theta: float    # θ = cμ − λ = (c − a) / service_time


def _queue(arrival_rate: float, service_time: float, servers: int, instances: int) -> _Queue | None:
    """The M/M/c queue at one of `instances`, or None when it is unstable."""
    total = _nonnegative(arrival_rate, "arrival rate")
    st = _positive(service_time, "service time")
    c = _count(servers, "servers", minimum=1)
    n = _count(instances, "instances", minimum=1)
    lam = total / n
    a = lam * st
    if not is_stable(c, a):
        return None
    return _Queue(lam, 1.0 / st, c, a, erlang_c(c, a), (c - a) / st)


@dataclass(frozen=True, slots=True)
class QueueFigures:
    """The steady-state figures of a component whose instances are each an
    M/M/c queue (see `mmc`).  Times in seconds; `in_flight` counts requests in
    the whole component; `utilization` is per server (a / c).

    `servers`, `instance_arrival_rate` and `service_time` are the parameters
    of one instance's queue, kept so that `percentile` can answer for any p.
    The response-time percentiles (`p50`, `p90`, `p99`, `percentile`) are
    worked out when first asked for, as `SampledQueueFigures` does: each is
    a bisection of about 60 steps, and most reports never show them (the
    table does not; JSON, explain and `api.p99` do).
    """

    wait_probability: float   # C: the share of requests that queue at all
    mean_wait: float          # Wq, time in the queue before service
    mean_response: float      # W = Wq + service_time
    in_flight: float          # L = λ_total × W (Little's law), whole component
    utilization: float        # ρ = λ / (cμ) per instance
    servers: int
    instance_arrival_rate: float
    service_time: float
    #: The percentiles asked for so far (not an argument: `replace` starts afresh).
    _percentiles: dict[float, float] = field(default_factory=dict, init=False, repr=False, compare=False)

    def percentile(self, p: float) -> float:
        """The p-quantile of the response time (0 ≤ p < 1), e.g. 0.999 for
        p99.9; see `response_time_percentile`.  (The queue rebuilt from one
        instance's parameters is the one `mmc` had: λ / 1 is λ.)"""
        found = self._percentiles.get(p)
        if found is None:
            q = _queue(self.instance_arrival_rate, self.service_time, self.servers, 1)
            found = self._percentiles[p] = math.inf if q is None else _percentile(q, p)
        return found

    @property
    def p50(self) -> float:
        """The median response time (wait + service)."""
        return self.percentile(0.50)

    @property
    def p90(self) -> float:
        return self.percentile(0.90)

    @property
    def p99(self) -> float:
        return self.percentile(0.99)


def mmc(arrival_rate: float, service_time: float, servers: int, instances: int = 1) -> QueueFigures | None:
    """Model a component of `instances` identical M/M/c queues sharing
    `arrival_rate` evenly: at each, λ = arrival_rate / instances,
    μ = 1 / service_time, c = servers.  None when unstable (λ ≥ cμ): there is
    then no finite wait to report.

        a  = λ / μ,  ρ = a / c                        utilization
        C  = C(c, a)                                  Erlang C (`erlang_c`)
        Wq = C / (cμ − λ)                             mean wait in the queue
        W  = Wq + 1/μ                                 mean response time
        L  = arrival_rate × W                         in flight, whole component

    Wq is the mean of the wait distribution (0 with probability 1 − C, else
    Exp(cμ − λ)); L is Little's law L = λW applied to the whole component
    (Gross et al., Fundamentals of Queueing Theory, §2.3; J. D. C. Little, 1961).
    p50/p90/p99 are quantiles of the exact response-time distribution
    (`response_time_cdf`).
    """
    q = _queue(arrival_rate, service_time, servers, instances)
    if q is None:
        return None
    mean_wait = q.wait / q.theta
    mean_response = mean_wait + float(service_time)
    return QueueFigures(
        wait_probability=q.wait, mean_wait=mean_wait, mean_response=mean_response,
        in_flight=float(arrival_rate) * mean_response,
        utilization=q.offered / q.servers,
        servers=q.servers, instance_arrival_rate=q.lam, service_time=float(service_time),
    )


# --- The response-time distribution ------------------------------------------

def wait_within(t: float, arrival_rate: float, service_time: float, servers: int, instances: int = 1) -> float:
    """P(W ≤ t), the share of requests that wait at most `t` in the queue
    (the call-centre "service level"):

        P(W ≤ t) = 1 − C·e^{−(cμ − λ)t}       for t ≥ 0

    since an arrival that finds all c servers busy waits Exp(cμ − λ) in FCFS
    order (Gross et al., §2.3).  0 for t < 0, and 0 for an unstable queue (its
    wait grows without bound)."""
    q = _queue(arrival_rate, service_time, servers, instances)
    t = float(t)
    if q is None or t < 0:
        return 0.0
    return 1.0 - q.wait * math.exp(-q.theta * t)


def response_time_cdf(t: float, arrival_rate: float, service_time: float, servers: int,
                      instances: int = 1) -> float:
    """P(T ≤ t) for the response time T = W + S of an M/M/c FCFS queue.

    W is 0 with probability 1 − C and Exp(θ), θ = cμ − λ, with probability C;
    the service S ~ Exp(μ) is independent of W.  Hence

        P(T ≤ t) = (1 − C)(1 − e^{−μt}) + C·[1 − (θe^{−μt} − μe^{−θt}) / (θ − μ)]

    and when θ = μ the bracket's limit is 1 − e^{−μt}(1 + μt) (Gross et al.,
    §2.3; Kleinrock vol. 1, ch. 3).  The bracket is the CDF of the sum of two
    independent exponentials; it is computed in the form
    1 − e^{−rt}(1 + rt·φ((R − r)t)), r = min(θ, μ), R = max(θ, μ),
    φ(x) = (1 − e^{−x}) / x = −expm1(−x)/x, φ(0) = 1, which is exact
    algebra, has no cancellation as θ → μ, and never overflows.
    0 for t ≤ 0 and for an unstable queue."""
    q = _queue(arrival_rate, service_time, servers, instances)
    if q is None:
        return 0.0
    return 1.0 - _survival(q, float(t))


def response_time_percentile(p: float, arrival_rate: float, service_time: float, servers: int,
                             instances: int = 1) -> float:
    """The p-quantile of the response time (p = 0.99 for p99): the t with
    P(T ≤ t) = p, solved numerically; math.inf for an unstable queue.

    The root is bracketed analytically: T ≥ S, so t ≥ −ln(1−p)/μ; and since
    P(T > t) ≤ P(W > t/2) + P(S > t/2) ≤ C·e^{−θt/2} + e^{−μt/2}, any
    t ≥ max(2·ln(2C/(1−p))/θ, 2·ln(2/(1−p))/μ) has P(T ≤ t) ≥ p.  Bisection
    on P(T > t) (the tail, accurate even for p close to 1) then runs until
    the bracket is two adjacent floats (relative error ~1e-16, far inside
    1e-12), capped at a fixed number of steps."""
    q = _queue(arrival_rate, service_time, servers, instances)
    return math.inf if q is None else _percentile(q, p)


def service_percentile(p: float, service_time: float) -> float:
    """The p-quantile of the service time alone, Exp(μ): −ln(1 − p)/μ.  No
    queue does better, so a latency target below this cannot be met by any
    number of instances."""
    return -math.log1p(-_probability(p)) * _positive(service_time, "service time")


def _survival(q: _Queue, t: float) -> float:
    """P(T > t) = (1 − C)·e^{−μt} + C·P(Exp(θ) + Exp(μ) > t)."""
    return _tail(q)(t)


def _tail(q: _Queue) -> Callable[[float], float]:
    """`_survival` of one queue, as a function of t, with what does not depend
    on t worked out once: a percentile's bisection calls it about 60 times.
    The same operations in the same order as written out in `_survival`'s
    formula, so every figure is the same float."""
    neg_mu, wait = -q.mu, q.wait
    if wait == 0.0:
        def service_only(t: float) -> float:
            if t <= 0:
                return 1.0
            if math.isinf(t):
                return 0.0
            return math.exp(neg_mu * t)
        return service_only
    r, big = (q.mu, q.theta) if q.mu <= q.theta else (q.theta, q.mu)
    gap, neg_r, idle = big - r, -r, 1.0 - wait
    exp, expm1, isinf = math.exp, math.expm1, math.isinf

    def tail(t: float) -> float:
        if t <= 0:
            return 1.0
        if isinf(t):
            return 0.0
        x = gap * t
        phi = -expm1(-x) / x if x > 0 else 1.0
        return idle * exp(neg_mu * t) + wait * (exp(neg_r * t) * (1.0 + r * t * phi))
    return tail


def _percentile(q: _Queue, p: float) -> float:
    p = _probability(p)
    if p == 0.0:
        return 0.0
    tail = 1.0 - p
    survival = _tail(q)
    lo = -math.log1p(-p) / q.mu                       # T ≥ S: never below this
    if q.wait == 0.0 or survival(lo) <= tail:
        return lo
    hi = max(2.0 * math.log(2.0 * q.wait / tail) / q.theta, 2.0 * math.log(2.0 / tail) / q.mu, lo)
    for _ in range(_MAX_DOUBLINGS):
        if survival(hi) <= tail:
            break
        lo, hi = hi, 2.0 * hi
    else:  # pragma: no cover - the bound above is analytic
        raise ArithmeticError("could not bracket the response-time percentile")
    for _ in range(_MAX_BISECTIONS):
        mid = 0.5 * (lo + hi)
        if not lo < mid < hi:
            break
        if survival(mid) > tail:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


# --- Sizing for a latency target ---------------------------------------------

def smallest_instances_for_latency(arrival_rate: float, service_time: float, servers: int, target: float,
                                   percentile: float, start: int = 1, limit: int = 10**9) -> int | None:
    """The smallest instance count n ≥ `start` (and ≥ 1) at which the
    `percentile` of the response time (`response_time_percentile`, each
    instance an M/M/c queue taking arrival_rate / n) is ≤ `target`.

    None when no count can meet it: first, checked before any search, when
    the service time alone misses it, −ln(1 − p)·service_time > target
    (`service_percentile`): T ≥ S, so adding instances, which only shortens
    the wait, can never help.  Also None when no count up to `limit` meets it,
    which with a positive load happens only for a target within a hair of
    that floor (the percentile approaches it as n → ∞ but never reaches it).

    Monotonicity: with c and μ fixed, the wait tail P(W > t) = C(c, a)·e^{−(cμ−λ)t}
    grows with λ (Erlang C increases with a, and cμ − λ shrinks), so W, and
    T = W + S with S independent of W, are stochastically increasing in the
    per-instance rate λ = arrival_rate / n: every percentile of T is
    non-increasing in n, and infinite while n ≤ arrival_rate·service_time / c
    (unstable).  So the counts that meet the target are all n from some n*
    on; it is found by exponential search (doubling n until it meets the
    target, at most log2(limit) steps) then binary search between the last
    miss and the first hit.
    """
    rate = _nonnegative(arrival_rate, "arrival rate")
    st = _positive(service_time, "service time")
    c = _count(servers, "servers", minimum=1)
    p = _probability(percentile)
    goal = float(target)
    first = max(1, _count(start, "start", minimum=0))
    last = _count(limit, "limit", minimum=1)
    if service_percentile(p, st) > goal or first > last:
        return None

    def meets(n: int) -> bool:
        q = _queue(rate, st, c, n)
        return q is not None and _percentile(q, p) <= goal

    # Counts at or below a / c are unstable; start the search just below
    # that (meets() rejects the unstable ones, so rounding here is harmless).
    lo = max(first, math.floor(rate * st / c * (1 - 1e-9)))
    if lo > last:
        return None
    if meets(lo):
        return lo  # every count below lo (if any, ≥ first) is unstable
    return smallest_passing(meets, lo, last)   # lo misses the target


# --- Argument checks ----------------------------------------------------------

def _count(n, name: str, *, minimum: int) -> int:
    try:
        value = operator.index(n)
    except TypeError:
        if isinstance(n, float) and n.is_integer():
            value = int(n)
        else:
            raise ValueError(f"{name} must be a whole number, not {n!r}") from None
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {value}")
    return value


def _nonnegative(x, name: str) -> float:
    value = float(x)
    if not (0.0 <= value < math.inf):
        raise ValueError(f"{name} must be finite and ≥ 0, not {x!r}")
    return value


def _positive(x, name: str) -> float:
    value = float(x)
    if not (0.0 < value < math.inf):
        raise ValueError(f"{name} must be finite and > 0, not {x!r}")
    return value


def _probability(p) -> float:
    value = float(p)
    if not (0.0 <= value < 1.0):
        raise ValueError(f"a percentile must be in [0, 1), not {p!r}")
    return value
