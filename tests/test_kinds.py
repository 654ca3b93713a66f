"""Component kinds and asynchronous flows (issue 6), as a specification.

Each test is a `.bote` snippet and what bote must work out for it: figures
worked by hand in the comments, each risk both tripping and not tripping,
each misuse an error at its line and column.
"""
import json
import math
from fractions import Fraction

import pytest
from click.testing import CliRunner
from conftest import error_of, run, shown

from bote.cli import main
from bote.model import queues


def risks_of(report):
    return {(r.component, r.kind): r for r in report.risks}


def comps(report):
    return {c.name: c for c in report.components}


def cli(tmp_path, command, text, *options):
    """`bote COMMAND FILE OPTIONS` on `text` saved as a file: its stdout."""
    path = tmp_path / "kinds.bote"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, [command, str(path), *options]).stdout


def errors(text):
    return [(d.kind, d.span.line, d.span.column, d.message, d.hint) for d in error_of(text)]


# ---- the pure formulas (bote.queues), hand-worked vectors ------------------------------------

def test_clients_load_is_count_times_rate_times_peak_factor():
    # 5M clients x 12 per hour = 60M/h = 16,666.67/s; x 3 = 50,000/s
    average, peak = queues.clients_load(Fraction(5_000_000), Fraction(12, 3600), Fraction(3))
    assert average == Fraction(50_000, 3) and peak == 50_000


def test_drain_rate_is_capacity_times_instances_over_multiplier():
    # 10 instances x 100/s, 2 requests per message: 500 messages/s
    assert queues.drain_rate(Fraction(100), 10, Fraction(2)) == 500


def test_backlog_is_the_peak_excess_over_the_burst():
    # (3000 - 2000)/s for 600 s = 600k messages; none when the drain keeps up
    assert queues.backlog(Fraction(3000), Fraction(2000), Fraction(600)) == 600_000
    assert queues.backlog(Fraction(3000), Fraction(3000), Fraction(600)) == 0
    assert queues.backlog(Fraction(1000), Fraction(3000), Fraction(600)) == 0


def test_drain_time_is_backlog_over_spare_drain():
    # 600k messages, drain 2000/s, 1500/s still arriving: 600k / 500 = 1200 s
    assert queues.drain_time(Fraction(600_000), Fraction(2000), Fraction(1500)) == 1200
    assert queues.drain_time(0, Fraction(2000), Fraction(1500)) == 0
    assert math.isinf(queues.drain_time(Fraction(1), Fraction(1500), Fraction(1500)))


def test_growth_and_bytes_held():
    # 1500 in, 1000 out: +500/s; 600k messages x 2 KB = 1.2 GB
    assert queues.growth(Fraction(1500), Fraction(1000)) == 500
    assert queues.growth(Fraction(1000), Fraction(1500)) == 0
    assert queues.bytes_held(Fraction(600_000), Fraction(2000)) == 1_200_000_000


def test_end_to_end_adds_the_slowest_callee():
    assert queues.end_to_end(0.02, [0.3, 0.005]) == pytest.approx(0.32)
    assert queues.end_to_end(0.02, []) == 0.02


def test_limit_utilization():
    assert queues.limit_utilization(Fraction(250), Fraction(200)) == Fraction(5, 4)


# ---- kind --------------------------------------------------------------------------------

def test_kind_defaults_to_service_and_cache_database_behave_as_services():
    report = run("component a { load = 100 req/s\n capacity = 50 req/s }\n"
                 "component b { kind = database\n load = 100 req/s\n capacity = 50 req/s }\n"
                 "component c { kind = cache\n load = 100 req/s\n capacity = 50 req/s }\n")
    c = comps(report)
    # ceil(100 / (50 x 70%)) = 3, + 1 spare, whatever the label
    assert [(n, x.kind, x.sizing.instances) for n, x in c.items()] == [
        ("a", "service", 4), ("b", "database", 4), ("c", "cache", 4)]


def test_unknown_kind_is_an_error_with_a_suggestion():
    (e,) = errors("component q {\n  kind = queu\n}\n")
    assert e[:3] == ("property", 2, 10) and "one of: service, clients, queue" in e[3] and "queue" in e[4]


def test_property_of_another_kind_names_the_kind_it_belongs_to():
    (e,) = errors("component api {\n  capacity = 100 req/s\n  latency = 50 ms\n}\n")
    assert e[:3] == ("property", 3, 3)
    assert e[3] == "`latency` belongs to `kind = third_party`; api is a service"
    assert e[4] == "add `kind = third_party` to api, or remove `latency`"


def test_kind_property_is_not_silently_ignored_on_clients():
    (e,) = errors("component web {\n  kind = clients\n  count = 1M\n  rate = 1 per day\n  burst = 1 min\n}\n")
    assert e[:3] == ("property", 5, 3) and "`burst` belongs to `kind = queue`" in e[3]


def test_a_binding_named_like_a_kind_property_is_still_a_binding_in_a_service():
    # `rate` and `peak_factor` belong to clients: in a service they mean the bindings.
    report = run("rate = 300 req/s\npeak_factor = 2\ncomponent api {\n  load = rate * peak_factor\n"
                 "  capacity = 100 req/s\n}\n")
    assert comps(report)["api"].load.magnitude == 600


# ---- clients ---------------------------------------------------------------------------

CLIENTS = """component phones {
  kind = clients
  count = 5M
  rate = 12 per hour
  peak_factor = 3
}
component api {
  capacity = 1k req/s
}
flow {
  phones -> api
}
average = phones.average_load -> req/s
peak = phones.load -> req/s
"""


def test_clients_load_feeds_the_flow_at_the_peak():
    # average 5M x 12/h = 16,666.67 req/s; peak x3 = 50k req/s;
    # api: ceil(50k / (1k x 70%)) = ceil(71.4) = 72, + 1
    report = run(CLIENTS)
    assert shown(report, "average") == "16.7k req/s" and shown(report, "peak") == "50k req/s"
    api = comps(report)["api"]
    assert api.load.magnitude == 50_000 and api.average_load == Fraction(50_000, 3)
    assert api.sizing.instances == 73


def test_clients_are_not_sized():
    report = run(CLIENTS)
    phones = comps(report)["phones"]
    assert phones.sizing is None and phones.capacity is None and phones.kind == "clients"
    assert not [r for r in report.risks if r.component == "phones"]  # no single-point-of-failure


def test_clients_peak_factor_defaults_to_one():
    report = run("component web {\n  kind = clients\n  count = 3600\n  rate = 1 per hour\n}\n"
                 "component api {\n  capacity = 10 req/s\n}\nflow {\n  web -> api\n}\n")
    assert comps(report)["api"].load.magnitude == 1  # 3600 x 1/h = 1 req/s


def test_polling_clients_use_the_lockstep_model():
    # 1M clients every minute: average 16.7k req/s; with 25% jitter they
    # spread over 15 s: peak 66.7k req/s, 4x the average: synchronized-clients
    text = ("component pollers {\n  kind = clients\n  count = 1M\n  poll_interval = 1 min\n  jitter = 25%\n}\n"
            "component api {\n  capacity = 10k req/s\n}\nflow {\n  pollers -> api\n}\n")
    report = run(text)
    api = comps(report)["api"]
    assert api.load.magnitude == pytest.approx(1_000_000 / 15)
    assert api.average_load == pytest.approx(1_000_000 / 60)
    risk = risks_of(report)[("pollers", "synchronized-clients")]
    assert risk.span.line == 5 and "4 times" in risk.message


def test_polling_clients_with_full_jitter_are_not_synchronized():
    report = run("component pollers {\n  kind = clients\n  count = 1M\n  poll_interval = 1 min\n  jitter = 100%\n}\n"
                 "component api {\n  capacity = 10k req/s\n}\nflow {\n  pollers -> api\n}\n")
    assert ("pollers", "synchronized-clients") not in risks_of(report)


def test_nothing_flows_into_clients():
    (e,) = errors("component web {\n  kind = clients\n  count = 1M\n  rate = 1 per day\n}\n"
                  "component api {\n  capacity = 10 req/s\n}\nflow {\n  api -> web\n}\n")
    assert e[:3] == ("flow", 10, 10) and "nothing flows into them" in e[3]


def test_clients_need_a_count_and_a_rate():
    (count, rate) = errors("component web {\n  kind = clients\n}\n")
    assert count[:4] == ("property", 2, 10, "clients web need a `count`")
    assert rate[:4] == ("property", 2, 10, "clients web need a `rate` (or a `poll_interval`)")


def test_clients_take_rate_or_poll_interval_not_both():
    (e,) = errors("component web {\n  kind = clients\n  count = 1M\n  rate = 1 per min\n  poll_interval = 1 min\n}\n")
    assert e[:3] == ("property", 5, 3) and "both `rate` and `poll_interval`" in e[3]


def test_polling_clients_take_no_peak_factor():
    (e,) = errors("component web {\n  kind = clients\n  count = 1M\n  poll_interval = 1 min\n  peak_factor = 2\n}\n")
    assert e[:3] == ("property", 5, 3) and "their peak comes from `jitter`" in e[3]


def test_clients_have_no_server_properties():
    (e,) = errors("component web {\n  kind = clients\n  count = 1M\n  rate = 1 per day\n  capacity = 5 req/s\n}\n")
    assert e[:4] == ("property", 5, 3, "`capacity` means nothing on web (kind = clients)")
    assert "traffic source" in e[4]


def test_clients_have_no_instances():
    (e,) = errors("component web {\n  kind = clients\n  count = 1M\n  rate = 1 per day\n}\nn = web.instances\n")
    assert e[:4] == ("property", 6, 5, "web is not sized (clients component): it has no `instances`")


def test_peak_factor_below_one_is_an_error():
    (e,) = errors("component web {\n  kind = clients\n  count = 1M\n  rate = 1 per day\n  peak_factor = 0.5\n}\n")
    assert e[:4] == ("value", 5, 17, "`peak_factor` must be at least 1")


# ---- queues ----------------------------------------------------------------------------
# 3000 msg/s at peak, 1500 on average (peak_factor 2) into a bus; the worker
# behind it is sized for the average: ceil(1500 / (100 x 70%)) = 22, + 1 = 23
# instances, which drain 23 x 100 = 2300 msg/s. A 10 min burst leaves
# (3000 - 2300) x 600 = 420k messages, cleared in 420k / (2300 - 1500) = 525 s
# (8.75 min); at 2 KB each the bus holds 840 MB.

def queue(worker="  capacity = 100 req/s", bus="  burst = 10 min\n  message_size = 2 KB", edge=""):
    return (f"component app {{\n  kind = clients\n  count = 1500\n  rate = 1 per second\n  peak_factor = 2\n}}\n"
            f"component bus {{\n  kind = queue\n{bus}\n}}\n"
            f"component worker {{\n{worker}\n}}\n"
            f"flow {{\n  app -> bus -> worker{edge}\n}}\n"
            "backlog = bus.backlog\ndrain = bus.drain_time\nrate_out = bus.drain_rate\n")


def test_consumers_behind_a_queue_are_sized_for_the_average():
    report = run(queue())
    worker = comps(report)["worker"]
    assert worker.load.magnitude == 1500 and worker.sizing.instances == 23
    assert comps(report)["bus"].load.magnitude == 3000  # the queue itself takes the peak


def test_queue_backlog_drain_time_and_bytes_held():
    report = run(queue())
    m = comps(report)["bus"].kind_model
    assert (m.drain_rate, m.backlog, m.drain_time, m.bytes_held) == (2300, 420_000, 525, 840_000_000)
    assert shown(report, "backlog") == "420k msg"
    assert shown(report, "drain") == "525 s"
    assert shown(report, "rate_out") == "2.3k msg/s"
    assert not [r for r in report.risks if r.component == "bus"]


def test_edge_multiplier_out_of_a_queue_divides_the_drain_rate():
    # each message costs the worker 2 requests: load 3000 req/s, sized
    # ceil(3000/70) = 43 + 1 = 44 instances = 4400 req/s = 2200 msg/s
    m = comps(run(queue(edge=" * 2")))["bus"].kind_model
    assert comps(run(queue(edge=" * 2")))["worker"].sizing.instances == 44
    assert m.drain_rate == 2200 and m.backlog == (3000 - 2200) * 600


def test_the_slowest_consumer_group_sets_the_drain_rate():
    text = queue().replace("flow {\n", "component audit {\n  capacity = 1k req/s\n  instances = 2\n}\n"
                                         "flow {\n  bus -> audit\n")
    # audit: 2 x 1000 = 2000 msg/s < worker's 2300
    assert comps(run(text))["bus"].kind_model.drain_rate == 2000


def test_no_backlog_when_the_consumers_keep_up_with_the_peak():
    report = run(queue(worker="  capacity = 100 req/s\n  instances = 30"))
    m = comps(report)["bus"].kind_model
    assert (m.drain_rate, m.backlog, m.drain_time) == (3000, 0, 0)


def test_backlog_risk_when_consumers_are_slower_than_the_average():
    # 10 x 100 = 1000 msg/s out, 1500 in on average: +500/s = 1.8M per hour
    report = run(queue(worker="  capacity = 100 req/s\n  instances = 10"))
    risk = risks_of(report)[("bus", "backlog")]
    assert risk.severity == "error" and risk.span.line == 7
    assert "grows by 1.8M messages per hour" in risk.message
    assert risk.figures["growth_per_hour"] == 1_800_000


def test_backlog_risk_does_not_trip_at_the_average():
    # 15 x 100 = 1500 msg/s: exactly the average; it never grows, a burst never clears
    report = run(queue(worker="  capacity = 100 req/s\n  instances = 15",
                       bus="  burst = 1 min\n  drain_within = 1 hour"))
    r = risks_of(report)
    assert ("bus", "backlog") not in r
    assert "never clears" in r[("bus", "slow-drain")].message


def test_slow_drain_trips_when_the_burst_outlasts_drain_within():
    # the backlog clears in 525 s: over 5 min, under 10 min
    report = run(queue(bus="  burst = 10 min\n  drain_within = 5 min"))
    risk = risks_of(report)[("bus", "slow-drain")]
    assert risk.severity == "warning" and risk.span.line == 10  # drain_within
    assert "420k messages" in risk.message and "8.75 min to clear" in risk.message
    assert ("bus", "slow-drain") not in risks_of(run(queue(bus="  burst = 10 min\n  drain_within = 10 min")))


def test_a_managed_queue_over_its_memory():
    # 840 MB held after the burst
    over = risks_of(run(queue(bus="  burst = 10 min\n  message_size = 2 KB\n  memory = 800 MB")))
    risk = over[("bus", "memory")]
    assert risk.severity == "error" and risk.span.line == 11 and "840 MB" in risk.message
    fits = risks_of(run(queue(bus="  burst = 10 min\n  message_size = 2 KB\n  storage = 1 GB")))
    assert ("bus", "storage") not in fits


def test_queue_brokers_with_capacity_are_sized_for_the_peak_and_the_backlog():
    # brokers: ceil(3000 / (1000 x 70%)) = 5 for the peak; 840 MB / 256 MB = 4 for memory: 5 + 1
    report = run(queue(bus="  burst = 10 min\n  message_size = 2 KB\n  capacity = 1k req/s\n  memory = 256 MB"))
    bus = comps(report)["bus"]
    assert (bus.sizing.needed_for_load, bus.sizing.needed_for_memory, bus.sizing.instances) == (5, 4, 6)
    # provisioned too few brokers to hold it: the core's memory risk
    few = run(queue(bus="  burst = 10 min\n  message_size = 2 KB\n  capacity = 1k req/s\n  memory = 256 MB\n"
                        "  instances = 3"))
    assert risks_of(few)[("bus", "memory")].severity == "error"


def test_queue_figures_need_a_burst():
    (backlog, drain_time) = errors(queue(bus="  message_size = 2 KB"))
    assert backlog[:5] == ("value", 17, 11, "`backlog` needs `burst` on the queue",
                           "add how long a peak lasts, e.g. `burst = 10 min`")
    assert drain_time[:4] == ("value", 18, 9, "`drain_time` needs `burst` on the queue")


def test_a_queue_has_no_service_time():
    (e,) = errors(queue(bus="  service_time = 5 ms"))
    assert e[:4] == ("property", 9, 3, "`service_time` means nothing on bus (kind = queue)")
    assert "no service time" in e[4]


def test_a_queue_needs_consumers():
    (e,) = errors("component bus {\n  kind = queue\n  load = 10 req/s\n}\n")
    assert e[:4] == ("flow", 1, 11, "queue bus has no consumers")


def test_drain_within_needs_a_burst():
    (e,) = errors(queue(bus="  drain_within = 5 min"))
    assert e[:4] == ("property", 9, 3, "`drain_within` on bus needs `burst`")


def test_queue_figures_belong_to_queues():
    (e,) = errors("component api {\n  load = 1 req/s\n  capacity = 1 req/s\n}\nb = api.backlog\n")
    assert e[:4] == ("property", 5, 5, "`backlog` is a figure of a queue; api is a service")


# ---- third parties ----------------------------------------------------------------------

def bank(load, limit="100 req/s", extra=""):
    return (f"component payments {{\n  load = {load}\n  capacity = 1k req/s\n}}\n"
            f"component bank {{\n  kind = third_party\n  rate_limit = {limit}\n{extra}}}\n"
            "flow {\n  payments -> bank\n}\nused = bank.utilization\n")


def test_rate_limit_trips_above_the_limit():
    report = run(bank("150 req/s"))
    risk = risks_of(report)[("bank", "rate-limit")]
    assert risk.severity == "error" and risk.span.line == 7
    assert risk.message == ("bank gets 150 req/s, over its rate limit of 100 req/s (150%): requests above it are "
                            "rejected")
    assert "batch" in risk.remedy and "queue" in risk.remedy and "cache" in risk.remedy
    assert shown(report, "used") == "150%"


def test_rate_limit_warns_above_max_utilization_of_the_limit():
    risk = risks_of(run(bank("100 req/s")))[("bank", "rate-limit")]  # 100% exactly: not over, but no headroom
    assert risk.severity == "warning" and "70% ceiling" in risk.message
    assert ("bank", "rate-limit") not in risks_of(run(bank("70 req/s")))  # 70% exactly: fine


def test_a_third_party_is_not_sized():
    report = run(bank("50 req/s"))
    b = comps(report)["bank"]
    assert b.sizing is None and b.capacity.magnitude == 100
    assert not [r for r in report.risks if r.component == "bank"]


def test_a_queue_in_front_of_a_third_party_smooths_the_calls():
    # the bus passes on the 75 msg/s average, under the 100 req/s limit; it
    # drains at the limit: 100 msg/s, so a 1 min burst of 150 leaves 3000,
    # cleared in 3000 / (100 - 75) = 120 s
    text = ("component app {\n  kind = clients\n  count = 75\n  rate = 1 per second\n  peak_factor = 2\n}\n"
            "component bus {\n  kind = queue\n  burst = 1 min\n}\n"
            "component bank {\n  kind = third_party\n  rate_limit = 100 req/s\n  max_utilization = 80%\n}\n"
            "flow {\n  app -> bus -> bank\n}\n")
    report = run(text)
    m = comps(report)["bus"].kind_model
    assert comps(report)["bank"].load.magnitude == 75 and (m.backlog, m.drain_time) == (3000, 120)
    assert not report.risks


def test_a_third_party_needs_a_rate_limit():
    (e,) = errors("component bank {\n  kind = third_party\n  latency = 300 ms\n}\n")
    assert e[:4] == ("property", 2, 10, "third party bank needs a `rate_limit`")


def test_a_third_party_takes_no_instances():
    (e,) = errors("component bank {\n  kind = third_party\n  rate_limit = 1 req/s\n  instances = 2\n}\n")
    assert e[:4] == ("property", 4, 3, "`instances` means nothing on bank (kind = third_party)")


# ---- fan-out -----------------------------------------------------------------------------

def test_fan_out_sends_the_full_rate_down_every_edge():
    # 100 pages/s OCR'd, then three jobs each see every page (x1) and x2
    text = ("component ocr {\n  load = 100 req/s\n  capacity = 10 req/s\n}\n"
            "component rotate {\n  capacity = 1k req/s\n}\ncomponent index {\n  capacity = 1k req/s\n}\n"
            "component sheets {\n  capacity = 1k req/s\n}\n"
            "flow {\n  ocr -> rotate\n  ocr -> index * 2\n  ocr -> sheets\n}\n")
    c = comps(run(text))
    assert (c["rotate"].load.magnitude, c["index"].load.magnitude, c["sheets"].load.magnitude) == (100, 200, 100)


# ---- end-to-end latency ---------------------------------------------------------------------
# api: M/M/1 per instance (one worker, 10 ms). At 50 req/s it is sized
# ceil(50 / 70) = 1 + 1 = 2 instances: 25 req/s each, mean response
# 1 / (100 - 25) = 13.33 ms. It calls the bank (300 ms) and the db (capacity
# only: no latency stated, 0) in parallel, and the bus (asynchronous).

E2E = """component api {
  load = 50 req/s
  service_time = 10 ms
}
component bank {
  kind = third_party
  rate_limit = 1k req/s
  latency = 300 ms
}
component db {
  capacity = 1k req/s
}
component bus {
  kind = queue
}
component slow {
  service_time = 2 s
  workers = 100
}
flow {
  api -> bank
  api -> db
  api -> bus -> slow
}
e2e = api.end_to_end
"""


def test_end_to_end_is_own_mean_response_plus_the_slowest_synchronous_callee():
    report = run(E2E)
    assert comps(report)["api"].end_to_end == pytest.approx(1 / 75 + 0.3)
    assert shown(report, "e2e") == "313 ms"


def test_a_queue_ends_the_synchronous_path():
    report = run(E2E)
    c = comps(report)
    assert c["bus"].end_to_end == 0
    assert c["slow"].end_to_end == pytest.approx(2)  # its own path starts behind the queue
    assert c["api"].end_to_end < 1


def test_the_table_shows_each_synchronous_path(tmp_path):
    out = cli(tmp_path, "check", E2E)
    assert "synchronous path from    end-to-end latency (mean)" in out
    rows = [line.split() for line in out.splitlines()]
    assert ["api", "313", "ms"] in rows
    assert ["slow", "2", "s"] in rows  # behind the queue: M/M/100 at 3.5% busy barely waits


# ---- renderers -------------------------------------------------------------------------------

def test_table_shows_kinds_and_queues(tmp_path):
    out = cli(tmp_path, "check", queue(bus="  burst = 10 min\n  drain_within = 5 min"))
    assert "app (clients)" in out and "bus (queue)" in out
    assert "bus      1.5k msg/s    3k msg/s   2.3k msg/s    420k msg   8.75 min      -" in out


def test_json_has_the_kind_keys(tmp_path):
    out = cli(tmp_path, "check", bank("150 req/s") + E2E.replace("api", "api2").replace("bank", "bank2")
              .replace("db", "db2").replace("bus", "bus2"), "--format", "json")
    data = json.loads(out)["files"][0]["components"]
    assert data["bank"]["kind"] == "third_party" and data["bank"]["instances"] is None
    assert data["bank"]["rate_limit"]["utilization"] == 1.5
    assert data["bus2"]["message_queue"]["drain_rate"]["magnitude"] > 0
    assert data["api2"]["end_to_end"]["magnitude"] == pytest.approx(1 / 75 + 0.3)
    assert data["payments"]["kind"] == "service" and data["payments"]["average_load"]["magnitude"] == 150


def test_graph_draws_kinds_and_dotted_async_edges(tmp_path):
    out = cli(tmp_path, "graph", queue())
    assert '    app(["app (clients)<br/>load 3k req/s"])' in out
    assert "    bus -.-> worker" in out and "    app --> bus" in out
    dot = cli(tmp_path, "graph", queue(), "--format", "dot")
    assert '"bus" -> "worker" [style=dashed];' in dot and "shape=cds" in dot


def test_a_queue_behind_a_queue_does_not_limit_the_drain():
    # bus -> archive (a queue): nothing on that edge limits how fast bus empties
    text = ("component bus {\n  kind = queue\n  load = 10 req/s\n  burst = 1 min\n}\n"
            "component archive {\n  kind = queue\n}\n"
            "component worker {\n  capacity = 10 req/s\n}\n"
            "flow {\n  bus -> archive -> worker\n}\nrate_out = bus.drain_rate\n")
    report = run(text)
    m = comps(report)["bus"].kind_model
    assert math.isinf(m.drain_rate) and m.backlog == 0 and shown(report, "rate_out") == "unbounded"


def test_clients_property_on_clients_is_one_error():
    (e,) = errors("component web {\n  kind = clients\n  count = 1M\n  rate = 1 per day\n  clients = 5\n}\n")
    assert e[:4] == ("property", 5, 3, "`clients` means nothing on web (kind = clients)")


def test_broker_properties_on_a_managed_queue_are_errors():
    (e,) = errors(queue(bus="  instances = 3"))
    assert e[:4] == ("property", 9, 3, "`instances` on bus needs `capacity`")
    assert "sized only with `capacity`" in e[4]


def test_positive_part_is_exact_and_elementwise_ready():
    assert queues.positive_part(Fraction(-3, 7)) == 0 and queues.positive_part(Fraction(3, 7)) == Fraction(3, 7)
    assert queues.positive_part(-2.5) == 0.0 and queues.positive_part(2.5) == 2.5


def test_cold_caches_behind_a_queue_pass_on_the_average():
    # web: peak 2k, average 1k; cache hits 90%: the bus gets 200 peak, 100 average;
    # the worker 100 req/s, sized ceil(100 / 70) = 2 + 1 = 3 x 100. Cold, the bus
    # takes all 2k at peak and passes on its average share, 2k x 100/200 = 1k:
    # 333% of the worker's 300 req/s, so `cold-cache` trips on the worker.
    text = ("component web {\n  kind = clients\n  count = 1000\n  rate = 1 per second\n  peak_factor = 2\n}\n"
            "component cache {\n  capacity = 10k req/s\n  hit_rate = 90%\n}\n"
            "component bus {\n  kind = queue\n}\n"
            "component worker {\n  capacity = 100 req/s\n}\n"
            "flow {\n  web -> cache -> bus * misses\n  bus -> worker\n}\n")
    report = run(text)
    worker = comps(report)["worker"]
    assert worker.load.magnitude == 100 and worker.cold_load == pytest.approx(1000)
    assert risks_of(report)[("worker", "cold-cache")].severity == "warning"


CACHE_EDGES = ("component cache {{\n  load = 20k req/s\n  capacity = 50k req/s\n  hit_rate = 90%\n}}\n"
               "component db {{\n  capacity = 5k req/s\n}}\n"
               "component audit {{\n  capacity = 50k req/s\n}}\n"
               "flow {{\n  cache -> db{db}\n  cache -> audit{audit}\n}}\n")


def test_an_edge_out_of_a_cache_without_a_multiplier_carries_the_hits_too_and_is_flagged():
    # cache -> db with no multiplier: db gets all 20k req/s, though 90% are hits;
    # the misses would be 20k x 10% = 2k req/s. `* 1` says so on purpose: no warning.
    report = run(CACHE_EDGES.format(db="", audit=" * 1"))
    (finding,) = [r for r in report.risks if r.kind == "cache-edge-carries-hits"]
    assert comps(report)["db"].load.magnitude == 20_000
    assert (finding.component, finding.severity, finding.span.line, finding.span.column) == (None, "warning", 13, 12)
    assert finding.message == ("`cache -> db` has no multiplier, so db gets every request cache gets, hits "
                               "included: 20k req/s, though cache answers 90% of them itself (its misses are "
                               "2k req/s)")
    assert finding.remedy.startswith("write `cache -> db * misses`")


@pytest.mark.parametrize("db, audit", [(" * misses", " * 1"), (" * 10%", " * 1"), (" * misses", " * misses")])
def test_edges_out_of_a_cache_that_say_what_they_carry_are_not_flagged(db, audit):
    report = run(CACHE_EDGES.format(db=db, audit=audit))
    assert not [r for r in report.risks if r.kind == "cache-edge-carries-hits"]
    assert comps(report)["db"].load.magnitude == 2_000


def test_an_edge_out_of_a_component_without_a_hit_rate_is_not_flagged():
    report = run(CACHE_EDGES.format(db="", audit="").replace("  hit_rate = 90%\n", ""))
    assert not [r for r in report.risks if r.kind == "cache-edge-carries-hits"]


def test_an_unstable_server_makes_its_path_unbounded():
    # 1000 req/s on 5 x (1 / 10 ms) = 500 req/s: the queue grows without bound
    text = ("component svc {\n  load = 1000 req/s\n  service_time = 10 ms\n  instances = 5\n}\n"
            "component tp {\n  kind = third_party\n  rate_limit = 10k req/s\n  latency = 1 s\n}\n"
            "flow {\n  svc -> tp\n}\ne = svc.end_to_end\n")
    report = run(text)
    assert math.isinf(comps(report)["svc"].end_to_end) and shown(report, "e") == "unbounded"
    assert comps(report)["tp"].end_to_end == 1


# ---- drains through what the consumers call (review fixes) ----------------------------------

THROUGH_CACHE = """\
component p {
  kind = clients
  count = 1k
  rate = 1 per second
  peak_factor = 4
}
component q {
  kind = queue
  burst = 10 min
}
component c {
  capacity = 10k req/s
  hit_rate = 90%
}
component db {
  capacity = 100 req/s
}
flow {
  p -> q -> c
  c -> db * misses
}
"""


def test_a_queue_drains_no_faster_than_what_its_consumers_call():
    # The cache could take 2 x 10k = 20k messages/s, but each message sends
    # 10% of a request to db: 3 instances (ceil(100 / 70) = 2, + 1) x 100/s =
    # 300 req/s, so 300 / 10% = 3k messages/s. A 10-minute burst at 4k/s
    # leaves (4k - 3k) x 600 = 600k, cleared in 600k / (3k - 1k) = 300 s.
    m = comps(run(THROUGH_CACHE))["q"].kind_model
    assert m.drain_rate == 3000
    assert m.backlog == 600_000 and m.drain_time == 300
    assert m.growth == 0


def test_a_rate_limited_third_party_behind_a_worker_caps_the_drain():
    text = THROUGH_CACHE.replace("  hit_rate = 90%\n", "").replace(
        "component db {\n  capacity = 100 req/s\n}", "component db {\n  kind = third_party\n  rate_limit = 500 req/s\n}"
    ).replace("c -> db * misses", "c -> db * 2")
    # Two calls per message to a third party that takes 500/s: 250 messages/s,
    # below the 1k/s average: the queue grows by 750/s, 2.7M an hour.
    r = run(text)
    m = comps(r)["q"].kind_model
    assert m.drain_rate == 250 and m.growth == 750
    assert risks_of(r)[("q", "backlog")].message.endswith("grows by 2.7M messages per hour without end")


def test_a_queue_behind_a_queue_gets_the_peak():
    text = """\
component src {
  kind = clients
  count = 10k
  rate = 1 per second
  peak_factor = 2
}
component q1 {
  kind = queue
  burst = 10 min
}
component q2 {
  kind = queue
  burst = 10 min
}
component w {
  capacity = 1k req/s
}
flow {
  src -> q1 -> q2 -> w
}
"""
    c = comps(run(text))
    # q1 passes messages on as they come: nothing behind it limits the drain.
    assert c["q1"].kind_model.drain_rate == math.inf and c["q1"].kind_model.backlog == 0
    # q2 gets the 20k/s peak; w is sized for the 10k average: ceil(10k / 700)
    # = 15, + 1 = 16 instances draining 16k/s; (20k - 16k) x 600 = 2.4M.
    m = c["q2"].kind_model
    assert (m.load, m.average, m.drain_rate) == (20_000, 10_000, 16_000)
    assert m.backlog == 2_400_000


def test_an_edge_times_zero_adds_nothing_to_the_synchronous_path():
    text = """\
component a {
  load = 10 req/s
  capacity = 100 req/s
}
component slow {
  kind = third_party
  rate_limit = 100 req/s
  latency = 5 s
}
flow {
  a -> slow * 0
}
e = a.end_to_end
"""
    assert shown(run(text), "e") == "0 s"
    assert shown(run(text.replace("slow * 0", "slow * 1")), "e") == "5 s"


def test_queue_growth_is_a_figure_and_msg_a_unit():
    text = THROUGH_CACHE.replace("capacity = 100 req/s", "capacity = 10 req/s\n  instances = 1") + \
        "g = q.growth -> msg/s\n"
    # db: 1 instance x 10/s = 10 req/s = 100 messages/s against 1k/s on average
    assert shown(run(text), "g") == "900 msg/s"


def test_room_on_a_managed_queue_needs_a_burst():
    text = """\
component q {
  kind = queue
  load = 10 req/s
  message_size = 1 KB
  memory = 1 GB
}
component w {
  capacity = 100 req/s
}
flow {
  q -> w
}
"""
    [(kind, line, column, message, hint)] = errors(text)
    assert (kind, line, column) == ("property", 5, 3)
    assert message == "`memory` on q needs `burst`" and "burst" in hint


def test_size_at_is_allowed_on_queues_and_third_parties():
    text = """\
component t {
  kind = third_party
  load = 100 req/s
  rate_limit = 1k req/s
  size_at = 99%
}
"""
    assert comps(run(text))["t"].kind == "third_party"


def test_a_misspelled_kind_is_the_only_error():
    text = """\
component t {
  kind = thirdparty
  rate_limit = 100 req/s
}
"""
    [(kind, line, column, message, hint)] = errors(text)
    assert (kind, line, column) == ("property", 2, 10)
    assert "third_party" in (hint or "") + message


def test_a_third_partys_share_of_its_limit_past_bote_s_range_is_an_error_not_a_crash():
    import pytest

    import bote
    with pytest.raises(bote.BoteError) as e:
        bote.evaluate("component t {\n  kind = third_party\n  rate_limit = 1e-300 req/s\n}\n"
                      "component a {\n  load = 1e300 req/s\n  capacity = 1e300 req/s\n}\nflow {\n  a -> t\n}\n", "t.bote")
    assert e.value.diagnostics[0].message == "number too large"
