"""Database locks: the writes on the busiest row, its lock's utilization and
the mean wait for it (docs/language.md, "Database locks";
`bote.model.locks`).

Every figure below is worked out by hand in the comment above it.
"""
import json
import math
from fractions import Fraction as F

import numpy as np
import pytest
from conftest import error_of, run

from bote.model import locks
from bote.render.json import file_json

# --- the formulas, on hand-worked vectors ---------------------------------------------------

def test_hot_row_writes_is_load_times_write_share_times_hot_key_share():
    # 2,000 req/s, half of them writes, 20% of those on one row: 2,000 x 0.5 x 0.2 = 200/s.
    assert locks.hot_row_writes(F(2000), F(1, 2), F(1, 5)) == 200
    assert locks.hot_row_writes(F(2000), F(1, 2), None) is None


def test_lock_utilization_is_writes_times_lock_time():
    # 200 writes/s x 4 ms = 0.8: the row is locked 80% of the time.
    assert locks.lock_utilization(F(200), F(4, 1000)) == F(4, 5)
    assert locks.lock_utilization(None, F(4, 1000)) is None


def test_lock_wait_is_m_m_1_on_the_row():
    # M/M/1: Wq = rho / (1 - rho) x the mean holding time.
    # rho = 0.8, 4 ms: 0.8 / 0.2 x 4 ms = 16 ms, exactly.
    assert locks.lock_wait(F(4, 5), F(4, 1000)) == F(16, 1000)
    # rho = 0.5, 5 ms: 1 x 5 ms = 5 ms.
    assert locks.lock_wait(F(1, 2), F(5, 1000)) == F(5, 1000)
    # rho = 1 and beyond: the writes queue without bound.
    assert locks.lock_wait(F(1), F(5, 1000)) == math.inf
    assert locks.lock_wait(F(3, 2), F(5, 1000)) == math.inf


def test_lock_wait_with_samples_is_elementwise():
    # rho 0.5 -> 5 ms; rho 0.75 -> 3 x 5 ms = 15 ms; rho 1.2 -> unbounded.
    got = locks.lock_wait(np.array([0.5, 0.75, 1.2]), F(5, 1000))
    assert got[0] == pytest.approx(0.005) and got[1] == pytest.approx(0.015) and math.isinf(got[2])


def test_the_mixed_write_share_is_load_weighted():
    # votes 1,000 req/s all writing, reads 9,000 req/s none: 1,000 / 10,000 = 10%.
    assert locks.mixed_write_share({"votes": F(1000), "reads": F(9000)},
                                   {"votes": F(1), "reads": F(0)}, F(10_000)) == F(1, 10)
    # 300 at 50% and 100 at 10%: (150 + 10) / 400 = 40%.
    assert locks.mixed_write_share({"a": F(300), "b": F(100)}, {"a": F(1, 2), "b": F(1, 10)}, F(400)) == F(2, 5)
    assert locks.mixed_write_share({"a": F(0)}, {"a": F(1)}, F(0)) == 0


def test_shards_needed_is_the_ceiling_of_rho_over_the_ceiling():
    # 86.8% / 70% = 1.24 -> 2; 833% / 70% = 11.9 -> 12; exactly 140% / 70% = 2, not 3.
    assert locks.shards_needed(F(125, 144), F(7, 10)) == 2
    assert locks.shards_needed(F(25, 3), F(7, 10)) == 12
    assert locks.shards_needed(F(7, 5), F(7, 10)) == 2
    assert locks.shards_needed(F(1, 10), F(7, 10)) == 1


# --- a hot-row counter, end to end -------------------------------------------------------------

COUNTER = """
component likes_db {
  kind = database
  load = 1k req/s
  capacity = 10k req/s
  write_share = 40%
  hot_key_share = 25%
  lock_time = 8 ms
}
hot = likes_db.hot_row_writes -> req/s
busy = likes_db.lock_utilization
wait = likes_db.lock_wait -> ms
"""


def values(report):
    return {v.name: v.quantity.magnitude for v in report.values}


def test_a_hot_row_counter_over_its_ceiling_warns():
    # 1,000 x 40% x 25% = 100 writes/s on the row; x 8 ms = 80% locked (above 70%);
    # wait 0.8 / 0.2 x 8 ms = 32 ms. Ten instances would not help: the row is on one.
    r = run(COUNTER)
    v = values(r)
    assert v["hot"] == 100 and v["busy"] == F(4, 5) and v["wait"] == F(32, 1000)
    (risk,) = [x for x in r.risks if x.kind == "lock-contention"]
    assert risk.severity == "warning" and risk.component == "likes_db"
    assert risk.span.line == 7                   # at hot_key_share
    # ceil(80% / 70%) = 2 rows.
    assert risk.figures["shards"] == 2 and "2 rows" in risk.remedy
    assert "batch the writes" in risk.remedy and "cache" in risk.remedy


def test_a_hot_row_at_full_lock_is_an_error():
    # 100 writes/s x 10 ms = exactly 100%: an M/M/1 queue at rho = 1 never drains.
    r = run(COUNTER.replace("lock_time = 8 ms", "lock_time = 10 ms"))
    assert values(r)["busy"] == 1 and values(r)["wait"] == math.inf
    (risk,) = [x for x in r.risks if x.kind == "lock-contention"]
    assert risk.severity == "error" and "without bound" in risk.message


def test_a_cool_row_has_no_risk():
    # 1,000 x 40% x 1% = 4 writes/s x 8 ms = 3.2%.
    r = run(COUNTER.replace("hot_key_share = 25%", "hot_key_share = 1%"))
    assert values(r)["busy"] == F(32, 1000)
    assert not [x for x in r.risks if x.kind == "lock-contention"]


def test_without_write_share_every_request_writes():
    # 1,000 x 100% x 25% = 250 writes/s.
    r = run(COUNTER.replace("  write_share = 40%\n", ""))
    assert values(r)["hot"] == 250


def test_the_figures_are_asserted_and_in_the_json():
    r = run(COUNTER + "assert likes_db.lock_wait < 40 ms\nassert likes_db.hot_row_writes == 100 req/s\n")
    assert all(a.passed for a in r.asserts)
    data = json.loads(json.dumps(file_json(r)))
    kinds = [x["kind"] for x in data["risks"]]
    assert "lock-contention" in kinds


def test_a_lock_figure_without_the_lock_model_is_an_error():
    (d,) = error_of("component db {\n  capacity = 1k req/s\n}\nw = db.lock_wait\n")
    assert "needs `hot_key_share` and `lock_time`" in d.message and d.span.line == 4


def test_lock_time_needs_hot_key_share():
    (d,) = error_of("component db {\n  capacity = 1k req/s\n  lock_time = 5 ms\n}\n")
    assert d.kind == "property" and "`lock_time` on db needs `hot_key_share`" in d.message


# --- write_share by flow -----------------------------------------------------------------------

FLOWS = """
component voters {
  kind = clients
  count = 60k
  rate = 1 per minute
}
component readers {
  kind = clients
  count = 540k
  rate = 1 per minute
}
component posts_db {
  kind = database
  capacity = 5k req/s
  WRITES
  hot_key_share = 10%
  lock_time = 5 ms
}
flow votes { voters -> posts_db }
flow reads { readers -> posts_db }
hot = posts_db.hot_row_writes -> req/s
"""


def test_write_share_by_flow_is_the_load_weighted_mix():
    # votes 1k/s write, reads 9k/s (the other flow takes 0%): 10% of 10k = 1k writes/s,
    # 10% of them on the row: 100/s.
    assert values(run(FLOWS.replace("WRITES", "write_share[votes] = 100%")))["hot"] == 100


def test_a_flow_without_its_own_share_takes_the_component_s():
    # votes 1k at 100%, reads 9k at the component's 20%: 1k + 1.8k = 2.8k writes, 280 on the row.
    text = FLOWS.replace("WRITES", "write_share[votes] = 100%\n  write_share = 20%")
    assert values(run(text))["hot"] == 280


def test_write_share_set_inside_a_flow():
    # Same as the property: 100 writes/s on the row.
    text = FLOWS.replace("WRITES", "").replace("flow votes { voters -> posts_db }",
                                               "flow votes { voters -> posts_db { write_share = 100% } }")
    assert values(run(text))["hot"] == 100


def test_a_database_with_flows_and_no_write_share_writes_everything():
    # 10k x 100% x 10% = 1k writes/s.
    assert values(run(FLOWS.replace("WRITES", "")))["hot"] == 1000


def test_a_write_share_outside_0_to_100_percent_is_an_error():
    (d,) = error_of(FLOWS.replace("WRITES", "write_share = 120%"))
    assert d.kind == "value" and d.span.line == 15


def test_lock_contention_with_ranges_has_a_probability():
    # hot_key_share 5% to 15%: rho = 1k x 40% x share x 8 ms = 3.2 x share, 16% to 48%,
    # never above 70%; with 20% to 30% it is 64% to 96%: a warning in most samples.
    r = run(COUNTER.replace("hot_key_share = 25%", "hot_key_share = 20% to 30%"))
    (risk,) = [x for x in r.risks if x.kind == "lock-contention"]
    assert 0 < risk.probability < 1


@pytest.mark.parametrize("fmt", ["table", "json", "github", "sarif", "junit"])
def test_lock_contention_shows_in_every_output_format(fmt):
    # The discussion board's vote counter: 86.8% locked, a warning (tests/test_examples.py).
    from click.testing import CliRunner
    from conftest import ROOT

    from bote.cli import main
    out = CliRunner().invoke(main, ["check", str(ROOT / "examples" / "discussion-board.bote"), "--format", fmt]).output
    assert "lock-contention" in out
    if fmt == "sarif":
        rules = json.loads(out)["runs"][0]["tool"]["driver"]["rules"]
        (rule,) = [r for r in rules if r["id"] == "lock-contention"]
        assert "shard the hot key" in rule["help"]["text"]
