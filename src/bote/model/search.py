"""The one search bote runs over whole numbers: the smallest count that
passes a monotone test (once it passes, every larger count passes too)."""
from __future__ import annotations

from collections.abc import Callable


def smallest_passing(passes: Callable[[int], bool], lo: int, limit: int) -> int | None:
    """The smallest n in (lo, limit] with `passes(n)`, given that `lo` does
    not pass: a doubling from lo (capped at limit), then a binary search in
    the last bracket. None when even `limit` does not pass."""
    hi = lo
    while True:
        hi = min(2 * hi, limit)
        if passes(hi):
            break
        if hi == limit:
            return None
        lo = hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if passes(mid):
            hi = mid
        else:
            lo = mid
    return hi
