"""Storage: the bytes a component keeps (copies and retention), the room its
disks leave under `max_fill`, and how long until the data reaches it.

- With `replication = k` every byte is stored k times.
- With `retention` the data older than it expires, so the data grows to a
  steady state of data_growth × retention and stays there, instead of
  growing without bound. The data stored today (`data`) is kept until it
  expires, so the disks must hold the larger of the two.
- `max_fill` (default 80%) is the share of the disks the data may fill: a
  disk near full slows down (fragmentation, compaction, no room for a
  rebuild), so storage is sized to data_kept / (instances × storage) ≤
  max_fill, and "full" means reaching that line.

Pure functions over magnitudes (Fractions, or arrays of samples with
ranges); None where an input is not set.
"""
from __future__ import annotations

from bote.language.quantity import as_float, is_sampled
from bote.magnitudes import product
from bote.model import capacity as cap


def data_stored(data, replication):
    """data_stored = data × replication: the bytes on disk today, every
    copy counted; None without `data`."""
    return None if data is None else product(data, replication)


def data_kept(data, data_growth, retention, replication):
    """data_kept = data × replication; with `retention`, max(data,
    data_growth × retention) × replication: the steady state the data grows
    (or shrinks) to once what is older than the retention expires; None
    when there is no data."""
    if retention is None or data_growth is None:
        return data_stored(data, replication)
    steady = product(data_growth, retention)
    if data is not None:
        if is_sampled(steady) or is_sampled(data):
            import numpy as np
            steady = np.maximum(as_float(steady), as_float(data))
        else:
            steady = max(steady, data)
    return product(steady, replication)


def usable(per_instance, max_fill):
    """storage × max_fill: what one instance's disk may hold; None without
    `storage`."""
    return None if per_instance is None else product(per_instance, max_fill)


def needed_for_storage(kept, per_instance_usable):
    """needed_for_storage = ceil(data_kept / (storage × max_fill)): enough
    instances that the data fills no disk past max_fill; 0 without them."""
    return cap.instances_for_total(kept, per_instance_usable)


def time_until_full(storage_total, max_fill, stored, kept, data_growth, retention, replication):
    """time_until_full = (storage_total × max_fill - data_stored) /
    (data_growth × replication): how long until the data reaches max_fill
    at the current growth; None without data_growth or storage, and None
    with `retention` when the steady state (data_kept) fits under max_fill:
    it never fills."""
    if data_growth is None or storage_total is None:
        return None
    room = product(storage_total, max_fill)
    growth = product(data_growth, replication)
    left = cap.time_until_full(room, 0 if stored is None else stored, growth)
    if retention is None or left is None:
        return left
    if is_sampled(kept) or is_sampled(room) or is_sampled(left):
        import numpy as np
        return np.where(as_float(kept) > as_float(room), left, np.inf)
    return left if kept > room else None
