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
import bote.model.resolve

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


def test_a_queues_drain_rate_reads_every_limit_its_messages_reach():
    text = ("component bus {\n  kind = queue\n  load = 100 msg/s\n  burst = 10 min\n}\n"
            "component worker {\n  capacity = 500 req/s\n  instances = 1\n}\n"
            "component pay {\n  kind = third_party\n  rate_limit = 200 req/s\n}\n"
            "component slow {\n  service_time = 2 s\n}\n"
            "flow {\n  bus -> worker * 2\n  worker -> pay * 50%\n  worker -> slow * 0\n}\n")
    report = bote.evaluate(text, "q.bote")
    # Each message is 2 worker requests (500 req/s: 250 msg/s) and 1 pay call
    # (200 req/s: 200 msg/s): pay sets the drain rate.
    assert str(report.figure("bus.drain_rate").value) == "200 msg/s"
    assert {"worker.capacity", "pay.rate_limit"} <= set(report.figure("bus.drain_rate").inputs)
    # The worker's path skips the callee it sends nothing to (`* 0`).
    assert report.figure("worker.end_to_end").inputs == ("pay.end_to_end",)
    # An average is read from the sources' averages.
    assert report.figure("pay.average_load").inputs == ("worker.average_load",)


def test_brokers_sized_for_the_bytes_a_queue_holds_read_them():
    text = ("component bus {\n  kind = queue\n  load = 1k msg/s\n  burst = 1 min\n  message_size = 40 KB\n"
            "  capacity = 5k msg/s\n  memory = 1 GB\n}\n"
            "component worker {\n  capacity = 500 req/s\n  instances = 1\n}\nflow {\n  bus -> worker\n}\n")
    report = bote.evaluate(text, "q.bote")
    # (1,000 - 500) msg/s × 60 s = 30,000 messages × 40 KB = 1.2 GB held: 2 brokers of 1 GB.
    assert str(report.figure("bus.bytes_held").value) == "1.2 GB"
    needed = report.figure("bus.needed_for_memory")
    assert needed.value.magnitude == 2
    assert needed.inputs == ("bus.bytes_held", "bus.memory")
    order = list(report.files[0].figures.figures)
    assert order.index("bus.bytes_held") < order.index("bus.needed_for_memory")


def test_a_clients_average_reads_their_count_and_rate():
    text = ("component users {\n  kind = clients\n  count = 1M\n  rate = 36 per hour\n  peak_factor = 3\n}\n"
            "component api {\n  capacity = 5k req/s\n}\nflow {\n  users -> api\n}\n")
    report = bote.evaluate(text, "c.bote")
    # 1M × 36 / 3,600 s = 10k req/s on average, 30k at the peak.
    assert str(report.figure("users.average_load").value) == "10k req/s"
    assert str(report.figure("users.load").value) == "30k req/s"
    assert report.figure("users.average_load").inputs == ("users.count", "users.rate", "users.peak_factor")
    assert report.figure("api.average_load").inputs == ("users.average_load",)


def test_a_new_rule_named_in_computed_is_a_figure_expressions_read(monkeypatch, request):
    """docs/architecture.md's recipe for a figure of a request server."""
    from bote.model import component, kinds
    from bote.model.component import Rule

    def slack(instances, needed):
        """slack = instances - needed - 0: the instances beyond what the load needs."""
        return instances - needed
    monkeypatch.setattr(component, "SERVER_RULES", (*component.SERVER_RULES,
                                                   Rule("slack", slack, ("instances", "needed"))))
    monkeypatch.setitem(kinds.COMPUTED, "slack", "instances - needed")
    kinds.SIZED.add("slack")  # read from the component's model, like every rule's figure
    request.addfinalizer(lambda: kinds.SIZED.discard("slack"))
    text = "component api {\n  load = 1k req/s\n  capacity = 100 req/s\n  redundancy = 2\n}\nspare_room = api.slack\n"
    report = bote.evaluate(text, "h.bote")
    # 1,000 / (100 × 70%) = 14.3: 15 needed, + 2 spare.
    assert report.values["spare_room"].quantity.magnitude == 2
    assert report.figure("api.slack").inputs == ("api.instances", "api.needed")


def test_the_cli_does_not_keep_figure_graphs_and_gives_them_back_after(tmp_path):
    from click.testing import CliRunner

    from bote.cli import main
    from bote.model import figure_graphs_kept
    path = tmp_path / "a.bote"
    path.write_text("x = 2 GB\n")
    assert CliRunner().invoke(main, ["check", str(path)]).exit_code == 0
    assert figure_graphs_kept()
    assert str(bote.evaluate_file(path).figure("x").value) == "2 GB"
