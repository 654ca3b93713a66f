"""`tabulate(rows, headers, tablefmt="simple", disable_numparse=True)`,
written directly for the tables `bote check` prints.

Importing tabulate costs more than a small file's whole table (most of it
`importlib.metadata`, which tabulate calls for its version), so a table
whose cells are all plain printable ASCII strings without surrounding spaces
(or other characters one column wide) is laid out here: each column as wide as its widest cell or its header plus
two, cells left-aligned, two spaces apart, a line of dashes under the
headers, trailing spaces stripped.  Anything else (wide characters, control
codes, a cell tabulate would wrap) goes to tabulate itself.
tests/test_plain_table.py checks both agree on generated tables.
"""
from __future__ import annotations

import unicodedata
from functools import cache


def _plain(cell: object) -> bool:
    return type(cell) is str and cell.isprintable() and cell == cell.strip() and (
        cell.isascii() or all(_narrow(ch) for ch in cell if not ch.isascii()))


@cache
def _narrow(ch: str) -> bool:
    """One column wide for tabulate (which measures with wcwidth when it is
    installed, else with len): `×`, `–`, `µ`, `€`, not CJK, combining marks
    or format characters."""
    return unicodedata.east_asian_width(ch) in ("Na", "N", "H", "A") and unicodedata.category(ch)[0] not in "MC"


def simple_table(rows: list[list[str]], headers: list[str], maxcolwidths: list[int | None] | None = None) -> str:
    """The table as tabulate's `simple` format prints it (`maxcolwidths` as tabulate's)."""
    limits = maxcolwidths or [None] * len(headers)
    plain = all(_plain(h) for h in headers) and all(
        len(row) == len(headers) and all(_plain(c) and (w is None or len(c) <= w) for c, w in zip(row, limits))
        for row in rows)
    if not plain:
        from tabulate import tabulate
        return tabulate(rows, headers, tablefmt="simple", disable_numparse=True, maxcolwidths=maxcolwidths)
    widths = [max([len(h) + 2, *(len(row[i]) for row in rows)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)
