"""Pausing Python's cyclic garbage collector while bote builds a large,
acyclic structure (a syntax tree, an evaluation, a report).

A parse makes a few objects a token and an evaluation a few more a figure,
and keeps nearly all of them with no cycle among them: the collector, run
every 700 allocations, would walk the growing heap again and again for
nothing (a third of a 15,000-line file's parse; bench/).  Resuming it as
is would not help much after a big evaluation: the young generation's
count went on growing while it was paused, so the next allocation scans
everything made meanwhile (a fifth of that file's `evaluate()`).  So after
a pause that made more than `BIG` objects, what was made moves to the
oldest generation first, with a freeze and a thaw (no scan), and the count
starts again; the objects are still freed by their reference counts, and a
cycle among them is found by the next full collection, as for any old
object.  After a small pause (a keystroke's evaluation in the language
server, a small file) the collector resumes as it was: moving every young
object of a long-running process to the oldest generation at each call
would keep other code's cyclic garbage from the young collections that
free it.  Nor is it done when the host process froze objects of its own
(`gc.freeze()` before forking workers): a thaw would release them.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(big: int | None = None) -> Iterator[None]:
    """The collector off inside the block, when it was on (nested pauses
    resume once, at the outermost); `big` as for `resume`."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            resume(BIG if big is None else big)


#: Objects made during a pause past which resuming moves them to the oldest
#: generation rather than scan them (bench's big file makes about 300,000).
BIG = 100_000


def resume(big: int = BIG) -> None:
    """Turn the collector back on; after a pause that made more than `big`
    objects, what was made meanwhile moved to the oldest generation without
    a scan (`big=0` in a command that is about to exit: always)."""
    if gc.get_count()[0] > big and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
    gc.enable()
