"""The language server under test: `bote lsp` started as a subprocess and
driven over stdio by pytest-lsp's client, as an editor drives it. Each test
module that imports `client` gets one server for its tests."""
from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "bote", "lsp"])


@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=ROOT.as_uri()))
    yield
    await lsp_client.shutdown_session()


#: Each test's documents get names of their own: one server serves the module.
_opened: list[int] = [0]


def uri_for(name: str) -> str:
    """A document's URI in a folder of its own under the repository (the file need not exist)."""
    _opened[0] += 1
    return (ROOT / "build" / "lsp-test" / str(_opened[0]) / name).as_uri()


async def open_document(client: LanguageClient, text: str, name: str = "test.bote", uri: str | None = None,
                        language: str | None = None) -> tuple[str, list[types.Diagnostic]]:
    """Open `text` as a document and wait for its diagnostics: (uri, diagnostics)."""
    uri = uri or uri_for(name)
    language = language or ("markdown" if name.endswith(".md") else "bote")
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri, language, 1, text)))
    await wait_for_diagnostics(client, uri)
    return uri, client.diagnostics[uri]


async def wait_for_diagnostics(client: LanguageClient, uri: str, timeout: float = 10.0) -> None:
    import asyncio

    async def until_published() -> None:
        while uri not in client.diagnostics:
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    await asyncio.wait_for(until_published(), timeout)


def example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def position_of(text: str, needle: str, occurrence: int = 0, offset: int = 0) -> types.Position:
    """The position of the `occurrence`-th `needle` in `text` (plus `offset`
    characters), as an LSP position (every test text is ASCII-only on the
    lines it points at, or says otherwise)."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(needle, at + 1)
    at += offset
    line = text.count("\n", 0, at)
    column = at - (text.rfind("\n", 0, at) + 1)
    return types.Position(line, column)


pytestmark = pytest.mark.asyncio(loop_scope="module")


def bote(*args: str) -> subprocess.CompletedProcess[str]:
    """`bote ARGS...` run from the repository, as a person runs it (the
    command line the editor's answers are held against)."""
    return subprocess.run([sys.executable, "-m", "bote", *args], capture_output=True, text=True, cwd=ROOT)


@functools.cache
def checked_examples() -> dict[str, dict]:
    """What `bote check --format json` reports for each example (one call
    for all of them), by file name."""
    names = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".bote", ".md"))
    done = bote("check", "--format", "json", *(f"examples/{name}" for name in names))
    return {Path(f["file"]).name: f for f in json.loads(done.stdout)["files"]}


async def hover_text(client: LanguageClient, uri: str, position: types.Position) -> str | None:
    """The Markdown of a hover; None for no hover."""
    answer = await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(uri), position))
    if answer is None:
        return None
    assert isinstance(answer.contents, types.MarkupContent)
    return answer.contents.value


async def completion_items(client: LanguageClient, uri: str, position: types.Position) -> list[types.CompletionItem]:
    found = await client.text_document_completion_async(types.CompletionParams(
        types.TextDocumentIdentifier(uri), position))
    return list(found.items if isinstance(found, types.CompletionList) else found or [])


def applied(text: str, edits: list[types.TextEdit]) -> str:
    """`text` with the edits applied (from the end, so positions hold; a
    position past a line's or the text's end is clamped, as clients do)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def at(p: types.Position) -> int:
        return min(offsets[min(p.line, len(lines))] + p.character, len(text))

    for e in sorted(edits, key=lambda e: at(e.range.start), reverse=True):
        text = text[: at(e.range.start)] + e.new_text + text[at(e.range.end):]
    return text
