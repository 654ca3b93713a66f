"""Display that cannot be misread (issue 10, part 6): what bote prints for a
value must not read as another value.  Each figure here is worked by hand
from the .bote text beside it."""
from __future__ import annotations

import json
from fractions import Fraction

import pytest
from click.testing import CliRunner
from conftest import error_of, run, shown

from bote.cli import main
from bote.language.format import (
    format_number,
    format_percent,
    hms_text,
    significant_digits,
)
from bote.render.figures import component_rows
from bote.render.graph import render_mermaid
from bote.render.json import file_json
from bote.render.table import render_markdown, render_table


def value_text(source: str, name: str = "x") -> str:
    return shown(run(source), name)


def cli(tmp_path, source: str, *args: str, name: str = "estimate.bote"):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return CliRunner().invoke(main, [*args, str(path)])


# ---- a percentage never reads 100% or 0% unless it is ------------------------

@pytest.mark.parametrize("source, text", [
    ("x = 99.99%", "99.99%"),             # 3 figures would round it to 100%
    ("x = 99.9999%", "99.9999%"),
    ("x = 1 - 99.999%", "0.001%"),        # exactly 1/100000
    ("x = 100%", "100%"),                 # exactly 100%: nothing to add
    ("x = 0%", "0%"),
    ("x = 99.95%", "99.95%"),
    ("x = 100.001%", "100.001%"),         # from above too
    ("x = 62.5%", "62.5%"),               # far from 100%: 3 figures as before
    ("x = 99.991234%", "99.99%"),         # only the figures it takes to differ from 100
])
def test_a_percentage_reads_100_or_0_only_when_it_is(source, text):
    assert value_text(source) == text


def test_a_utilization_just_short_of_100_percent_is_not_rounded_up():
    # 9,999 req/s on one instance of 10,000 req/s: 99.99%.
    f = run("component db {\n  load = 9999 req/s\n  capacity = 10k req/s\n  instances = 1\n}\n")
    assert component_rows(f)[0][4] == "99.99%"
    assert "runs at 99.99% utilization" in f.risks[0].message


def test_percentages_near_100_keep_their_figures_at_any_digits():
    assert format_percent(Fraction(9999, 10000)) == "99.99%"
    with significant_digits(1):
        assert format_percent(Fraction(995, 1000)) == "99.5%"
        assert format_percent(Fraction(62, 100)) == "60%"
    assert format_percent(Fraction(1)) == "100%"


# ---- a ratio of one dimension keeps the units it was written in ----------------

@pytest.mark.parametrize("source, text", [
    ("x = 35B min/week", "35 billion min/week"),   # the billion: see the last section
    ("x = 5 hours/day", "5 h/day"),
    ("x = 500 hours per minute", "500 h/min"),
    ("r = 5 hours/day\nx = r * 2", "10 h/day"),     # arithmetic keeps it
    ("r = 5 hours/day\nx = r * 30 days", "150 h"),   # 5 h/day for 30 days
    ("x = 5 hours / 1 day -> h/day", "5 h/day"),     # a conversion can ask for it too
])
def test_a_ratio_of_one_dimension_keeps_the_units_written(source, text):
    assert value_text(source) == text


@pytest.mark.parametrize("source, text", [
    ("x = 150 TB / 100 GB", "1.5k"),                 # how many 100 GB disks: a count
    ("a = 5 hours\nb = 1 day\nx = a / b", "0.208"),  # 5/24, a quotient of two values
    ("x = 10 GB/s / (1 MB/s)", "10k"),
])
def test_a_quotient_of_two_values_of_one_dimension_is_a_number(source, text):
    assert value_text(source) == text


# ---- a count label survives multiplication by a time ----------------------------

@pytest.mark.parametrize("source, text", [
    ("x = 10k qps * 1 hour", "36M req"),        # 10,000/s * 3,600 s
    ("x = 10k req/s * 1 hour", "36M req"),
    ("x = 5000 qps * 20 ms", "100 req"),        # Little's law: requests in flight
    ("unit batch = 100 req\nx = 10 batch/s * 1 min", "60k req"),   # 600 batches of 100
    ("x = 10k qps * 1 hour * 2 KB", "72 GB"),   # bytes, not req*bytes
])
def test_a_count_label_survives_a_time(source, text):
    assert value_text(source) == text


# ---- a component's load keeps the label of what it carries -----------------------

TRANSFERS = """\
unit transfer
component api {
  load = 3M transfer/s
  capacity = 1M transfer/s
  instances = 2
}
component db {
  capacity = 5k qps
}
flow {
  api -> db * 1%
}
"""


def test_a_load_of_transfers_shows_as_transfers():
    f = run("unit transfer\ncomponent api {\n  load = 2M transfer/s\n  capacity = 1M transfer/s\n}\n")
    assert component_rows(f)[0][1:3] == ["2M transfer/s", "1M transfer/s"]


def test_the_ledger_of_the_docs():
    # 2M / (800k * 70%) = 3.57: 4 + 1 instances, at 2M / (800k * 5) = 50%; 800k × 5 / 2M = 2× the traffic fills them.
    f = run("unit transfer\ntraffic = 2M transfer/s\ncomponent ledger {\n  load = traffic\n"
            "  capacity = 800k transfer/s\n}\n")
    assert component_rows(f) == [["ledger", "2M transfer/s", "800k transfer/s", "4 + 1", "50%", "2× overloaded", "-"]]


def test_the_label_travels_along_the_flow_and_into_the_risks():
    f = run(TRANSFERS)
    rows = {row[0]: row for row in component_rows(f)}
    assert rows["api"][1:3] == ["3M transfer/s", "1M transfer/s"]
    assert rows["db"][1:3] == ["30k transfer/s", "5k transfer/s"]   # 1% of 3M; the capacity in the same unit
    [overloaded] = f.risks
    assert overloaded.message.startswith("api is overloaded: 3M transfer/s offered, 2M transfer/s of capacity")
    assert "load 30k transfer/s" in render_mermaid(f)


def test_json_keeps_loads_in_requests_per_second():
    # The JSON contract: component loads and capacities are `request / second`.
    api = file_json(run(TRANSFERS))["components"]["api"]
    assert api["load"] == {"magnitude": 3e6, "unit": "request / second"}
    assert api["capacity"] == {"magnitude": 1e6, "unit": "request / second"}


def test_loads_of_two_labels_add_up_to_requests():
    f = run("unit photo, view\ncomponent a {\n  load = 10 photo/s\n  capacity = 100 qps\n}\n"
            "component b {\n  load = 20 view/s\n  capacity = 100 qps\n}\n"
            "component store {\n  capacity = 100 qps\n}\nflow {\n  a -> store\n  b -> store\n}\n")
    rows = {row[0]: row for row in component_rows(f)}
    assert rows["a"][1] == "10 photo/s"
    assert rows["store"][1] == "30 req/s"


def test_clients_carry_the_label_of_their_rate():
    f = run("component phones {\n  kind = clients\n  count = 1M\n  rate = 6 msg/min\n}\n"
            "component api {\n  capacity = 10k qps\n}\nflow {\n  phones -> api\n}\n")
    rows = {row[0]: row for row in component_rows(f)}
    assert rows["api"][1:3] == ["100k msg/s", "10k msg/s"]   # 1M * 6 / 60 s


# ---- durations ----------------------------------------------------------------

@pytest.mark.parametrize("source, text", [
    ("x = (1 - 99.9%) * 1 month", "43.8 min"),    # 0.001 * 30.4375 days = 2,629.8 s
    ("x = (1 - 99.9%) * 1 week", "10.1 min"),     # 0.001 * 604,800 s = 604.8 s
    ("x = (1 - 99.9%) * 1 year", "8.77 h"),       # 31,557.6 s
    ("x = 0.5 week", "3.5 day"),
    ("x = 2 weeks", "2 week"),                    # reads as written: kept
    ("x = 90 min", "90 min"),
    ("x = 3600 s", "1 h"),
])
def test_a_time_shows_in_the_largest_unit_it_is_at_least_1_of(source, text):
    assert value_text(source) == text


@pytest.mark.parametrize("source, text", [
    ("x = (1 - 99.9%) * 1 year -> hms", "8h 45m 57s"),   # 31,557.6 s: 8*3600 + 45*60 + 57.6, rounded down
    ("x = 1 hour -> hms", "1h"),
    ("x = 1 hour + 1 s -> hms", "1h 0m 1s"),
    ("x = 53 hours -> hms", "2d 5h"),
    ("x = 90 s -> hms", "1m 30s"),
    ("x = 250 ms -> hms", "0.25s"),                      # under a second: not `0s`
    ("x = 0 s -> hms", "0s"),
    ("x = -90 s -> hms", "-1m 30s"),
    ("d = 1 hour -> hms\nx = d * 2", "2h"),              # arithmetic keeps the display
])
def test_hms_shows_a_compound_duration(source, text):
    assert value_text(source) == text


def test_hms_text_rounds_float_noise_to_the_second_it_means():
    assert hms_text(3599.9999999999995) == "1h"
    assert hms_text(Fraction(7199, 2)) == "59m 59s"


def test_hms_in_json_is_seconds_with_the_compound_text():
    entry = file_json(run("x = (1 - 99.9%) * 1 year -> hms"))["values"]["x"]
    assert entry == {"magnitude": 31557.6, "unit": "second", "text": "8h 45m 57s", "line": 1}


def test_hms_is_not_a_unit_of_the_input():
    [d] = error_of("x = 5 hms")
    assert (d.kind, d.message) == ("unknown-unit", "`hms` is a way to show a time, not a unit")
    [d] = error_of("x = 5 GB -> hms")
    assert (d.kind, d.message) == ("dimension", "cannot convert data to hms (time)")
    assert value_text("hms = 5 s\nx = hms * 2") == "10 s"   # a binding may still be called hms


# ---- --digits N ---------------------------------------------------------------

DIGITS = """\
writes = 100M requests per day -> req/s
b = 150
component api {
  load = writes * 11
  service_time = 20 ms
  workers = 8
}
"""


def test_digits_sets_the_significant_figures():
    f = run(DIGITS)
    with significant_digits(5):
        assert shown(f, "writes") == "1.1574k req/s"      # 1,157.407...
    with significant_digits(2):
        assert shown(f, "writes") == "1.2k req/s"
        assert shown(f, "b") == "150"                     # not 1.5e2
    with significant_digits(1):
        assert shown(f, "b") == "200"
    assert shown(f, "writes") == "1.16k req/s"            # the default, 3


def test_format_number_at_a_few_digits():
    assert format_number(150, digits=2) == "150"
    assert format_number(999.6) == "1k"
    assert format_number(-150, digits=1) == "-200"
    assert format_number(1.234e-7) == "1.23e-7"
    assert format_number(2.5e15) == "2.5e15"


def test_digits_on_check_render_and_graph(tmp_path):
    result = cli(tmp_path, DIGITS, "check", "--digits", "5")
    assert result.exit_code == 0
    assert "1.1574k req/s" in result.output
    assert "12.731k req/s" in result.output                 # 1,157.407 * 11
    assert "67.721%" in result.output                        # 12,731.48 / (400 * 47)
    result = cli(tmp_path, DIGITS, "graph", "--digits", "5")
    assert "load 12.731k req/s" in result.output
    doc = "# Estimate\n\n```bote\n" + DIGITS + "```\n"
    result = cli(tmp_path, doc, "render", "--digits", "5", name="doc.md")
    assert result.exit_code == 0
    assert "| writes | 1.1574k req/s |" in (tmp_path / "doc.md").read_text(encoding="utf-8")


def test_render_check_compares_at_the_same_digits(tmp_path):
    doc = "# Estimate\n\n```bote\n" + DIGITS + "```\n"
    path = tmp_path / "doc.md"
    path.write_text(doc, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["render", "--digits", "5", str(path)]).exit_code == 0
    assert runner.invoke(main, ["render", "--check", "--digits", "5", str(path)]).exit_code == 0
    assert runner.invoke(main, ["render", "--check", str(path)]).exit_code == 1   # 3 figures would differ


@pytest.mark.parametrize("n", ["0", "16", "x"])
def test_digits_out_of_range_is_a_usage_error(tmp_path, n):
    result = cli(tmp_path, DIGITS, "check", "--digits", n)
    assert result.exit_code == 2
    assert "--digits" in result.output


def test_digits_in_json_text(tmp_path):
    result = cli(tmp_path, DIGITS, "check", "--format", "json", "--digits", "4")
    entry = json.loads(result.output)["files"][0]["values"]["writes"]
    assert entry["text"] == "1.157k req/s"
    assert entry["magnitude"] == 1157.4074074074074    # the magnitude is never rounded


# ---- a billion next to a unit does not read as bytes ------------------------------

def test_a_billion_next_to_a_unit_is_spelled_out():
    assert value_text("unit url\nx = 183B url") == "183 billion url"
    assert value_text("x = 20B msg/day") == "20 billion msg/day"
    assert value_text("x = 183B") == "183B"             # a plain number keeps the suffix bote reads
    assert value_text("x = 2T req") == "2T req"         # T is not a unit of the input: no ambiguity


def test_a_billion_is_spelled_out_in_every_output():
    f = run("unit url\nx = 183B url\ncomponent api {\n  load = 2B req/s\n  capacity = 1B req/s\n"
            "  instances = 1\n}\n")
    assert "183 billion url" in render_table(f)
    assert "| x      | 183 billion url |" in render_markdown(f)
    assert file_json(f)["values"]["x"]["text"] == "183 billion url"
    assert "load 2 billion req/s" in render_mermaid(f)
    assert "2 billion req/s offered, 1 billion req/s of capacity" in f.risks[0].message
    assert "B req/s" not in render_table(f) and "B url" not in render_table(f)


def test_hms_of_a_range_shows_each_end_as_a_duration():
    import re
    f = run("x = 1 h to 3 h -> hms")
    assert re.fullmatch(r"1h \d+m \d+s \(5\dm \d+s–2h 5\dm \d+s\)", shown(f, "x"))
    entry = file_json(f)["values"]["x"]
    assert entry["unit"] == "second"
    assert 3000 < entry["p5"] < 3600 and 10000 < entry["p95"] < 11000   # about 1 h and 3 h, in seconds


class TestCompoundDurationsReadBack:
    """What `-> hms` prints, bote reads: `8h 45m 57s` is 8 h + 45 min + 57 s."""

    @pytest.mark.parametrize("written, seconds", [("8h 45m 57s", 31_557), ("2d 3h", 2 * 86_400 + 3 * 3_600),
                                                  ("45m 30s", 2_730), ("1h 0m 1s", 3_601), ("2d 0h 1m", 172_860),
                                                  ("1m 0.5s", Fraction(121, 2))])
    def test_each_compound_is_the_sum_of_its_parts(self, written, seconds):
        assert run(f"x = {written}\n").values[0].quantity.magnitude == seconds

    def test_it_round_trips_through_hms(self):
        report = run("y = (1 - 99.9%) * 1 year -> hms\nassert y == 8h 45m 57s within 1 s\n")
        assert shown(report, "y") == "8h 45m 57s" and report.asserts[0].passed

    def test_units_glued_to_numbers_keep_their_meaning(self):
        v = {x.name: x.quantity for x in run("a = 5ms\nb = 8h / 1 day\nc = 3min\n").values}
        assert v["a"].magnitude == Fraction(5, 1000) and v["c"].magnitude == 180 and v["b"].magnitude == Fraction(1, 3)

    def test_one_part_alone_keeps_its_old_meaning(self):
        """`3m` is a number and a name: with a binding `m = 5` it is still 15."""
        assert run("m = 5\nx = 3m\n").values[1].quantity.magnitude == 15

    @pytest.mark.parametrize("text", ["x = 1 hour 30 min", "x = 8h 45min", "x = 2 h 30m", "x = 5 GB 3 GB"])
    def test_quantities_side_by_side_are_an_error_not_a_product(self, text):
        from conftest import error_of
        (d,) = error_of(text + "\n")
        assert (d.kind, d.message) == ("syntax", "two quantities side by side") and "`+`" in d.hint

    def test_a_part_out_of_order_is_not_a_duration(self):
        from conftest import error_of
        (d,) = error_of("x = 45m 8h\n")
        assert (d.kind, d.span.line, d.span.column) == ("syntax", 1, 5)
        (d,) = error_of("x = 1h 30m 2h 10m\n")
        assert d.kind == "syntax" and "8h 45m 57s" in d.hint


def test_a_percentage_closer_to_100_than_a_float_holds_is_still_not_100():
    assert value_text("x = 100% - 1e-20%") == "<100%"
    assert value_text("x = 100% + 1e-20%") == ">100%"
    assert value_text("x = 100%") == "100%"
