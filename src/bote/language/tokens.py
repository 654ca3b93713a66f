"""A bote source as the lexer sees it, comments and line breaks included: the
tokens the formatter lays out and the editor matches brackets on.

The terminals are the grammar's own (`bote.language.parse.token_rules`), so a
token the grammar gains is a token here without a change. What the parser
drops is kept: comments (`COMMENT`), each line break (`NL`, one per break,
even inside parentheses, where the parser reads on) and a backslash that
continues a line (`CONTINUATION`). Spaces and tabs are not tokens; each token
records whether any came before it on its line (`spaced`). A character no
terminal matches is an `ERROR` token of its own, so text being typed still
tokenizes.
"""
from __future__ import annotations

from bote.dataclasses_compiled import dataclass
from bote.language.parse import token_rules

COMMENT, NL, CONTINUATION, ERROR = "COMMENT", "NL", "CONTINUATION", "ERROR"

#: Brackets by their text: what opens, what closes, and their pairs.
OPENING = frozenset("([{")
CLOSING = frozenset(")]}")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str          # a terminal's name (`NAME`, `NUMBER`, `LBRACE`, `COMPONENT`, ...), or one above
    text: str
    line: int          # 1-based
    column: int        # 1-based, in characters
    spaced: bool       # a space or tab before it on its line

    @property
    def end_column(self) -> int:
        """One past its last character (on its line: no token but `NL` spans two)."""
        return self.column + len(self.text)

    @property
    def opens(self) -> bool:
        """`(`, `{`, `[`, or a call's `name(`."""
        return self.text[-1:] in OPENING

    @property
    def closes(self) -> bool:
        return self.text in CLOSING


def tokenize(source: str) -> list[Token]:
    """Every token of `source`, in order. CRLF and a lone CR are line breaks
    like LF (as the parser reads them); a line break is one `NL` token, and a
    blank line is two in a row."""
    master, keywords = token_rules()
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    out: list[Token] = []
    pos, line, line_start, end = 0, 1, 0, len(text)
    spaced = False
    while pos < end:
        m = master.match(text, pos)
        column = pos - line_start + 1
        if m is None or m.end() == pos:
            out.append(Token(ERROR, text[pos], line, column, spaced))
            pos, spaced = pos + 1, False
            continue
        kind, value = m.lastgroup or ERROR, m.group()
        if kind == "_NL":
            for _ in range(value.count("\n")):
                out.append(Token(NL, "\n", line, column, spaced))
                line, column, spaced = line + 1, 1, False
            line_start = m.end()
        elif "\n" in value:      # a backslash and its line break: the statement goes on
            out.append(Token(CONTINUATION, "\\", line, column, spaced))
            line, line_start, spaced = line + 1, m.end(), False
        elif not value.strip():  # spaces and tabs
            spaced = True
        else:
            if kind == "CALL" and value[:-1] in keywords:
                # `not(x > 1)` is the keyword and a parenthesis, as the parser's lexer reads it
                out.append(Token(keywords[value[:-1]], value[:-1], line, column, spaced))
                out.append(Token("LPAR", "(", line, column + len(value) - 1, False))
            else:
                if kind == "NAME":
                    kind = keywords.get(value, kind)
                out.append(Token(kind, value, line, column, spaced))
            spaced = False
        pos = m.end()
    return out


def code_tokens(tokens: list[Token]) -> list[Token]:
    """The tokens the parser reads: no comments, line breaks or continuations."""
    return [t for t in tokens if t.kind not in (COMMENT, NL, CONTINUATION)]


def matching_braces(tokens: list[Token]) -> list[tuple[Token, Token | None]]:
    """Each `{` with the `}` that closes it (None when none does), in the
    order the braces open."""
    pairs: list[tuple[Token, Token | None]] = []
    open_at: list[int] = []
    for t in tokens:
        if t.text == "{":
            open_at.append(len(pairs))
            pairs.append((t, None))
        elif t.text == "}" and open_at:
            i = open_at.pop()
            pairs[i] = (pairs[i][0], t)
    return pairs
