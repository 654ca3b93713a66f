"""Design docs in: the ```bote blocks of a Markdown file, as one program.

markdown-it-py finds the fenced blocks the way CommonMark does (``~~~`` fences,
longer backtick fences, fences inside lists and block quotes; a ```bote block
shown inside a larger fence is only text).  The blocks' lines are laid out at
their own line and column of the document, everything else blank, so every
span the pipeline produces is already a position in the Markdown file: no
mapping back is needed, and later blocks see the names earlier ones bound.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import nodes
from .errors import BoteError


@dataclass(frozen=True, slots=True)
class Block:
    """One ```bote fence. Lines are 1-based lines of the document."""

    fence_line: int
    first_line: int           # first content line
    last_line: int            # last content line (first_line - 1 when empty)
    close_line: int | None    # the closing fence, None when the fence runs to the end
    prefix: str               # container markup before the fence (`> `, list indent)


def is_markdown(path: str) -> bool:
    return path.lower().endswith((".md", ".markdown"))


def find_blocks(text: str) -> list[Block]:
    """The ```bote fences of a document, in order."""
    from markdown_it import MarkdownIt

    lines = text.splitlines()
    blocks = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type != "fence" or not token.info.split() or token.info.split()[0] != "bote":
            continue
        start, end = token.map
        n = token.content.count("\n")
        closed = end - start >= n + 2
        fence = lines[start]
        prefix = fence[: len(fence) - len(fence.lstrip(" >\t"))]
        blocks.append(Block(start + 1, start + 2, start + 1 + n, end if closed else None, prefix))
    return blocks


def program_text(text: str, blocks: list[Block]) -> str:
    """The blocks' source, each line at its line and column in the document
    (container prefixes become spaces), every other line empty."""
    lines = text.splitlines()
    out = [""] * len(lines)
    for b in blocks:
        for number in range(b.first_line, b.last_line + 1):
            line = lines[number - 1]
            # Strip the container markup (`> `, list indentation) the same way
            # for every line of the block, keeping columns.
            strip = _strip_prefix(line, b.prefix)
            out[number - 1] = " " * (len(line) - len(strip)) + strip
    return "\n".join(out) + "\n"


def _strip_prefix(line: str, prefix: str) -> str:
    if line.startswith(prefix):
        return line[len(prefix):]
    # A lazy or shorter prefix (`>` with no space, a blank line in a list).
    return line.lstrip(" >") if ">" in prefix else line.lstrip(" ")


def evaluate_doc(text: str, filename: str):
    """(FileReport, blocks) for a Markdown document; raises `BoteError` with
    positions in the document when a block is invalid.  A document without
    bote blocks gives an empty report."""
    from .evaluation import evaluate_program
    from .parse import parse
    from .report import FileReport

    blocks = find_blocks(text)
    if not blocks:
        return FileReport(filename, text, skipped=True), blocks
    program = parse(program_text(text, blocks), filename)
    report = evaluate_program(nodes.Program(program.statements, filename, program.source))
    report.source = text
    return report, blocks


__all__ = ["Block", "find_blocks", "program_text", "evaluate_doc", "is_markdown", "BoteError"]
