"""Traffic classes at a shared component: what one instance serves when the
flows through it cost different amounts per request.

Each flow i brings a share s_i of the component's load (its peak, what
sizing uses) and costs w_i instance-seconds per request: service_time_i /
workers where it sets a service time, 1 / capacity_i where it sets a
capacity, else the component's own. An instance is busy Σ s_i × w_i
seconds per request of the mix, so

    per-instance capacity = 1 / Σ_i (s_i × w_i)
                          = workers / Σ_i (s_i × service_time_i)   (all service times)

and the queueing model sees the mix's mean service time Σ_i s_i ×
service_time_i (exponential with that mean, like every M/M/c bote models).
"""
from __future__ import annotations

from fractions import Fraction
from typing import Any

from bote.magnitudes import Magnitude, aligned, is_sampled, product

#: The per-flow properties that say what one request costs (the mix's
#: capacity reads them); `write_share[votes]` says what share writes.
PER_REQUEST_COST = ("service_time", "capacity")


def shares(parts: dict[str, Magnitude], total: Magnitude) -> dict[str, Magnitude]:
    """Each flow's share of `total`, the sum of `parts` (equal shares of a
    component that gets no load: the mix then costs the plain average)."""
    if len(parts) == 1:
        return {c: Fraction(1) for c in parts}
    if is_sampled(total) or any(is_sampled(p) for p in parts.values()):
        import numpy as np
        with np.errstate(divide="ignore", invalid="ignore"):
            whole = np.asarray(total, dtype=float)
            return {c: np.where(whole > 0, np.asarray(p, dtype=float) / np.where(whole > 0, whole, 1.0), 1.0 / len(parts))
                    for c, p in parts.items()}
    return {c: (p / total if total else Fraction(1, len(parts))) for c, p in parts.items()}


def mixed_work(shares_by_class: dict[str, Magnitude], work: dict[str, Magnitude]) -> Magnitude:
    """Σ_i s_i × w_i: the instance-seconds one request of the mix costs,
    `work` by flow (instance-seconds per request)."""
    total: Any = Fraction(0)   # a Fraction, or an array with ranges
    for c, share in shares_by_class.items():
        total, part = aligned(total, product(share, work[c]))
        total = total + part
    return total


def per_request_work(service_time: Magnitude | None, capacity: Magnitude | None, workers: Magnitude) -> Magnitude:
    """w: the instance-seconds one request costs, from a service time (held
    by one of `workers`) or from a per-instance capacity."""
    if service_time is not None:
        held, by = aligned(service_time, workers)   # a range with exact workers stays a float array
        return held / by
    assert capacity is not None   # a component bote sizes has one or the other
    return 1 / capacity
