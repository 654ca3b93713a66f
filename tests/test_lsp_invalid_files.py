"""Invalid files, driven over stdio as an editor drives them: every case of
the error corpus (tests/errors/, one invalid program a file) gets the
diagnostic `bote check` reports first, at its line and column; every request the
server offers answers on it (at the error, and at the end of the file)
without an error response; and the server goes on serving the next file."""
from __future__ import annotations

import re

import pytest
from lsp_session import ROOT, client, open_document, uri_for
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")

CORPUS = sorted((ROOT / "tests" / "errors").rglob("*.bote"))
EXPECT = re.compile(r"^(?:<!-- )?# expect: (\S+) (\d+):(\d+)", re.MULTILINE)


async def every_request(client, uri: str, at: types.Position, diagnostics: list[types.Diagnostic]) -> None:
    """Each request the server offers, at `at`; an error response raises."""
    doc = types.TextDocumentIdentifier(uri)
    await client.text_document_hover_async(types.HoverParams(doc, at))
    await client.text_document_completion_async(types.CompletionParams(doc, at))
    await client.text_document_definition_async(types.DefinitionParams(doc, at))
    await client.text_document_references_async(types.ReferenceParams(
        context=types.ReferenceContext(True), text_document=doc, position=at))
    await client.text_document_prepare_rename_async(types.PrepareRenameParams(doc, at))
    await client.text_document_document_symbol_async(types.DocumentSymbolParams(doc))
    await client.text_document_folding_range_async(types.FoldingRangeParams(doc))
    await client.text_document_inlay_hint_async(types.InlayHintParams(
        doc, types.Range(types.Position(0, 0), types.Position(at.line + 1, 0))))
    await client.text_document_code_action_async(types.CodeActionParams(
        doc, types.Range(at, at), types.CodeActionContext(diagnostics)))
    await client.text_document_formatting_async(types.DocumentFormattingParams(
        doc, types.FormattingOptions(tab_size=2, insert_spaces=True)))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
async def test_an_invalid_file_gets_its_first_error_and_every_request_answers(client, path):
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="replace")   # as an editor shows a file that is not UTF-8
    expect = EXPECT.search(text)
    exact = "# xfail:" not in text and text.encode("utf-8") == raw
    uri, shown = await open_document(client, text, uri=uri_for(path.name))
    assert shown, "an invalid file has a diagnostic"
    if expect is not None and exact:
        kind, line, column = expect.group(1), int(expect.group(2)), int(expect.group(3))
        assert (kind, line, column) in {(str(d.code), d.range.start.line + 1, d.range.start.character + 1)
                                        for d in shown}
    for d in shown[:1]:
        await every_request(client, uri, d.range.start, [d])
        await every_request(client, uri, d.range.end, [d])
    lines = text.split("\n")
    await every_request(client, uri, types.Position(len(lines) - 1, len(lines[-1])), [])


async def test_after_every_invalid_file_the_server_still_serves(client):
    text = "x = 2 GB\ny = x * 2\n"
    uri, shown = await open_document(client, text)
    assert list(shown) == []
    answer = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(1, 4)))
    assert answer is not None and isinstance(answer.contents, types.MarkupContent)
    assert answer.contents.value.startswith("**x** = 2 GB")
