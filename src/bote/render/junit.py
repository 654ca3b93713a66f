"""`--format junit`: JUnit XML, as Jenkins, GitLab and the GitHub test
reporters read it (the Ant/Jenkins `testsuites` schema).

One `<testsuite>` per file.  In a valid file: one `<testcase>` per component
(`component: NAME`, with a `<failure>` listing its error-level risks, and its
warnings too with `strict`; the other risks in `<system-out>`), one for the
findings of the file that concern no component (`file`, the same way: a
stale `# =>` result), when it has any, and one per assert (`assert: TEXT`,
with a `<failure>` when it does not hold).  An
invalid file has one testcase, `parse`, with an `<error>` per diagnostic.
`errors` and `failures` count testcases, as the schema says.

Each testcase has `file` (the path from the repository root, as GitLab
links it), `line` (the component's, the assert's, the first finding's; 1
for a finding about the whole file) and `time`; each suite its `timestamp`
(when bote began reading the file, local time with its UTC offset),
`hostname` and `time` (seconds to read and evaluate the file).  bote
evaluates a file in one pass, so its time is shared out evenly between its
testcases.  The Jenkins schema (xunit's junit-10.xsd) declares no `file` or
`line` on a testcase; Jenkins and GitLab read them, and the rest of the
document is valid against it (`tests/test_ci_formats.py`).
"""
from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import datetime

from bote.errors import Span
from bote.files import shown_name
from bote.model.report import ComponentResult, FileReport, Report
from bote.model.risks import ERROR, WARNING, Risk
from bote.render.figures import drivers_text
from bote.repository import path_in

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(s: str) -> str:
    return _NOT_XML.sub("\ufffd", s)


def _where(file: str, span: Span | None) -> str:
    return f"{shown_name(span.file)}:{span.line}:{span.column}" if span else shown_name(file)


def _case(suite: ET.Element, file: str, name: str, span: Span | None) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=shown_name(file), name=_clean(name),
                         file=suite.attrib["file"], line=str(span.line if span is not None else 1))


def _outcome(case: ET.Element, tag: str, message: str, kind: str, text: str) -> None:
    ET.SubElement(case, tag, message=_clean(message), type=kind).text = _clean(text)


def _risk_line(f: FileReport, c: ComponentResult | None, r) -> str:
    line = f"{_where(f.file, r.span or (c.span if c else None))}: {r.severity} {r.kind}: {r.message}"
    drivers = drivers_text(r)
    return line + (f"\n  fix: {r.remedy}" if r.remedy else "") + (f"\n  {drivers[2:]}" if drivers else "")


def _suite(f: FileReport, strict: bool, root: str | None, hostname: str) -> ET.Element:
    suite = ET.Element("testsuite", name=shown_name(f.file), file=_clean(path_in(f.file, root) or f.file))
    failures = errors = 0
    if f.errors:
        case = _case(suite, f.file, "parse", next((d.span for d in f.errors if d.span and d.span.file == f.file),
                                                  None))
        for d in f.errors:
            text = f"{_where(f.file, d.span)}: {d.message}" + (f"\n  hint: {d.hint}" if d.hint else "")
            text += "".join(f"\n  note: {n}" for n in d.notes)
            _outcome(case, "error", d.message, d.kind, text)
        errors = 1
    failing = {ERROR, WARNING} if strict else {ERROR}
    groups: list[tuple[str, ComponentResult | None, Sequence[Risk]]] = [
        (f"component: {c.name}", c, c.risks) for c in f.components]
    if file_risks := [r for r in f.risks if r.component is None]:
        groups.append(("file", None, file_risks))
    for name, c, risks in groups:
        case = _case(suite, f.file, name, c.span if c else next((r.span for r in risks if r.span), None))
        bad = [r for r in risks if r.severity in failing]
        rest = [r for r in risks if r.severity not in failing]
        if bad:
            _outcome(case, "failure", "; ".join(r.message for r in bad), bad[0].kind,
                     "\n".join(_risk_line(f, c, r) for r in bad))
            failures += 1
        if rest:
            ET.SubElement(case, "system-out").text = _clean("\n".join(_risk_line(f, c, r) for r in rest))
    for a in f.asserts:
        case = _case(suite, f.file, f"assert: {a.text}", a.span)
        if not a.passed:
            _outcome(case, "failure", a.message, "assert", f"{_where(f.file, a.span)}: {a.message}")
            failures += 1
    seconds = f.seconds or 0.0
    for case in suite:
        case.set("time", _seconds(seconds / len(suite)))
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("time", _seconds(seconds))
    started = datetime.now() if f.started is None else datetime.fromtimestamp(f.started)
    suite.set("timestamp", started.astimezone().isoformat(timespec="seconds"))
    suite.set("hostname", _clean(hostname))
    return suite


def _seconds(seconds: float) -> str:
    """Seconds to the millisecond, as the schema's SUREFIRE_TIME allows."""
    return f"{seconds:.3f}"


def render_junit(report: Report, strict: bool = False, root: str | None = None,
                 hostname: str | None = None) -> str:
    """The report as JUnit XML; paths from `root` (the repository root,
    `bote.repository.repository_root`; None: the current folder)."""
    host = socket.gethostname() if hostname is None else hostname
    suites = ET.Element("testsuites", name="bote")
    suites.extend(_suite(f, strict, root, host) for f in report.files)
    for count in ("tests", "failures", "errors"):
        suites.set(count, str(sum(int(s.attrib[count]) for s in suites)))  # every suite sets the three
    suites.set("time", _seconds(sum(f.seconds or 0.0 for f in report.files)))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
