"""Code actions: every hint that names a replacement becomes a quick fix.

- `did you mean `X`?` (a name, a unit, a property, a function, a component
  or a figure): the name it is about becomes X;
- `write `2 bytes` or `2B` (2 billion)` (a bare `B`), `write `150_000` or
  `150k`` (commas in a number), `write `users * 20%` for a share of it` (a
  label read where a binding was meant): the text becomes each spelling
  offered, one fix each;
- `write `api.load` for the property`: the bare name becomes that;
- a single point of failure: `redundancy = 1` added to the component (or
  its `redundancy = 0` made 1; with `instances = 1` set, made 2);
- a stale `# =>` result: what bote computes for the line;
- another word for a property or kind (`bote calls it `memory``), a quoted
  choice, `≤`, a range written `10k-50k qps`, `10 - 5 ms`: the text the
  diagnostic points at becomes the hint's; `kind: x` gets its `=`.

The hints are bote's own text (`bote.model.resolve`, `bote.language.syntax_errors`),
read here by the patterns above: a hint that names no replacement (`e.g. ...`,
an example) gives no fix.
"""
from __future__ import annotations

import difflib
import re

from lsprotocol import types

from bote.errors import Span
from bote.lsp.analysis import Analysis
from bote.lsp.diagnostics import SOURCE

_DID_YOU_MEAN = re.compile(r"did you mean `([^`]+)`\?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_QUOTED = re.compile(r"`([^`]+)`")
_FOR_THE_PROPERTY = re.compile(r"^write `([A-Za-z_]\w*\.[A-Za-z_]\w*)` for the property")
#: Hints whose quoted text replaces exactly what the diagnostic points at:
#: another word for a property (the name) or a kind (the value), a quoted
#: choice, a comparison as mathematics writes it, a range written with a dash,
#: a unit left off the first number (the expression).
_REPLACES_THE_SPAN = (
    re.compile(r"^bote calls it `([A-Za-z_]\w*)`:"),
    re.compile(r"^bote calls it `kind = (\w+)`$"),
    re.compile(r"^a choice is a bare word: `\w+ = (\w+)`$"),
    re.compile(r"^write `(<=|>=|!=)`$"),
    re.compile(r"^for a range, write `([^`]+)`"),
    re.compile(r"^give both a unit: `([^`]+)`$"),
)
_COLON = re.compile(r"^bote sets a value with `=`")
_IDENTIFIER = re.compile(r"[A-Za-z_µμ][A-Za-z0-9_]*|[$%€£]")
_NUMBER_BEFORE = re.compile(r"(\d[\d_.,]*[kKMBT%]?)[ \t]*$")


def code_actions(a: Analysis, wanted: types.Range, shown: list[types.Diagnostic]) -> list[types.CodeAction]:
    """Quick fixes for the diagnostics that overlap `wanted`; `shown` are
    the diagnostics the client sent, matched by code and range so that the
    fix names them."""
    from bote.lsp.diagnostics import diagnostics
    out: list[types.CodeAction] = []
    for d in diagnostics(a):
        if not _overlaps(d.range, wanted):
            continue
        named = next((s for s in shown if s.code == d.code and s.range == d.range), d)
        for title, edits in fixes(a, d):
            out.append(types.CodeAction(title, kind=types.CodeActionKind.QuickFix, diagnostics=[named],
                                        edit=types.WorkspaceEdit(changes={a.uri: edits}),
                                        is_preferred=not out or None))
    return out


def _overlaps(r: types.Range, wanted: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return p.line, p.character
    return key(r.start) <= key(wanted.end) and key(wanted.start) <= key(r.end)


def fixes(a: Analysis, d: types.Diagnostic) -> list[tuple[str, list[types.TextEdit]]]:
    """(title, edits) for each fix of one diagnostic."""
    if d.source != SOURCE:
        return []
    span = _span_of(a, d.range)
    message = d.message
    hint = _advice(message)
    out: list[tuple[str, list[types.TextEdit]]] = []
    if d.code == "single-point-of-failure":
        out += _redundancy(a, message)
    elif d.code == "stale-result":
        out += _stale(a, span)
    if hint is None or span is None or span.line != span.end_line:
        return out
    text = _text(a, span)
    m = _DID_YOU_MEAN.search(hint)
    if m:
        replaced = _closest_word(text, m.group(1))
        if replaced is not None:
            start, end = replaced
            out.append((f"Change to `{m.group(1)}`", [_edit(a, span.line, span.column + start, span.column + end,
                                                           m.group(1))]))
        return out
    for pattern in _REPLACES_THE_SPAN:
        m = pattern.match(hint)
        if m:
            return out + [(f"Write `{m.group(1)}`", [_edit(a, span.line, span.column, span.end_column, m.group(1))])]
    if text == ":" and _COLON.match(hint):
        return out + [("Write `=`", [_edit(a, span.line, span.column, span.end_column, " =")])]
    m = _FOR_THE_PROPERTY.match(hint)
    if m:
        return out + [(f"Write `{m.group(1)}`", [_edit(a, span.line, span.column, span.end_column, m.group(1))])]
    spellings = _QUOTED.findall(hint.split(" for a share", 1)[0]) if hint.startswith("write `") else []
    line = a.positions.line(span.line)
    number = _NUMBER_BEFORE.search(line[: span.column - 1])
    if d.code == "unknown-unit" and text == "B" and number is not None:
        start = number.start(1) + 1        # `2 B` -> `2 bytes`: the number is part of what changes
    elif d.code == "label-not-binding" and number is not None:
        start, spellings = number.start(1) + 1, spellings[:1] + _QUOTED.findall(hint)[1:2]
    elif d.code == "syntax" and _GROUPED.fullmatch(text):
        start = span.column                # `150,000` -> `150_000`
    else:
        return out
    for spelling in spellings:
        out.append((f"Write `{spelling}`", [_edit(a, span.line, start, span.end_column, spelling)]))
    return out


def _advice(message: str) -> str | None:
    """The hint or fix a diagnostic's message carries (`... Hint: ...`)."""
    for label in (" Hint: ", " Fix: "):
        if label in message:
            return message.split(label, 1)[1].split(" Note: ", 1)[0]
    return None


def _closest_word(text: str, wanted: str) -> tuple[int, int] | None:
    """Where in `text` is the word `wanted` most likely replaces (0-based
    start, end): `dbb` in `dbb.instances` for `db`."""
    words = list(_IDENTIFIER.finditer(text))
    if not words:
        return None
    best = max(words, key=lambda m: difflib.SequenceMatcher(None, m.group().lower(), wanted.lower()).ratio())
    return best.start(), best.end()


def _text(a: Analysis, span: Span) -> str:
    return a.positions.line(span.line)[span.column - 1: span.end_column - 1]


def _span_of(a: Analysis, r: types.Range) -> Span | None:
    line, column = a.positions.bote(r.start)
    end_line, end_column = a.positions.bote(r.end)
    return Span(a.filename, line, column, end_line, end_column)


def _edit(a: Analysis, line: int, column: int, end_column: int, text: str) -> types.TextEdit:
    at = a.positions
    return types.TextEdit(types.Range(at.position(line, column), at.position(line, end_column)), text)


def _redundancy(a: Analysis, message: str) -> list[tuple[str, list[types.TextEdit]]]:
    name = message.split(" ", 1)[0]
    node = a.names.components.get(name)
    block = next((b for b in a.blocks if b.keyword.kind == "COMPONENT" and b.name == name), None)
    if node is None:
        return []
    props = {p.name: p for p in node.properties}
    for prop, value in (("redundancy", "1"), ("instances", "2")):
        if prop in props:
            p = props[prop]
            s = p.expr.span
            return [(f"Set `{prop} = {value}`", [_edit(a, s.line, s.column, s.end_column, value)])]
    if block is None or block.close is None:
        return []
    indent = "  "
    if node.properties:
        first = node.properties[0].name_span
        indent = a.positions.line(first.line)[: first.column - 1]
        if indent.strip():
            indent = "  "
    close = block.close
    line_before = a.positions.line(close.line)[: close.column - 1]
    at = a.positions
    if line_before.strip():   # `component x { load = 5 }`: the `}` follows code
        edit = types.TextEdit(types.Range(at.position(close.line, close.column), at.position(close.line, close.column)),
                              "\n" + indent + "redundancy = 1\n" + line_before[: len(line_before) - len(line_before.lstrip())])
    else:
        start = at.position(close.line, 1)
        edit = types.TextEdit(types.Range(start, start), f"{indent}redundancy = 1\n")
    return [("Add `redundancy = 1`", [edit])]


def _stale(a: Analysis, span: Span | None) -> list[tuple[str, list[types.TextEdit]]]:
    from bote.docs.inline_results import results
    if span is None or not a.report.valid:
        return []
    found = next((r for r in results(a.text, a.report, a.markdown, written_only=True) if r.line == span.line), None)
    if found is None or found.written is None:
        return []
    line = a.positions.line(span.line)
    return [(f"Update to `# => {found.computed}`",
             [_edit(a, span.line, found.written.hash + 1, len(line.rstrip()) + 1, "# => " + found.computed)])]
