"""The breaking point: by how much today's traffic can be multiplied, at the
instances provisioned, before each component first fails, and how; worked
by hand (closed forms for M/M/1 where the model is not linear)."""
from __future__ import annotations

import json
import math
from fractions import Fraction

import pytest
from click.testing import CliRunner

import bote
from bote.cli import main
from bote.model import queues


def evaluate(text: str):
    return bote.evaluate(text, "h.bote")


def test_utilization_reaching_100_percent_is_exact():
    r = evaluate("component search {\n  load = 208 req/s\n  capacity = 100 req/s\n  instances = 2\n}\n"
                 "component db {\n  load = 1k req/s\n  capacity = 3k req/s\n  scaling = single\n}\n")
    # 100 × 2 / 208 = 25/26; a single primary serves alone: 3k / 1k = 3.
    assert r.components["search"].headroom.multiplier == Fraction(25, 26)
    assert r.components["db"].headroom.multiplier == 3
    assert r.components["db"].headroom.fails_by == "overloaded"


def test_the_latency_goal_of_an_m_m_1_queue():
    # M/M/1: the response time is Exp(μ − λ), so p99 = ln(100) / (μ − λ). With
    # μ = 100/s and a 100 ms target, λ* = 100 − ln(100) / 0.1 = 53.95/s: from
    # 20 req/s, m* = 2.6974.
    r = evaluate("component api {\n  load = 20 req/s\n  service_time = 10 ms\n  workers = 1\n  instances = 1\n"
                 "  latency_target = 100 ms\n}\n")
    h = r.components["api"].headroom
    exact = (100 - math.log(100) / 0.1) / 20
    assert h.fails_by == "latency"
    assert exact * (1 - 0.001) <= h.multiplier <= exact   # to 0.1%, rounded down
    assert [limit.fails_by for limit in h.limits] == ["unstable", "latency"]


def test_the_connections_the_requests_in_flight_need():
    # M/M/1 in flight: L = λ / (μ − λ); 4 connections are full at λ = 80/s: from 20 req/s, m* = 4.
    r = evaluate("component api {\n  load = 20 req/s\n  service_time = 10 ms\n  workers = 1\n  instances = 1\n"
                 "  max_connections = 4\n}\n")
    h = r.components["api"].headroom
    assert h.fails_by == "connections" and 4 * (1 - 0.001) <= h.multiplier <= 4


def test_a_third_party_s_rate_limit():
    r = evaluate("component app {\n  load = 40 req/s\n  capacity = 100 req/s\n}\n"
                 "component maps {\n  kind = third_party\n  rate_limit = 100 req/s\n}\nflow {\n  app -> maps\n}\n")
    h = r.components["maps"].headroom
    assert (h.multiplier, h.fails_by) == (Fraction(5, 2), "rate-limit")


QUEUE = """\
component users {
  kind = clients
  count = 1M
  rate = 36 per hour
  peak_factor = 3
}
component bus {
  kind = queue
  burst = 10 min
  drain_within = 30 min
}
component worker {
  capacity = 100 req/s
  instances = 40
}
flow {
  users -> bus -> worker
}
"""


def test_a_queue_s_backlog_takes_drain_within_to_clear_at_the_slow_drain_multiplier():
    # 1M × 36/h = 10k/s on average, 30k/s at the peak; 40 × 100 = 4k/s drain.
    r = evaluate(QUEUE)
    bus = r.components["bus"].headroom
    # The queue grows for ever past 4k / 10k = 0.4; but a burst's backlog already
    # takes 30 min to clear at m = 4k (600 + 1800) / (30k × 600 + 1800 × 10k) = 4/15.
    limits = {limit.fails_by: limit.multiplier for limit in bus.limits}
    assert limits["backlog"] == Fraction(2, 5)
    assert limits["slow-drain"] == Fraction(4, 15)
    assert (bus.fails_by, bus.multiplier) == ("slow-drain", Fraction(4, 15))
    m = limits["slow-drain"]
    backlog = queues.backlog(30_000 * m, 4000, 600)
    assert queues.drain_time(backlog, 4000, 10_000 * m) == 1800   # exactly drain_within
    # The worker is fed the queue's average: 10k/s on 4k of capacity.
    assert r.components["worker"].headroom.multiplier == Fraction(2, 5)


def test_with_ranges_each_scenario_has_its_own_multiplier():
    r = evaluate("component api {\n  load = 1k to 4k req/s\n  capacity = 100 req/s\n  instances = 50\n}\n")
    h = r.components["api"].headroom
    load = r.components["api"].load.magnitude
    import numpy as np
    assert np.allclose(h.multiplier, 5000 / load)


def test_headroom_reads_in_asserts():
    r = evaluate("component db {\n  load = 1k req/s\n  capacity = 3k req/s\n  scaling = single\n}\n"
                 "assert db.headroom > 2\nassert db.headroom < 3.01\n")
    assert all(a.passed for a in r.asserts)


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_the_report_names_the_component_that_breaks_first(tmp_path):
    path = tmp_path / "b.bote"
    path.write_text("component web {\n  load = 1k req/s\n  capacity = 500 req/s\n}\n"
                    "component db {\n  capacity = 1.5k req/s\n  scaling = single\n}\nflow {\n  web -> db\n}\n")
    code, out, _ = run("check", path)
    assert code == 0
    # web: 3 + 1 instances of 500: 2×; db: one primary of 1.5k: 1.5×, at 1.5k req/s entering.
    assert "breaks first at 1.5× today's traffic: db (scaling = single) overloaded at 1.5k req/s entering" in out
    f = json.loads(run("check", path, "--format", "json")[1])["files"][0]
    assert f["breaking_point"] == {"multiplier": 1.5, "component": "db", "fails_by": "overloaded",
                                   "entering": {"magnitude": 1500.0, "unit": "request / second"}}
    assert f["components"]["web"]["headroom"] == {"multiplier": 2.0, "fails_by": "overloaded"}


def test_a_component_broken_today_or_at_any_traffic_says_so(tmp_path):
    path = tmp_path / "b.bote"
    path.write_text("component search {\n  load = 208 req/s\n  capacity = 100 req/s\n  instances = 2\n}\n")
    # 200 / 208 = 0.9615: shown rounded down, 0.961×.
    assert "already broken at today's traffic: search overloaded at 200 req/s entering (0.961× of today's)" \
        in run("check", path)[1]
    path.write_text("component api {\n  load = 20 req/s\n  service_time = 100 ms\n  latency_target = 200 ms\n}\n")
    # The service time alone misses the target: -ln(1%) × 100 ms = 461 ms.
    assert "breaks at any traffic: api latency" in run("check", path)[1]


def test_the_tidal_wave_table(tmp_path):
    path = tmp_path / "t.bote"
    path.write_text("component web {\n  load = 1k req/s\n  capacity = 500 req/s\n}\n"
                    "component db {\n  capacity = 1.5k req/s\n  scaling = single\n}\nflow {\n  web -> db\n}\n")
    code, out, _ = run("check", path, "--tidal-wave")
    rows = {line.split()[0]: line.split()[1:] for line in out.split("the traffic multiplied")[1].splitlines()[4:]
            if line.strip()}
    assert rows == {"web": ["ok", "ok", "overloaded", "overloaded"], "db": ["ok", "overloaded", "overloaded",
                                                                          "overloaded"]}
    code, out, _ = run("check", path, "--tidal-wave", "1.4,1.6")
    assert code == 0 and "1.4×" in out and "1.6×" in out
    doc = json.loads(run("check", path, "--tidal-wave", "1.4,1.6", "--format", "json")[1])["files"][0]
    assert doc["tidal_wave"]["components"]["db"] == {"1.4": "ok", "1.6": "overloaded"}


def test_a_file_right_after_tidal_wave_is_a_file_not_its_multiples(tmp_path, monkeypatch):
    # The option's value is optional: `bote check --tidal-wave t.bote` is
    # what people write, and means the default multiples.
    path = tmp_path / "t.bote"
    path.write_text("component web {\n  load = 1k req/s\n  capacity = 500 req/s\n}\n")
    code, out, _ = run("check", "--no-cache", "--tidal-wave", path)
    assert code == 0 and out == run("check", "--no-cache", path, "--tidal-wave")[1]
    assert "web          ok    ok    overloaded  overloaded" in out   # 1×, 2×, 5×, 10×
    code, out, _ = run("check", "--no-cache", "--tidal-wave", path, path)
    assert code == 0 and out.count("the traffic multiplied") == 2
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check", "--tidal-wave", "missing.bote")
    assert code == 2 and "cannot read missing.bote" in err
    code, _, err = run("check", "--tidal-wave")
    assert code == 2 and "Missing argument 'FILES...'" in err


@pytest.mark.parametrize("value", ["0", "x", "1,,2", "1;2"])
def test_a_wrong_tidal_wave_is_an_error(tmp_path, value):
    path = tmp_path / "t.bote"
    path.write_text("component web {\n  load = 1k req/s\n  capacity = 500 req/s\n}\n")
    code, _, err = run("check", path, f"--tidal-wave={value}")
    assert code == 2 and "--tidal-wave takes multiples" in err


def test_a_single_primary_s_connections_count_against_the_one_that_serves():
    # M/M/1 at the primary: in flight λ / (μ − λ) passes 4 at λ = 80/s; from 40 req/s, 2×.
    r = evaluate("component api {\n  load = 40 req/s\n  service_time = 10 ms\n  workers = 1\n  instances = 2\n"
                 "  max_connections = 4\n  scaling = single\n}\n")
    h = r.components["api"].headroom
    assert h.fails_by == "connections" and 2 * (1 - 0.001) <= h.multiplier <= 2


def test_a_load_set_from_another_s_is_not_more_traffic_entering(tmp_path):
    path = tmp_path / "e.bote"
    path.write_text("component api {\n  load = 1k req/s\n  capacity = 500 req/s\n}\n"
                    "component db {\n  load = api.load * 50%\n  capacity = 500 req/s\n  instances = 1\n}\n")
    # db takes 500 of its 500 req/s: 1×, at the api's 1k req/s entering (not 1.5k).
    assert "breaks first at 1× today's traffic: db overloaded at 1k req/s entering" in run("check", path)[1]


def test_the_docs_quote_what_bote_prints():
    """docs/language.md, "Where it breaks", quotes the line for the system of
    "What it costs" (tests/test_cost.py) and a rounding."""
    from pathlib import Path

    from test_cost import SYSTEM

    from bote.language.format import multiplier_text
    from bote.render.figures import breaking_text
    doc = (Path(__file__).resolve().parent.parent / "docs" / "language.md").read_text(encoding="utf-8")
    section = " ".join(doc[doc.index("## Where it breaks"):doc.index("## What a remedy buys")].split())
    line = breaking_text(bote.evaluate(SYSTEM, "cost.bote").files[0])
    assert line == "breaks first at 1.47× today's traffic: api unstable at 18.8k req/s entering"
    assert line in section
    assert multiplier_text(1.4734) == "1.47×" and "(`1.4734` reads `1.47×`)" in section


def test_a_headroom_past_a_millionfold_is_no_limit_and_never_overflows(tmp_path):
    # 1e300 req/s of capacity for 1e-300 req/s: 2e600 times the traffic, past any float.
    path = tmp_path / "x.bote"
    path.write_text("component a {\n  capacity = 1e300 req/s\n  load = 1e-300 req/s\n  price = 1 USD/hour\n}\n")
    code, _out, err = run("check", path)
    assert code == 0 and "bug in bote" not in err
    assert evaluate(path.read_text()).components["a"].headroom is None
