"""bote's lexer: the grammar's terminals matched by one regular expression.

Lark-free, so that a check parses with the generated table (`bote.language.lalr`)
without importing Lark.  Two lexers of the same terminals: `TableLexer`
reads the whole text at once for the table's parser; `TokenStream` hands
tokens out one at a time, and `bote.language.lark_parser` runs it inside
Lark's parser (which the error path and a stale table use), so an error is
reported where Lark's parser meets it.

Lark's generic lexer costs about 3 µs a token; this one matches the same
terminals, in the order Lark's basic lexer tries them, with one compiled
regular expression, and does the newline handling a post-lexer would:
a newline inside parentheses continues the statement.  It also remembers
which brackets are open, so a missing `)` or `}` is reported where it
opened, not wherever the parser finally gives up.
"""
from __future__ import annotations

import functools
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
    alternatives, keywords = lexer_alternatives(terminals)
    return "|".join(f"(?P<{name}>{regexp})" for name, regexp in alternatives), keywords, sorted(ignore)


def lexer_alternatives(terminals) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Each terminal the lexer matches, with its regular expression, in the
    order Lark's basic lexer tries them; and the keywords (see `lexer_rules`)."""
    from lark.lexer import PatternStr  # generation and the Lark path only
    terminals = sorted(terminals, key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name))
    name_re = re.compile(next(t.pattern.to_regexp() for t in terminals if t.name == "NAME"))
    keywords = {t.pattern.value: t.name for t in terminals
                if isinstance(t.pattern, PatternStr) and name_re.fullmatch(t.pattern.value)}
    return [(t.name, t.pattern.to_regexp()) for t in terminals if t.pattern.value not in keywords], keywords


def _span(filename: str, tok) -> Span:
    return Span(filename, tok.line, tok.column, tok.end_line, tok.end_column)


class TokenStream:
    """The lexer's rules and its per-parse state (the file name, the open
    brackets), for Lark's parser (the table's has `TableLexer`).
    `token_class` makes a token (Lark's `Token`); `unexpected(text, pos,
    line, column)` is the exception for a character no terminal matches."""

    def __init__(self, master: str, keywords: dict[str, str], ignore, token_class, unexpected) -> None:
        self.master = re.compile(master)
        self.keywords = dict(keywords)
        self.contextual = {word: self.keywords.pop(word) for word in CONTEXTUAL_KEYWORDS if word in self.keywords}
        self.ignore = frozenset(ignore)
        self.token_class, self.unexpected = token_class, unexpected
        self.open: list = []
        self.braces: list = []
        self.filename = "<input>"

    def tokens(self, text: str, takes):
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
                if value in contextual and takes(contextual[value]):
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


class Bail(Exception):
    """Input `TableLexer` does not lex: a character no terminal matches, or a
    mistake the lexer itself reports.  The caller parses again with Lark and
    `TokenStream`, which raise the error where the parser reaches it."""


class TableLexer:
    """The lexer of the generated table's parser (`bote.language.lalr`): the
    same tokens as `TokenStream`, for the whole text at once.

    It makes a token object only for the terminals the tree keeps (`kept`:
    a name, a number, not `=` or a line break), and skips spaces in the same
    match as the token after them: the big file's 169,000 matches were
    107,000 tokens.  A contextual keyword (`batch`) is left to the parser as
    a kind of its own, the word and a `?` (`batch?`: no grammar symbol is
    spelled so, where the bare word is also the rule `batch`, whose goto the
    table holds beside the terminals' actions), which the parser resolves to
    the keyword or a name where the table has no action for it
    (`contextual_kinds`).  On anything unusual (a character no
    terminal matches, a mistake `TokenStream` reports, nesting past
    `MAX_NESTING`) it raises `Bail`, and `TokenStream` runs instead."""

    def __init__(self, master: str, alternatives, keywords: dict[str, str], ignore, kept, spaces,
                 token_class) -> None:
        self._master = master
        self.keywords = dict(keywords)
        self.contextual = {word: self.keywords.pop(word) for word in CONTEXTUAL_KEYWORDS if word in self.keywords}
        #: The parser's view of them: `batch?` -> BATCH (see the class's docstring).
        self.contextual_kinds = {f"{word}?": keyword for word, keyword in self.contextual.items()}
        self.token_class = token_class
        self.filename = "<input>"
        skip = "|".join(spaces) or "(?!)"
        # The spaces before a token are group 1; each terminal's pattern is
        # followed by an empty group named after it, which tells which one
        # matched (the match's `lastindex`): a group around the pattern, as
        # in `master`, would hide from the regular expression engine the
        # first character each alternative needs, and it would try each in
        # turn (a fifth of the matching time).  Any other character is a
        # group of its own, so that every match starts where the last one
        # ended (a gap would be a lexing error).
        branches = "|".join(f"(?:{regexp})(?P<{name}>)" for name, regexp in alternatives)
        self.scan = re.compile(f"((?:{skip})*)(?:{branches}|(?s:.)(?P<_ERROR>))")
        # What each group index is (the tokens dispatch on the match's `lastindex`).
        names = dict.fromkeys(range(self.scan.groups + 1), "")
        names.update({i: name for name, i in self.scan.groupindex.items()})
        self.names = [names[i] for i in range(len(names))]
        group = self.scan.groupindex
        self.ignore_groups = frozenset(group[n] for n in ignore if n in group)
        self.kept_groups = frozenset(group[n] for n in kept if n in group and n != "NAME")

    @functools.cached_property
    def master(self) -> re.Pattern[str]:
        """The pattern `TokenStream.master` is, for `parse.token_rules`
        (compiled on demand: a check never asks)."""
        return re.compile(self._master)

    def tokens(self, text: str) -> tuple[list[str], list]:
        """The terminal of each token of `text`, and its token (None for a
        terminal no rule keeps)."""
        Token, filename, new = self.token_class, self.filename, tuple.__new__
        keywords, names = self.keywords, self.names
        # A name's terminal: NAME, a keyword's, or a contextual keyword's own kind (`batch?`).
        name_kind = {**{word: f"{word}?" for word in self.contextual}, **keywords}.get
        group = self.scan.groupindex
        NAME, NEWLINE, ERROR = group["NAME"], group["_NL"], group["_ERROR"]
        CALL, LPAR, RPAR, COMMA = group["CALL"], group["LPAR"], group["RPAR"], group["COMMA"]
        IGNORE, KEPT = self.ignore_groups, self.kept_groups
        kinds: list[str] = []
        values: list = []
        add_kind, add_value = kinds.append, values.append
        depth = 0   # open parentheses (`(` or a call's): a line break inside continues the statement
        calls: list[bool] = []   # for each open parenthesis, whether it is a call's
        line, line_start = 1, 0
        for m in self.scan.finditer(text):
            i: int = m.lastindex   # type: ignore[assignment]  # each alternative is a group
            if i == NAME:
                start, end = m.end(1), m.end()
                value = text[start:end]
                add_kind(name_kind(value, "NAME"))
                add_value(new(Token, (value, Span(filename, line, start - line_start + 1, line, end - line_start + 1))))
            elif i in KEPT:
                start = m.end(1)
                kind, value = names[i], text[start:m.end()]
                column = start - line_start + 1
                if i == CALL:
                    if value[:-1] in keywords:
                        # `not(x > 1)` is the keyword and a parenthesis, not a call.
                        add_kind(keywords[value[:-1]])
                        add_value(new(Token, (value[:-1], Span(filename, line, column, line, column + len(value) - 1))))
                        kind, value, column = "LPAR", "(", column + len(value) - 1
                        calls.append(False)
                    else:
                        calls.append(True)
                    depth += 1
                elif i == LPAR:
                    calls.append(False)
                    depth += 1
                elif i == RPAR and depth:
                    depth -= 1
                    calls.pop()
                if depth > MAX_NESTING:
                    raise Bail
                add_kind(kind)
                add_value(new(Token, (value, Span(filename, line, column, line, column + len(value)))))
            elif i == NEWLINE:
                if not depth:
                    add_kind("_NL")
                    add_value(None)
                start = m.end(1)
                value = text[start:m.end()]
                line += value.count("\n")
                line_start = start + value.rindex("\n") + 1
            elif i in IGNORE:   # a comment, a backslash and its line break
                start = m.end(1)
                value = text[start:m.end()]
                if "\n" in value:
                    line += value.count("\n")
                    line_start = start + value.rindex("\n") + 1
            elif i == ERROR:
                raise Bail
            else:
                if i == COMMA and depth and calls[-1] and _GROUPED_THOUSANDS.match(text, max(0, m.end(1) - 1)):
                    raise Bail   # `max(1,000, x)`: `TokenStream` says why
                add_kind(names[i])
                add_value(None)
        return kinds, values
