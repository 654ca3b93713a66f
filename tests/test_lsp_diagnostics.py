"""`bote lsp` diagnostics, driven over stdio as an editor drives them: what
`bote check` reports, with its kind as the code and its severity mapped,
for every example (.bote files and Markdown docs, at the doc's own lines),
an invalid file (and the server keeps serving after it), a file with ranges,
and the debounced republish after a change."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from lsp_session import (
    EXAMPLES,
    ROOT,
    client,
    open_document,
    position_of,
    uri_for,
    wait_for_diagnostics,
)
from lsprotocol import types

__all__ = ["client"]

pytestmark = pytest.mark.asyncio(loop_scope="module")

Severity = types.DiagnosticSeverity
SEVERITY = {"error": Severity.Error, "warning": Severity.Warning, "note": Severity.Information}

EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".bote", ".md"))


def check_findings(path) -> list[tuple[str, int, int, int]]:
    """(kind, severity, line, column) of each finding `bote check --format json`
    reports for a file (1-based lines and columns, as the JSON has them)."""
    done = subprocess.run([sys.executable, "-m", "bote", "check", "--format", "json", str(path)],
                          capture_output=True, text=True, cwd=ROOT)
    report = json.loads(done.stdout)["files"][0]
    out = [(r["kind"], SEVERITY[r["severity"]], r["line"], r["column"]) for r in report["risks"]]
    out += [(e["kind"], Severity.Error, e["line"], e["column"]) for e in report["errors"]]
    out += [("assert", Severity.Error, a["line"], a["column"]) for a in report["asserts"] if not a["passed"]]
    return sorted(out)


def lsp_findings(diagnostics: list[types.Diagnostic]) -> list[tuple[str, int, int, int]]:
    return sorted((str(d.code), d.severity, d.range.start.line + 1, d.range.start.character + 1)
                  for d in diagnostics)


@pytest.mark.parametrize("name", EXAMPLE_FILES)
async def test_each_example_shows_exactly_what_bote_check_reports(client, name):
    path = EXAMPLES / name
    _, shown = await open_document(client, path.read_text(encoding="utf-8"), uri=path.as_uri(),
                                   language="markdown" if name.endswith(".md") else "bote")
    assert lsp_findings(shown) == check_findings(path)
    assert all(d.source == "bote" for d in shown)


async def test_a_risk_names_its_fix_and_the_inputs_that_drive_it(client):
    # read-heavy.bote: db behind a cache is flagged cold-cache (check's JSON agrees, above).
    path = EXAMPLES / "read-heavy.bote"
    text = path.read_text(encoding="utf-8")
    _, shown = await open_document(client, text, uri=uri_for("read-heavy.bote"))
    (cold,) = [d for d in shown if d.code == "cold-cache"]
    assert cold.severity == Severity.Warning
    assert "Fix: warm caches before taking traffic" in cold.message
    related = cold.related_information or []
    assert related, "a risk points at the inputs its figure is derived from"
    lines = text.splitlines()
    for info in related:
        assert info.location.uri == cold.related_information[0].location.uri
        written = lines[info.location.range.start.line]
        name = info.message.split(" = ", 1)[0].split(".")[-1]
        assert name in written, (info.message, written)


async def test_a_markdown_doc_is_checked_at_its_own_lines(client):
    # document-pipeline.md's slow-drain risk is on its line 62 (the doc's), column 3.
    path = EXAMPLES / "document-pipeline.md"
    _, shown = await open_document(client, path.read_text(encoding="utf-8"), uri=uri_for("document-pipeline.md"))
    (drain,) = [d for d in shown if d.code == "slow-drain"]
    assert (drain.range.start.line, drain.range.start.character) == (61, 2)
    assert path.read_text(encoding="utf-8").splitlines()[61].lstrip().startswith("drain_within")


async def test_an_invalid_file_gets_its_error_and_the_server_keeps_serving(client):
    text = "users = 10M users\nrate = users / day +\n"
    uri, shown = await open_document(client, text)
    (error,) = shown
    assert error.severity == Severity.Error
    assert error.code == "syntax"
    assert error.range.start.line == 1
    assert "Hint:" in error.message
    # The same server answers the next document, and a hover on the broken one.
    _, fine = await open_document(client, "x = 2 GB\n")
    assert list(fine) == []
    answer = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(0, 1)))
    assert answer is None or "users" in answer.contents.value


async def test_an_unknown_unit_is_an_error_at_the_unit_with_a_did_you_mean(client):
    _, shown = await open_document(client, "size = 2 GiBB\n")
    (error,) = shown
    assert error.code == "unknown-unit"
    assert (error.range.start, error.range.end) == (types.Position(0, 9), types.Position(0, 13))
    assert error.message == "unknown unit `GiBB`. Hint: did you mean `GiB`?"


async def test_a_failed_assert_is_an_error_pointing_at_the_names_it_reads(client):
    text = "reads = 5k req/s\nwrites = 1k req/s\nassert reads < writes\n"
    _, shown = await open_document(client, text)
    (failed,) = shown
    assert failed.code == "assert"
    assert failed.severity == Severity.Error
    assert failed.range.start.line == 2
    related = sorted((i.location.range.start.line, i.message) for i in failed.related_information or [])
    assert [line for line, _ in related] == [0, 1]
    assert related[0][1].startswith("reads = 5")


async def test_a_file_with_ranges_reports_the_same_risks_as_check(client):
    # ticket-launch.bote draws samples from its ranges: the same seed, the same findings.
    path = EXAMPLES / "ticket-launch.bote"
    _, shown = await open_document(client, path.read_text(encoding="utf-8"), uri=uri_for("ticket-launch.bote"))
    assert lsp_findings(shown) == check_findings(path)
    risky = [d for d in shown if d.code == "overloaded"]
    assert risky and all("rank correlation" in i.message for d in risky for i in d.related_information or [])


async def test_a_change_is_republished_after_the_debounce(client):
    uri, shown = await open_document(client, "reads = 5k req/s\nassert reads > 1k req/s\n")
    assert list(shown) == []
    del client.diagnostics[uri]
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(2, uri),
        [types.TextDocumentContentChangePartial(
            types.Range(position_of("reads = 5k", "5k"), position_of("reads = 5k", "5k", offset=2)), "500")]))
    await wait_for_diagnostics(client, uri)
    (failed,) = client.diagnostics[uri]
    assert failed.code == "assert"


async def test_closing_a_document_clears_its_diagnostics(client):
    uri, shown = await open_document(client, "size = 2 gigabites\n")
    assert shown
    del client.diagnostics[uri]
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    await wait_for_diagnostics(client, uri)
    assert list(client.diagnostics[uri]) == []
