"""Completion while the line being typed does not parse yet, which is most
of the time one types: `bote lsp` over stdio offers the names of the rest
of the file (components after `->` in a flow, figures after `component.`,
bindings in an expression)."""
from __future__ import annotations

import pytest
from lsp_session import client, open_document, uri_for
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")

FILE = """\
peak = 10k req/s
component api {
  load = peak
  capacity = 1k req/s
}
component db {
  capacity = 5k req/s
}
flow {
  api -> db
  TYPING
}
"""


def typing(line: str) -> str:
    """The file with `line` being typed (the one line that does not parse) in the flow."""
    return FILE.replace("  TYPING\n", f"  {line}\n") if line.startswith("api") else \
        FILE.replace("  TYPING\n", "") + line + "\n"


async def labels(client, text: str, line: int, character: int) -> set[str]:
    uri, _ = await open_document(client, text, uri=uri_for("typing.bote"))
    found = await client.text_document_completion_async(types.CompletionParams(
        types.TextDocumentIdentifier(uri), types.Position(line, character)))
    items = found.items if isinstance(found, types.CompletionList) else found or []
    return {i.label for i in items}


async def test_components_after_an_arrow_being_typed(client):
    assert {"api", "db"} <= await labels(client, typing("api -> "), 10, len("  api -> "))


async def test_figures_after_a_component_being_typed(client):
    assert {"instances", "load", "utilization", "headroom"} <= await labels(client, typing("spare = db."), 11, len("spare = db."))


async def test_bindings_in_an_expression_being_typed(client):
    assert "peak" in await labels(client, typing("total = pe +"), 11, len("total = pe"))
