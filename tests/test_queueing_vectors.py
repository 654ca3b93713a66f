"""The M/M/c functions of `bote.queueing` at their edges: the arguments they
refuse (and the message that says why), the boundaries of the latency search,
and closed forms worked by hand.

tests/test_queueing.py checks the figures against published tables and a
simulation; these pin what a small change to a bound or a comparison would
move.
"""
import math

import pytest

from bote.model import queueing as qm

# --- arguments -------------------------------------------------------------------------

def test_a_whole_float_is_a_count():
    # B(2, 1) = (1²/2!) / (1 + 1 + 1²/2!) = 0.5 / 2.5 = 0.2, with c given as 2.0.
    assert qm.erlang_b(2.0, 1.0) == pytest.approx(0.2, rel=1e-15)
    assert qm.erlang_c(2.0, 1.0) == pytest.approx(1 / 3, rel=1e-15)


@pytest.mark.parametrize("call, message", [
    (lambda: qm.erlang_b(1.5, 1.0), "servers must be a whole number, not 1.5"),
    (lambda: qm.erlang_b(-1, 1.0), "servers must be at least 0, not -1"),
    (lambda: qm.erlang_c(0, 1.0), "servers must be at least 1, not 0"),
    (lambda: qm.erlang_b(1, -1.0), "offered load must be finite and ≥ 0, not -1.0"),
    (lambda: qm.erlang_b(1, math.inf), "offered load must be finite and ≥ 0, not inf"),
    (lambda: qm.erlang_c(1, math.inf), "offered load must be finite and ≥ 0, not inf"),
    (lambda: qm.mmc(-1.0, 0.1, 1), "arrival rate must be finite and ≥ 0, not -1.0"),
    (lambda: qm.mmc(1.0, 0.0, 1), "service time must be finite and > 0, not 0.0"),
    (lambda: qm.mmc(1.0, math.inf, 1), "service time must be finite and > 0, not inf"),
    (lambda: qm.mmc(1.0, 0.1, 0), "servers must be at least 1, not 0"),
    (lambda: qm.mmc(1.0, 0.1, 1, instances=0), "instances must be at least 1, not 0"),
    (lambda: qm.service_percentile(1.0, 0.1), "a percentile must be in [0, 1), not 1.0"),
    (lambda: qm.service_percentile(1.5, 0.1), "a percentile must be in [0, 1), not 1.5"),
    (lambda: qm.service_percentile(0.5, 0.0), "service time must be finite and > 0, not 0.0"),
    (lambda: qm.smallest_instances_for_latency(-1.0, 0.01, 1, 0.05, 0.99), "arrival rate must be finite and ≥ 0, not -1.0"),
    (lambda: qm.smallest_instances_for_latency(1.0, 0.0, 1, 0.05, 0.99), "service time must be finite and > 0, not 0.0"),
    (lambda: qm.smallest_instances_for_latency(1.0, 0.01, 0, 0.05, 0.99), "servers must be at least 1, not 0"),
    (lambda: qm.smallest_instances_for_latency(1.0, 0.01, 1, 0.05, 0.99, start=-1), "start must be at least 0, not -1"),
    (lambda: qm.smallest_instances_for_latency(1.0, 0.01, 1, 0.05, 0.99, limit=0), "limit must be at least 1, not 0"),
])
def test_refused_arguments_say_which_and_why(call, message):
    with pytest.raises(ValueError) as info:
        call()
    assert str(info.value) == message


# --- Erlang B: the recursion stops once it underflows ----------------------------------------

def test_erlang_b_with_a_billion_servers_stops_early():
    # B(c, 1) = 1/c! / Σ 1/k!: below the smallest float once c passes ~180, so
    # the recursion stops there; a billion steps would take minutes.
    assert qm.erlang_b(10**9, 1.0) == 0.0


# --- the response-time distribution at its ends -----------------------------------------------

def test_every_response_is_done_by_an_infinite_time():
    # M/M/1, λ = 50/s, service 10 ms: P(T ≤ ∞) = 1, P(T ≤ 0) = 0.
    assert qm.response_time_cdf(math.inf, 50.0, 0.01, 1) == 1.0
    assert qm.response_time_cdf(0.0, 50.0, 0.01, 1) == 0.0


def test_the_zero_percentile_is_no_time():
    assert qm.response_time_percentile(0.0, 50.0, 0.01, 1) == 0.0


# --- sizing for a latency target -------------------------------------------------------------------

def test_smallest_instances_for_latency_by_hand():
    # One worker, 10 ms (μ = 100/s), 1,000 req/s over n instances: each an M/M/1
    # queue, response time Exp(100 − 1000/n), p99 = ln(100) / (100 − 1000/n).
    # p99 ≤ 50 ms needs 100 − 1000/n ≥ ln(100) / 0.05 = 92.103, n ≥ 1000 / 7.897
    # = 126.6: 127 (126 gives 50.3 ms, 127 gives 49.97 ms).
    assert qm.smallest_instances_for_latency(1000.0, 0.01, 1, 0.05, 0.99) == 127
    p99 = lambda n: math.log(100) / (100 - 1000 / n)
    assert p99(126) > 0.05 >= p99(127)


def test_a_target_met_exactly_is_met():
    # No load: the response time is the service time alone, Exp(μ) with
    # service 0.5 s, so p99 = −ln(0.01) × 0.5 s = 2.303 s, and a target of exactly
    # that is met by one instance (≤, not <).
    floor = qm.service_percentile(0.99, 0.5)
    assert floor == pytest.approx(math.log(100) * 0.5, rel=1e-15)
    assert qm.smallest_instances_for_latency(0.0, 0.5, 1, floor, 0.99) == 1


def test_a_search_from_start_to_the_same_limit_tries_that_count():
    # start = limit = 200 (≥ the 127 needed above): 200 meets it, so 200.
    assert qm.smallest_instances_for_latency(1000.0, 0.01, 1, 0.05, 0.99, start=200, limit=200) == 200
    # start = limit = 100 (< 127): it misses, and there is nothing else to try.
    assert qm.smallest_instances_for_latency(1000.0, 0.01, 1, 0.05, 0.99, start=100, limit=100) is None


def test_a_limit_of_one_instance_is_allowed():
    # 10 req/s on one instance of μ = 100/s: Exp(90), p99 = ln(100) / 90 = 51 ms ≤ 60 ms.
    assert qm.smallest_instances_for_latency(10.0, 0.01, 1, 0.06, 0.99, limit=1) == 1
