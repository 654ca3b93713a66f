"""Errors as people read them: `FILE:LINE:COL: error: message`, the source
line, a caret under the spot, and a hint."""
from __future__ import annotations

from bote.errors import Diagnostic, cached_lines
from bote.files import shown_name


def render_diagnostic(d: Diagnostic, source: str, severity: str = "error", file: str | None = None) -> str:
    span = d.span
    if span is None:
        # Without a span the message names the file itself ("cannot read x.bote: ...").
        head = (f"{shown_name(file)}: {severity}: {d.message}" if file and shown_name(file) not in d.message
                else f"{severity}: {d.message}")
        return head + (f"\n  hint: {d.hint}" if d.hint else "")
    out = [f"{shown_name(span.file)}:{span.line}:{span.column}: {severity}: {d.message}"]
    lines = cached_lines(source)
    if 0 < span.line <= len(lines):
        text = lines[span.line - 1].replace("\t", " ")
        end = span.end_column if span.end_line == span.line else len(text) + 1
        width = max(1, min(end, len(text) + 2) - span.column)
        text, column = _window(text, span.column)
        number = str(span.line)
        out.append(f" {number} | {_printable(text)}")
        out.append(f" {' ' * len(number)} | {' ' * (column - 1)}{'^' * min(width, _WIDTH)}")
    if d.hint:
        out.append(f"  hint: {d.hint}")
    out.extend(f"  note: {n}" for n in d.notes)
    return "\n".join(out)


_WIDTH = 100


def shown_source(d: Diagnostic, source: str, overrides=None) -> str:
    """The source a diagnostic's line comes from: the file's, or that of
    the `--set` options (`bote.language.overrides`) when it points there."""
    from bote.language.overrides import SOURCE
    if overrides and d.span is not None and d.span.file == SOURCE:
        return overrides.source
    return source



def _window(text: str, column: int) -> tuple[str, int]:
    """A long line is cut to a window around the column, so the caret always
    points at visible text."""
    if len(text) <= 2 * _WIDTH:
        return text, column
    start = max(0, column - 1 - _WIDTH // 2)
    cut = text[start : start + 2 * _WIDTH]
    prefix = "... " if start else ""
    suffix = " ..." if start + 2 * _WIDTH < len(text) else ""
    return prefix + cut + suffix, column - start + len(prefix)


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else "\ufffd" for c in text)
