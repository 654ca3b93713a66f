"""The M/M/c figures of `bote.model.queueing`, for arrays of Monte Carlo samples.

Each element is one scenario: its own arrival rate, service time and
instance count.  The formulas are the ones `bote.model.queueing` documents (and
tests against published figures); these functions evaluate them elementwise
with numpy, so 10,000 scenarios cost a few hundred array operations rather
than 10,000 calls.
"""
from __future__ import annotations

import math

import numpy as np

#: Bisection steps for a percentile: the bracket [S's percentile, an
#: analytic upper bound] spans a few orders of magnitude at most, and 48
#: halvings of it reach a relative error below 1e-10, far finer than the
#: three figures a percentile is shown with.
_BISECTIONS = 48


def erlang_c(servers: int, offered: np.ndarray) -> np.ndarray:
    """C(c, a) by the Erlang B recursion B(k) = a·B(k−1) / (k + a·B(k−1)),
    then C = c·B / (c − a·(1 − B)); 1 where a ≥ c (unstable)."""
    b = np.ones_like(offered, dtype=float)
    ab = np.empty_like(b)
    denominator = np.empty_like(b)
    for k in range(1, servers + 1):
        # In place: the recursion runs `servers` times over every scenario,
        # and new arrays each time cost more than the arithmetic.
        np.multiply(offered, b, out=ab)
        np.add(ab, k, out=denominator)
        np.divide(ab, denominator, out=b)
    stable = offered < servers
    with np.errstate(divide="ignore", invalid="ignore"):
        c = np.minimum(1.0, servers * b / (servers - offered * (1.0 - b)))
    return np.where(stable, c, 1.0)


class Queues:
    """One M/M/c queue per instance in each scenario: λ = load / instances,
    μ = 1 / service_time, c = servers."""

    def __init__(self, load, service_time, servers: int, instances, wait=None):
        self.load = np.broadcast_to(np.asarray(load, dtype=float), np.broadcast(load, service_time, instances).shape)
        self.st = np.broadcast_to(np.asarray(service_time, dtype=float), self.load.shape)
        self.c = servers
        lam = self.load / np.asarray(instances, dtype=float)
        self.mu = 1.0 / self.st
        offered = lam * self.st
        self.stable = offered < servers
        # `wait`: C worked out otherwise (`bote.model.retries` past 1,000 servers).
        self.wait = erlang_c(servers, offered) if wait is None else np.where(self.stable, wait, 1.0)
        self.theta = (servers - offered) / self.st   # cμ − λ, positive where stable
        # The two exponential rates of the tail, smaller first (see `survival`).
        self._r = np.minimum(self.mu, self.theta)
        self._gap = np.maximum(self.mu, self.theta) - self._r

    def mean_wait(self) -> np.ndarray:
        """Wq = C / (cμ − λ); inf where unstable."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.stable, self.wait / self.theta, np.inf)

    def survival(self, t) -> np.ndarray:
        """P(T > t) = (1 − C)·e^{−μt} + C·e^{−rt}(1 + rt·φ((R − r)t)),
        r = min(θ, μ), R = max(θ, μ), φ(x) = (1 − e^{−x}) / x; 1 where
        unstable."""
        t = np.asarray(t, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            service = np.exp(-self.mu * t)
            r = self._r
            x = self._gap * t
            # r·t·φ(x) = r·(1 − e^{−x}) / gap, and r·t where gap = 0 (φ(0) = 1).
            rt_phi = np.where(x > 0, -np.expm1(-x) * (r / np.where(x > 0, self._gap, 1.0)), r * t)
            both = np.exp(-r * t) * (1.0 + rt_phi)
            out = (1.0 - self.wait) * service + self.wait * both
        return np.where(self.stable, np.where(t > 0, out, 1.0), 1.0)

    def percentile(self, p: float) -> np.ndarray:
        """The p-quantile of the response time, by bisection on the tail
        between −ln(1−p)/μ (T ≥ S) and max(2 ln(2C/(1−p))/θ, 2 ln(2/(1−p))/μ);
        inf where unstable."""
        tail = 1.0 - p
        lo = -math.log1p(-p) / self.mu
        with np.errstate(divide="ignore", invalid="ignore"):
            hi = np.maximum(np.maximum(2.0 * np.log(2.0 * np.maximum(self.wait, 1e-300) / tail) / self.theta,
                                       2.0 * math.log(2.0 / tail) / self.mu), lo)
        hi = np.where(self.stable, hi, lo)
        done = self.survival(lo) <= tail
        lo, hi = lo.copy(), hi.copy()
        for _ in range(_BISECTIONS):
            mid = 0.5 * (lo + hi)
            above = self.survival(mid) > tail
            lo = np.where(above, mid, lo)
            hi = np.where(above, hi, mid)
        out = np.where(done, -math.log1p(-p) / self.mu, 0.5 * (lo + hi))
        return np.where(self.stable, out, np.inf)


class SampledQueueFigures:
    """`bote.model.queueing.QueueFigures` for arrays of scenarios at a fixed
    instance count: the same attributes, each an array (infinite where the
    queue is unstable).  The response-time percentiles are computed when
    first asked for: each costs a bisection over every scenario."""

    def __init__(self, queues: Queues, load, instances: int):
        self._queues = queues
        self.servers = queues.c
        self.service_time = queues.st
        self.instance_arrival_rate = queues.load / instances
        self.wait_probability = queues.wait
        self.mean_wait = queues.mean_wait()
        self.mean_response = self.mean_wait + queues.st
        self.in_flight = np.where(queues.stable, queues.load * self.mean_response, np.inf)
        self.utilization = queues.load * queues.st / (queues.c * instances)
        self._percentiles: dict[float, np.ndarray] = {}

    def percentile(self, p: float) -> np.ndarray:
        if p not in self._percentiles:
            self._percentiles[p] = self._queues.percentile(p)
        return self._percentiles[p]

    @property
    def p50(self) -> np.ndarray:
        return self.percentile(0.50)

    @property
    def p90(self) -> np.ndarray:
        return self.percentile(0.90)

    @property
    def p99(self) -> np.ndarray:
        return self.percentile(0.99)


def smallest_instances_for_latency(load, service_time, servers: int, target: float, p: float,
                                   start, limit: int) -> np.ndarray:
    """Per scenario, the fewest instances n ≥ start whose p-quantile of the
    response time is ≤ target; 0 where no count up to `limit` meets it (the
    service time alone misses it: −ln(1 − p)·service_time > target).

    The percentile is non-increasing in n (see
    `bote.model.queueing.smallest_instances_for_latency`), and the quantile meets
    the target exactly when P(T > target) ≤ 1 − p, so each probe is one
    evaluation of the tail: a doubling search, then a binary search."""
    load = np.asarray(load, dtype=float)
    st = np.broadcast_to(np.asarray(service_time, dtype=float), load.shape)
    tail = 1.0 - p
    reachable = -math.log1p(-p) * st <= target

    def meets(n):
        return Queues(load, st, servers, n).survival(target) <= tail

    lo = np.maximum(np.asarray(start, dtype=float), np.floor(load * st / servers * (1 - 1e-9)))
    lo = np.maximum(lo, 1.0)
    found = meets(lo) & reachable
    hi = lo.copy()
    searching = reachable & ~found
    # Doubling: invariant lo misses, stop where hi meets (or at the limit).
    while searching.any():
        hi = np.where(searching, np.minimum(2 * hi, limit), hi)
        ok = meets(hi)
        capped = searching & ~ok & (hi >= limit)
        reachable = reachable & ~capped
        lo = np.where(searching & ~ok, hi, lo)
        searching = searching & ~ok & ~capped
    # Binary search in (lo, hi] where lo misses and hi meets.
    bracket = reachable & ~found
    while True:
        open_ = bracket & (hi - lo > 1)
        if not open_.any():
            break
        mid = np.floor((lo + hi) / 2)
        ok = meets(np.where(open_, mid, hi))
        hi = np.where(open_ & ok, mid, hi)
        lo = np.where(open_ & ~ok, mid, lo)
    n = np.where(found, lo, hi)
    return np.where(reachable, n, 0).astype(np.int64)
