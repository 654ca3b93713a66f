"""The format request: the document in bote's canonical layout (`bote fmt`,
`bote.writeback.formatting`), as one edit of the whole text; none when it
is already so, or when it does not parse (the diagnostics say why)."""
from __future__ import annotations

from lsprotocol import types

from bote.errors import BoteError
from bote.lsp.analysis import Analysis


def formatting(a: Analysis) -> list[types.TextEdit]:
    from bote.writeback.formatting import formatted
    try:
        new = formatted(a.text, a.filename)
    except BoteError:
        return []
    if new == a.text:
        return []
    return [types.TextEdit(a.positions.whole(), new)]
