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
        return self.tokens(lexer_state.text.text)


_PARSER: Lark | None = None


def parser(grammar: str, builder) -> Lark:
    """Lark's parser of `grammar`, made once (the grammar text never changes in a process)."""
    global _PARSER
    if _PARSER is None:
        _PARSER = grammar_cache.build(grammar, _Lexer, builder)
    return _PARSER
