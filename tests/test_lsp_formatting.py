"""The format request, driven over stdio as an editor drives it: the
document it gives is what `bote fmt` writes, for every example (.bote files
and Markdown docs); none when the text is already so or does not parse (the
diagnostics say why)."""
from __future__ import annotations

import pytest
from lsp_session import EXAMPLES, applied, bote, client, example, open_document, uri_for
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")

EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".bote", ".md"))
OPTIONS = types.FormattingOptions(tab_size=2, insert_spaces=True)


async def format_request(client, uri: str) -> list[types.TextEdit]:
    found = await client.text_document_formatting_async(types.DocumentFormattingParams(
        types.TextDocumentIdentifier(uri), OPTIONS))
    return list(found or [])


def bote_fmt(text: str, name: str, tmp_path) -> str:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    done = bote("fmt", str(path))
    assert done.returncode == 0, done.stderr
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def examples_formatted(tmp_path_factory) -> dict[str, str]:
    """Each example as `bote fmt` writes it (one call for all, on copies)."""
    folder = tmp_path_factory.mktemp("examples")
    for name in EXAMPLE_FILES:
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    done = bote("fmt", *(str(folder / name) for name in EXAMPLE_FILES))
    assert done.returncode == 0, done.stderr
    return {name: (folder / name).read_bytes().decode("utf-8") for name in EXAMPLE_FILES}


@pytest.mark.parametrize("name", EXAMPLE_FILES)
async def test_the_format_request_gives_what_bote_fmt_writes(client, name, examples_formatted):
    text = example(name)
    uri, _ = await open_document(client, text, uri=uri_for(name))
    edits = await format_request(client, uri)
    expected = examples_formatted[name]
    assert applied(text, edits) == expected
    assert len(edits) == (0 if expected == text else 1)


async def test_a_formatted_document_needs_no_edit(client, tmp_path):
    text = bote_fmt(example("url-shortener.bote"), "url-shortener.bote", tmp_path)
    uri, _ = await open_document(client, text, uri=uri_for("url-shortener.bote"))
    assert await format_request(client, uri) == []


async def test_a_messy_file_is_laid_out(client, tmp_path):
    text = "peak=10k req/s\ncomponent api { load = peak*2\nworkers = 8 }\n"
    uri, _ = await open_document(client, text)
    (edit,) = await format_request(client, uri)
    assert edit.range == types.Range(types.Position(0, 0), types.Position(3, 0))
    assert edit.new_text == bote_fmt(text, "messy.bote", tmp_path) == (
        "peak = 10k req/s\ncomponent api {\n  load    = peak * 2\n  workers = 8\n}\n")


async def test_a_document_that_does_not_parse_is_left_alone(client):
    text = "x=2 GB\ny = x *\n"
    uri, shown = await open_document(client, text)
    assert [d.code for d in shown] == ["syntax"]
    assert await format_request(client, uri) == []
    # ... and the server goes on serving.
    fine = "x=2 GB\n"
    uri, _ = await open_document(client, fine)
    (edit,) = await format_request(client, uri)
    assert edit.new_text == "x = 2 GB\n"


async def test_a_document_without_a_final_line_break_is_replaced_whole(client, tmp_path):
    text = "x=2 GB\ny = x*2"
    uri, _ = await open_document(client, text)
    (edit,) = await format_request(client, uri)
    assert edit.range == types.Range(types.Position(0, 0), types.Position(1, len("y = x*2")))
    assert applied(text, [edit]) == bote_fmt(text, "no-break.bote", tmp_path) == "x = 2 GB\ny = x * 2\n"


async def test_a_document_with_crlf_line_breaks_keeps_them(client, tmp_path):
    text = "x=2 GB\r\ny = x*2\r\n"
    uri, shown = await open_document(client, text)
    assert list(shown) == []
    (edit,) = await format_request(client, uri)
    assert edit.new_text == "x = 2 GB\r\ny = x * 2\r\n"
    path = tmp_path / "crlf.bote"
    path.write_bytes(text.encode("utf-8"))
    assert bote("fmt", str(path)).returncode == 0
    assert path.read_bytes().decode("utf-8") == edit.new_text
