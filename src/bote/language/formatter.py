"""`bote fmt`: one canonical layout for a bote source, laid out from its tokens
(`bote.language.tokens`), so syntax the grammar gains is kept as written.

The layout:
- one statement a line; a block's `{` ends its line and its `}` has a line
  of its own (`component x { load = 5 }` opens up; an empty block is `{}`);
- two spaces of indent per block (components, flows, variants), four more
  on a line that continues a statement (inside brackets, or after `\\`);
- one space around `=`, `->`, `+`, `-`, `*`, the comparisons and the word
  operators (`per`, `to`, `within`, `and`, `or`, `not`), none inside
  brackets or before a comma, one after it, none after a sign (`-5`);
  `/` and `^` keep the author's choice of tight or spaced (a unit reads
  `req/s`, a power `2 s^2`, which is 2 s², where `2 s ^ 2` would suggest
  (2 s)²); a number and its unit, glued or spaced, stay so (`10ms`, `2B`
  is two billion, `2 B` is not);
- the `=` of the statements of one block aligned, group by group (a blank
  line, or a statement without `=`, starts a new group);
- comments kept, each on its line: a whole-line comment at its block's
  indent, a comment after code (a `# =>` result too) at its column when the
  code still ends two spaces before it, else two spaces after the code;
- no spaces at line ends, at most one blank line in a row, none at the
  start or end of the file or just inside a block's braces; the file ends
  in one line break, the kind it used (CRLF stays CRLF).

Formatting changes nothing the parser reads: the result is checked to have
the same tokens as the source, in the same order, before it is returned.
"""
from __future__ import annotations

from dataclasses import field

from bote.dataclasses_compiled import dataclass
from bote.errors import LINE_BREAK
from bote.language.parse import parse, token_rules
from bote.language.tokens import COMMENT, CONTINUATION, NL, Token, code_tokens, tokenize

INDENT = "  "
CONTINUED = "    "

#: Operators written with one space on each side (by their text).
_SPACED = frozenset({"=", "->", "*", "+", "-", "==", "!=", "<", ">", "<=", ">="})
#: Operators that keep the author's choice of tight or spaced.
_AS_WRITTEN = frozenset({"/", "^", "**"})
_SIGNS = frozenset({"+", "-"})


def _keywords() -> frozenset[str]:
    return frozenset(token_rules()[1].values())


@dataclass
class _Line:
    depth: int
    source_line: int
    tokens: list[Token] = field(default_factory=list)
    comment: Token | None = None
    continued: bool = False        # continues the statement of the line before
    backslash: bool = False        # ends in `\`
    blank_before: bool = False
    code: str = ""                 # laid out, without indent or comment
    lhs: str | None = None         # `name` of `name = ...`, when aligned
    rhs: str = ""


def format_source(source: str, filename: str = "<input>") -> str:
    """`source` in bote's canonical layout. Raises `BoteError` when it does
    not parse (a file is formatted only when its meaning is known)."""
    parse(source, filename)
    first_break = LINE_BREAK.search(source)
    eol = first_break.group() if first_break else "\n"
    tokens = tokenize(source)
    original = [(t.kind, t.text) for t in code_tokens(tokens)]
    lines = _Layout(tokens, _keywords()).lines()
    text = _text(lines, source)
    if [(t.kind, t.text) for t in code_tokens(tokenize(text))] != original:  # pragma: no cover - a bug in bote
        raise AssertionError("bote fmt would change the tokens of the file; this is a bug in bote")
    return text.replace("\n", eol) if eol != "\n" else text


class _Layout:
    """Tokens into output lines, each with its depth, code and comment."""

    def __init__(self, tokens: list[Token], keywords: frozenset[str]):
        self.tokens = tokens
        self.keywords = keywords
        self.out: list[_Line] = []
        self.depth = 0          # braces open
        self.inline = 0         # braces open inside a flow's chain (`-> gateway { ... }`)
        self.brackets = 0       # parentheses and square brackets open
        self.blank = False      # a blank line seen since the last line ended
        self.forced = False     # the last line was ended by a brace, not a line break
        self.current = _Line(0, 1)

    def lines(self) -> list[_Line]:
        tokens = self.tokens
        for i, t in enumerate(tokens):
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if t.kind == NL:
                if self.current.tokens or self.current.comment:
                    self._end()
                elif self.forced:
                    self.forced = False
                else:
                    if self.current.continued and not self.brackets and self.out and self.out[-1].backslash:
                        # `x = 1 \` before a blank line: the blank line ends the
                        # statement (joined to the next line, it would run on into it).
                        self.out[-1].backslash = False
                        self.current.continued = False
                    self.blank = True
                continue
            if t.kind == CONTINUATION:
                if not self.current.tokens and self.current.comment is None:
                    continue   # a `\` alone on its line, or after a brace that ended one: it joins nothing
                self.current.backslash = True
                self._end(continued=True)
                continue
            if t.kind == COMMENT:
                self._comment(t)
                continue
            self.forced = False
            if t.text == "}" and self.inline:
                self.inline -= 1   # the end of `-> gateway { service_time = 2 ms }`
                self._add(t)
                continue
            first = self._statement_start() if t.text == "{" else None
            if first is not None and first.text not in ("component", "flow", "variant"):
                # A flow's settings at one component of a chain stay on the chain's line.
                self.inline += 1
                self._add(t)
                continue
            if t.text == "}":
                if self.current.tokens and self.current.tokens[-1].text != "{":
                    self._end(forced=True)
                self.depth = max(0, self.depth - 1)
                if not self.current.tokens:
                    self.current.depth = self.depth
                    self.current.blank_before = False
                self._add(t)
                if after is not None and after.kind not in (NL, COMMENT):
                    self._end(forced=True)
                continue
            self._add(t)
            if t.text == "{":
                self.depth += 1
                if after is not None and after.kind not in (NL, COMMENT) and after.text != "}":
                    self._end(forced=True)
            elif t.opens:
                self.brackets += 1
            elif t.closes:
                self.brackets = max(0, self.brackets - 1)
        if self.current.tokens or self.current.comment:
            self._end()
        return self.out

    def _statement_start(self) -> Token | None:
        """The first token of the statement the current line is in (a line
        continued with a backslash is in the statement of the line before)."""
        lines = [self.current]
        while lines[-1].continued and len(lines) <= len(self.out):
            lines.append(self.out[-len(lines)])
        return next((x.tokens[0] for x in reversed(lines) if x.tokens), None)

    def _add(self, t: Token) -> None:
        if not self.current.tokens and self.current.comment is None:
            self.current.source_line = t.line
            self.current.blank_before = self.blank and not self.current.continued
            self.blank = False
        self.current.tokens.append(t)

    def _comment(self, t: Token) -> None:
        # A comment stays with the first line its source line became: after
        # `component x { load = 5 }  # => 1 + 1`, on `component x {`.
        owner = next((line for line in self.out if line.source_line == t.line and line.tokens), None)
        if owner is None and self.current.tokens:
            owner = self.current
        if owner is not None and owner.comment is None:
            owner.comment = t
            return
        self.current.source_line = t.line
        self.current.comment = t
        self.current.blank_before = self.blank and not self.current.continued
        self.blank = False

    def _end(self, forced: bool = False, continued: bool = False) -> None:
        line = self.current
        opened = bool(self.out) and bool(self.out[-1].tokens) and self.out[-1].tokens[-1].text == "{"
        closing = bool(line.tokens) and line.tokens[0].text == "}"
        if not self.out or opened or closing:
            line.blank_before = False
        self.out.append(line)
        self.forced = forced
        self.current = _Line(self.depth, line.source_line, continued=continued or self.brackets > 0)


def _text(lines: list[_Line], source: str) -> str:
    keywords = _keywords()
    before: tuple[Token | None, Token | None] = (None, None)
    for line in lines:
        before = _lay_out(line, before, keywords)
    _align(lines)
    source_lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    for line in lines:
        if line.blank_before:
            out.append("")
        indent = INDENT * line.depth + (CONTINUED if line.continued else "")
        code = line.code
        if line.lhs is not None:
            code = line.lhs + " = " + line.rhs
        text = (indent + code).rstrip() if code else ""
        if line.backslash:
            text += " \\"
        if line.comment is not None:
            comment = line.comment.text.rstrip()
            if not text:
                text = indent + comment
            else:
                # Columns as the eye sees them: a tab inside the code (`1h\t30m`) counts to its stop.
                written_at = len(_expanded(source_lines[line.comment.line - 1][: line.comment.column - 1]))
                text += " " * max(2, written_at - len(_expanded(text))) + comment
        out.append(text)
    return "\n".join(out) + "\n" if out else ""


def _expanded(prefix: str) -> str:
    return prefix.expandtabs(8)


def _lay_out(line: _Line, before: tuple[Token | None, Token | None],
            keywords: frozenset[str]) -> tuple[Token | None, Token | None]:
    """Fill `line.code` (and `lhs`/`rhs` for a statement `name = ...`).
    `before` is the last two tokens before the line (whether a sign is unary
    depends on them), and the line's last two are returned."""
    parts: list[str] = []
    equals = _equals_at(line, keywords)
    lhs: list[str] = []
    earlier, previous = before
    tokens = line.tokens
    for i, t in enumerate(tokens):
        if i == equals:
            lhs, parts = parts, []
        elif parts:
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            parts.append(_gap(earlier, previous, t, after, keywords))
        if i != equals:
            parts.append(t.text)
        earlier, previous = previous, t
    if equals is not None:
        line.lhs, line.rhs = "".join(lhs), "".join(parts)
    else:
        line.code = "".join(parts)
    return earlier, previous


def _equals_at(line: _Line, keywords: frozenset[str]) -> int | None:
    """Where the `=` of `name = ...` is (outside brackets), for a statement
    line inside a block; None for any other line."""
    if line.depth == 0 or line.continued or not line.tokens or line.tokens[0].kind in keywords:
        return None
    depth = 0
    for i, t in enumerate(line.tokens):
        if t.opens:
            depth += 1
        elif t.closes:
            depth -= 1
        elif t.text == "=" and depth == 0:
            return i if i > 0 and i + 1 < len(line.tokens) else None
    return None


def _align(lines: list[_Line]) -> None:
    """Pad the names before `=` to one width, group by group."""
    group: list[_Line] = []

    def close() -> None:
        width = max((len(x.lhs or "") for x in group), default=0)
        for x in group:
            x.lhs = (x.lhs or "").ljust(width)
        group.clear()

    for line in lines:
        if line.continued:
            continue
        if line.blank_before or (group and line.depth != group[0].depth):
            close()
        if line.lhs is not None:
            group.append(line)
        elif line.tokens:
            close()
    close()


def _value_end(t: Token | None, keywords: frozenset[str]) -> bool:
    """Whether a value ends with `t` (then a sign after it is an operator)."""
    if t is None or t.kind in keywords or t.opens or t.text in ",=":
        return False
    return t.text not in _SPACED and t.text not in _AS_WRITTEN


def _gap(earlier: Token | None, previous: Token | None, t: Token, after: Token | None,
         keywords: frozenset[str]) -> str:
    """The space between `previous` and `t` on one line (`earlier` came
    before `previous`, `after` comes after `t`)."""
    if previous is None:
        return ""
    p, n = previous.text, t.text
    if previous.opens and p != "{":
        return ""
    if n in (")", "]", ",", ";"):
        return ""
    if p in (",", ";", "{") or n == "{":
        return " "
    if n == "}":
        return "" if p == "{" else " "
    if p in _SIGNS and not _value_end(earlier, keywords):
        return ""   # a sign: `-5`
    if n in _AS_WRITTEN:
        return " " if t.spaced or (after is not None and after.spaced) else ""
    if p in _AS_WRITTEN:
        return " " if t.spaced or previous.spaced else ""
    if n in _SPACED or p in _SPACED or previous.kind in keywords or t.kind in keywords:
        return " "
    if n == "(":
        return " "   # after a value, a group: never glued (`min (x)` is not a call)
    return " " if t.spaced else ""


__all__ = ["format_source"]
