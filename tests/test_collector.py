"""The cyclic garbage collector is paused while bote builds a big acyclic
structure, and resumed as it was found (bote.collector)."""
import gc

import pytest

import bote
from bote import collector


@pytest.fixture
def collecting():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.enable() if was else gc.disable()


def test_evaluate_leaves_the_collector_on_when_it_was_on(collecting):
    bote.evaluate("x = 1 GB\ny = x * 2")
    assert gc.isenabled()


def test_evaluate_leaves_the_collector_off_when_it_was_off(collecting):
    gc.disable()
    bote.evaluate("x = 1 GB\ny = x * 2")
    assert not gc.isenabled()


def test_the_collector_is_off_inside_and_on_again_after_an_error(collecting):
    with pytest.raises(bote.BoteError), collector.paused():
        assert not gc.isenabled()
        bote.evaluate("x = 1 GB +")
    assert gc.isenabled()


def test_what_a_big_pause_made_is_not_scanned_at_the_next_allocation(collecting):
    # The young generation's count restarts: resuming does not set off a
    # collection of everything made meanwhile.
    def collections():
        return sum(g["collections"] for g in gc.get_stats())
    with collector.paused():
        kept = [[i] for i in range(collector.BIG + 10_000)]
        before = collections()
    more = [[i] for i in range(100)]
    assert collections() == before and gc.get_count()[0] < 700
    # A small pause resumes as it was: the next allocation collects.
    with collector.paused():
        small = [[i] for i in range(10_000)]
        before = collections()
    more += [[i] for i in range(100)]
    assert collections() > before
    assert len(kept) + len(small) == collector.BIG + 20_000


def test_nested_pauses_resume_once_at_the_outermost(collecting):
    with collector.paused():
        with collector.paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_small_pauses_in_a_long_running_process_leave_cyclic_garbage_to_the_collector(collecting):
    # The language server pauses it for each keystroke's evaluation: each
    # small pause resumes as it was, so the young collections still free
    # other code's cycles (a freeze and a thaw each time kept a million).
    gc.collect()
    before = len(gc.get_objects())
    for _ in range(5_000):
        for _ in range(200):
            cycle = []
            cycle.append(cycle)
        with collector.paused():
            pass
    del cycle
    assert len(gc.get_objects()) - before < 100_000


def test_objects_the_host_froze_stay_frozen(collecting):
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector.paused():
            kept = [[i] for i in range(collector.BIG + 10_000)]
        bote.evaluate("x = 1 GB\ny = x * 2")
        # a few of the frozen objects may be freed meanwhile; a thaw would have released them all
        assert gc.get_freeze_count() > frozen - 1_000 and len(kept) > collector.BIG
    finally:
        gc.unfreeze()
