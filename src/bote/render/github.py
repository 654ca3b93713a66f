"""`--format github`: GitHub Actions workflow commands, one annotation a line.

    ::error file=F,line=L,col=C,endLine=L,endColumn=C,title=bote (KIND)::message

One line per diagnostic of an invalid file, per risk (error -> `::error`,
warning -> `::warning`, note -> `::notice`; with `strict`, warnings fail the
check and are `::error`) and per failed assert (`::error`, kind `assert`).
Escaping follows the Actions toolkit (@actions/core, `command.ts`):
`escapeData` for the message, `escapeProperty` for property values.  As the
toolkit documents, `col` and `endColumn` are only sent for one-line spans.
`file=` is the path from the repository root (`bote.repository`), which is
what GitHub attaches an annotation to, whatever folder bote ran in; a file
outside the root is named as it was given.
"""
from __future__ import annotations

from bote.errors import Span
from bote.files import text_name
from bote.model.report import FileReport, Report
from bote.model.risks import ERROR, WARNING
from bote.render.figures import drivers_text, with_advice
from bote.repository import path_in

_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(severity: str, file: str, span: Span | None, kind: str, message: str, root: str | None = None) -> str:
    """One workflow command; `file` from `root` (None: the current folder)."""
    name = span.file if span else file
    props: list[tuple[str, str | int]] = [("file", text_name(path_in(name, root) or name))]
    if span is not None:
        props.append(("line", span.line))
        if span.end_line == span.line:
            props.append(("col", span.column))
        props.append(("endLine", span.end_line))
        if span.end_line == span.line:
            props.append(("endColumn", span.end_column))
    props.append(("title", f"bote ({kind})"))
    text = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
    return f"::{_COMMAND[severity]} {text}::{escape_data(message)}"


def file_lines(f: FileReport, strict: bool = False, root: str | None = None) -> list[str]:
    lines = []
    for d in f.errors:
        message = with_advice(d.message, "Hint", d.hint)
        for note in d.notes:
            message = with_advice(message, "Note", note)
        lines.append(annotation(ERROR, f.file, d.span, d.kind, message, root))
    where: dict[str | None, Span] = {c.name: c.span for c in f.components}  # a file's finding has none
    findings = [(r.span or where.get(r.component), r.severity, r.kind, with_advice(r.message, "Fix", r.remedy) + drivers_text(r)) for r in f.risks]
    findings += [(a.span, ERROR, "assert", a.message) for a in f.asserts if not a.passed]
    findings.sort(key=lambda x: (x[0].line, x[0].column) if x[0] else (0, 0))
    for span, severity, kind, message in findings:
        if strict and severity == WARNING:
            severity = ERROR
        lines.append(annotation(severity, f.file, span, kind, message, root))
    return lines


def render_github(report: Report, strict: bool = False, root: str | None = None) -> str:
    """The annotations of every file; paths from `root`, the repository root
    (`bote.repository.repository_root`; None: the current folder)."""
    lines = [line for f in report.files for line in file_lines(f, strict, root)]
    return "".join(line + "\n" for line in lines)
