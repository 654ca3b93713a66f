"""Inline results, read: `# => TEXT` at the end of a binding's or a component's
line, the figure bote prints for it, kept current by `bote render`.

    storage = 100M * 500 bytes -> GB        # => 50 GB
    component api {                         # => 46 + 1
    component db {                          # => 1 + 1; cannot-scale (2.94%)

A binding's result is its value as the values table prints it; a
component's is its instances (`needed + spare`, as in the components table)
followed, when it has risks, by `; ` and its risks as the risks column lists
them.  A component bote does not size (clients, a managed queue, a third
party: `-` in the table) has no result.

The line a result belongs to (its anchor) is the statement's first line:
the binding's name, the component's `component NAME {`.  A line continued
with a trailing backslash cannot end in a comment, so the anchor is then the
first line of the statement that is not continued.

A result is the part of the line's comment from `# =>` (or `#=>`) to the end
of the line, with the spaces before it: after a comment of the author's
(`x = 5 GB  # storage  # => 5 GB`) it follows that comment, which is kept.
`bote render` replaces the text of an existing result, keeping the spaces
before it (so hand-aligned results stay aligned), or appends `  # => TEXT` to
a line without one; `--clean` removes each result with the spaces before it.
Only anchor lines are ever changed, and on them only the result; everything
else (line endings, trailing spaces of other lines, a missing final newline)
is kept byte for byte.

In a Markdown doc the ```bote blocks' lines are anchors the same way:
`bote render` keeps the results an author wrote there current but adds none
(the doc gets bote's values table instead), and `bote check` reports a stale
one in a doc as in a .bote file.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from bote.dataclasses_compiled import dataclass
from bote.errors import Span, lines_with_endings
from bote.model.report import FileReport
from bote.model.risks import WARNING, Risk
from bote.render.figures import value_text

STALE = "stale-result"

#: Where a result starts inside a comment.
_ARROW = re.compile(r"#[ \t]*=>")
_SPACE = " \t"
#: What render puts between a line and the result it appends.
_SEPARATOR = "  "


#: The lines of a text, each with its own ending, numbered as bote numbers
#: them (in .bote files and Markdown docs alike).
split_lines = lines_with_endings


def _ending(line: str) -> str:
    for end in ("\r\n", "\n", "\r"):
        if line.endswith(end):
            return end
    return ""


@dataclass(frozen=True, slots=True)
class Written:
    """The result comment found on a line (0-based offsets into the line)."""

    start: int        # where the spaces before `#` begin
    hash: int         # the `#`
    text: str         # what it says, stripped


def written(content: str) -> Written | None:
    """The result at the end of one line's content (without its ending), if
    it has one.  bote has no strings, so a line's comment starts at its first
    `#`; the result starts at the first `# =>` of that comment."""
    comment = content.find("#")
    if comment < 0:
        return None
    m = _ARROW.search(content, comment)
    if m is None:
        return None
    start = m.start()
    while start > 0 and content[start - 1] in _SPACE:
        start -= 1
    return Written(start, m.start(), content[m.end():].strip())


def _continued(content: str) -> bool:
    """A line that ends in `\\` outside a comment continues on the next."""
    return "#" not in content and content.endswith("\\")


def component_text(c) -> str | None:
    """`46 + 1`, `100 + 1 (connections)`, `1 + 1; cannot-scale (2.94%)`; None
    for a component bote does not size."""
    from bote.render.figures import instances_text, risk_label
    if c.sizing is None:
        return None
    text = instances_text(c)
    if c.risks:
        text += "; " + ", ".join(risk_label(r) for r in c.risks)
    return text


@dataclass(frozen=True, slots=True)
class Result:
    """One anchor line: what bote computes for it and what the line says."""

    line: int                 # 1-based
    name: str
    computed: str
    written: Written | None


def results(text: str, report: FileReport, markdown: bool = False, written_only: bool = False) -> list[Result]:
    """Every anchor of `text` (the source `report` was evaluated from), in
    line order; with `written_only`, only the anchors that have a result
    written (what bote computes is then worked out for those alone: a doc
    with thousands of bindings and no `# =>` costs nothing)."""
    if written_only and "=>" not in text:
        return []
    lines = split_lines(text)
    # Each anchor's text is worked out only when needed (`compute()`); None: no result.
    wanted: list[tuple[int, str, Callable[[], str | None]]] = [
        (v.span.line, v.name, partial(value_text, v, report.evaluated_units)) for v in report.values]
    wanted += [(c.span.line, c.name, partial(component_text, c)) for c in report.components]
    out: dict[int, Result] = {}
    for line, name, compute in wanted:
        index = line - 1
        while index + 1 < len(lines) and _continued(_content(lines[index])):
            index += 1
        if index >= len(lines) or index + 1 in out:
            continue
        found = written(_content(lines[index]))
        if found is None and written_only:
            continue  # every anchor on this line has none
        computed = compute()
        if computed is not None:
            out[index + 1] = Result(index + 1, name, computed, found)
    return [out[k] for k in sorted(out)]


def _content(line: str) -> str:
    return line[: len(line) - len(_ending(line))]


def stale_results(text: str, report: FileReport, markdown: bool = False) -> list[Risk]:
    """A `stale-result` warning at each result that says something other
    than what bote computes.  Lines without a result are not findings (a
    file may show as few results as it likes); `bote render --check` is what
    fails on a missing one."""
    if "=>" not in text:
        return []  # the common case, without laying the file out in lines
    lines = split_lines(text)
    risks = []
    for r in results(text, report, markdown, written_only=True):
        w = r.written
        if w is None or w.text == r.computed:
            continue
        end = len(_content(lines[r.line - 1]).rstrip(_SPACE)) + 1
        risks.append(Risk(None, STALE, WARNING, f"line {r.line} says {w.text}, bote computes {r.computed}",
                          f"run `{_render_command(report.file)}` to update it",
                          Span(report.file, r.line, w.hash + 1, r.line, end)))
    return risks


def _render_command(file: str) -> str:
    from bote.files import shown_name
    return "bote render FILE" if file.startswith("<") else f"bote render {shown_name(file)}"
