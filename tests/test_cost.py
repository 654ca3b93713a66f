"""Cost: what each component costs per month from its `price`,
`storage_price` and `egress_price`, and `total_cost`, worked by hand.

bote's month is a twelfth of 365.25 days: 730.5 hours, 2,629,800 s."""
from __future__ import annotations

import json
from fractions import Fraction

import pytest
from click.testing import CliRunner

import bote
from bote.cli import main

MONTH_S = Fraction(36525 * 86400, 1200)
assert MONTH_S == 2_629_800

SYSTEM = """\
component api {
  load = 12_760 req/s
  service_time = 20 ms
  workers = 8
  price = $0.192/hour
  egress_price = $0.09 per GB
  response_size = 20 KB
}
component db {
  capacity = 2k req/s
  data = 50 TB
  storage = 10 TB
  price = 140 USD/month
  storage_price = $0.023 per GB per month
}
component maps {
  kind = third_party
  rate_limit = 20k req/s
  price = $0.005 per req
}
flow {
  api -> db * 10%
  api -> maps * 1%
}
"""


def monthly(q) -> Fraction:
    """A cost figure's magnitude (money per second) per month."""
    return q.magnitude * MONTH_S


@pytest.fixture(scope="module")
def report():
    return bote.evaluate(SYSTEM, "cost.bote")


def test_instances_at_their_price_per_hour(report):
    # api: ceil(12,760 / (400 × 70%)) = 46, + 1 spare = 47; 47 × $0.192 × 730.5 h = $6,592.032.
    api = report.components["api"]
    assert monthly(api.cost["compute_cost"]) == Fraction("6592.032")


def test_egress_is_paid_on_the_average_load(report):
    # 12,760 req/s × 20,000 B × $0.09 / 1e9 B = $0.022968/s; × 2,629,800 s = $60,401.2464.
    assert monthly(report.components["api"].cost["egress_cost"]) == Fraction("60401.2464")
    assert monthly(report.components["api"].cost["cost"]) == Fraction("6592.032") + Fraction("60401.2464")


def test_storage_at_its_price_per_byte_per_month(report):
    db = report.components["db"]
    # 8 instances (ceil(50 TB / (10 TB × 80% max_fill)) = ceil(6.25) = 7, + 1) × $140 = $1,120;
    # 50,000 GB × $0.023 = $1,150.
    assert monthly(db.cost["compute_cost"]) == 1120
    assert monthly(db.cost["storage_cost"]) == 1150


def test_a_third_party_bills_each_call_at_the_average_rate(report):
    # 1% of 12,760 req/s = 127.6 req/s × $0.005 = $0.638/s; × 2,629,800 s = $1,677,812.40.
    maps = report.components["maps"]
    assert monthly(maps.cost["cost"]) == Fraction("1677812.4")
    assert "storage_cost" not in maps.cost


def test_total_cost_is_the_sum_and_reads_in_asserts(report):
    total = Fraction("6592.032") + Fraction("60401.2464") + 1120 + 1150 + Fraction("1677812.4")
    assert monthly(report.files[0].total_cost) == total
    checked = bote.evaluate(SYSTEM + "assert total_cost < $2M/month\nassert maps.cost > api.cost * 20\n", "c.bote")
    assert all(a.passed for a in checked.asserts)
    failed = bote.evaluate(SYSTEM + "assert total_cost < $40k/month\n", "c.bote").asserts[0]
    assert not failed.passed and "total_cost is 1.75M USD/month" in failed.message


def test_the_table_has_a_cost_column_and_a_total_line(tmp_path):
    path = tmp_path / "cost.bote"
    path.write_text(SYSTEM)
    out = CliRunner().invoke(main, ["check", str(path)]).output
    header = next(line for line in out.splitlines() if line.startswith("component"))
    assert header.split() == ["component", "load", "capacity", "instances", "utilization", "headroom", "cost/month",
                              "risks"]
    table = out.split("\n\n")[1]  # the components table (no values: the file has no bindings)
    rows = {line.split()[0]: line for line in table.splitlines() if line.split()}
    assert "67k USD" in rows["api"] and "2.27k USD" in rows["db"] and "1.68M USD" in rows["maps"]
    assert rows["total"].split() == ["total", "1.75M", "USD"]


def test_json_gives_each_component_s_cost_and_the_file_s(tmp_path):
    path = tmp_path / "cost.bote"
    path.write_text(SYSTEM)
    f = json.loads(CliRunner().invoke(main, ["check", str(path), "--format", "json"]).stdout)["files"][0]
    assert f["cost"] == {"magnitude": pytest.approx(1747075.6784), "unit": "USD / month", "text": "1.75M USD/month"}
    api = f["components"]["api"]
    assert api["cost"]["text"] == "67k USD/month"
    assert set(api["costs"]) == {"compute_cost", "egress_cost"}
    assert api["costs"]["compute_cost"]["magnitude"] == pytest.approx(6592.032)
    no_price = json.loads(CliRunner().invoke(main, ["check", "-", "--format", "json"],
                                             input="component a {\n  capacity = 5 req/s\n}\n").stdout)["files"][0]
    assert no_price["cost"] is None and no_price["components"]["a"]["cost"] is None


def test_costs_read_in_the_currency_of_the_first_price():
    text = ("unit EUR = 1.08 USD\n"
            "component api {\n  capacity = 100 req/s\n  load = 70 req/s\n  price = 0.10 EUR/hour\n}\n"
            "component db {\n  capacity = 100 req/s\n  load = 70 req/s\n  price = 0.108 USD/hour\n}\n")
    r = bote.evaluate(text, "eur.bote")
    # Each runs 1 + 1 instances: 2 × 0.10 EUR × 730.5 h = 146.1 EUR; the db's $0.216/h is 0.20 EUR/h: 146.1 EUR too.
    assert str(r.components["api"].cost["cost"]) == "146 EUR/month"
    assert str(r.files[0].total_cost) == "292 EUR/month"
    assert monthly(r.files[0].total_cost) == Fraction("292.2") * Fraction(108, 100)  # in USD, bote's base


def test_with_ranges_costs_are_distributions():
    text = ("component api {\n  load = 5k to 20k req/s\n  capacity = 100 req/s\n  price = $0.10/hour\n"
            "  egress_price = $0.09 per GB\n  response_size = 10 KB to 50 KB\n}\n"
            "assert prob(total_cost > $100k/month) < 50%\n")
    r = bote.evaluate(text, "r.bote")
    total = r.files[0].total_cost
    import numpy as np
    assert isinstance(total.magnitude, np.ndarray)
    s = r.components["api"].sizing
    # The instances are one count (sized at p95), so the compute part is one figure in every sample.
    compute = r.components["api"].cost["compute_cost"].magnitude
    assert np.allclose(compute, s.instances * 0.10 / 3600)
    assert r.asserts[0].passed


@pytest.mark.parametrize("text, message", [
    ("component m {\n  kind = third_party\n  rate_limit = 5 req/s\n  price = $0.192/hour\n}\n",
     "property `price` of m must be money, found money/time"),
    ("component db {\n  capacity = 5 req/s\n  price = 1 USD\n}\n",
     "property `price` of db must be money/time, found money"),
    ("component db {\n  capacity = 5 req/s\n  storage_price = $0.023 per GB per month\n}\n",
     "`storage_price` on db needs `data`"),
    ("component db {\n  capacity = 5 req/s\n  egress_price = $0.09 per GB\n}\n",
     "`egress_price` on db needs `response_size`"),
    ("component db {\n  capacity = 5 req/s\n}\nx = db.cost\n",
     "db sets no `price` or `storage_price` or `egress_price`: it has no `cost`"),
    ("component db {\n  capacity = 5 req/s\n  price = 1 USD/hour\n}\nx = db.storage_cost\n",
     "db sets no `storage_price`: it has no `storage_cost`"),
    ("component db {\n  capacity = 5 req/s\n}\nx = total_cost\n",
     "`total_cost` is the components' cost, and no component sets a price"),
    ("total_cost = 5 USD\ncomponent db {\n  capacity = 5 req/s\n  price = 1 USD/hour\n}\n",
     ("`total_cost` is bote's figure of what the components cost (their prices are set): a binding cannot "
     "take its name")),
    (("component q {\n  kind = queue\n  price = 1 USD/hour\n}\ncomponent w {\n  capacity = 5 req/s\n}\n"
     "flow {\n  q -> w\n}\n"), "`price` on q needs `capacity`"),
    ("component c {\n  kind = clients\n  count = 5\n  rate = 1 per hour\n  price = 1 USD/hour\n}\n",
     "`price` means nothing on c (kind = clients)"),
])
def test_a_price_that_cannot_apply_is_an_error(text, message):
    with pytest.raises(bote.BoteError) as e:
        bote.evaluate(text, "e.bote")
    assert message in [d.message for d in e.value.diagnostics]


def test_a_file_without_prices_keeps_its_table():
    r = bote.evaluate("component a {\n  capacity = 5 req/s\n  load = 1 req/s\n}\n", "a.bote")
    from bote.render.table import render_table
    assert "cost" not in render_table(r.files[0])


def test_the_docs_example_is_the_system_worked_here():
    """docs/language.md quotes these figures ("What it costs"); its block is this system."""
    from pathlib import Path
    doc = (Path(__file__).resolve().parent.parent / "docs" / "language.md").read_text(encoding="utf-8")
    section = doc[doc.index("## What it costs"):doc.index("## How a figure was derived")]
    import re
    assert SYSTEM in re.sub(r"  # => .*", "", section)  # its `# =>` results are checked by test_docs
    for figure in ("67k USD, 2.27k USD and 1.68M USD", "1.75M USD in all", "$6,592.03", "$60,401.25",
                   "$1,677,812.40"):
        assert figure in section


def test_a_cost_with_a_range_prints_as_a_distribution(tmp_path):
    path = tmp_path / "r.bote"
    path.write_text("component api {\n  load = 20k to 80k qps\n  capacity = 2k qps\n  price = $0.10/hour\n"
                    "  egress_price = $0.09 per GB\n  response_size = 10 KB\n}\n")
    for fmt in ("table", "markdown"):
        result = CliRunner().invoke(main, ["check", str(path), "--format", fmt])
        assert result.exit_code == 0, result.output
        total = next(line for line in result.stdout.splitlines() if "total" in line)
        assert "USD" in total and "–" in total   # the median and its p5–p95


def test_a_cost_past_bote_s_range_is_an_error_not_a_crash():
    with pytest.raises(bote.BoteError) as e:
        bote.evaluate("component a {\n  capacity = 1 req/s\n  price = 1e300 USD/s\n}\n", "x.bote")
    assert e.value.diagnostics[0].message == "the cost of a is out of range: number too large"
