"""The capacity formulas of `bote.capacity` at their edges and over arrays of
samples, against figures worked by hand.

tests/test_capacity.py gives the main vectors with exact numbers; these pin
what a small change to a formula would move: the largest count bote accepts,
the floor of one instance, the slack a float comparison allows, the figures
of polling clients and of a filling disk over samples (one scenario per
sample, each what the exact formula gives for it), and that samples stay
arrays of floats (counts: of integers), never slow arrays of Fractions.
"""
import math
import warnings
from fractions import Fraction as F

import numpy as np
import pytest
from conftest import error_of

from bote.language.quantity import QuantityError
from bote.model import capacity as cap


def _floats(array):
    assert isinstance(array, np.ndarray) and array.dtype == np.float64, array
    return array.tolist()


# --- capacity per instance -----------------------------------------------------------

def test_capacity_over_sampled_service_times():
    # 8 workers / [20 ms, 40 ms] = [400, 200] req/s, as floats.
    assert _floats(cap.capacity_per_instance(F(8), np.array([0.020, 0.040]))) == [400.0, 200.0]


def test_capacity_with_a_float_service_time():
    # 8 workers / 0.025 s = 320 req/s (0.025 is not a Fraction: the float formula).
    assert cap.capacity_per_instance(F(8), 0.025) == 320.0


# --- the largest count ----------------------------------------------------------------------

def test_exactly_a_trillion_instances_is_accepted():
    # 700 G req/s / (1 req/s × 70%) = 10^12 exactly: the limit itself is allowed,
    # one request per second more is past it.
    assert cap.instances_for_load(F(7 * 10**11), F(1), F(7, 10)) == 10**12
    with pytest.raises(QuantityError):
        cap.instances_for_load(F(7 * 10**11 + 1), F(1), F(7, 10))


def test_more_than_a_trillion_instances_is_a_unit_mistake():
    # 10^13 req/s on 1 req/s at 70%: 1.4 × 10^13 instances.
    (d,) = error_of("component huge {\n  load = 10000000000000 req/s\n  capacity = 1 req/s\n}\n")
    assert (d.kind, d.message, d.hint) == (
        "value", "this needs more than 1e+12 instances",
        "check the units of the load, capacity, memory or storage")
    assert (d.span.line, d.span.column) == (1, 11)


def test_a_trillion_instances_in_every_sample_is_accepted():
    # [10^12, 1] TB / 1 TB: the largest sample is exactly the limit.
    counts = cap.instances_for_total(np.array([1e12, 1.0]), F(1))
    assert counts.tolist()[1] == 1


def test_too_many_instances_in_some_samples_says_in_how_many():
    # Samples [10^12, 2 × 10^12, 3 × 10^12, 1] instances: two of the four are past
    # 10^12 (the first is at it, not past it): 50% of the samples.
    with pytest.raises(QuantityError) as info:
        cap.instances_for_total(np.array([1e12, 2e12, 3e12, 1.0]), F(1))
    e = info.value
    assert (e.kind, e.message, e.hint) == (
        "value", "this needs more than 1e+12 instances in 50% of the samples",
        "check the units and the ranges of the load, capacity, memory or storage")


def test_counts_over_samples_are_integers():
    # [2.5, 3, 0.1] GB / 1 GB -> [3, 3, 1] machines: whole numbers, not 3.0.
    counts = cap.instances_for_total(np.array([2.5e9, 3e9, 1e8]), F(10**9))
    assert counts.dtype.kind == "i" and counts.tolist() == [3, 3, 1]


# --- utilization over samples ------------------------------------------------------------------

def test_utilization_of_exact_load_on_sampled_capacity():
    # 100 req/s on 2 instances of [50, 200] req/s: 100 / [100, 400] = [1, 0.25].
    assert _floats(cap.utilization(F(100), np.array([50.0, 200.0]), 2)) == [1.0, 0.25]


# --- a float at its limit ------------------------------------------------------------------

def test_a_float_at_the_limit_is_not_beyond_it():
    # Samples are floats: x > limit only past limit × (1 + 4 × 2^-46), so the
    # utilization of a count bote sized (at ceil(q × (1 − 2^-46))) never trips it.
    edge = 1.0 * (1 + 4 * 2.0 ** -46)
    assert not cap.exceeds(1.0, 1)
    assert not cap.exceeds(edge, 1)
    assert cap.exceeds(math.nextafter(edge, 2.0), 1)
    assert cap.exceeds(1.0 + 1e-9, 1)


def test_an_exact_value_at_the_limit_is_not_beyond_it():
    assert not cap.exceeds(F(1), 1)
    assert cap.exceeds(F(10**12 + 1, 10**12), 1)


# --- size ---------------------------------------------------------------------------------------

def test_size_defaults():
    # Nothing but load and capacity: horizontal, no connection or latency count.
    s = cap.size(load=F(100), capacity=F(100), max_utilization=F(1, 2), redundancy=0)
    assert (s.scaling, s.needed_for_connections, s.needed_for_latency) == ("horizontal", 0, 0)
    assert (s.needed_for_load, s.needed, s.instances, s.limited_by) == (2, 2, 2, "load")


def test_no_load_still_needs_one_instance():
    # load 0: every requirement is 0 instances, and one instance is the floor: 1 + 1 spare = 2.
    s = cap.size(load=F(0), capacity=F(100), max_utilization=F(7, 10), redundancy=1)
    assert (s.needed_for_load, s.needed, s.instances) == (0, 1, 2)
    assert s.utilization == 0 and s.utilization_one_down == 0


def test_size_keeps_the_share_of_samples_it_sized_for():
    s = cap.size(load=F(100), capacity=F(100), max_utilization=F(1, 2), redundancy=0, size_at=F(1, 2))
    assert s.size_at == F(1, 2)


def test_a_single_primary_holds_one_copy_of_the_data_however_many_standbys():
    # scaling = single, 2 TB disks, 64 GB memory, 1 primary + 2 standbys: every
    # instance holds a full copy, so the fleet holds 2 TB and 64 GB, not 6 TB and 192 GB.
    s = cap.size(load=F(10), capacity=F(100), max_utilization=F(7, 10), redundancy=2, scaling="single",
                 storage=F(2 * 10**12), data=F(10**12), memory=F(64 * 10**9), working_set=F(10**9))
    assert s.instances == 3
    assert (s.storage_total, s.memory_total) == (2 * 10**12, 64 * 10**9)
    # horizontal: the same disks split the data: 3 × 2 TB = 6 TB.
    h = cap.size(load=F(10), capacity=F(100), max_utilization=F(7, 10), redundancy=2,
                 storage=F(2 * 10**12), data=F(10**12))
    assert h.storage_total == 6 * 10**12


def test_a_single_primary_without_a_standby_has_no_one_down_figure():
    # scaling = single, redundancy 0: one instance; when it is down nothing serves.
    s = cap.size(load=F(10), capacity=F(100), max_utilization=F(7, 10), redundancy=0, scaling="single")
    assert s.instances == 1 and s.utilization == F(1, 10) and s.utilization_one_down is None


# --- polling clients ------------------------------------------------------------------------------

def test_polling_clients_exact():
    # 600 clients every 60 s: average 600 / 60 = 10 req/s.
    # jitter 50%: spread over 30 s, peak 600 / 30 = 20 req/s.
    assert cap.polling_load(F(600), F(60), F(1, 2)) == (10.0, 20.0)
    # jitter 1%: 0.6 s, less than the 1 s window: all 600 in one second.
    assert cap.polling_load(F(600), F(60), F(1, 100)) == (10.0, 600.0)


def test_polling_clients_over_samples():
    # 600 clients every 60 s (average 10 req/s), jitter per sample:
    #   jitter   window = max(1 s, jitter × 60 s)   peak = max(10, 600 / window)
    #   0        1 s (lockstep)                     600
    #   50%      30 s                               20
    #   1%       1 s (0.6 s is less than 1 s)       600
    #   200%     120 s                              max(10, 5) = 10 (never below the average)
    average, peak = cap.polling_load(F(600), F(60), np.array([0.0, 0.5, 0.01, 2.0]))
    assert average == 10.0
    assert _floats(peak) == [600.0, 20.0, 600.0, 10.0]


def test_polling_clients_over_sampled_intervals():
    # 600 clients every [60, 120] s, jitter 50%: average [10, 5] req/s;
    # windows [30, 60] s: peak [20, 10] req/s.
    average, peak = cap.polling_load(F(600), np.array([60.0, 120.0]), F(1, 2))
    assert _floats(average) == [10.0, 5.0]
    assert _floats(peak) == [20.0, 10.0]


def test_polling_clients_over_sampled_counts():
    # [600, 1200] clients every 60 s in lockstep: average [10, 20], peak [600, 1200].
    average, peak = cap.polling_load(np.array([600.0, 1200.0]), F(60), F(0))
    assert _floats(average) == [10.0, 20.0]
    assert _floats(peak) == [600.0, 1200.0]


# --- time until the disks are full ------------------------------------------------------------------

def test_time_until_full_exact():
    # 1,000 GB of room, 400 GB used, growing 3 GB/s: (1000 − 400) / 3 = 200 s.
    assert cap.time_until_full(F(1000), F(400), F(3)) == 200.0
    # 1,000 GB room, 999.5 used, 1 GB/s: half a second (not rounded up to 1).
    assert cap.time_until_full(F(1000), F(1999, 2), F(1)) == 0.5
    # Already full, or past full: 0 s, never negative.
    assert cap.time_until_full(F(1000), F(1000), F(3)) == 0.0
    assert cap.time_until_full(F(1000), F(1200), F(3)) == 0.0
    # Nothing grows: no time until full.
    assert cap.time_until_full(F(1000), F(400), F(0)) is None


def test_time_until_full_with_float_figures():
    # The same vectors with floats (a magnitude past the exact range is a float).
    assert cap.time_until_full(1000.0, 400.0, 3.0) == 200.0
    assert cap.time_until_full(1000.0, 999.5, 1.0) == 0.5
    assert cap.time_until_full(1000.0, 1200.0, 3.0) == 0.0


def test_time_until_full_over_samples():
    #   room   used  growth   time
    #   1000   400   3        600 / 3 = 200 s
    #   1000   400   0.5      600 / 0.5 = 1,200 s
    #   1000   400   1200     600 / 1200 = 0.5 s
    #   1000   400   0        inf (nothing grows)
    #    300   400   1        0 (already past full)
    #    300   400   0        inf (past full, but nothing grows: as the exact formula, "never")
    #    400   400   0        inf (exactly full, nothing grows: 0 / 0 is not a figure)
    room = np.array([1000.0, 1000.0, 1000.0, 1000.0, 300.0, 300.0, 400.0])
    growth = np.array([3.0, 0.5, 1200.0, 0.0, 1.0, 0.0, 0.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")   # 600 / 0 or 0 / 0 in a sample must not warn
        time = cap.time_until_full(room, F(400), growth)
    assert _floats(time) == [200.0, 1200.0, 0.5, math.inf, 0.0, math.inf, math.inf]


@pytest.mark.parametrize("room, used, growth, expected", [
    # only the room is sampled: ([1000, 700] − 400) / 3 = [200, 100] s
    (np.array([1000.0, 700.0]), F(400), F(3), [200.0, 100.0]),
    # only the data: (1000 − [400, 100]) / 3 = [200, 300] s
    (F(1000), np.array([400.0, 100.0]), F(3), [200.0, 300.0]),
    # only the growth: (1000 − 400) / [3, 2] = [200, 300] s
    (F(1000), F(400), np.array([3.0, 2.0]), [200.0, 300.0]),
])
def test_time_until_full_with_one_sampled_figure(room, used, growth, expected):
    assert _floats(cap.time_until_full(room, used, growth)) == expected


def test_a_real_fraction_of_a_machine_is_never_dropped_by_the_float_slack():
    """500,000,000,000.4 machines' worth of load needs 500,000,000,001 (the
    slack once was 1e-12 of the quotient: 0.5 machines at this size)."""
    from bote.model.capacity import instances_for_total
    assert instances_for_total(5e11 + 0.4, 1.0) == 500_000_000_001
    assert instances_for_total(1e12, 1.0) == 1_000_000_000_000
    assert instances_for_total(3 * 0.1, 0.1) == 3       # 3.0000000000000004: a rounding, not a machine


def test_one_instance_down_on_a_single_primary_leaves_its_utilization_while_a_standby_remains():
    # 10 req/s on a 100 req/s primary: 10% with all up, and still 10% with one
    # of three down (a standby takes over); spread across three it would be
    # 10 / (100 × 2) = 5% with one down.
    assert cap.utilization_one_down(F(10), F(100), "single", 3) == F(1, 10)
    assert cap.utilization_one_down(F(10), F(100), "horizontal", 3) == F(1, 20)
    assert cap.utilization_one_down(F(10), F(100), "single", 1) is None


def test_size_keeps_its_redundancy_and_sizes_samples_at_the_percentile():
    s = cap.size(load=F(10), capacity=F(100), max_utilization=F(7, 10), redundancy=2, scaling="single")
    assert (s.redundancy, s.instances, s.utilization_one_down) == (2, 3, F(1, 10))
    # Samples that need 1, 2, 3 and 4 instances (70 req/s each at 70%): at
    # size_at = 100% the provisioned count covers all of them, 4.
    load = np.array([70.0, 140.0, 210.0, 280.0])
    s = cap.size(load=load, capacity=F(100), max_utilization=F(7, 10), redundancy=0, size_at=F(1))
    assert s.instances == 4
    assert s.needed.tolist() == [1, 2, 3, 4]
