"""The bundled examples, with their key figures worked out by hand.

Every figure below is computed here from the assumptions written in the
example's header, with plain `Fraction` arithmetic and no help from bote, then
compared exactly with what bote reports.  Magnitudes are in base units:
seconds, bytes, USD, and per second for rates (count labels such as `url` or
`photo` have the value 1).
"""
from __future__ import annotations

import json
import math
from fractions import Fraction
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

import bote
from bote.cli import main
from bote.language.format import quantity_text
from bote.language.quantity import is_sampled
from bote.model.capacity import at_percentile

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# ---- calendar and sizes, by hand ---------------------------------------------------
SECOND = 1
MINUTE = 60
HOUR = 3_600
DAY = 86_400
YEAR = Fraction(36525, 100) * DAY          # 365.25 days = 31,557,600 s
MONTH = YEAR / 12                          # 2,629,800 s = 30.4375 days
KB, MB, GB, TB, PB = 10**3, 10**6, 10**9, 10**12, 10**15
KiB, GiB = 2**10, 2**30
MAX_UTILIZATION = Fraction(7, 10)          # the default sizing ceiling


def ceil(x: Fraction) -> int:
    return math.ceil(Fraction(x))


@cache
def report(name: str):
    path = EXAMPLES / name
    return bote.evaluate(path.read_text(encoding="utf-8"), str(path)).files[0]


def value(name: str, binding: str) -> Fraction:
    return {v.name: v for v in report(name).values}[binding].quantity.magnitude


def shown(name: str, binding: str) -> str:
    """The text `bote check` prints for a binding."""
    r = report(name)
    v = {v.name: v for v in r.values}[binding]
    return quantity_text(v.quantity, r.units, v.fixed_unit)


def sizing(name: str, component: str):
    return {c.name: c for c in report(name).components}[component].sizing


def risks(name: str) -> list[tuple[str, str, str]]:
    return [(r.component, r.kind, r.severity) for r in report(name).risks]


def _median(x) -> float:
    """A figure as a number: itself, or the median of its samples."""
    if is_sampled(x):
        import numpy as np
        return float(np.median(x))
    return float(x)


def check_cli(name: str, *args: str):
    return CliRunner().invoke(main, ["check", str(EXAMPLES / name), *args])


def assert_all_asserts_pass(name: str, count: int) -> None:
    asserts = report(name).asserts
    assert len(asserts) == count
    failed = [a.text for a in asserts if not a.passed]
    assert failed == []


def assert_sized(name: str, component: str, *, load, capacity, needed, instances,
                 needed_for_load=None, needed_for_memory=0, needed_for_storage=0, utilization=None):
    s = sizing(name, component)
    assert s.load == load
    assert s.capacity == capacity
    assert s.needed == needed
    assert s.instances == instances
    if needed_for_load is not None:
        assert s.needed_for_load == needed_for_load
    assert s.needed_for_memory == needed_for_memory
    assert s.needed_for_storage == needed_for_storage
    if utilization is not None:
        assert s.utilization == utilization


# ---- url-shortener.bote --------------------------------------------------------------
URL = "url-shortener.bote"


def test_url_shortener_traffic_and_storage():
    writes = Fraction(100_000_000, DAY)                      # 1,157.4 req/s
    reads = 10 * writes                                      # 11,574 req/s
    assert value(URL, "writes") == writes
    assert value(URL, "reads") == reads
    assert shown(URL, "writes") == "1.16k req/s"
    assert shown(URL, "reads") == "11.6k req/s"

    # 100M a day for 5 years of 365.25 days: 182,625,000,000 records.
    records = 100_000_000 * 5 * Fraction(36525, 100)
    assert records == 182_625_000_000
    assert value(URL, "records") == records
    assert shown(URL, "records") == "183 billion url"
    # x 500 bytes = 91.3125 TB.
    assert value(URL, "storage_5y") == records * 500 == Fraction(913125, 10_000) * TB
    assert shown(URL, "storage_5y") == "91.3 TB"

    assert value(URL, "write_bandwidth") == writes * 500     # bytes/s: 579 KB/s
    assert shown(URL, "write_bandwidth") == "579 KB/s"
    assert value(URL, "read_bandwidth") == reads * 500       # x 8 bits = 46.3 Mbps
    assert shown(URL, "read_bandwidth") == "46.3 Mbps"

    # 20% of a day's 1B reads x 500 bytes = 100 GB.
    assert reads * DAY == 1_000_000_000
    assert value(URL, "cache_size") == Fraction(1_000_000_000) * Fraction(20, 100) * 500 == 100 * GB


def test_url_shortener_components():
    writes = Fraction(100_000_000, DAY)
    reads = 10 * writes
    # shorten: 4 cores / 5 ms = 800 req/s; ceil(1157.4 / 560) = ceil(2.07) = 3, + 1 spare.
    assert_sized(URL, "shorten", load=writes, capacity=800, needed=3, instances=4,
                 utilization=writes / (800 * 4))
    # redirect: 4 / 2 ms = 2,000 req/s; ceil(11,574 / 1,400) = ceil(8.27) = 9, + 1.
    assert_sized(URL, "redirect", load=reads, capacity=2_000, needed=9, instances=10,
                 utilization=reads / (2_000 * 10))
    # cache: 100 GB over 32 GiB nodes = 2.91 -> 3 (it would be 4 with 32 GB nodes).
    assert Fraction(100 * GB, 32 * GiB) < 3 < Fraction(100 * GB, 32 * GB)
    assert_sized(URL, "cache", load=reads, capacity=100_000, needed=3, instances=4,
                 needed_for_load=1, needed_for_memory=3)
    # store: every write plus the 20% of reads that miss the cache;
    # 3 x 91.3125 TB = 273.9375 TB over 8 TB disks filled to max_fill 80%
    # (6.4 TB each) = 42.8 -> 43, + 1.
    store_load = writes + reads * Fraction(20, 100)          # 3,472 req/s
    assert Fraction(2739375, 10000) / Fraction(64, 10) == Fraction(2739375, 64000)   # 42.80
    assert_sized(URL, "store", load=store_load, capacity=10_000, needed=43, instances=44,
                 needed_for_load=1, needed_for_storage=43, utilization=store_load / (10_000 * 44))
    assert sizing(URL, "store").limited_by == "storage"


def test_url_shortener_cost_risks_and_exit():
    # (4 + 10) x $0.10 + 4 x $0.50 + 44 x $0.60 = $29.80 an hour, x 730.5 hours a month.
    per_hour = 14 * Fraction(10, 100) + 4 * Fraction(50, 100) + 44 * Fraction(60, 100)
    assert per_hour == Fraction(298, 10)
    assert value(URL, "monthly_cost") == Fraction(per_hour, HOUR)       # USD per second
    assert Fraction(per_hour, HOUR) * MONTH == Fraction(217_689, 10)    # $21,768.90 a month
    assert shown(URL, "monthly_cost") == "21.8k USD/month"
    assert risks(URL) == []
    assert_all_asserts_pass(URL, 6)
    result = check_cli(URL)
    assert result.exit_code == 0, result.output
    assert "21.8k USD/month" in result.output


# ---- photo-sharing.bote ---------------------------------------------------------------
PHOTO = "photo-sharing.bote"


def test_photo_sharing_uploads_storage_bandwidth():
    uploads = Fraction(2_000_000, DAY)                       # 23.1 photo/s
    assert value(PHOTO, "uploads") == uploads
    assert shown(PHOTO, "uploads") == "23.1 photo/s"
    views = Fraction(10_000_000 * 50, DAY)                   # 5,787 view/s
    assert value(PHOTO, "views") == views
    assert shown(PHOTO, "views") == "5.79k view/s"

    # 2M x 200 KB = 400 GB a day; x 1,826.25 days = 730.5 TB; x 3 copies.
    assert value(PHOTO, "daily_ingest") == Fraction(400 * GB, DAY)
    assert shown(PHOTO, "daily_ingest") == "400 GB/day"
    stored = 2_000_000 * 200 * KB * 5 * Fraction(36525, 100)
    assert stored == Fraction(7305, 10) * TB
    assert value(PHOTO, "stored_5y") == stored
    assert shown(PHOTO, "stored_5y") == "730 TB"
    assert value(PHOTO, "raw_5y") == 3 * stored
    assert shown(PHOTO, "raw_5y") == "2.19 PB"

    # Bandwidth: bytes/s x 8 bits.
    assert value(PHOTO, "upload_bandwidth") == uploads * 200 * KB     # 37.0 Mbps
    assert shown(PHOTO, "upload_bandwidth") == "37 Mbps"
    egress = views * 200 * KB                                          # 1.157 GB/s = 9.26 Gbps
    assert value(PHOTO, "cdn_egress") == egress
    assert egress * 8 / 10**9 == Fraction(250, 27)
    assert shown(PHOTO, "cdn_egress") == "9.26 Gbps"
    assert value(PHOTO, "cdn_egress_peak") == 2 * egress
    assert shown(PHOTO, "cdn_egress_peak") == "18.5 Gbps"


def test_photo_sharing_components():
    uploads = Fraction(2_000_000, DAY)
    views = Fraction(500_000_000, DAY)
    # resize: at twice the average; 8 cores / 500 ms = 16 photo/s;
    # ceil(46.3 / 11.2) = ceil(4.13) = 5, + 1.
    assert_sized(PHOTO, "resize", load=2 * uploads, capacity=16, needed=5, instances=6,
                 utilization=2 * uploads / (16 * 6))
    # origin: 5% of views miss the CDN, at twice the average: 579 req/s;
    # 16 / 10 ms = 1,600 req/s -> 1, + 1.
    origin = views * Fraction(5, 100) * 2
    assert_sized(PHOTO, "origin", load=origin, capacity=1_600, needed=1, instances=2)
    # blobstore: 4 writes per upload (original + 3 thumbnails) plus the origin's
    # reads; sized by disk: 3 x 730.5 TB = 2,191.5 TB over 16 TB disks filled to
    # max_fill 80% (12.8 TB each) = 171.2 -> 172, + 1.
    stored = Fraction(7305, 10) * TB
    assert_sized(PHOTO, "blobstore", load=4 * 2 * uploads + origin, capacity=2_000,
                 needed=172, instances=173, needed_for_load=1, needed_for_storage=172)
    assert sizing(PHOTO, "blobstore").limited_by == "storage"
    assert ceil(3 * stored / (16 * TB * Fraction(8, 10))) == 172


def test_photo_sharing_cost_risks_and_exit():
    views = Fraction(500_000_000, DAY)
    # CDN: 100 TB a day leave the CDN at $0.02 a GB: $2,000 a day = $60,875 a month.
    cdn = views * 200 * KB / GB * Fraction(2, 100)                     # USD/s
    assert cdn * DAY == 2_000
    assert cdn * MONTH == 60_875
    assert value(PHOTO, "cdn_cost") == cdn
    assert shown(PHOTO, "cdn_cost") == "60.9k USD/month"
    # Storage: 2,191,500 GB x $0.023 = $50,404.50 a month.
    storage = Fraction(2_191_500) * Fraction(23, 1000)                # USD/month
    assert value(PHOTO, "storage_cost") == storage / MONTH
    assert shown(PHOTO, "storage_cost") == "50.4k USD/month"
    # Compute: (6 + 2 + 173) VMs x $0.20 an hour = $36.20 an hour, $26,444.10 a month.
    compute = Fraction(181 * 20, 100 * HOUR)
    assert value(PHOTO, "compute_cost") == compute
    assert shown(PHOTO, "compute_cost") == "26.4k USD/month"
    total = cdn + storage / MONTH + compute                            # $137,723.60 a month
    assert total * MONTH == Fraction(13_772_360, 100)
    assert value(PHOTO, "monthly_cost") == total
    assert shown(PHOTO, "monthly_cost") == "138k USD/month"
    assert risks(PHOTO) == []
    assert_all_asserts_pass(PHOTO, 6)
    assert check_cli(PHOTO).exit_code == 0


# ---- chat.bote ---------------------------------------------------------------------------
CHAT = "chat.bote"


def test_chat_messages_connections_and_data():
    rate = Fraction(500_000_000 * 40, DAY)                  # 20B a day = 231,481 message/s
    assert value(CHAT, "messages") == rate            # base unit: per second
    assert shown(CHAT, "messages") == "20 billion msg/day"
    assert value(CHAT, "message_rate") == rate
    assert shown(CHAT, "message_rate") == "231k msg/s"
    assert value(CHAT, "deliveries") == 3 * rate
    assert shown(CHAT, "deliveries") == "694k msg/s"

    # Half of 500M users online, 50k connections per server: 5,000 gateways.
    assert value(CHAT, "connections") == 250_000_000
    assert shown(CHAT, "connections") == "250M user"
    assert value(CHAT, "gateways") == 5_000
    assert shown(CHAT, "gateways") == "5k"

    assert value(CHAT, "ingress") == rate * 100             # bytes/s: 23.1 MB/s
    assert shown(CHAT, "ingress") == "23.1 MB/s"
    # Bits vs bytes: 694k x 100 bytes x 8 = 555.6 Mbps (not 8 times that).
    assert value(CHAT, "egress") == 3 * rate * 100
    assert 3 * rate * 100 * 8 / 10**6 == Fraction(15_000, 27)
    assert shown(CHAT, "egress") == "556 Mbps"
    # 20B x 100 bytes x 1,826.25 days = 3.6525 PB.
    assert value(CHAT, "history_5y") == Fraction(36525, 10_000) * PB
    assert shown(CHAT, "history_5y") == "3.65 PB"


def test_chat_components_and_fan_out():
    rate = Fraction(20_000_000_000, DAY)
    # gateway: provisioned for connections (5,000 + 1), though messages alone
    # need ceil(231,481 / (8 / 1 ms x 70%)) = ceil(41.3) = 42.
    s = sizing(CHAT, "gateway")
    assert s.provisioned
    assert_sized(CHAT, "gateway", load=rate, capacity=8_000, needed=42, instances=5_001,
                 utilization=rate / (8_000 * 5_001))
    # router: 16 / 2 ms = 8,000 req/s: 42 + 1, at 67.3%.
    assert_sized(CHAT, "router", load=rate, capacity=8_000, needed=42, instances=43,
                 utilization=rate / (8_000 * 43))
    # store: 3 x 3.6525 PB = 10.9575 PB over 20 TB disks filled to max_fill 80%
    # (16 TB each) = 684.8 -> 685, + 1; writes alone need ceil(231,481 / 14,000) = 17.
    assert_sized(CHAT, "store", load=rate, capacity=20_000, needed=685, instances=686,
                 needed_for_load=17, needed_for_storage=685)
    # inbox: fan-out x 3 = 694,444 appends/s over 35,000 per node = 19.8 -> 20, + 1.
    assert_sized(CHAT, "inbox", load=3 * rate, capacity=50_000, needed=20, instances=21,
                 utilization=3 * rate / (50_000 * 21))


def test_chat_risks_asserts_and_exit():
    assert risks(CHAT) == []
    assert_all_asserts_pass(CHAT, 6)
    result = check_cli(CHAT)
    assert result.exit_code == 0, result.output
    assert "5001 (needs 42)" in result.output


# ---- timeline.bote -----------------------------------------------------------------------
TIMELINE = "timeline.bote"


def test_timeline_fan_out_on_write_vs_read():
    tweets = Fraction(400_000_000, DAY)                     # 4,629.6 tweet/s
    assert value(TIMELINE, "tweet_rate") == tweets == Fraction(125_000, 27)
    assert shown(TIMELINE, "tweet_rate") == "4.63k tweet/s"
    on_write = tweets * 200                                 # 925,926 appends/s
    on_read = 300_000 * 200                                 # 60M fetches/s
    assert value(TIMELINE, "fanout_on_write") == on_write
    assert shown(TIMELINE, "fanout_on_write") == "926k req/s"
    assert value(TIMELINE, "fanout_on_read") == on_read
    assert shown(TIMELINE, "fanout_on_read") == "60M req/s"
    assert value(TIMELINE, "read_over_write") == Fraction(on_read) / on_write == Fraction(648, 10)
    # 150M timelines x 800 entries x 20 bytes = 2.4 TB.
    assert value(TIMELINE, "timeline_memory") == 150_000_000 * 800 * 20 == Fraction(24, 10) * TB
    assert shown(TIMELINE, "timeline_memory") == "2.4 TB"


def test_timeline_components():
    tweets = Fraction(400_000_000, DAY)
    # post: 8 / 10 ms = 800 req/s; ceil(4,629.6 / 560) = ceil(8.27) = 9, + 1.
    assert_sized(TIMELINE, "post", load=tweets, capacity=800, needed=9, instances=10)
    # home: 16 / 5 ms = 3,200 req/s; ceil(300,000 / 2,240) = ceil(133.9) = 134, + 1.
    assert_sized(TIMELINE, "home", load=300_000, capacity=3_200, needed=134, instances=135,
                 utilization=Fraction(300_000, 3_200 * 135))
    # timelines: reads plus fan-out appends = 1.226M ops/s -> ceil(17.5) = 18 for load,
    # but 2.4 TB over 64 GiB = 34.9 -> 35 for memory; + 1.
    timelines_load = 300_000 + 200 * tweets
    assert ceil(timelines_load / 70_000) == 18
    assert ceil(Fraction(24, 10) * TB / (64 * GiB)) == 35
    assert_sized(TIMELINE, "timelines", load=timelines_load, capacity=100_000, needed=35,
                 instances=36, needed_for_load=18, needed_for_memory=35,
                 utilization=timelines_load / (100_000 * 36))
    assert sizing(TIMELINE, "timelines").limited_by == "memory"
    # cache: 300k / 70k = 4.3 -> 5, + 1, at 50%.
    assert_sized(TIMELINE, "cache", load=300_000, capacity=100_000, needed=5, instances=6,
                 utilization=Fraction(1, 2))
    # replicas: the 10% that miss the cache: 30k / 3.5k = 8.6 -> 9, + 1, at 60%.
    assert_sized(TIMELINE, "replicas", load=30_000, capacity=5_000, needed=9, instances=10,
                 utilization=Fraction(6, 10))


def test_timeline_single_primary():
    tweets = Fraction(400_000_000, DAY)
    # One primary takes every write: 4,629.6 / 10,000 = 46.3%; one standby.
    s = sizing(TIMELINE, "primary")
    assert s.scaling == "single"
    assert_sized(TIMELINE, "primary", load=tweets, capacity=10_000, needed=1, instances=2,
                 needed_for_load=1, utilization=Fraction(25, 54))
    # Headroom: 7,000 / 4,629.6 = 1.512; the record peak needs ceil(143,199 / 7,000) = 21.
    assert value(TIMELINE, "write_headroom") == Fraction(7_000) / tweets == Fraction(1512, 1000)
    assert shown(TIMELINE, "write_headroom") == "1.51"
    assert value(TIMELINE, "primaries_for_peak") == ceil(Fraction(143_199, 7_000)) == 21


def test_timeline_risks_asserts_and_exit():
    assert risks(TIMELINE) == []
    assert_all_asserts_pass(TIMELINE, 7)
    assert check_cli(TIMELINE).exit_code == 0


# ---- default-traffic.bote ----------------------------------------------------------------
DEFAULT = "default-traffic.bote"


def test_default_traffic_assumes_10k():
    api = {c.name: c for c in report(DEFAULT).components}["api"]
    assert api.load_assumed
    # 4 cores / 25 ms = 160 req/s; ceil(10,000 / 112) = ceil(89.3) = 90, + 1.
    assert_sized(DEFAULT, "api", load=10_000, capacity=160, needed=90, instances=91,
                 utilization=Fraction(10_000, 160 * 91))
    # Downstream loads follow from the assumption through the flow: they are
    # not themselves assumed.
    cache = {c.name: c for c in report(DEFAULT).components}["cache"]
    assert not cache.load_assumed
    assert_sized(DEFAULT, "cache", load=10_000, capacity=80_000, needed=1, instances=3,
                 utilization=Fraction(10_000, 240_000))
    # db: 20% of 10k = 2,000 req/s; 8 / 4 ms = 2,000 req/s; ceil(2,000 / 1,400) = 2, + 1.
    assert_sized(DEFAULT, "db", load=2_000, capacity=2_000, needed=2, instances=3)

    # 10k x 8 KiB = 81.92 MB/s = 0.655 Gbps; 10k x 2 KiB = 20.5 MB/s.
    assert value(DEFAULT, "egress") == 10_000 * 8 * KiB
    assert shown(DEFAULT, "egress") == "0.655 Gbps"
    assert value(DEFAULT, "ingress") == 10_000 * 2 * KiB
    assert shown(DEFAULT, "ingress") == "20.5 MB/s"
    # 91 x $0.17 an hour x 730.5 hours = $11,300.84 a month.
    assert value(DEFAULT, "monthly_cost") == Fraction(91 * 17, 100 * HOUR)
    assert shown(DEFAULT, "monthly_cost") == "11.3k USD/month"


def test_default_traffic_note_and_exit():
    assert risks(DEFAULT) == [("api", "assumed-load", "note")]
    note = report(DEFAULT).risks[0]
    assert "10k req/s" in note.message
    assert_all_asserts_pass(DEFAULT, 4)
    result = check_cli(DEFAULT)
    assert result.exit_code == 0, result.output          # a note does not fail the check
    assert "10k req/s (assumed)" in result.output
    assert "assumed-load" in result.output
    assert check_cli(DEFAULT, "--strict").exit_code == 0  # nor does it with --strict


# ---- every example ---------------------------------------------------------------------------
# ---- ticket-launch.bote: every guess a range (Monte Carlo) -------------------------
TICKET = "ticket-launch.bote"


def test_ticket_launch_values_are_consistent_scenarios():
    """Each derived value is computed sample by sample from the same draws."""
    import numpy as np
    fans, refreshes = value(TICKET, "fans"), value(TICKET, "refreshes")   # users; per second
    share = value(TICKET, "checkout_share")
    assert len(fans) == 10_000
    assert np.allclose(value(TICKET, "page_views"), fans * refreshes)
    assert np.allclose(value(TICKET, "checkouts"), fans * share / 600)
    # 200k to 1M is a 90% interval: about 5% of the draws fall below 200k, 5% above 1M.
    assert 0.04 < np.mean(fans < 200_000) < 0.06 and 0.04 < np.mean(fans > 1_000_000) < 0.06
    assert shown(TICKET, "fans") == "442k (198k–1M) user"


def test_ticket_launch_web_is_sized_at_the_95th_percentile():
    """needed = ceil(page_views / (16 / service_time * 70%)) in each
    scenario; the fleet is the 95th percentile of that, plus one spare."""
    import numpy as np
    web = {c.name: c for c in report(TICKET).components}["web"]
    st = web.model.service_time
    needed = np.ceil(value(TICKET, "page_views") / (16 / st * 0.7))
    assert (web.sizing.needed_for_load == needed).all()
    assert web.sizing.instances == int(np.quantile(needed, 0.95, method="inverted_cdf")) + 1 == 170
    assert np.allclose(web.sizing.utilization, value(TICKET, "page_views") / (16 / st * 170))


def test_ticket_launch_risk_probabilities():
    """The database takes 5% of the page views (cache misses) and three
    queries per checkout; one primary of 8k q/s can take 5.6k at 70%."""
    import numpy as np
    db_load = value(TICKET, "page_views") * 0.05 + value(TICKET, "checkouts") * 3
    db = {c.name: c for c in report(TICKET).components}["db"]
    assert np.allclose(db.load.magnitude, db_load)
    found = {r.kind: r for r in db.risks}
    assert found["cannot-scale"].probability == pytest.approx(np.mean(db_load > 5_600))
    assert found["overloaded"].probability == pytest.approx(np.mean(db_load > 8_000))
    # Both stay within the 5% the sizing leaves out: notes, not failures.
    assert found["cannot-scale"].severity == found["overloaded"].severity == "note"
    # Cold, every page view reaches the database.
    cold = value(TICKET, "page_views") + value(TICKET, "checkouts") * 3
    assert found["cold-cache"].probability == pytest.approx(np.mean(cold > 8_000))
    assert found["cold-cache"].severity == "warning"
    # The crowd is the widest guess: it drives the database's load most.
    assert found["cannot-scale"].sensitivity[0][0] == "fans"
    assert [name for name, _ in found["cannot-scale"].sensitivity[:2]] == ["fans", "refreshes"]


def test_ticket_launch_asserts_and_exit():
    import numpy as np
    r = report(TICKET)
    assert np.quantile(value(TICKET, "tickets_sold"), 0.95) < 100_000
    assert [a.passed for a in r.asserts] == [True, True]
    assert check_cli(TICKET).exit_code == 0


# ---- the systems the method is taught with (component kinds, issue 6) -----------------

def component(name: str, c: str):
    return {x.name: x for x in report(name).components}[c]


def queue_figures(name: str, q: str):
    m = component(name, q).kind_model
    return m.average, m.load, m.drain_rate, m.backlog, m.bytes_held


PAYMENTS = "payments.bote"


def test_payments_clients_api_and_ledger():
    # 40M users x 2 payments a day = 80M / 86,400 s = 925.9/s on average, x3 at the evening peak
    average = Fraction(40_000_000 * 2, DAY)
    peak = 3 * average                                   # 2,777.8/s = 25,000/9
    assert component(PAYMENTS, "phones").average_load == average
    # api: 16 workers / 60 ms = 266.7/s each; ceil(2,777.8 / (266.7 x 70%)) = ceil(14.88) = 15, + 1
    assert_sized(PAYMENTS, "api", load=peak, capacity=Fraction(16) / Fraction(6, 100), needed=15, instances=16)
    # ledger: two writes per payment on one primary of 8 / 1 ms = 8k/s: 5,555.6 / 8,000 = 69.4%
    assert_sized(PAYMENTS, "ledger", load=2 * peak, capacity=8000, needed=1, instances=2,
                 utilization=2 * peak / 8000)


def test_payments_settlement_queue_smooths_the_bank_calls():
    average = Fraction(80_000_000, DAY)
    peak = 3 * average
    # The queue drains at the bank's 1,500/s limit. A 1 h peak leaves
    # (2,777.8 - 1,500) x 3,600 = 4.6M settlements, cleared in
    # 4.6M / (1,500 - 925.9) = 8,012.9 s = 2.23 h, within the 4 h wanted; 4.6 GB at 1 KB each.
    assert queue_figures(PAYMENTS, "settlements") == (average, peak, 1500, 4_600_000, 4_600_000_000)
    m = component(PAYMENTS, "settlements").kind_model
    assert m.drain_time == pytest.approx(4_600_000 / (1500 - 80_000_000 / DAY))
    assert shown(PAYMENTS, "drain") == "2.23 h"
    # the bank gets the average: 925.9 / 1,500 = 61.7% of its limit, under the 70% ceiling
    bank = component(PAYMENTS, "bank")
    assert bank.load.magnitude == average and bank.kind_model.utilization == average / 1500
    assert risks(PAYMENTS) == []
    assert_all_asserts_pass(PAYMENTS, 4)


def test_payments_synchronous_path_stops_at_the_queue():
    # the payer waits for the api and the card processor (300 ms, slower than the
    # ledger), not for the bank (400 ms behind the queue)
    api, ledger = component(PAYMENTS, "api"), component(PAYMENTS, "ledger")
    assert ledger.model.queue.mean_response < 0.3
    assert api.end_to_end == pytest.approx(api.model.queue.mean_response + 0.3)
    assert api.end_to_end < 0.4 and component(PAYMENTS, "bank").end_to_end == pytest.approx(0.4)


def test_payments_retries_against_the_card_processor_keep_the_error_budget():
    # One payment in five is authorised by the card processor, which fails 1%
    # of its calls: 2,777.8 x 20% = 555.6 first calls a second, and with two
    # retries 555.6 x (1 + 1% + 0.01%) = 561.2 calls, 56.1% of its 1,000/s limit.
    peak = 3 * Fraction(80_000_000, DAY)
    cards = component(PAYMENTS, "cards")
    assert cards.load.magnitude == peak / 5 * Fraction(10101, 10000)
    assert cards.failures.failed == pytest.approx(0.01, rel=1e-12) and cards.failures.rate_limited == 0
    # A payment fails when all three attempts fail: 20% x 1%^3 = 2e-7, within 0.1%.
    phones = component(PAYMENTS, "phones")
    assert float(phones.failures.failure_share) == pytest.approx(0.2 * 0.01 ** 3, rel=1e-6)
    assert shown(PAYMENTS, "lost") == "2e-5%"
    # Without them, 20% x 1% = 0.2% of the payments fail: the error budget is spent.
    source = (EXAMPLES / PAYMENTS).read_text(encoding="utf-8").replace("retries = 2", "retries = 0")
    without = bote.evaluate(source, PAYMENTS).files[0]
    (phones,) = [c for c in without.components if c.name == "phones"]
    assert float(phones.failures.failure_share) == pytest.approx(0.002, rel=1e-9)
    assert [(r.component, r.kind) for r in without.risks if r.kind != "stale-result"] == [("phones", "error-budget")]


PIPELINE = "document-pipeline.bote"


def test_document_pipeline_ocr_is_the_slow_stage():
    # 300k uploaders x 15 documents a day x 4 at peak = 208.3 documents/s; x 12 pages = 2,500 pages/s
    assert component(PIPELINE, "ocr").load.magnitude == 2500
    # OCR: 4 workers / 1.5 s = 2.67 pages/s each; ceil(2,500 / (2.67 x 70%)) = ceil(1,339.3) = 1,340, + 1
    assert_sized(PIPELINE, "ocr", load=2500, capacity=Fraction(8, 3), needed=1340, instances=1341)
    assert sizing(PIPELINE, "ocr").limited_by == "load"
    jobs = [sizing(PIPELINE, j).instances for j in ("rotate", "index", "sheets")]
    assert max(sizing(PIPELINE, c.name).instances for c in report(PIPELINE).components
               if c.sizing is not None) == 1341 and jobs == [2, 3, 10]


def test_document_pipeline_jobs_see_every_page_at_the_average():
    # behind the bus every job gets all 625 pages/s of the average (52.1 documents/s x 12)
    for job in ("rotate", "index", "sheets"):
        assert component(PIPELINE, job).load.magnitude == 625
    # rotate ceil(625/700) = 1 + 1; index 16 / 20 ms = 800/s, ceil(625/560) = 2 + 1;
    # sheets ceil(625/70) = 9 + 1: the slowest group drains 10 x 100 = 1,000/s
    # (rotate 2,000, index 2,400). A 2 h peak leaves (2,500 - 1,000) x 7,200 =
    # 10.8M pages, cleared in 10.8M / (1,000 - 625) = 28,800 s = 8 h: 216 GB at 20 KB.
    assert queue_figures(PIPELINE, "pages_bus") == (625, 2500, 1000, 10_800_000, 216_000_000_000)
    assert component(PIPELINE, "pages_bus").kind_model.drain_time == 28_800
    # 8 h is more than the 3 h drain_within: a warning, the only risk
    assert risks(PIPELINE) == [("pages_bus", "slow-drain", "warning")]
    assert check_cli(PIPELINE).exit_code == 0 and check_cli(PIPELINE, "--strict").exit_code == 1


CHAT_TEAM = "team-chat.bote"


def test_team_chat_sizing():
    average = Fraction(20_000_000 * 50, DAY)             # 11,574/s
    peak = 3 * average                                   # 34,722/s
    # api: 16 / 8 ms = 2k/s; ceil(34,722 / 1,400) = 25, + 1. store: the writes need
    # ceil(34,722 / 7,000) = 5, but 90 days of history at 1 TB a day, 3 replicas, is
    # 270 TB, over 8 TB x 80% = 6.4 TB a shard: ceil(42.19) = 43, + 1.
    assert_sized(CHAT_TEAM, "api", load=peak, capacity=2000, needed=25, instances=26)
    assert_sized(CHAT_TEAM, "store", load=peak, capacity=10_000, needed=43, instances=44, needed_for_load=5,
                 needed_for_storage=43)
    assert value(CHAT_TEAM, "history") == 270 * TB
    assert Fraction(270, Fraction(64, 10)) == Fraction(675, 16)          # 42.19 -> 43
    # gateway: 20 pushes per message at the average: 231,481/s needs ceil(231,481 / 14,000) = 17
    # for load, but 12M websockets / 50k = 240 for connections
    s = sizing(CHAT_TEAM, "gateway")
    assert s.load == 20 * average and s.needed_for_load == 17
    assert (s.needed_for_connections, s.instances, s.limited_by) == (240, 241, "connections")


def test_team_chat_fan_out_keeps_up_with_the_peak():
    # the gateways drain 241 x 20k / 20 = 241k messages/s, far above the 34.7k peak: no backlog
    average = Fraction(1_000_000_000, DAY)
    assert queue_figures(CHAT_TEAM, "fanout") == (average, 3 * average, 241_000, 0, 0)
    assert risks(CHAT_TEAM) == []
    # the sender waits for the api and the store only (the store states no latency)
    api = component(CHAT_TEAM, "api")
    assert api.end_to_end == pytest.approx(api.model.queue.mean_response)


RENTALS = "home-rentals.bote"


def test_home_rentals_reads_in_front_of_few_writes():
    guests, owners = Fraction(20_000_000 * 30, DAY) * 2, Fraction(2_000_000 * 5, DAY) * 2
    web = guests + owners                                # 13,889 + 231.5 = 14,120/s
    # web: 8 / 50 ms = 160/s; ceil(14,120 / 112) = ceil(126.07) = 127, + 1
    assert_sized(RENTALS, "web", load=web, capacity=160, needed=127, instances=128)
    # search: 60% = 8,472/s, ceil(8,472 / 700) = 13 for load; 2 x 70 GB / 64 GB = 3 for memory
    assert_sized(RENTALS, "search", load=web * Fraction(6, 10), capacity=1000, needed=13, instances=14,
                 needed_for_memory=3)
    # listing_store: 5% of the cache's 40%: 282/s; bookings: 0.5% = 70.6/s on a 8 / 5 ms = 1.6k/s primary
    assert sizing(RENTALS, "listing_store").load == web * Fraction(4, 10) * Fraction(5, 100)
    assert_sized(RENTALS, "bookings", load=web * Fraction(5, 1000), capacity=1600, needed=1, instances=2,
                 utilization=web * Fraction(5, 1000) / 1600)
    assert risks(RENTALS) == []
    assert_all_asserts_pass(RENTALS, 1)


DISCUSSION = "discussion-board.bote"


def test_discussion_board_reads_behind_a_cache():
    reads = Fraction(50_000_000 * 20, DAY) * Fraction(5, 2)   # 28,935/s
    # page_cache: ceil(28,935 / 14,000) = 3, + 1; its 10% misses: ceil(2,894 / 1,400) = 3, + 1
    assert_sized(DISCUSSION, "page_cache", load=reads, capacity=20_000, needed=3, instances=4)
    assert_sized(DISCUSSION, "pages_db", load=reads / 10, capacity=2000, needed=3, instances=4)
    # a cold cache sends all 28,935 to 4 x 2k: 362%; and the vote counter's lock
    assert risks(DISCUSSION) == [("pages_db", "cold-cache", "warning"), ("votes_db", "lock-contention", "warning")]
    assert_all_asserts_pass(DISCUSSION, 3)


def test_discussion_board_vote_counter_lock():
    # 10M voters x 10 a day x 2.5 at the peak = 2,893.5 votes/s; vote_api 8 / 2 ms = 4k/s:
    # ceil(2,893.5 / 2,800) = 2, + 1; votes_db 8 / 1 ms = 8k/s: 1, + 1.
    votes = Fraction(10_000_000 * 10, DAY) * Fraction(5, 2)
    assert_sized(DISCUSSION, "vote_api", load=votes, capacity=4000, needed=2, instances=3)
    assert_sized(DISCUSSION, "votes_db", load=votes, capacity=8000, needed=1, instances=2)
    # every request writes (write_share 100%), 6% on the top post: 173.6 writes/s;
    # x 5 ms = 125/144 = 86.8% of the time locked; M/M/1 wait 86.8% / 13.2% x 5 ms = 125/19 x 5 ms = 32.9 ms
    hot = votes * Fraction(6, 100)
    assert hot == Fraction(15_000_000, 86_400)
    assert value(DISCUSSION, "top_post") == hot
    assert value(DISCUSSION, "counter_lock") == Fraction(125, 144)
    assert value(DISCUSSION, "vote_wait") == Fraction(125, 19) * Fraction(5, 1000)
    lock = next(r for r in report(DISCUSSION).risks if r.kind == "lock-contention")
    assert lock.figures["shards"] == 2                                  # ceil(86.8% / 70%)


def test_discussion_board_writes_and_notifications():
    writers, moderators = Fraction(5_000_000 * 3, DAY) * Fraction(5, 2), Fraction(20_000 * 200, DAY)
    writes = writers + moderators                        # 434 + 46.3 = 480.3/s
    # write_api: 8 / 20 ms = 400/s, ceil(480.3 / 280) = 2, + 1; comments_db 480.3 / 4k = 12%
    assert_sized(DISCUSSION, "write_api", load=writes, capacity=400, needed=2, instances=3)
    assert sizing(DISCUSSION, "comments_db").utilization == writes / 4000
    # notifications leave at the average, 173.6 + 46.3 = 219.9/s; two mailers drain
    # 2 x 500 = 1k/s, above the 480/s peak: no backlog; the email provider runs at 22% of its limit
    average = writers / Fraction(5, 2) + moderators
    assert queue_figures(DISCUSSION, "notify") == (average, writes, 1000, 0, 0)
    assert component(DISCUSSION, "email").kind_model.utilization == average / 1000


# chat-gateway.bote and read-heavy.bote are worked by hand in test_failure_modes.py.
EXPLAIN = "explain-api.bote"


def test_explain_api_by_hand():
    """docs/language.md's `bote explain` example (tests/test_explain.py
    checks the tree it prints)."""
    r = report(EXPLAIN)
    api = r.components[0]
    # 11,600 reads + 10% writes = 12,760 req/s; 8 workers / 20 ms = 400 req/s.
    assert api.load.magnitude == 12_760
    assert api.capacity.magnitude == 400
    # ceil(12,760 / (400 × 70%)) = ceil(45.57) = 46, + 1 spare.
    assert (api.sizing.needed_for_load, api.sizing.instances) == (46, 47)
    assert api.sizing.utilization == Fraction(12_760, 400 * 47)
    assert r.risks == []


COVERED = {URL, PHOTO, CHAT, TIMELINE, DEFAULT, TICKET, "chat-gateway.bote", "read-heavy.bote", PAYMENTS, PIPELINE,
           CHAT_TEAM, RENTALS, DISCUSSION, EXPLAIN,
           "ride-sharing.bote"}   # traffic classes: tests/test_traffic_classes.py
ALL = sorted(p.name for p in EXAMPLES.glob("*.bote"))


def test_every_example_is_covered():
    assert set(ALL) == COVERED


@pytest.mark.parametrize("name", ALL)
def test_example_has_a_comment_header(name):
    first = (EXAMPLES / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ")


@pytest.mark.parametrize("name", ALL)
def test_example_json_report(name):
    from bote.language.unit_table import registry
    from bote.language.units import FileUnits, parse_unit

    result = check_cli(name, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["version"] == 1
    [f] = doc["files"]
    assert f["file"].endswith(name)
    assert {"file", "values", "components", "risks", "asserts"} <= set(f)
    units = FileUnits(registry())
    r = report(name)

    assert list(f["values"]) == [v.name for v in r.values]
    for entry in f["values"].values():
        assert {"magnitude", "unit", "text", "line"} <= set(entry)
        assert isinstance(entry["magnitude"], float)
        assert isinstance(entry["line"], int)
        if f["monte_carlo"]:  # a distribution: its magnitude is the median
            assert entry.get("p50", entry["magnitude"]) == entry["magnitude"]
    for v in r.values:
        assert f["values"][v.name]["text"] == quantity_text(v.quantity, r.units, v.fixed_unit)

    assert list(f["components"]) == [c.name for c in r.components]
    for cname, c in f["components"].items():
        assert {"load", "capacity", "instances", "needed", "utilization", "risks", "kind"} <= set(c)
        for q in (c["load"], c["capacity"]):
            if q is None:  # clients and a managed queue have no capacity
                assert c["kind"] in ("clients", "queue")
                continue
            assert set(q) >= {"magnitude", "unit"}
            assert q["unit"] == "request / second"
            parse_unit(q["unit"], units)
        assert c["risks"] == [k for comp, k, _ in risks(name) if comp == cname]
        s = sizing(name, cname)
        if s is None:  # not sized: clients, a third party, a managed queue
            assert c["kind"] in ("clients", "third_party", "queue")
            assert c["instances"] is None and c["needed"] is None
            continue
        assert c["instances"] == s.instances
        assert c["needed"] == at_percentile(s.needed, s.size_at)
        assert c["utilization"] == pytest.approx(_median(s.utilization))
        assert c["load"]["magnitude"] == pytest.approx(_median(s.load))
        assert c["risks"] == [k for comp, k, _ in risks(name) if comp == cname]

    assert [(x["component"], x["kind"], x["severity"]) for x in f["risks"]] == risks(name)
    for x in f["risks"]:
        assert {"component", "kind", "severity", "message", "line"} <= set(x)
    assert [a["passed"] for a in f["asserts"]] == [True] * len(r.asserts)
    for a in f["asserts"]:
        assert {"line", "text", "passed"} <= set(a)


@pytest.mark.parametrize("name", ALL)
def test_example_json_units_parse_back(name):
    """Every value's unit string is one bote's registry reads back, and the
    magnitude is in that unit."""
    from bote.language.units import parse_unit, unit_factor

    doc = json.loads(check_cli(name, "--format", "json").output)
    r = report(name)
    for v in r.values:
        entry = doc["files"][0]["values"][v.name]
        unit = parse_unit(entry["unit"], r.units)
        factor = unit_factor(unit, r.units)
        assert entry["magnitude"] == pytest.approx(_median(v.quantity.magnitude) / float(factor))


def test_demo_example_exits_zero():
    """`make demo` runs this one: it must pass cleanly."""
    result = check_cli(URL)
    assert result.exit_code == 0
    assert "error" not in [r.severity for r in report(URL).risks]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.bote")), ids=lambda p: p.name)
def test_annotated_figures_in_examples(path):
    """Every `# => TEXT` beside a line of an example is what bote prints."""
    from annotations import check_annotations
    source = path.read_text(encoding="utf-8")
    report = bote.evaluate(source, str(path)).files[0]
    assert check_annotations(source, report) >= 1 or path.name == "default-traffic.bote"


TEACHING = [PAYMENTS, RENTALS, CHAT_TEAM, DISCUSSION, PIPELINE]


@pytest.mark.parametrize("name", TEACHING)
def test_each_teaching_system_has_prices_and_a_variant_that_relieves_what_breaks_first(name):
    from bote.pipeline import compare_file
    scenarios = compare_file(EXAMPLES / name)
    base = scenarios.pop("base")
    assert base.total_cost is not None and base.breaking_point is not None
    (variant,) = scenarios.values()
    first = base.breaking_point.component
    before = next(c for c in base.components if c.name == first).headroom.multiplier
    after = next(c for c in variant.components if c.name == first).headroom
    assert after is None or after.multiplier > before
    assert variant.breaking_point.multiplier > base.breaking_point.multiplier


def test_payments_bank_fee_by_hand():
    # 40M users × 2 payments a day = 925.9 a second on average, each a call at
    # $0.001: 80M / 86,400 × 0.001 × 2,629,800 s = $2,435,000 a month.
    bank = report(PAYMENTS).components
    fee = next(c for c in bank if c.name == "bank").cost["cost"]
    assert fee.magnitude * 2_629_800 == Fraction(80_000_000, 86_400) * Fraction(1, 1000) * 2_629_800
