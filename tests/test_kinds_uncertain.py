"""Component kinds with ranges (issues 5 and 6 together): a queue's
consumers are sized for a percentile of the average rate, and the queue's
backlog, drain time and risks, a third party's rate limit and the
synchronous path are worked out scenario by scenario.  Every expected
figure is recomputed here with numpy from the samples bote drew."""
from __future__ import annotations

import math

import numpy as np
import pytest

import bote

QUEUE = """\
component phones {
  kind = clients
  count = 1M to 3M
  rate = 30 per hour
  peak_factor = 3
}
component api {
  capacity = 1k req/s
}
component jobs {
  kind = queue
  burst = 15 min
  drain_within = 30 min
  message_size = 4 KB
}
component worker {
  capacity = 200 req/s
}
flow {
  phones -> api -> jobs -> worker
}
"""


def evaluate(text: str):
    return bote.evaluate(text, "kinds.bote")


def test_consumers_are_sized_for_the_95th_percentile_of_the_average():
    r = evaluate(QUEUE)
    count = r.files[0].components[0].kind_model.average / (30 / 3600)   # the sampled client counts
    average = count * 30 / 3600
    worker = r.components["worker"]
    assert np.allclose(worker.load.magnitude, average)           # the queue passes on the average
    needed = np.ceil(average / (200 * 0.7) * (1 - 1e-12))
    assert (worker.sizing.needed_for_load == needed).all()
    assert worker.sizing.instances == int(np.quantile(needed, 0.95, method="inverted_cdf")) + 1
    # the api in front of the queue takes the peak
    assert np.allclose(r.components["api"].load.magnitude, 3 * average)


def test_queue_backlog_and_drain_time_per_scenario():
    r = evaluate(QUEUE)
    m = r.components["jobs"].kind_model
    average, peak = m.average, m.load
    drain = r.components["worker"].sizing.instances * 200        # one consumer group, flat out
    assert m.drain_rate == drain
    backlog = np.maximum(0, peak - drain) * 900
    assert np.allclose(m.backlog, backlog)
    with np.errstate(divide="ignore"):
        time = np.where(backlog == 0, 0, np.where(drain > average, backlog / (drain - average), np.inf))
    assert np.allclose(m.drain_time, time)
    assert np.allclose(m.bytes_held, backlog * 4000)
    slow = [x for x in r.components["jobs"].risks if x.kind == "slow-drain"]
    share = np.mean((time > 1800) & (average <= drain))
    if share:
        assert slow and slow[0].probability == pytest.approx(share)
    else:
        assert not slow


def test_a_queue_that_cannot_keep_up_grows_in_some_scenarios():
    text = QUEUE.replace("  capacity = 200 req/s\n}", "  capacity = 200 req/s\n  instances = 60\n}")
    r = evaluate(text)
    m = r.components["jobs"].kind_model
    grows = m.average > 60 * 200
    [risk] = [x for x in r.components["jobs"].risks if x.kind == "backlog"]
    assert risk.probability == pytest.approx(np.mean(grows))
    assert risk.severity == ("error" if np.mean(grows) > 0.05 else "note")
    assert np.allclose(m.growth, np.maximum(0, m.average - 12_000))


def test_third_party_rate_limit_probability():
    text = """\
component checkout {
  load = 300 to 900 req/s
  capacity = 2k req/s
}
component bank {
  kind = third_party
  rate_limit = 700 req/s
  latency = 200 ms to 400 ms
}
flow {
  checkout -> bank
}
"""
    r = evaluate(text)
    load = r.components["checkout"].load.magnitude
    [risk] = r.components["bank"].risks
    assert risk.kind == "rate-limit" and risk.severity == "error"
    assert risk.probability == pytest.approx(np.mean(load > 700))
    assert risk.sensitivity[0][0] == "checkout.load"
    # the synchronous path from checkout: 0 of its own (only a capacity) + the bank's latency
    assert np.allclose(r.components["checkout"].end_to_end, r.components["bank"].kind_model.latency)


def test_kinds_with_ranges_print_in_every_format(tmp_path):
    from click.testing import CliRunner

    from bote.cli import main
    path = tmp_path / "kinds.bote"
    path.write_text(QUEUE, encoding="utf-8")
    for fmt in ("table", "json", "markdown", "github", "sarif", "junit"):
        result = CliRunner().invoke(main, ["check", str(path), "--format", fmt])
        assert result.exit_code in (0, 1), (fmt, result.output)
        assert "could not" not in result.output and "Traceback" not in result.output
    table = CliRunner().invoke(main, ["check", str(path)]).output
    m = evaluate(QUEUE).components["jobs"].kind_model
    p5, p50, p95 = np.quantile(m.average, [0.05, 0.5, 0.95])
    assert "queue" in table and " msg/s" in table
    graph = CliRunner().invoke(main, ["graph", str(path)])
    assert graph.exit_code == 0 and "jobs" in graph.output
    import json
    doc = json.loads(CliRunner().invoke(main, ["check", str(path), "--format", "json"]).output)
    queue = doc["files"][0]["components"]["jobs"]["message_queue"]
    assert queue["average_in"]["p50"] == pytest.approx(p50)
    assert queue["average_in"]["p5"] == pytest.approx(p5) and queue["average_in"]["p95"] == pytest.approx(p95)
    assert not math.isnan(queue["peak_in"]["mean"])
