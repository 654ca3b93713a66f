"""`bote explain`: how a figure was derived, as a tree walked from the
figure graph, with each step's formula, the numbers put into it and its
value, down to the values the file states."""
from __future__ import annotations

import json
import math
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

import bote
from bote.cli import main
from bote.language.quantity import Quantity, is_sampled
from bote.model.explain import Step, evaluate_equation, explain, terms_of
from bote.render.figures import (
    capacity_text,
    headroom_text,
    rate_text,
    utilization_text,
    value_text,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(ROOT.glob("examples/*.bote")) + sorted(ROOT.glob("examples/*.md")) + \
    sorted(ROOT.glob("tests/published/*.bote"))
API = ROOT / "examples" / "explain-api.bote"


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_the_derivation_of_the_api_s_instances():
    # By hand: load = 11,600 + 10% of it = 12,760 req/s; capacity = 8 / 20 ms
    # = 400 req/s; needed_for_load = ceil(12,760 / (400 × 70%)) = ceil(45.57)
    # = 46; instances = 46 + 1 spare = 47.
    code, out = run("explain", str(API), "api.instances")
    assert code == 0
    assert out == """\
api.instances = needed + redundancy = 46 + 1 = 47
  needed = max(needed_for_load, needed_for_memory, needed_for_storage, needed_for_connections, needed_for_latency, 1)
         = max(46, 0, 0, 0, 0, 1)
         = 46   (load decided)
    needed_for_load = ceil(load / (capacity * max_utilization))
                    = ceil(12.8k req/s / (400 req/s * 70%))
                    = ceil(45.6)
                    = 46
      load = reads + writes = 11.6k req/s + 1.16k req/s = 12.8k req/s   [line 7]
        reads = 11_600 req/s = 11.6k req/s   [line 3]
        writes = reads * 10% = 11.6k req/s * 10% = 1.16k req/s   [line 4]
          reads = 11.6k req/s   (above)   [line 3]
      capacity = workers / service_time = 8 / 20 ms = 400 req/s
        workers = 8   [line 9]
        service_time = 20 ms   [line 8]
      max_utilization = 70%   (the default of `max_utilization`)
    needed_for_memory = 0
    needed_for_storage = 0
    needed_for_connections = 0
    needed_for_latency = 0
  redundancy = 1   (the default of `redundancy`)
"""


def test_the_json_tree_has_the_same_steps_as_nested_objects():
    code, out = run("explain", str(API), "api.needed_for_load", "--format", "json")
    assert code == 0
    tree = json.loads(out)
    assert tree["name"] == "api.needed_for_load"
    assert tree["formula"] == "ceil(load / (capacity * max_utilization))"
    assert tree["substituted"] == "ceil(12.8k req/s / (400 req/s * 70%))"
    assert tree["value"] == {"magnitude": 46.0, "unit": "", "text": "46"} or tree["value"]["text"] == "46"
    assert [i["name"] for i in tree["inputs"]] == ["api.load", "api.capacity", "api.max_utilization"]
    load = tree["inputs"][0]
    assert load["line"] == 7 and load["value"]["magnitude"] == pytest.approx(12_760)
    assert load["value"]["unit"] == "request / second"
    assert [i["name"] for i in load["inputs"]] == ["reads", "writes"]


def test_a_flow_s_load_is_the_sum_of_what_its_sources_send():
    text = ("component api {\n  load = 1k req/s\n  capacity = 500 req/s\n}\n"
            "component cache {\n  kind = cache\n  hit_rate = 90%\n  capacity = 50k req/s\n}\n"
            "component db {\n  capacity = 2k req/s\n}\n"
            "flow {\n  api -> cache * 3 -> db * misses\n}\n")
    f = bote.evaluate(text, "f.bote").files[0]
    step = explain(f, "db.load")
    # 1k req/s × 3 fan-out = 3k at the cache; 10% of it misses: 300 req/s.
    assert step.formula == "cache.load * (1 - cache.hit_rate)"
    assert step.substituted == "3k req/s * (1 - 90%)"
    assert step.text == "300 req/s"
    cache = step.inputs[0]
    assert (cache.formula, cache.substituted, cache.text) == ("api.load * 3", "1k req/s * 3", "3k req/s")


def test_an_unknown_name_is_an_error_naming_the_close_one():
    code, out = run("explain", str(API), "api.neded")
    assert code == 2
    assert "error: no figure `api.neded` in" in out and "did you mean `api.needed`?" in out
    code, out = run("explain", str(API), "nothing_here")
    assert code == 2 and "name a binding" in out


def test_an_invalid_file_exits_2_with_its_diagnostics(tmp_path):
    bad = tmp_path / "bad.bote"
    bad.write_text("x = 2 GB + 3 ms\n")
    code, out = run("explain", str(bad), "x")
    assert code == 2 and "bad.bote:1:" in out


def test_with_ranges_each_step_shows_its_spread_and_the_sizing_its_percentile():
    text = ("peak = 10k to 20k req/s\n"
            "component api {\n  load = peak\n  capacity = 100 req/s\n}\n")
    f = bote.evaluate(text, "r.bote").files[0]
    step = explain(f, "api.instances")
    s = f.components[0].sizing
    assert step.text == str(s.instances)
    from bote.model.capacity import at_percentile
    needed = at_percentile(s.needed, s.size_at)
    assert step.note == f"needed at size_at = 95%: {needed}, + redundancy 1"
    assert step.substituted is None  # medians substituted into a formula do not give the median of the result
    load = next(i for i in _walk(step) if i.name == "api.load")
    assert "(" in load.text and "–" in load.text  # the median and its p5–p95


def _walk(step: Step):
    yield step
    for child in step.inputs:
        yield from _walk(child)


def _table_text(f, name: str) -> str | None:
    """What the values or components table prints for a figure, if it does."""
    values = {v.name: v for v in f.values}
    if name in values:
        return value_text(values[name], f.evaluated_units)
    component, _, figure = name.partition(".")
    c = next((c for c in f.components if c.name == component), None)
    if c is None:
        return None
    if figure == "load":
        return rate_text(c.load, f.evaluated_units)
    if figure == "capacity" and c.capacity is not None:
        return capacity_text(c, f.evaluated_units).removesuffix(" (limit)")
    if figure == "instances" and c.sizing is not None:
        return str(c.sizing.instances)
    if figure == "utilization" and not c.kind_spec.capacity_is_limit and c.sizing is not None:
        return utilization_text(c)
    if figure == "headroom" and c.headroom is not None:
        return headroom_text(c).rsplit(" ", 1)[0]   # the multiplier, without how it fails
    return None


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_figure_of_every_example_is_explained_down_to_what_the_file_states(path):
    report = bote.evaluate_file(path)
    assert report.errors == []
    for f in report.files:
        graph = f.figures
        for figure in graph:
            step = explain(f, figure.name)
            table = _table_text(f, figure.name)
            if table is not None:
                assert step.text == table, figure.name
            for s in _walk(step):
                if s.repeated:
                    continue
                # A step that names its inputs explains each of them.
                node = graph[s.name]
                if s.is_expression:
                    terms = terms_of(node, s.formula)
                    assert terms is not None
                    assert [i.name for i in s.inputs] == list(dict.fromkeys(full for _, full in terms[1]))
                # A leaf is a value the file states, a default, or a figure whose formula reads nothing.
                if not s.inputs:
                    assert s.line is not None or node.formula.startswith("the default of") or \
                        not [i for i in node.inputs if graph[i].value is not None] or \
                        s.formula in ("0", "1"), s.name


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_equation_computes_its_figure_by_bote_s_own_arithmetic(path):
    """The equation explain shows for a figure, evaluated over its inputs'
    values, is the value the rule computed: the words cannot drift from the
    function."""
    report = bote.evaluate_file(path)
    checked = 0
    for f in report.files:
        graph = f.figures
        for figure in graph:
            if figure.equation is None or not isinstance(figure.value, Quantity) or is_sampled(figure.value.magnitude):
                continue
            terms = terms_of(figure, figure.equation)
            assert terms is not None, (figure.name, figure.equation)
            expr, named = terms
            got = evaluate_equation(expr, named, graph, f.evaluated_units)
            assert got is not None, (figure.name, figure.equation)
            want = figure.value.magnitude
            if isinstance(want, Fraction) and isinstance(got.magnitude, Fraction):
                assert got.magnitude == want, (figure.name, figure.equation)
            elif math.isinf(float(want)):
                assert math.isinf(float(got.magnitude)), figure.name
            else:
                assert float(got.magnitude) == pytest.approx(float(want), rel=1e-12), (figure.name, figure.equation)
            checked += 1
    assert checked > 0 or not any(f.components for f in report.files)


def test_every_rule_s_equation_names_only_figures_the_rule_reads():
    from bote.model.component import SERVER_RULES
    from bote.model.graph import Figure
    text = API.read_text()
    f = bote.evaluate(text, "api.bote").files[0]
    for rule in SERVER_RULES:
        node = f.figures.figures.get(f"api.{rule.name}")
        if node is None or node.equation is None:
            continue
        terms = terms_of(Figure(node.name, node.value, node.formula, tuple(f"api.{i}" for i in rule.inputs), None),
                         node.equation)
        assert terms is not None
        expr, named = terms
        from bote.model.explain import _names
        assert len(named) == len([n for n in _names(expr) if f.evaluated_units.lookup(getattr(n, "id", "")) is None])


def test_the_docs_show_what_bote_explain_prints():
    import re
    shown = 0
    for path in sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]:
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"<!-- explain: (\S+) (\S+) -->\n```text\n(.*?)```\n", text, re.DOTALL):
            code, out = run("explain", str(ROOT / m.group(1)), m.group(2))
            assert code == 0
            assert out == m.group(3), f"{path.name}: the explanation of {m.group(2)} is stale"
            shown += 1
    assert shown >= 1


def test_a_long_chain_is_cut_at_a_depth_with_the_way_to_go_on(tmp_path):
    from bote.model.explain import MAX_DEPTH
    chain = tmp_path / "chain.bote"
    chain.write_text("x0 = 1\n" + "".join(f"x{i} = x{i - 1} + 1\n" for i in range(1, 3000)))
    code, out = run("explain", str(chain), "x2999")
    assert code == 0
    lines = out.splitlines()
    assert sum("[line " in line for line in lines) == MAX_DEPTH + 1  # one step per level (long ones wrap)
    assert lines[-1].strip() == f"x{2999 - MAX_DEPTH} = 2.96k   [line {3000 - MAX_DEPTH}]   " \
        f"(deeper: explain `x{2999 - MAX_DEPTH}` on its own)"
    code, out = run("explain", str(chain), "x2999", "--format", "json")
    assert code == 0 and '"cut": true' in out


# ---- untrusted input: what explain says about the files and names anyone can send -------------

def _explain_text(text: str, name: str, *args: str, tmp_path: Path, file: str = "f.bote") -> tuple[int, str]:
    path = tmp_path / file
    path.write_text(text, encoding="utf-8")
    return run("explain", str(path), name, *args)


def test_a_name_that_is_a_unit_is_an_unknown_figure_and_a_binding_named_as_a_unit_an_error(tmp_path):
    code, out = _explain_text("x = 2 GB\n", "GB", tmp_path=tmp_path)
    assert code == 2 and "error: no figure `GB` in" in out and "Traceback" not in out
    code, out = _explain_text("ms = 5 ms\n", "ms", tmp_path=tmp_path)
    assert code == 2 and "f.bote:1:1: error: `ms` is a unit of time and cannot be used as a binding name" in out


@pytest.mark.parametrize("name", ["", ".", "x.", ".x", "a.b.c", "api..load", "💥", "x y", "api.load ", "X", "-"])
def test_a_name_with_odd_characters_is_an_unknown_figure(name, tmp_path):
    code, out = _explain_text("x = 2 GB\ncomponent api {\n  load = 1k req/s\n  capacity = 100 req/s\n}\n", name,
                              tmp_path=tmp_path)
    assert code == 2 and "error: no figure `" in out and "Traceback" not in out


def test_a_newline_in_the_name_is_shown_escaped_and_cannot_start_an_annotation(tmp_path):
    code, out = _explain_text("x = 2 GB\n", "x\n::error file=a::owned\x1b[31m", tmp_path=tmp_path)
    assert code == 2
    assert "no figure `x\\n::error file=a::owned\\x1b[31m`" in out
    assert not any(line.startswith("::") for line in out.splitlines()) and "\x1b" not in out


def test_a_name_as_long_as_a_command_line_allows_is_answered_at_once(tmp_path):
    import time
    started = time.monotonic()
    code, out = _explain_text("x = 2 GB\n" + "".join(f"y{i} = x\n" for i in range(500)), "y" * 100_000,
                              tmp_path=tmp_path)
    assert code == 2 and "no figure" in out and time.monotonic() - started < 5


def test_a_component_with_error_risks_is_explained_with_the_figures_that_trip_them(tmp_path):
    # By hand: a single primary offered 100k req/s with 1k req/s of capacity runs at
    # 100k / 1k = 10,000%; it keeps 1 instance (+ 1 standby) however many it would need.
    text = ("component api {\n  load = 100k req/s\n  capacity = 1k req/s\n  scaling = single\n}\n")
    code, out = _explain_text(text, "api.utilization", tmp_path=tmp_path)
    assert code == 0
    assert out == ("api.utilization = load / capacity = 100k req/s / 1k req/s = 10,000%\n"
                   "  load = 100k req/s   [line 2]\n"
                   "  capacity = 1k req/s   [line 3]\n")
    code, out = _explain_text(text, "api.instances", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[0] == "api.instances = needed + redundancy = 1 + 1 = 2"
    # ceil(100k / (1k × 70%)) = ceil(142.86) = 143: the count the cannot-scale risk reports
    code, out = _explain_text(text, "api.needed_for_load", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[2:4] == ["                    = ceil(143)", "                    = 143"]


def test_what_a_ceil_rounded_up_is_shown_with_the_figures_it_takes_to_round_to_the_count(tmp_path):
    # By hand: 100,101 / (1k × 70%) = 143.0014: at three figures `ceil(143) = 144` would
    # read as arithmetic gone wrong, so the argument keeps its sixth figure.
    text = "component api {\n  load = 100_101 req/s\n  capacity = 1k req/s\n}\n"
    code, out = _explain_text(text, "api.needed_for_load", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[2:4] == ["                    = ceil(143.001)", "                    = 144"]
    # 100,100 / 700 = 143 exactly: nothing to round
    code, out = _explain_text(text.replace("100_101", "100_100"), "api.needed_for_load", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[2:4] == ["                    = ceil(143)", "                    = 143"]


def test_a_file_with_a_component_in_error_explains_nothing_and_shows_the_error(tmp_path):
    # db is fine, but the file is not: explain refuses it as `bote check` does (exit 2)
    text = "component api {\n  load = 1k req/s\n  capacity = 5 GB\n}\ncomponent db {\n  capacity = 1k req/s\n}\n"
    code, out = _explain_text(text, "db.instances", tmp_path=tmp_path)
    assert code == 2 and "f.bote:3:14: error: property `capacity` of api must be 1/time, found data" in out
    assert "db.instances =" not in out


def test_polling_clients_load_is_their_count_over_the_spread_of_their_start_times(tmp_path):
    # By hand: 1M clients every 30 s is 33.3k req/s on average; started within 10% of
    # the interval (3 s) they arrive at 1M / 3 s = 333k req/s.
    text = "component api {\n  clients = 1M\n  poll_interval = 30 s\n  jitter = 10%\n  capacity = 10k req/s\n}\n"
    code, out = _explain_text(text, "api.load", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[0].startswith("api.load = 333k req/s   (")
    assert out.splitlines()[1:] == ["  clients = 1M   [line 2]", "  poll_interval = 30 s   [line 3]",
                                    "  jitter = 10%   [line 4]"]
    code, out = _explain_text(text, "api.average_load", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[0].startswith("api.average_load = 33.3k req/s   (")


def test_instances_set_by_hand_are_the_figure_and_the_utilization_reads_them(tmp_path):
    # By hand: 1k req/s over 2 instances of 4 workers / 20 ms = 200 req/s each:
    # 1,000 / (200 × 2) = 250%; needed = ceil(1,000 / (200 × 70%)) = ceil(7.14) = 8, spare 2 - 8 = -6.
    text = "component api {\n  load = 1k req/s\n  service_time = 20 ms\n  workers = 4\n  instances = 2\n}\n"
    code, out = _explain_text(text, "api.utilization", tmp_path=tmp_path)
    assert code == 0
    assert out == ("api.utilization = load / (capacity * instances) = 1k req/s / (200 req/s * 2) = 250%\n"
                   "  load = 1k req/s   [line 2]\n"
                   "  capacity = workers / service_time = 4 / 20 ms = 200 req/s\n"
                   "    workers = 4   [line 4]\n"
                   "    service_time = 20 ms   [line 3]\n"
                   "  instances = 2   [line 5]\n")
    code, out = _explain_text(text, "api.instances", tmp_path=tmp_path)
    assert (code, out) == (0, "api.instances = 2   [line 5]\n")
    code, out = _explain_text(text, "api.spare", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[0] == "api.spare = instances - needed = 2 - 8 = -6"


def test_an_unstable_queue_s_percentiles_are_unbounded_because_it_is_not_stable(tmp_path):
    # By hand: 1k req/s over 2 instances of 4 workers at 20 ms: each instance gets 500 req/s
    # and serves 4 / 20 ms = 200 req/s, so λ × service_time = 1,000 × 0.02 = 20 Erlangs is
    # not below 4 workers × 2 instances = 8: no finite wait, and the p99 says why.
    text = "component api {\n  load = 1k req/s\n  service_time = 20 ms\n  workers = 4\n  instances = 2\n}\n"
    code, out = _explain_text(text, "api.p99", tmp_path=tmp_path)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "api.p99 = unbounded   (the 99th percentile of the response time)"
    assert lines[1] == "  stable = no   (λ × service_time < workers × serving instances)"
    assert "    load = 1k req/s   [line 2]" in lines and "    serving = instances = 2" in lines
    code, out = _explain_text(text, "api.p99", "--format", "json", tmp_path=tmp_path)
    tree = json.loads(out)  # strict JSON: an infinite value is null, never `Infinity`
    assert tree["value"] == {"magnitude": None, "unit": "second", "text": "unbounded"}
    assert [i["name"] for i in tree["inputs"]] == ["api.stable"]
    for figure in ("mean_wait", "mean_response", "p50", "p90", "in_flight"):
        code, out = _explain_text(text, f"api.{figure}", tmp_path=tmp_path)
        assert code == 0 and " = unbounded " in out.splitlines()[0] and "stable = no" in out.splitlines()[1]


def test_a_third_party_s_utilization_is_its_load_over_its_rate_limit(tmp_path):
    # By hand: half of 1k req/s is 500 req/s against a limit of 100 req/s: 500%.
    text = ("component api {\n  load = 1k req/s\n  capacity = 10k req/s\n}\n"
            "component pay {\n  kind = third_party\n  rate_limit = 100 req/s\n}\n"
            "flow {\n  api -> pay * 50%\n}\n")
    code, out = _explain_text(text, "pay.utilization", tmp_path=tmp_path)
    assert code == 0
    assert out == ("pay.utilization = load / rate_limit = 500 req/s / 100 req/s = 500%\n"
                   "  load = api.load * 50% = 1k req/s * 50% = 500 req/s\n"
                   "    api.load = 1k req/s   [line 2]\n"
                   "  rate_limit = 100 req/s   [line 7]\n")


def test_clients_load_and_a_queue_s_backlog_and_drain_time(tmp_path):
    # By hand: 300k clients × 15 a day = 52.08 req/s on average, × 4 at the peak = 208.3;
    # × 12 pages = 2.5k msg/s in at the peak, 625 on average. The one consumer drains
    # 100 req/s × (ceil(625 / 70) = 9, + 1) = 1k msg/s. A 2-hour burst leaves
    # (2,500 - 1,000) × 7,200 s = 10.8M messages, which take 10.8M / (1,000 - 625) = 28,800 s = 8 h.
    text = ("component users {\n  kind = clients\n  count = 300k\n  rate = 15 per day\n  peak_factor = 4\n}\n"
            "component bus {\n  kind = queue\n  burst = 2 hours\n}\n"
            "component sheets {\n  capacity = 100 req/s\n}\n"
            "flow {\n  users -> bus * 12 -> sheets\n}\n")
    code, out = _explain_text(text, "users.load", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[0].startswith("users.load = 208 req/s   (")
    assert "  count = 300k   [line 3]" in out and "  peak_factor = 4   [line 5]" in out
    code, out = _explain_text(text, "users.average_load", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[0].startswith("users.average_load = 52.1 req/s   (")
    code, out = _explain_text(text, "bus.backlog", tmp_path=tmp_path)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "bus.backlog = 10.8M msg   (Messages left in the queue when a burst ends)"
    assert "  load = users.load * 12 = 208 req/s * 12 = 2.5k req/s" in lines
    assert "  drain_rate = 1k msg/s   (the slowest consumer group's drain rate)" in lines
    assert "      needed = max(needed_for_load, needed_for_memory, needed_for_storage, needed_for_connections, " \
        "needed_for_latency, 1)" in lines
    assert "  burst = 2 hours = 2 h   [line 9]" in lines
    code, out = _explain_text(text, "bus.drain_time", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[0] == "bus.drain_time = 8 h   (Time to clear a backlog once the burst is over)"
    assert [line for line in out.splitlines() if line.startswith("  ") and not line.startswith("   ")] == [
        "  backlog = 10.8M msg   (Messages left in the queue when a burst ends)",
        "  drain_rate = 1k msg/s   (above)",
        "  average_load = 625 req/s   (above)"]


def test_a_markdown_doc_s_figures_are_explained_with_the_doc_s_own_lines(tmp_path):
    # By hand: 10M × 20% = 2M users, × 10 a day = 20M a day = 231.5 req/s; ceil(231.5 / 350) = 1.
    doc = ("# Design\n\nTraffic first.\n\n```bote\nusers = 10M users\ndau = users * 20%\n```\n\n"
           "Then the server.\n\n```bote\ncomponent api {\n  load = dau * 10 per day -> req/s\n"
           "  capacity = 500 req/s\n}\n```\n")
    code, out = _explain_text(doc, "api.load", tmp_path=tmp_path, file="doc.md")
    assert code == 0
    assert out == ("api.load = dau * 10 per day -> req/s = 2M user * 10 per day -> req/s = 231 req/s   [line 14]\n"
                   "  dau = users * 20% = 10M user * 20% = 2M user   [line 7]\n"
                   "    users = 10M users = 10M user   [line 6]\n")
    code, out = _explain_text("# No blocks\n", "x", tmp_path=tmp_path, file="empty.md")
    assert code == 2 and "has no ```bote blocks" in out


def test_stdin_is_read_as_the_file():
    result = CliRunner().invoke(main, ["explain", "-", "y"], input="x = 2 GB\ny = x * 3\n")
    assert (result.exit_code, result.output) == (0, "y = x * 3 = 2 GB * 3 = 6 GB   [line 2]\n  x = 2 GB   [line 1]\n")
    result = CliRunner().invoke(main, ["explain", "-", "y"], input="x = (\n")
    assert result.exit_code == 2 and "<stdin>:1:5: error:" in result.output


def test_ranges_with_two_samples_show_each_figure_s_spread_and_never_a_rounded_median(tmp_path):
    text = ("peak = 10k to 50k qps\n"
            "component api {\n  load = peak\n  service_time = 20 ms to 60 ms\n  workers = 16\n}\n")
    path = tmp_path / "r.bote"
    path.write_text(text)
    for name in ("api.instances", "api.needed_for_load", "api.p99", "api.utilization", "peak"):
        code, out = run("explain", str(path), name, "--samples", "2")
        assert code == 0, out
        # every value a spread `median (p5–p95)`; a median put through ceil() would not be the median count
        put_in = [line.strip() for line in out.splitlines() if line.strip().startswith("= ceil(")]
        assert all("–" in line for line in put_in), put_in
        if name in ("api.instances", "api.needed_for_load"):
            # the load's and the capacity's spreads substituted, and no `ceil(41.2)` of a median
            assert len(put_in) == 1 and put_in[0].count("–") == 2, put_in
        code, out = run("explain", str(path), name, "--samples", "2", "--format", "json")
        tree = json.loads(out)
        for step in _walk_json(tree):
            value = step["value"]
            if "p5" in value and value["p5"] is not None:
                assert value["p5"] <= value["p50"] <= value["p95"]


def _walk_json(tree):
    yield tree
    for child in tree["inputs"]:
        yield from _walk_json(child)


def test_a_huge_fan_in_prints_each_source_once_and_grows_linearly():
    # 2,000 sources of 5 req/s each: the load is 10k req/s, its equation one term a
    # source, its substitution one `5 req/s` a term, then one line a source.
    n = 2000
    text = "".join(f"component s{i} {{\n  load = 5 req/s\n  capacity = 1k req/s\n}}\n" for i in range(n)) + \
        "component sink {\n  capacity = 100k req/s\n}\nflow {\n" + "".join(f"  s{i} -> sink\n" for i in range(n)) + "}\n"
    f = bote.evaluate(text, "fan.bote").files[0]
    from bote.render.explain import render_explain_text
    out = render_explain_text(explain(f, "sink.load"))
    equation = " + ".join(f"s{i}.load" for i in range(n))
    substituted = " + ".join(["5 req/s"] * n)
    assert out == (f"sink.load = {equation}\n          = {substituted}\n          = 10k req/s\n"
                   + "".join(f"  s{i}.load = 5 req/s   [line {4 * i + 2}]\n" for i in range(n)))


def test_a_chain_of_components_is_cut_at_the_same_depth_in_json(tmp_path):
    from bote.model.explain import MAX_DEPTH
    n = 300
    text = "component c0 {\n  load = 1k req/s\n  capacity = 10k req/s\n}\n" + \
        "".join(f"component c{i} {{\n  capacity = 10k req/s\n}}\n" for i in range(1, n)) + \
        "flow {\n  " + " -> ".join(f"c{i}" for i in range(n)) + "\n}\n"
    code, out = _explain_text(text, f"c{n - 1}.load", "--format", "json", tmp_path=tmp_path)
    assert code == 0
    step, depth = json.loads(out), 0
    while step["inputs"]:
        (step,), depth = step["inputs"], depth + 1
    assert depth == MAX_DEPTH and step == {"name": f"c{n - 1 - MAX_DEPTH}.load", "formula": step["formula"],
                                           "value": step["value"], "line": None, "inputs": [], "cut": True}
    assert step["value"]["text"] == "1k req/s"


def test_a_scaling_single_component_needs_one_primary_and_its_utilization_is_the_primary_s(tmp_path):
    # By hand: 10% of 30k req/s = 3k req/s on one 5k qps primary: 60%; 1 + 1 standby.
    text = ("component api {\n  load = 30k req/s\n  capacity = 100k req/s\n}\n"
            "component db {\n  capacity = 5k qps\n  scaling = single\n}\nflow {\n  api -> db * 10%\n}\n")
    code, out = _explain_text(text, "db.utilization", tmp_path=tmp_path)
    assert code == 0
    assert out == ("db.utilization = load / capacity = 3k req/s / 5k req/s = 60%\n"
                   "  load = api.load * 10% = 30k req/s * 10% = 3k req/s\n"
                   "    api.load = 30k req/s   [line 2]\n"
                   "  capacity = 5k qps = 5k req/s   [line 6]\n")
    code, out = _explain_text(text, "db.instances", tmp_path=tmp_path)
    assert code == 0 and out.splitlines()[0] == "db.instances = needed + redundancy = 1 + 1 = 2"


def test_words_that_begin_with_an_equation_are_not_cut_inside_it(tmp_path):
    # One instance: with it down none is left, so the share one down is unbounded; the
    # words say load / (capacity * (instances - 1)), never the dangling `load /`.
    from bote.model.explain import words
    assert words("utilization_one_down = load / (capacity * (instances - 1)); with redundancy") == \
        "utilization_one_down = load / (capacity * (instances - 1))"
    assert words("the default of `redundancy` (instances kept beyond the need)") == "the default of `redundancy`"
    assert words("C = C(c, a), Erlang C: the share of requests that queue") == "C = C(c, a), Erlang C"
    text = "component api {\n  load = 100 req/s\n  capacity = 1k req/s\n  instances = 1\n}\n"
    code, out = _explain_text(text, "api.utilization_one_down", tmp_path=tmp_path)
    assert code == 0
    assert out.splitlines()[0] == \
        "api.utilization_one_down = unbounded   (utilization_one_down = load / (capacity * (instances - 1)))"


def test_the_queue_model_s_arrival_rate_prints_as_a_number():
    # λ is the load as a float (per second): 100, never the type's name `(float)`.
    f = bote.evaluate("component api {\n  load = 100 req/s\n  capacity = 1k req/s\n}\n", "f.bote").files[0]
    step = explain(f, "api.arrival_rate")
    assert (step.formula, step.substituted, step.text) == ("load", "100 req/s", "100")


def test_a_comparison_s_names_are_inputs_too():
    # prob(a > 15 GB) reads `a`: it is substituted and explained below, like any name.
    f = bote.evaluate("a = 10 GB to 20 GB\nb = 12 GB\nz = prob(a > b and not a > 2 * b)\n"
                      "w = prob(a == b within 10%)\n", "f.bote").files[0]
    z = explain(f, "z")
    assert [i.name for i in z.inputs] == ["a", "b"]
    assert z.substituted == f"prob({z.inputs[0].text} > 12 GB and not {z.inputs[0].text} > 2 * 12 GB)"
    w = explain(f, "w")
    assert [i.name for i in w.inputs] == ["a", "b"]
    assert w.substituted == f"prob({w.inputs[0].text} == 12 GB within 10%)"


DOC = """\
# Design

```bote
reads = 11_600 req/s
```

More.

```bote
component api {
  load = reads
  capacity = 400 req/s
}
```

<!-- bote:explain api.instances -->
"""


def test_a_design_doc_embeds_an_explanation_that_stays_current(tmp_path):
    path = tmp_path / "d.md"
    path.write_text(DOC)
    code, _out = run("render", str(path))
    assert code == 0
    text = path.read_text()
    section = text[text.index("<!-- bote:begin explain api.instances -->"):]
    # 11,600 / (400 × 70%) = 41.4: 42 + 1.
    assert "```text\napi.instances = needed + redundancy = 42 + 1 = 43\n" in section
    assert "[line" not in section   # bote's own sections move the lines; the doc leaves them out
    assert run("render", "--check", str(path))[0] == 0
    path.write_text(text.replace("capacity = 400 req/s", "capacity = 800 req/s"))
    assert run("render", "--check", str(path))[0] == 1   # stale: the figure changed


def test_an_explanation_of_a_figure_the_doc_has_not_is_an_error_at_its_line(tmp_path):
    path = tmp_path / "d.md"
    path.write_text(DOC.replace("api.instances", "api.instanses"))
    result = CliRunner().invoke(main, ["render", str(path)])
    assert result.exit_code == 2
    assert "d.md:16:1: error: <!-- bote:explain api.instanses -->: no figure `api.instanses`" in result.stderr
    assert path.read_text() == DOC.replace("api.instances", "api.instanses")
