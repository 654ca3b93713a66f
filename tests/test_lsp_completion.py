"""Completion, driven over stdio as an editor drives it, on bote's own
examples: binding names (with their values), units (with their dimension),
the properties a component's kind takes (with their doc line and example),
the choices after `kind = `, component names after `->` in a flow and in an
expression (to go on with `.`), and after `component.` the figures the
evaluator computes for that component. In a Markdown doc, only inside its
```bote blocks, at the doc's own lines."""
from __future__ import annotations

import pytest
from lsp_session import (
    checked_examples,
    client,
    completion_items,
    example,
    open_document,
    position_of,
    uri_for,
)
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")

Kind = types.CompletionItemKind


async def opened(client, name: str, text: str | None = None) -> tuple[str, str]:
    text = example(name) if text is None else text
    uri, _ = await open_document(client, text, uri=uri_for(name))
    return uri, text


def by_label(items: list[types.CompletionItem]) -> dict[str, types.CompletionItem]:
    return {i.label: i for i in items}


def unreadable(name: str, component: str, figures: set[str]) -> dict[str, str]:
    """The figures of `figures` that `component.figure` cannot read in an
    example, with bote's error: each read on a line of its own appended to
    the file, evaluated as `bote check` evaluates it."""
    from bote.pipeline import evaluate_text
    text = example(name)
    first = len(text.splitlines()) + 1
    order = sorted(figures)
    probes = "".join(f"probe_{i} = {component}.{f}\n" for i, f in enumerate(order))
    report = evaluate_text(text + probes, f"examples/{name}")
    return {order[e.span.line - first]: e.message for e in report.errors if e.span and e.span.line >= first}


async def test_an_expression_offers_the_bindings_with_their_values(client):
    uri, text = await opened(client, "url-shortener.bote")
    values = checked_examples()["url-shortener.bote"]["values"]
    items = by_label(await completion_items(client, uri, position_of(text, "reads * 1 day")))
    for name, value in values.items():
        assert items[name].kind == Kind.Variable
        assert items[name].detail == value["text"]


async def test_an_expression_offers_units_with_their_dimension(client):
    uri, text = await opened(client, "url-shortener.bote")
    items = by_label(await completion_items(client, uri, position_of(text, "record_size = 500 ", offset=len(
        "record_size = 500 "))))
    assert items["ms"].kind == Kind.Unit
    assert items["ms"].detail == "time (millisecond)"
    assert items["GiB"].detail == "data"
    assert items["kB"].detail == "data (KB)"
    assert items["req"].detail == "a count label (request)"
    assert items["url"].detail == "a count label (declared in the file)"


async def test_an_expression_offers_components_to_go_on_with_a_dot(client):
    uri, text = await opened(client, "url-shortener.bote")
    items = by_label(await completion_items(client, uri, position_of(text, "(shorten.instances")))
    for name, kind in (("shorten", "service"), ("cache", "service"), ("store", "service")):
        assert items[name].kind == Kind.Module
        assert items[name].detail == f"component ({kind})"


@pytest.mark.parametrize("name, component, expected", [
    ("document-pipeline.bote", "pages_bus", {"drain_time", "backlog", "load", "average_load"}),  # a queue
    ("document-pipeline.bote", "uploaders", {"load", "average_load", "count", "rate"}),           # clients
    ("document-pipeline.bote", "ocr", {"instances", "utilization", "headroom", "p99", "compute_cost"}),
    ("url-shortener.bote", "store", {"instances", "needed_for_storage", "utilization", "data_kept"}),
    # payments.bote models errors and retries: the failure figures too.
    ("payments.bote", "api", {"instances", "offered_load", "failure_share", "overloaded", "timed_out"}),
])
async def test_after_a_component_and_a_dot_the_figures_it_has(client, name, component, expected):
    text = example(name) + f"\nspare = {component}.\n"    # being typed: the line does not parse yet
    uri, _ = await opened(client, name, text)
    line = len(text.splitlines()) - 1
    offered = {i.label for i in await completion_items(client, uri, types.Position(line, len(f"spare = {component}.")))}
    assert expected <= offered
    assert unreadable(name, component, offered) == {}, "every figure offered reads a value"
    if name != "payments.bote":
        assert "failure_share" not in offered, "a file without errors and retries has no failure figures"


async def test_a_component_offers_the_properties_its_kind_takes_with_doc_and_example(client):
    text = "component bus {\n  kind = queue\n  \n}\ncomponent fans {\n  kind = clients\n  \n}\n"
    uri, _ = await opened(client, "kinds.bote", text)
    queue = by_label(await completion_items(client, uri, types.Position(2, 2)))
    clients = by_label(await completion_items(client, uri, types.Position(6, 2)))
    assert {"drain_within", "burst", "message_size", "capacity"} <= set(queue)
    assert {"count", "rate", "peak_factor", "poll_interval"} <= set(clients)
    assert not {"count", "rate", "service_time", "workers"} & set(queue), "a queue takes no client's, no server's"
    assert not {"drain_within", "capacity", "service_time"} & set(clients)
    assert "kind" not in queue and "kind" not in clients, "a property already set is not offered again"
    drain = queue["drain_within"]
    assert drain.kind == Kind.Property
    assert drain.insert_text == "drain_within = "
    assert isinstance(drain.documentation, types.MarkupContent)
    meaning, sample = drain.documentation.value.split("\n\n")
    assert drain.detail == meaning
    assert sample.startswith("`drain_within = ") and sample.endswith("`")


async def test_a_property_set_in_an_example_is_not_offered_again(client):
    text = example("document-pipeline.bote")
    uri, _ = await opened(client, "document-pipeline.bote", text)
    at_bus = position_of(text, "component pages_bus {\n", offset=len("component pages_bus {\n  "))
    offered = by_label(await completion_items(client, uri, at_bus))
    assert "max_fill" in offered
    assert not {"kind", "burst", "drain_within", "message_size"} & set(offered)


async def test_after_kind_equals_the_kinds(client):
    text = "component db {\n  kind = \n  capacity = 5k req/s\n}\n"
    uri, _ = await opened(client, "kinds.bote", text)
    items = await completion_items(client, uri, types.Position(1, len("  kind = ")))
    assert {i.label for i in items} == {"service", "clients", "queue", "third_party", "cache", "database"}
    assert all(i.kind == Kind.EnumMember for i in items)


async def test_after_scaling_equals_its_choices(client):
    text = "component db {\n  capacity = 5k req/s\n  scaling = \n}\n"
    uri, _ = await opened(client, "scaling.bote", text)
    items = await completion_items(client, uri, types.Position(2, len("  scaling = ")))
    assert {i.label for i in items} == {"horizontal", "single"}


async def test_after_an_arrow_in_a_flow_the_components(client):
    text = example("document-pipeline.bote")
    uri, _ = await opened(client, "document-pipeline.bote", text)
    items = await completion_items(client, uri, position_of(text, "pages_bus -> rotate", offset=len("pages_bus -> ")))
    assert {i.label for i in items} == {"uploaders", "upload", "ocr", "pages_bus", "rotate", "index", "sheets"}


async def test_after_an_arrow_in_an_expression_the_units(client):
    text = example("document-pipeline.bote")
    uri, _ = await opened(client, "document-pipeline.bote", text)
    items = by_label(await completion_items(client, uri, position_of(text, "ocr.load -> ", offset=len("ocr.load -> "))))
    assert "page" in items and items["h"].kind == Kind.Unit
    assert "ocr" not in items


async def test_a_markdown_doc_completes_in_its_blocks_at_its_own_lines(client):
    text = example("design-doc.md")
    uri, _ = await opened(client, "design-doc.md", text)
    in_block = position_of(text, "load = (reads", offset=len("load = ("))
    items = by_label(await completion_items(client, uri, in_block))
    assert {"reads", "writes", "peak_factor", "link_size"} <= set(items)
    assert items["reads"].detail == "11.6k req/s"
    assert await completion_items(client, uri, position_of(text, "The numbers")) == [], "prose completes nothing"
    assert await completion_items(client, uri, position_of(text, "| reads ", offset=3)) == [], "a table neither"


async def test_nothing_in_a_comment(client):
    text = example("url-shortener.bote")
    uri, _ = await opened(client, "url-shortener.bote", text)
    assert await completion_items(client, uri, position_of(text, "# generate a code", offset=5)) == []
