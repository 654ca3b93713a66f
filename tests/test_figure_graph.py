"""Every figure a node: `report.figure(name)` gives a figure's value, the
formula that computed it, the figures it read and its span, for every
figure of every example, each after its inputs."""
from __future__ import annotations

import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

import bote

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(ROOT.glob("examples/*.bote")) + sorted(ROOT.glob("examples/*.md")) + \
    sorted(ROOT.glob("tests/published/*.bote"))


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_figure_has_a_formula_and_comes_after_its_inputs(path):
    report = bote.evaluate_file(path)
    assert report.errors == []
    for f in report.files:
        graph = f.figures
        assert len(graph) > 0
        seen: set[str] = set()
        for figure in graph:
            assert figure.formula.strip(), figure.name
            for name in figure.inputs:
                assert name in seen, f"{figure.name} reads {name}, not evaluated before it"
            seen.add(figure.name)
        # Every binding and every component's load is a node.
        assert {v.name for v in f.values} <= seen
        assert {f"{c.name}.load" for c in f.components} <= seen


def test_a_sizing_figure_with_its_formula_inputs_and_span():
    text = ("writes = 100M per day -> req/s\n"
            "component api {\n  load = writes\n  service_time = 5 ms\n  workers = 4\n}\n")
    report = bote.evaluate(text, "api.bote")
    figure = report.figure("api.needed_for_load")
    # 100M / 86,400 s = 1,157.4 req/s; capacity 4 / 5 ms = 800 req/s; at the
    # default 70% ceiling: 1,157.4 / 560 = 2.07, so 3 instances.
    assert figure.value.magnitude == Fraction(3)
    assert figure.formula.startswith("ceil(load / (capacity * max_utilization))")
    assert figure.inputs == ("api.load", "api.capacity", "api.max_utilization")
    assert figure.span.line == 2
    assert report.figure("api.capacity").value.magnitude == Fraction(800)
    assert report.figure("api.capacity").inputs == ("api.workers", "api.service_time")
    assert str(report.figure("api.max_utilization").value) == "70%"
    assert report.figure("api.load").formula == "writes"
    assert report.figure("writes").formula == "100M per day -> req/s"
    assert report.figure("writes").inputs == ()
    # The graph's figures are the ones the report prints.
    assert report.figure("api.instances").value.magnitude == report.components["api"].sizing.instances == 4


def test_the_derivation_walks_from_a_figure_to_the_inputs():
    text = ("dau = 10M\nrequests = dau * 20 / day -> req/s\n"
            "component web {\n  load = requests\n  capacity = 500 req/s\n}\n")
    report = bote.evaluate(text, "w.bote")
    walk = [(depth, f.name) for depth, f in report.files[0].figures.derivation("web.needed_for_load")]
    assert walk[:4] == [(0, "web.needed_for_load"), (1, "web.load"), (2, "requests"), (3, "dau")]
    assert (1, "web.capacity") in walk and (1, "web.max_utilization") in walk


def test_queue_and_third_party_figures_are_nodes():
    text = ("component bus {\n  kind = queue\n  load = 100 msg/s\n  burst = 10 min\n}\n"
            "component worker {\n  capacity = 50 req/s\n  instances = 1\n}\n"
            "component maps {\n  kind = third_party\n  rate_limit = 200 req/s\n}\n"
            "flow {\n  bus -> worker -> maps\n}\n")
    report = bote.evaluate(text, "q.bote")
    # One worker drains 50 msg/s; the peak of 100 msg/s for 10 min leaves
    # (100 - 50) × 600 s = 30,000 messages.
    assert report.figure("bus.backlog").value.magnitude == 30000
    assert "bus.drain_rate" in report.figure("bus.backlog").inputs
    assert "worker.instances" in report.figure("bus.drain_rate").inputs
    # The third party gets the queue's average through the worker: 100 msg/s of 200 req/s.
    assert str(report.figure("maps.utilization").value) == "50%"


def test_an_unknown_figure_says_what_it_might_be():
    report = bote.evaluate("component api {\n  capacity = 5 req/s\n}\n", "a.bote")
    with pytest.raises(KeyError, match="needed_for_load"):
        report.figure("api.needed_for_lod")


def test_the_architecture_docs_example_prints_what_it_says():
    text = (ROOT / "docs" / "architecture.md").read_text()
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    printed = text.split("prints\n\n```text\n", 1)[1].split("```", 1)[0]
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    # By hand: 10M × 20 / 86,400 s = 2,314.8 req/s; 8 workers / 20 ms = 400 req/s;
    # 2,314.8 / (400 × 70%) = 8.27, so 9.
    assert run.stdout == printed, run.stderr
    assert "web.needed_for_load = 9 " in printed
