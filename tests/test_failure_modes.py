"""Latency, connections, cold caches, clients in lockstep and storage growth:
each risk trips and does not trip, with figures worked by hand."""
import json
import math

import pytest
from click.testing import CliRunner
from conftest import error_of, run, shown

from bote.cli import main


def risks_of(report):
    return {(r.component, r.kind): r for r in report.risks}


def component(name="svc", **props):
    body = "\n".join(f"  {k} = {v}" for k, v in props.items())
    return f"component {name} {{\n{body}\n}}\n"


# ---- latency ---------------------------------------------------------------------------
# One worker per instance, 10 ms per request: mu = 100/s. At 1000 req/s over n
# instances each is an M/M/1 queue whose response time is exponential with
# rate mu - 1000/n, so p99 = ln(100) / (100 - 1000/n).  p99 <= 50 ms needs
# 100 - 1000/n >= ln(100)/0.05 = 92.103, n >= 1000/7.897 = 126.6: 127.
WEB = dict(load="1000 req/s", service_time="10 ms", latency_target="50 ms")


def test_latency_target_sizes_the_component():
    report = run(component(**WEB))
    (c,) = report.components
    assert (c.sizing.needed_for_load, c.sizing.needed_for_latency, c.sizing.needed) == (15, 127, 127)
    assert c.sizing.limited_by == "latency" and c.sizing.instances == 128
    p99 = math.log(100) / (100 - 1000 / 128)
    assert c.model.queue.p99 == pytest.approx(p99, rel=1e-9)
    assert not [r for r in report.risks if r.kind in ("latency", "unstable")]


def test_latency_missed_by_provisioned_instances():
    report = run(component(**WEB, instances=20))
    risk = risks_of(report)[("svc", "latency")]
    # 20 instances: 100 - 50 = 50/s, p99 = 4.605 / 50 = 92.1 ms
    assert risk.severity == "error"
    assert "p99 response time is 92.1 ms with 20 instances, over the 50 ms target (it needs 127)" in risk.message


def test_latency_impossible_says_so_without_searching():
    # p99 of the service time alone: ln(100) * 100 ms = 461 ms > 200 ms
    report = run(component(load="10 req/s", service_time="100 ms", latency_target="200 ms"))
    risk = risks_of(report)[("svc", "latency")]
    assert "no instance count can meet p99 <= 200 ms" in risk.message and "461 ms" in risk.message


def test_latency_percentile_is_settable():
    # p50 <= 50 ms: ln(2)/(100 - 1000/n) <= 0.05 -> 1000/n <= 86.137 -> n >= 11.6: 12 (load alone needs 15)
    report = run(component(**WEB, latency_percentile="50%"))
    assert report.components[0].sizing.needed_for_latency == 12
    assert report.components[0].sizing.limited_by == "load"


def test_unstable_queue():
    # 5 instances of 100 req/s under 1000 req/s: 200 arrive at each
    report = run(component(load="1000 req/s", service_time="10 ms", instances=5))
    r = risks_of(report)
    assert r[("svc", "unstable")].severity == "error"
    assert "200 req/s arrive at each instance, which serves 100 req/s" in r[("svc", "unstable")].message
    assert report.components[0].model.queue is None


def test_queue_figures_in_json(tmp_path):
    path = tmp_path / "q.bote"
    path.write_text(component(load="0.5 req/s", service_time="1.25 s", instances=1, redundancy=0))
    doc = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(path)]).stdout)
    c = doc["files"][0]["components"]["svc"]
    # M/M/1, lambda 0.5, mu 0.8: utilization 62.5%, mean response 1/(0.8-0.5) = 3.33 s
    assert c["utilization"] == pytest.approx(0.625)
    q = c["queue"]
    assert q["mean_response"] == {"magnitude": pytest.approx(10 / 3), "unit": "second"}
    assert q["p50"]["magnitude"] == pytest.approx(math.log(2) / 0.3)
    assert q["wait_probability"] == pytest.approx(0.625)
    assert q["in_flight"] == pytest.approx(0.5 * 10 / 3)
    assert c["limited_by"] == "load"


def test_queue_figures_are_figures():
    report = run(component(load="0.5 req/s", service_time="1.25 s", instances=1, redundancy=0)
                 + "r = svc.mean_response\nw = svc.p99\n")
    assert shown(report, "r") == "3.33 s" and shown(report, "w") == "15.4 s"


# ---- connections --------------------------------------------------------------------------

def test_long_lived_connections_size_the_component():
    # 5M websockets, 50k per gateway: 100 gateways; the load needs far fewer
    report = run(component(load="2k req/s", capacity="10k req/s", connections="5M", max_connections="50k"))
    s = report.components[0].sizing
    assert (s.needed_for_connections, s.needed, s.limited_by, s.instances) == (100, 100, "connections", 101)
    assert ("svc", "connections") not in risks_of(report)


def test_connections_will_time_out():
    report = run(component(load="2k req/s", capacity="10k req/s", connections="5M", max_connections="50k",
                           instances=80))
    risk = risks_of(report)[("svc", "connections")]
    assert risk.severity == "error" and "connections will time out" in risk.message
    assert "5M concurrent connections, 80 instances hold 4M" in risk.message


def test_connections_default_to_requests_in_flight():
    # Little's law: in flight = load x mean response, at the count sized for
    # load (ceil(1000 / (400 x 70%)) = 4 instances of 4 workers at 10 ms).
    # Each is M/M/4 with lambda 250, mu 100, a = 2.5: Erlang B(4, 2.5) =
    # 0.149916, C = 4B / (4 - 2.5(1 - B)) = 0.319857, Wq = C / (400 - 250) =
    # 2.1324 ms; response 12.1324 ms; in flight 12.13; at 10 per instance: 2.
    report = run(component(load="1000 req/s", service_time="10 ms", workers=4, max_connections=10))
    c = report.components[0]
    assert c.model.connections == pytest.approx(12.1324, abs=1e-3)
    assert (c.sizing.needed_for_connections, c.sizing.needed, c.sizing.limited_by) == (2, 4, "load")


# ---- caches and the cold start ---------------------------------------------------------------

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
  capacity = 2k req/s
  scaling = single
}
flow {
  api -> cache
  cache -> db * misses
}
"""


def test_misses_carry_one_minus_the_hit_rate():
    report = run(READS)
    loads = {c.name: c.sizing.load for c in report.components}
    assert loads["db"] == 2000  # 20k x (1 - 90%)
    assert report.components[2].cold_load == 20000


def test_cold_cache_overloads_the_database():
    # warm: 2k req/s on a 2k req/s primary... make it fit warm first
    report = run(READS.replace("capacity = 2k req/s", "capacity = 4k req/s"))
    r = risks_of(report)
    risk = r[("db", "cold-cache")]
    assert risk.severity == "warning"
    assert "with cold caches db gets 20k req/s instead of 2k req/s: 500% of its capacity" in risk.message
    assert ("cache", "cold-cache") not in r and ("db", "overloaded") not in r


def test_no_cold_cache_risk_when_the_database_can_take_it():
    report = run(READS.replace("capacity = 2k req/s", "capacity = 30k req/s"))
    assert ("db", "cold-cache") not in risks_of(report)


def test_cold_hit_rate_is_settable():
    # a cold cache that still answers 80%: 4k req/s on a 3.9k primary -> 103%, trips
    report = run(READS.replace("hit_rate = 90%", "hit_rate = 90%\n  cold_hit_rate = 80%")
                 .replace("capacity = 2k req/s", "capacity = 3.9k req/s"))
    assert risks_of(report)[("db", "cold-cache")].figures["cold_load"] == pytest.approx(4000)


def test_a_cold_load_the_database_just_takes_is_not_a_risk():
    # cold, 20k x (1 - 80%) = 4k req/s on a 4k primary: exactly full, not over
    report = run(READS.replace("hit_rate = 90%", "hit_rate = 90%\n  cold_hit_rate = 80%")
                 .replace("capacity = 2k req/s", "capacity = 4k req/s"))
    assert ("db", "cold-cache") not in risks_of(report)


def test_misses_needs_a_hit_rate():
    (d,) = error_of(READS.replace("  hit_rate = 90%\n", ""))
    assert d.kind == "property" and "`misses` needs a `hit_rate` on cache" in d.message


# ---- clients in lockstep --------------------------------------------------------------------

def test_lockstep_clients_peak_and_risk():
    # 1M clients every minute: average 16.7k req/s; in lockstep, 1M in one second
    report = run(component(clients="1M", poll_interval="1 min", capacity="50k req/s"))
    c = report.components[0]
    assert c.sizing.load == 1_000_000 and not c.load_assumed
    risk = risks_of(report)[("svc", "synchronized-clients")]
    assert "arrive at 1M req/s at peak, 60 times the 16.7k req/s average" in risk.message
    assert "jitter" in risk.remedy


def test_jittered_clients_are_sized_for_the_average():
    report = run(component(clients="1M", poll_interval="1 min", jitter="100%", capacity="50k req/s"))
    assert report.components[0].sizing.load == pytest.approx(1_000_000 / 60)
    assert ("svc", "synchronized-clients") not in risks_of(report)


def test_partial_jitter():
    # spread over 10% of a minute: 6 s, peak 1M / 6 s = 167k req/s, 10x the average: trips
    report = run(component(clients="1M", poll_interval="1 min", jitter="10%", capacity="50k req/s"))
    assert report.components[0].sizing.load == pytest.approx(1_000_000 / 6)
    assert ("svc", "synchronized-clients") in risks_of(report)


def test_clients_need_a_poll_interval():
    (d,) = error_of(component(clients="1M", capacity="50k req/s"))
    assert d.kind == "property" and "poll_interval" in d.message


# ---- storage growth --------------------------------------------------------------------------

def test_storage_fills_within_the_horizon():
    # 2 instances x 1 TB x 80% max_fill = 1.6 TB, 1 TB used, +10 GB a day: 60 days left
    report = run(component(load="1 req/s", capacity="10 req/s", storage="1 TB", data="1 TB", instances=2,
                           data_growth="10 GB/day"))
    risk = risks_of(report)[("svc", "storage")]
    assert risk.severity == "warning" and "max_fill in 60 day" in risk.message
    assert report.components[0].model.time_until_full == pytest.approx(60 * 86400)


def test_storage_that_lasts_the_horizon():
    report = run(component(load="1 req/s", capacity="10 req/s", storage="1 TB", data="1 TB", instances=2,
                           data_growth="1 GB/day"))
    assert ("svc", "storage") not in risks_of(report)


def test_storage_horizon_is_settable():
    report = run(component(load="1 req/s", capacity="10 req/s", storage="1 TB", data="1 TB", instances=2,
                           data_growth="1 GB/day", storage_horizon="5 years"))
    assert ("svc", "storage") in risks_of(report)


# ---- the examples ---------------------------------------------------------------------------
from fractions import Fraction

from conftest import ROOT


def example(name):
    import bote
    return bote.evaluate((ROOT / "examples" / name).read_text(), name).files[0]


def test_chat_gateway_is_limited_by_connections():
    report = example("chat-gateway.bote")
    gateway, store = report.components
    deliveries = Fraction(50_000_000 * 40 * 3, 86_400)              # 69,444 a second
    assert gateway.sizing.load == deliveries
    # 8 workers / 2 ms = 4,000 req/s; for load ceil(69,444 / 2,800) = 25;
    # 5M online users / 50k per gateway = 100, the limit.
    assert (gateway.sizing.needed_for_load, gateway.sizing.needed_for_connections) == (25, 100)
    assert (gateway.sizing.limited_by, gateway.sizing.instances) == ("connections", 101)
    # p99 of the 2 ms service alone is ln(100) * 2 ms = 9.2 ms, far under 100 ms
    assert gateway.model.latency.achievable and gateway.model.queue.p99 < 0.1
    # each message stored once: 23,148 a second on 2k req/s stores at 70%: 17
    assert store.sizing.load == deliveries / 3 and store.sizing.needed == 17
    assert report.risks == [] and all(a.passed for a in report.asserts)


def test_read_heavy_fails_only_when_its_cache_goes_cold():
    report = example("read-heavy.bote")
    web, _cache, db = report.components
    # 16 workers / 5 ms = 3,200 req/s; ceil(30k / 2,240) = 14 + 1
    assert (web.sizing.needed, web.sizing.instances) == (14, 15)
    assert db.sizing.load == 1500 and db.sizing.utilization == Fraction(1500, 8000)
    # cold: all 30k reads on 2 x 4k req/s = 375%
    assert db.cold_load == 30000
    assert [(r.component, r.kind, r.severity) for r in report.risks] == [("db", "cold-cache", "warning")]
    assert "375% of its capacity" in report.risks[0].message


def test_exactly_full_queue_is_unstable():
    # 11 instances x 1 / 11 ms = 1000 req/s exactly: no finite wait
    report = run(component(load="1000 req/s", service_time="11 ms", instances=11) + "w = svc.mean_wait\n")
    assert ("svc", "unstable") in risks_of(report) and shown(report, "w") == "unbounded"


@pytest.mark.parametrize("props, needs", [
    (dict(data_growth="1 TB/day"), "storage"), (dict(jitter="50%"), "clients"),
    (dict(cold_hit_rate="10%"), "hit_rate"), (dict(latency_percentile="90%"), "latency_target"),
])
def test_a_property_that_needs_another(props, needs):
    (d,) = error_of(component(load="1 req/s", capacity="10 req/s", **props))
    assert d.kind == "property" and f"needs `{needs}`" in d.message


def test_zero_clients_and_huge_connection_counts_do_not_crash():
    report = run(component(clients=0, poll_interval="1 s", capacity="1 req/s"))
    assert report.components[0].sizing.load == 0
    (d,) = error_of(component(load="1 req/s", capacity="1 req/s", connections="1e20", max_connections=1))
    assert "instances" in d.message


def test_latency_percentile_label_is_not_rounded():
    report = run(component(load="10 req/s", service_time="100 ms", latency_target="50 ms",
                           latency_percentile="99.99%"))
    assert "p99.99 <= 50 ms" in risks_of(report)[("svc", "latency")].message


def test_huge_loads_still_meet_a_latency_target():
    # the load alone needs 1.43e10 instances; the latency goal is met there
    report = run(component(load="1T req/s", service_time="10 ms", latency_target="1 s"))
    assert ("svc", "latency") not in risks_of(report)
