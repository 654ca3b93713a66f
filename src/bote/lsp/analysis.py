"""One document as the server knows it: its text, its report (evaluated as
`bote check` evaluates it), its parsed program and names, and its blocks.
Every feature answers from one `Analysis`, made once per version of the
text.

While a file does not parse (a line half typed), its names are those of
the rest: the lines of its syntax errors are left out (blanked, so every
other position stays), so hover, go to definition and the outline keep
working on the other lines; the report still has the errors.

A Markdown doc is its ```bote blocks, laid out at the doc's own lines and
columns (`bote.docs.markdown.program_text`): every span is already a
position in the doc.
"""
from __future__ import annotations

from dataclasses import field
from functools import cached_property

from bote.dataclasses_compiled import dataclass
from bote.docs.markdown import find_blocks, program_text
from bote.errors import BoteError
from bote.files import is_markdown
from bote.language import nodes
from bote.language.tokens import Token, matching_braces, tokenize
from bote.language.units import FileUnits
from bote.lsp.names import Names, index
from bote.lsp.positions import UTF16, Positions
from bote.model.report import FileReport
from bote.uncertainty.sampling import Sampling


@dataclass(frozen=True, slots=True)
class Block:
    """A `component NAME {`, `flow {` or `variant NAME {` block, from its
    keyword to its closing brace (None while it is not closed)."""

    keyword: Token
    name: str
    open: Token
    close: Token | None


@dataclass
class Analysis:
    uri: str
    filename: str
    text: str
    version: int | None
    report: FileReport
    program: nodes.Program | None          # None when it does not parse, even without `left_out`
    source: str                            # what is parsed: the text, or a doc's blocks laid out
    names: Names
    encoding: str = UTF16
    units: FileUnits | None = field(default=None, repr=False)
    #: The lines left out to parse the rest (each had a syntax error), so that
    #: a file being edited keeps its names; none when the whole file parses.
    left_out: tuple[int, ...] = ()

    @property
    def markdown(self) -> bool:
        return is_markdown(self.filename)

    @cached_property
    def positions(self) -> Positions:
        return Positions(self.text, self.encoding)

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.source)

    @cached_property
    def blocks(self) -> list[Block]:
        """The file's blocks, in order (a doc's: only those written in its
        blocks, not the `variant NAME {` bote wraps a variant section in)."""
        tokens = self.tokens
        where = {id(t): i for i, t in enumerate(tokens)}
        out = []
        for opened, closed in matching_braces(tokens):
            i = where[id(opened)]
            keyword = next((tokens[k] for k in range(i - 1, max(-1, i - 4), -1)
                            if tokens[k].kind in ("COMPONENT", "FLOW", "VARIANT")), None)
            if keyword is None or not self.positions.line(keyword.line)[keyword.column - 1:].startswith(keyword.text):
                continue
            name = " ".join(t.text for t in tokens[where[id(keyword)] + 1: i]) or keyword.text
            out.append(Block(keyword, name, opened, closed))
        return out

    def block_at(self, line: int, column: int) -> Block | None:
        """The innermost block the cursor is inside (after its `{`)."""
        inside = [b for b in self.blocks if (b.open.line, b.open.column) < (line, column)
                  and (b.close is None or (line, column) <= (b.close.line, b.close.column))]
        return inside[-1] if inside else None


def analyze(text: str, uri: str, filename: str, version: int | None = None, sampling: Sampling | None = None,
            encoding: str = UTF16) -> Analysis:
    """Evaluate `text` as `bote check` would and index its names. Never
    raises for bad input: the report carries the diagnostics."""
    from bote.pipeline import evaluate_text
    markdown = is_markdown(filename)
    report = evaluate_text(text, filename, markdown=markdown, sampling=sampling)
    source = text
    if markdown:
        blocks = find_blocks(text)
        source = program_text(text, blocks) if blocks else ""
    program, units, names, left_out = _names(source, filename)
    return Analysis(uri, filename, text, version, report, program, source, names, encoding, units, left_out)


#: At most this many lines with a syntax error are left out to read the rest.
LEFT_OUT = 3


def _names(source: str, filename: str) -> tuple[nodes.Program | None, FileUnits | None, Names, tuple[int, ...]]:
    """The program, units and names of `source`; while it does not parse,
    of `source` with the lines of its syntax errors blanked (up to
    `LEFT_OUT`; every other position unchanged), and those lines."""
    from bote.language.parse import parse
    from bote.language.unit_table import registry
    empty = Names([], {}, {}, {})
    left_out: list[int] = []
    text = source
    while True:
        try:
            program = parse(text, filename)
            break
        except BoteError as e:
            span = next((d.span for d in e.diagnostics if d.span is not None), None)
            lines = text.split("\n")
            if span is None or span.line in left_out or len(left_out) == LEFT_OUT or span.line > len(lines):
                return None, None, empty, ()
            lines[span.line - 1] = " " * len(lines[span.line - 1])
            left_out.append(span.line)
            text = "\n".join(lines)
    done = tuple(sorted(left_out))
    try:
        units, refs = _resolved(program)
    except Exception:  # noqa: BLE001 - a name the resolver trips on must not cost the editor its other features
        return program, FileUnits(registry()), index(program, FileUnits(registry()), {}), done
    return program, units, index(program, units, refs), done


def _resolved(program: nodes.Program) -> tuple[FileUnits, dict]:
    """The file's units and what each name stands for, from the resolver run
    on the file without its variants and on each variant."""
    from bote.language.unit_table import registry
    from bote.language.variants import base_program, variant_program, variants
    from bote.model.declarations import declare_units
    from bote.model.resolve import resolve
    refs: dict = {}
    units = FileUnits(registry())
    programs = [base_program(program)]
    for v in variants(program):
        try:
            programs.append(variant_program(program, v.name))
        except BoteError:
            continue
    for i, p in enumerate(programs):
        file_units = units if i == 0 else FileUnits(registry())
        declare_units(p, file_units)
        found = resolve(p, file_units).refs
        for key, ref in found.items():
            refs.setdefault(key, ref)
    return units, refs
