"""Errors as people read them: `FILE:LINE:COL: error: message`, the source
line, a caret under the spot, and a hint."""
from __future__ import annotations

from ..errors import Diagnostic


def render_diagnostic(d: Diagnostic, source: str, severity: str = "error") -> str:
    span = d.span
    if span is None:
        head = f"{severity}: {d.message}"
        return head + (f"\n  hint: {d.hint}" if d.hint else "")
    out = [f"{span.file}:{span.line}:{span.column}: {severity}: {d.message}"]
    lines = source.splitlines()
    if 0 < span.line <= len(lines):
        text = lines[span.line - 1].replace("\t", " ")
        if len(text) > 200:
            text = text[:200] + " ..."
        number = str(span.line)
        width = span.end_column - span.column if span.end_line == span.line else len(text) - span.column + 1
        width = max(1, min(width, len(text) - span.column + 2))
        out.append(f" {number} | {_printable(text)}")
        out.append(f" {' ' * len(number)} | {' ' * (span.column - 1)}{'^' * width}")
    if d.hint:
        out.append(f"  hint: {d.hint}")
    out.extend(f"  note: {n}" for n in d.notes)
    return "\n".join(out)


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else "\ufffd" for c in text)
