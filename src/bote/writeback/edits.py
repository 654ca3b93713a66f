"""A document being edited as lines that keep their own endings, and what
`bote render` did to one file: shared by the doc, image and inline writers."""
from __future__ import annotations

from dataclasses import field

from bote.dataclasses_compiled import dataclass
from bote.errors import LINE_BREAK, Diagnostic, lines_with_endings


class Lines:
    """A document as lines that keep their own line endings."""

    def __init__(self, text: str):
        # CommonMark line endings only (\r\n, \r, \n), each kept with its line.
        self.lines = lines_with_endings(text)
        first = LINE_BREAK.search(text)
        self.eol = first.group() if first else "\n"

    @staticmethod
    def content(line: str) -> str:
        return line.rstrip("\r\n")

    def insert_after_all(self, inserts: list[tuple[int, list[str]]]) -> None:
        """Insert each `new` (lines without endings) after its line `index`
        (0-based), in one pass; at one index, in the order given.  A last
        line without a final newline stays without one."""
        if not inserts:
            return
        at: dict[int, list[str]] = {}
        for index, new in inserts:
            at.setdefault(index, []).extend(new)
        out: list[str] = []
        last = len(self.lines) - 1
        for i, line in enumerate(self.lines):
            added = at.get(i)
            if not added:
                out.append(line)
                continue
            if i == last and not line.endswith(("\n", "\r")):
                out.append(line + self.eol)
                out.extend(x + self.eol for x in added[:-1])
                out.append(added[-1])
            else:
                out.append(line)
                out.extend(x + self.eol for x in added)
        self.lines = out

    def remove_all(self, ranges: list[tuple[int, int]]) -> None:
        """Remove the lines start..stop-1 of each range (sorted, apart), in one
        pass; when that took the end of a file without a final newline, the
        new last line loses its ending too."""
        if not ranges:
            return
        had_no_eol = bool(self.lines) and not self.lines[-1].endswith(("\n", "\r"))
        out: list[str] = []
        kept = 0
        for start, stop in ranges:
            out.extend(self.lines[kept:start])
            kept = max(kept, stop)
        out.extend(self.lines[kept:])
        if had_no_eol and ranges[-1][1] >= len(self.lines) and out:
            out[-1] = self.content(out[-1])
        self.lines = out

    def text(self) -> str:
        return "".join(self.lines)


@dataclass
class Outcome:
    """What `bote render` did to one file."""

    exit_code: int = 0
    errors: list[str] = field(default_factory=list)
    diff: str = ""
    note: str = ""
    #: The diagnostics `errors` prints, for `--format concise`.
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: With `check_only`, when the file would change: the first line that
    #: would (1 when only an image beside it would).
    changed_line: int | None = None


def first_change(old: list[str], new: list[str]) -> int:
    """The number of the first line of `old` that `new` does not keep as it
    is (one past the end when `new` only adds lines after it)."""
    for number, (a, b) in enumerate(zip(old, new), start=1):
        if a != b:
            return number
    return min(len(old), len(new)) + 1 if len(old) != len(new) else 1


def bug_outcome(path: str, shown: str, e: Exception) -> Outcome:
    """A bug in bote while rendering `path`: exit 2 with a message (never
    exit 1, which would read as a stale file), not a traceback."""
    message = f"bote could not render this file ({type(e).__name__}: {e})"
    hint = "this is a bug in bote; please report it with the file"
    return Outcome(2, [f"{shown}: error: {message}\n  hint: {hint}"],
                   diagnostics=[Diagnostic("internal", message, None, hint)])
