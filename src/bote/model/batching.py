"""Batching: `api -> db batch 100` sends one request to db for every 100 of
api's (the property `batch = 100` on the caller does it for all its edges).

Pure functions of magnitudes (Fractions where exact, arrays of samples with
ranges). A batch waits to fill; `batch_timeout` on the caller caps the wait,
and then a batch holds what arrived in that time, so the callee's rate is
never more than one request per timeout. A batch holds at least one request:
at a trickle, each request goes alone once its timeout passes.
"""
from __future__ import annotations

from fractions import Fraction

from bote.magnitudes import Magnitude, aligned, is_sampled, product


def batch_size(batch: Magnitude, arrival_rate: Magnitude, batch_timeout: Magnitude | None) -> Magnitude:
    """Requests per batch = batch, or max(1, min(batch, arrival_rate ×
    batch_timeout)) with a timeout: a batch leaves when it is full or when
    its timeout passes, whichever comes first."""
    if batch_timeout is None:
        return batch
    arrived = product(arrival_rate, batch_timeout)
    if is_sampled(arrived) or is_sampled(batch):
        import numpy as np
        b, a = aligned(batch, arrived)
        return np.maximum(1.0, np.minimum(b, a))
    return max(Fraction(1), min(batch, arrived)) if isinstance(arrived, Fraction) and isinstance(batch, Fraction) \
        else max(1.0, min(float(batch), float(arrived)))


def batched_rate(arrival_rate: Magnitude, size: Magnitude) -> Magnitude:
    """Requests per second to the callee = arrival_rate / batch size."""
    a, s = aligned(arrival_rate, size)
    return a / s


def fill_time(size: Magnitude, arrival_rate: Magnitude, batch_timeout: Magnitude | None = None) -> Magnitude:
    """The time a batch takes to leave = batch size / arrival_rate, or
    batch_timeout if that is sooner: the longest a request waits for its
    batch, the latency batching adds. No traffic, no wait."""
    s, a = aligned(size, arrival_rate)
    if is_sampled(a) or is_sampled(s):
        import numpy as np
        a = np.asarray(a, dtype=float)
        filled = np.where(a > 0, np.asarray(s, dtype=float) / np.where(a > 0, a, 1.0), 0.0)
        return filled if batch_timeout is None else np.minimum(filled, float(batch_timeout)) \
            if not is_sampled(batch_timeout) else np.minimum(filled, batch_timeout)
    waited = s / a if a else Fraction(0)
    if batch_timeout is None:
        return waited
    return min(waited, batch_timeout) if isinstance(waited, Fraction) and isinstance(batch_timeout, Fraction) \
        else min(float(waited), float(batch_timeout))


def items_per_request(requests: list[Magnitude], sizes: list[Magnitude]) -> Magnitude:
    """What one request to a component carries, in its callers' requests:
    Σ (requestsᵢ × batchᵢ) / Σ requestsᵢ over its edges in (`requests`: per
    second along each, `sizes`: its batch, 1 unbatched); 1 with no requests.
    `message_size` and `response_size` are per item, so a request's bytes
    are this many times theirs."""
    total: Magnitude = Fraction(0)
    items: Magnitude = Fraction(0)
    for carried, size in zip(requests, sizes):
        total, carried = aligned(total, carried)
        total = total + carried
        items, carried = aligned(items, product(carried, size))
        items = items + carried
    if is_sampled(total) or is_sampled(items):
        import numpy as np
        r, i = np.asarray(total, dtype=float), np.asarray(items, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(r > 0, i / np.where(r > 0, r, 1.0), 1.0)
    return items / total if total else Fraction(1)

