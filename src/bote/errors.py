"""The one error type bote raises, and the source span every error carries.

A `Diagnostic` is plain data (kind, message, span, hint) so later stages can
re-emit it in any format (terminal, JSON, GitHub annotations, SARIF) without
parsing text.  `BoteError` carries one or more diagnostics: several
independent mistakes in one file are reported together.
"""
from __future__ import annotations

import re
from dataclasses import field
from functools import lru_cache

from bote.dataclasses_compiled import dataclass
from bote.frozen import quick_init

#: The line breaks bote counts, in .bote files and Markdown alike: LF, CRLF
#: and a lone CR (old Mac files), and only those.  `str.splitlines` also
#: breaks at form feeds, vertical tabs, U+2028 and more, which would shift the
#: line shown under an error away from the line its position names.
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def lines_with_endings(text: str) -> list[str]:
    """The lines of `text`, each keeping its own ending (for rewriting a
    file byte for byte), broken where `LINE_BREAK` breaks."""
    return _WITH_ENDINGS.findall(text)


_WITH_ENDINGS = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


@lru_cache(maxsize=8)
def cached_lines(text: str) -> tuple[str, ...]:
    """`source_lines`, split once per text: the messages of one file ask for
    its lines again and again (a str caches its own hash)."""
    return tuple(source_lines(text))


def source_lines(text: str) -> list[str]:
    """The lines of `text` as positions number them (line n is item n - 1)."""
    lines = LINE_BREAK.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


@quick_init   # a big file's parse makes a hundred thousand
@dataclass(frozen=True, slots=True)
class Span:
    """A region of one source file. Lines and columns are 1-based; `end_column`
    is one past the last character, as Lark reports it."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    def to(self, other: Span) -> Span:
        """The span from the start of `self` to the end of `other`."""
        return Span(self.file, self.line, self.column, other.end_line, other.end_column)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One thing wrong with the input.

    `kind` is a stable identifier (`syntax`, `unknown-name`, `dimension`, ...)
    for machines; `message` and `hint` are for people."""

    kind: str
    message: str
    span: Span | None
    hint: str | None = None
    notes: tuple[str, ...] = field(default=())


class BoteError(Exception):
    """Invalid input: one or more diagnostics. Exit code 2 at the CLI."""

    def __init__(self, diagnostics: Diagnostic | list[Diagnostic]):
        if isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics: list[Diagnostic] = list(diagnostics)
        super().__init__("; ".join(d.message for d in self.diagnostics))

    @classmethod
    def at(cls, kind: str, message: str, span: Span | None, hint: str | None = None) -> BoteError:
        return cls(Diagnostic(kind, message, span, hint))
