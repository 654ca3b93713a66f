"""Traffic classes: `flow NAME { ... }` is a request class whose chains carry
only its own traffic (docs/language.md, "Traffic classes").

Every figure below is worked out by hand in the comment above it.
"""
import json
import subprocess
import sys
from fractions import Fraction as F

import pytest
from conftest import ROOT, error_of, run

from bote.render.figures import load_text
from bote.render.graph import render_dot, render_mermaid
from bote.render.json import file_json

RIDES = (ROOT / "examples" / "ride-sharing.bote").read_text(encoding="utf-8")


def by_name(report):
    return {c.name: c for c in report.components}


# --- the ride-sharing example ------------------------------------------------------------------

def test_dispatch_carries_rides_only():
    # Riders: 17.28M a day × 1 = 200 req/s on average, × 5 at the peak = 1,000 req/s.
    # Drivers: 200k × 15 a minute = 50,000 req/s (no peak factor).
    c = by_name(run(RIDES))
    assert c["riders"].load.magnitude == 1000 and c["drivers"].load.magnitude == 50_000
    # The gateway takes both: 51,000 req/s; dispatch only rides: 1,000 req/s,
    # at 50 req/s × 70% = 35 per node: ceil(1000 / 35) = ceil(28.57) = 29, + 1 spare.
    assert c["gateway"].load.magnitude == 51_000
    assert c["dispatch"].load.magnitude == 1000
    assert (c["dispatch"].sizing.needed, c["dispatch"].sizing.instances) == (29, 30)
    # Maps: 2 calls per ride = 2,000 req/s on a 5k limit: 40%.
    assert c["maps"].load.magnitude == 2000 and c["maps"].kind_model.utilization == F(2, 5)
    # Locations: the pings only, 50,000 on 20k × 70% = 14k: ceil(3.57) = 4, + 1.
    assert c["locations"].load.magnitude == 50_000 and c["locations"].sizing.needed == 4


def test_the_gateway_capacity_is_the_mix_s():
    # Shares at the peak: rides 1,000 / 51,000, pings 50,000 / 51,000. One request costs
    # 4 ms / 8 workers = 0.5 ms of an instance (a ride) or 1 ms / 8 = 0.125 ms (a ping):
    # the mix costs (1,000 × 0.5 + 50,000 × 0.125) / 51,000 = 6,750 / 51,000 ms, so an
    # instance serves 51,000 / 6.75 = 7,555.6 req/s (= workers / Σ share × service_time).
    gateway = by_name(run(RIDES))["gateway"]
    assert gateway.capacity.magnitude == F(51_000_000, 6_750)
    # 51,000 / (7,555.6 × 70%) = 9.64: 10 instances, + 1 spare; at 11 instances 61.4%.
    assert (gateway.sizing.needed, gateway.sizing.instances) == (10, 11)
    assert gateway.sizing.utilization == F(51_000, 11) / F(51_000_000, 6_750)


def test_each_flow_s_path_takes_its_own_service_time():
    # The wait in the gateway's queue is shared; the service is not: a ride's response is
    # the wait + 4 ms, a ping's the wait + 1 ms, exactly 3 ms apart (dispatch, maps and the
    # location store have no latency model: 0 ms each).
    c = by_name(run(RIDES))
    assert c["riders"].end_to_end - c["drivers"].end_to_end == pytest.approx(0.003, abs=1e-12)
    assert 0.004 < c["riders"].end_to_end < 0.0042


def test_one_flow_for_both_sends_every_ping_to_dispatch():
    # The design as a new user first wrote it, one flow: dispatch gets 51,000 req/s, needs
    # ceil(51,000 / 35) = 1,458 nodes, and maps gets 102,000 req/s, 2,040% of its limit.
    one = RIDES.replace("flow rides {", "flow {").replace("flow pings {", "flow {").replace(
        "drivers -> gateway { service_time = 1 ms } -> locations", "drivers -> gateway")
    one = one.replace("assert dispatch.load == riders.load\n", "").replace(
        "assert gateway.load[pings] == drivers.load\n", "")
    c = by_name(run(one))
    assert c["dispatch"].load.magnitude == 51_000 and c["dispatch"].sizing.needed == 1458
    assert c["maps"].kind_model.utilization == F(102_000, 5_000)


def test_loads_show_each_flow_s_part():
    report = run(RIDES)
    c = by_name(report)
    assert load_text(c["gateway"], report.evaluated_units) == "51k req/s (rides 1k, pings 50k)"
    assert load_text(c["dispatch"], report.evaluated_units) == "1k req/s (rides)"
    out = file_json(report)["components"]
    assert out["gateway"]["loads"] == {"rides": {"magnitude": 1000.0, "unit": "request / second"},
                                       "pings": {"magnitude": 50000.0, "unit": "request / second"}}
    assert out["dispatch"]["loads"] == {"rides": {"magnitude": 1000.0, "unit": "request / second"}}


def test_a_file_without_named_flows_shows_no_parts():
    report = run("component a {\n  load = 10 req/s\n  capacity = 100 req/s\n}\n"
                 "component b {\n  capacity = 100 req/s\n}\nflow {\n  a -> b\n}\n")
    assert by_name(report)["b"].loads is None and file_json(report)["components"]["b"]["loads"] is None
    assert load_text(by_name(report)["b"], report.evaluated_units) == "10 req/s"
    assert "linkStyle" not in render_mermaid(report) and "color=" not in render_dot(report)


def test_the_graph_colours_each_flow():
    report = run(RIDES)
    mermaid = render_mermaid(report)
    assert 'gateway -->|"rides"| dispatch' in mermaid and 'dispatch -->|"rides x2"| maps' in mermaid
    # One colour per flow: the rides edges (0-2) blue, the pings edges (3-4) orange.
    assert "linkStyle 0 stroke:#0072B2" in mermaid and "linkStyle 4 stroke:#E69F00" in mermaid
    assert '"gateway" -> "locations" [label="pings", color="#E69F00"' in render_dot(report)


# --- per-flow figures in asserts and explain -------------------------------------------------------

def test_a_flow_s_part_of_a_load_is_a_figure():
    report = run(RIDES + "r = gateway.load[rides]\np = gateway.average_load[pings]\n")
    values = {v.name: v.quantity.magnitude for v in report.values}
    # The average of the rides at the gateway: 200 req/s; of the pings, 50,000 (no peak factor).
    assert values["r"] == 1000 and values["p"] == 50_000
    assert all(a.passed for a in report.asserts)


def test_explain_sums_the_flows():
    out = subprocess.run([sys.executable, "-m", "bote", "explain", str(ROOT / "examples" / "ride-sharing.bote"),
                          "dispatch.load"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[:3] == [
        "dispatch.load = dispatch.load[rides] = 1k req/s",
        "  load[rides] = gateway.load[rides] = 1k req/s",
        "    gateway.load[rides] = riders.load = 1k req/s"]


# --- what a flow carries ----------------------------------------------------------------------------

SHARED_SOURCE = """\
component users {
  load = 10k req/s
  capacity = 100k req/s
}
component cache {
  capacity = 100k req/s
  hit_rate = 90%
  cold_hit_rate = 0%
}
component db {
  capacity = 2k req/s
}
flow reads {
  users -> cache * 95%
  cache -> db * misses
}
flow writes {
  users -> db * 5%
}
"""


def test_hit_rate_applies_to_the_flow_that_reads():
    # Reads: 95% of 10k = 9,500 into the cache, 10% of them miss: 950 into db; writes go
    # straight in: 5% of 10k = 500. db: 1,450 req/s; cold, the reads all miss: 9,500 + 500.
    c = by_name(run(SHARED_SOURCE))
    assert c["db"].load.magnitude == 1450
    assert {k: q.magnitude for k, q in c["db"].loads.items()} == {"reads": 950, "writes": 500}
    assert c["db"].cold_load == pytest.approx(10_000)
    # A source starts each of its flows with all of its load; the edges split it.
    assert {k: q.magnitude for k, q in c["users"].loads.items()} == {"reads": 10_000, "writes": 10_000}


def test_a_queue_drains_at_the_rate_of_each_flow_s_consumers():
    # The queue takes 100 msg/s of flow a and 300 of flow b (averages); a's messages cost
    # the worker 1 request each, b's none (b goes on to `archive` instead). The worker
    # serves 200 req/s: one message costs 0.25 × 1 + 0.75 × 0 = 0.25 requests, so the
    # queue drains 200 / 0.25 = 800 msg/s.
    text = """\
component pa {
  load = 100 req/s
  capacity = 1k req/s
}
component pb {
  load = 300 req/s
  capacity = 1k req/s
}
component q {
  kind = queue
}
component worker {
  capacity = 200 req/s
  instances = 1
  redundancy = 0
}
component archive {
  capacity = 1k req/s
}
flow a {
  pa -> q -> worker
}
flow b {
  pb -> q -> archive
}
"""
    q = by_name(run(text))["q"]
    assert q.kind_model.drain_rate == 800


# --- errors and warnings --------------------------------------------------------------------------

def test_a_flow_that_reaches_nothing_bote_sizes_is_a_warning():
    # Flow side puts messages on the queue, but the queue's consumer edge belongs to flow
    # main: side's own chain reaches only clients and a queue without a capacity, so bote
    # sizes nothing for its traffic. Flow main reaches the worker: no warning for it.
    text = ("component a {\n  kind = clients\n  count = 10\n  rate = 1 per s\n}\n"
            "component b {\n  kind = clients\n  count = 10\n  rate = 1 per s\n}\n"
            "component q {\n  kind = queue\n}\n"
            "component w {\n  capacity = 100 req/s\n}\n"
            "flow main {\n  a -> q -> w\n}\nflow side {\n  b -> q\n}\n")
    [warning] = [r for r in run(text).risks if r.kind == "unsized-flow"]
    assert (warning.severity, warning.span.line, warning.span.column) == ("warning", 20, 6)
    assert warning.message == "flow side reaches no component with a capacity (b, q): bote sizes nothing for its traffic"
    fixed = text.replace("  b -> q\n", "  b -> q -> w\n")
    assert not [r for r in run(fixed).risks if r.kind == "unsized-flow"]


def test_duplicate_and_unstarted_flows_are_errors_at_their_names():
    [d] = error_of("component a {\n  load = 1 req/s\n  capacity = 10 req/s\n}\n"
                   "component b {\n  capacity = 10 req/s\n}\n"
                   "flow x {\n  a -> b\n}\nflow x {\n  a -> b\n}\n")
    assert (d.kind, d.span.line, d.span.column, d.message) == (
        "duplicate", 11, 6, "flow `x` is already defined on line 8")
    [d] = error_of("component a {\n  load = 1 req/s\n  capacity = 10 req/s\n}\n"
                   "component b {\n  capacity = 10 req/s\n}\ncomponent c {\n  capacity = 10 req/s\n}\n"
                   "flow x {\n  a -> b\n}\nflow y {\n  b -> c\n}\n")
    assert (d.kind, d.span.line, d.span.column) == ("flow", 15, 3)
    assert d.message == "b carries no y traffic: it is fed by `x`, and no edge of flow y reaches it"


def test_one_edge_in_two_flows_is_two_edges():
    # a -> b in flow x (× 1) and in flow y (× 2): b gets 10 + 20 = 30 req/s; the same
    # edge twice in one flow stays an error.
    text = ("component a {\n  load = 10 req/s\n  capacity = 100 req/s\n}\n"
            "component b {\n  capacity = 100 req/s\n}\n"
            "flow x {\n  a -> b\n}\nflow y {\n  a -> b * 2\n}\n")
    assert by_name(run(text))["b"].load.magnitude == 30


def test_a_variant_s_flow_replaces_that_flow_only():
    # The variant batches the maps calls (one per ride, not two): maps 1,000 req/s; the
    # pings flow stays, so the locations store keeps its 50,000.
    text = RIDES + "variant one_call {\n  flow rides {\n    riders -> gateway -> dispatch -> maps\n  }\n}\n"
    from bote.language.overrides import Overrides
    from bote.language.parse import parse
    from bote.model.evaluation import evaluate_program
    report = evaluate_program(parse(text, "r.bote"), overrides=Overrides((), "one_call"))
    c = by_name(report)
    assert c["maps"].load.magnitude == 1000 and c["locations"].load.magnitude == 50_000


def test_check_json_carries_the_parts():
    out = subprocess.run([sys.executable, "-m", "bote", "check", "--format", "json",
                          str(ROOT / "examples" / "ride-sharing.bote")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    gateway = json.loads(out.stdout)["files"][0]["components"]["gateway"]
    assert gateway["loads"]["pings"]["magnitude"] == 50_000
