"""Document symbols (the outline: bindings, declared units, components with
their properties, flows with their edges, variants with what they change)
and folding ranges (each component, flow and variant block, and each run of
two or more comment lines).

Blocks come from the file's braces (`bote.language.tokens`), so folding
works while a file does not parse; the outline needs the parsed program.
"""
from __future__ import annotations

from lsprotocol import types

from bote.errors import Span
from bote.language import nodes
from bote.language.tokens import COMMENT, NL
from bote.lsp.analysis import Analysis, Block

Symbol = types.SymbolKind


def document_symbols(a: Analysis) -> list[types.DocumentSymbol]:
    if a.program is None:
        return []
    values = {v.name: v for v in a.report.values}
    components = {c.name: c for c in a.report.components}
    blocks = {(b.keyword.line, b.name): b for b in a.blocks}
    return [s for stmt in a.program.statements
            for s in _symbols(a, stmt, values, components, blocks)]


def _symbols(a: Analysis, stmt, values, components, blocks) -> list[types.DocumentSymbol]:
    at = a.positions
    if isinstance(stmt, nodes.Binding):
        detail = _value(a, values.get(stmt.name))
        return [types.DocumentSymbol(stmt.name, Symbol.Variable, at.range(stmt.span), at.range(stmt.name_span),
                                     detail=detail)]
    if isinstance(stmt, nodes.UnitAlias):
        return [types.DocumentSymbol(stmt.name, Symbol.TypeParameter, at.range(stmt.span), at.range(stmt.name_span),
                                     detail="unit")]
    if isinstance(stmt, nodes.UnitLabels):
        return [types.DocumentSymbol(name, Symbol.TypeParameter, at.range(span), at.range(span), detail="unit")
                for name, span in stmt.names]
    if isinstance(stmt, nodes.Component):
        block = blocks.get((stmt.name_span.line, stmt.name))
        children = [types.DocumentSymbol(p.name, Symbol.Property, at.range(p.span), at.range(p.name_span))
                    for p in stmt.properties]
        return [types.DocumentSymbol(stmt.name, Symbol.Class, _block_range(a, block, stmt.name_span),
                                     at.range(stmt.name_span), detail=_component_detail(components.get(stmt.name)),
                                     children=children)]
    if isinstance(stmt, nodes.Flow):
        if not stmt.edges:
            return []
        first = stmt.edges[0].source_span
        block = next((b for b in a.blocks if b.keyword.kind == "FLOW" and b.open.line <= first.line
                      and (b.close is None or b.close.line >= first.line)), None)
        children = [types.DocumentSymbol(f"{e.source} -> {e.target}", Symbol.Operator,
                                         at.range(e.source_span.to(e.target_span)), at.range(e.target_span))
                    for e in stmt.edges]
        selection = at.range(_keyword_span(a, block) if block else first)
        return [types.DocumentSymbol(block.name if block else "flow", Symbol.Event,
                                     _block_range(a, block, first), selection, children=children)]
    if isinstance(stmt, nodes.Variant):
        block = blocks.get((stmt.name_span.line, stmt.name))
        children = []
        for s in stmt.statements:
            if isinstance(s, nodes.Override):
                children.append(types.DocumentSymbol(f"{s.component}.{s.name}", Symbol.Property, at.range(s.span),
                                                     at.range(s.name_span)))
            else:
                children += _symbols(a, s, {}, {}, blocks)
        return [types.DocumentSymbol(stmt.name, Symbol.Namespace, _block_range(a, block, stmt.name_span),
                                     at.range(stmt.name_span), detail="variant", children=children)]
    if isinstance(stmt, nodes.Assert):
        return [types.DocumentSymbol(f"assert {stmt.text}", Symbol.Boolean, at.range(stmt.span),
                                     at.range(stmt.span))]
    return []


def _value(a: Analysis, v) -> str | None:
    from bote.render.figures import value_text
    if v is None or a.report.units is None:
        return None
    return value_text(v, a.report.units)


def _component_detail(c) -> str | None:
    from bote.docs.inline_results import component_text
    if c is None:
        return None
    text = component_text(c)
    return f"{c.kind}: {text}" if text is not None else c.kind


def _keyword_span(a: Analysis, block: Block) -> Span:
    t = block.keyword
    return Span(a.filename, t.line, t.column, t.line, t.end_column)


def _block_range(a: Analysis, block: Block | None, fallback: Span) -> types.Range:
    if block is None:
        return a.positions.range(fallback)
    end = block.close or block.open
    return types.Range(a.positions.position(block.keyword.line, block.keyword.column),
                       a.positions.position(end.line, end.end_column))


def folding_ranges(a: Analysis) -> list[types.FoldingRange]:
    out = []
    for b in a.blocks:
        if b.close is not None and b.close.line > b.open.line:
            # Up to the line before the `}`, which stays in sight.
            out.append(types.FoldingRange(b.open.line - 1, max(b.open.line - 1, b.close.line - 2),
                                          kind=types.FoldingRangeKind.Region))
    out += _comment_runs(a)
    return sorted(out, key=lambda r: r.start_line)


def _comment_runs(a: Analysis) -> list[types.FoldingRange]:
    """Runs of two or more lines that are only a comment."""
    alone: list[int] = []
    line_has_code: set[int] = set()
    for t in a.tokens:
        if t.kind == COMMENT:
            alone.append(t.line)
        elif t.kind != NL:
            line_has_code.add(t.line)
    lines = [n for n in alone if n not in line_has_code]
    out, start = [], None
    for i, n in enumerate(lines):
        if start is None:
            start = n
        if i + 1 == len(lines) or lines[i + 1] != n + 1:
            if n > start:
                out.append(types.FoldingRange(start - 1, n - 1, kind=types.FoldingRangeKind.Comment))
            start = None
    return out
