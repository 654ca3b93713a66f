"""`bote fmt`: a .bote file, or each ```bote block of a Markdown doc, in the
canonical layout (`bote.language.formatter`), written the way `bote render`
writes (`bote.writeback.writing`: atomically, through links, keeping the
mode and the byte order mark).

A file is formatted only when it parses: an invalid one is left untouched
with its diagnostics (exit 2). In a doc only the blocks' lines change, and
only the blocks that parse on their own (one whose statement runs into the
next block is left as it is); the doc's container markup (`> `, a list's
indent) is kept on every line of a block.
"""
from __future__ import annotations

from bote.docs.markdown import Block, find_blocks, program_text
from bote.errors import LINE_BREAK, BoteError, lines_with_endings
from bote.files import is_markdown
from bote.language.formatter import format_source
from bote.language.parse import parse
from bote.writeback.edits import Outcome


def formatted(text: str, name: str = "<input>") -> str:
    """`text` formatted: a .bote source, or a Markdown doc (by `name`).
    Raises `BoteError` when it does not parse."""
    if not is_markdown(name):
        return format_source(text, name)
    blocks = find_blocks(text)
    if not blocks:
        return text
    parse(program_text(text, blocks), name)   # the doc's program must parse, as `bote check` reads it
    lines = lines_with_endings(text)
    first_break = LINE_BREAK.search(text)
    eol = first_break.group() if first_break else "\n"
    for b in reversed(blocks):   # from the end: a block's new length moves only the lines after it
        new = _block_lines(b, lines, eol)
        if new is not None:
            lines[b.first_line - 1: b.last_line] = new
    return "".join(lines)


def _block_lines(b: Block, lines: list[str], eol: str) -> list[str] | None:
    """A block's lines formatted, each with its container markup and ending;
    None to leave it as it is."""
    if b.close_line is None or b.last_line < b.first_line:
        return None
    prefixes = set()
    for number, content in zip(range(b.first_line, b.last_line + 1), b.content):
        line = lines[number - 1].rstrip("\r\n")
        if content.strip():
            if not line.endswith(content):
                return None
            prefixes.add(line[: len(line) - len(content)])
    if len(prefixes) > 1:
        return None
    prefix = prefixes.pop() if prefixes else ""
    source = "\n".join(b.content) + "\n"
    try:
        new = format_source(source)
    except BoteError:
        return None   # this block alone does not parse: a statement runs on into the next
    if new == source:
        return None
    return [(prefix + line if line else prefix.rstrip()) + eol for line in new.split("\n")[:-1]]


def format_file(path: str, *, check_only: bool = False, want_diff: bool = False, tree: str | None = None,
                follow_symlinks: bool = False) -> Outcome:
    """Format one file in place (`bote fmt`); with `check_only`, write
    nothing and exit 1 when it would change."""
    from bote.errors import Diagnostic
    from bote.files import file_span, shown_name
    from bote.pipeline import read_text
    from bote.render.diagnostics import render_diagnostic
    from bote.writeback.linediff import unified_diff
    from bote.writeback.writing import NotWritten, target_of, write_text

    shown = shown_name(path)
    text, failed = read_text(path, tree=tree, follow_symlinks=follow_symlinks)
    if failed is not None:
        return Outcome(2, [render_diagnostic(d, failed.source, file=path) for d in failed.errors])
    assert text is not None  # read_text gives the text when it gives no report
    try:
        new = formatted(text, path)
    except BoteError as e:
        return Outcome(2, [render_diagnostic(d, text, file=path) for d in e.diagnostics])
    except Exception as e:  # noqa: BLE001 - a bug in bote must not look like a file to reformat (exit 1)
        return Outcome(2, [(f"{shown}: error: bote could not format this file ({type(e).__name__}: {e})\n"
                            "  hint: this is a bug in bote; please report it with the file")])
    if new == text:
        return Outcome(0, note=f"{shown}: already formatted")
    diff = unified_diff(shown, lines_with_endings(text), lines_with_endings(new)) if want_diff else ""
    if check_only:
        return Outcome(1, diff=diff, note=f"{shown}: would be reformatted (run `bote fmt {shown}`)")
    try:
        with open(target_of(path), "rb") as f:
            had_bom = f.read(3) == b"\xef\xbb\xbf"
        write_text(path, new, had_bom=had_bom)
    except (NotWritten, OSError) as e:
        message = str(e) if isinstance(e, NotWritten) else f"cannot write {shown}: {e.strerror or e}"
        hint = (e.hint + "; " if isinstance(e, NotWritten) and e.hint else "") + "bote left the file untouched"
        return Outcome(2, [render_diagnostic(Diagnostic("io", message, file_span(path), hint), "", file=path)])
    return Outcome(0, note=f"{shown}: formatted")


__all__ = ["format_file", "formatted"]
