"""Quick fixes for the hints that name bote's own spelling of what people
write (another word for a property or a kind, a quoted choice, `≤`, a range
written with a dash, a unit left off, a YAML colon): `bote lsp` over stdio
offers each, and applying it gives a file `bote check` accepts or moves past."""
from __future__ import annotations

import pytest
from lsp_session import applied, client, open_document, uri_for
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def fixed(client, text: str) -> list[tuple[str, str]]:
    """(title, the text with that fix applied) for each quick fix of the first diagnostic."""
    uri, diagnostics = await open_document(client, text, uri=uri_for("fix.bote"))
    assert diagnostics, text
    d = diagnostics[0]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), d.range, types.CodeActionContext([d])))
    return [(a.title, applied(text, a.edit.changes[uri])) for a in actions or []]


CASES = [
    ("component cache {\n  capacity = 50k req/s\n  ram = 64 GB\n}\n", "ram = 64 GB", "memory = 64 GB"),
    ("component orders {\n  kind = postgres\n  capacity = 5k req/s\n}\n", "kind = postgres", "kind = database"),
    ('component orders {\n  kind = "database"\n  capacity = 5k req/s\n}\n', 'kind = "database"', "kind = database"),
    ("component db {\n  kind: database\n  capacity = 5k req/s\n}\n", "kind: database", "kind = database"),
    ("x = 3 qps\nassert x ≤ 10k qps\n", "x ≤ 10k qps", "x <= 10k qps"),
    ("traffic = 10k-50k qps\n", "10k-50k qps", "10k to 50k qps"),
    ("budget = 10 - 5 ms\n", "10 - 5 ms", "10 ms - 5 ms"),
]


@pytest.mark.parametrize("text, before, after", CASES)
async def test_the_hint_is_a_quick_fix(client, text, before, after):
    ((title, result),) = await fixed(client, text)
    assert result == text.replace(before, after), title
