"""Pausing Python's cyclic garbage collector while bote builds a large,
acyclic structure (a syntax tree, an evaluation, a report).

A parse makes a few objects a token and an evaluation a few more a figure,
and keeps nearly all of them with no cycle among them: the collector, run
every 700 allocations, would walk the growing heap again and again for
nothing (a third of a 15,000-line file's parse; bench/).  Resuming it as
is would not help much: the young generation's count went on growing while
it was paused, so the next allocation scans everything made meanwhile (a
fifth of that file's `evaluate()`).  So what was made moves to the oldest
generation first, with a freeze and a thaw (no scan), and the count starts
again; the objects are still freed by their reference counts, and a cycle
among them is found by the next full collection, as for any old object.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block, when it was on (nested pauses
    resume once, at the outermost)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            resume()


def resume() -> None:
    """Turn the collector back on, what was made meanwhile moved to the
    oldest generation without a scan."""
    gc.freeze()
    gc.unfreeze()
    gc.enable()
