"""Pure formulas for the component kinds that are not request servers:
clients (a traffic source), a queue (a message bus), a third-party service.

Like `capacity`, every function takes magnitudes in base units (messages or
requests per second, seconds, bytes) as `Fraction`s or floats and states its
formula. They are plain arithmetic with `max`/`min` rather than branches on
magnitudes where one does, so they read the same over arrays of samples.
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING

from bote.language.quantity import aligned, is_sampled
from bote.magnitudes import Magnitude

if TYPE_CHECKING:
    import numpy as np


def positive_part(x: Magnitude) -> Magnitude:
    """max(0, x) written as (x + |x|) / 2: exact for Fractions, and
    elementwise for arrays of samples, where the built-in `max` is not."""
    # The same formula per type: to mypy, `abs` of a union is an object.
    if isinstance(x, Fraction):
        return (x + abs(x)) / 2
    if is_sampled(x):
        return (x + abs(x)) / 2
    return (x + abs(x)) / 2


def clients_load(count: Magnitude, rate: Magnitude, peak_factor: Magnitude = 1) -> tuple[Magnitude, Magnitude]:
    """(average, peak) requests per second sent by `count` clients each
    sending `rate`: average = count × rate, peak = average × peak_factor."""
    count, rate = aligned(count, rate)
    average = count * rate
    average, peak_factor = aligned(average, peak_factor)
    return average, average * peak_factor


def drain_rate(capacity: Magnitude, serving: int, multiplier: Magnitude) -> Magnitude:
    """Messages per second one consumer group takes off a queue when it runs
    flat out: capacity × serving instances / the edge's multiplier (with
    `queue -> worker * 3` each message costs the worker three requests)."""
    capacity, multiplier = aligned(capacity, multiplier)
    if is_sampled(multiplier):
        import numpy as np
        with np.errstate(divide="ignore"):  # `* 0` in some samples: that consumer does not limit it
            return capacity * serving / multiplier
    return capacity * serving / multiplier


def backlog(peak_in: Magnitude, drain: Magnitude, burst: Magnitude) -> Magnitude:
    """Messages left in the queue when a burst ends: max(0, peak_in − drain)
    × burst. During a burst `burst` long, messages arrive at the peak rate
    and leave at the drain rate."""
    peak_in, drain = aligned(peak_in, drain)
    excess, burst = aligned(positive_part(peak_in - drain), burst)
    return excess * burst


def drain_time(backlog_messages: Magnitude, drain: Magnitude, average_in: Magnitude) -> Magnitude:
    """Time to clear a backlog once the burst is over: backlog / (drain −
    average_in), since new messages keep arriving at the average rate. 0 with
    no backlog; infinite when the consumers are no faster than the average.
    Over arrays of samples the two cases are decided sample by sample."""
    if is_sampled(backlog_messages) or is_sampled(drain) or is_sampled(average_in):
        import numpy as np
        drain, average_in = aligned(drain, average_in)
        spare = np.asarray(drain - average_in, dtype=float)
        backlog_messages = np.asarray(aligned(backlog_messages, spare)[0], dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            time = np.where(spare > 0, backlog_messages / np.where(spare > 0, spare, 1.0), math.inf)
        return np.where(backlog_messages == 0, 0.0, time)
    if not backlog_messages:
        return 0.0
    faster_by = drain - average_in
    return float(backlog_messages / faster_by) if faster_by > 0 else math.inf


def growth(average_in: Magnitude, drain: Magnitude) -> Magnitude:
    """Messages per second by which the queue grows without end when the
    consumers are slower than the average arrival rate: max(0, average_in −
    drain)."""
    average_in, drain = aligned(average_in, drain)
    return positive_part(average_in - drain)


def bytes_held(backlog_messages: Magnitude, message_size: Magnitude) -> Magnitude:
    """Bytes the queue holds at the end of a burst: backlog × message_size."""
    backlog_messages, message_size = aligned(backlog_messages, message_size)
    return backlog_messages * message_size


def limit_utilization(load: Magnitude, rate_limit: Magnitude) -> Magnitude:
    """load / rate_limit: the share of a third party's rate limit in use."""
    load, rate_limit = aligned(load, rate_limit)
    return load / rate_limit


def end_to_end(own: Magnitude, callees: list[float | np.ndarray]) -> Magnitude:
    """Mean latency of the slowest synchronous path from a component: its
    own mean response plus the largest end_to_end among the components it
    calls synchronously. Calls to several components run in parallel, so
    the slowest one sets the wait: own + max(callees, default 0), sample
    by sample over arrays."""
    if any(is_sampled(x) for x in (own, *callees)):
        import numpy as np
        slowest = np.maximum.reduce(np.broadcast_arrays(*callees)) if callees else 0.0
        own, slowest = aligned(own, slowest)
        return own + slowest
    return own + max(callees, default=0.0)
