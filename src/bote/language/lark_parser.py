"""The parser Lark builds from `grammar/bote.lark`, with bote's lexer.

`bote.language.parse` uses it only when the generated table cannot serve:
to report a syntax error (Lark's exceptions carry what `syntax_errors`
explains), and when the table is stale (the grammar changed since
`python -m bote.language.lalr_gen` last ran).  The grammar is compiled
once and cached in bote's cache folder as JSON data (`grammar_cache`).
"""
from __future__ import annotations

from lark import Lark, Token
from lark.exceptions import UnexpectedCharacters
from lark.lexer import Lexer

from bote.errors import Span
from bote.language import grammar_cache, lalr
from bote.language.lexing import TokenStream, lexer_rules


class _Lexer(Lexer, TokenStream):
    """bote's lexer (`lexing.TokenStream`) inside Lark's parser, making Lark's tokens."""

    __future_interface__ = 2

    def __init__(self, lexer_conf) -> None:
        master, keywords, ignore = lexer_rules(lexer_conf.terminals, lexer_conf.ignore)
        TokenStream.__init__(self, master, keywords, ignore, Token, UnexpectedCharacters)

    def lex(self, lexer_state, parser_state):
        return self.tokens(lexer_state.text.text, lambda terminal: _takes(parser_state, terminal))


def _takes(parser_state, terminal: str) -> bool:
    """Whether Lark's LALR parser, in its state now, shifts `terminal` next:
    the reductions it would make first are run on a copy of the state stack
    only (no node is built), since LALR's merged lookaheads also let some
    states reduce on it where it can never be shifted."""
    from lark.parsers.lalr_analysis import Shift
    states = parser_state.parse_conf.states
    stack = list(parser_state.state_stack)
    while True:
        action = states[stack[-1]].get(terminal)
        if action is None:
            return False
        kind, arg = action
        if kind is Shift:
            return True
        if arg.expansion:
            del stack[-len(arg.expansion):]
        goto = states[stack[-1]].get(arg.origin.name)
        if goto is None:
            return False
        stack.append(goto[1])


class _Transformer:
    """The node builder as Lark's transformer: each rule's method, with
    Lark's tokens among the children made bote's (`lalr.Token`, as the
    generated table's lexer makes them)."""

    def __init__(self, builder) -> None:
        self._builder = builder

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        method = getattr(self._builder, name)   # none: Lark builds a tree, as for the builder itself

        def callback(children):
            return method([_token(c, self._builder.filename) if isinstance(c, Token) else c for c in children])
        return callback


def _token(tok: Token, filename: str) -> lalr.Token:
    # A token of bote's lexer never spans lines: its end is on its own line.
    return lalr.Token(str(tok), Span(filename, tok.line, tok.column, tok.line, tok.end_column))  # type: ignore[arg-type]


_PARSER: Lark | None = None


def parser(grammar: str, builder) -> Lark:
    """Lark's parser of `grammar`, made once (the grammar text never changes in a process)."""
    global _PARSER
    if _PARSER is None:
        _PARSER = grammar_cache.build(grammar, _Lexer, transformer(builder))
    return _PARSER


def transformer(builder) -> _Transformer:
    """The node builder as the transformer of Lark's parser."""
    return _Transformer(builder)
