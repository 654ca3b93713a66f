"""The risks that read the queue model (unstable, latency, connections), the
caches in front (cold cache), the clients' schedule (synchronized clients)
and the growth of the data (storage filling): over samples, in the unit the
load is shown in, and where each points.

Over samples a risk holds in some scenarios: it is reported with the share
in which it holds, the figures in its message are the medians over those
scenarios only (not over all of them), and its driver is the figure behind
it.  The samples below are chosen so that the median where the risk holds
differs from the median of all the samples.  Every figure is worked out by
hand in the comment above it; a model's fields are given directly (plain
data), so each check is read apart from the queueing formulas (those have
their own vectors in tests/test_queueing_vectors.py).
"""
import math
from fractions import Fraction as F

import numpy as np
import pytest
from conftest import run

from bote.errors import Span
from bote.model import capacity as cap
from bote.model import risks
from bote.model.component import ComponentModel, LatencyGoal

NAME = Span("f", 1, 11, 1, 14)
#: One line per property, so a test can tell which one a risk points at.
LINES = {"instances": 2, "service_time": 3, "latency_target": 4, "connections": 5, "max_connections": 6,
         "data_growth": 7, "storage": 8, "jitter": 9, "clients": 10, "max_utilization": 11}
YEAR = 365.25 * 86400
DAY = 86400.0


def spans(*names):
    return {n: Span("f", LINES[n], 3, LINES[n], 3 + len(n)) for n in names}


def line(risk):
    return risk.span.line


def facts(sizing, *, spans_set=(), **more):
    return risks.ComponentFacts("svc", sizing, NAME, False, spans=spans(*spans_set), **more)


def sized(load, **props):
    props = {"capacity": F(100), "max_utilization": F(7, 10), "redundancy": 1, **props}
    return cap.size(load=np.array(load) if isinstance(load, list) else load, **props)


def model(sizing, **fields):
    base = dict(sizing=sizing, service_time=None, workers=1, queue=None, stable=True, latency=None,
                connections=None, max_connections=None, time_until_full=None, storage_horizon=YEAR)
    return ComponentModel(**{**base, **fields})


def risks_of(source):
    return {(r.component, r.kind): r for r in run(source).risks}


def component(name="svc", **props):
    body = "\n".join(f"  {k} = {v}" for k, v in props.items())
    return f"component {name} {{\n{body}\n}}\n"


# --- no model, no figure: nothing to check -----------------------------------------------------------

def test_the_model_checks_need_a_model():
    s = sized(F(1000), instances=10)
    bare = facts(s)
    assert [risks.unstable(bare), risks.latency_missed(bare), risks.connections_exceeded(bare),
            risks.storage_filling(bare)] == [None] * 4
    assert risks.cold_cache(facts(s, cold_load=5000.0)) is None       # a cold load but no model
    assert risks.cold_cache(facts(s, model=model(s))) is None         # a model but no cold load


def test_connections_need_both_the_count_and_the_room():
    s = sized(F(1000), instances=10)
    assert risks.connections_exceeded(facts(s, model=model(s, connections=5e6))) is None
    assert risks.connections_exceeded(facts(s, model=model(s, max_connections=1e3))) is None


# --- unstable ---------------------------------------------------------------------------------------

def _unstable_model(rate_sizing=None):
    # 10 instances under [400, 1500, 2000, 800] req/s: [40, 150, 200, 80] arrive at
    # each.  2 workers of [40, 16, 24, 20] ms serve 2 / st = [50, 125, 83.3, 100] req/s:
    # stable in the first and last samples only.
    s = rate_sizing or sized([400.0, 1500.0, 2000.0, 800.0], instances=10)
    return s, model(s, service_time=np.array([0.04, 0.016, 0.024, 0.02]), workers=2,
                    stable=np.array([True, False, False, True]))


def test_unstable_over_samples():
    # Where it is unstable (samples 2 and 3): median load 1,750 req/s, 175 at each of
    # the 10; median service time 20 ms, 2 workers serve 2 / 20 ms = 100 req/s.
    # (Over all samples the median service time is 22 ms: 90.9 req/s.)  2 of 4: 50%.
    s, m = _unstable_model()
    r = risks.unstable(facts(s, model=m))
    assert (r.message, r.probability, r.figures) == (
        ("svc's queue grows without bound: 175 req/s arrive at each instance, which serves 100 req/s; "
        "there is no finite wait (in 50% of samples)"), 0.5,
        {"arrivals_per_instance": 175.0, "service_rate": 100.0})
    assert r.driver is s.utilization


def test_unstable_in_transfers():
    s, m = _unstable_model()
    assert risks.unstable(facts(s, model=m, rate="transfer/s")).message.startswith(
        "svc's queue grows without bound: 175 transfer/s arrive at each instance, which serves 100 transfer/s;")


def test_unstable_points_at_instances_else_the_service_time():
    s, m = _unstable_model()
    assert line(risks.unstable(facts(s, model=m, spans_set=("instances", "service_time")))) == 2
    assert line(risks.unstable(facts(s, model=m, spans_set=("service_time",)))) == 3
    assert risks.unstable(facts(s, model=m)).span == NAME


def test_stable_in_every_sample_is_no_risk():
    s, m = _unstable_model()
    assert risks.unstable(facts(s, model=model(s, service_time=m.service_time, workers=2,
                                               stable=np.array([True] * 4)))) is None


def test_exactly_full_queue_in_transfers():
    # 10 instances of 1 worker × 10 ms for 1,000 transfer/s: 100 arrive at each,
    # exactly the 100 it serves.
    s = sized(F(1000), instances=10)
    m = model(s, service_time=0.01, stable=False, saturated=True)
    assert risks.unstable(facts(s, model=m, rate="transfer/s")).message == (
        "svc's queue is exactly full: 100 transfer/s arrive at each instance, exactly the 100 transfer/s its "
        "workers serve, and an M/M/c queue at ρ = 1 grows without bound: there is no finite wait")


def test_exactly_full_with_instances_given_at_100_percent_says_add_instances():
    # 10 instances given for 1,000 req/s of 10 ms, max_utilization 100%: exactly full,
    # but the count was not sized by bote, so lowering max_utilization changes
    # nothing: add instances.  Points at `instances` (line 5).
    r = risks_of(component(load="1000 req/s", service_time="10 ms", max_utilization="100%", redundancy=0,
                           instances=10))
    risk = r[("svc", "unstable")]
    assert risk.remedy == "add instances or workers, or cut the service time"
    assert (risk.span.line, risk.span.column) == (6, 3)


def test_exactly_full_single_primary_points_at_the_service_time():
    # scaling = single, 100 req/s on one 10 ms worker: ρ = 1 on the primary.  No
    # `instances` line: it points at `service_time` (line 3).
    r = risks_of(component(load="100 req/s", service_time="10 ms", scaling="single"))
    risk = r[("svc", "unstable")]
    assert risk.message.startswith("svc's queue is exactly full: 100 req/s arrive at each instance, exactly "
                                   "the 100 req/s its workers serve")
    assert (risk.remedy, risk.span.line) == ("add instances or workers, or cut the service time", 3)


def test_exactly_full_sized_at_100_percent_points_at_max_utilization():
    s = sized(F(1000), max_utilization=F(1), redundancy=0)   # sized, not given: 10
    m = model(s, service_time=0.01, stable=False, saturated=True)
    r = risks.unstable(facts(s, model=m, spans_set=("instances", "service_time", "max_utilization")))
    assert (r.remedy, line(r)) == (
        "size below 100% (lower max_utilization) to leave the queue some slack, or add workers", 11)


# --- latency ----------------------------------------------------------------------------------------

def test_latency_missed_over_samples():
    # Target p99 <= 50 ms on 10 instances, size_at = 75% (a tail of 25% is accepted).
    # Five scenarios:   achievable  achieved   needed
    #   1               yes         50 ms      8      exactly the target: met
    #   2               yes         80 ms      12     missed
    #   3               yes         100 ms     15     missed
    #   4               yes         inf        40     unstable: `unstable` says so
    #   5               no          200 ms     0      the service alone misses it
    # Missed where it could be met: 2 and 3, 40% (an error past the 25% tail).
    # Medians there: 90 ms; ceil((12 + 15) / 2) = ceil(13.5) = 14 instances.  (Over
    # all: 100 ms and 12.)  Unreachable in 1 of 5, 20%: within the tail, a note, so
    # the missed branch is the one reported.
    s = sized([500.0] * 5, instances=10, size_at=F(3, 4))
    goal = LatencyGoal(0.05, 0.99, np.array([True, True, True, True, False]), np.array([8, 12, 15, 40, 0]),
                       np.array([0.05, 0.08, 0.1, math.inf, 0.2]))
    m = model(s, service_time=np.array([0.001, 0.001, 0.001, 0.001, 0.03]), latency=goal)
    r = risks.latency_missed(facts(s, model=m, spans_set=("instances", "latency_target")))
    assert (r.severity, r.message, r.probability, r.figures, line(r)) == (
        "error", ("svc's p99 response time is 90 ms with 10 instances, over the 50 ms target (it needs 14) "
        "(in 40% of samples)"), 0.4, {"achieved": 0.09, "target": 0.05, "needed": 14}, 2)
    assert r.driver is goal.achieved
    # Without an `instances` line it points at the target.
    assert line(risks.latency_missed(facts(s, model=m, spans_set=("latency_target",)))) == 4


def test_latency_missed_on_a_single_primary_over_samples():
    # The same scenarios on one primary: 90 ms, no count to add; points at the target
    # even when `instances` is set (the standbys do not serve).
    s = sized([500.0] * 5, scaling="single", size_at=F(3, 4))
    goal = LatencyGoal(0.05, 0.99, np.array([True, True, True, True, False]), np.array([1, 1, 1, 1, 0]),
                       np.array([0.05, 0.08, 0.1, math.inf, 0.2]))
    m = model(s, service_time=np.array([0.001] * 4 + [0.03]), latency=goal)
    r = risks.latency_missed(facts(s, model=m, spans_set=("instances", "latency_target")))
    assert (r.kind, r.severity, r.message, r.figures, line(r)) == (
        "latency", "error", ("svc's p99 response time is 90 ms on its one primary, over the 50 ms target "
        "(scaling = single: more instances do not help) (in 40% of samples)"),
        {"achieved": 0.09, "target": 0.05}, 4)
    assert r.driver is goal.achieved


def test_latency_unreachable_over_samples():
    # Unreachable in samples 2 and 3, whose service times are 20 and 30 ms: median
    # 25 ms, and the p99 of Exp(1 / 25 ms) alone is ln(100) × 25 ms = 115.1 ms, over
    # 50 ms.  (Over all four samples the median is 10.5 ms, 48.4 ms: under.)
    s = sized([500.0] * 4, instances=10)
    goal = LatencyGoal(0.05, 0.99, np.array([True, False, False, True]), np.array([3, 0, 0, 3]), None)
    st = np.array([0.001, 0.02, 0.03, 0.001])
    r = risks.latency_missed(facts(s, model=model(s, service_time=st, latency=goal),
                                   spans_set=("instances", "latency_target")))
    assert (r.component, r.kind, r.severity, r.message, r.probability, line(r)) == (
        "svc", "latency", "error", ("no instance count can meet p99 <= 50 ms on svc: the service time alone puts "
        "p99 at 115 ms (exponential service times) (in 50% of samples)"), 0.5, 4)
    assert r.figures == {"target": 0.05, "service_time_percentile": pytest.approx(math.log(100) * 0.025)}
    assert r.driver is st


def test_latency_reachable_only_past_the_instances_bote_searches():
    # p50 of Exp(1 / 10 ms) alone is ln(2) × 10 ms = 6.93 ms.  A target of exactly that
    # is reachable in theory (the wait tends to 0 with more instances), but not with
    # any count bote searches: the "more than 1e+12 instances" message.
    target = -math.log(1 - 0.5) * 0.01
    s = sized(F(500), instances=10)
    goal = LatencyGoal(target, 0.5, False, 0, None)
    r = risks.latency_missed(facts(s, model=model(s, service_time=0.01, latency=goal), spans_set=("latency_target",)))
    assert (r.component, r.kind, r.severity, r.message, r.remedy, r.figures, line(r)) == (
        "svc", "latency", "error", ("p50 <= 6.93 ms on svc needs more than 1e+12 instances: the service time "
        "alone puts p50 at 6.93 ms"), "cut the service time or relax the target", {"target": target}, 4)
    # Over samples: unreachable in the second of two, whose service time is 10 ms.
    st = np.array([0.001, 0.01])
    goal = LatencyGoal(target, 0.5, np.array([True, False]), np.array([3, 0]), None)
    r = risks.latency_missed(facts(s, model=model(s, service_time=st, latency=goal)))
    assert (r.message, r.probability) == (
        ("p50 <= 6.93 ms on svc needs more than 1e+12 instances: the service time alone puts p50 at 6.93 ms "
        "(in 50% of samples)"), 0.5)
    assert r.driver is st
    # A hair under it: no instance count at all.
    s = sized(F(500), instances=10)
    goal = LatencyGoal(target * (1 - 1e-9), 0.5, False, 0, None)
    r = risks.latency_missed(facts(s, model=model(s, service_time=0.01, latency=goal)))
    assert r.message.startswith("no instance count can meet p50 <= 6.93 ms on svc")


def test_latency_met_is_no_risk():
    s = sized(F(500), instances=10)
    goal = LatencyGoal(0.05, 0.99, True, 3, 0.05)   # exactly the target
    assert risks.latency_missed(facts(s, model=model(s, service_time=0.01, latency=goal))) is None
    assert risks.latency_missed(facts(s, model=model(s, service_time=0.01))) is None   # no goal


# --- connections ------------------------------------------------------------------------------------

def _connections_model():
    # 80 instances; connections [3M, 5M, 6M, 3M]; max_connections [50k, 50k, 60k, 40k]
    # per instance, room [4M, 4M, 4.8M, 3.2M]: over in samples 2 and 3 (50%).
    s = sized(F(1000), instances=80)
    return s, model(s, connections=np.array([3e6, 5e6, 6e6, 3e6]),
                    max_connections=np.array([50e3, 50e3, 60e3, 40e3]))


def test_connections_over_samples():
    # Medians there: 5.5M connections, room (4M + 4.8M) / 2 = 4.4M (over all: 4M).
    # The driver is connections / room: [0.75, 1.25, 1.25, 0.9375].
    s, m = _connections_model()
    r = risks.connections_exceeded(facts(s, model=m))
    assert (r.message, r.probability, r.figures) == (
        ("connections will time out on svc: 5.5M concurrent connections, 80 instances hold 4.4M "
        "(in 50% of samples)"), 0.5, {"connections": 5.5e6, "capacity": 4.4e6})
    assert r.driver.tolist() == [0.75, 1.25, 1.25, 0.9375]


def test_connections_point_at_instances_then_connections_then_max_connections():
    s, m = _connections_model()
    at = [line(risks.connections_exceeded(facts(s, model=m, spans_set=names))) for names in (
        ("instances", "connections", "max_connections"), ("connections", "max_connections"),
        ("max_connections",))]
    assert at == [2, 5, 6]


# --- cold cache -------------------------------------------------------------------------------------

def test_cold_cache_over_samples():
    # 10 instances × 100 req/s = 1k req/s of room.  Warm [1000, 2000, 3000, 500],
    # cold [900, 6000, 1500, 4000] req/s: more when cold in 2 and 4, and over the room
    # there (600%, 400%): 50%.  Medians there: cold 5k, warm 1.25k, 500%.  (Sample 3
    # is over the room warm too: not the caches' doing.)  The driver is cold / room.
    s = sized([1000.0, 2000.0, 3000.0, 500.0], instances=10)
    cold = np.array([900.0, 6000.0, 1500.0, 4000.0])
    r = risks.cold_cache(facts(s, model=model(s), cold_load=cold, rate="transfer/s"))
    assert (r.message, r.probability, r.figures) == (
        ("with cold caches svc gets 5k transfer/s instead of 1.25k transfer/s: 500% of its capacity "
        "(cache hit rate too low) (in 50% of samples)"), 0.5, {"cold_load": 5000.0, "cold_utilization": 5.0})
    assert r.driver.tolist() == [0.9, 6.0, 1.5, 4.0]


def test_cold_cache_is_any_rise_past_the_room():
    # Warm 1k req/s fills the 1k req/s of 10 instances exactly; cold 1.5k req/s: 150%.
    s = sized(F(1000), instances=10)
    r = risks.cold_cache(facts(s, model=model(s), cold_load=1500.0))
    assert r.figures == {"cold_load": 1500.0, "cold_utilization": 1.5}
    # Cold exactly as warm: the caches change nothing, even when it is over the room
    # (`overloaded` says that).  Cold 1k req/s exactly at the room: not over.
    over = sized(F(2000), instances=10)
    assert risks.cold_cache(facts(over, model=model(over), cold_load=2000.0)) is None
    half = sized(F(500), instances=10)
    assert risks.cold_cache(facts(half, model=model(half), cold_load=1000.0)) is None


# --- synchronized clients ---------------------------------------------------------------------------

def _polling():
    # Four scenarios of (clients, poll interval, jitter); average = clients / interval,
    # peak = clients over the jitter's spread (jitter × interval, at least 1 s):
    #   1   400 every 10 s, jitter 100%: average 40, spread 10 s, peak 40 req/s
    #   2   2,000 every 20 s, jitter 10%: average 100, spread 2 s, peak 1,000
    #   3   none (0 every 30 s, jitter 50%): average 0, peak 0
    #   4   3,000 every 60 s, jitter 30%: average 50, spread 18 s, peak 166.7
    # Peak at least twice the average in 2 and 4 only (not in 3: no clients).
    clients = np.array([400.0, 2000.0, 0.0, 3000.0])
    interval = np.array([10.0, 20.0, 30.0, 60.0])
    jitter = np.array([1.0, 0.1, 0.5, 0.3])
    average = clients / interval
    peak = np.array([40.0, 1000.0, 0.0, 3000.0 / 18])
    return average, peak, clients, interval, jitter


def test_synchronized_clients_over_samples():
    # Medians in 2 and 4: 2.5k clients, every 40 s, 20% jitter; peak (1000 + 166.7) / 2
    # = 583.3, average 75, 583.3 / 75 = 7.78 times.  (Over all: 1.2k clients, 25 s,
    # 40%, peak 103.3, average 45.)  The driver is the peak.
    polling = _polling()
    s = sized(F(100), instances=10)
    r = risks.synchronized_clients(facts(s, polling=polling, rate="transfer/s"))
    assert (r.severity, r.message, r.probability) == (
        "warning", ("2.5k clients polling every 40 s with 20% jitter arrive at 583 transfer/s at peak, 7.78 times "
        "the 75 transfer/s average; with full jitter the peak is 75 transfer/s (in 50% of samples)"), 0.5)
    assert r.figures == {"peak": pytest.approx(3500 / 6), "average": 75.0}
    assert r.driver is polling[1]


def test_synchronized_clients_point_at_jitter_else_clients():
    polling = _polling()
    s = sized(F(100), instances=10)
    assert line(risks.synchronized_clients(facts(s, polling=polling, spans_set=("jitter", "clients")))) == 9
    assert line(risks.synchronized_clients(facts(s, polling=polling, spans_set=("clients",)))) == 10


def test_no_clients_is_no_peak():
    s = sized(F(100), instances=10)
    assert risks.synchronized_clients(facts(s, polling=(F(0), F(0), F(0), F(30), F(0)))) is None
    assert risks.synchronized_clients(facts(s)) is None


# --- storage filling --------------------------------------------------------------------------------

def test_storage_filling_over_samples():
    # 1 instance of 2 TB.  Data [1, 1.5, 3, 1.9] TB, full in [200, 50, 0, 500] days of a
    # 365.25-day horizon: within it in 1, 2 and 3, but sample 3 is already over (3 TB on
    # 2 TB: `storage` says so): filling in 1 and 2, 50%, median (200 + 50) / 2 = 125
    # days.  (Over all the samples within the horizon: 50 days.)  Points at
    # `data_growth`, else `storage`.
    s = sized(F(1), instances=1, storage=F(2 * 10**12))
    full_in = np.array([200.0, 50.0, 0.0, 500.0]) * DAY
    m = model(s, time_until_full=full_in)
    data = np.array([1e12, 1.5e12, 3e12, 1.9e12])
    r = risks.storage_filling(facts(s, model=m, data=data, spans_set=("data_growth", "storage")))
    assert (r.severity, r.message, r.probability, r.figures, line(r)) == (
        "warning", ("svc's storage fills in 125 day at the current growth, within the 1 year horizon "
        "(in 50% of samples)"), 0.5, {"time_until_full": 125 * DAY}, 7)
    assert r.driver is full_in
    assert line(risks.storage_filling(facts(s, model=m, data=data, spans_set=("storage",)))) == 8


def test_storage_filling_without_the_data_counts_every_sample_within_the_horizon():
    # No data figure to tell "already full": samples 1, 2 and 3 (75%), median 50 days.
    s = sized(F(1), instances=1, storage=F(2 * 10**12))
    m = model(s, time_until_full=np.array([200.0, 50.0, 0.0, 500.0]) * DAY)
    r = risks.storage_filling(facts(s, model=m))
    assert (r.probability, r.figures) == (0.75, {"time_until_full": 50 * DAY})


def test_storage_full_exactly_at_the_horizon_is_not_within_it():
    s = sized(F(1), instances=1, storage=F(2 * 10**12))
    m = model(s, time_until_full=YEAR)
    assert risks.storage_filling(facts(s, model=m, data=F(10**12))) is None
