"""Syntax errors people can act on.

Lark reports what token it did not expect and which it would have taken;
this module turns that into `FILE:LINE:COL` messages with a hint ("the line
ends where a value was expected", "`=>` is not an operator", "this `(` is
never closed", "a call has no space before `(`").
"""
from __future__ import annotations

import re
import unicodedata
from typing import cast

from lark import Token
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from bote.errors import Diagnostic, Span, source_lines

_DESCRIBE = {
    "_NL": "end of line", "$END": "end of input", "NAME": "a name", "NUMBER": "a number",
    "LPAR": "`(`", "RPAR": "`)`", "CALL": "a function call", "DURATION": "a duration", "DOTTED": "a figure like `db.instances`",
    "EQUAL": "`=`", "COMMA": "`,`", "LBRACE": "`{`", "RBRACE": "`}`", "PLUS": "`+`", "MINUS": "`-`",
    "STAR": "`*`", "SLASH": "`/`", "POW": "`^`", "COMPARE": "a comparison", "__ANON_0": "`->`",
    "SYMBOL": "a unit", "TO": "`to`", "ASSERT": "`assert`", "NOT": "`not`",
}


def _describe_token(tok: Token) -> str:
    if tok.type in ("_NL", "$END"):
        return _DESCRIBE[tok.type]
    return f"`{tok}`"


def _describe_expected(expected: set[str]) -> str:
    names = sorted({_DESCRIBE.get(e, f"`{e.lower()}`" if e.isalpha() else e) for e in expected})
    if len(names) > 6:
        names = names[:6] + ["..."]
    return ", ".join(names)


def _unusual_character(char: str, source: str, pos: int) -> tuple[str, str] | None:
    """The message and hint for a character no editor shows as what it is:
    binary data, an invisible one (a zero-width space, a bidi control, a
    no-break space) or a digit that is not 0-9 (`١٢٣`, `１２３`, `²`)."""
    category = unicodedata.category(char) if char else ""
    if char == "\x00" or category == "Cc" and char not in "\t\r\n":
        return "this is not a bote file: it contains binary data", "bote reads UTF-8 text"
    name = unicodedata.name(char, None) or {"Co": "a private-use character", "Cs": "a lone surrogate"}.get(
        category, "an unassigned character")
    described = f"U+{ord(char):04X} ({name.lower()})"
    if category == "Zs":
        return f"unexpected space character {described}", "replace it with a plain space"
    if category in ("Cf", "Zl", "Zp"):
        return f"unexpected invisible character {described}", "delete it: most editors do not show it"
    if category in ("Co", "Cn", "Cs"):
        return f"unexpected character {described}", "delete it"
    if unicodedata.digit(char, None) is not None:
        start = pos
        while start > 0 and (source[start - 1].isalnum() or source[start - 1] in "_."):
            start -= 1
        word = re.match(r"[\w.]*", source[start:]).group()  # type: ignore[union-attr] # always matches
        if char.isdecimal():
            ascii_digits = "".join(str(unicodedata.digit(c)) if c.isdecimal() else c for c in word)
            return (f"unexpected digit `{char}` {described}",
                    f"write numbers with the digits 0-9: `{ascii_digits}`")
        return f"unexpected character `{char}` {described}", f"write a power with `^`, e.g. `x ^ {unicodedata.digit(char)}`"
    return None


def syntax_diagnostic(e: UnexpectedInput, filename: str, source: str, open_parens: list[Token],
                       open_braces: list[Token]) -> Diagnostic:
    lines = source_lines(source) or [""]
    if isinstance(e, UnexpectedCharacters):
        line, col = e.line, e.column
        # lark declares `pos_in_stream = None` on the class; UnexpectedCharacters sets the lexer's index
        pos = cast(int, e.pos_in_stream)
        char = source[pos] if pos < len(source) else ""
        span = Span(filename, line, col, line, col + 1)
        if char in "\u2028\u2029\x85\x1c\x1d\x1e":
            return Diagnostic("syntax", f"U+{ord(char):04X} is not a line break in bote", span,
                              "end lines with a newline (LF, CRLF or CR)")
        if unusual := _unusual_character(char, source, pos):
            message, hint = unusual
            return Diagnostic("syntax", message, span, hint)
        if source.startswith("~=", pos) or source.startswith("≈", pos):
            return Diagnostic("syntax", "bote has no `~=`", span, "write `x == y within 5%` for nearly equal")
        line_before = source[source.rfind("\n", 0, pos) + 1:pos]
        if char == ":" and re.fullmatch(r"[ \t]*[A-Za-z_][A-Za-z0-9_]*[ \t]*", line_before):
            key = line_before.strip()
            value = source[pos + 1:].split("\n", 1)[0].split("#", 1)[0].strip() or "..."
            return Diagnostic("syntax", "unexpected character `:`", span,
                              f"bote sets a value with `=`: write `{key} = {value}`")
        if char in "~±" or char == "+" and source.startswith("+/-", pos) or \
                char == "." and re.search(r"\d[kKMBT%]?\.?$", line_before) and ".." in source[pos - 1:pos + 2]:
            shown = "+/-" if source.startswith("+/-", pos) else ".." if char == "." else char
            return Diagnostic("syntax", f"unexpected `{shown}`", span, _RANGE_HINT)
        if char in _MATH_COMPARISONS:
            return Diagnostic("syntax", f"unexpected character `{char}`", span,
                              f"write `{_MATH_COMPARISONS[char]}`")
        if char in "→⟶➔" and _in_flow(source, pos):
            return Diagnostic("syntax", f"unexpected character `{char}`", span, _EDGE_HINT)
        if char == "×" and "->" in line_before:
            return Diagnostic("syntax", "unexpected character `×`", span,
                              _edge_multiplier_hint(line_before, source[pos + 1:]))
        if char in _MATH_OPERATORS:   # pasted from a document or a spreadsheet
            return Diagnostic("syntax", f"unexpected character `{char}`", span,
                              f"bote writes this operator `{_MATH_OPERATORS[char]}`")
        return Diagnostic("syntax", f"unexpected character `{char}`", span, None)

    tok: Token | None = e.token if isinstance(e, UnexpectedToken) else None
    if tok is None or tok.type == "$END" or tok.line is None:
        last = len(lines)
        span = Span(filename, last, len(lines[-1]) + 1, last, len(lines[-1]) + 2)
        if open_parens:
            return _unclosed(filename, open_parens[-1], "(", ")")
        if open_braces:
            return _unclosed(filename, open_braces[-1], "{", "}")
        return Diagnostic("syntax", "unexpected end of input", span, None)

    # bote's lexer (parse.py) places every token it makes; lark types the positions Optional for
    # tokens made by hand
    assert tok.column is not None and tok.start_pos is not None and tok.end_pos is not None
    span = Span(filename, tok.line, tok.column, tok.end_line or tok.line,
                tok.end_column or tok.column + max(1, len(str(tok))))
    if open_parens and _line(open_parens[-1]) < tok.line:
        return _unclosed(filename, open_parens[-1], "(", ")")
    expected = set(getattr(e, "expected", ()) or ())
    before = source[: tok.start_pos] if tok.start_pos is not None else ""
    line_start = before.rsplit("\n", 1)[-1]
    if tok.type == "_NL":
        span = Span(filename, tok.line, tok.column, tok.line, tok.column + 1)
        if expected == {"NAME"}:
            return Diagnostic("syntax", "the line ends where a component name was expected", span,
                              "write each edge as `source -> target`")
        alone = re.fullmatch(r"(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*", line_start)
        if alone and "__ANON_0" in expected and _in_flow(source, tok.start_pos):   # `->` expected
            # `flow { api }`: a component on its own, as in a diagram of one box.
            column = len(alone.group(1)) + 1
            name = alone.group(2)
            return Diagnostic("syntax", f"`{name}` on its own is not an edge", Span(
                filename, tok.line, column, tok.line, column + len(name)),
                f"a flow's lines are edges (`{name} -> db`); a component that calls nothing and is called by "
                "nothing needs no line in a flow: its `load` is its traffic")
        if expected & {"NUMBER", "NAME", "LPAR"}:
            return Diagnostic("syntax", "the line ends where a value was expected", span,
                              "finish the expression, e.g. `x = 10 ms`")
        return Diagnostic("syntax", "unexpected end of line", span, f"expected {_describe_expected(expected)}")
    rest = source[tok.end_pos:].lstrip(" \t") if tok.end_pos is not None else ""
    if tok.type in ("WITHIN", "TO", "NOT", "ASSERT") and not line_start.strip() and rest.startswith("=") \
            and not rest.startswith("=="):
        return Diagnostic("syntax", f"`{tok}` is a keyword and cannot be bound", span,
                          f"pick another name, e.g. `{tok}_value`")
    if str(tok) == "/" and source[:tok.start_pos].endswith("+") and source.startswith("-", tok.end_pos):
        return Diagnostic("syntax", "unexpected `+/-`", Span(filename, tok.line, tok.column - 1, tok.line,
                                                            tok.column + 2), _RANGE_HINT)
    flow_hint = _flow_hint(tok, source, line_start, expected) if _in_flow(source, tok.start_pos) else None
    if flow_hint is not None:
        return Diagnostic("syntax", f"unexpected {_describe_token(tok)}", span, flow_hint)
    if tok.type == "DOTTED" and not line_start.strip() and rest.startswith("=") and not rest.startswith("=="):
        component, prop = str(tok).split(".", 1)
        return Diagnostic("syntax", f"`{tok} = ...` sets a property from outside its component", span,
                          f"set it inside: `component {component} {{ {prop} = ... }}` (or in a `variant`, or "
                          f"with `--set {tok}=...`)")
    if tok.type == "RPAR":
        return Diagnostic("syntax", "unmatched `)`", span, "remove it or add the `(` it closes")
    if tok.type in ("LBRACE", "RBRACE"):
        return Diagnostic("syntax", f"unexpected `{tok}`", span,
                          "braces belong only after `component NAME` or `flow`")
    if tok.type == "TO":
        return Diagnostic("syntax", "unexpected `to`", span,
                          "a range is `low to high`, e.g. `10k to 50k qps`; convert units with `->`")
    if tok.type == "COMPARE" and _COMPARISON.search(line_start.split("#", 1)[0]):
        # `5 <= x <= 10`: a comparison is not chained in bote
        left = re.sub(r"^\s*(assert\s+|[A-Za-z_][A-Za-z0-9_]*\s*=(?!=)\s*)", "", line_start).rstrip()
        middle = _COMPARISON.split(left)[-1].strip()
        right = rest.split("\n", 1)[0].split("#", 1)[0].strip()
        return Diagnostic("syntax", f"unexpected `{tok}`: bote does not chain comparisons", span,
                          f"join two with `and`: `{left} and {middle} {tok} {right}`")
    if tok.type == "__ANON_0" and "->" in line_start.split("#", 1)[0] and not _in_flow(source, tok.start_pos):
        # `1 GB -> MB -> KB`: outside a flow, `->` converts, once
        target = rest.split("\n", 1)[0].split("#", 1)[0].strip()
        return Diagnostic("syntax", "a second `->` in one expression", span,
                          f"a value is converted once, to the unit it is shown in: keep the last, `-> {target}`, "
                          f"or wrap the first in parentheses to compute with it")
    if tok.type == "COMPARE" and "->" in line_start:
        return Diagnostic("syntax", f"unexpected `{tok}` after a conversion", span,
                          "`->` binds loosest: wrap the conversion in parentheses, e.g. `(x -> TB) == 1.5 PB`")
    if tok.type == "COMPARE" and str(tok).startswith(">") and before.endswith("="):
        at = Span(filename, tok.line, tok.column - 1, tok.line, tok.column + 1)
        return Diagnostic("syntax", "`=>` is not an operator", at, "convert with `->`, compare with `>=`")
    if tok.type == "EQUAL" and source.startswith("=>", tok.start_pos):
        at = Span(filename, tok.line, tok.column, tok.line, tok.column + 2)
        return Diagnostic("syntax", "`=>` is not an operator", at, "convert with `->`, compare with `>=`")
    if tok.type == "EQUAL" and line_start.strip() in ("flow", "component", "unit", "assert", "within", "to", "not",
                                                       "and", "or", "per"):
        word = line_start.strip()
        return Diagnostic("syntax", f"`{word}` is a keyword and cannot be bound", span, f"pick another name, e.g. `{word}_value`")
    if tok.type == "EQUAL":
        if not line_start.strip():
            return Diagnostic("syntax", "a binding needs a name before `=`", span, "write `name = value`")
        if "STAR" in expected:  # a whole expression came before this `=`
            if "=" in line_start:
                return Diagnostic("syntax", "unexpected `=`", span,
                                  "one statement per line; compare with `==` inside `assert`")
            return Diagnostic("syntax", "unexpected `=`", span, "compare with `==`")
        return Diagnostic("syntax", "expected a value, found `=`", span, "a value must follow `=`")
    if tok.type == "COMMA" and not (open_parens and open_parens[-1].type == "CALL"):
        grouped = thousands_separator(source, tok.start_pos)
        if grouped is not None:
            start, end, text = grouped
            return Diagnostic("syntax", f"`{text}` is not a number: bote does not group digits with commas",
                              Span(filename, tok.line, tok.column - (tok.start_pos - start), tok.line,
                                   tok.column + (end - tok.start_pos)), grouped_hint(text))
    if tok.type == "COMMA" and open_parens and open_parens[-1].type == "LPAR":
        name = re.search(r"([A-Za-z_][A-Za-z0-9_]*)\s+$", source[: open_parens[-1].start_pos])
        if name:
            return Diagnostic("syntax", "unexpected `,`", span,
                              f"a call has no space before `(`: write `{name.group(1)}(...)`")
    if tok.type == "COMMA":
        return Diagnostic("syntax", "unexpected `,`", span, "commas separate the arguments of a call, e.g. `max(a, b)`")
    if tok.type == "NAME" and "STAR" in expected and "->" in line_start and re.fullmatch(r"[xX]\d*\.?\d*", str(tok)):
        # `-> db x2`, `-> db x 2`: how the graph labels an edge, not how a flow writes one
        return Diagnostic("syntax", f"unexpected `{tok}`", span, _edge_multiplier_hint(line_start, str(tok)[1:] + rest))
    found = _describe_token(tok)
    if expected and expected <= {"_NL", "$END", "RBRACE"} | {"__ANON_0", "STAR"}:
        return Diagnostic("syntax", f"unexpected {found}", span, "one statement per line")
    return Diagnostic("syntax", f"unexpected {found}", span,
                      f"expected {_describe_expected(expected)}" if expected else None)


_RANGE_HINT = ("an uncertain value is a range, low to high: `8k to 12k qps` (or `lognormal(...)`, see "
               "docs/language.md, Ranges)")

#: A comparison operator (not the `>` of a `->` conversion).
_COMPARISON = re.compile(r"<=|>=|==|!=|<|(?<!-)>")

#: Comparisons as mathematics writes them -> as bote does.
_MATH_COMPARISONS = {"≤": "<=", "≥": ">=", "≠": "!=", "⩽": "<=", "⩾": ">="}
_MATH_OPERATORS = {"×": "*", "·": "*", "⋅": "*", "÷": "/", "−": "-", "∕": "/"}

_EDGE_HINT = "an edge is written `source -> target`, one per line"


def _in_flow(source: str, pos: int) -> bool:
    """Whether `pos` is inside a `flow { ... }` block: the innermost `{`
    still open before it opens a flow (comments skipped)."""
    depth = 0
    lines = source[:pos].split("\n")
    for n in range(len(lines) - 1, -1, -1):
        line = lines[n].split("#", 1)[0]
        for i in range(len(line) - 1, -1, -1):
            if line[i] == "}":
                depth += 1
            elif line[i] == "{":
                if depth == 0:
                    return bool(re.match(r"\s*flow\b", line))
                depth -= 1
    return False


def _flow_hint(tok: Token, source: str, line_start: str, expected: set[str]) -> str | None:
    """The hint for what people write in a flow that bote spells otherwise:
    other arrows (`-->`, `=>`, `->>`), an asynchronous edge, fan-out as a list."""
    text, at = str(tok), tok.start_pos or 0
    if text == "-" and source.startswith("-->", at) or text in ("=", ">") and source.startswith(("=>", ">"), at):
        return _EDGE_HINT
    if "->" not in line_start:
        return None
    if text.lower() in ("async", "asynchronous") or text == "(" and re.match(r"\(\s*async", source[at:], re.IGNORECASE):
        return ("an asynchronous edge goes through a queue: a component with `kind = queue` between the two "
                "(`web -> jobs -> worker`)")
    if text in (",", "[", "&", "|"):
        source_name = line_start.rsplit("->", 1)[0].split("->")[-1].strip() or "web"
        line = source[at:].split("\n", 1)[0].split("#", 1)[0]
        targets = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", line_start.rsplit("->", 1)[1] + line)[:2]
        a, b = (targets + ["db", "cache"])[:2] if len(targets) < 2 else targets
        return f"fan-out is one edge per target: `{source_name} -> {a}` and `{source_name} -> {b}`, each on its line"
    return None


def _edge_multiplier_hint(before: str, after: str) -> str:
    """The hint for an edge multiplier written as the graph labels it (`x2`,
    `× 3`): the `*` form, with the edge's target and the number the user
    wrote when there is one."""
    target = re.search(r"->\s*([A-Za-z_][A-Za-z0-9_]*)\s*$", before)
    number = re.match(r"\s*(\d[\d_.]*%?)", after)
    return (f"an edge's multiplier is written with `*`, e.g. `-> {target.group(1) if target else 'target'} "
            f"* {number.group(1) if number else '2'}`")


def _line(tok: Token) -> int:
    assert tok.line is not None  # placed by bote's lexer
    return tok.line


def _unclosed(filename: str, tok: Token, opening: str, closing: str) -> Diagnostic:
    assert tok.line is not None and tok.end_column is not None  # placed by bote's lexer
    span = Span(filename, tok.line, tok.end_column - 1, tok.line, tok.end_column)
    return Diagnostic("syntax", f"this `{opening}` is never closed", span, f"add the missing `{closing}`")


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def thousands_separator(source: str, comma: int) -> tuple[int, int, str] | None:
    """(start, end, text) of `150,000` around the comma at `comma`, when
    digits are grouped by commas the way people write thousands."""
    start = comma
    while start > 0 and (source[start - 1].isdigit() or source[start - 1] == ","):
        start -= 1
    if start > 0 and (source[start - 1].isalnum() or source[start - 1] in "._"):
        return None   # `x1,000` or `1.5,000`: not a grouped number
    m = _GROUPED.match(source, start)
    if m is None or m.end() <= comma or (m.end() < len(source) and source[m.end()].isalnum()
                                         and not source[m.end()].isspace() and source[m.end()] not in "kKMBT"):
        return None
    return start, m.end(), m.group()


def grouped_hint(text: str) -> str:
    """`write 150_000 or 150k`: the same number in bote's spellings."""
    digits = text.replace(",", "_")
    whole, _, decimals = text.replace(",", "").partition(".")
    value = int(whole)
    for suffix, scale in (("T", 10**12), ("B", 10**9), ("M", 10**6), ("k", 10**3)):
        if value >= scale and not decimals:
            short = f"{value / scale:.12g}{suffix}"
            if float(short[:-1]) * scale == value and len(short[:-1].replace(".", "")) <= 3:
                return f"write `{digits}` or `{short}`"
    return f"write `{digits}`"
