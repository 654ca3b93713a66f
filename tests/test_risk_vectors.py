"""Each risk at its threshold and with its whole message, and the helpers that
turn a condition over samples into a probability and a message.

The thresholds are the rules of docs/language.md ("Risks"): overloaded when
the utilization is above 100% (exactly 100% is full, not over); hot when it is
above max_utilization, or above 100% with one instance down; cannot-scale
when a single primary's load needs more than one instance; memory and storage
when the need is larger than the room (equal fits).  Every figure in a
message is worked out by hand in the comment above it.
"""
from fractions import Fraction as F

import numpy as np
import pytest
from conftest import run

from bote.model import risks
from bote.model.risks import Risk


def risks_of(source):
    return {(r.component, r.kind): r for r in run(source).risks}


def component(name="svc", **props):
    body = "\n".join(f"  {k} = {v}" for k, v in props.items())
    return f"component {name} {{\n{body}\n}}\n"


def whole(risk):
    """What a reader sees of a risk, and what a machine reads."""
    return (risk.kind, risk.severity, risk.message, risk.remedy, (risk.span.line, risk.span.column),
            risk.figures, risk.probability)


# --- overloaded ------------------------------------------------------------------------------

def test_overloaded_message():
    # 1,500 req/s on 10 × 100 req/s = 1k req/s: 150%.  Points at `instances` (line 4).
    r = risks_of(component(load="1500 req/s", capacity="100 req/s", instances=10))
    assert whole(r[("svc", "overloaded")]) == (
        "overloaded", "error",
        "svc is overloaded: 1.5k req/s offered, 1k req/s of capacity across 10 instances (150% utilization)",
        "add instances, cache or batch in front of it, or cut the cost of one request",
        (4, 3), {"utilization": 1.5}, None)
    assert ("svc", "hot") not in r   # overloaded says it louder


def test_overloaded_on_one_instance():
    # 150 req/s on 1 × 100 req/s: 150%, "1 instance" (no s).
    r = risks_of(component(load="150 req/s", capacity="100 req/s", instances=1))
    assert r[("svc", "overloaded")].message == (
        "svc is overloaded: 150 req/s offered, 100 req/s of capacity across 1 instance (150% utilization)")


def test_overloaded_single_primary():
    # scaling = single: 3,000 req/s on the one 2,000 req/s primary, 150%, whatever the standbys.
    # No `instances` line: it points at the component's name (line 1, column 11).
    r = risks_of(component(load="3000 req/s", capacity="2000 req/s", scaling="single"))
    assert whole(r[("svc", "overloaded")]) == (
        "overloaded", "error",
        "svc is overloaded: 3k req/s offered, 2k req/s of capacity across 1 instance (150% utilization)",
        ("shard it, queue and batch the work in front of it, or cut the cost of one request "
         "(more instances do not help with scaling = single)"),
        (1, 11), {"utilization": 1.5}, None)


# --- hot --------------------------------------------------------------------------------------------

def test_hot_message():
    # 800 / (10 × 100) = 80% > the 70% ceiling.
    r = risks_of(component(load="800 req/s", capacity="100 req/s", instances=10))
    assert whole(r[("svc", "hot")]) == (
        "hot", "warning", "svc runs at 80% utilization, above its 70% ceiling",
        "add instances to restore headroom for peaks", (4, 3), {"utilization": 0.8}, None)


def test_hot_at_exactly_the_ceiling_is_not_hot():
    # 700 / (10 × 100) = 70%: at the ceiling, not above it; 701 req/s is 70.1%.
    assert ("svc", "hot") not in risks_of(component(load="700 req/s", capacity="100 req/s", instances=10))
    assert ("svc", "hot") in risks_of(component(load="701 req/s", capacity="100 req/s", instances=10))


def test_hot_with_one_down_message():
    # 650 req/s on 3 × 250: 86.7% (under 90%); one down, 650 / 500 = 130%.
    r = risks_of(component(load="650 req/s", capacity="250 req/s", instances=3, max_utilization="90%"))
    assert whole(r[("svc", "hot")]) == (
        "hot", "warning", "svc would run at 130% with one of its 3 instances down",
        "add a spare instance (N+1) so one failure does not overload the rest",
        (4, 3), {"utilization_one_down": 1.3}, None)


def test_hot_says_the_running_figure_before_the_one_down_figure():
    # 2 × 100 req/s at 160 req/s: 80% > 70% now, and 160% with one down: one
    # risk, about now.
    r = risks_of(component(load="160 req/s", capacity="100 req/s", instances=2))
    assert r[("svc", "hot")].message == "svc runs at 80% utilization, above its 70% ceiling"


def test_one_down_just_past_full_is_hot():
    # 2 × 100 req/s at 101 req/s: 50.5% each (under a 60% ceiling), 101% with one down.
    r = risks_of(component(load="101 req/s", capacity="100 req/s", instances=2, max_utilization="60%"))
    assert r[("svc", "hot")].message == "svc would run at 101% with one of its 2 instances down"


# --- single point of failure, cannot scale ------------------------------------------------------------

def test_single_point_of_failure_message():
    r = risks_of(component(load="10 req/s", capacity="100 req/s", redundancy=0))
    assert whole(r[("svc", "single-point-of-failure")]) == (
        "single-point-of-failure", "warning",
        "svc has one instance in total: when it fails, everything behind it fails",
        "run a standby or a second instance (redundancy = 1)", (1, 11), {"instances": 1}, None)


def test_cannot_scale_message_and_threshold():
    # 3,000 req/s on 2,000 req/s at 70%: ceil(3000 / 1400) = 3 instances.
    r = risks_of(component(load="3000 req/s", capacity="2000 req/s", scaling="single"))
    assert whole(r[("svc", "cannot-scale")]) == (
        "cannot-scale", "error",
        "svc cannot scale out (scaling = single) but its load of 3k req/s needs 3 instances at 70%",
        # Re-evaluated with scaling = horizontal: 3 instances, so 3 shards. One instance serves
        # 1,400 req/s: the misses may be at most 1400 / 3000 = 46.67%, so the hit rate at
        # least 53.33%: 54% in whole percents (53% leaves 1,410 req/s, over 1,400).
        ("shard it 3 ways (with scaling = horizontal it needs 3 instances) or put a cache with hit_rate ≥ 54% "
         "in front; else batch the writes, or put a queue in front to smooth them"), (1, 11),
        {"needed_for_load": 3}, None)
    # 1,400 req/s is 1400 / 1400 = exactly one instance: it scales fine; 1,401 needs 2.
    assert ("svc", "cannot-scale") not in risks_of(component(load="1400 req/s", capacity="2000 req/s",
                                                             scaling="single"))
    assert "needs 2 instances" in risks_of(component(load="1401 req/s", capacity="2000 req/s",
                                                     scaling="single"))[("svc", "cannot-scale")].message


# --- memory and storage -------------------------------------------------------------------------------------

def test_memory_message():
    # 200 GB working set; 3 × 64 GB = 192 GB provisioned.  Points at `instances` (line 6).
    r = risks_of(component(load="1 req/s", capacity="100 req/s", memory="64 GB", working_set="200 GB",
                           instances=3))
    assert whole(r[("svc", "memory")]) == (
        "memory", "error", "svc's working set of 200 GB does not fit in 192 GB of memory across 3 instances",
        "shard the data, add memory per instance, or keep only the hot part in memory",
        (6, 3), {"working_set": 200e9, "memory": 192e9}, None)


def test_memory_on_a_single_primary_message():
    # scaling = single: every instance holds a full copy, so the room is one instance's 64 GB.
    r = risks_of(component(load="1 req/s", capacity="100 req/s", memory="64 GB", working_set="100 GB",
                           scaling="single"))
    assert r[("svc", "memory")].message == (
        "svc's working set of 100 GB does not fit in 64 GB of memory (scaling = single: each instance "
        "holds a full copy)")


def test_storage_message():
    # 5 TB of data on 2 × 2 TB = 4 TB; on 1 instance, 2 TB ("1 instance", no s).
    r = risks_of(component(load="1 req/s", capacity="100 req/s", storage="2 TB", data="5 TB", instances=2))
    assert whole(r[("svc", "storage")]) == (
        "storage", "error", "svc's data of 5 TB does not fit in 4 TB of storage across 2 instances",
        "shard the data, add disk per instance, compress, or expire old data",
        (6, 3), {"data": 5e12, "storage": 4e12}, None)
    r = risks_of(component(load="1 req/s", capacity="100 req/s", storage="2 TB", data="5 TB", instances=1))
    assert r[("svc", "storage")].message == "svc's data of 5 TB does not fit in 2 TB of storage across 1 instance"


def test_assumed_load_message():
    r = risks_of(component(capacity="100 req/s"))
    assert whole(r[("svc", "assumed-load")]) == (
        "assumed-load", "note", "nothing feeds svc and it sets no load: assumed 10k req/s",
        "set `load`, or connect it in a `flow`", (1, 11), {}, None)


# --- the queue, latency, connections, caches, clients, growth ------------------------------------------------

def test_unstable_message():
    # 1,000 req/s over 5 instances: 200 arrive at each; 1 worker / 10 ms serves 100.
    r = risks_of(component(load="1000 req/s", service_time="10 ms", instances=5))
    assert whole(r[("svc", "unstable")]) == (
        "unstable", "error",
        ("svc's queue grows without bound: 200 req/s arrive at each instance, which serves 100 req/s; "
         "there is no finite wait"),
        "add instances or workers, or cut the service time", (4, 3),
        {"arrivals_per_instance": 200.0, "service_rate": 100.0}, None)


def test_unstable_single_primary_takes_all_the_load():
    # scaling = single with a standby: the primary takes all 150 req/s; it serves 100.
    r = risks_of(component(load="150 req/s", service_time="10 ms", scaling="single"))
    assert r[("svc", "unstable")].figures == {"arrivals_per_instance": 150.0, "service_rate": 100.0}


def test_exactly_full_queue_message_when_sized_at_100_percent():
    # max_utilization 100%, 1,000 req/s at 100 req/s per instance: 10 instances
    # (redundancy 0), each at exactly 100 = ρ 1: no slack.  The remedy points at
    # max_utilization (line 4).
    r = risks_of(component(load="1000 req/s", service_time="10 ms", max_utilization="100%", redundancy=0))
    assert whole(r[("svc", "unstable")]) == (
        "unstable", "error",
        ("svc's queue is exactly full: 100 req/s arrive at each instance, exactly the 100 req/s its workers "
         "serve, and an M/M/c queue at ρ = 1 grows without bound: there is no finite wait"),
        "size below 100% (lower max_utilization) to leave the queue some slack, or add workers",
        (4, 3), {"arrivals_per_instance": 100.0, "service_rate": 100.0}, None)


def test_exactly_full_queue_provisioned():
    # 10 instances provisioned for 1,000 req/s at 100 req/s each: exactly full; points at `instances`.
    r = risks_of(component(load="1000 req/s", service_time="10 ms", instances=10))
    risk = r[("svc", "unstable")]
    assert risk.remedy == "add instances or workers, or cut the service time"
    assert (risk.span.line, risk.span.column) == (4, 3)


def test_latency_missed_message():
    # 20 instances: 50 req/s each on μ = 100/s, response Exp(50): p99 = ln(100) / 50
    # = 92.1 ms > 50 ms; 127 needed (tests/test_queueing_vectors.py).  Points at `instances`.
    r = risks_of(component(load="1000 req/s", service_time="10 ms", latency_target="50 ms", instances=20))
    risk = r[("svc", "latency")]
    assert (risk.severity, risk.message, risk.remedy, (risk.span.line, risk.span.column)) == (
        "error", "svc's p99 response time is 92.1 ms with 20 instances, over the 50 ms target (it needs 127)",
        "add instances, or cut the service time", (5, 3))
    assert risk.figures["needed"] == 127 and risk.figures["target"] == 0.05
    assert risk.figures["achieved"] == pytest.approx(0.092103, rel=1e-4)


def test_latency_missed_on_a_single_primary():
    # scaling = single: 50 req/s on μ = 100/s, Exp(50): p99 = 92.1 ms over 60 ms
    # (the service alone is 46.1 ms, so the target is reachable, not by more instances).
    r = risks_of(component(load="50 req/s", service_time="10 ms", latency_target="60 ms", scaling="single"))
    risk = r[("svc", "latency")]
    assert (risk.message, risk.remedy, (risk.span.line, risk.span.column)) == (
        ("svc's p99 response time is 92.1 ms on its one primary, over the 60 ms target "
         "(scaling = single: more instances do not help)"),
        "shard it, or cut the service time", (4, 3))


def test_latency_impossible_message():
    # The service time alone: p99 of Exp(1 / 10 ms) = ln(100) × 10 ms = 46.1 ms > 20 ms.
    r = risks_of(component(load="1000 req/s", service_time="10 ms", latency_target="20 ms"))
    risk = r[("svc", "latency")]
    assert (risk.message, risk.remedy, (risk.span.line, risk.span.column)) == (
        ("no instance count can meet p99 <= 20 ms on svc: the service time alone puts p99 at 46.1 ms "
         "(exponential service times)"),
        "cut the service time (cache, precompute, do less per request) or relax the target", (4, 3))
    assert risk.figures["target"] == 0.02
    assert risk.figures["service_time_percentile"] == pytest.approx(0.046052, rel=1e-4)


def test_latency_percentile_in_the_message():
    # p90 of the service alone: ln(10) × 10 ms = 23 ms > 20 ms.
    r = risks_of(component(load="1000 req/s", service_time="10 ms", latency_target="20 ms",
                           latency_percentile="90%"))
    assert r[("svc", "latency")].message.startswith("no instance count can meet p90 <= 20 ms on svc: "
                                                    "the service time alone puts p90 at 23 ms")


def test_connections_message():
    # 5M connections; 80 instances × 50k = 4M.
    r = risks_of(component(load="2k req/s", capacity="10k req/s", connections="5M", max_connections="50k",
                           instances=80))
    assert whole(r[("svc", "connections")]) == (
        "connections", "error",
        "connections will time out on svc: 5M concurrent connections, 80 instances hold 4M",
        "add instances, raise max_connections (file descriptors, memory per connection), or pool them",
        (6, 3), {"connections": 5e6, "capacity": 4e6}, None)


def test_connections_at_exactly_the_room_fit():
    # 4M connections on 80 × 50k = 4M: full, not over.
    r = risks_of(component(load="2k req/s", capacity="10k req/s", connections="4M", max_connections="50k",
                           instances=80))
    assert ("svc", "connections") not in r


def test_connections_on_a_single_primary():
    # scaling = single: only the primary holds connections: 60k on 50k, "1 instance".
    r = risks_of(component(load="2k req/s", capacity="10k req/s", connections="60k", max_connections="50k",
                           scaling="single"))
    assert r[("svc", "connections")].figures == {"connections": 60e3, "capacity": 50e3}


READS = """
component api {
  load = 20k req/s
  capacity = 5k req/s
}
component cache {
  capacity = 50k req/s
  hit_rate = 90%
}
component db {
  capacity = 4k req/s
  scaling = single
}
flow {
  api -> cache
  cache -> db * misses
}
"""


def test_cold_cache_message():
    # Warm: 20k × (1 − 90%) = 2k req/s on the 4k req/s primary.  Cold (0% hits): all
    # 20k, 20k / 4k = 500%.  Points at db's name (line 10, column 11).
    r = risks_of(READS)
    assert whole(r[("db", "cold-cache")]) == (
        "cold-cache", "warning",
        "with cold caches db gets 20k req/s instead of 2k req/s: 500% of its capacity (cache hit rate too low)",
        "warm caches before taking traffic, shed load or rate-limit misses while they fill",
        (10, 11), {"cold_load": 20000.0, "cold_utilization": 5.0}, None)


def test_cold_cache_on_a_horizontal_database_counts_its_instances():
    # db horizontal, 2 instances provisioned of 4k: cold 20k / 8k = 250%.
    r = risks_of(READS.replace("scaling = single", "instances = 2"))
    assert r[("db", "cold-cache")].figures == {"cold_load": 20000.0, "cold_utilization": 2.5}


def test_synchronized_clients_message():
    # 1M clients every 60 s in lockstep: average 1M / 60 = 16.7k req/s; peak all
    # 1M in one second, 60 times the average.  Points at `clients` (line 2).
    r = risks_of(component(clients="1M", poll_interval="1 min", capacity="50k req/s"))
    risk = r[("svc", "synchronized-clients")]
    assert (risk.severity, risk.message, risk.remedy, (risk.span.line, risk.span.column)) == (
        "warning",
        ("1M clients polling every 60 s with 0% jitter arrive at 1M req/s at peak, 60 times the 16.7k req/s "
         "average; with full jitter the peak is 16.7k req/s"),
        # Re-evaluated with jitter = 100%: the polls spread over the minute, 1M / 60 s.
        "add random jitter to the poll schedule: jitter = 100% cuts the peak from 1M to 16.7k req/s", (2, 3))
    assert risk.figures == {"peak": 1e6, "average": pytest.approx(1e6 / 60)}


def test_synchronized_clients_at_exactly_twice_the_average_trip():
    # 100 clients every 4 s (average 25 req/s) with 50% jitter: spread over 2 s,
    # peak 50 req/s = exactly twice the average: trips (peak ≥ 2 × average).
    # With 51% jitter: 2.04 s, 49 req/s, under twice: no risk.
    r = risks_of(component(clients=100, poll_interval="4 s", jitter="50%", capacity="1k req/s"))
    assert "arrive at 50 req/s at peak, 2 times the 25 req/s average" in r[("svc", "synchronized-clients")].message
    r = risks_of(component(clients=100, poll_interval="4 s", jitter="51%", capacity="1k req/s"))
    assert ("svc", "synchronized-clients") not in r


def test_storage_filling_message():
    # 2 × 1 TB = 2 TB, 1.6 TB under the 80% max_fill; 1 TB used; +10 GB/day:
    # 600 GB / 10 GB = 60 days, within the 1-year default horizon.  Points at
    # `data_growth` (line 7).
    r = risks_of(component(load="1 req/s", capacity="10 req/s", storage="1 TB", data="1 TB", instances=2,
                           data_growth="10 GB/day"))
    risk = r[("svc", "storage")]
    assert (risk.severity, risk.remedy, (risk.span.line, risk.span.column)) == (
        "warning", "add storage or instances ahead of time, compress, or expire old data", (7, 3))
    assert risk.message.startswith("svc's storage reaches its 80% max_fill in 60 day")
    assert risk.message.endswith(" at the current growth, within the 1 year horizon")
    assert risk.figures == {"time_until_full": 60 * 86400.0}


def test_storage_already_full_is_not_also_filling():
    # 5 TB on 2 × 2 TB: `storage` error (does not fit); growing, it is not also "fills in".
    report = run(component(load="1 req/s", capacity="10 req/s", storage="2 TB", data="5 TB", instances=2,
                           data_growth="10 GB/day"))
    assert [(r.kind, r.severity) for r in report.risks if r.kind == "storage"] == [("storage", "error")]


# --- the helpers for samples -----------------------------------------------------------------------------

@pytest.mark.parametrize("p, text", [
    (0.0, "0%"), (0.0005, "<0.1%"), (0.001, "0.1%"), (0.5, "50%"), (0.12345, "12.3%"),
    (0.999, "99.9%"), (0.9995, ">99.9%"), (1.0, "100%"),
])
def test_share_of_samples(p, text):
    assert risks.share(p) == text


def test_chance():
    assert risks.chance(np.array([True, False, False, False])) == 0.25
    assert (risks.chance(True), risks.chance(False)) == (1.0, 0.0)


def test_negation():
    assert risks.negation(np.array([True, False])).tolist() == [False, True]
    assert risks.negation(True) is False and risks.negation(False) is True


def test_typical_is_the_median_where_the_risk_holds():
    x = np.array([1.0, 2.0, 3.0, 10.0])
    # Where it holds: [3, 10], median 6.5.
    assert risks.typical(x, np.array([False, False, True, True])) == 6.5
    # Holds nowhere, or no condition over samples: the median of all, 2.5.
    assert risks.typical(x, np.array([False, False, False, False])) == 2.5
    assert risks.typical(x, True) == 2.5
    assert risks.typical(x) == 2.5
    # Not samples: the value itself.
    assert risks.typical(F(3, 2)) == F(3, 2) and risks.typical(None) is None


def test_above_compares_sample_by_sample():
    assert risks.above(np.array([1.0, 2.0, 3.0]), F(2)).tolist() == [False, False, True]
    assert risks.above(F(3), F(2)) is True and risks.above(F(2), F(2)) is False


def test_ratio_is_a_driver_only_over_samples():
    assert risks.ratio(F(1), F(2)) is None
    assert risks.ratio(np.array([1.0, 3.0]), F(2)).tolist() == [0.5, 1.5]
    assert risks.ratio(np.array([1.0, 0.0]), np.array([0.0, 0.0])).tolist()[0] == float("inf")


def _risk(severity="error", probability=None, message="m"):
    return Risk("svc", "hot", severity, message, "r", None, {}, probability)


def test_uncertain_adds_the_share_of_samples():
    holds = np.array([True, False, False, False])
    driver = np.array([1.0, 2.0, 3.0, 4.0])
    r = risks.uncertain(_risk(), holds, driver)
    assert (r.message, r.probability) == ("m (in 25% of samples)", 0.25)
    assert r.driver is driver
    assert risks.uncertain(_risk(), holds, 1.0).driver is None        # no samples to drive it
    assert risks.uncertain(_risk(), True, driver) == _risk()          # no samples at all


def test_accepted_tail_is_a_note():
    # size_at = 95%: a risk in at most 5% of the samples was accepted.
    r = risks.accepted(_risk(probability=0.05), F(95, 100))
    assert (r.severity, r.message) == ("note", "m, within the 5% tail that size_at = 95% accepts")
    assert risks.accepted(_risk(probability=0.0501), F(95, 100)).severity == "error"
    assert risks.accepted(_risk(probability=None), F(95, 100)).severity == "error"
    assert risks.accepted(_risk("note", 0.01), F(95, 100)).message == "m"
    # size_at = 99.99%: the tail is 0.01%, written as such.
    assert risks.accepted(_risk(probability=0.0001), F(9999, 10000)).message == (
        "m, within the 0.01% tail that size_at = 99.99% accepts")


def test_standing_reports_the_first_real_risk_else_the_likeliest_note():
    assert risks.standing([], F(95, 100)) is None
    first, second = _risk(probability=0.5, message="a"), _risk(probability=0.6, message="b")
    assert risks.standing([first, second], F(95, 100)).message == "a"
    # Both in the accepted tail: the likelier one, as a note.
    small, smaller = _risk(probability=0.01, message="a"), _risk(probability=0.04, message="b")
    assert risks.standing([small, smaller], F(95, 100)).message.startswith("b, within the 5% tail")
    # One real, one accepted: the real one even when it comes second.
    assert risks.standing([small, first], F(95, 100)).message == "a"


def test_percent_text_is_not_rounded():
    assert (risks.percent_text(F(9999, 10000)), risks.percent_text(0.05), risks.percent_text(1)) == (
        "99.99%", "5%", "100%")


def test_component_facts_point_at_the_first_property_set():
    from bote.errors import Span
    name, jitter = Span("f", 1, 1, 1, 2), Span("f", 3, 1, 3, 2)
    facts = risks.ComponentFacts("svc", None, name, False, spans={"jitter": jitter})
    assert facts.at("clients", "jitter") == jitter
    assert facts.at("clients") == name


# --- risks over samples: the share that trips, medians where it trips, the driver ------------------------

def _facts(sizing, **more):
    from bote.errors import Span
    return risks.ComponentFacts("svc", sizing, Span("f", 1, 11, 1, 14), False, **more)


def _sized(load, **props):
    from bote.model import capacity as cap
    props = {"capacity": F(100), "max_utilization": F(7, 10), "redundancy": 1, **props}
    return cap.size(load=np.array(load), **props)


def test_overloaded_over_samples():
    # 10 × 100 req/s under [500, 1500, 2000, 800] req/s: utilization [50%, 150%,
    # 200%, 80%]; over 100% in 2 of 4 samples (50%); medians there: load 1,750 req/s,
    # utilization 175%.  The driver is the utilization.
    s = _sized([500.0, 1500.0, 2000.0, 800.0], instances=10)
    r = risks.overloaded(_facts(s))
    assert (r.message, r.probability, r.figures) == (
        ("svc is overloaded: 1.75k req/s offered, 1k req/s of capacity across 10 instances (175% utilization) "
         "(in 50% of samples)"), 0.5, {"utilization": 1.75})
    assert r.driver is s.utilization
    # A load of transfers is shown in transfer/s.
    assert risks.overloaded(_facts(s, rate="transfer/s")).message.startswith(
        "svc is overloaded: 1.75k transfer/s offered, 1k transfer/s of capacity")


def test_hot_over_samples():
    # The same fleet: above 70% but not over 100% only in the 80% sample (1 of 4).
    s = _sized([500.0, 1500.0, 2000.0, 800.0], instances=10)
    r = risks.hot(_facts(s))
    assert (r.message, r.probability, r.figures) == (
        "svc runs at 80% utilization, above its 70% ceiling (in 25% of samples)", 0.25, {"utilization": 0.8})
    assert r.driver is s.utilization


def test_hot_with_one_down_over_samples():
    # 10 × 100 req/s, ceiling 100%, [500, 950, 990, 400] req/s: never over 100% with
    # all 10; with one down, / 900: [55.6%, 105.6%, 110%, 44.4%]: over in 2 of 4,
    # median there (105.56% + 110%) / 2 = 107.8%, shown 108%.
    s = _sized([500.0, 950.0, 990.0, 400.0], instances=10, max_utilization=F(1))
    r = risks.hot(_facts(s))
    assert (r.message, r.probability) == (
        "svc would run at 108% with one of its 10 instances down (in 50% of samples)", 0.5)
    assert r.figures["utilization_one_down"] == pytest.approx((950 / 900 + 990 / 900) / 2)
    assert r.driver is s.utilization_one_down


def test_cannot_scale_over_samples():
    # A single primary of 100 req/s at 70% under [50, 150, 300, 60] req/s needs
    # ceil(load / 70) = [1, 3, 5, 1]: more than one in 2 of 4; medians there:
    # load 225 req/s, ceil((3 + 5) / 2) = 4 instances.  The driver is load / capacity.
    s = _sized([50.0, 150.0, 300.0, 60.0], scaling="single")
    r = risks.cannot_scale(_facts(s, rate="transfer/s"))
    assert (r.message, r.probability, r.figures) == (
        ("svc cannot scale out (scaling = single) but its load of 225 transfer/s needs 4 instances at 70% "
         "(in 50% of samples)"), 0.5, {"needed_for_load": 4})
    assert r.driver.tolist() == [0.5, 1.5, 3.0, 0.6]


def test_memory_and_storage_over_samples():
    # 3 instances × 64 GB = 192 GB, × 2 TB = 6 TB.  Working set [100, 200, 300, 150] GB:
    # over 192 GB in 2 of 4, median there 250 GB.  Data 30 times that, [3, 6, 9, 4.5] TB:
    # over 6 TB only at 9 TB (6 TB fits exactly).  Drivers: need / room.
    s = _sized([1.0, 1.0, 1.0, 1.0], instances=3, memory=F(64 * 10**9), storage=F(2 * 10**12))
    working_set = np.array([100e9, 200e9, 300e9, 150e9])
    r = risks.memory_exceeded(_facts(s, working_set=working_set))
    assert (r.message, r.probability, r.figures) == (
        "svc's working set of 250 GB does not fit in 192 GB of memory across 3 instances (in 50% of samples)",
        0.5, {"working_set": 250e9, "memory": 192e9})
    assert r.driver.tolist() == pytest.approx([100 / 192, 200 / 192, 300 / 192, 150 / 192])
    r = risks.storage_exceeded(_facts(s, data=working_set * 30))
    assert (r.message, r.probability, r.figures) == (
        "svc's data of 9 TB does not fit in 6 TB of storage across 3 instances (in 25% of samples)",
        0.25, {"data": 9e12, "storage": 6e12})
    assert r.driver.tolist() == pytest.approx([0.5, 1.0, 1.5, 0.75])
    # Only the room given, or only the need: nothing to compare.
    assert risks.memory_exceeded(_facts(s)) is None


def test_one_single_primary_holds_its_connections_in_the_singular():
    from conftest import run
    text = ("component gw {\n  load = 100 req/s\n  capacity = 1k req/s\n  scaling = single\n"
            "  connections = 60k\n  max_connections = 50k\n}\n")
    (risk,) = [r for r in run(text).risks if r.kind == "connections"]
    assert "1 instance holds 50k" in risk.message


def test_overloaded_over_samples_of_the_capacity_too():
    # 10 instances of [100, 100, 50, 200] req/s under [500, 1500, 1000, 1500] req/s:
    # utilization [50%, 150%, 200%, 75%], over in 2 and 3 (50%).  Medians there: load
    # 1,250 req/s, capacity (100 + 50) / 2 = 75 req/s, 750 across the 10 (over all the
    # samples it would be 100, 1k), utilization 175%.
    s = _sized([500.0, 1500.0, 1000.0, 1500.0], instances=10, capacity=np.array([100.0, 100.0, 50.0, 200.0]))
    assert risks.overloaded(_facts(s)).message == (
        "svc is overloaded: 1.25k req/s offered, 750 req/s of capacity across 10 instances (175% utilization) "
        "(in 50% of samples)")


def test_a_billion_requests_a_second_is_spelled_out():
    # 2 billion req/s on 1,000 × 1M req/s = 1 billion: 200%.  "2B req/s" could read as bytes.
    r = risks_of(component(load="2000M req/s", capacity="1M req/s", instances=1000))
    assert r[("svc", "overloaded")].message == (
        "svc is overloaded: 2 billion req/s offered, 1 billion req/s of capacity across 1000 instances "
        "(200% utilization)")


def test_ratio_of_samples_by_a_single_value_and_back():
    # 3 / [1, 2] = [3, 1.5]; dividing by zero in a sample gives inf or nan quietly
    # (a driver, not an error: no numpy warning on stderr).
    import warnings
    assert risks.ratio(F(3), np.array([1.0, 2.0])).tolist() == [3.0, 1.5]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        quotient = risks.ratio(np.array([1.0, 0.0]), np.array([0.0, 0.0]))
    assert quotient[0] == float("inf") and np.isnan(quotient[1])


def test_one_down_over_samples_leaves_out_the_samples_already_hot():
    # 10 × 100 req/s, ceiling 95%, 20 samples: one at 970 req/s (97%: hot, and 108%
    # with one down), two at 920 (92%: under the ceiling, 102% with one down), 17 at
    # 500.  Hot in 1 of 20 = 5%: within the 5% tail size_at = 95% accepts, a note.
    # Over with one down, not counting the hot one: 2 of 20 = 10%, 920 / 900 = 102%:
    # the risk reported.
    s = _sized([970.0, 920.0, 920.0] + [500.0] * 17, instances=10, max_utilization=F(95, 100))
    r = risks.hot(_facts(s))
    assert (r.severity, r.message, r.probability) == (
        "warning", "svc would run at 102% with one of its 10 instances down (in 10% of samples)", 0.1)


def test_memory_over_samples_of_the_room_too():
    # 3 instances of [64, 64, 32, 128] GB = [192, 192, 96, 384] GB for a working set
    # of [100, 200, 300, 150] GB: over in 2 and 3 (50%).  Medians there: 250 GB in
    # (192 + 96) / 2 = 144 GB (over all the samples the room would be 192 GB).
    s = _sized([1.0] * 4, instances=3, memory=np.array([64e9, 64e9, 32e9, 128e9]))
    r = risks.memory_exceeded(_facts(s, working_set=np.array([100e9, 200e9, 300e9, 150e9])))
    assert (r.message, r.figures) == (
        "svc's working set of 250 GB does not fit in 144 GB of memory across 3 instances (in 50% of samples)",
        {"working_set": 250e9, "memory": 144e9})


def test_a_billion_connections_are_spelled_out():
    # 2,000M connections on 1,000 instances × 1M = 1 billion.
    r = risks_of(component(load="1k req/s", capacity="10k req/s", connections="2000M", max_connections="1M",
                           instances=1000))
    assert r[("svc", "connections")].message == (
        "connections will time out on svc: 2 billion concurrent connections, 1000 instances hold 1 billion")


def test_synchronized_clients_under_one_request_a_second_on_average():
    # 10 clients every minute: 10 / 60 s = 0.167 req/s on average, all 10 in the same
    # second at peak: 60 times the average.  A small average is still an average.
    r = risks_of(component(clients=10, poll_interval="1 min", capacity="1k req/s"))
    assert r[("svc", "synchronized-clients")].message == (
        "10 clients polling every 60 s with 0% jitter arrive at 10 req/s at peak, 60 times the 0.167 req/s "
        "average; with full jitter the peak is 0.167 req/s")


def test_synchronized_billions_are_spelled_out():
    # 2,000M clients every 2,000M s (63.4 years): 1 req/s on average, 2 billion req/s
    # at peak in lockstep, 2 billion times the average.
    r = risks_of(component(clients="2000M", poll_interval="2000M s", capacity="1k req/s"))
    assert r[("svc", "synchronized-clients")].message == (
        "2 billion clients polling every 63.4 year with 0% jitter arrive at 2 billion req/s at peak, "
        "2 billion times the 1 req/s average; with full jitter the peak is 1 req/s")


def test_a_remedy_s_number_comes_from_evaluating_the_file_with_it():
    # db: 12k req/s on 2k at 70% needs ceil(12,000 / 1,400) = 9 as horizontal instances: 9 shards.
    # The polled service: 2M clients every 30 s all arrive in one second (2M req/s); with
    # jitter = 100% they spread over the 30 s: 2M / 30 = 66.7k req/s.
    r = risks_of("component db {\n  load = 12k req/s\n  capacity = 2k req/s\n  scaling = single\n}\n"
                 "component poll {\n  clients = 2M\n  poll_interval = 30 s\n  capacity = 5k req/s\n}\n")
    assert r[("db", "cannot-scale")].remedy.startswith("shard it 9 ways (with scaling = horizontal it needs 9")
    assert r[("poll", "synchronized-clients")].remedy.endswith("jitter = 100% cuts the peak from 2M to 66.7k req/s")


def test_the_cache_in_front_takes_the_misses_of_every_edge_into_it():
    # api sends 2 queries per request: 2 × 5k = 10k req/s into db, 2k req/s an instance
    # at 70% = 1.4k. The misses may be 1400 / 10000 = 14%: a hit rate of 86% exactly,
    # whole, so 86% (not 87%) — and 85% leaves 1.5k req/s, over one instance.
    text = ("component api {\n  load = 5k req/s\n  capacity = 1k req/s\n}\n"
            "component db {\n  capacity = 2k req/s\n  scaling = single\n}\n"
            "flow {\n  api -> db * 2\n}\n")
    remedy = risks_of(text)[("db", "cannot-scale")].remedy
    assert remedy.startswith("shard it 8 ways (with scaling = horizontal it needs 8 instances) "
                             "or put a cache with hit_rate ≥ 86% in front;")
    # The variant that puts that cache in front, written by hand: one db instance, no risk.
    cached = text.replace("api -> db * 2", "api -> cache\n  cache -> db * 2 * misses") + (
        "component cache {\n  kind = cache\n  hit_rate = 86%\n  capacity = 100k req/s\n}\n")
    assert ("db", "cannot-scale") not in risks_of(cached)


def test_the_docs_quote_the_remedies_worked_here():
    from pathlib import Path
    doc = (Path(__file__).resolve().parent.parent / "docs" / "language.md").read_text(encoding="utf-8")
    section = " ".join(doc[doc.index("### Remedies with numbers"):doc.index("## What-ifs")].split())
    assert "`shard it 9 ways (with scaling = horizontal it needs 9 instances) ...`" in section
    # The cache's vector is the test above: 10k req/s into db, 1.4k per instance.
    assert "`or put a cache with hit_rate ≥ 86% in front`" in section and "may be 14%, so 86%" in section
    assert "`jitter = 100% cuts the peak from 2M to 66.7k req/s`" in section


def test_the_batch_that_keeps_a_third_party_within_its_limit():
    # 380 req/s into a 100 req/s limit at the 70% ceiling: 380 / k <= 70 from k = 5.43, so 6
    # (at 5, 76 req/s is 76% of the limit, still above the ceiling).
    r = risks_of("component app {\n  load = 380 req/s\n  capacity = 1k req/s\n}\n"
                 "component maps {\n  kind = third_party\n  rate_limit = 100 req/s\n}\nflow {\n  app -> maps\n}\n")
    assert r[("maps", "rate-limit")].remedy.startswith(
        "batch ≥ 6 requests per call (`-> maps batch 6`) to stay within 70% of its limit")
    # The remedy as written clears the risk: 380 / 6 = 63.3 req/s, 63% of the limit.
    batched = risks_of("component app {\n  load = 380 req/s\n  capacity = 1k req/s\n}\n"
                       "component maps {\n  kind = third_party\n  rate_limit = 100 req/s\n}\n"
                       "flow {\n  app -> maps batch 6\n}\n")
    assert ("maps", "rate-limit") not in batched


def test_remedies_keep_their_words_past_the_evaluations_bote_spends_on_them(monkeypatch):
    from bote.model import remedies
    text = ("component app {\n  load = 380 req/s\n  capacity = 1k req/s\n}\n"
            "component maps {\n  kind = third_party\n  rate_limit = 100 req/s\n}\nflow {\n  app -> maps\n}\n")
    monkeypatch.setattr(remedies, "MAX_EVALUATIONS", 2)   # the batch needs 2, 4, 8, then 6 and 5
    assert risks_of(text)[("maps", "rate-limit")].remedy.startswith("batch requests to it")
    monkeypatch.setattr(remedies, "MAX_EVALUATIONS", 64)
    monkeypatch.setattr(remedies, "MAX_COMPONENTS", 1)
    assert risks_of(text)[("maps", "rate-limit")].remedy.startswith("batch requests to it")
