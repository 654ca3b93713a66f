"""Positions between bote and the editor: bote counts lines and columns from
1, in characters; LSP counts from 0, in the code units of the encoding the
client and server agreed on (UTF-16 unless the client offers another)."""
from __future__ import annotations

from lsprotocol import types

from bote.errors import Span, source_lines

UTF16, UTF8, UTF32 = "utf-16", "utf-8", "utf-32"


class Positions:
    """One text's lines, to convert positions both ways."""

    def __init__(self, text: str, encoding: str = UTF16):
        self.lines = source_lines(text) or [""]
        self.encoding = encoding
        self.ends_with_break = text.endswith(("\n", "\r"))

    def line(self, number: int) -> str:
        """Line `number` (1-based); "" past the end."""
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def _units(self, text: str) -> int:
        if self.encoding == UTF8:
            return len(text.encode("utf-8"))
        if self.encoding == UTF32:
            return len(text)
        return len(text.encode("utf-16-le")) // 2

    def position(self, line: int, column: int) -> types.Position:
        """bote's (line, column) as an LSP position."""
        text = self.line(line)
        return types.Position(max(0, line - 1), self._units(text[: max(0, column - 1)]))

    def range(self, span: Span | None) -> types.Range:
        """A span as a range; the start of the file for none."""
        if span is None:
            return types.Range(types.Position(0, 0), types.Position(0, 0))
        return types.Range(self.position(span.line, span.column), self.position(span.end_line, span.end_column))

    def line_end(self, line: int) -> types.Position:
        return self.position(line, len(self.line(line)) + 1)

    def whole(self) -> types.Range:
        """The range of the whole text."""
        end = types.Position(len(self.lines), 0) if self.ends_with_break else self.line_end(len(self.lines))
        return types.Range(types.Position(0, 0), end)

    def bote(self, p: types.Position) -> tuple[int, int]:
        """An LSP position as bote's (line, column); a column past the line's
        end is its end."""
        line = p.line + 1
        text = self.line(line)
        if self.encoding == UTF32:
            return line, min(p.character, len(text)) + 1
        units = 0
        for i, char in enumerate(text):
            if units >= p.character:
                return line, i + 1
            units += self._units(char)
        return line, len(text) + 1
