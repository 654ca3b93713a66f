"""The M/M/c queueing model against published figures, vectors worked by
hand, and a simulation."""
import heapq
import math
import time

import pytest

from bote.model import queueing as qm

# --- Erlang B ----------------------------------------------------------------

@pytest.mark.parametrize("a", [0.0, 0.1, 0.5, 1.0, 3.0, 42.0])
def test_erlang_b_one_server_is_a_over_1_plus_a(a):
    # B(1, a) = a / (1 + a)
    assert qm.erlang_b(1, a) == pytest.approx(a / (1 + a), rel=1e-15)


@pytest.mark.parametrize("a", [0.1, 1.0, 2.0, 7.5])
def test_erlang_b_two_servers_by_formula(a):
    # B(2, a) = (a²/2!) / (1 + a + a²/2!)
    assert qm.erlang_b(2, a) == pytest.approx((a * a / 2) / (1 + a + a * a / 2), rel=1e-14)


def test_erlang_b_edges():
    assert qm.erlang_b(0, 5.0) == 1.0     # no server: everything is blocked
    assert qm.erlang_b(10, 0.0) == 0.0    # no traffic: nothing is blocked
    assert qm.erlang_b(2000, 1.0) == 0.0  # 1 / 2000! underflows to 0, no error


def _erlang_b_log_space(c, a):
    """B(c, a) = (a^c/c!) / Σ a^k/k!, summed in log space (an independent check)."""
    terms = [k * math.log(a) - math.lgamma(k + 1) for k in range(c + 1)]
    top = max(terms)
    return math.exp(terms[-1] - top) / sum(math.exp(t - top) for t in terms)


@pytest.mark.parametrize("c, a", [(5000, 4900.0), (1000, 1100.0), (300, 250.0)])
def test_erlang_b_many_servers_is_finite_and_right(c, a):
    b = qm.erlang_b(c, a)
    assert 0 < b < 1 and math.isfinite(b)
    assert b == pytest.approx(_erlang_b_log_space(c, a), rel=1e-10)


def test_erlang_b_hundred_thousand_servers():
    b = qm.erlang_b(100_000, 99_000.0)
    assert 0 < b < 1
    c = qm.erlang_c(100_000, 99_000.0)
    assert 0 < c < 1


# --- Erlang C ------------------------------------------------------------------

def test_published_erlang_c_example():
    # The call-centre worked example of the Erlang C literature (e.g. Mitan's
    # "The Erlang-C formula"): 360 calls per half hour = 0.2 calls/s, 4 min =
    # 240 s average handle time, 55 agents.  Traffic 48 Erlangs, occupancy
    # 87.3%, P(wait) 0.2387, average speed of answer 8.18 s, service level
    # 84.6% answered within 15 s.
    rate, handle, agents = 0.2, 240.0, 55
    assert rate * handle == pytest.approx(48.0)
    assert round(qm.erlang_c(agents, rate * handle), 4) == 0.2387
    q = qm.mmc(rate, handle, agents)
    assert round(q.wait_probability, 4) == 0.2387
    assert round(q.utilization, 3) == 0.873
    assert round(q.mean_wait, 2) == 8.18
    # 1 − 0.2387·e^{−(55 − 48)·15/240} = 0.84588...
    assert round(qm.wait_within(15, rate, handle, agents), 3) == 0.846
    assert q.mean_response == pytest.approx(q.mean_wait + handle)


@pytest.mark.parametrize("a", [0.1, 0.5, 0.9, 0.99])
def test_erlang_c_with_one_server_is_the_utilization(a):
    # M/M/1: an arrival waits exactly when the server is busy, P = ρ.
    assert qm.erlang_c(1, a) == pytest.approx(a, rel=1e-14)


def test_erlang_c_two_servers_by_hand():
    # c = 2, a = 1: B = (1/2)/(1 + 1 + 1/2) = 1/5; C = 2·(1/5)/(2 − 1·(4/5)) = 1/3
    assert qm.erlang_b(2, 1.0) == pytest.approx(0.2, rel=1e-15)
    assert qm.erlang_c(2, 1.0) == pytest.approx(1 / 3, rel=1e-15)


def test_erlang_c_tends_to_one_as_load_reaches_the_servers():
    c = 50
    values = [qm.erlang_c(c, c * (1 - eps)) for eps in (1e-1, 1e-2, 1e-3, 1e-5, 1e-8)]
    assert values == sorted(values)
    assert all(v < 1 for v in values)
    assert values[-1] > 0.999_999
    assert qm.erlang_c(c, c - 1e-9) == pytest.approx(1.0, abs=1e-8)


def test_erlang_c_at_or_past_capacity_is_one_and_unstable():
    assert qm.erlang_c(4, 4.0) == 1.0
    assert qm.erlang_c(4, 9.0) == 1.0
    assert not qm.is_stable(4, 4.0)
    assert not qm.is_stable(4, 4.5)
    assert qm.is_stable(4, 3.999)


# --- mmc -------------------------------------------------------------------------

def test_mm1_vector():
    # λ = 0.5/s, service 1.25 s: μ = 0.8/s, ρ = 62.5%, W = 1/(μ − λ) = 3.33 s.
    lam, st = 0.5, 1.25
    mu = 1 / st
    q = qm.mmc(lam, st, 1)
    assert q.utilization == pytest.approx(0.625, rel=1e-15)
    assert q.wait_probability == pytest.approx(0.625, rel=1e-15)
    assert q.mean_response == pytest.approx(1 / (mu - lam), rel=1e-14)
    assert round(q.mean_response, 2) == 3.33
    assert q.mean_wait == pytest.approx(lam / (mu * (mu - lam)), rel=1e-14)
    assert q.in_flight == pytest.approx(lam / (mu - lam), rel=1e-14)  # L = λW = ρ/(1−ρ)
    # The M/M/1 response time is exactly Exp(μ − λ): p = 1 − e^{−(μ−λ)t}.
    assert q.p50 == pytest.approx(math.log(2) / (mu - lam), rel=1e-12)
    assert q.p90 == pytest.approx(math.log(10) / (mu - lam), rel=1e-12)
    assert q.p99 == pytest.approx(math.log(100) / (mu - lam), rel=1e-12)
    assert q.percentile(0.999) == pytest.approx(math.log(1000) / (mu - lam), rel=1e-12)
    assert q.percentile(0.0) == 0.0
    for t in (0.1, 1.0, 3.0, 20.0):
        assert qm.response_time_cdf(t, lam, st, 1) == pytest.approx(-math.expm1(-(mu - lam) * t), rel=1e-12)


def test_instances_share_the_load():
    # 4 instances taking 1200/s are four queues at 300/s each; in flight
    # counts the whole component.
    whole = qm.mmc(1200.0, 0.02, 8, instances=4)
    one = qm.mmc(300.0, 0.02, 8)
    for field in ("wait_probability", "mean_wait", "mean_response", "p50", "p90", "p99", "utilization"):
        assert getattr(whole, field) == pytest.approx(getattr(one, field), rel=1e-14)
    assert whole.in_flight == pytest.approx(4 * one.in_flight, rel=1e-14)
    assert whole.in_flight == pytest.approx(1200.0 * whole.mean_response, rel=1e-15)  # Little's law
    assert whole.utilization == pytest.approx(300 * 0.02 / 8)


def test_no_load_means_no_wait():
    q = qm.mmc(0.0, 0.05, 4)
    assert q.wait_probability == 0.0 and q.mean_wait == 0.0 and q.in_flight == 0.0
    assert q.mean_response == 0.05
    assert q.p99 == pytest.approx(0.05 * math.log(100), rel=1e-15)  # service alone


@pytest.mark.parametrize("lam, st, c, n", [(2.0, 1.0, 2, 1), (2.5, 1.0, 2, 1), (800.0, 0.01, 2, 4), (1e6, 1.0, 1, 3)])
def test_unstable_queue_has_no_finite_figures(lam, st, c, n):
    assert qm.mmc(lam, st, c, n) is None
    assert qm.response_time_percentile(0.5, lam, st, c, n) == math.inf
    assert qm.response_time_cdf(1e9, lam, st, c, n) == 0.0
    assert qm.wait_within(1e9, lam, st, c, n) == 0.0


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        qm.mmc(1.0, 0.0, 2)
    with pytest.raises(ValueError):
        qm.mmc(-1.0, 1.0, 2)
    with pytest.raises(ValueError):
        qm.mmc(1.0, 1.0, 0)
    with pytest.raises(ValueError):
        qm.mmc(1.0, 1.0, 2, instances=0)
    with pytest.raises(ValueError):
        qm.mmc(1.0, 1.0, 2.5)
    with pytest.raises(ValueError):
        qm.response_time_percentile(1.0, 1.0, 1.0, 2)
    with pytest.raises(ValueError):
        qm.erlang_b(3, math.nan)


# --- The response-time distribution ----------------------------------------------

def _cdf_textbook(t, lam, st, c):
    """The closed form as printed, for θ ≠ μ."""
    mu, a = 1 / st, lam * st
    C, theta = qm.erlang_c(c, a), c / st - lam
    hypo = 1 - (theta * math.exp(-mu * t) - mu * math.exp(-theta * t)) / (theta - mu)
    return (1 - C) * (1 - math.exp(-mu * t)) + C * hypo


@pytest.mark.parametrize("lam, st, c", [(2.25, 1.0, 3), (0.2, 240.0, 55), (25.0, 0.1, 4), (3.0, 1.0, 8)])
def test_cdf_matches_the_closed_form(lam, st, c):
    for t in (0.0, 0.3 * st, st, 3 * st, 10 * st):
        assert qm.response_time_cdf(t, lam, st, c) == pytest.approx(_cdf_textbook(t, lam, st, c), abs=1e-13)


def test_cdf_at_theta_equal_to_mu_is_the_limit():
    # c = 2, λ = 1, service 1 s: θ = cμ − λ = 1 = μ, C = 1/3.
    # P(T ≤ t) = (1 − C)(1 − e^{−t}) + C·[1 − e^{−t}(1 + t)]
    for t in (0.01, 0.5, 1.0, 2.0, 7.0, 40.0):
        expected = (2 / 3) * (1 - math.exp(-t)) + (1 / 3) * (1 - math.exp(-t) * (1 + t))
        assert qm.response_time_cdf(t, 1.0, 1.0, 2) == pytest.approx(expected, abs=1e-15)
        # and it is continuous on either side of θ = μ
        for eps in (1e-6, -1e-6, 1e-12, -1e-12):
            assert qm.response_time_cdf(t, 1.0 + eps, 1.0, 2) == pytest.approx(expected, abs=1e-5)


def test_percentile_inverts_the_cdf():
    for lam, st, c in [(2.25, 1.0, 3), (1.0, 1.0, 2), (0.2, 240.0, 55), (7.9, 1.0, 8)]:
        previous = 0.0
        for p in (0.1, 0.5, 0.9, 0.99, 0.999, 0.999999):
            t = qm.response_time_percentile(p, lam, st, c)
            assert t > previous
            previous = t
            assert qm.response_time_cdf(t, lam, st, c) == pytest.approx(p, abs=1e-13)
            assert t >= qm.service_percentile(p, st)  # T ≥ S


def test_wait_within():
    # P(W ≤ t) = 1 − C e^{−θt}: at t = 0 the share that does not wait.
    C = qm.erlang_c(55, 48.0)
    assert qm.wait_within(0, 0.2, 240, 55) == pytest.approx(1 - C, rel=1e-15)
    assert qm.wait_within(-1, 0.2, 240, 55) == 0.0
    assert qm.wait_within(60, 0.2, 240, 55) == pytest.approx(1 - C * math.exp(-7 * 60 / 240), rel=1e-15)


# --- Against a simulation ---------------------------------------------------------

def _simulate(lam, st, c, customers, seed):
    """Waits and response times of an M/M/c FCFS queue: each arrival, in
    order, goes to the server that frees first and starts when it is free."""
    import numpy as np  # a test dependency (pyproject: test extras): never skipped
    rng = np.random.default_rng(seed)
    arrivals = np.cumsum(rng.exponential(1 / lam, customers)).tolist()
    services = rng.exponential(st, customers).tolist()
    free = [0.0] * c  # a heap of the times each server frees up
    waits = [0.0] * customers
    for i, (arrive, service) in enumerate(zip(arrivals, services)):
        start = max(arrive, free[0])
        waits[i] = start - arrive
        heapq.heapreplace(free, start + service)
    waits = np.array(waits)
    return waits, waits + np.array(services)


def _batch_se(values, batches=50):
    """Standard error of the mean of correlated samples by batch means."""
    import numpy as np  # a test dependency (pyproject: test extras): never skipped
    means = np.array([b.mean() for b in np.array_split(values, batches)])
    return float(means.std(ddof=1) / math.sqrt(batches))


@pytest.mark.parametrize("lam, st, c", [
    (2.25, 1.0, 3),   # M/M/3 at 75%
    (1.0, 1.0, 2),    # M/M/2 with θ = cμ − λ = μ: the limiting form of the CDF
])
def test_percentiles_match_a_simulation(lam, st, c):
    customers, burn_in = 200_000, 5_000
    waits, responses = _simulate(lam, st, c, customers, seed=20240604)
    waits, responses = waits[burn_in:], responses[burn_in:]
    n = len(responses)
    q = qm.mmc(lam, st, c)
    for p, t in ((0.5, q.p50), (0.9, q.p90), (0.99, q.p99)):
        below = (responses <= t).astype(float)
        # Successive response times are correlated, so the binomial standard
        # error sqrt(p(1−p)/n) is a floor; batch means give the real one.
        se = max(math.sqrt(p * (1 - p) / n), _batch_se(below))
        assert se < 0.01
        assert abs(below.mean() - p) <= 5 * se, (p, below.mean(), se)
        if p == 0.9:  # the check has power: ignoring the queue misses by far more
            assert abs((responses <= qm.service_percentile(p, st)).mean() - p) > 5 * se
    se = _batch_se(waits)
    assert abs(waits.mean() - q.mean_wait) <= 5 * se, (waits.mean(), q.mean_wait, se)
    assert abs((waits > 0).mean() - q.wait_probability) <= 5 * _batch_se((waits > 0).astype(float))


# --- Sizing for a latency target --------------------------------------------------

def test_latency_below_the_service_time_alone_is_impossible():
    # p99 of Exp(1/0.1 s) is 0.1·ln 100 = 0.46 s: a 0.4 s target can never be met.
    begun = time.perf_counter()
    assert qm.smallest_instances_for_latency(1e6, 0.1, 8, 0.4, 0.99) is None
    assert qm.smallest_instances_for_latency(0.0, 0.1, 8, 0.4, 0.99) is None
    assert time.perf_counter() - begun < 0.1
    assert qm.service_percentile(0.99, 0.1) == pytest.approx(0.1 * math.log(100), rel=1e-15)


def test_latency_instances_mm1_by_hand():
    # M/M/1 per instance: p99 = ln 100 / (μ − λ/n) ≤ target
    #   ⇔ n ≥ λ / (μ − ln 100 / target).
    # λ = 1000/s, 10 ms (μ = 100/s), 100 ms: 1000 / (100 − 46.05) = 18.54 → 19.
    lam, st, target = 1000.0, 0.01, 0.1
    expected = math.ceil(lam / (1 / st - math.log(100) / target))
    assert expected == 19
    n = qm.smallest_instances_for_latency(lam, st, 1, target, 0.99)
    assert n == expected
    assert qm.mmc(lam, st, 1, n).p99 <= target < qm.mmc(lam, st, 1, n - 1).p99


@pytest.mark.parametrize("lam, st, c, target, p", [
    (50_000.0, 0.02, 8, 0.2, 0.99),
    (50_000.0, 0.02, 8, 0.0925, 0.99),     # just above the service floor 0.0921: many instances
    (3.0, 1.0, 1, 50.0, 0.5),              # a loose target: load alone sets it
    (1e9, 0.01, 64, 0.1, 0.999),
])
def test_latency_instances_are_minimal(lam, st, c, target, p):
    n = qm.smallest_instances_for_latency(lam, st, c, target, p)
    assert n is not None
    assert qm.mmc(lam, st, c, n).percentile(p) <= target
    before = qm.mmc(lam, st, c, n - 1) if n > 1 else None
    assert n == 1 or before is None or before.percentile(p) > target


def test_latency_instances_respect_start_and_limit():
    lam, st, target = 1000.0, 0.01, 0.1   # 19 by hand
    assert qm.smallest_instances_for_latency(lam, st, 1, target, 0.99, start=25) == 25
    assert qm.smallest_instances_for_latency(lam, st, 1, target, 0.99, start=0) == 19
    assert qm.smallest_instances_for_latency(lam, st, 1, target, 0.99, limit=18) is None
    assert qm.smallest_instances_for_latency(lam, st, 1, target, 0.99, limit=19) == 19
    assert qm.smallest_instances_for_latency(0.0, st, 1, target, 0.99) == 1   # no load


def test_latency_target_at_the_service_floor_stops_at_the_limit():
    # The percentile only approaches the floor as n → ∞: the search must end.
    st, c, p = 0.01, 1, 0.99
    floor = qm.service_percentile(p, st)
    begun = time.perf_counter()
    n = qm.smallest_instances_for_latency(1e6, st, c, floor * (1 + 1e-15), p, limit=10**6)
    assert time.perf_counter() - begun < 2
    assert n is None or qm.mmc(1e6, st, c, n).p99 <= floor * (1 + 1e-15)
