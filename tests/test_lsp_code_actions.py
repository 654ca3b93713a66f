"""Code actions, driven over stdio as an editor drives them: each hint that
names a replacement is a quick fix (did-you-mean names, units and
properties; `2 B` -> `2 bytes` or `2B`; `150,000` -> `150_000` or `150k`;
`redundancy = 1` for a single point of failure; a stale `# =>` result
updated), and the file with it applied no longer has that diagnostic. The
slips are made in bote's own examples, as a person editing them makes them;
one in a Markdown doc, at its own lines."""
from __future__ import annotations

import pytest
from lsp_session import applied, client, example, open_document, position_of, uri_for
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def quick_fixes(client, text: str, name: str) -> tuple[types.Diagnostic, list[types.CodeAction]]:
    """The first diagnostic of `text` and the quick fixes offered for it."""
    uri, shown = await open_document(client, text, uri=uri_for(name))
    assert shown, "the slip is reported"
    d = shown[0]
    found = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), d.range, types.CodeActionContext([d])))
    actions = [a for a in found or [] if isinstance(a, types.CodeAction)]
    for a in actions:
        assert a.kind == types.CodeActionKind.QuickFix
        assert list(a.diagnostics or []) == [d]
    return d, actions


async def fixed(client, text: str, name: str = "fix.bote") -> tuple[types.Diagnostic, dict[str, str]]:
    d, actions = await quick_fixes(client, text, name)
    out = {}
    for a in actions:
        assert a.edit is not None and a.edit.changes is not None
        ((_, edits),) = a.edit.changes.items()
        out[a.title] = applied(text, edits)
    return d, out


async def codes_after(client, text: str, name: str = "fixed.bote") -> list[str]:
    _, shown = await open_document(client, text, uri=uri_for(name))
    return [str(d.code) for d in shown]


# (what the example says, the slip made there, its diagnostic, the fix's title, the text after the fix)
SLIPS = [
    ("cache_size = reads * 1 day", "cache_size = reeds * 1 day", "unknown-name", "Change to `reads`", None),
    ("memory = 32 GiB", "memory = 32 GiBB", "unknown-unit", "Change to `GiB`", None),
    ("service_time = 2 ms", "servce_time = 2 ms", "property", "Change to `service_time`", None),
    ("cache.instances <= 4", "cahce.instances <= 4", "unknown-name", "Change to `cache`", None),
    ("store.utilization < 50%", "store.utilisation < 50%", "unknown-name", "Change to `utilization`", None),
    ("record_size = 500 bytes", "record_size = 500 B", "unknown-unit", "Write `500 bytes`", None),
    ("new_urls = 100M urls", "new_urls = 100,000,000 urls", "syntax", "Write `100_000_000`",
     "new_urls = 100_000_000 urls"),
]


@pytest.mark.parametrize("written, slip, code, title, after", SLIPS)
async def test_the_hint_is_a_quick_fix_that_clears_the_diagnostic(client, written, slip, code, title, after):
    original = example("url-shortener.bote")
    assert written in original
    text = original.replace(written, slip, 1)
    d, fixes = await fixed(client, text, "url-shortener.bote")
    assert d.code == code
    assert title in fixes, sorted(fixes)
    assert fixes[title] == original.replace(written, after or written, 1)
    assert await codes_after(client, fixes[title], "url-shortener.bote") == [], "the example checks clean again"


async def test_a_bare_b_offers_bytes_and_billions(client):
    _, fixes = await fixed(client, "size = 2 B\n")
    assert fixes == {"Write `2 bytes`": "size = 2 bytes\n", "Write `2B`": "size = 2B\n"}
    for result in fixes.values():
        assert await codes_after(client, result) == []


async def test_a_grouped_number_offers_underscores_and_a_suffix(client):
    _, fixes = await fixed(client, "users = 150,000 users\n")
    assert fixes == {"Write `150_000`": "users = 150_000 users\n", "Write `150k`": "users = 150k users\n"}
    for result in fixes.values():
        assert await codes_after(client, result) == []


async def test_a_single_point_of_failure_gets_a_spare(client):
    # document-pipeline.bote's upload needs one instance; with no spare it is the only one.
    original = example("document-pipeline.bote")
    text = original.replace("  capacity = 2k req/s\n", "  capacity = 2k req/s\n  redundancy = 0\n", 1)
    d, fixes = await fixed(client, text, "spof.bote")
    assert d.code == "single-point-of-failure" and d.message.startswith("upload ")
    assert fixes == {"Set `redundancy = 1`": text.replace("redundancy = 0", "redundancy = 1")}
    assert "single-point-of-failure" not in await codes_after(client, fixes["Set `redundancy = 1`"])


async def test_one_instance_provisioned_gets_a_second(client):
    text = "component api {\n  load = 5k req/s\n  capacity = 10k req/s\n  instances = 1\n}\n"
    d, fixes = await fixed(client, text)
    assert d.code == "single-point-of-failure"
    assert fixes == {"Set `instances = 2`": text.replace("instances = 1", "instances = 2")}
    assert await codes_after(client, fixes["Set `instances = 2`"]) == []


async def test_a_stale_result_is_updated(client):
    original = example("url-shortener.bote")
    text = original.replace("# => 1.16k req/s", "# => 2k req/s", 1)
    d, fixes = await fixed(client, text, "url-shortener.bote")
    assert d.code == "stale-result"
    assert fixes == {"Update to `# => 1.16k req/s`": original}


async def test_a_slip_in_a_markdown_doc_is_fixed_at_its_own_lines(client):
    original = example("design-doc.md")
    text = original.replace("reads = writes * 10", "reads = writs * 10", 1)
    d, fixes = await fixed(client, text, "design-doc.md")
    assert d.code == "unknown-name"
    assert d.range.start == position_of(text, "writs")
    assert fixes == {"Change to `writes`": original}


async def test_no_fix_where_the_hint_names_no_replacement(client):
    text = "x = 10 ms +\n"
    d, fixes = await fixed(client, text)
    assert d.code == "syntax"
    assert fixes == {}
