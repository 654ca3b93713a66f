"""`--format sarif`: SARIF 2.1.0 (OASIS Static Analysis Results Interchange
Format, https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the format GitHub
code scanning uploads.

One run; the driver lists every kind bote knows as a rule, always in the same
order, so `ruleIndex` is stable.  Results carry the level (`error`, `warning`,
`note`; with `strict`, warnings are errors, as they fail the check), the
message with its remedy or hint, and the span as a region.  Columns count
Unicode code points; `endColumn` is one past the last character, as in SARIF.
"""
from __future__ import annotations

import json
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from urllib.parse import quote

from bote.errors import Span
from bote.model.report import Report
from bote.model.risks import ERROR, NOTE, WARNING
from bote.render.figures import drivers_text, with_advice
from bote.version import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

# (id, default level, short description).  Append new kinds at the end:
# a rule's index is part of the output's contract.
RULES = (
    ("overloaded", ERROR, "A component is offered more load than its instances can serve."),
    ("hot", WARNING, "A component runs above its utilization ceiling, or would with one instance down."),
    ("single-point-of-failure", WARNING, "A component has one instance in total."),
    ("cannot-scale", ERROR, "A component that cannot scale out needs more than one instance."),
    ("memory", ERROR, "A component's working set does not fit in its memory."),
    ("storage", ERROR, ("A component's data does not fit in its storage (error), or will fill it within the "
                        "storage horizon at its current growth (warning).")),
    ("assumed-load", NOTE, "Nothing feeds a component and it sets no load: a default load is assumed."),
    ("assert", ERROR, "An assert does not hold."),
    ("syntax", ERROR, "The input is not valid bote syntax."),
    ("unknown-name", ERROR, "A name is used that is not defined."),
    ("unknown-unit", ERROR, "A unit is used that is not known."),
    ("dimension", ERROR, "Quantities of incompatible dimensions are combined."),
    ("property", ERROR, "A component property is unknown, computed by bote, missing or wrongly set."),
    ("duplicate", ERROR, "A name is defined twice, or clashes with a unit."),
    ("cycle", ERROR, "Values or the flow depend on themselves."),
    ("flow", ERROR, "The flow names an unknown component, repeats an edge or conflicts with a load."),
    ("value", ERROR, "A value is out of range: division by zero, too large, not whole, negative."),
    ("type", ERROR, "A comparison is used as a value, or a value as a comparison."),
    ("call", ERROR, "A function is called with the wrong arguments."),
    ("io", ERROR, "The input cannot be read."),
    ("unstable", ERROR, "Requests arrive faster than an instance's workers serve them: the queue grows without bound."),
    ("latency", ERROR, "A component misses its latency target, or no instance count can meet it."),
    ("connections", ERROR, "A component's instances cannot hold the concurrent connections it needs."),
    ("cold-cache", WARNING, "A component is overloaded when the caches in front of it are cold."),
    ("synchronized-clients", WARNING, "Clients polling in lockstep make a peak far above the average."),
    ("internal", ERROR, "bote failed on this input: a bug in bote."),
    ("rate-limit", ERROR, ("A third-party service is offered more than its rate limit (error), or more than "
                           "its utilization ceiling of it (warning).")),
    ("backlog", ERROR, "A queue's consumers are slower than the average arrival rate: it grows without end."),
    ("slow-drain", WARNING, "The backlog a burst leaves in a queue takes longer than drain_within to clear."),
    ("name", ERROR, "A name cannot be used: a unit with a dimension as a binding, or a property shadowing a binding."),
    ("label-not-binding", WARNING, ("A number before a name that is both a count label and a binding reads the "
                                    "label, not the binding.")),
    ("stale-result", WARNING, "A `# =>` comment says something other than what bote computes for its line."),
    ("unsized-flow", WARNING, ("A flow (request class) reaches no component with a capacity: its traffic is "
                               "counted nowhere.")),
)


def _rule(rule_id: str, level: str, text: str) -> dict:
    return {"id": rule_id, "shortDescription": {"text": text}, "defaultConfiguration": {"level": level}}


def _uri(path: str) -> str:
    """The path as a URI reference: relative paths stay relative, with `/`."""
    pure: PurePath = PureWindowsPath(path) if "\\" in path else PurePosixPath(path)
    if pure.is_absolute():
        return pure.as_uri()
    # A byte of the name that is not UTF-8 is percent-encoded as itself.
    return quote(pure.as_posix().encode("utf-8", "surrogateescape"), safe="/")


def _location(file: str, span: Span | None) -> dict:
    physical: dict = {"artifactLocation": {"uri": _uri(span.file if span else file)}}
    if span is not None:
        physical["region"] = {"startLine": span.line, "startColumn": span.column,
                              "endLine": span.end_line, "endColumn": span.end_column}
    return {"physicalLocation": physical}


def render_sarif(report: Report, strict: bool = False) -> str:
    rules = [_rule(*r) for r in RULES]
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []

    def add(kind: str, level: str, message: str, file: str, span: Span | None) -> None:
        if kind not in index:  # a kind newer than this table: listed after the known ones
            index[kind] = len(rules)
            rules.append(_rule(kind, ERROR, kind))
        if strict and level == WARNING:
            level = ERROR
        results.append({"ruleId": kind, "ruleIndex": index[kind], "level": level,
                        "message": {"text": message}, "locations": [_location(file, span)]})

    for f in report.files:
        for d in f.errors:
            message = with_advice(d.message, "Hint", d.hint)
            for note in d.notes:
                message = with_advice(message, "Note", note)
            add(d.kind, ERROR, message, f.file, d.span)
        where: dict[str | None, Span] = {c.name: c.span for c in f.components}  # a file's finding has none
        for r in f.risks:
            add(r.kind, r.severity, with_advice(r.message, "Fix", r.remedy) + drivers_text(r), f.file, r.span or where.get(r.component))
        for a in f.asserts:
            if not a.passed:
                add("assert", ERROR, a.message, f.file, a.span)

    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "bote", "version": __version__, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
