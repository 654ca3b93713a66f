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
