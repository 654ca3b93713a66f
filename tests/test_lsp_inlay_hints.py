"""Inlay hints, driven over stdio as an editor drives them: after each
binding's line and each sized component's `component NAME {` line, the
text `bote render` writes there as its `# =>` result (the table's text),
at the end of the line's code; a line whose `# =>` result already says it
gets none. On every .bote example, on a file with ranges, and in a Markdown
doc at its own lines (where the values table after a block says the same)."""
from __future__ import annotations

import re
import shutil

import pytest
from lsp_session import EXAMPLES, bote, client, example, open_document, uri_for
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")

BOTE_EXAMPLES = sorted(p.name for p in EXAMPLES.glob("*.bote"))
RESULT = re.compile(r"#\s?=>\s?(.*)$")


async def hints(client, uri: str, text: str, first: int = 0, last: int | None = None) -> list[types.InlayHint]:
    last = len(text.splitlines()) if last is None else last
    found = await client.text_document_inlay_hint_async(types.InlayHintParams(
        types.TextDocumentIdentifier(uri), types.Range(types.Position(first, 0), types.Position(last, 0))))
    return list(found or [])


def results(text: str) -> dict[int, str]:
    """Each line's `# =>` result: 0-based line -> its text."""
    out = {}
    for i, line in enumerate(text.splitlines()):
        m = RESULT.search(line)
        if m:
            out[i] = m.group(1).strip()
    return out


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, str]:
    """Each .bote example after `bote render` (on copies, one call for all):
    every anchor line ends in its result."""
    folder = tmp_path_factory.mktemp("rendered")
    for name in BOTE_EXAMPLES:
        shutil.copy(EXAMPLES / name, folder / name)
    done = bote("render", *(str(folder / name) for name in BOTE_EXAMPLES))
    assert done.returncode == 0, done.stderr
    return {name: (folder / name).read_text(encoding="utf-8") for name in BOTE_EXAMPLES}


@pytest.mark.parametrize("name", BOTE_EXAMPLES)
async def test_each_hint_is_the_result_bote_render_writes_on_that_line(client, name, rendered):
    text = example(name)
    uri, _ = await open_document(client, text, uri=uri_for(name))
    shown = await hints(client, uri, text)
    written = results(text)
    expected = results(rendered[name])
    assert expected, "bote render writes results into every example"
    by_line = {h.position.line: h for h in shown}
    assert len(by_line) == len(shown), "one hint a line"
    # The hints and the results already written say together what render writes, and never both.
    assert {line: str(h.label).removeprefix("=> ") for line, h in by_line.items()} | written == expected
    assert not set(by_line) & {line for line, said in written.items() if expected.get(line) == said}
    lines = text.splitlines()
    for line, h in by_line.items():
        # Where render writes it: at the end of the line (after an author's
        # comment), or in place of the stale result.
        m = RESULT.search(lines[line])
        before = lines[line] if m is None else lines[line][: m.start()]
        assert h.position.character == len(before.rstrip()), (line, lines[line])
        assert h.padding_left and str(h.label).startswith("=> ")


async def test_a_stale_result_gets_the_hint_of_what_bote_computes(client):
    text = "reads = 5k req/s\ntotal = reads * 2          # => 1k req/s\n"
    uri, shown = await open_document(client, text)
    assert [d.code for d in shown] == ["stale-result"]
    (hint,) = [h for h in await hints(client, uri, text) if h.position.line == 1]
    assert hint.label == "=> 10k req/s"
    assert hint.position == types.Position(1, len("total = reads * 2"))


async def test_a_file_with_ranges_hints_the_median_and_interval(client):
    text = example("ticket-launch.bote").replace("  # => ", "  # note: ")
    uri, _ = await open_document(client, text, uri=uri_for("ticket-launch.bote"))
    shown = {h.position.line: str(h.label) for h in await hints(client, uri, text)}
    lines = text.splitlines()
    fans = next(i for i, line in enumerate(lines) if line.startswith("fans = "))
    web = next(i for i, line in enumerate(lines) if line.startswith("component web"))
    assert shown[fans] == "=> " + lines[fans].split("# note: ")[1]
    assert re.fullmatch(r"=> [\d.]+k \([\d.]+k–[\d.]+M?k?\) user", shown[fans])
    assert shown[web] == "=> " + lines[web].split("# note: ")[1]
    assert "at p95" in shown[web]


async def test_only_the_lines_asked_for(client):
    text = example("url-shortener.bote")
    uri, _ = await open_document(client, text, uri=uri_for("url-shortener.bote"))
    every = await hints(client, uri, text)
    some = await hints(client, uri, text, first=25, last=35)
    assert some and len(some) < len(every)
    assert all(25 <= h.position.line <= 35 for h in some)
    assert some == [h for h in every if 25 <= h.position.line <= 35]


async def test_a_markdown_doc_hints_at_its_own_lines_what_its_table_says(client):
    text = example("design-doc.md")
    uri, _ = await open_document(client, text, uri=uri_for("design-doc.md"))
    lines = text.splitlines()
    shown = {h.position.line: str(h.label) for h in await hints(client, uri, text)}
    table = {m.group(1): m.group(2) for m in re.finditer(r"^\| (\w+) +\| (.+?) +\|$", text, re.MULTILINE)}
    reads = lines.index("reads = writes * 10")
    assert shown[reads] == "=> " + table["reads"]
    for line, label in shown.items():
        name = lines[line].split("=", 1)[0].strip()
        if name in table:
            assert label == "=> " + table[name], lines[line]
    assert all(lines[line].strip() and not lines[line].startswith(("|", "#", "<")) for line in shown)


async def test_a_file_with_errors_has_no_hints(client):
    text = "users = 10M users\nrate = users / day +\n"
    uri, _ = await open_document(client, text)
    assert await hints(client, uri, text) == []


async def test_a_hint_after_a_character_outside_the_basic_plane_counts_it_twice(client):
    # LSP positions count UTF-16 code units (what the client offered): 🙂 is two.
    text = "size = 2 GB  # 🙂 a note\nbig = size * 2\n"
    uri, _ = await open_document(client, text)
    (first, second) = sorted(await hints(client, uri, text), key=lambda h: h.position.line)
    line = text.split("\n")[0]
    assert first.position == types.Position(0, len(line.encode("utf-16-le")) // 2)
    assert first.position.character == len(line) + 1
    assert (first.label, second.label) == ("=> 2 GB", "=> 4 GB")
