"""Stage 1: source text -> `nodes.Program`.

The grammar is `grammar/bote.lark`.  A check parses with the LALR table Lark
computes for it, generated into the package (`lalr`, `lalr_gen`), without
importing Lark; a syntax error is parsed again by Lark itself (`lark_parser`,
its grammar cached in bote's cache folder as JSON data), whose exceptions
`syntax_errors` explains.  The tree is built straight into `nodes`
dataclasses during parsing, so no parse tree exists past this module.
"""
from __future__ import annotations

import dataclasses
import functools
import math
import re
import threading
from collections.abc import Callable
from fractions import Fraction
from typing import cast

from bote import collector
from bote.dataclasses_compiled import dataclass
from bote.errors import BoteError, Span, source_lines
from bote.language import lalr, nodes
from bote.language.lexing import Bail, TableLexer
from bote.resources import grammar_file, read_text

#: `2.5e6` is fine; `1e999999` would make an integer of a million digits.
MAX_EXPONENT = 300
#: The most digits a numeric literal may have: 1e300 written out takes 301,
#: and past this Python's int parser refuses the number (4300 digits) or a
#: fraction like 0.333... with a million digits costs time and memory.
MAX_LITERAL_DIGITS = 400

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([dhms])")
_DURATION_UNITS = {"d": "day", "h": "hour", "m": "minute", "s": "second"}

_PERCENT = Fraction(1, 100)
_SCALE = {"k": 1000, "K": 1000, "M": 10**6, "B": 10**9, "T": 10**12}


def _checked_literal(text: str, span: Span) -> Fraction:
    """The value of a literal, or an error at it when it has more than
    MAX_LITERAL_DIGITS digits or a magnitude past 1e±MAX_EXPONENT."""
    shown = text if len(text) <= 24 else f"{text[:12]}...{text[-6:]}"
    digits = sum(c.isdigit() for c in text)
    if digits > MAX_LITERAL_DIGITS:
        raise BoteError.at("value", f"number `{shown}` has {digits:,} digits: bote reads at most "
                                    f"{MAX_LITERAL_DIGITS}", span, "write it with an exponent, e.g. `1.5e42`")
    exponent = ("e" in text or "E" in text) and re.search(r"[eE]([+-]?\d+)", text)
    value = None if exponent and abs(int(exponent.group(1))) > MAX_EXPONENT else _literal_value(text)
    if value is None or value and not -MAX_EXPONENT - 1 < _log10(abs(value)) < MAX_EXPONENT + 1:
        raise BoteError.at("value", f"number `{shown}` is out of range", span,
                           f"bote handles magnitudes from about 1e-{MAX_EXPONENT} to 1e{MAX_EXPONENT}")
    return value


def _log10(x: Fraction) -> float:
    return math.log10(x.numerator) - math.log10(x.denominator)  # exact enough for ints of any size


def number_value(text: str) -> Fraction:
    """The exact value of a numeric literal: `1_000`, `2.5e6`, `10k`, `20%`."""
    t = text.replace("_", "")
    scale: Fraction | int = 1
    if t.endswith("%"):
        scale, t = _PERCENT, t[:-1]
    elif t[-1] in _SCALE:
        scale, t = _SCALE[t[-1]], t[:-1]
    if t.isdigit():  # the common case, without Fraction's string parser
        # one Fraction made, not three (a Fraction, the scale's, their product)
        return Fraction(int(t), 100) if scale is _PERCENT else Fraction(int(t) * scale)
    whole, _, frac = t.partition(".")
    if frac.isdigit() and (whole.isdigit() or not whole):
        return Fraction(int(whole + frac), 10 ** len(frac)) * scale
    return Fraction(t) * scale


#: The value of each literal's text, remembered: a file writes the same few
#: numbers again and again (the big file of bench/: 9,600 literals, 42
#: texts), and a `Fraction` is immutable, so one serves them all.
_literal_value = functools.lru_cache(maxsize=4096)(number_value)


@dataclass(frozen=True, slots=True)
class _Batch:
    """`batch 100` after an edge's target (only inside the transformer)."""

    expr: nodes.Expr


@dataclass(frozen=True, slots=True)
class _Settings:
    """`{ service_time = 2 ms }` after a component in a flow's chain (only
    inside the transformer: the flow attaches them to its class)."""

    properties: tuple[nodes.Property, ...]


def _binary_rule(op: str) -> Callable[[object, list], nodes.Binary]:
    """The _Builder rule for the binary operator `op`."""
    def rule(self, items):
        left, right = items[0], items[-1]
        return nodes.Binary(op, left, right, left.span.to(right.span))
    return rule


class _Builder:
    """Turns each grammar rule into its `nodes` dataclass as the parser reduces
    it (the generated table's driver, `lalr`, or Lark with this as its
    transformer: a method per rule, called with the rule's children).

    It runs inside the LALR parser, so it cannot receive `meta`; spans are
    taken from tokens (`lalr.Token`: its text and span; Lark's own are made
    those by `lark_parser`) and from the children's spans."""

    def __init__(self) -> None:
        self.filename = "<input>"
        self.lines: list[str] = []
        self.durations: set[int] = set()   # ids of the `8h 45m` nodes of this parse

    def _text(self, span: Span) -> str:
        if span.line == span.end_line:
            return self.lines[span.line - 1][span.column - 1 : span.end_column - 1]
        first = self.lines[span.line - 1][span.column - 1 :]
        middle = self.lines[span.line : span.end_line - 1]
        last = self.lines[span.end_line - 1][: span.end_column - 1]
        return " ".join(part.strip() for part in [first, *middle, last])

    # -- statements
    def start(self, items):
        return list(items)

    def binding(self, items):
        name, expr = items
        s = name.span
        return nodes.Binding(name.text, expr, s, s.to(expr.span))

    def unit_labels(self, items):
        names = tuple((t.text, t.span) for t in items)
        return nodes.UnitLabels(names, names[0][1].to(names[-1][1]))

    def unit_alias(self, items):
        name, expr = items
        s = name.span
        return nodes.UnitAlias(name.text, expr, s, s.to(expr.span))

    def assert_stmt(self, items):
        keyword, expr = items
        span = keyword.span.to(expr.span)
        return nodes.Assert(expr, self._text(expr.span), span)

    def component(self, items):
        name, *props = items
        return nodes.Component(name.text, tuple(props), name.span)

    def property(self, items):
        if len(items) == 3:
            name, flow_class, expr = items
            s = name.span
            return nodes.Property(name.text, expr, s, s.to(expr.span), flow_class.text)
        name, expr = items
        s = name.span
        return nodes.Property(name.text, expr, s, s.to(expr.span))

    def setting(self, items):
        name, expr = items
        s = name.span
        return nodes.Property(name.text, expr, s, s.to(expr.span))

    def settings(self, items):
        return _Settings(tuple(items))

    def variant(self, items):
        name, *statements = items
        return nodes.Variant(name.text, tuple(statements), name.span)

    def override(self, items):
        target, expr = items
        component, name = target.text.split(".")
        s = target.span
        return nodes.Override(component, name, expr, s, s.to(expr.span))

    def flow(self, items):
        name = items[0] if items and isinstance(items[0], lalr.Token) else None   # the flow's name
        chains = items[1:] if name is not None else items
        flow_class = nodes.DEFAULT_CLASS if name is None else name.text
        edges = tuple(dataclasses.replace(edge, flow_class=flow_class) for chain, _ in chains for edge in chain)
        settings = tuple((component, dataclasses.replace(p, flow_class=flow_class))
                         for _, chain_settings in chains for component, p in chain_settings)
        span = edges[0].source_span.to(edges[-1].target_span) if edges else None
        return nodes.Flow(edges, span, flow_class, None if name is None else name.span, settings)

    def chain(self, items):
        source, *rest = items
        settings: list[tuple[str, nodes.Property]] = []
        if rest and isinstance(rest[0], _Settings):
            settings += [(source.text, p) for p in rest.pop(0).properties]
        edges = []
        src, src_span = source.text, source.span
        for target, multiplier, own, batch in rest:
            edges.append(nodes.Edge(src, target.text, multiplier, src_span, target.span, batch=batch))
            settings += [(target.text, p) for p in own]
            src, src_span = target.text, target.span
        return edges, settings

    def edge(self, items):
        target, *rest = items
        own = rest.pop(0).properties if rest and isinstance(rest[0], _Settings) else ()
        batch = rest.pop().expr if rest and isinstance(rest[-1], _Batch) else None
        return (target, rest[0] if rest else None, own, batch)

    def batch(self, items):
        _, expr = items
        return _Batch(expr)

    # -- expressions
    def number(self, items):
        (tok,) = items
        text, span = tok
        return nodes.Number(_checked_literal(text, span), text, span)

    def duration(self, items):
        """`8h 45m 57s` is `8 hour + 45 minute + 57 second`, each part with
        its own span."""
        (tok,) = items
        line = tok.span.line
        total = None
        for m in _DURATION_PART.finditer(tok.text):
            column = tok.span.column + m.start()
            number = nodes.Number(_checked_literal(m.group(1), tok.span), m.group(1),
                                  Span(self.filename, line, column, line, column + len(m.group(1))))
            unit = nodes.Name(_DURATION_UNITS[m.group(2)], Span(self.filename, line, column + len(m.group(1)),
                                                                 line, column + len(m.group(0))))
            part = nodes.Binary("juxtapose", number, unit, number.span.to(unit.span))
            total = part if total is None else nodes.Binary("+", total, part, total.span.to(part.span))
        self.durations.add(id(total))
        return total

    def name(self, items):
        (tok,) = items
        return nodes.Name(tok.text, tok.span)

    def string(self, items):
        (tok,) = items
        return nodes.String(tok.text[1:-1], tok.span)

    def attribute(self, items):
        (tok,) = items
        component, figure = tok.text.split(".")
        return nodes.Attribute(component, figure, tok.span)

    def class_figure(self, items):
        tok, flow_class, rsqb = items
        component, figure = tok.text.split(".")
        return nodes.Attribute(component, figure, tok.span.to(rsqb.span), flow_class.text)

    def call(self, items):
        callee, *args, rpar = items
        return nodes.Call(callee.text[:-1], tuple(args), callee.span.to(rpar.span))

    def group(self, items):
        lpar, expr, rpar = items
        # Keep the inner node (its operator decides meaning) but widen its span
        # to the parentheses, so a caret points at the whole group.
        span = lpar.span.to(rpar.span)
        return _with_span(expr, span)

    def range(self, items):
        low, to, high = items
        return nodes.Range(low, high, low.span.to(high.span), to.span)

    def juxtapose(self, items):
        left, right = items
        if id(left) in self.durations and id(right) in self.durations:
            raise BoteError.at("syntax", "two durations side by side", left.span.to(right.span),
                               "the parts of a duration go from days to seconds, e.g. `8h 45m 57s`")
        bare = isinstance(right, nodes.Number) and right.span.end_column - right.span.column == len(right.text)
        if bare and isinstance(left, nodes.Binary) and left.op == "juxtapose" \
                and isinstance(left.right, nodes.Name) and isinstance(left.left, nodes.Number):
            # `1 hour 30 min` would multiply into hours × minutes.
            raise BoteError.at("syntax", "two quantities side by side", left.span.to(right.span),
                               "add them with `+`, e.g. `1 h + 30 min`; a duration also reads as `1h 30m`")
        rightmost = left
        while isinstance(rightmost, nodes.Binary):
            rightmost = rightmost.right
        if isinstance(right, nodes.Number) and isinstance(rightmost, nodes.Number):
            if left is rightmost and left.span.end_column == right.span.column \
                    and left.span.line == right.span.line:
                raise BoteError.at("syntax", f"`{left.text}{right.text}` is not a number", left.span.to(right.span),
                                   "a number has one decimal point, e.g. `1.25`")
            raise BoteError.at("syntax", "two numbers side by side", right.span,
                               "group digits with `_` (`1_000`) or a suffix (`1k`); multiply with `*`")
        return nodes.Binary("juxtapose", left, right, left.span.to(right.span))

    add = _binary_rule("+")
    sub = _binary_rule("-")
    mul = _binary_rule("*")
    div = _binary_rule("/")
    per = _binary_rule("per")
    pow = _binary_rule("^")

    def neg(self, items):
        tok, operand = items
        return nodes.Unary("-", operand, tok.span.to(operand.span))

    def pos(self, items):
        tok, operand = items
        return nodes.Unary("+", operand, tok.span.to(operand.span))

    def not_(self, items):
        tok, operand = items
        return nodes.Unary("not", operand, tok.span.to(operand.span))

    def and_(self, items):
        left, right = items
        return nodes.Logical("and", left, right, left.span.to(right.span))

    def or_(self, items):
        left, right = items
        return nodes.Logical("or", left, right, left.span.to(right.span))

    def compare(self, items):
        left, op, right = items
        return nodes.Compare(op.text, left, right, left.span.to(right.span))

    def within(self, items):
        compare, keyword, tolerance = items
        if not isinstance(compare, nodes.Compare) or compare.op != "==":
            raise BoteError.at("syntax", "`within` gives a tolerance to `==` only", keyword.span,
                               "write `x == y within 5%` (a share of y) or `x == y within 10 TB` (an amount); "
                               "for a bound, compare with `<` or `>`")
        return nodes.Within(compare.left, compare.right, tolerance, compare.span.to(tolerance.span))

    def convert(self, items):
        expr, unit = items
        return nodes.Convert(expr, unit, expr.span.to(unit.span))


def _with_span(node, span: Span):
    return dataclasses.replace(node, span=span)


_BUILDER = _Builder()
_GRAMMAR: str | None = None
#: The generated table and its callbacks, or False when it is stale (see `lalr`).
_FAST: tuple | bool | None = None


def _grammar() -> str:
    global _GRAMMAR
    if _GRAMMAR is None:
        _GRAMMAR = read_text(grammar_file())
    return _GRAMMAR


def _fast():
    """(table, callbacks, lexer) of the generated table, or None when it is stale."""
    global _FAST
    if _FAST is None:
        table = lalr.load(_grammar())
        _FAST = False if table is None else (
            table, lalr.callbacks(table, _BUILDER),
            TableLexer(table.master, table.alternatives, table.keywords, table.ignore, table.kept, table.spaces,
                       lalr.Token))
    return _FAST or None


def _lark():
    """Lark's parser of the grammar (imports Lark: the error path, a stale table)."""
    from bote.language import lark_parser
    return lark_parser.parser(_grammar(), _BUILDER)


def __getattr__(name: str):
    if name == "_Lexer":   # Lark's lexer class, for the grammar cache's tests
        from bote.language.lark_parser import _Lexer
        return _Lexer
    if name == "_TRANSFORMER":   # the builder as Lark runs it, for the same tests
        from bote.language.lark_parser import transformer
        return transformer(_BUILDER)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The parsers, their lexers and the node builder are shared and hold
#: per-parse state (the file name, the open brackets): one parse at a time.
_LOCK = threading.Lock()


def parse(source: str, filename: str = "<input>") -> nodes.Program:
    """Parse bote source into a `Program`, or raise `BoteError` (kind `syntax`)."""
    with _LOCK, collector.paused():
        return _parse(source, filename)


def _parse(source: str, filename: str, table: bool = True) -> nodes.Program:
    """`table=False` parses with Lark alone (tests/test_lalr.py compares the two)."""
    # CRLF and a lone CR are line breaks like LF: with one kind of break the
    # lexer counts lines as every other stage does, and columns are unchanged.
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    lines = source_lines(text) or [""]
    text = text if text.endswith("\n") else text + "\n"
    fast = _fast() if table else None
    if fast is not None:
        parse_table, callbacks, lexer = fast
        _start(filename, lines, lexer)
        try:
            kinds, values = lexer.tokens(text)
            statements = cast(list[nodes.Statement], lalr.parse(parse_table, callbacks, kinds, values,
                                                                lexer.contextual_kinds))
            return nodes.Program(tuple(statements), filename, source)
        except (Bail, lalr.Unexpected):
            pass   # a syntax error: Lark parses again, and its exception says what was expected
        except RecursionError:
            raise BoteError.at("syntax", "expression nested too deeply", Span(filename, 1, 1, 1, 2),
                               "split the expression into named steps") from None
    from lark.exceptions import UnexpectedInput
    parser = _lark()
    lexer = parser.parser.lexer
    _start(filename, lines, lexer)
    try:
        # the _Builder, run inside the parser, turns the tree into statements
        statements = cast(list[nodes.Statement], parser.parse(text))
    except UnexpectedInput as e:
        from bote.language.syntax_errors import (
            syntax_diagnostic,  # the error path only: not at start-up
        )
        raise BoteError(syntax_diagnostic(e, filename, source, lexer.open, lexer.braces)) from None
    except RecursionError:
        raise BoteError.at("syntax", "expression nested too deeply", Span(filename, 1, 1, 1, 2),
                           "split the expression into named steps") from None
    return nodes.Program(tuple(statements), filename, source)


def _start(filename: str, lines: list[str], lexer) -> None:
    _BUILDER.filename = lexer.filename = filename
    _BUILDER.lines = lines
    _BUILDER.durations = set()


def token_rules() -> tuple[re.Pattern[str], dict[str, str]]:
    """The lexer's master pattern (every terminal of the grammar, comments and
    newlines included, as named groups) and its keywords (`component` ->
    `COMPONENT`): for the tools that read a file as tokens (`bote.language.tokens`)."""
    fast = _fast()
    lexer = fast[2] if fast is not None else _lark().parser.lexer
    return lexer.master, lexer.keywords
