"""The doc without bote's sections, which `bote render` lays its output on,
read from the doc's one Markdown parse.

Removing a section moves the blocks and markers after it up, and changes
how Markdown reads nothing else when the section stands at the top level
after a block that ends on its own line (a closed fence, an HTML comment):
the clean doc's blocks and markers are then the doc's own, moved, and a doc
of thousands of blocks is parsed once.  Anywhere else the clean doc is
parsed again.  Either way they are what parsing the clean doc finds.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bote.docs import markdown
from bote.docs.doc_markers import scan
from bote.docs.markdown import find_blocks
from bote.errors import BoteError
from bote.writeback.cleaning import (
    CleanDoc,
    clean,
    clean_doc,
    lines_in_clean,
    sections_only_go,
)
from bote.writeback.docrender import render_file
from bote.writeback.edits import Lines


def parsed_again(text: str) -> CleanDoc:
    """The clean doc the slow way: cleaned, then parsed."""
    markers = scan(text)
    base = clean(text, markers)
    return CleanDoc(base, lines_in_clean(text, markers), find_blocks(base), scan(base))


def only_go(text: str) -> bool:
    markers = scan(text)
    return sections_only_go(text, markers.sections, Lines(text).lines)


VALUES = ["", "<!-- bote:begin -->", "", "| name | value |", "|------|-------|", "| x    | 1     |", "",
          "<!-- bote:end -->"]
SUMMARY = ["", "<!-- bote:begin summary -->", "", "**Components**", "", "| component | load |", "", "<!-- bote:end -->"]


def lines(*pieces: list[str] | str) -> str:
    return "".join(line + "\n" for piece in pieces for line in ([piece] if isinstance(piece, str) else piece))


RENDERED = lines("# Design", "", "```bote", "x = 1", "```", VALUES, "", "Prose.", "", "~~~bote", "y = 2", "~~~",
                 VALUES, SUMMARY, "", "<!-- bote:summary -->", SUMMARY, "", "<!-- bote:plot x -->", "",
                 "<!-- bote:explain x -->", "", "The end.")


def test_sections_after_a_closed_fence_or_a_comment_only_go():
    assert only_go(RENDERED)
    assert clean_doc(RENDERED, scan(RENDERED)) == parsed_again(RENDERED)
    assert only_go(lines(VALUES[1:], "", "```bote", "x = 1", "```"))   # a section opening the doc
    assert only_go(lines("<!-- a note", "on two lines -->", VALUES))


# Each section below would read differently, or make what follows it read
# differently, once removed: the clean doc is parsed again.
@pytest.mark.parametrize("text", [
    # After a list item: the indented fence after the section is code; once the section is gone,
    # it is a ```bote block inside the list item.
    lines("- item", VALUES, "    ```bote", "    b = 2 GB", "    ```"),
    # After an HTML block that ends at a blank line: once the section (and that blank line) is gone,
    # the block after it is part of the HTML.
    lines("<div>", VALUES, "```bote", "b = 2 GB", "```"),
    # After a paragraph, which may go on into the lines after the section.
    lines("Prose.", VALUES, "more prose"),
    # In a quote, and in a list item: not at the top level.
    lines("> ```bote", "> x = 1", "> ```", [f"> {line}".rstrip() for line in VALUES]),
    lines("- item", "", "  ```bote", "  x = 1", "  ```", [f"  {line}".rstrip() for line in VALUES]),
    # After a link reference definition, which makes no token and reads the lines after it.
    lines("```bote", "x = 1", "```", "[ref]: /url", VALUES, '"title"'),
    # After indented code, which goes on past blank lines.
    lines("    code", VALUES, "    more code"),
])
def test_anything_else_is_parsed_again(text):
    assert not only_go(text)
    assert clean_doc(text, scan(text)) == parsed_again(text)


def test_a_block_swallowed_by_html_once_the_section_is_gone_gets_no_section(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text(lines("```bote", "a = 1 GB", "```", "<div>", VALUES, "```bote", "b = 2 GB", "```"))
    assert render_file(str(path)).exit_code == 0
    assert path.read_text() == lines("```bote", "a = 1 GB", "```", "", "<!-- bote:begin -->", "",
                                     "| name   | value   |", "|--------|---------|", "| a      | 1 GB    |", "",
                                     "<!-- bote:end -->", "<div>", "```bote", "b = 2 GB", "```")


def test_an_up_to_date_doc_is_parsed_once(tmp_path, monkeypatch):
    path = tmp_path / "doc.md"
    path.write_text(lines("# Design", "", *[["```bote", f"x{i} = {i} GB", "```", "", "Prose.", ""]
                                          for i in range(5)]))
    assert render_file(str(path)).exit_code == 0
    parser = markdown._markdown_parser()
    parses = []
    parse = parser.parse
    monkeypatch.setattr(parser, "parse", lambda text, env: parses.append(text) or parse(text, env))
    markdown._parsed.cache_clear()
    outcome = render_file(str(path), check_only=True)
    assert (outcome.exit_code, outcome.note) == (0, f"{path}: up to date")
    assert parses == [path.read_text()]


# ---- generated docs: the same clean doc either way ---------------------------------------------

def _prefixed(prefix: str, piece: list[str]) -> list[str]:
    return [(prefix + line).rstrip() if line else prefix.rstrip() for line in piece]


_PLOT = ["", "<!-- bote:begin plot x -->", "", "![x](doc.x.svg)", "", "<!-- bote:end -->"]
_PIECES = [
    *(_prefixed(p, s) for p in ("", "", "> ", "  ", "   ", "    ", "- ") for s in (VALUES, SUMMARY, VALUES[1:], _PLOT)),
    ["```bote", "x = 1", "```"], ["~~~bote", "y = 2", "~~~"], ["```bote", "z = 3"], ["```text", *VALUES, "```"],
    ["> ```bote", "> x = 1", "> ```"], ["- item", "", "  ```bote", "  x = 1", "  ```"], ["   ```bote", "   x", "   ```"],
    *([line] for line in ["", "", "Prose.", "- item", "  more", "1. one", "> quote", ">", "<div>", "</div>",
                          "<!-- note -->", "<!-- note", "-->", "<!-- bote:summary -->", "<!-- bote:plot x -->",
                          "<!-- bote:explain x -->", "[ref]: /url", '"title"', "===", "---", "    code",
                          "    ```bote", "```", "\t<!-- bote:summary -->", "<!-- bote:end -->"]),
]


@settings(max_examples=600, deadline=None, derandomize=True)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=14), ending=st.sampled_from(["\n", "\r\n", ""]))
def test_the_clean_doc_is_what_parsing_it_again_finds(pieces, ending):
    text = "\n".join(line for piece in pieces for line in piece).replace("\n", ending or "\n") + ending
    try:
        markers = scan(text)
    except BoteError:
        return   # a marker out of place: render stops before cleaning
    try:
        expected = parsed_again(text)
    except BoteError:
        with pytest.raises(BoteError):
            clean_doc(text, markers)
        return
    assert clean_doc(text, markers) == expected
