"""The queue, clients and path formulas of `bote.queues`, at their edges and
over arrays of samples, against figures worked by hand.

tests/test_kinds.py checks each formula once with exact numbers; these pin
the boundaries (a spare drain rate of exactly 0, a backlog of exactly 1
message, a spare rate below 1 message/s) and the sampled branches, which
must give, sample by sample, what the exact branch gives for each sample.
"""
import math
import warnings
from fractions import Fraction

import numpy as np

from bote.model import queues

# --- clients ---------------------------------------------------------------------

def test_clients_without_a_peak_factor_peak_at_their_average():
    # 1,000 clients × 0.1 req/s = 100 req/s; no peak_factor: peak = average × 1 = 100.
    assert queues.clients_load(Fraction(1000), Fraction(1, 10)) == (100, 100)


def test_clients_load_over_samples():
    # count 10 (exact) × rate [1, 2] = [10, 20]; × peak factor [3, 1] = [30, 20].
    average, peak = queues.clients_load(Fraction(10), np.array([1.0, 2.0]), np.array([3.0, 1.0]))
    assert average.tolist() == [10.0, 20.0]
    assert peak.tolist() == [30.0, 20.0]


# --- drain rate ----------------------------------------------------------------------

def test_drain_rate_over_samples_is_capacity_times_instances_over_the_multiplier():
    # capacity [100, 200] msg/s × 3 instances / multiplier [2, 4] = [150, 150].
    drained = queues.drain_rate(np.array([100.0, 200.0]), 3, np.array([2.0, 4.0]))
    assert drained.tolist() == [150.0, 150.0]


def test_a_zero_multiplier_in_some_samples_drains_without_limit_and_without_a_warning():
    # `queue -> worker * m` with m = 0 in a sample: the worker is never asked,
    # so it does not limit the drain (100 × 2 / 0 = inf) and numpy must not
    # print a divide-by-zero warning to the user.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        drained = queues.drain_rate(np.array([100.0, 100.0]), 2, np.array([0.0, 4.0]))
    assert drained.tolist() == [math.inf, 50.0]


# --- drain time: exact -----------------------------------------------------------------

def test_drain_time_with_less_than_one_message_per_second_to_spare():
    # backlog 10 messages, drain 1.5 msg/s, average in 1 msg/s: spare 0.5 msg/s,
    # time = 10 / 0.5 = 20 s (finite: any spare rate above 0 clears it).
    assert queues.drain_time(Fraction(10), Fraction(3, 2), Fraction(1)) == 20.0


def test_drain_time_with_no_spare_rate_is_infinite():
    # spare = 1,000 − 1,000 = 0 msg/s: a backlog of 5 never clears.
    assert queues.drain_time(Fraction(5), Fraction(1000), Fraction(1000)) == math.inf


# --- drain time: over samples ------------------------------------------------------------

def test_drain_time_over_samples_decides_each_sample_alone():
    # sample   backlog  drain  average  spare   time
    #   0        10      1.5     1       0.5     10 / 0.5 = 20 s
    #   1        10      3       1       2       10 / 2   = 5 s
    #   2        10      1       1       0       inf (no spare rate)
    #   3        10      1       2      -1       inf (the queue grows)
    #   4         1      3       1       2       1 / 2    = 0.5 s (a backlog of one message)
    #   5         0      1       2      -1       0 (nothing to drain, even though it would grow)
    #   6         0      1       1       0       0
    backlog = np.array([10.0, 10.0, 10.0, 10.0, 1.0, 0.0, 0.0])
    drain = np.array([1.5, 3.0, 1.0, 1.0, 3.0, 1.0, 1.0])
    average = np.array([1.0, 1.0, 1.0, 2.0, 1.0, 2.0, 1.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")   # 10 / 0 in a sample must not warn
        time = queues.drain_time(backlog, drain, average)
    assert time.tolist() == [20.0, 5.0, math.inf, math.inf, 0.5, 0.0, 0.0]


def test_drain_time_with_an_exact_backlog_and_sampled_rates():
    # backlog exactly 600 messages; drain [2,000, 1,500] msg/s, average 1,500:
    # spare [500, 0] -> [600 / 500 = 1.2 s, inf].
    time = queues.drain_time(Fraction(600), np.array([2000.0, 1500.0]), Fraction(1500))
    assert time.tolist() == [1.2, math.inf]


def test_drain_time_of_an_exact_zero_backlog_with_sampled_rates_is_zero():
    # No backlog in any sample: 0 s, even where the consumers are slower (spare −1).
    time = queues.drain_time(Fraction(0), np.array([1.0, 3.0]), np.array([2.0, 1.0]))
    assert time.tolist() == [0.0, 0.0]


# --- the slowest synchronous path ------------------------------------------------------------

def test_end_to_end_over_samples_takes_the_slowest_callee_in_each_sample():
    # own [10, 20] ms; callees [5, 50] and [30, 1]: slowest [30, 50];
    # end to end [10 + 30, 20 + 50] = [40, 70].
    total = queues.end_to_end(np.array([0.010, 0.020]), [np.array([0.005, 0.050]), np.array([0.030, 0.001])])
    assert total.tolist() == [0.040, 0.070]


def test_end_to_end_with_an_exact_own_latency_and_sampled_callees():
    # own 10 ms (a float, not sampled); one callee [5, 50] ms: [15, 60] ms.
    total = queues.end_to_end(0.010, [np.array([0.005, 0.050])])
    assert np.allclose(total, [0.015, 0.060], rtol=0, atol=1e-15)


def test_end_to_end_over_samples_without_callees_is_the_own_latency():
    total = queues.end_to_end(np.array([0.010, 0.020]), [])
    assert total.tolist() == [0.010, 0.020]


def test_drain_time_of_a_sampled_backlog_with_exact_rates():
    # A burst that is a range (and nothing else): the backlog is samples, the
    # drain and arrival rates exact. 2,000 and 20,000 messages, drained at
    # 80 - 50 = 30 msg/s faster than they arrive: 66.7 s and 666.7 s.
    backlog = np.array([2000.0, 20000.0, 0.0])
    got = queues.drain_time(backlog, Fraction(80), Fraction(50))
    assert got.tolist() == [2000 / 30, 20000 / 30, 0.0]
    # Consumers no faster than the average: never clears, where there is a backlog.
    assert queues.drain_time(backlog, Fraction(50), Fraction(50)).tolist() == [math.inf, math.inf, 0.0]
