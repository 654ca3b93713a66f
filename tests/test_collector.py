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


def test_what_was_made_while_paused_is_not_scanned_at_the_next_allocation(collecting):
    # The young generation's count restarts: resuming does not set off a
    # collection of everything made meanwhile.
    with collector.paused():
        kept = [[i] for i in range(50_000)]
    assert gc.get_count()[0] < 700
    assert len(kept) == 50_000


def test_nested_pauses_resume_once_at_the_outermost(collecting):
    with collector.paused():
        with collector.paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
