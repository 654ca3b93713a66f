"""`--format sarif`: SARIF 2.1.0 (OASIS Static Analysis Results Interchange
Format, https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the format GitHub
code scanning uploads.

One run.  The driver lists every rule of `bote.render.rules.RULES`, always
in the same order, so `ruleIndex` is stable; each with its short and full
description, its help (what it means, when it trips, the remedies, as text
and Markdown), the URL of its docs section and its tags.  Results carry the
level (`error`, `warning`, `note`; with `strict`, warnings are errors, as
they fail the check), the message with its remedy or hint, and one location:
the file's path from the repository root (`uriBaseId` `%SRCROOT%`, which
`originalUriBaseIds` sets to the root's absolute `file:` URI), so that the
same finding has the same location whatever folder bote ran in, and a
region (line 1 for a finding about a whole file: code scanning wants a line).
Columns count Unicode code points; `endColumn` is one past the last
character, as in SARIF.

`partialFingerprints["bote/v1"]` tells code scanning which results are the
same finding from one run to the next: a hash of the rule, what the finding
is about and the file's path from the root, then `:N` for the Nth such
finding in the file.  What it is about: a component's name for its risks,
the text of an assert, and for a finding of the file itself (an input error,
a stale `# =>` result) the text of the line it points at (an error's message
too).  Never the line number, so that an edit above a finding does not make
it a new one; a risk's message neither, since its figures change with the
inputs.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from urllib.parse import quote

from bote.errors import Span, source_lines
from bote.model.report import FileReport, Report
from bote.model.risks import ERROR, WARNING
from bote.render.figures import drivers_text, with_advice
from bote.render.rules import RULE_INDEX, RULES, Rule, rule_for
from bote.repository import path_in, root_uri
from bote.version import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "bote/v1"
#: `automationDetails.id`: the category code scanning files bote's results under.
CATEGORY = "bote/"


def rule_descriptor(rule: Rule) -> dict:
    return {"id": rule.id,
            "shortDescription": {"text": rule.short},
            "fullDescription": {"text": rule.meaning},
            "help": {"text": rule.help_text(), "markdown": rule.help_markdown()},
            "helpUri": rule.help_uri,
            "defaultConfiguration": {"level": rule.level},
            "properties": {"tags": list(rule.tags)}}


def _uri(path: str) -> str:
    """The path as a URI reference: relative paths stay relative, with `/`."""
    pure: PurePath = PureWindowsPath(path) if "\\" in path else PurePosixPath(path)
    if pure.is_absolute():
        return pure.as_uri()
    # A byte of the name that is not UTF-8 is percent-encoded as itself.
    return quote(pure.as_posix().encode("utf-8", "surrogateescape"), safe="/")


def _artifact(name: str, root: str | None) -> tuple[dict, str]:
    """The artifactLocation of a file, and the path its fingerprint hashes."""
    relative = path_in(name, root)
    if relative is None:  # outside the root, or standard input: as given
        return {"uri": _uri(name)}, name
    return {"uri": _uri(relative), "uriBaseId": SRCROOT}, relative


def _region(span: Span | None) -> dict:
    if span is None:
        return {"startLine": 1, "startColumn": 1}
    return {"startLine": span.line, "startColumn": span.column, "endLine": span.end_line,
            "endColumn": span.end_column}


def _line_text(lines: list[str], span: Span | None) -> str:
    if span is None or not 0 < span.line <= len(lines):
        return ""
    return " ".join(lines[span.line - 1].split())


def _fingerprint(kind: str, subject: str, path: str) -> str:
    digest = hashlib.sha256(f"{kind}\0{subject}\0{path}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:32]


def _findings(f: FileReport):
    """(kind, level, message, span, subject) of every finding of a file."""
    lines = source_lines(f.source)
    for d in f.errors:
        message = with_advice(d.message, "Hint", d.hint)
        for note in d.notes:
            message = with_advice(message, "Note", note)
        span = d.span if d.span is not None and d.span.file == f.file else None  # a --set option: the file
        yield d.kind, ERROR, message, span, d.message + "\0" + _line_text(lines, span)
    where: dict[str | None, Span] = {c.name: c.span for c in f.components}  # a file's finding has none
    for r in f.risks:
        span = r.span or where.get(r.component)
        subject = f"component {r.component}" if r.component is not None else _line_text(lines, span)
        yield r.kind, r.severity, with_advice(r.message, "Fix", r.remedy) + drivers_text(r), span, subject
    for a in f.asserts:
        if not a.passed:
            yield "assert", ERROR, a.message, a.span, f"assert {a.text}"


def render_sarif(report: Report, strict: bool = False, root: str | None = None) -> str:
    """The report as a SARIF log; file paths from `root` (the repository
    root, `bote.repository.repository_root`; None: the current folder)."""
    rules = [rule_descriptor(r) for r in RULES]
    index = dict(RULE_INDEX)
    results = []
    for f in report.files:
        artifact, path = _artifact(f.file, root)
        seen: dict[str, int] = {}
        for kind, level, message, span, subject in _findings(f):
            if kind not in index:  # a plug-in's kind: listed after the known ones
                index[kind] = len(rules)
                rules.append(rule_descriptor(rule_for(kind)))
            if strict and level == WARNING:
                level = ERROR
            fingerprint = _fingerprint(kind, subject, path)
            seen[fingerprint] = seen.get(fingerprint, 0) + 1
            results.append({"ruleId": kind, "ruleIndex": index[kind], "level": level,
                            "message": {"text": message},
                            "locations": [{"physicalLocation": {"artifactLocation": dict(artifact),
                                                                "region": _region(span)}}],
                            "partialFingerprints": {FINGERPRINT: f"{fingerprint}:{seen[fingerprint]}"}})

    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "bote", "version": __version__, "semanticVersion": __version__,
                            "informationUri": "https://github.com/bote-lang/bote", "rules": rules}},
        "automationDetails": {"id": CATEGORY},
        "originalUriBaseIds": {SRCROOT: {"uri": root_uri(root),
                                         "description": {"text": "The repository root."}}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
