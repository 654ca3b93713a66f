"""Inlay hints: after each binding's line and each sized component's
`component NAME {` line, the figure bote prints for it: the text `bote
render` writes as its `# =>` result (`bote.docs.inline_results`), so the
editor shows what the table and the comments say. A line whose `# =>`
result already says it gets none."""
from __future__ import annotations

from lsprotocol import types

from bote.docs.inline_results import results
from bote.lsp.analysis import Analysis

#: What a hint starts with: the arrow of a `# =>` result.
ARROW = "=> "


def inlay_hints(a: Analysis, wanted: types.Range | None = None) -> list[types.InlayHint]:
    report = a.report
    if not report.valid or report.skipped or report.units is None:
        return []
    first, last = (wanted.start.line + 1, wanted.end.line + 1) if wanted is not None else (1, len(a.positions.lines))
    out = []
    for r in results(a.text, report, a.markdown):
        if not first <= r.line <= last or (r.written is not None and r.written.text == r.computed):
            continue
        line = a.positions.line(r.line)
        end = len(line.rstrip()) if r.written is None else len(line[: r.written.start].rstrip())
        out.append(types.InlayHint(a.positions.position(r.line, end + 1), ARROW + r.computed,
                                   padding_left=True, tooltip=f"{r.name}: what bote computes for this line"))
    return out
