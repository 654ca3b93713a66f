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

from collections.abc import Callable, Sequence
from fractions import Fraction

from bote.magnitudes import Magnitude, aligned, is_sampled

#: Steps of the fixed-point iteration, and the relative change that ends it
#: sooner. Each step raises the offered load (the failure shares rise with
#: it), so the iteration climbs to the lowest fixed point; close to where
#: a retry storm starts it climbs slowly, and `_bracketed` then finishes it.
MAX_STEPS = 200
TOLERANCE = 1e-12
#: Doublings to bracket the fixed point, then halvings of the bracket (past
#: 60 halvings a float bracket cannot narrow further).
BRACKET_STEPS = 60


def retry_factor(p: Magnitude, retries: Magnitude) -> Magnitude:
    """Attempts per first attempt = 1 + p + p² + … + p^retries: each failed
    attempt is tried again, up to `retries` times."""
    r = int(retries)
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
    lowest fixed point. Returns (o, [pᵢ(o)]); exact where no caller retries."""
    total: Magnitude = Fraction(0)
    for f in first:
        total, f = aligned(total, f)
        total = total + f
    if not any(retries):
        return total, attempt_failure(total)
    firsts = [f if is_sampled(f) else float(f) for f in first]   # iterated in floats: powers of p grow

    def attempts(o: Magnitude) -> Magnitude:
        """F(o) = Σ firstᵢ × retry_factor(pᵢ(o), retriesᵢ)."""
        out: Magnitude = 0.0
        for f, r, p in zip(firsts, retries, attempt_failure(o)):
            term = retry_factor(p, r)
            out, term = aligned(out, term)
            f_, term = aligned(f, term)
            out = out + f_ * term
        return out

    offered: Magnitude = total if is_sampled(total) else float(total)
    for _ in range(MAX_STEPS):
        following = attempts(offered)
        if _settled(offered, following):
            return following, attempt_failure(following)
        offered = following
    found = _bracketed(offered, attempts, _total_of(f * (r + 1) for f, r in zip(firsts, retries)))
    return found, attempt_failure(found)


def _bracketed(below: Magnitude, attempts: Callable[[Magnitude], Magnitude], most: Magnitude) -> Magnitude:
    """The lowest fixed point when the iteration climbs slowly (the load
    meets what the component serves, where F'(o) → 1): `below` is an iterate,
    so o* ≥ below; any x ≥ below with F(x) ≤ x bounds it from above (the
    iterates, below x, stay below F(x) ≤ x: Knaster–Tarski), and
    Σ firstᵢ × (retriesᵢ + 1) is one. Steps up from `below` by doubling
    until F(x) ≤ x, then halves the bracket; returns its upper end."""
    step = _difference(attempts(below), below)
    lo, hi = below, _least_of(_sum(below, step), most)
    for _ in range(BRACKET_STEPS):
        pre = _at_most(attempts(hi), hi)
        if _all(pre):
            break
        step = _sum(step, step)
        hi = _choose(pre, hi, _least_of(_sum(lo, step), most))
    for _ in range(BRACKET_STEPS):
        mid = _half(_sum(lo, hi))
        pre = _at_most(attempts(mid), mid)
        lo, hi = _choose(pre, lo, mid), _choose(pre, mid, hi)
    return hi


def _settled(before: Magnitude, after: Magnitude) -> bool:
    if is_sampled(before) or is_sampled(after):
        import numpy as np
        b, a = np.asarray(before, dtype=float), np.asarray(after, dtype=float)
        return bool(np.all(np.abs(a - b) <= TOLERANCE * np.maximum(np.abs(a), 1.0)))
    return abs(float(after) - float(before)) <= TOLERANCE * max(abs(float(after)), 1.0)


def timeout_share(deadline: Magnitude, arrival_rate: Magnitude, service_time: Magnitude, servers: int,
                  instances: Magnitude) -> Magnitude:
    """The share of attempts slower than `deadline` = P(T > deadline) for the
    response time T of one instance's M/M/c queue (`bote.model.queueing`,
    λ = arrival_rate / instances, μ = 1 / service_time, c = servers); 1
    where the queue is unstable (its wait grows without bound) or the
    deadline is not positive."""
    if any(is_sampled(x) for x in (deadline, arrival_rate, service_time, instances)):
        from bote.model.queueing_samples import Queues
        return Queues(arrival_rate, service_time, servers, instances).survival(deadline)
    from bote.model import queueing
    return 1.0 - queueing.response_time_cdf(float(deadline), float(arrival_rate), float(service_time), servers,
                                            int(instances))


def slower_than(deadline: Magnitude, latency: Magnitude) -> Magnitude:
    """For a response time known only by its mean (a third party's
    `latency`, a path without a queue model): 1 when it exceeds the
    deadline, else 0."""
    d, t = aligned(deadline, latency)
    if is_sampled(d) or is_sampled(t):
        import numpy as np
        return np.where(np.asarray(t, dtype=float) > np.asarray(d, dtype=float), 1.0, 0.0)
    return 1.0 if t > d else 0.0


# ---- elementwise helpers (a float, or an array of samples) ---------------------------------

def _sum(a, b):
    a, b = aligned(a, b)
    return a + b


def _difference(a, b):
    a, b = aligned(a, b)
    return a - b


def _half(a):
    return a / 2


def _total_of(values) -> Magnitude:
    out: Magnitude = 0.0
    for v in values:
        out = _sum(out, v)
    return out


def _at_most(a, b):
    a, b = aligned(a, b)
    return a <= b


def _all(holds) -> bool:
    if is_sampled(holds):
        import numpy as np
        return bool(np.all(holds))
    return bool(holds)


def _choose(holds, yes, no):
    if is_sampled(holds) or is_sampled(yes) or is_sampled(no):
        import numpy as np
        return np.where(holds, yes, no)
    return yes if holds else no


def _least_of(a, b):
    a, b = aligned(a, b)
    if is_sampled(a) or is_sampled(b):
        import numpy as np
        return np.minimum(a, b)
    return min(a, b)
