"""Names that are also count labels: `users = 10M users` binds `users`, and
the label stays a label in unit position (issue 10, part 1)."""
from fractions import Fraction

import pytest
from conftest import error_of, run, shown

ISSUE_EXAMPLE = """\
users    = 10M users
dau      = users * 20%
requests = dau * 20 requests per day -> req/s
unit tweet
tweets   = 500M tweets per day
tweet_qps = tweets -> tweet/s
qps      = requests * 3
ten      = 10 qps
"""


def values(report):
    return {v.name: v.quantity for v in report.values}


def test_the_issue_example_prints_its_figures():
    report = run(ISSUE_EXAMPLE)
    v = values(report)
    assert v["users"].magnitude == 10_000_000 and v["users"].unit == (("user", 1),)
    assert v["dau"].magnitude == 2_000_000
    # 2M users * 20 requests per day = 40M per 86,400 s = 462.96 req/s
    assert v["requests"].magnitude == Fraction(40_000_000, 86_400)
    assert shown(report, "requests") == "463 req/s"
    assert shown(report, "tweet_qps") == "5.79k tweet/s"      # 500M / 86,400 s
    assert shown(report, "qps") == "1.39k req/s"              # 3 * 462.96
    assert v["ten"].magnitude == 10 and shown(report, "ten") == "10 qps"   # the unit, not 10 * qps


@pytest.mark.parametrize("name", ["requests", "messages", "queries", "events", "items", "ops", "cores", "qps",
                                  "users", "user", "req", "msg"])
def test_every_built_in_label_name_may_name_a_binding(name):
    report = run(f"{name} = 5\ntwice = {name} * 2\n")
    assert values(report)["twice"].magnitude == 10


def test_a_declared_labels_plural_may_name_a_binding():
    report = run("unit tweet\ntweets = 500M tweets per day\nper_second = tweets -> tweet/s\n")
    assert values(report)["per_second"].magnitude == Fraction(500_000_000, 86_400)


@pytest.mark.parametrize("text, label_count", [
    ("users = 10M users\nx = (5 + 5) users\n", 10),        # after a parenthesised quantity
    ("users = 10M users\nx = 2 * 5 users\n", 10),          # directly after a number
    ("users = 10M users\nx = 1k users\n", 1000),
])
def test_in_unit_position_the_name_stays_the_label(text, label_count):
    x = values(run(text))["x"]
    assert x.magnitude == label_count and x.unit == (("user", 1),)


def test_elsewhere_the_name_means_the_binding():
    v = values(run("users = 10M users\nx = users / 2\ny = 3 * users\n"))
    assert v["x"].magnitude == 5_000_000 and v["y"].magnitude == 30_000_000


def test_the_target_of_a_conversion_is_always_the_unit():
    v = values(run("requests = 2 requests\nrate = requests per 1 s -> requests/minute\n"))
    assert v["rate"].unit == (("request", 1), ("minute", -1)) and v["rate"].magnitude == 2


class TestTheTrap:
    def test_a_percentage_before_a_bound_label_warns(self):
        report = run("users = 10M users\ndau = 20% users\n")
        assert values(report)["dau"].magnitude == Fraction(1, 5)     # the label: 0.2 users
        (risk,) = report.risks
        assert (risk.kind, risk.severity, risk.component) == ("label-not-binding", "warning", None)
        assert (risk.span.line, risk.span.column) == (2, 11)
        assert risk.message.startswith("`users` here is the label `user`, not the binding `users` (10M user")
        assert risk.remedy == "write `users * 20%` for a share of it, or the singular `20% user` for the label"

    def test_the_binding_being_defined_does_not_warn(self):
        report = run("dau = 2M users\nrequests = dau * 20 requests per day\n")
        assert report.risks == []

    def test_a_plain_count_next_to_the_binding_is_quiet(self):
        """`dau = 200M users` after `users = 1B users` counts users: only a
        share (a percentage, or a number below 1) is the trap."""
        assert run("users = 1B users\ndau = 200M users\nsome = 2 users\n").risks == []
        (risk,) = run("users = 1B users\ndau = 0.2 users\n").risks
        assert risk.kind == "label-not-binding"

    def test_no_warning_without_a_binding_of_that_name(self):
        assert run("dau = 20% users\n").risks == []

    def test_the_singular_reads_the_label_quietly(self):
        assert run("users = 10M users\ndau = 20% user\n").risks == []

    def test_the_warning_is_in_the_json_report(self):
        import json

        import bote
        from bote.render.json import render_json
        report = bote.evaluate("users = 10M users\ndau = 20% users\n", "t.bote")
        (risk,) = json.loads(render_json(report))["files"][0]["risks"]
        assert risk["kind"] == "label-not-binding" and risk["component"] is None and risk["line"] == 2


class TestUnitsWithADimensionStayReserved:
    @pytest.mark.parametrize("name, hint", [("s", "s_count"), ("day", "day_count"), ("GB", "gb_size"),
                                            ("USD", "usd_amount"), ("Gbps", "gbps_rate")])
    def test_refused_with_kind_name_and_a_real_alternative(self, name, hint):
        (d,) = error_of(f"{name} = 5\n")
        assert d.kind == "name" and (d.span.line, d.span.column) == (1, 1)
        assert f"`{hint}`" in d.hint

    def test_the_alternative_is_free(self):
        (d,) = error_of("unit day_count\nday = 5\n")
        assert "`day_count`" not in d.hint and "`day_value`" in d.hint


class TestNoSilentShadowingInAComponent:
    """Issue 10, part 2: the Grokking crawler sized 1 storage server instead of 151."""

    CRAWLER = """\
storage = 1.5 PB
component store {
  load = 100 req/s
  capacity = 1k req/s
  data = storage
  storage = 10 TB
}
"""

    def test_a_name_both_set_here_and_bound_outside_is_an_error_at_the_use(self):
        (d,) = error_of(self.CRAWLER)
        assert (d.kind, d.span.line, d.span.column) == ("name", 5, 10)
        assert d.hint == "write `store.storage` for the property, or rename the binding"

    def test_the_dotted_name_reads_the_property(self):
        report = run(self.CRAWLER.replace("data = storage", "data = store.storage"))
        (store,) = report.components
        assert store.sizing.needed_for_storage == 2   # 10 TB of data on 10 TB disks filled to 80%

    def test_the_binding_renamed_sizes_189_servers(self):
        # 1.5 PB / (10 TB x 80% max_fill) = 187.5 -> 188 disks, plus the default spare
        report = run(self.CRAWLER.replace("storage = 1.5 PB", "corpus = 1.5 PB").replace("data = storage",
                                                                                          "data = corpus"))
        (store,) = report.components
        assert store.sizing.needed_for_storage == 188 and store.sizing.instances == 189

    def test_only_one_of_the_two_keeps_working(self):
        report = run("disk = 2 TB\ncomponent box {\n  capacity = 1k qps\n  storage = disk\n  data = storage / 2\n}\n")
        assert report.components[0].properties["data"][0].magnitude == 10**12

    def test_the_json_report_lists_every_property_set(self):
        import json

        import bote
        from bote.render.json import render_json
        text = "component box {\n  capacity = 1k qps\n  scaling = single\n}\n"
        props = json.loads(render_json(bote.evaluate(text, "box.bote")))["files"][0]["components"]["box"]["properties"]
        assert props == {"capacity": {"magnitude": 1000.0, "unit": "qps", "text": "1k qps", "line": 2},
                         "scaling": {"magnitude": None, "unit": None, "text": "single", "line": 3}}
