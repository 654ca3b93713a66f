"""The doc without bote's sections: what `bote render` lays its output on.

Cleaning removes each section bote owns (its markers, what is between, and
the blank line bote put before it) and keeps every other line as it is.  The
rendering then needs the clean doc's ```bote blocks and bote's marker lines
in it.  Those are the doc's own, each moved up by the lines removed above
it, whenever removing the sections changes how Markdown reads nothing else:
`clean_doc` then takes them from the doc's one Markdown parse (a doc of
thousands of blocks is not parsed a second time), and otherwise parses the
clean doc.

When is that shown?  At the top level of a doc (in no list or quote),
markdown-it reads each block from its first line forward, never back; the
block before a section may look forward past its own end (a paragraph or a
list goes on while the lines after it allow) unless it ends on its own
line: a closed fence, or an HTML comment (bote's own markers are comments).
So when every section stands at the top level, and what comes before each
is, past blank lines, such a block or the start of the doc, removing the
sections removes their tokens and moves the rest.  Anything else (a section
in a list item, after a paragraph, a list, indented code) is parsed again.
"""
from __future__ import annotations

from collections.abc import Sequence

from bote.dataclasses_compiled import dataclass
from bote.docs.doc_markers import Markers, Section, bare, scan
from bote.docs.markdown import Block, find_blocks, parse_markdown
from bote.writeback.edits import Lines


def section_ranges(doc: Lines, markers: Markers) -> list[tuple[int, int]]:
    """The lines each section takes (0-based, stop excluded): its markers,
    what is between, and the blank line bote put before it."""
    ranges: list[tuple[int, int]] = []
    for s in markers.sections:
        start = s.begin - 1 if s.begin > 0 and bare(doc.lines[s.begin - 1]) == "" else s.begin
        if ranges and start < ranges[-1][1]:
            start = s.begin
        ranges.append((start, s.end + 1))
    return ranges


def clean(text: str, markers: Markers | None = None) -> str:
    """The document without any section bote generated.  Raises `BoteError`
    for a marker out of place (see `bote.docs.doc_markers`)."""
    doc = Lines(text)
    doc.remove_all(section_ranges(doc, scan(text) if markers is None else markers))
    return doc.text()


def _kept(count: int, ranges: list[tuple[int, int]]) -> list[int]:
    """The 0-based indexes of the lines (of `count`) outside `ranges`, in order."""
    kept: list[int] = []
    start = 0
    for begin, stop in ranges:
        kept.extend(range(start, max(start, begin)))
        start = max(start, stop)
    kept.extend(range(start, count))
    return kept


def pieces(text: str, markers: Markers | None = None) -> list[int]:
    """Where each of the author's lines starts a piece of `text` (that line
    and the section after it), for a diff in linear time (`bote.writeback.linediff`)."""
    doc = Lines(text)
    return _kept(len(doc.lines), section_ranges(doc, scan(text) if markers is None else markers))


def _where(kept: list[int], count: int) -> list[int]:
    where = [0] * (count + 1)
    for new, old in enumerate(kept):
        where[old + 1] = new + 1
    return where


def lines_in_clean(text: str, markers: Markers | None = None) -> list[int]:
    """Where each line of `text` (1-based: item n for line n) stands in
    `clean(text)`; 0 for a line of a section, which cleaning removes."""
    return _where(pieces(text, markers), len(Lines(text).lines))


@dataclass(frozen=True)
class CleanDoc:
    """`clean(text)` and what rendering needs of it."""

    text: str
    line_of: list[int]    # line n of the doc is line line_of[n] of the clean doc (0: a section's)
    blocks: list[Block]   # find_blocks(text)
    markers: Markers      # scan(text)


def clean_doc(text: str, markers: Markers) -> CleanDoc:
    """The clean doc of `text`, whose markers are `markers`; its blocks and
    markers from the parse of `text` when the module doc says they only move,
    else from parsing the clean doc."""
    doc = Lines(text)
    lines = doc.lines
    ranges = section_ranges(doc, markers)
    line_of = _where(_kept(len(lines), ranges), len(lines))
    doc.remove_all(ranges)
    base = doc.text()
    if not ranges:
        return CleanDoc(base, line_of, find_blocks(base), markers)
    if sections_only_go(text, markers.sections, lines):
        return CleanDoc(base, line_of, [_moved(b, line_of) for b in find_blocks(text)], _moved_markers(markers, line_of))
    return CleanDoc(base, line_of, find_blocks(base), scan(base))


def _moved(b: Block, line_of: list[int]) -> Block:
    # No line from the fence to its closing fence is a section's: all move alike.
    shift = line_of[b.fence_line] - b.fence_line
    return Block(b.fence_line + shift, b.first_line + shift, b.last_line + shift,
                 None if b.close_line is None else b.close_line + shift, b.prefix, b.content)


def _moved_markers(markers: Markers, line_of: list[int]) -> Markers:
    """The markers outside the sections, as `scan` finds them once the sections are gone."""
    def at(line: int) -> int:   # 0-based, as markers count
        return line_of[line + 1] - 1

    return Markers(summary=None if markers.summary is None else at(markers.summary),
                   plots=[(at(line), name) for line, name in markers.plots],
                   explains=[(at(line), name) for line, name in markers.explains])


def sections_only_go(text: str, sections: list[Section], lines: Sequence[str]) -> bool:
    """Whether removing `sections` (those of `text`, whose lines are `lines`)
    from `text` leaves every other block as Markdown read it, only moved
    (the module doc says when)."""
    begins, ends = {s.begin for s in sections}, {s.end for s in sections}
    before = None   # the top-level block before this one
    found = 0
    for token in parse_markdown(text):
        if token.level or token.map is None:
            continue   # inside a top-level block, or the end of one
        line = token.map[0]
        if line in begins or line in ends:
            if not _one_comment(token, line):
                return False   # a list or quote starting on the marker's line
            found += 1
            # What comes before a section: such a block, then only blank
            # lines (a link reference definition makes no token, and reads
            # on); a closed fence or a comment ends on a line that is not
            # blank, so the blank line removed before the section is not
            # the block's.
            if line in begins and (
                    (before is not None and not _ends_on_its_own(before))
                    or any(lines[i].strip(" \t\r\n") for i in range(before.map[1] if before else 0, line))):
                return False
        before = token
    return found == len(begins) + len(ends)   # else a marker stands inside a list or quote


def _one_comment(token, line: int) -> bool:
    return token.type == "html_block" and token.map == [line, line + 1]


def _ends_on_its_own(token) -> bool:
    """Whether a top-level block ends where it does whatever follows it: a
    fence (one with a block after it was closed: an open one runs to the
    end of the doc), or an HTML comment (ended by its `-->` for the same
    reason; other HTML, such as `<div>`, runs on to a blank line)."""
    return token.type == "fence" or (token.type == "html_block" and token.content.lstrip(" \t").startswith("<!--"))


__all__ = ["CleanDoc", "clean", "clean_doc", "lines_in_clean", "pieces", "section_ranges", "sections_only_go"]
