"""Diagnostics: what `bote check` reports for a file, as the editor shows it.

Every error of an invalid file, every risk and every failed assert, each
with its kind as the code (`unknown-unit`, `overloaded`, `assert`), its
severity mapped (error, warning, note -> Error, Warning, Information), the
message with its hint or fix as CI formats carry it, and as related
information the inputs that drive it: for a risk, the values the file
states that its component's figure is derived from (with ranges, those whose
spread explains it, strongest first); for a failed assert, the definitions
of the names it reads.
"""
from __future__ import annotations

from lsprotocol import types

from bote.errors import Span
from bote.lsp.analysis import Analysis
from bote.lsp.names import BINDING, COMPONENT
from bote.model.risks import ERROR, NOTE, WARNING, Risk
from bote.render.figures import drivers_text, with_advice

SOURCE = "bote"

SEVERITY = {ERROR: types.DiagnosticSeverity.Error, WARNING: types.DiagnosticSeverity.Warning,
            NOTE: types.DiagnosticSeverity.Information}

#: The figure of a component behind each kind of risk: its inputs drive it.
RISK_FIGURE = {
    "overloaded": "utilization", "hot": "utilization", "unstable": "utilization",
    "single-point-of-failure": "instances", "cannot-scale": "needed", "memory": "needed_for_memory",
    "storage": "needed_for_storage", "latency": "needed_for_latency", "connections": "needed_for_connections",
    "cold-cache": "load", "synchronized-clients": "load", "rate-limit": "load", "assumed-load": "load",
    "backlog": "backlog", "slow-drain": "drain_time", "lock-contention": "lock_utilization",
    "retry-storm": "offered_load", "error-budget": "failure_share", "timeouts": "timed_out",
}

#: Related inputs listed at most for one finding.
MAX_RELATED = 8


def diagnostics(a: Analysis) -> list[types.Diagnostic]:
    """The file's diagnostics, in line order."""
    report, at = a.report, a.positions
    out: list[tuple[Span | None, types.Diagnostic]] = []
    for d in report.errors:
        message = with_advice(d.message, "Hint", d.hint)
        for note in d.notes:
            message = with_advice(message, "Note", note)
        span = d.span if d.span is not None and d.span.file == report.file else None
        out.append((span, types.Diagnostic(at.range(span), message, types.DiagnosticSeverity.Error, d.kind,
                                           source=SOURCE)))
    where: dict[str | None, Span] = {c.name: c.span for c in report.components}
    for r in report.risks:
        span = r.span or where.get(r.component)
        message = with_advice(r.message, "Fix", r.remedy) + drivers_text(r)
        out.append((span, types.Diagnostic(at.range(span), message, SEVERITY[r.severity], r.kind, source=SOURCE,
                                           related_information=_risk_inputs(a, r) or None)))
    for assertion in report.asserts:
        if not assertion.passed:
            out.append((assertion.span, types.Diagnostic(
                at.range(assertion.span), assertion.message, types.DiagnosticSeverity.Error, "assert",
                source=SOURCE, related_information=_assert_inputs(a, assertion.span) or None)))
    out.sort(key=lambda x: (x[0].line, x[0].column) if x[0] else (0, 0))
    return [d for _, d in out]


def _location(a: Analysis, span: Span, message: str) -> types.DiagnosticRelatedInformation:
    return types.DiagnosticRelatedInformation(types.Location(a.uri, a.positions.range(span)), message)


def _risk_inputs(a: Analysis, r: Risk) -> list[types.DiagnosticRelatedInformation]:
    """The values the file states that drive a risk's figure."""
    if r.component is None:
        return []
    report = a.report
    graph = report.figures
    out = []
    if r.sensitivity:
        for name, rho in r.sensitivity[:MAX_RELATED]:
            figure = graph.figures.get(name)
            if figure is not None and figure.span is not None:
                out.append(_location(a, figure.span, f"{name} = {_value(report, figure)} (rank correlation "
                                                     f"{rho:+.2f})"))
        return out
    name = f"{r.component}.{RISK_FIGURE.get(r.kind, 'instances')}"
    if name not in graph:
        name = f"{r.component}.load"
        if name not in graph:
            return []
    for depth, figure in graph.derivation(name):
        if depth and figure.written and figure.span is not None and figure.span.file == report.file:
            out.append(_location(a, figure.span, f"{figure.name} = {_value(report, figure)}"))
            if len(out) == MAX_RELATED:
                break
    return out


def _assert_inputs(a: Analysis, span: Span) -> list[types.DiagnosticRelatedInformation]:
    """Where each binding and component an assert reads is defined."""
    out, seen = [], set()
    for o in a.names.occurrences:
        if o.what not in (BINDING, COMPONENT) or o.definition or not (span.line <= o.span.line <= span.end_line):
            continue
        if o.span.line == span.line and o.span.column < span.column:
            continue
        definition = a.names.definition_of(o)
        if definition is None or o.key in seen:
            continue
        seen.add(o.key)
        figure = a.report.figures.figures.get(o.name) if o.what == BINDING else None
        text = f"{o.name} = {_value(a.report, figure)}" if figure is not None else f"{o.what} {o.name}"
        out.append(_location(a, definition.span, text))
    return out


def _value(report, figure) -> str:
    from bote.model.explain import value_text
    try:
        return value_text(report, figure)
    except Exception:  # noqa: BLE001 - a value that cannot be shown leaves its name alone
        return str(figure.value)


def published(a: Analysis) -> types.PublishDiagnosticsParams:
    return types.PublishDiagnosticsParams(a.uri, diagnostics(a), a.version)


__all__ = ["diagnostics", "published"]
