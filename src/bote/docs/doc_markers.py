"""The markers bote writes into a design doc, and the proof that a section
between them is bote's own.

bote deletes or rewrites only what it can prove it wrote.  A section is a
begin marker and the end marker after it, read where Markdown reads them as
HTML (not inside code that shows them as examples), each begin with its own
end (no nesting), and between them only what bote writes there:

- after `<!-- bote:begin -->`, a values table (`| name | value |`);
- after `<!-- bote:begin summary -->`, the summary's tables, its bold
  headings (`**Components**`, `**Risks**`, `**Asserts**`), its calendar line
  (`_..._`) and a ```mermaid block;
- after `<!-- bote:begin plot NAME -->`, one image line linking a file named
  `<doc-stem>.NAME.svg` beside the doc.

Anything else is an error at its line, and `bote render` then writes nothing:
a begin with no end, a begin inside a section, an end with no begin, a
`bote:begin` or `bote:end` comment that is not one of the markers above, and
a section holding text bote does not write (the author's prose between
markers stays the author's).
"""
from __future__ import annotations

import re
from dataclasses import field

from bote.dataclasses_compiled import dataclass
from bote.docs.markdown import container_prefix, parse_markdown
from bote.errors import BoteError, Diagnostic, Span, cached_lines

BEGIN = "<!-- bote:begin -->"
BEGIN_SUMMARY = "<!-- bote:begin summary -->"
END = "<!-- bote:end -->"
SUMMARY_HERE = "<!-- bote:summary -->"
BEGIN_PLOT = "<!-- bote:begin plot {name} -->"

#: A binding (`traffic`) or a component's figure (`db.utilization`): also
#: what keeps an image's file name inside the doc's folder.
PLOT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?")
_BEGIN_PLOT = re.compile(r"<!-- bote:begin plot (" + PLOT_NAME.pattern + r") -->")
_PLOT_HERE = re.compile(r"<!--\s*bote:plot\b(.*?)-->")
BEGIN_EXPLAIN = "<!-- bote:begin explain {name} -->"
_BEGIN_EXPLAIN = re.compile(r"<!-- bote:begin explain (" + PLOT_NAME.pattern + r") -->")
_EXPLAIN_HERE = re.compile(r"<!--\s*bote:explain\b(.*?)-->")
#: A comment that means to be a begin or end marker, exact or not.
_LOOKS_LIKE_A_MARKER = re.compile(r"<!--\s*bote\s*:\s*(?:begin|end)\b", re.IGNORECASE)

CONTAINER = re.compile(r"^[ \t>]*")


def bare(line: str) -> str:
    """A line without its container markup (`> `, indentation)."""
    return line.lstrip(" \t>").rstrip()   # CONTAINER's match, stripped


@dataclass(frozen=True, slots=True)
class Section:
    """One section bote owns (0-based line indexes of its markers)."""

    begin: int
    end: int
    kind: str                 # "values", "summary" or "plot"
    name: str | None = None   # a plot's NAME


@dataclass
class Markers:
    """Where bote's markers stand in a document (0-based line indexes)."""

    sections: list[Section] = field(default_factory=list)
    summary: int | None = None                                # the `<!-- bote:summary -->` line
    plots: list[tuple[int, str]] = field(default_factory=list)  # `<!-- bote:plot NAME -->` lines, with NAME
    explains: list[tuple[int, str]] = field(default_factory=list)  # `<!-- bote:explain NAME -->` lines

    @property
    def plotted(self) -> list[str]:
        """NAME of each `<!-- bote:begin plot NAME -->` section."""
        return [s.name for s in self.sections if s.kind == "plot" and s.name is not None]


def _kind(marker: str) -> tuple[str, str | None] | None:
    if marker == BEGIN:
        return "values", None
    if marker == BEGIN_SUMMARY:
        return "summary", None
    plot = _BEGIN_PLOT.fullmatch(marker)
    if plot:
        return "plot", plot.group(1)
    explain = _BEGIN_EXPLAIN.fullmatch(marker)
    if explain:
        return "explain", explain.group(1)
    return None


def scan(text: str, filename: str = "<doc>") -> Markers:
    """The sections bote owns, the summary placeholder and the plot requests
    of `text`; raises `BoteError` with an error at each marker line that
    breaks the rules of the module doc."""
    lines = cached_lines(text)
    html = [(t.map[0], bare(t.content.split("\n")[0])) for t in parse_markdown(text)
            if t.type == "html_block" and t.map]
    found = Markers()
    problems: list[Diagnostic] = []

    def error(line: int, message: str, hint: str) -> None:
        content = lines[line] if line < len(lines) else ""
        column = len(container_prefix(content)) + 1
        problems.append(Diagnostic("syntax", message, Span(filename, line + 1, column, line + 1,
                                                           max(column + 1, len(content.rstrip()) + 1)),
                                   hint + "; bote left the file untouched"))

    open_at: tuple[int, str, str | None] | None = None
    for line, marker in html:
        kind = _kind(marker)
        if kind is not None:
            if open_at is not None:
                error(open_at[0], f"`{marker_text(open_at)}` has no `{END}` before the next begin marker "
                                  f"(line {line + 1})", "restore its end marker, or delete the section")
            open_at = (line, *kind)
        elif marker == END:
            if open_at is None:
                error(line, f"`{END}` has no begin marker before it",
                      "delete it, or restore the begin marker of its section")
                continue
            begin, what, name = open_at
            open_at = None
            if _is_botes(what, name, [bare(x) for x in lines[begin + 1:line]]):
                found.sections.append(Section(begin, line, what, name))
            else:
                error(begin, f"the text between `{marker_text((begin, what, name))}` and its end (line "
                             f"{line + 1}) is not what bote writes there: bote will not replace it",
                      "move your text out of the section, or delete the section's markers")
        elif _LOOKS_LIKE_A_MARKER.match(marker):
            error(line, f"`{marker}` is not one of bote's markers",
                  f"bote writes `{BEGIN}`, `{BEGIN_SUMMARY}`, `<!-- bote:begin plot NAME -->` and `{END}`")
        elif open_at is not None:
            continue  # inside a section: bote's own text
        elif marker == SUMMARY_HERE:
            if found.summary is None:
                found.summary = line
        elif request := _PLOT_HERE.fullmatch(marker):
            found.plots.append((line, request.group(1).strip()))
        elif request := _EXPLAIN_HERE.fullmatch(marker):
            found.explains.append((line, request.group(1).strip()))
    if open_at is not None:
        error(open_at[0], f"`{marker_text(open_at)}` has no `{END}`", "restore the end marker, or delete the section")
    if problems:
        raise BoteError(sorted(problems, key=lambda d: d.span.line if d.span else 0))
    return found


def marker_text(open_at: tuple[int, str, str | None]) -> str:
    _, kind, name = open_at
    if kind == "explain":
        return BEGIN_EXPLAIN.format(name=name)
    return {"values": BEGIN, "summary": BEGIN_SUMMARY}.get(kind) or BEGIN_PLOT.format(name=name)


#: The heading of the summary's comparison of the doc's variants.
VARIANTS_HEADING = "**Variants** (`*`: differs from the base)"
_SUMMARY_HEADINGS = frozenset({"**Components**", "**Risks**", "**Asserts**", VARIANTS_HEADING})


def _is_botes(kind: str, name: str | None, body: list[str]) -> bool:
    """Whether `body` (the lines between a section's markers, bare) is what
    bote writes in a section of that kind."""
    text = [line for line in body if line]
    if kind == "values":
        return not text or (all(_is_row(line) for line in text)
                            and [c.strip() for c in text[0].strip("|").split("|")] == ["name", "value"])
    if kind == "explain":  # the derivation, one fenced block of text
        return len(text) >= 3 and text[0] == "```text" and text[-1] == "```" and "```" not in text[1:-1]
    if kind == "plot":
        escaped = re.escape(f".{name}.svg")
        return len(text) == 1 and re.fullmatch(r"!\[.*\]\((?:<[^/]*" + escaped + r">|[^\s()<>/\\]*" + escaped + r")\)",
                                               text[0]) is not None
    in_mermaid = False
    for line in text:
        if in_mermaid:
            in_mermaid = line != "```"
        elif line == "```mermaid":
            in_mermaid = True
        elif not (_is_row(line) or line in _SUMMARY_HEADINGS
                  or (len(line) > 2 and line.startswith("_") and line.endswith("_"))):
            return False
    return not in_mermaid


def _is_row(line: str) -> bool:
    return len(line) >= 2 and line.startswith("|") and line.endswith("|")


__all__ = [
    "BEGIN",
    "BEGIN_EXPLAIN",
    "BEGIN_PLOT",
    "BEGIN_SUMMARY",
    "END",
    "PLOT_NAME",
    "SUMMARY_HERE",
    "VARIANTS_HEADING",
    "Markers",
    "Section",
    "bare",
    "scan",
]
