"""bote's lexer: the grammar's terminals matched by one regular expression.

Lark-free, so that a check parses with the generated table (`bote.language.lalr`)
without importing Lark; `bote.language.lark_parser` runs the same loop inside
Lark's parser (which the error path and a stale table use).

Lark's generic lexer costs about 3 µs a token; this one matches the same
terminals, in the order Lark's basic lexer tries them, with one compiled
regular expression, and does the newline handling a post-lexer would:
a newline inside parentheses continues the statement.  It also remembers
which brackets are open, so a missing `)` or `}` is reported where it
opened, not wherever the parser finally gives up.
"""
from __future__ import annotations

import re

from bote.errors import BoteError, Span

#: Deeper nesting than this is certainly a mistake (or an attack), and would
#: otherwise exhaust Python's stack in later stages.
MAX_NESTING = 200

#: Words that are keywords in one place only, and names elsewhere (a
#: component, a binding or a unit may be called `batch`): the lexer makes
#: one its keyword only where the parser would shift it (`takes`).
CONTEXTUAL_KEYWORDS = ("batch",)

#: The terminals the lexer keeps a count of (open parentheses and braces).
_BRACKETS = frozenset({"LPAR", "CALL", "RPAR", "LBRACE", "RBRACE"})

#: A digit, a comma and exactly three digits: how people group thousands.
_GROUPED_THOUSANDS = re.compile(r"\d,\d{3}(?![\w.])")


def lexer_rules(terminals, ignore) -> tuple[str, dict[str, str], list[str]]:
    """From Lark's terminal definitions: the master pattern (one named group
    per terminal, in the order Lark's basic lexer tries them), the keywords
    (string terminals spelled like names: lexed as NAME, then renamed) and
    the terminals to skip."""
    from lark.lexer import PatternStr  # generation and the Lark path only
    terminals = sorted(terminals, key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name))
    name_re = re.compile(next(t.pattern.to_regexp() for t in terminals if t.name == "NAME"))
    keywords = {t.pattern.value: t.name for t in terminals
                if isinstance(t.pattern, PatternStr) and name_re.fullmatch(t.pattern.value)}
    alternatives = [f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in terminals
                    if t.pattern.value not in keywords]
    return "|".join(alternatives), keywords, sorted(ignore)


def _span(filename: str, tok) -> Span:
    return Span(filename, tok.line, tok.column, tok.end_line, tok.end_column)


class TokenStream:
    """The lexer's rules and its per-parse state (the file name, the open
    brackets).  `token_class` makes a token (Lark's `Token`, or
    `lalr.Token`); `unexpected(text, pos, line, column)` is the exception for
    a character no terminal matches."""

    def __init__(self, master: str, keywords: dict[str, str], ignore, token_class, unexpected) -> None:
        self.master = re.compile(master)
        self.keywords = dict(keywords)
        self.contextual = {word: self.keywords.pop(word) for word in CONTEXTUAL_KEYWORDS if word in self.keywords}
        self.ignore = frozenset(ignore)
        self.token_class, self.unexpected = token_class, unexpected
        self.open: list = []
        self.braces: list = []
        self.filename = "<input>"

    def tokens(self, text: str, takes=None):
        """The tokens of `text`, lazily (the parser pulls them one at a time).
        `takes(terminal)`: whether the parser, as it stands, would shift that
        terminal next; a contextual keyword is one only where it would."""
        Token, unexpected = self.token_class, self.unexpected
        match = self.master.match
        keywords, ignore, contextual = self.keywords, self.ignore, self.contextual
        opened: list = []
        braces: list = []
        self.open, self.braces = opened, braces
        pos, line, line_start, end = 0, 1, 0, len(text)
        while pos < end:
            m = match(text, pos)
            if m is None:
                raise unexpected(text, pos, line, pos - line_start + 1)
            kind, value = m.lastgroup, m.group()
            if kind in ignore:   # spaces, a comment, a backslash and its line break
                if "\n" in value:
                    line += value.count("\n")
                    line_start = pos + value.rindex("\n") + 1
                pos = m.end()
                continue
            column = pos - line_start + 1
            if kind == "NAME":
                kind = keywords.get(value, kind)
                if value in contextual and takes is not None and takes(contextual[value]):
                    kind = contextual[value]
            elif kind == "CALL" and value[:-1] in keywords:
                # `not(x > 1)` is the keyword and a parenthesis, not a call.
                yield Token(keywords[value[:-1]], value[:-1], pos, line, column, line, column + len(value) - 1,
                            m.end() - 1)
                pos, value, kind = m.end() - 1, "(", "LPAR"
                column = pos - line_start + 1
            elif value == "," and opened and opened[-1].type == "CALL" \
                    and _GROUPED_THOUSANDS.match(text, max(0, pos - 1)):
                # `max(1,000, x)` would silently be max(1, 0, x).
                from bote.language.syntax_errors import (
                    grouped_hint,
                    thousands_separator,
                )
                grouped = thousands_separator(text, pos)
                written = grouped[2] if grouped else text[pos - 1: pos + 4]
                raise BoteError.at("syntax", f"`{written}` in a call reads as two arguments",
                                   Span(self.filename, line, column, line, column + 1),
                                   (grouped_hint(written) if grouped else "group digits with `_`")
                                   + "; put a space after the comma for two arguments")
            tok = Token(kind, value, pos, line, column, line, column + len(value), pos + len(value))
            if kind in _BRACKETS:
                if kind == "LPAR" or kind == "CALL":
                    opened.append(tok)
                    if len(opened) > MAX_NESTING:
                        raise BoteError.at("syntax", f"parentheses nested more than {MAX_NESTING} deep",
                                           _span(self.filename, tok), "split the expression into named steps")
                elif kind == "RPAR":
                    if opened:
                        opened.pop()
                elif kind == "LBRACE":
                    braces.append(tok)
                elif braces:   # RBRACE
                    braces.pop()
            if kind != "_NL":
                yield tok
            else:
                if not opened:
                    yield tok
                line += value.count("\n")
                line_start = pos + value.rindex("\n") + 1
            pos = m.end()
