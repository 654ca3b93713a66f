"""Document symbols and folding, driven over stdio as an editor drives them,
on bote's own examples: the outline lists the bindings (with their values),
the components (with their instances and properties) and the flows (with
their edges) that `bote check --format json` reports; each component and
flow block folds from its `{` line to the line before its `}`, also while
the file does not parse. In a Markdown doc, at the doc's own lines."""
from __future__ import annotations

import pytest
from lsp_session import (
    EXAMPLES,
    checked_examples,
    client,
    example,
    open_document,
    uri_for,
)
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")

Symbol = types.SymbolKind
EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".bote", ".md"))


async def symbols(client, uri: str) -> list[types.DocumentSymbol]:
    found = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        types.TextDocumentIdentifier(uri)))
    assert all(isinstance(s, types.DocumentSymbol) for s in found or [])
    return list(found or [])   # type: ignore[arg-type]


async def folds(client, uri: str) -> list[types.FoldingRange]:
    found = await client.text_document_folding_range_async(types.FoldingRangeParams(types.TextDocumentIdentifier(uri)))
    return list(found or [])


def blocks(text: str) -> list[tuple[int, int]]:
    """(0-based line of `component ... {` or `flow {`, line of its `}`) of
    each block written one statement a line, as the examples are."""
    out, opened = [], None
    for i, line in enumerate(text.split("\n")):
        code = line.split("#", 1)[0].strip()
        if code.startswith(("component ", "flow", "variant ")) and code.endswith("{"):
            opened = i
        elif code == "}" and opened is not None:
            out.append((opened, i))
            opened = None
    return out


@pytest.mark.parametrize("name", EXAMPLE_FILES)
async def test_the_outline_is_what_bote_check_reports(client, name):
    text = example(name)
    uri, _ = await open_document(client, text, uri=uri_for(name))
    shown = await symbols(client, uri)
    report = checked_examples()[name]
    values = {s.name: s for s in shown if s.kind == Symbol.Variable}
    assert {n: s.detail for n, s in values.items()} == {n: v["text"] for n, v in report["values"].items()}
    assert {n: s.selection_range.start.line + 1 for n, s in values.items()} == {
        n: v["line"] for n, v in report["values"].items()}
    components = [s.name for s in shown if s.kind == Symbol.Class]
    assert components == list(report["components"])
    edges = [c.name for s in shown if s.kind == Symbol.Event for c in s.children or []]
    assert sorted(edges) == sorted({f"{e['source']} -> {e['target']}" for e in report["edges"]}), \
        "each flow's edges, as the flow writes them"


async def test_a_component_symbol_spans_its_block_with_its_properties_inside(client):
    text = example("url-shortener.bote")
    uri, _ = await open_document(client, text, uri=uri_for("url-shortener.bote"))
    lines = text.split("\n")
    (cache,) = [s for s in await symbols(client, uri) if s.name == "cache"]
    assert cache.kind == Symbol.Class
    assert lines[cache.range.start.line].startswith("component cache {")
    assert lines[cache.range.end.line] == "}"
    assert cache.detail is not None and cache.detail.startswith("service: ")
    assert [c.name for c in cache.children or []] == ["capacity", "memory", "working_set"]
    assert all(cache.range.start.line < c.range.start.line < cache.range.end.line for c in cache.children or [])


async def test_a_component_symbol_says_its_kind_and_its_result(client):
    text = example("ticket-launch.bote")
    uri, _ = await open_document(client, text, uri=uri_for("ticket-launch.bote"))
    lines = text.split("\n")
    for s in await symbols(client, uri):
        line = lines[s.range.start.line]
        if s.kind == Symbol.Class and "# => " in line:
            assert s.detail == "service: " + line.split("# => ")[1], line


async def test_a_flow_symbol_lists_its_edges_in_order(client):
    text = example("url-shortener.bote")
    uri, _ = await open_document(client, text, uri=uri_for("url-shortener.bote"))
    (flow,) = [s for s in await symbols(client, uri) if s.kind == Symbol.Event]
    assert flow.name == "flow"
    assert [c.name for c in flow.children or []] == ["shorten -> store", "redirect -> cache", "cache -> store"]


@pytest.mark.parametrize("name", ["url-shortener.bote", "document-pipeline.bote", "payments.bote", "design-doc.md"])
async def test_each_block_folds_to_the_line_before_its_brace(client, name):
    text = example(name)
    uri, _ = await open_document(client, text, uri=uri_for(name))
    regions = [(f.start_line, f.end_line) for f in await folds(client, uri)
               if f.kind == types.FoldingRangeKind.Region]
    assert regions == [(start, end - 1) for start, end in blocks(text)]


async def test_runs_of_comment_lines_fold_too(client):
    text = example("url-shortener.bote")
    uri, _ = await open_document(client, text, uri=uri_for("url-shortener.bote"))
    comments = [(f.start_line, f.end_line) for f in await folds(client, uri) if f.kind == types.FoldingRangeKind.Comment]
    assert comments[0] == (0, 16), "the header comment"
    lines = text.split("\n")
    assert all(lines[line].startswith("#") for start, end in comments for line in range(start, end + 1))


async def test_a_file_that_does_not_parse_still_folds_and_outlines_the_rest(client):
    text = "component api {\n  load = 5k req/s\n  capacity =\n}\nflow {\n  api -> db\n}\n"
    uri, shown = await open_document(client, text)
    assert [d.code for d in shown] == ["syntax"]
    assert [(f.start_line, f.end_line) for f in await folds(client, uri)] == [(0, 2), (4, 5)]
    outline = await symbols(client, uri)
    assert [(s.name, [c.name for c in s.children or []]) for s in outline] == [
        ("api", ["load"]), ("flow", ["api -> db"])], "the broken line is left out"
