"""Hover, driven over stdio as an editor drives it, on bote's own examples:
a binding shows its value as `bote check` prints it, its unit and its line
(with ranges: the median and the 90% interval); a component and a
`component.figure` show the tree `bote explain` prints; a unit its
definition; a property its doc line from the property table. In a Markdown
doc the positions are the doc's own."""
from __future__ import annotations

import functools

import pytest
from lsp_session import (
    EXAMPLES,
    bote,
    checked_examples,
    client,
    example,
    hover_text,
    open_document,
    position_of,
    uri_for,
)
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")


def check_values(name: str) -> dict[str, dict]:
    """The values `bote check --format json` reports for an example."""
    return checked_examples()[name]["values"]


@functools.cache
def explain(name: str, figure: str) -> str:
    done = bote("explain", f"examples/{name}", figure)
    assert done.returncode == 0, done.stderr
    return done.stdout


async def opened(client, name: str) -> tuple[str, str]:
    text = example(name)
    uri, _ = await open_document(client, text, uri=uri_for(name))
    return uri, text


async def test_a_binding_shows_its_value_unit_and_line(client):
    uri, text = await opened(client, "url-shortener.bote")
    shown = await hover_text(client, uri, position_of(text, "storage_5y = "))
    value = check_values("url-shortener.bote")["storage_5y"]
    assert shown is not None
    head, unit, line = shown.split("\n\n")
    assert head == f"**storage_5y** = {value['text']}"
    assert unit == "unit: TB (data)"
    assert line == f"line {value['line']}: `storage_5y = records * record_size -> TB`"


async def test_a_use_of_a_binding_hovers_as_the_binding(client):
    uri, text = await opened(client, "url-shortener.bote")
    at_use = await hover_text(client, uri, position_of(text, "reads * 1 day", offset=2))
    at_definition = await hover_text(client, uri, position_of(text, "reads = "))
    assert at_use == at_definition
    assert at_use is not None and at_use.startswith("**reads** = 11.6k req/s")


async def test_a_binding_with_a_range_shows_its_median_and_interval(client):
    uri, text = await opened(client, "ticket-launch.bote")
    values = check_values("ticket-launch.bote")
    for name in ("fans", "page_views", "tickets_sold"):
        shown = await hover_text(client, uri, position_of(text, f"{name} = "))
        assert shown is not None
        assert shown.split("\n\n")[0] == f"**{name}** = {values[name]['text']}"
        assert "–" in values[name]["text"], "a range's value is its median and its interval"


@pytest.mark.parametrize("name, figure, needle", [
    ("url-shortener.bote", "store.needed", "store.needed"),
    ("url-shortener.bote", "cache.instances", "cache.instances <= 4"),
    ("ticket-launch.bote", "db.utilization", "db.utilization > 100%"),
])
async def test_a_component_figure_shows_the_tree_bote_explain_prints(client, name, figure, needle):
    uri, text = await opened(client, name)
    component = figure.split(".")[0]
    shown = await hover_text(client, uri, position_of(text, needle, offset=len(component) + 2))
    assert shown is not None
    assert f"```text\n{explain(name, figure)}```" in shown


async def test_the_component_part_of_a_figure_shows_the_component(client):
    uri, text = await opened(client, "url-shortener.bote")
    on_name = await hover_text(client, uri, position_of(text, "store.needed", offset=2))
    on_block = await hover_text(client, uri, position_of(text, "component store", offset=len("component ")))
    assert on_name == on_block
    assert on_name is not None and on_name.startswith("**component store** (service): ")


async def test_a_component_shows_its_figure_risks_and_the_tree_of_its_instances(client):
    uri, text = await opened(client, "ticket-launch.bote")
    shown = await hover_text(client, uri, position_of(text, "component web", offset=len("component ")))
    assert shown is not None
    head = shown.split("\n\n")[0]
    # The same text as the `# =>` result on the component's line.
    written = text.splitlines()[position_of(text, "component web").line].split("# => ", 1)[1]
    assert head == f"**component web** (service): {written}"
    assert f"```text\n{explain('ticket-launch.bote', 'web.instances')}```" in shown


async def test_a_unit_shows_its_definition_and_dimension(client):
    uri, text = await opened(client, "ticket-launch.bote")
    ms = await hover_text(client, uri, position_of(text, "15 ms", offset=3))
    assert ms == "**ms** (millisecond): time\n\n`millisecond = 1e-3 * second`"
    per_second = await hover_text(client, uri, position_of(text, "req/s", offset=4))
    assert per_second == "**s** (second): time\n\n`second = [time]`"


async def test_a_unit_the_file_declares_shows_its_declaration(client):
    uri, text = await opened(client, "url-shortener.bote")
    shown = await hover_text(client, uri, position_of(text, "100M urls", offset=5))
    assert shown is not None
    assert shown.endswith("declared on line 19: `unit url`")


async def test_a_property_shows_its_doc_line_example_and_its_value(client):
    uri, text = await opened(client, "url-shortener.bote")
    shown = await hover_text(client, uri, position_of(text, "service_time = 5 ms", offset=3))
    assert shown is not None
    doc, details, tree = shown.split("\n\n")
    assert doc == "**service_time**: busy time of one worker for one request"
    assert details == "e.g. `service_time = 20 ms`; time"
    assert tree == f"```text\n{explain('url-shortener.bote', 'shorten.service_time')}```"


async def test_a_markdown_doc_hovers_at_its_own_lines(client):
    # design-doc.md: `reads` is bound on the doc's line 21 and read on line 71.
    uri, text = await opened(client, "design-doc.md")
    use = position_of(text, "load = (reads", offset=len("load = ("))
    assert use.line == 70
    shown = await hover_text(client, uri, use)
    assert shown is not None
    assert shown.startswith(f"**reads** = {check_values('design-doc.md')['reads']['text']}")
    assert shown.endswith("line 21: `reads = writes * 10`")
    assert await hover_text(client, uri, position_of(text, "The numbers")) is None, "prose has no hover"


async def test_nothing_to_say_is_no_hover(client):
    uri, text = await opened(client, "url-shortener.bote")
    for needle in ("# URL shortener", "= 10\n", "component shorten"):
        assert await hover_text(client, uri, position_of(text, needle)) is None, needle


async def test_a_file_with_a_line_that_does_not_parse_still_hovers_the_others(client):
    text = "users = 10M users\nrate = users / day\nbroken = rate *\n"
    uri, shown = await open_document(client, text)
    assert [d.code for d in shown] == ["syntax"]
    hover = await hover_text(client, uri, position_of(text, "rate = "))
    assert hover == "**rate**\n\n_not evaluated: the file has errors_\n\nline 2: `rate = users / day`"
    assert await hover_text(client, uri, position_of(text, "broken")) is None, "the broken line has no names"
    fine = "size = 2 GB\nbig = size * 2\n"
    uri, _ = await open_document(client, fine)
    assert (await hover_text(client, uri, position_of(fine, "size * 2")) or "").startswith("**size** = 2 GB")


@pytest.mark.parametrize("name", ["payments.bote", "payments.md"])
async def test_what_a_variant_sets_says_so_before_the_files_figures(client, name):
    # payments: `variant higher_limit` raises bank.rate_limit from 1500 to 2500 req/s.
    uri, text = await opened(client, name)
    at = position_of(text, "bank.rate_limit = 2500", offset=len("bank."))
    shown = await hover_text(client, uri, at)
    assert shown is not None
    first, rest = shown.split("\n\n", 1)
    assert first == ("**variant higher_limit** sets `bank.rate_limit = 2500 req/s` "
                     f"(`bote compare {name}` evaluates it); without the variant:")
    assert rest.startswith("**rate_limit**: ")
    assert f"```text\n{explain(name, 'bank.rate_limit')}```" in rest
    assert "1.5k req/s" in explain(name, "bank.rate_limit"), "the file's own value, without the variant"


EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".bote", ".md"))


@pytest.mark.parametrize("name", EXAMPLE_FILES)
async def test_every_binding_and_component_of_every_example_hovers_as_check_reports_it(client, name):
    uri, text = await opened(client, name)
    lines = text.split("\n")
    report = checked_examples()[name]
    assert report["values"] or report["components"]
    for binding, value in report["values"].items():
        line = lines[value["line"] - 1]
        shown = await hover_text(client, uri, types.Position(value["line"] - 1, line.index(binding)))
        assert shown is not None, (binding, line)
        assert shown.split("\n\n")[0] == f"**{binding}** = {value['text']}", line
    for component, figures in report["components"].items():
        line = lines[figures["line"] - 1]
        shown = await hover_text(client, uri, types.Position(figures["line"] - 1, line.index(component)))
        assert shown is not None, (component, line)
        head = shown.split("\n\n")[0]
        assert head.startswith(f"**component {component}** ({figures['kind']}): "), line
        assert all(risk in head for risk in figures["risks"]), (head, figures["risks"])
