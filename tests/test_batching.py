"""Batching (issue 14 §5): `a -> b batch 100`, the caller's `batch` and
`batch_timeout` properties. Each figure is worked by hand in its test."""
from __future__ import annotations

import json
from fractions import Fraction

import pytest
from click.testing import CliRunner
from conftest import run

from bote.cli import main
from bote.model import batching

SERVERS = """
component api {
  capacity = 1k req/s
  load = 10k req/s
}
component db {
  service_time = 10 ms
  workers = 4
}
"""


def components(text):
    return {c.name: c for c in run(text).components}


# ---- the model, as pure functions ------------------------------------------------------

def test_a_full_batch_is_its_size():
    assert batching.batch_size(Fraction(100), Fraction(1000), None) == 100


def test_a_timeout_sends_a_batch_before_it_fills():
    # 1,000 req/s for 50 ms: 50 arrive, fewer than 100.
    assert batching.batch_size(Fraction(100), Fraction(1000), Fraction(1, 20)) == 50
    # 5 req/s for 50 ms is a quarter of a request: each leaves alone.
    assert batching.batch_size(Fraction(100), Fraction(5), Fraction(1, 20)) == 1


def test_the_wait_is_the_fill_time_at_most_the_timeout():
    assert batching.fill_time(Fraction(100), Fraction(1000)) == Fraction(1, 10)
    assert batching.fill_time(Fraction(50), Fraction(1000), Fraction(1, 20)) == Fraction(1, 20)
    # alone at a trickle: 1 / 5 s = 200 ms to "fill", the timeout sends it at 50 ms
    assert batching.fill_time(Fraction(1), Fraction(5), Fraction(1, 20)) == Fraction(1, 20)
    assert batching.fill_time(Fraction(100), Fraction(0)) == 0


def test_samples_batch_one_scenario_at_a_time():
    np = pytest.importorskip("numpy")
    sizes = batching.batch_size(Fraction(100), np.array([1000.0, 5000.0, 1.0]), Fraction(1, 20))
    assert list(sizes) == [50.0, 100.0, 1.0]


# ---- in a flow ------------------------------------------------------------------------

def test_an_edge_batch_divides_the_callee_s_rate():
    # 10k req/s × 2 queries each = 20k, in hundreds: 200 req/s.
    c = components(SERVERS + "flow {\n  api -> db * 2 batch 100\n}\n")
    assert c["db"].load.magnitude == 200


def test_the_caller_s_batch_property_applies_to_its_edges_and_an_edge_s_own_wins():
    text = SERVERS.replace("load = 10k req/s", "load = 10k req/s\n  batch = 50") + \
        "component log {\n  capacity = 1k req/s\n}\nflow {\n  api -> db\n  api -> log batch 1000\n}\n"
    c = components(text)
    assert (c["db"].load.magnitude, c["log"].load.magnitude) == (200, 10)   # 10k / 50, 10k / 1000


def test_a_batch_timeout_caps_the_batch_and_the_callee_gets_one_request_per_timeout():
    # 10k req/s × 20 ms = 200 per batch (< 500): 10k / 200 = 50 req/s = 1 / 20 ms.
    text = SERVERS.replace("load = 10k req/s", "load = 10k req/s\n  batch = 500\n  batch_timeout = 20 ms") + \
        "flow {\n  api -> db\n}\n"
    assert components(text)["db"].load.magnitude == 50


def test_the_wait_for_a_batch_is_on_the_synchronous_path():
    # db: 200 req/s on 4 workers of 10 ms; a batch of 100 at 20k req/s fills in 5 ms.
    unbatched = run(SERVERS + "flow {\n  api -> db * 2\n}\n")
    batched = run(SERVERS + "flow {\n  api -> db * 2 batch 100\n}\n")
    path = {c.name: c.end_to_end for c in batched.components}["api"]
    db_alone = {c.name: c.end_to_end for c in batched.components}["db"]
    assert path == pytest.approx(float(db_alone) + 0.005)
    assert path > {c.name: c.end_to_end for c in unbatched.components}["api"] - 0.001


def test_batch_is_a_name_everywhere_but_after_an_edge():
    """A component, a binding and a unit may be called `batch`."""
    c = components("unit batch\nper_job = 3 batch\n" + SERVERS +
                   "component batch {\n  capacity = 100 req/s\n}\nflow {\n  api -> batch batch 10\n}\n")
    assert c["batch"].load.magnitude == 1000


def test_json_and_the_graph_show_the_edge_s_load_and_batch(tmp_path):
    path = tmp_path / "b.bote"
    path.write_text(SERVERS + "flow {\n  api -> db * 2 batch 100\n}\n", encoding="utf-8")
    out = json.loads(CliRunner().invoke(main, ["check", str(path), "--format", "json"]).stdout)
    (edge,) = out["files"][0]["edges"]
    assert (edge["source"], edge["target"], edge["multiplier"], edge["batch"]) == ("api", "db", 2.0, 100.0)
    assert edge["load"] == {"magnitude": 200.0, "unit": "request / second"}
    graph = CliRunner().invoke(main, ["graph", str(path)]).stdout
    assert '-->|"x2 batch 100"| db' in graph


def test_explain_divides_by_the_batch():
    from bote.api import evaluate
    report = evaluate(SERVERS.replace("load = 10k req/s", "load = 10k req/s\n  batch = 500\n  batch_timeout = 20 ms")
                      + "flow {\n  api -> db\n}\n", "b.bote")
    figure = report.files[0].figures["db.load"]
    assert figure.equation == "api.load / max(1, min(api.batch, api.load * api.batch_timeout))"
    assert set(figure.inputs) >= {"api.load", "api.batch", "api.batch_timeout"}


def test_a_cold_cache_sends_its_misses_in_batches_too():
    """10k req/s into a cache answering 90%: 1k misses a second, 100 in
    batches of 10. Cold (hit rate 0%), all 10k miss: 1k batches a second,
    not 10k, and 1k fits db's 4 workers / 2 ms x 70% x 2 instances."""
    text = ("component api {\n  capacity = 20k req/s\n  load = 10k req/s\n}\n"
            "component cache {\n  kind = cache\n  capacity = 50k req/s\n  hit_rate = 90%\n}\n"
            "component db {\n  service_time = 2 ms\n  workers = 4\n}\n"
            "flow {\n  api -> cache\n  cache -> db * misses batch 10\n}\n")
    c = components(text)
    assert c["db"].load.magnitude == 100
    assert c["db"].cold_load == pytest.approx(1000)


BYTES = """
component api {
  load = 10k req/s
  capacity = 1k req/s
}
component events {
  kind = queue
  burst = 10 min
  drain_within = 1 h
  message_size = 1 KB
}
component worker {
  capacity = 5 req/s
  instances = 10
}
component cdn {
  capacity = 1k req/s
  response_size = 10 KB
  egress_price = $0.09 per GB
}
flow {
  api -> events batch 100 -> worker
  api -> cdn batch 10
}
held = events.bytes_held -> GB
egress = cdn.egress_cost
"""


def test_a_batched_message_holds_the_bytes_of_every_message_in_it():
    # 10k/s in batches of 100: 100 messages/s, drained at 10 x 5 = 50/s: a 10-minute
    # burst leaves (100 - 50) x 600 = 30k messages, each 100 x 1 KB: 3 GB.
    r = run(BYTES)
    assert {v.name: v.quantity.magnitude for v in r.values}["held"] == 3 * 10 ** 9


def test_a_batched_request_s_response_is_every_item_s():
    # 10k items/s in batches of 10: 1k requests/s, each answering 10 x 10 KB, so the
    # bytes sent are those of 10k items: 10k x 10 KB = 100 MB/s x $0.09 per GB.
    egress = {v.name: v.quantity for v in run(BYTES).values}["egress"]
    per_second = Fraction(10_000 * 10_000) * Fraction(9, 100) / 10 ** 9
    assert egress.magnitude == per_second
