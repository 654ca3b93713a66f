"""`tabulate(rows, headers, tablefmt="simple", disable_numparse=True)`,
written directly for the tables `bote check` prints.

Importing tabulate costs more than a small file's whole table (most of it
`importlib.metadata`, which tabulate calls for its version), so a table
whose cells are all plain printable ASCII strings without surrounding spaces
(or other characters one column wide) is laid out here: each column as wide as its widest cell or its header plus
two, cells left-aligned, two spaces apart, a line of dashes under the
headers, trailing spaces stripped, a column with a maximum width wrapped.
Anything else (wide characters, control codes) goes to tabulate itself.
tests/test_plain_table.py checks both agree on generated tables.
"""
from __future__ import annotations

import unicodedata
from functools import cache


def _plain(cell: object) -> bool:
    return type(cell) is str and cell.isprintable() and cell == cell.strip() and (
        cell.isascii() or all(_narrow(ch) for ch in cell if not ch.isascii()))


def _wraps_plainly(cell: str, width: int) -> bool:
    """Whether `textwrap` wraps `cell` as tabulate does: it fits, or it breaks
    at single spaces only (tabulate's wrapper breaks over-long words, and
    hyphenated ones at the end of a line, its own way)."""
    if len(cell) <= width:
        return True
    if "  " in cell or any(len(word) > width for word in cell.split(" ")):
        return False
    if "-" not in cell:
        return True
    import textwrap
    return textwrap.wrap(cell, width) == textwrap.wrap(cell, width, break_on_hyphens=False)


@cache
def _narrow(ch: str) -> bool:
    """One column wide for tabulate (which measures with wcwidth when it is
    installed, else with len): `×`, `–`, `µ`, `€`, not CJK, combining marks
    or format characters."""
    return unicodedata.east_asian_width(ch) in ("Na", "N", "H", "A") and unicodedata.category(ch)[0] not in "MC"


def simple_table(rows: list[list], headers: list[str], maxcolwidths: list[int | None] | None = None) -> str:
    """The table as tabulate's `simple` format prints it; a column with a
    width in `maxcolwidths` is wrapped to it as tabulate wraps it (with
    `textwrap`), its extra lines under the row."""
    limits = maxcolwidths or [None] * len(headers)
    given = rows
    # tabulate with numbers parsed off prints an integer (a finding's line) as its text, left-aligned
    rows = [[str(c) if type(c) is int else c for c in row] for row in rows]
    plain = all(_plain(h) for h in headers) and all(
        len(row) == len(headers) and all(_plain(c) and (w is None or _wraps_plainly(c, w)) for c, w in zip(row, limits))
        for row in rows)
    if not plain:
        from tabulate import tabulate
        return tabulate(given, headers, tablefmt="simple", disable_numparse=True, maxcolwidths=maxcolwidths)
    if any(w is not None for w in limits):
        import textwrap
        wrappers = [None if w is None else textwrap.TextWrapper(width=w) for w in limits]
        cells = [[[c] if wrap is None else wrap.wrap(c) or [""] for c, wrap in zip(row, wrappers)] for row in rows]
    else:
        cells = [[[c] for c in row] for row in rows]
    if any(len(c) > 1 for row in cells for c in row):
        # tabulate's multiline layout: a row is as tall as its tallest cell, so a
        # row of empty cells (no lines at all) takes no line
        cells = [[[line for line in c if line] if c != [""] else [] for c in row] for row in cells]
    widths = [max([len(h) + 2, *(len(line) for row in cells for line in row[i])]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in cells:
        for k in range(max((len(c) for c in row), default=0)):
            lines.append("  ".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(row, widths)).rstrip())
    return "\n".join(lines)
