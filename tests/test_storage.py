"""Storage: headroom (`max_fill`), retention and replication
(docs/language.md, "Storage: headroom, retention, replication";
`bote.model.storage`).

Every figure below is worked out by hand in the comment above it.
"""
import math
from fractions import Fraction as F

from conftest import error_of, run

from bote.model import storage

TB, GB, DAY = F(10**12), F(10**9), F(86_400)


# --- the formulas, on hand-worked vectors ---------------------------------------------------

def test_data_stored_counts_every_copy():
    # 10 TB x 3 replicas = 30 TB.
    assert storage.data_stored(10 * TB, 3) == 30 * TB
    assert storage.data_stored(None, 3) is None


def test_data_kept_with_retention_is_the_steady_state():
    # 500 GB a day kept 30 days, 3 copies: 500 GB x 30 x 3 = 45 TB.
    assert storage.data_kept(None, 500 * GB / DAY, 30 * DAY, 3) == 45 * TB
    # 20 TB stored today is more than the 15 TB steady state: kept until it expires.
    assert storage.data_kept(20 * TB, 500 * GB / DAY, 30 * DAY, 1) == 20 * TB
    # without retention: what is stored
    assert storage.data_kept(20 * TB, 500 * GB / DAY, None, 2) == 40 * TB


def test_needed_for_storage_fills_each_disk_to_max_fill():
    # 45 TB over 4 TB x 70% = 2.8 TB: 16.07 -> 17.
    assert storage.needed_for_storage(45 * TB, storage.usable(4 * TB, F(7, 10))) == 17
    # 32 TB over 4 TB x 80% = 3.2 TB: exactly 10, not 11.
    assert storage.needed_for_storage(32 * TB, storage.usable(4 * TB, F(4, 5))) == 10


def test_time_until_full_is_to_max_fill():
    # 2 x 4 TB x 80% = 6.4 TB, 5 TB stored, 20 GB a day: 1,400 GB / 20 GB = 70 days.
    days = storage.time_until_full(8 * TB, F(4, 5), 5 * TB, 5 * TB, 20 * GB / DAY, None, 1) / DAY
    assert days == 70
    # 3 copies grow 3 times as fast: 6.4 TB - 3 TB = 3.4 TB at 60 GB a day = 56.7 days.
    days = storage.time_until_full(8 * TB, F(4, 5), 3 * TB, 3 * TB, 20 * GB / DAY, None, 3) / DAY
    assert math.isclose(days, 3400 / 60)


def test_with_retention_a_steady_state_that_fits_never_fills():
    # 45 TB kept; 17 x 2.8 TB = 47.6 TB usable: never full.
    assert storage.time_until_full(17 * 4 * TB, F(7, 10), None, 45 * TB, 500 * GB / DAY, 30 * DAY, 3) is None
    # 16 x 2.8 TB = 44.8 TB < 45 TB: full in 44.8 TB / 1.5 TB a day = 29.87 days.
    days = storage.time_until_full(16 * 4 * TB, F(7, 10), None, 45 * TB, 500 * GB / DAY, 30 * DAY, 3) / DAY
    assert math.isclose(days, 44.8 / 1.5)


# --- storage with retention and max_fill, end to end -----------------------------------------

EVENTS = """
component events {
  load = 2k req/s
  capacity = 1k req/s
  storage = 4 TB
  data_growth = 500 GB/day
  retention = 30 days
  replication = 3
  max_fill = 70%
}
kept = events.data_kept -> TB
"""


def test_retention_and_max_fill_size_the_storage():
    # kept 45 TB over 2.8 TB usable: 17, + 1; the load needs ceil(2k / 700) = 3.
    r = run(EVENTS)
    (c,) = r.components
    assert (c.sizing.needed_for_storage, c.sizing.needed_for_load, c.sizing.instances) == (17, 3, 18)
    assert c.sizing.limited_by == "storage"
    assert r.values[0].quantity.magnitude == 45 * TB
    assert r.risks == []


def test_a_steady_state_that_does_not_fit_warns_when_it_fills():
    # 16 instances: 44.8 TB usable < 45 TB kept: reaches max_fill in 29.9 days.
    r = run(EVENTS.replace("  storage = 4 TB", "  instances = 16\n  storage = 4 TB"))
    (risk,) = [x for x in r.risks if x.kind == "storage"]
    assert risk.severity == "warning"
    assert math.isclose(risk.figures["time_until_full"] / float(DAY), 44.8 / 1.5)
    assert "70% max_fill" in risk.message and "retention keeps 45 TB" in risk.message


def test_data_past_max_fill_warns_and_past_the_disk_errs():
    base = "component db {\n  capacity = 1k req/s\n  instances = 2\n  storage = 10 TB\n  data = DATA\n}\n"
    # 17 TB on 20 TB: 85%, past 80%: a warning.
    (risk,) = [x for x in run(base.replace("DATA", "17 TB")).risks if x.kind == "storage"]
    assert risk.severity == "warning" and "85%" in risk.message
    # 15 TB: 75%, no risk.
    assert not [x for x in run(base.replace("DATA", "15 TB")).risks if x.kind == "storage"]
    # 7 TB x 3 copies = 21 TB on 20 TB: does not fit.
    text = base.replace("DATA", "7 TB\n  replication = 3")
    (risk,) = [x for x in run(text).risks if x.kind == "storage"]
    assert risk.severity == "error" and "3 copies" in risk.message


def test_storage_cost_counts_every_copy():
    # 10 TB x 3 x $0.02 per GB per month = $600 a month.
    text = ("component db {\n  capacity = 1k req/s\n  storage = 10 TB\n  data = 10 TB\n  replication = 3\n"
            "  storage_price = $0.02 per GB per month\n}\nc = db.storage_cost -> USD/month\n")
    month = F(36525, 1200) * DAY                          # a twelfth of 365.25 days
    assert run(text).values[0].quantity.magnitude == 600 / month


def test_retention_needs_data_growth():
    (d,) = error_of("component db {\n  capacity = 1k req/s\n  storage = 1 TB\n  retention = 30 days\n}\n")
    assert d.kind == "property" and "`retention` on db needs `data_growth`" in d.message and d.span.line == 4


def test_replication_is_a_whole_number_of_at_least_one():
    base = "component db {\n  capacity = 1k req/s\n  replication = R\n}\n"
    for bad in ("0", "2.5"):
        (d,) = error_of(base.replace("R", bad))
        assert d.kind == "value" and d.span.line == 3
