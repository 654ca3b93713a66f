"""The breaking point: by how much the traffic entering the system (every
source: clients, loads set by hand, the assumed default) can be multiplied,
all else fixed (the instances as provisioned, else as sized), before a
component first fails, and how.

Every load in a flow is a sum of the sources' loads times the edges'
multipliers, so multiplying the sources by m multiplies every load by m.
Where the failure is linear in the load the multiplier is exact:

    overloaded / unstable   m = capacity * serving / load      (utilization reaches 100%)
    rate-limit              m = rate_limit / load
    lock-contention         m = 1 / lock_utilization            (the busiest row's lock reaches 100%)
    backlog                 m = drain_rate / average_in          (the queue grows for ever)
    slow-drain              m = drain_rate * (burst + drain_within)
                                / (peak_in * burst + drain_within * average_in)

(the last solves (peak·m − drain)·burst = drain_within·(drain − average·m):
the backlog a burst leaves takes exactly `drain_within` to clear). Where it
is not (the M/M/c percentile against a latency target, the requests in
flight against `max_connections`), m is found by bisection to 0.1%, and the
lower end is kept: the traffic multiplied by it still passes. With ranges,
each scenario has its own multiplier.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bote.dataclasses_compiled import dataclass
from bote.language.quantity import as_float, is_sampled
from bote.magnitudes import Magnitude, product

#: Bisection stops when the bracket is within this share of its lower end.
PRECISION = Fraction(1, 1000)
#: Past this multiplier a component is taken not to break by traffic (a
#: latency goal met at a millionfold traffic is met), for every limit.
CEILING = 10**6


@dataclass(frozen=True, slots=True)
class Limit:
    """One way a component fails as traffic grows: at `multiplier` × today's."""

    fails_by: str            # a risk kind: overloaded, unstable, latency, connections, rate-limit, backlog, slow-drain
    multiplier: Magnitude    # exact (Fraction) where linear; a float (bisected) otherwise; samples with ranges


@dataclass(frozen=True, slots=True)
class Headroom:
    """The first of a component's limits (per scenario with ranges)."""

    multiplier: Magnitude
    fails_by: str
    limits: tuple[Limit, ...]


def first(limits: list[Limit]) -> Headroom | None:
    """The limit reached first; None when traffic never breaks the component."""
    if not limits:
        return None
    multiplier, which = lowest([limit.multiplier for limit in limits])
    return Headroom(multiplier, limits[which].fails_by, tuple(limits))


def lowest(multipliers: list) -> tuple[Magnitude, int]:
    """The least of several multipliers, and the index of the one that is
    least: for exact values the first of equals (the order of the checks,
    of the file); with samples the least per scenario, and the index that is
    least in the most scenarios."""
    if not any(is_sampled(m) for m in multipliers):
        which = min(range(len(multipliers)), key=multipliers.__getitem__)
        return multipliers[which], which
    import numpy as np
    shape = next(m.shape for m in multipliers if is_sampled(m))
    stacked = np.stack([np.broadcast_to(np.asarray(m, dtype=float), shape) for m in multipliers])
    counts = np.bincount(np.argmin(stacked, axis=0), minlength=len(multipliers))
    return stacked.min(axis=0), int(np.argmax(counts))


# ---- the linear limits ----------------------------------------------------------------------

def ratio(limit: Magnitude, load: Magnitude) -> Magnitude | None:
    """m = limit / load: where `load × m` reaches `limit`; None (never) with
    no load."""
    if is_sampled(limit) or is_sampled(load):
        import numpy as np
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(np.asarray(load) > 0, np.asarray(limit, dtype=float) / np.asarray(load, dtype=float),
                            np.inf)
    if not load:
        return None
    m = limit / load
    return None if m > CEILING else m   # past a millionfold traffic it does not break by traffic


def full_utilization(capacity: Magnitude, serving: int, load: Magnitude) -> Magnitude | None:
    """m = capacity * serving / load: utilization reaches 100%."""
    return ratio(capacity * serving if not is_sampled(capacity) else capacity * float(serving), load)


def slow_drain(drain: Magnitude, burst: Magnitude, within: Magnitude, peak: Magnitude,
               average: Magnitude) -> Magnitude | None:
    """m = drain * (burst + drain_within) / (peak * burst + drain_within * average):
    the backlog of a burst at m × today's traffic takes exactly
    drain_within to clear."""
    if not is_sampled(drain) and math.isinf(drain):
        return None  # nothing limits the consumers
    values: list[Any] = [drain, burst, within, peak, average]
    if any(is_sampled(x) for x in values):
        values = [as_float(x) for x in values]   # numpy would take a Fraction as an object
    d, b, w, p, a = values
    return ratio(d * (b + w), p * b + w * a)


# ---- the limits found by bisection ----------------------------------------------------------

def threshold(fails: Callable[[float], bool], below: float) -> float | None:
    """The largest multiplier (to PRECISION, rounded down) at which
    `fails(m)` is still False; `below` is a multiplier where the component
    certainly fails (its queue is unstable there). 0.0 when it fails at any
    traffic; None when it does not fail below the CEILING. `fails` must be
    monotone: once failing, failing at every larger m."""
    hi = float(below)
    if hi >= CEILING:
        hi = float(CEILING)
        if not fails(hi):
            return None
    lo = 1.0 if hi > 1.0 else hi / 2
    while fails(lo):  # it fails today: halve down to where it does not
        hi, lo = lo, lo / 2
        if lo < 1e-9:
            return 0.0
    while hi - lo > float(PRECISION) * lo:
        mid = (lo + hi) / 2
        if fails(mid):
            hi = mid
        else:
            lo = mid
    return lo


def latency_limit(load: float, service_time: float, unstable_at: float, *, servers: int, serving: int,
                  target: float, p: float) -> float | None:
    """The multiplier at which the `p` percentile of the response time of
    each serving instance's M/M/c queue passes `target`: where more than
    1 − p of the responses take longer than it."""
    from bote.model import queueing

    def fails(m: float) -> bool:
        return 1.0 - queueing.response_time_cdf(target, load * m, service_time, servers, serving) > 1.0 - p
    return threshold(fails, unstable_at)


def connections_limit(load: float, service_time: float, unstable_at: float, *, servers: int, serving: int,
                      room: float) -> float | None:
    """The multiplier at which the requests in flight (Little's law, L = λ × W)
    pass the connections the instances hold."""
    from bote.model import queueing

    def fails(m: float) -> bool:
        q = queueing.mmc(load * m, service_time, servers, serving) if load * m > 0 else None
        return q is None and load * m > 0 or q is not None and q.in_flight > room
    return threshold(fails, unstable_at)


def thresholds(fails: Callable, below):
    """`threshold` for arrays of scenarios at once: `fails(m)` takes an
    array of multipliers and gives an array of truth values."""
    import numpy as np
    hi = np.minimum(np.asarray(below, dtype=float), float(CEILING))
    never = ~fails(hi) & (hi >= CEILING)
    lo = np.where(hi > 1.0, 1.0, hi / 2)
    zero = np.zeros(hi.shape, dtype=bool)
    for _ in range(40):  # it fails today: halve down to where it does not
        today = fails(lo) & ~never & ~zero
        if not today.any():
            break
        hi = np.where(today, lo, hi)
        lo = np.where(today, lo / 2, lo)
        zero |= today & (lo < 1e-9)
    while True:
        open_ = (hi - lo > float(PRECISION) * lo) & ~never & ~zero
        if not open_.any():
            break
        mid = (lo + hi) / 2
        failing = fails(mid)
        hi = np.where(open_ & failing, mid, hi)
        lo = np.where(open_ & ~failing, mid, lo)
    return np.where(never, np.inf, np.where(zero, 0.0, lo))


def scenarios(*figures):
    """The figures as float arrays of one shape: any of them may be sampled
    (an array of scenarios) and the others exact (one value for all)."""
    import numpy as np
    arrays = [np.asarray(f, dtype=float) for f in figures]
    shape = np.broadcast_shapes(*(a.shape for a in arrays))
    return [np.broadcast_to(a, shape) for a in arrays]


def latency_limits(load, service_time, unstable_at, *, servers: int, serving: int, target: float, p: float):
    """`latency_limit`, scenario by scenario (`bote.model.queueing_samples`)."""
    from bote.model.queueing_samples import Queues
    load, st, unstable_at = scenarios(load, service_time, unstable_at)

    def fails(m):
        return Queues(load * m, st, servers, serving).survival(target) > 1.0 - p
    return thresholds(fails, unstable_at)


def connections_limits(load, service_time, unstable_at, *, servers: int, serving: int, room):
    """`connections_limit`, scenario by scenario."""
    import numpy as np

    from bote.model.queueing_samples import Queues
    load, st, unstable_at, room = scenarios(load, service_time, unstable_at, room)

    def fails(m):
        q = Queues(load * m, st, servers, serving)
        with np.errstate(invalid="ignore"):
            in_flight = load * m * (q.mean_wait() + q.st)
        return ~q.stable | (in_flight > room)
    return thresholds(fails, unstable_at)


# ---- a request server's limits --------------------------------------------------------------

def lock_limit(lock_utilization) -> Magnitude | None:
    """m = 1 / lock_utilization: the writes on the busiest row grow with the
    traffic, and its lock is full at 100%; None without a lock model or with
    no writes on it (infinite with samples)."""
    if lock_utilization is None:
        return None
    if is_sampled(lock_utilization):
        import numpy as np
        with np.errstate(divide="ignore"):
            return np.where(lock_utilization > 0, 1 / np.maximum(lock_utilization, 1e-300), math.inf)
    return None if not lock_utilization else 1 / Fraction(lock_utilization)


def server_limits(m) -> list[Limit]:
    """A request server's limits at its provisioned instances: utilization
    reaching 100% (unstable, with the queue model), then the latency goal and
    the connections, which come before it (`bote.model.component.ComponentModel`)."""
    s = m.sizing
    serving = 1 if s.scaling == "single" else s.instances
    full = full_utilization(s.capacity, serving, s.load)
    if full is None:
        return []
    modelled = m.service_time is not None and m.workers is not None and m.workers >= 1
    limits = [Limit("unstable" if modelled else "overloaded", full)]
    lock = lock_limit((m.figures or {}).get("lock_utilization"))
    if lock is not None:
        limits.append(Limit("lock-contention", lock))
    if not modelled:
        return limits
    room = None   # the requests in flight the instances hold; they grow with the traffic
    if m.max_connections is not None and (m.figures or {}).get("connections") is None:
        room = product(m.max_connections, serving)
    sampled = any(is_sampled(x) for x in (s.load, m.service_time, full, room))
    if m.latency is not None and m.latency.achievable is not None:
        goal = m.latency
        if sampled:
            found = latency_limits(s.load, m.service_time, full, servers=m.workers, serving=serving,
                                   target=goal.target, p=goal.percentile)
        else:
            found = latency_limit(float(s.load), float(m.service_time), float(full), servers=m.workers,
                                  serving=serving, target=goal.target, p=goal.percentile)
        if found is not None:
            limits.append(Limit("latency", found))
    if room is not None:
        if sampled:
            found = connections_limits(s.load, m.service_time, full, servers=m.workers, serving=serving,
                                       room=room)
        else:
            found = connections_limit(float(s.load), float(m.service_time), float(full), servers=m.workers,
                                      serving=serving, room=float(room))
        if found is not None:
            limits.append(Limit("connections", found))
    return limits

