"""Row locks on the busiest key: how many writes per second land on one row,
how busy its lock is, and how long a write waits for it.

A write holds its row's lock for `lock_time`, so one row admits at most
1 / lock_time writes per second however many instances serve the table:
the hot row lives on one of them. The lock is a single server, so its
queue is M/M/1 (Poisson arrivals, exponential holding times) at
ρ = hot_row_writes × lock_time.

Pure functions over magnitudes (Fractions, or arrays of samples with
ranges); None where an input is not set.
"""
from __future__ import annotations

import math

from bote.language.quantity import as_float, is_sampled
from bote.magnitudes import Magnitude


def mixed_write_share(loads: dict[str, Magnitude], shares: dict[str, Magnitude], total: Magnitude) -> Magnitude:
    """write_share = Σ load_i × write_share_i / load: the load-weighted mix
    of each flow's share of writes (a component without load writes
    nothing)."""
    if not is_sampled(total) and not total:
        return 0
    writes: Magnitude = 0
    for flow_class, load in loads.items():
        part = shares[flow_class]
        if is_sampled(load) or is_sampled(part) or is_sampled(writes):
            writes = as_float(writes) + as_float(load) * as_float(part)
        else:
            writes = writes + load * part
    if is_sampled(writes) or is_sampled(total):
        import numpy as np
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(as_float(total) > 0, as_float(writes) / as_float(total), 0.0)
    return writes / total


def hot_row_writes(load, write_share, hot_key_share):
    """hot_row_writes = load × write_share × hot_key_share: the writes per
    second on the single busiest row; None without `hot_key_share`."""
    if hot_key_share is None:
        return None
    if any(is_sampled(x) for x in (load, write_share, hot_key_share)):
        return as_float(load) * as_float(write_share) * as_float(hot_key_share)
    return load * write_share * hot_key_share


def lock_utilization(hot_row_writes, lock_time):
    """lock_utilization = hot_row_writes × lock_time: the share of the time
    the busiest row's lock is held (the row admits at most 1 / lock_time
    writes per second); None without `lock_time`."""
    if hot_row_writes is None or lock_time is None:
        return None
    if is_sampled(hot_row_writes) or is_sampled(lock_time):
        return as_float(hot_row_writes) * as_float(lock_time)
    return hot_row_writes * lock_time


def lock_wait(lock_utilization, lock_time):
    """lock_wait = ρ / (1 - ρ) × lock_time with ρ = lock_utilization: the
    mean time a write waits for the busiest row's lock (M/M/1 on that row);
    infinite at ρ ≥ 1, where the writes queue without bound."""
    if lock_utilization is None or lock_time is None:
        return None
    if is_sampled(lock_utilization) or is_sampled(lock_time):
        import numpy as np
        rho, hold = np.broadcast_arrays(as_float(lock_utilization), as_float(lock_time))
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(rho < 1, rho / (1 - rho) * hold, np.inf)
    if lock_utilization >= 1:
        return math.inf
    return lock_utilization / (1 - lock_utilization) * lock_time


def shards_needed(lock_utilization, max_utilization) -> int | None:
    """The fewest counter shards that bring each shard's lock under the
    ceiling: ceil(lock_utilization / max_utilization) (the writes spread
    evenly over the shards); None without a lock model."""
    if lock_utilization is None:
        return None
    rho = lock_utilization if not is_sampled(lock_utilization) else float(lock_utilization.max())
    limit = max_utilization if not is_sampled(max_utilization) else float(max_utilization)
    return max(1, math.ceil(rho / limit))  # exact on Fractions: a whole quotient is that many
