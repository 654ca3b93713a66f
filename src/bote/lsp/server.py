"""`bote lsp`: the language server over standard input and output (pygls).

The server holds no logic of its own: each request is answered by one
feature module from the document's `Analysis` (made once per version of the
text, as `bote check` evaluates it), with positions converted both ways.

Diagnostics are published when a document opens and `DEBOUNCE` seconds
after the last change (each change restarts the wait), so typing does not
evaluate the file at every keystroke; a request that arrives in between is
answered from the text as it is then (evaluated at once).
"""
from __future__ import annotations

import asyncio
import logging

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from bote.lsp import (
    actions,
    completion,
    diagnostics,
    formatting,
    hover,
    inlay_hints,
    navigation,
    symbols,
)
from bote.lsp.analysis import Analysis, analyze
from bote.uncertainty.sampling import Sampling
from bote.version import __version__

#: Seconds between the last change and the diagnostics.
DEBOUNCE = 0.15

#: What starts a completion besides typing a name.
TRIGGERS = [".", ">", " "]

log = logging.getLogger("bote.lsp")


class BoteServer(LanguageServer):
    def __init__(self, sampling: Sampling | None = None):
        super().__init__("bote", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.sampling = sampling
        self.analyses: dict[str, Analysis] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}

    def analysis(self, uri: str) -> Analysis:
        """The analysis of the document's current text."""
        document = self.workspace.get_text_document(uri)
        known = self.analyses.get(uri)
        if known is not None and known.version == document.version and known.text == document.source:
            return known
        filename = to_fs_path(uri) or uri
        encoding = str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)
        a = analyze(document.source, uri, filename, document.version, self.sampling, encoding)
        self.analyses[uri] = a
        return a

    def publish(self, uri: str) -> None:
        self.pending.pop(uri, None)
        if uri not in self.workspace.text_documents:
            return
        try:
            self.text_document_publish_diagnostics(diagnostics.published(self.analysis(uri)))
        except Exception:   # a bug in bote must not stop the server: the next change tries again
            log.exception("bote could not check %s", uri)

    def publish_later(self, uri: str) -> None:
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE, self.publish, uri)


def build(sampling: Sampling | None = None) -> BoteServer:
    server = BoteServer(sampling)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: BoteServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: BoteServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.publish_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: BoteServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.publish_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: BoteServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        waiting = ls.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        ls.analyses.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def on_hover(ls: BoteServer, params: types.HoverParams) -> types.Hover | None:
        return hover.hover(ls.analysis(params.text_document.uri), params.position)

    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=TRIGGERS))
    def on_completion(ls: BoteServer, params: types.CompletionParams) -> types.CompletionList:
        return completion.completion(ls.analysis(params.text_document.uri), params.position)

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    def on_definition(ls: BoteServer, params: types.DefinitionParams) -> list[types.Location]:
        return navigation.definition(ls.analysis(params.text_document.uri), params.position)

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    def on_references(ls: BoteServer, params: types.ReferenceParams) -> list[types.Location]:
        return navigation.references(ls.analysis(params.text_document.uri), params.position,
                                     params.context.include_declaration)

    @server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
    def on_prepare_rename(ls: BoteServer, params: types.PrepareRenameParams) -> types.Range | None:
        return navigation.prepare_rename(ls.analysis(params.text_document.uri), params.position)

    @server.feature(types.TEXT_DOCUMENT_RENAME, types.RenameOptions(prepare_provider=True))
    def on_rename(ls: BoteServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
        try:
            return navigation.rename(ls.analysis(params.text_document.uri), params.position, params.new_name)
        except navigation.RenameRefused as e:
            raise JsonRpcInvalidParams(str(e)) from None

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def on_symbols(ls: BoteServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
        return symbols.document_symbols(ls.analysis(params.text_document.uri))

    @server.feature(types.TEXT_DOCUMENT_FOLDING_RANGE)
    def on_folding(ls: BoteServer, params: types.FoldingRangeParams) -> list[types.FoldingRange]:
        return symbols.folding_ranges(ls.analysis(params.text_document.uri))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def on_code_action(ls: BoteServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return actions.code_actions(ls.analysis(params.text_document.uri), params.range,
                                    list(params.context.diagnostics))

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    def on_formatting(ls: BoteServer, params: types.DocumentFormattingParams) -> list[types.TextEdit]:
        return formatting.formatting(ls.analysis(params.text_document.uri))

    @server.feature(types.TEXT_DOCUMENT_INLAY_HINT)
    def on_inlay_hints(ls: BoteServer, params: types.InlayHintParams) -> list[types.InlayHint]:
        return inlay_hints.inlay_hints(ls.analysis(params.text_document.uri), params.range)

    return server


def serve(seed: int | None = None, samples: int | None = None) -> None:
    """Serve over standard input and output until the client exits."""
    from bote.model import keep_figure_graphs
    from bote.pipeline import sampling_of
    keep_figure_graphs(True)   # hover and diagnostics read the figure graph (`bote` turns it off for its commands)
    handler = logging.StreamHandler()   # standard error: the client shows it in its log
    handler.setFormatter(logging.Formatter("bote lsp: %(message)s"))
    log.addHandler(handler)
    build(sampling_of(seed, samples)).start_io()
