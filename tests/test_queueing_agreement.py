"""The M/M/c figures have two implementations: `bote.model.queueing` for an
exact value (Python floats, one scenario) and `bote.model.queueing_samples`
for Monte Carlo samples (numpy, every scenario at once). They stay two
because a figure of a file without ranges must print the same digits it
always has; these properties hold them to one arithmetic: on any stable
queue, a one-sample array gives the exact path's figures, and an unstable
one is infinite in both."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bote.model import queueing as exact
from bote.model import queueing_samples as sampled

servers = st.integers(min_value=1, max_value=64)
instances = st.integers(min_value=1, max_value=50)
service_times = st.floats(min_value=1e-4, max_value=10.0)
utilizations = st.floats(min_value=0.0, max_value=0.995)


def _queue(c, n, s, rho):
    load = rho * c * n / s   # the total arrival rate that puts each server at rho
    return load, sampled.Queues(np.array([load]), np.array([s]), c, np.array([float(n)]))


@settings(max_examples=300, deadline=None)
@given(servers, instances, service_times, utilizations)
def test_erlang_c_and_the_means_agree(c, n, s, rho):
    load, q = _queue(c, n, s, rho)
    figures = exact.mmc(load, s, c, n)
    assert figures is not None
    assert q.wait[0] == pytest.approx(figures.wait_probability, rel=1e-9, abs=1e-300)
    assert q.mean_wait()[0] == pytest.approx(figures.mean_wait, rel=1e-9, abs=1e-300)
    sampled_figures = sampled.SampledQueueFigures(q, load, n)
    assert sampled_figures.mean_response[0] == pytest.approx(figures.mean_response, rel=1e-9)
    assert sampled_figures.in_flight[0] == pytest.approx(figures.in_flight, rel=1e-9)
    assert sampled_figures.utilization[0] == pytest.approx(figures.utilization, rel=1e-9)


@settings(max_examples=200, deadline=None)
@given(servers, instances, service_times, utilizations, st.sampled_from([0.5, 0.9, 0.99, 0.999]))
def test_the_response_time_percentiles_agree(c, n, s, rho, p):
    load, q = _queue(c, n, s, rho)
    # Both bisect to far finer than the three figures a percentile is shown with.
    assert q.percentile(p)[0] == pytest.approx(exact.response_time_percentile(p, load, s, c, n), rel=1e-7)


@settings(max_examples=200, deadline=None)
@given(servers, instances, service_times, utilizations, st.floats(min_value=0.0, max_value=20.0))
def test_the_tail_agrees(c, n, s, rho, t):
    load, q = _queue(c, n, s, rho)
    below = exact.response_time_cdf(t, load, s, c, n)
    assert q.survival(t)[0] == pytest.approx(1 - below, rel=1e-7, abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(servers, instances, service_times, st.floats(min_value=1.001, max_value=5.0))
def test_an_unstable_queue_is_infinite_in_both(c, n, s, over):
    # (At exactly 100% a float product may land just under 1: bote decides
    # that boundary on exact values, before either implementation runs.)
    load, q = _queue(c, n, s, over)
    assert exact.mmc(load, s, c, n) is None
    assert math.isinf(q.mean_wait()[0]) and math.isinf(q.percentile(0.99)[0])


@settings(max_examples=100, deadline=None)
@given(servers, service_times, st.floats(min_value=1.0, max_value=5_000.0), st.sampled_from([0.9, 0.99]),
       st.floats(min_value=1.5, max_value=50.0))
def test_the_fewest_instances_for_a_latency_target_agree(c, s, load, p, slack):
    target = slack * -math.log1p(-p) * s   # reachable: above the service time's own percentile
    want = exact.smallest_instances_for_latency(load, s, c, target, p)
    got = sampled.smallest_instances_for_latency(np.array([load]), np.array([s]), c, target, p, 1, 10**9)[0]
    if want != got:
        # The two may differ by one only where the percentile at the boundary
        # count sits on the target to within float error.
        boundary = min(want, got)
        at = exact.response_time_percentile(p, load, s, c, boundary)
        assert abs(want - got) == 1 and at == pytest.approx(target, rel=1e-9)
