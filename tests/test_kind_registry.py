"""Kinds are classes in one registry: adding a kind is a module and one
`register` line, and nothing outside a kind's own module asks which kind a
component is."""
from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType

import pytest

import bote
from bote.language.quantity import Quantity
from bote.model import kinds
from bote.model.kinds.base import Kind
from bote.model.properties import RATE, PropertySpec
from bote.pipeline import evaluate_text
from bote.render.figures import name_text

SRC = Path(__file__).resolve().parent.parent / "src" / "bote"


class FixedBox(Kind):
    """A toy kind: a box that serves 500 req/s per instance, whatever it is told."""

    name = "fixed_box"
    text = "fixed box"

    def fixed_capacity(self, info, value):
        return Quantity(Fraction(500), (("time", -1),), (("request", 1), ("second", -1)))


@pytest.fixture
def fixed_box():
    kinds.register(FixedBox())
    yield
    kinds.unregister("fixed_box")


def test_a_kind_that_sets_a_fixed_capacity_is_one_class_and_one_register_line(fixed_box):
    text = "component box {\n  kind = fixed_box\n  load = 1050 req/s\n}\n"
    box = bote.evaluate(text, "box.bote").components["box"]
    # 1050 req/s on 500 req/s boxes at the default 70% ceiling: 1050 / (500 × 0.7) = 3 exactly, + 1 spare.
    assert box.sizing.needed == 3
    assert box.sizing.instances == 4
    assert str(box.capacity) == "500 req/s"
    result = evaluate_text(text, "box.bote").components[0]
    assert name_text(result) == "box (fixed_box)"


def test_an_unregistered_kind_is_an_error_listing_the_registered_ones():
    with pytest.raises(bote.BoteError) as e:
        bote.evaluate("component box {\n  kind = fixed_box\n  load = 1 req/s\n  capacity = 2 req/s\n}\n", "b.bote")
    message = e.value.diagnostics[0].message
    assert message == "`kind` must be one of: service, clients, queue, third_party, cache, database"


def test_no_module_outside_the_kinds_package_tests_which_kind_a_component_is():
    names = "|".join(kinds.names())
    offenders = []
    for path in SRC.rglob("*.py"):
        if "kinds" in path.relative_to(SRC).parts:
            continue
        text = path.read_text()
        for pattern in (r"kind_of\(", rf"kind\s*[!=]=\s*[\"']({names})[\"']", rf"kind\s+(not\s+)?in\s*\([\"']({names})",
                        rf"not\s+in\s*\([\"']({names})[\"']", r"choices\.get\([\"']kind[\"']",
                        r"kinds\.(SERVICE|CLIENTS|QUEUE|THIRD_PARTY|SERVERS)\b"):
            offenders += [f"{path.relative_to(SRC)}: {m.group()}" for m in re.finditer(pattern, text)]
    assert offenders == []


class Throttle(Kind):
    """A toy kind whose capacity is its own property, read by another component."""

    name = "throttle"
    text = "throttle"
    properties = (PropertySpec("throughput", RATE, "requests per second one instance takes (kind = throttle)",
                               "throughput = 5 req/s"),)
    capacity_properties = ("throughput",)

    def fixed_capacity(self, info, value):
        return value("throughput")


@pytest.fixture
def throttle():
    kinds.register(Throttle())
    yield
    kinds.unregister("throttle")


def test_a_kinds_capacity_property_is_a_dependency_of_its_capacity(throttle):
    text = ("component box {\n  kind = throttle\n  throughput = 250 req/s\n  load = 1 req/s\n}\n"
            "component api {\n  load = box.capacity\n  capacity = 100 req/s\n}\n")
    report = bote.evaluate(text, "t.bote")
    # 250 req/s on 100 req/s instances at 70%: 250 / 70 = 3.6, so 4, + 1 spare.
    assert report.components["api"].sizing.instances == 5


def test_a_new_request_server_kind_polled_by_clients_needs_a_poll_interval(fixed_box):
    with pytest.raises(bote.BoteError) as e:
        bote.evaluate("component box {\n  kind = fixed_box\n  clients = 1M\n}\n", "b.bote")
    assert [d.message for d in e.value.diagnostics] == ["box sets `clients` but no `poll_interval`"]


def test_a_kinds_own_properties_and_figures_join_the_tables_only_while_it_is_registered():
    throttle = Throttle()
    kinds.register(throttle)
    try:
        assert kinds.PROPERTIES["throughput"].meaning.endswith("(kind = throttle)")
        assert kinds.PROPERTIES["kind"].choices[-1] == "throttle"
    finally:
        kinds.unregister("throttle")
    assert "throughput" not in kinds.PROPERTIES
    assert kinds.PROPERTIES["kind"].choices == ("service", "clients", "queue", "third_party", "cache", "database")


def test_a_kind_cannot_take_a_property_or_figure_another_kind_owns():
    class Copycat(Kind):
        name = "copycat"
        own_figures = MappingProxyType({"backlog": "the queue's, again"})
    with pytest.raises(ValueError, match="backlog already registered"):
        kinds.register(Copycat())
    assert "copycat" not in kinds.names()
