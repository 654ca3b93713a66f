"""Evaluation: spreadsheet order, names, figures, flows, asserts."""
from fractions import Fraction as F

from conftest import error_of, run, shown


def test_dependencies_not_line_order():
    report = run("total = a + b\na = 2 GB\nb = 500 MB\n")
    assert shown(report, "total") == "2.5 GB"


def test_binding_uses_component_figures_and_component_uses_later_bindings():
    report = run("""
servers = web.instances
component web {
  load = peak
  capacity = 800 req/s
}
peak = 2 * average
average = 6k req/s
""")
    # 12000 / (800 * 0.7) = 21.43 -> 22, +1 spare
    assert report.values[0].quantity.magnitude == 23


def test_properties_visible_by_bare_name():
    report = run("""
component cache {
  load = 1k req/s
  capacity = 10 * load
  working_set = load * 1 hour * 2 KB
  memory = 1 GB
}
""")
    (c,) = report.components
    # 1000/s * 3600 s * 2000 B = 7.2 GB over 1 GB per instance: 8
    assert c.sizing.needed_for_memory == 8
    assert c.capacity.magnitude == 10_000


def test_defaults_are_visible():
    report = run("component w {\n  capacity = 1 req/s\n  load = 1 req/s\n}\nu = w.max_utilization\nr = w.redundancy\n")
    assert shown(report, "u") == "70%" and shown(report, "r") == "1"


def test_every_computed_figure():
    report = run("""
component w {
  load = 1000 req/s
  capacity = 100 req/s
}
a = w.load
b = w.capacity
c = w.instances
d = w.needed
e = w.needed_for_load
f = w.spare
g = w.utilization
h1 = w.utilization_one_down
i = w.needed_for_memory
""")
    texts = {v.name: shown(report, v.name) for v in report.values}
    assert texts == {"a": "1k req/s", "b": "100 req/s", "c": "16", "d": "15", "e": "15", "f": "1",
                     "g": "62.5%", "h1": "66.7%", "i": "0"}


def test_flow_sums_incoming_edges_and_fans_out():
    report = run("""
component lb { load = 1k req/s
  capacity = 10k req/s }
component api { capacity = 500 req/s }
component search { capacity = 500 req/s }
component db { capacity = 50k req/s }
flow {
  lb -> api -> db * 3
  lb -> search * 2 -> db * 50%
}
""")
    loads = {c.name: c.sizing.load for c in report.components}
    # api: 1000; search: every lb request fans out to 2 -> 2000
    # db: 1000 * 3 + 2000 * 0.5 = 4000
    assert loads == {"lb": 1000, "api": 1000, "search": 2000, "db": 4000}


def test_multiplier_can_be_an_expression():
    report = run("""
fanout = 200 / 4
component a { load = 2 req/s
  capacity = 1k req/s }
component b { capacity = 1k req/s }
flow { a -> b * fanout }
""")
    assert report.components[1].sizing.load == 100


def test_exact_arithmetic():
    report = run("x = 0.1 + 0.2\ny = x * 10\n")
    assert report.values[0].quantity.magnitude == F(3, 10)
    assert report.values[1].quantity.magnitude == 3


def test_scale_words_fold_into_the_number():
    report = run("x = 3 million users\n")
    assert shown(report, "x") == "3M user"


def test_irrational_results_are_floats():
    report = run("x = sqrt(2)\ny = ln(exp(1))\n")
    assert abs(report.values[0].quantity.magnitude - 2 ** 0.5) < 1e-15
    assert shown(report, "y") == "1"


def test_assert_results_and_messages():
    report = run("""
component w {
  load = 1k req/s
  capacity = 100 req/s
}
assert w.instances < 10
assert w.instances >= 10 and w.utilization < 70%
""")
    failed, passed = report.asserts
    assert not failed.passed and failed.span.line == 6
    assert failed.message == "assert failed: w.instances < 10 (w.instances is 16)"
    assert passed.passed and passed.text == "w.instances >= 10 and w.utilization < 70%"


def test_several_independent_errors_reported_together():
    diags = error_of("a = 1 MB + 1 s\nb = nope\nc = 3\nd = c ^ (2 s)\n")
    assert [(d.kind, d.span.line) for d in diags] == [("dimension", 1), ("unknown-name", 2), ("dimension", 4)]


def test_errors_downstream_of_an_error_are_not_repeated():
    diags = error_of("a = nope\nb = a * 2\nc = b + 1\n")
    assert len(diags) == 1


def test_cycle_names_every_step():
    (d,) = error_of("a = b + 1\nb = c * 2\nc = a\n")
    assert d.message == "dependency cycle: a (line 1) -> b (line 2) -> c (line 3) -> a (line 1)"


def test_cycle_through_a_component():
    (d,) = error_of("component w {\n  capacity = 1 req/s\n  load = 1 req/s\n  memory = instances * 1 GB\n}\n")
    assert d.message == "dependency cycle: w.memory (line 4) -> w's instance count (line 1) -> w.memory (line 4)"


def test_binding_twice_names_the_first_line():
    (d,) = error_of("x = 1\ny = 2\nx = 3\n")
    assert (d.kind, d.span.line) == ("duplicate", 3) and "line 1" in d.message


def test_wrong_property_dimension_names_property_and_dimensions():
    (d,) = error_of("component w {\n  capacity = 20 ms\n}\n")
    assert d.kind == "dimension"
    assert d.message == "property `capacity` of w must be 1/time, found time"


def test_unknown_property_did_you_mean():
    (d,) = error_of("component w {\n  capacity = 1 req/s\n  servce_time = 1 ms\n}\n")
    assert (d.kind, d.span.line, d.span.column) == ("property", 3, 3)
    assert d.hint == "did you mean `service_time`?"


def test_flow_and_load_together_is_an_error():
    (d,) = error_of("component a { load = 1 req/s\n capacity = 1 req/s }\ncomponent b { load = 1 req/s\n"
                    " capacity = 1 req/s }\nflow { a -> b }\n")
    assert d.kind == "flow" and d.span.line == 3


def test_booleans_only_in_asserts():
    (d,) = error_of("x = 1 < 2\n")
    assert d.kind == "type"
    (d,) = error_of("assert 1 + 1\n")
    assert d.kind == "type"


def test_percentages_multiply_as_percentages():
    report = run("miss = (1 - 80%) * (1 - 50%)\navail = 99.9% ^ 3\nratio = 1 / miss\nx = 5 / 20 percent\n"
                 "y = 20 %\nz = 0.5 -> %\nload = 2k req/s * 10%\n")
    assert [shown(report, n) for n in ("miss", "avail", "ratio", "x", "y", "z", "load")] == \
        ["10%", "99.7%", "10", "25", "20%", "50%", "200 req/s"]


def test_one_down_with_one_instance_fails_an_assert_not_the_file():
    report = run("component c {\n  load = 1 req/s\n  capacity = 10 req/s\n  redundancy = 0\n}\n"
                 "assert c.utilization_one_down < 100%\n")
    assert not report.asserts[0].passed


def test_a_property_may_use_the_binding_of_its_own_name():
    report = run("memory = 64 GB\ncomponent c {\n  load = 1 req/s\n  capacity = 10 req/s\n  memory = memory\n"
                 "  working_set = 100 GB\n}\n")
    assert report.components[0].sizing.needed_for_memory == 2


def test_failed_assert_shows_only_operands_that_name_values():
    report = run("component c {\n  load = 10 req/s\n  capacity = 10 req/s\n}\nassert c.load < 1 req/s\n")
    assert report.asserts[0].message == "assert failed: c.load < 1 req/s (c.load is 10 req/s)"


def test_overflow_in_a_flow_multiplier_is_an_error_not_a_crash():
    (d,) = error_of("component web {\n  load = 1k req/s\n  capacity = 100 req/s\n}\n"
                    "component db { capacity = 1k req/s }\nflow {\n  web -> db * exp(690)\n}\n")
    assert (d.kind, d.span.line, d.message) == ("value", 7, "number too large")


def test_absurd_instance_counts_are_an_error():
    (d,) = error_of("component w {\n  load = 1e299 req/s\n  capacity = exp(-690) req/s\n}\n")
    assert d.kind == "value" and "instances" in d.message


def test_zero_to_a_negative_power():
    (d,) = error_of("x = 0 ^ -0.5\n")
    assert d.message == "division by zero"


def test_a_cycle_is_found_beside_other_flow_errors():
    diags = error_of("component a { load = 1 req/s\n capacity = 1 req/s }\ncomponent b { load = 1 req/s\n"
                     " capacity = 1 req/s }\ncomponent c { capacity = 1 req/s }\ncomponent d { capacity = 1 req/s }\n"
                     "flow {\n  a -> b\n  c -> d -> c\n}\n")
    assert [d.kind for d in diags] == ["flow", "cycle"]
