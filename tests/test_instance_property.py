"""`instance = "m6i.xlarge"`: a type of bote's catalog sets `workers` (its
vCPUs), `memory` and `price` where the component does not; the
component's own setting wins."""
from __future__ import annotations

from fractions import Fraction

import pytest

import bote

MONTH_H = Fraction("730.5")


def evaluate(text):
    return bote.evaluate(text, "i.bote")


def test_the_catalog_sets_workers_memory_and_price():
    r = evaluate('component api {\n  load = 12_760 req/s\n  service_time = 20 ms\n  instance = "m6i.xlarge"\n}\n')
    api = r.components["api"]
    # m6i.xlarge: 4 vCPUs, 16 GiB, $0.192/h. 4 / 20 ms = 200 req/s; ceil(12,760 / 140) = 92, + 1.
    assert api.capacity.magnitude == 200
    assert api.sizing.instances == 93
    assert api.properties["memory"][0].magnitude == 16 * 2**30
    assert api.cost["compute_cost"].magnitude * 3600 * MONTH_H == 93 * Fraction("0.192") * MONTH_H


def test_a_property_the_component_sets_wins_over_the_catalog():
    r = evaluate('component db {\n  capacity = 2k req/s\n  load = 1k req/s\n  instance = "r6i.2xlarge"\n'
                 '  price = 1 USD/hour\n  workers = 2\n  working_set = 300 GB\n}\n')
    db = r.components["db"]
    assert db.properties["workers"][0].magnitude == 2
    assert db.properties["price"][0].magnitude == Fraction(1, 3600)
    # r6i.2xlarge holds 64 GiB: ceil(300e9 / (64 × 2^30)) = ceil(4.37) = 5 for memory.
    assert db.sizing.needed_for_memory == 5


def test_a_queue_s_brokers_take_only_the_price():
    r = evaluate('component bus {\n  kind = queue\n  capacity = 10k req/s\n  instance = "m6i.large"\n}\n'
                 'component w {\n  capacity = 100 req/s\n}\nflow {\n  bus -> w\n}\n')
    bus = r.components["bus"]
    assert "workers" not in bus.properties and "memory" not in bus.properties and "price" in bus.properties


@pytest.mark.parametrize("text, message, hint", [
    ('component a {\n  capacity = 5 req/s\n  instance = "m6i.xlarg"\n}\n',
     "no instance type `m6i.xlarg` in bote's catalog", "did you mean `m6i.xlarge`?"),
    ('component a {\n  capacity = 5 req/s\n  instance = m6i.xlarge\n}\n',
     "`instance` is the name of an instance type, in quotes", None),
    ('x = "m6i"\n', 'a name in quotes is only an instance type (`instance = "m6i.xlarge"`)', None),
    ('component m {\n  kind = third_party\n  rate_limit = 5 req/s\n  instance = "m6i.xlarge"\n}\n',
     "`instance` means nothing on m (kind = third_party)", None),
])
def test_a_wrong_instance_is_an_error(text, message, hint):
    with pytest.raises(bote.BoteError) as e:
        evaluate(text)
    d = e.value.diagnostics[0]
    assert d.message == message
    if hint is not None:
        assert d.hint == hint


def test_explain_shows_where_the_catalog_s_figure_came_from():
    r = evaluate('component api {\n  load = 1k req/s\n  service_time = 20 ms\n  instance = "m6i.xlarge"\n}\n')
    from bote.model.explain import explain
    step = explain(r.files[0], "api.capacity")
    workers = step.inputs[0]
    assert (workers.formula, workers.text, workers.line) == ('"m6i.xlarge"', "4", 4)


def test_an_instance_on_a_kind_that_takes_none_is_one_error():
    with pytest.raises(bote.BoteError) as e:
        evaluate('component c {\n  kind = clients\n  count = 5\n  rate = 1 per hour\n  instance = "m6i.xlarge"\n}\n')
    assert [d.message for d in e.value.diagnostics] == ["`instance` means nothing on c (kind = clients)"]
