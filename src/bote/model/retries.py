"""Errors and retries: the share of one attempt that fails, the load the
retries add, and the share of requests that fail after every attempt.

Pure functions of magnitudes (Fractions where exact, floats, or arrays of
samples with ranges). An attempt at a component meets, in this order:

    q429 = max(0, 1 − rate_limit / offered)       rejected at its rate limit
    q503 = max(0, 1 − served / admitted)          rejected over capacity, admitted = offered·(1 − q429)
    q500 = error_rate                             fails although healthy
    q504 = P(T > timeout − downstream)            slower than the caller's timeout (M/M/c)
    D    = what its own calls return failed, after its own retries

and fails with p = 1 − (1 − q429)(1 − q503)(1 − q500)(1 − q504)(1 − D):
each factor is the share that gets past that step, the steps taken as
independent. A caller that makes `retries` more attempts sends, for each
first attempt, 1 + p + p² + … + p^retries of them (`retry_factor`), and
its request fails when every attempt does: p^(retries + 1) (`exhausted`).

The failures that depend on the load (429, 503, 504) rise with the retries
they cause, so the offered load is a fixed point: `offered_fixed_point`
iterates it from the first attempts alone, which gives the lowest fixed
point, the one a system that starts healthy settles at.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from fractions import Fraction

from bote.magnitudes import Magnitude, aligned, is_sampled

#: Steps of the fixed-point iteration, and the relative change that ends it
#: sooner. Each step raises the offered load (the failure shares rise with
#: it), so the iteration climbs to the lowest fixed point and every iterate
#: is a lower bound of it. Where the load meets what a component serves
#: (F'(o) -> 1) it climbs slowly: after 1,000 steps within about 1e-4 of it.
#: (A bracket with bisection would be faster there, but the failure shares
#: are S-shaped in the load, with a healthy, an unstable and a storm fixed
#: point, and a bisection can land on the storm one.)
MAX_STEPS = 1000
TOLERANCE = 1e-12


def retry_factor(p: Magnitude, retries: Magnitude) -> Magnitude:
    """Attempts per first attempt = 1 + p + p² + … + p^retries: each failed
    attempt is tried again, up to `retries` times."""
    r = int(retries)
    if r == 0:
        return Fraction(1)   # one attempt, exactly
    if is_sampled(p):
        import numpy as np
        shares = np.asarray(p, dtype=float)
        attempts = np.ones_like(shares)
        power = attempts.copy()
        for _ in range(r):
            power = power * shares
            attempts = attempts + power
        return attempts
    total: Magnitude = Fraction(1) if isinstance(p, Fraction) else 1.0
    term: Magnitude = total
    for _ in range(r):
        term, p_ = aligned(term, p)
        term = term * p_
        total = total + term
    return total


def exhausted(p: Magnitude, retries: Magnitude) -> Magnitude:
    """The share of requests that fail after every attempt = p^(retries + 1)."""
    return p ** (int(retries) + 1)


def rejected(offered: Magnitude, limit: Magnitude) -> Magnitude:
    """The share turned away at a limit = max(0, 1 − limit / offered); 0 with
    no traffic."""
    o, lim = aligned(offered, limit)
    if is_sampled(o) or is_sampled(lim):
        import numpy as np
        o, lim = np.asarray(o, dtype=float), np.asarray(lim, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(o > lim, 1.0 - lim / np.where(o > 0, o, 1.0), 0.0)
    return 1 - lim / o if o > lim else 0 * o


def combined(*shares: Magnitude) -> Magnitude:
    """The share that fails at one step or another = 1 − Π(1 − qᵢ)."""
    passed: Magnitude = Fraction(1)
    for q in shares:
        passed, q = aligned(passed, q)
        passed = passed * (1 - q)
    return 1 - passed


def through_calls(failed: Magnitude, calls: Magnitude) -> Magnitude:
    """The share of a caller's requests that a call failing with `failed`
    sinks, when each request makes `calls` of them (an edge's multiplier):
    calls × failed for a share of requests (calls ≤ 1: `* 10%` calls on one
    request in ten), 1 − (1 − failed)^calls for a fan-out (one of them
    failing fails the request)."""
    f, m = aligned(failed, calls)
    if is_sampled(f) or is_sampled(m):
        import numpy as np
        f, m = np.asarray(f, dtype=float), np.asarray(m, dtype=float)
        return np.where(m <= 1, m * f, 1.0 - (1.0 - f) ** m)
    if m <= 1:
        return m * f
    if isinstance(m, Fraction) and m.denominator == 1 and isinstance(f, Fraction):
        return 1 - (1 - f) ** int(m)
    return 1.0 - (1.0 - float(f)) ** float(m)


def offered_fixed_point(first: Sequence[Magnitude], retries: Sequence[int],
                        attempt_failure: Callable[[Magnitude], list]) -> tuple[Magnitude, list]:
    """The offered load o = Σ firstᵢ × retry_factor(pᵢ(o), retriesᵢ) over a
    component's callers, with pᵢ(o) = `attempt_failure(o)[i]` the share of
    caller i's attempts that fail at that load. Iterated from o = Σ firstᵢ
    (no retries yet): every pᵢ rises with o, so the iterates rise to the
    lowest fixed point (each is a lower bound of it). Returns (o, [pᵢ(o)]);
    exact where no caller retries."""
    total: Magnitude = Fraction(0)
    for f in first:
        total, f = aligned(total, f)
        total = total + f
    if not any(retries):
        return total, attempt_failure(total)
    firsts = [f if is_sampled(f) else float(f) for f in first]   # iterated in floats: powers of p grow
    offered: Magnitude = total if is_sampled(total) else float(total)
    shares = attempt_failure(offered)
    for _ in range(MAX_STEPS):
        following: Magnitude = 0.0
        for f, r, p in zip(firsts, retries, shares):
            term = retry_factor(p, r)
            following, term = aligned(following, term)
            f_, term = aligned(f, term)
            following = following + f_ * term
        done = settled(offered, following)
        offered = following
        shares = attempt_failure(offered)
        if done:
            break
    return offered, shares


def settled(before: Magnitude, after: Magnitude) -> bool:
    """|after − before| ≤ TOLERANCE × max(|after|, 1), in every sample: an
    iteration that has stopped moving."""
    if is_sampled(before) or is_sampled(after):
        import numpy as np
        b, a = np.asarray(before, dtype=float), np.asarray(after, dtype=float)
        return bool(np.all(np.abs(a - b) <= TOLERANCE * np.maximum(np.abs(a), 1.0)))
    return abs(float(after) - float(before)) <= TOLERANCE * max(abs(float(after)), 1.0)


#: Past this many workers per instance, the timeout share takes Erlang C from
#: the Halfin–Whitt approximation: the exact recursion costs one step per
#: worker, at every step of the fixed point, for every sample.
EXACT_SERVERS = 1000


def timeout_share(deadline: Magnitude, arrival_rate: Magnitude, service_time: Magnitude, servers: int,
                  instances: Magnitude) -> Magnitude:
    """The share of attempts slower than `deadline` = P(T > deadline) for the
    response time T of one instance's M/M/c queue (`bote.model.queueing`,
    λ = arrival_rate / instances, μ = 1 / service_time, c = servers); 1
    where the queue is unstable (its wait grows without bound) or the
    deadline is not positive. Past `EXACT_SERVERS`, C(c, a) ≈ φ(β) / (φ(β) +
    β Φ(β)), β = (c − a) / √a (Halfin and Whitt, 1981)."""
    from bote.model.queueing_samples import Queues
    sampled = any(is_sampled(x) for x in (deadline, arrival_rate, service_time, instances))
    if servers > EXACT_SERVERS or sampled:
        import numpy as np
        load, st, n = (np.asarray(float(x) if not is_sampled(x) else x, dtype=float)
                       for x in (arrival_rate, service_time, instances))
        wait = many_servers_wait(servers, load / n * st) if servers > EXACT_SERVERS else None
        share = Queues(load, st, servers, n, wait).survival(np.asarray(deadline, dtype=float))
        return share if sampled else float(share)
    from bote.model import queueing
    return 1.0 - queueing.response_time_cdf(float(deadline), float(arrival_rate), float(service_time), servers,
                                            int(instances))


def many_servers_wait(servers: int, offered):
    """C(c, a) ≈ φ(β) / (φ(β) + β Φ(β)), β = (c − a) / √a: the chance a
    request waits, for many servers (the quality-and-efficiency-driven
    regime; Halfin and Whitt, 1981). 1 where a ≥ c."""
    import numpy as np
    a = np.asarray(offered, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore", under="ignore"):
        beta = (servers - a) / np.sqrt(np.where(a > 0, a, 1.0))
        density = np.exp(-0.5 * beta ** 2) / math.sqrt(2 * math.pi)
        cdf = 0.5 * _erfc(-beta / math.sqrt(2))
        wait = density / (density + beta * cdf)
    return np.where(a <= 0, 0.0, np.where(a < servers, np.clip(wait, 0.0, 1.0), 1.0))


def _erfc(x):
    """erfc, elementwise (numpy has none): math.erfc over the array."""
    import numpy as np
    return np.asarray(np.frompyfunc(math.erfc, 1, 1)(x), dtype=float)


def slower_than(deadline: Magnitude, latency: Magnitude) -> Magnitude:
    """For a response time known only by its mean (a third party's
    `latency`, a path without a queue model): 1 when it exceeds the
    deadline, else 0."""
    d, t = aligned(deadline, latency)
    if is_sampled(d) or is_sampled(t):
        import numpy as np
        return np.where(np.asarray(t, dtype=float) > np.asarray(d, dtype=float), 1.0, 0.0)
    return 1.0 if t > d else 0.0

