"""Design docs in: the ```bote blocks of a Markdown file, as one program.

markdown-it-py finds the fenced blocks the way CommonMark does (``~~~`` fences,
longer backtick fences, fences inside lists and block quotes; a ```bote block
shown inside a larger fence is only text).  The blocks' lines are laid out at
their own line and column of the document, everything else blank, so every
span the pipeline produces is already a position in the Markdown file: no
mapping back is needed, and later blocks see the names earlier ones bound.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import LINE_BREAK, source_lines  # noqa: F401 - LINE_BREAK is read from here by docrender



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


def is_markdown(path: str) -> bool:
    return path.lower().endswith((".md", ".markdown"))


def find_blocks(text: str) -> list[Block]:
    """The ```bote fences of a document, in order."""
    lines = split_lines(text)
    blocks = []
    for token in parse_markdown(text):
        if token.type != "fence" or not token.info.split() or token.info.split()[0] != "bote":
            continue
        start, end = token.map
        content = tuple(token.content.split("\n")[:-1])
        closed = end - start >= len(content) + 2
        edge = lines[end - 1] if closed else lines[start]
        prefix = _CONTAINER.match(edge).group()
        blocks.append(Block(start + 1, start + 2, start + 1 + len(content), end if closed else None, prefix,
                            content))
    return blocks


def parse_markdown(text: str):
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").parse(text)


_CONTAINER = re.compile(r"^[ \t>]*")


def program_text(text: str, blocks: list[Block]) -> str:
    """The blocks' source, each line at its line and column in the document
    (container markup becomes spaces), every other line empty."""
    lines = split_lines(text)
    out = [""] * len(lines)
    for b in blocks:
        for number, content in zip(range(b.first_line, b.last_line + 1), b.content):
            line = lines[number - 1]
            # markdown-it removed the container markup (`> `, `- `, list
            # indentation); keep the content at its own column.
            offset = len(line) - len(content) if line.endswith(content) else len(_CONTAINER.match(line).group())
            out[number - 1] = " " * offset + content
    return "\n".join(out) + "\n"


def evaluate_doc(text: str, filename: str, sampling=None):
    """The FileReport of a Markdown document; raises `BoteError` with
    positions in the document when a block is invalid.  A document without
    bote blocks gives an empty report, marked skipped."""
    from .evaluation import evaluate_program
    from .parse import parse
    from .report import FileReport

    blocks = find_blocks(text)
    if not blocks:
        return FileReport(filename, text, skipped=True)
    report = evaluate_program(parse(program_text(text, blocks), filename), sampling)
    report.source = text  # diagnostics show the doc's own lines
    return report


__all__ = ["Block", "find_blocks", "program_text", "evaluate_doc", "is_markdown", "split_lines"]
