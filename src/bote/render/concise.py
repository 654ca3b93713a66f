"""`--format concise`: one line per finding, the way ruff's concise output
and compilers print them, for a person reading a failed hook or CI log:

    PATH:LINE:COL: SEVERITY[KIND] MESSAGE

One line per diagnostic of an invalid file, per risk and per failed assert,
in the order of their positions in each file.  SEVERITY is `error`,
`warning` or `note` (with `strict`, warnings fail the check and read
`error`); KIND is the rule (`bote.render.rules`).  A finding about a whole
file is at 1:1.  PATH is the file as bote was given it, with control
characters escaped (`bote.files.shown_name`), so that each finding is one
line.  A file without findings prints nothing.
"""
from __future__ import annotations

from bote.errors import Diagnostic, Span
from bote.files import shown_name
from bote.model.report import FileReport, Report
from bote.model.risks import ERROR, WARNING


def concise_line(severity: str, file: str, span: Span | None, kind: str, message: str) -> str:
    line, column = (span.line, span.column) if span is not None else (1, 1)
    name = shown_name(span.file if span is not None else file)
    return f"{name}:{line}:{column}: {severity}[{kind}] {' '.join(message.splitlines())}"


def diagnostic_line(d: Diagnostic, file: str) -> str:
    """An input error as a concise line (`bote render` prints these too)."""
    return concise_line(ERROR, file, d.span, d.kind, d.message)


def file_lines(f: FileReport, strict: bool = False) -> list[str]:
    where: dict[str | None, Span] = {c.name: c.span for c in f.components}  # a file's finding has none
    findings = [(d.span, ERROR, d.kind, d.message) for d in f.errors]
    findings += [(r.span or where.get(r.component), r.severity, r.kind, r.message) for r in f.risks]
    findings += [(a.span, ERROR, "assert", a.message) for a in f.asserts if not a.passed]
    findings.sort(key=lambda x: (x[0].line, x[0].column) if x[0] else (0, 0))
    return [concise_line(ERROR if strict and severity == WARNING else severity, f.file, span, kind, message)
            for span, severity, kind, message in findings]


def render_concise(report: Report, strict: bool = False) -> str:
    return "".join(line + "\n" for f in report.files for line in file_lines(f, strict))
