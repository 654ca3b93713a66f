"""Design docs in: the ```bote blocks of a Markdown file, as one program.

markdown-it-py finds the fenced blocks the way CommonMark does (``~~~`` fences,
longer backtick fences, fences inside lists and block quotes; a ```bote block
shown inside a larger fence is only text).  The blocks' lines are laid out at
their own line and column of the document, everything else blank, so every
span the pipeline produces is already a position in the Markdown file: no
mapping back is needed, and later blocks see the names earlier ones bound.

Nothing in a doc is silently left out: a ```bote fence that is never closed
is an error at the fence (its lines are still read, the last one too, with
or without a final newline), and so is a ```bote block nested as deep in
lists and quotes as `MAX_NESTING` levels or deeper (markdown-it skips such
content without a word), a fence whose language name is `bote` but for an
invisible character, and a `bote:variant` comment that is not a marker.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bote.dataclasses_compiled import dataclass
from bote.errors import (  # noqa: F401 - LINE_BREAK is read from here by docrender
    LINE_BREAK,
    BoteError,
    Diagnostic,
    Span,
    cached_lines,
    source_lines,
)

# CommonMark's line endings are bote's own (`errors.LINE_BREAK`).
split_lines = source_lines


@dataclass(frozen=True, slots=True)
class Block:
    """One ```bote fence. Lines are 1-based lines of the document."""

    fence_line: int
    first_line: int           # first content line
    last_line: int            # last content line (first_line - 1 when empty)
    close_line: int | None    # the closing fence, None when the fence runs to the end
    prefix: str               # container markup on the closing fence line (`> `, list indent)
    content: tuple[str, ...]  # the content lines, container markup removed (by markdown-it)


def find_blocks(text: str) -> list[Block]:
    """The ```bote fences of a document, in order. The language name is read
    without regard to case (```Bote, ```BOTE), as GitHub's highlighter and
    bote's VS Code grammar read it."""
    return list(_blocks(text))


@lru_cache(maxsize=4)  # render reads the same text's blocks several times over
def _blocks(text: str) -> tuple[Block, ...]:
    lines = cached_lines(text)
    blocks = []
    for token in parse_markdown(text):
        if token.type != "fence" or not token.info.split() or token.info.split()[0].lower() != "bote":
            continue
        start, end = token.map
        # Each content line ends in "\n", but the file's last line when it
        # has no final newline: that line is content like any other.
        content = token.content.split("\n")
        if content[-1] == "":
            content.pop()
        closed = end - start >= len(content) + 2
        edge = lines[end - 1] if closed else lines[start]
        prefix = container_prefix(edge)
        blocks.append(Block(start + 1, start + 2, start + 1 + len(content), end if closed else None, prefix,
                            tuple(content)))
    return tuple(blocks)


#: How deep markdown-it reads nested blocks (commonmark's preset): a list
#: item counts two levels (the list and the item), a block quote one.
MAX_NESTING = 20


def parse_markdown(text: str):
    """The block tokens of a document (CommonMark), read once per text."""
    return _parsed(text)[0]


def hidden_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, stop) 0-based line ranges markdown-it skipped because they
    are nested deeper than `MAX_NESTING`."""
    return _parsed(text)[1]


@lru_cache(maxsize=4)  # render reads the same text several times over
def _parsed(text: str):
    env: dict = {}
    tokens = _markdown_parser().parse(text, env)
    return tokens, tuple(env.get("bote_hidden", ()))


@lru_cache(maxsize=1)
def _markdown_parser():
    from markdown_it import MarkdownIt
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    # Only block structure matters (fences, HTML blocks): no inline parsing.
    md.disable(["inline", "text_join"], ignoreInvalid=True)
    tokenize = md.block.tokenize

    def tokenize_noting_what_is_skipped(state, start: int, end: int) -> None:
        # markdown-it drops a range nested too deeply without a word
        # (parser_block.tokenize): note it, to say so.
        if state.level >= state.md.options["maxNesting"]:
            line = state.skipEmptyLines(start)
            if line < end and state.sCount[line] >= state.blkIndent:
                state.env.setdefault("bote_hidden", []).append((line, end))
        tokenize(state, start, end)

    md.block.tokenize = tokenize_noting_what_is_skipped
    return md


#: A line that opens a ```bote fence, after any container markup.
_BOTE_FENCE = re.compile(r"[ \t>*+\-0-9.)]*?(`{3,}|~{3,})[ \t]*bote(?!\S)")


def structure_errors(text: str, blocks: list[Block], filename: str) -> list[Diagnostic]:
    """A ```bote fence that is never closed, and a ```bote block nested too
    deeply to be read: each an error at its fence line."""
    lines = cached_lines(text)
    found = []
    for b in blocks:
        if b.close_line is None:
            line = lines[b.fence_line - 1]
            m = re.compile(r"`{3,}|~{3,}").search(line)
            fence = m.group() if m else "```"
            found.append(Diagnostic("syntax", f"this {fence}bote block is never closed",
                                    _line_span(filename, b.fence_line, line, m.start() if m else 0),
                                    f"end it with a line {fence} after its last line; until then the rest of "
                                    "the doc is read as part of the block"))
    for token in parse_markdown(text):
        if not token.map:
            continue
        number, line = token.map[0] + 1, lines[token.map[0]]
        # ```bo\u200bte: GitHub shows `bote`, and bote would skip the block without a word
        word = token.info.split()[0] if token.type == "fence" and token.info.split() else ""
        if word.lower() != "bote" and _INVISIBLE.sub("", word).lower() == "bote":
            found.append(Diagnostic("syntax", "this fence's language name `bote` holds an invisible character "
                                              f"(U+{ord(_INVISIBLE.search(word).group()):04X})",  # type: ignore[union-attr]
                                    _line_span(filename, number, line, len(container_prefix(line))),
                                    "retype it as ```bote: bote reads only blocks named `bote`"))
        # A marker is an HTML block of its own: the same text in a code block (a doc showing what
        # not to write) is an example, not a marker.
        elif token.type == "html_block" and _LOOKS_LIKE_VARIANT.match(line) and not VARIANT_MARKER.match(line):
            found.append(Diagnostic("syntax", f"`{bare_marker(line)}` is not a variant marker", _line_span(
                filename, number, line, len(container_prefix(line))),
                "write `<!-- bote:variant NAME -->` on a line of its own, NAME a name like `cache`"))
    for start, stop in hidden_lines(text):
        for number in range(start, min(stop, len(lines))):
            m = _BOTE_FENCE.match(lines[number])
            if m:
                found.append(Diagnostic(
                    "syntax", f"this {m.group(1)}bote block is nested too deeply in lists and quotes for bote "
                              "to read it", _line_span(filename, number + 1, lines[number], m.start(1)),
                    f"bote reads blocks less than {MAX_NESTING} levels deep (a list item counts 2, a quote 1): "
                    "move the block out of the nesting"))
    return found


#: Characters no editor shows (zero-width, bidi controls): `unicodedata`'s category Cf.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
#: A comment that means to be a variant marker, well-formed or not.
_LOOKS_LIKE_VARIANT = re.compile(r"^[ \t>]*<!--\s*bote\s*:\s*variant\b", re.IGNORECASE)


def bare_marker(line: str) -> str:
    return line[len(container_prefix(line)):].rstrip()


def _line_span(filename: str, number: int, line: str, start: int) -> Span:
    return Span(filename, number, start + 1, number, len(line.rstrip()) + 1)


def container_prefix(line: str) -> str:
    """The container markup (`> `, list indentation) that starts `line`, "" when none."""
    return line[: len(line) - len(line.lstrip(" \t>"))]


#: `<!-- bote:variant NAME -->`: the blocks after it, up to the next such
#: line, are variant NAME of the doc's estimate.
VARIANT_MARKER = re.compile(r"^[ \t>]*<!--\s*bote:variant\s+([A-Za-z_][A-Za-z0-9_]*)\s*-->\s*$")


def program_text(text: str, blocks: list[Block]) -> str:
    """The blocks' source, each line at its line and column in the document
    (container markup becomes spaces), every other line empty. The blocks
    after a `<!-- bote:variant NAME -->` line are wrapped in `variant NAME {`
    (on the marker's line) and `}` (on the closing fence of the section's
    last block), so that their statements are the variant's."""
    lines = cached_lines(text)
    out = [""] * len(lines)
    for b in blocks:
        for number, content in zip(range(b.first_line, b.last_line + 1), b.content):
            line = lines[number - 1]
            # markdown-it removed the container markup (`> `, `- `, list
            # indentation); keep the content at its own column.
            offset = len(line) - len(content) if line.endswith(content) else len(container_prefix(line))
            out[number - 1] = " " * offset + content
    # A marker is an HTML block of its own, as markdown-it reads the doc: the
    # same line inside a fence (```markdown showing how to write one) or an
    # indented code block is the doc's text, not a marker.
    markers = [(t.map[0] + 1, m.group(1)) for t in parse_markdown(text)
               if t.type == "html_block" and t.map and (m := VARIANT_MARKER.match(lines[t.map[0]]))
               ] if "bote:variant" in text else []   # (the marker spells it; most docs have none)
    for k, (at, name) in enumerate(markers):
        end = markers[k + 1][0] if k + 1 < len(markers) else len(lines) + 1
        inside = [b for b in blocks if at < b.fence_line < end]
        out[at - 1] = f"variant {name} {{" + ("" if inside else "}")
        if inside:
            last = inside[-1]
            if last.close_line is not None:
                out[last.close_line - 1] = "}"
            else:
                out.append("}")   # a fence left open runs to the end (`structure_errors` says so)
    return "\n".join(out) + "\n"


def evaluate_doc(text: str, filename: str, sampling=None, overrides=None):
    """The FileReport of a Markdown document; raises `BoteError` with
    positions in the document when a block is invalid.  A document without
    bote blocks gives an empty report, marked skipped."""
    from bote.language.parse import parse
    from bote.model.evaluation import evaluate_program
    from bote.model.report import FileReport

    blocks = find_blocks(text)
    problems = structure_errors(text, blocks, filename)
    if not blocks and not problems:
        return FileReport(filename, text, skipped=True)
    try:
        report = evaluate_program(parse(program_text(text, blocks), filename), sampling, overrides)
    except BoteError as e:
        if not problems:
            raise
        raise BoteError(sorted(problems + e.diagnostics, key=_position)) from None
    if problems:
        raise BoteError(problems)
    report.source = text  # diagnostics show the doc's own lines
    return report


def _position(d: Diagnostic) -> tuple[int, int]:
    return (d.span.line, d.span.column) if d.span else (0, 0)


__all__ = [
    "MAX_NESTING",
    "Block",
    "evaluate_doc",
    "find_blocks",
    "program_text",
    "split_lines",
    "structure_errors",
]
