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

from bote.language import grammar_cache
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


_PARSER: Lark | None = None


def parser(grammar: str, builder) -> Lark:
    """Lark's parser of `grammar`, made once (the grammar text never changes in a process)."""
    global _PARSER
    if _PARSER is None:
        _PARSER = grammar_cache.build(grammar, _Lexer, builder)
    return _PARSER
