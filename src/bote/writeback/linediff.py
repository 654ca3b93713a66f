"""`--diff`: a unified diff of what `bote render` changes, in linear time.

difflib's matcher is quadratic on a file with many repeated lines (a doc of
10,000 blocks has 10,000 `<!-- bote:begin -->` lines), but bote knows how its
output lines up with its input: it changes lines in place (`# =>` results)
and inserts or removes its own sections after the author's lines.  So the
two files are cut into as many pieces, each one of the author's lines with
the section that follows it, and only pieces that differ are compared (each
small).  Output is the same as `difflib.unified_diff`'s.
"""
from __future__ import annotations

import difflib
from collections.abc import Sequence

Opcode = tuple[str, int, int, int, int]


def unified_diff(path: str, old: Sequence[str], new: Sequence[str],
                 old_pieces: Sequence[int] | None = None, new_pieces: Sequence[int] | None = None,
                 context: int = 3) -> str:
    """The diff of `old` to `new` (lines with their endings), headed
    `a/PATH` and `b/PATH`.  `old_pieces` and `new_pieces` are the indexes
    where each piece starts (see the module doc); without them, two files
    of the same length are compared line by line, others by difflib."""
    if old_pieces is not None and new_pieces is not None and len(old_pieces) == len(new_pieces):
        opcodes = _piecewise(old, new, old_pieces, new_pieces)
    elif old_pieces is None and new_pieces is None and len(old) == len(new):
        opcodes = _piecewise(old, new, range(len(old)), range(len(new)))
    else:
        return "".join(difflib.unified_diff(old, new, f"a/{path}", f"b/{path}"))
    return _format(path, old, new, opcodes, context)


def _piecewise(old, new, old_starts, new_starts) -> list[Opcode]:
    ops: list[Opcode] = []

    def add(tag, i1, i2, j1, j2):
        if i1 == i2 and j1 == j2:
            return
        if ops and (ops[-1][0] == "equal") == (tag == "equal"):
            # Runs merge as difflib's own do: changed lines side by side are
            # one `replace` (all `-` lines, then all `+` lines).
            _, a1, _, b1, _ = ops.pop()
            if tag != "equal":
                tag = "replace" if i2 > a1 and j2 > b1 else ("delete" if i2 > a1 else "insert")
            i1, j1 = a1, b1
        ops.append((tag, i1, i2, j1, j2))

    old_bounds = list(old_starts) + [len(old)]
    new_bounds = list(new_starts) + [len(new)]
    # What comes before the first piece (a section at the very top) is a piece too.
    add_piece(add, old, new, 0, old_bounds[0], 0, new_bounds[0])
    for k in range(len(old_bounds) - 1):
        add_piece(add, old, new, old_bounds[k], old_bounds[k + 1], new_bounds[k], new_bounds[k + 1])
    return ops or [("equal", 0, len(old), 0, len(new))]


def add_piece(add, old, new, i1, i2, j1, j2) -> None:
    if i2 - i1 == j2 - j1 and old[i1:i2] == new[j1:j2]:
        add("equal", i1, i2, j1, j2)
        return
    for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old[i1:i2], new[j1:j2], autojunk=False).get_opcodes():
        add(tag, i1 + a1, i1 + a2, j1 + b1, j1 + b2)


class _Known(difflib.SequenceMatcher):
    """A matcher that already knows its opcodes (for the grouping only)."""

    def __init__(self, opcodes: list[Opcode]):
        self._known = opcodes

    def get_opcodes(self):
        return self._known


def _range(start: int, stop: int) -> str:
    # difflib's own `_format_range_unified`.
    beginning, length = start + 1, stop - start
    if length == 1:
        return f"{beginning}"
    if not length:
        beginning -= 1
    return f"{beginning},{length}"


def _format(path: str, old, new, opcodes: list[Opcode], context: int) -> str:
    out: list[str] = []
    for group in _Known(opcodes).get_grouped_opcodes(context):
        if not out:
            out += [f"--- a/{path}\n", f"+++ b/{path}\n"]
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += [" " + line for line in old[i1:i2]]
                continue
            if tag in ("replace", "delete"):
                out += ["-" + line for line in old[i1:i2]]
            if tag in ("replace", "insert"):
                out += ["+" + line for line in new[j1:j2]]
    return "".join(out)


__all__ = ["unified_diff"]
