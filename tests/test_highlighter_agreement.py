"""The Lark grammar, the Pygments lexer and the VS Code grammar agree: every
keyword of grammar/bote.lark is a keyword to both highlighters, and on every
example and every ```bote block of the docs, each token Lark's lexer finds
(a number, a compound duration, a string, a unit symbol, a keyword, a call,
`a.b`, an operator, a bracket) is one token of the same extent and kind in
Pygments and in VS Code."""
import re

import pytest
from conftest import ROOT
from lark import Lark
from lark.lexer import PatternStr
from pygments.token import Keyword, Name, Number, Operator, Punctuation, String
from textmate import bote_sources, tokenize

from bote.pygments_lexer import CONTEXTUAL_KEYWORDS, DECLARATIONS, KEYWORDS, BoteLexer

LARK = Lark((ROOT / "grammar" / "bote.lark").read_text(encoding="utf-8"), parser="lalr", lexer="basic")
NAME = re.compile(next(t.pattern.to_regexp() for t in LARK.terminals if t.name == "NAME"))
#: The grammar's keywords: its quoted words (`"component"`, `"per"`) and its
#: terminals spelled as one (`TO: "to"`).
LARK_KEYWORDS = sorted(t.pattern.value for t in LARK.terminals
                       if isinstance(t.pattern, PatternStr) and NAME.fullmatch(t.pattern.value))

OPERATORS = {"->", "*", "/", "+", "-", "^", "**", "=", "<", ">", "<=", ">=", "==", "!="}
PUNCTUATION = {"(", ")", ",", "{", "}", "[", "]"}
# VS Code's scopes for each kind of token.
TM_KEYWORD = ("keyword.control.", "keyword.declaration.", "keyword.operator.word.", "keyword.operator.logical.")
TM_NAME = ("variable.", "entity.name.", "support.", "keyword.other.unit.", "constant.language.")

# Token shapes the corpus may not show, in the texts where they matter.
EDGE_CASES = {"edge cases": """\
a = 10kB + 3Tb + 2B + 2.5e6 + 1_000.5 + .5 + 20% + 1.5M
b = 8h 45m 57s + 2d 3h + 3m + 1m 30s
c = 5 min (a) + min(a, b) + 3 µs + 3 μs + 5 $ + 2 € + 1 £ + 10 %
d = x -> req/s
assert not(a > 1) and b <= 2 or c != 3
assert a == b within 0.5%
e = (1 - 99.9%) * 1 year -> hms
f = a ** 2 ^ 3 / 4 per day
unit tweet, entry
unit page = 8 KiB
component db { scaling = single }
component api {
  instance = "m6i.xlarge"
  load = 10k to 50k qps
}
flow {
  api -> db * 10%
  api -> db batch 100
}
variant more {
  api.workers = 16
}
g = db.utilization
"""}
SOURCES = {**bote_sources(), **EDGE_CASES}


def lark_tokens(text: str):
    """(kind, start, end, text) of each token bote's lexer reads. bote's own
    lexer reads a keyword glued to `(` as the keyword and a parenthesis
    (`not(x)`), where Lark's would read a call."""
    for tok in LARK.lex(text):
        if tok.type == "_NL":
            continue
        value, start = str(tok), tok.start_pos
        if tok.type == "CALL" and value[:-1] in LARK_KEYWORDS:
            yield "keyword", start, start + len(value) - 1, value[:-1]
            yield "punctuation", start + len(value) - 1, start + len(value), "("
        elif tok.type == "CALL":
            yield "call", start, start + len(value) - 1, value[:-1]
            yield "punctuation", start + len(value) - 1, start + len(value), "("
        elif tok.type == "DOTTED":
            left, right = value.split(".")
            yield "component", start, start + len(left), left
            yield "accessor", start + len(left), start + len(left) + 1, "."
            yield "figure", start + len(left) + 1, start + len(value), right
        elif value in CONTEXTUAL_KEYWORDS:
            # a keyword after an edge (`-> db batch 100`), a name elsewhere (`batch = 50`):
            # what bote's parser takes it for, which Lark's context-free lexer cannot say
            before = text[text.rfind("\n", 0, start) + 1:start]
            after_edge = "->" in before and not before.rstrip().endswith("->")
            yield ("keyword" if after_edge else "name"), start, start + len(value), value
        elif value in LARK_KEYWORDS:
            yield "keyword", start, start + len(value), value
        elif tok.type in ("NUMBER", "DURATION", "STRING", "SYMBOL", "NAME"):
            yield tok.type.lower(), start, start + len(value), value
        elif value in OPERATORS:
            yield "operator", start, start + len(value), value
        elif value in PUNCTUATION:
            yield "punctuation", start, start + len(value), value
        else:
            raise AssertionError(f"this test does not know Lark's token {tok.type} {value!r}: teach it the kind")


PYGMENTS = {
    "number": (Number,), "duration": (Number,), "string": (String,), "symbol": (Name.Builtin,),
    "keyword": (Keyword,), "call": (Name.Function, Name), "component": (Name.Class,),
    "accessor": (Punctuation,), "figure": (Name.Attribute,), "name": (Name,), "operator": (Operator,),
    "punctuation": (Punctuation,),
}
TEXTMATE = {
    "number": ("constant.numeric.",), "duration": ("constant.numeric.duration.",), "string": ("string.quoted.",),
    "symbol": ("keyword.other.unit.",), "keyword": TM_KEYWORD,
    "call": ("support.function.", "entity.name.function."), "component": ("variable.other.object.component.",),
    "accessor": ("punctuation.accessor.",), "figure": ("variable.other.property.",), "name": TM_NAME,
    "operator": ("keyword.operator.",), "punctuation": ("punctuation.",),
}


def pygments_tokens(text: str) -> dict[int, tuple[int, object]]:
    """{start: (end, token type)}."""
    return {i: (i + len(v), t) for i, t, v in BoteLexer().get_tokens_unprocessed(text)}


def textmate_tokens(text: str, tokens) -> dict[int, tuple[int, str]]:
    """{start: (end, innermost scope)}, offsets into the text."""
    starts, offset = [], 0
    for line in text.split("\n"):
        starts.append(offset)
        offset += len(line) + 1
    return {starts[line] + s: (starts[line] + e, scopes[-1]) for line, s, e, scopes in tokens}


@pytest.fixture(scope="module")
def vscode_tokens():
    return tokenize(SOURCES)


def test_lark_keywords_are_read_from_the_grammar():
    assert {"component", "flow", "unit", "assert", "per", "to", "within", "and", "or", "not"} <= set(LARK_KEYWORDS)


@pytest.mark.parametrize("keyword", LARK_KEYWORDS)
def test_pygments_knows_every_keyword(keyword):
    """Each keyword alone on a line is a keyword; a contextual one (`batch`)
    where the grammar takes it, after an edge, and a name elsewhere."""
    if keyword in CONTEXTUAL_KEYWORDS:
        tokens = [(t, v) for t, v in BoteLexer().get_tokens(f"flow {{\n  a -> b {keyword} 10\n}}\n") if v == keyword]
        assert [t in Keyword for t, _ in tokens] == [True]
        ((kind, _),) = [(t, v) for t, v in BoteLexer().get_tokens(f"{keyword} = 1") if v == keyword]
        assert kind not in Keyword
        return
    assert keyword in DECLARATIONS | KEYWORDS
    ((kind, text),) = [(t, v) for t, v in BoteLexer().get_tokens(keyword) if v.strip()]
    assert kind in Keyword and text == keyword


def test_vscode_knows_every_keyword(vscode_tokens):
    """Each keyword alone on a line, as it is being typed, is a keyword (a
    contextual one after an edge, where the grammar takes it)."""
    plain = [k for k in LARK_KEYWORDS if k not in CONTEXTUAL_KEYWORDS]
    found = tokenize({k: k for k in plain})
    for keyword in plain:
        ((_, start, end, scopes),) = [t for t in found[keyword] if t[2] > t[1]]
        assert (start, end) == (0, len(keyword)) and scopes[-1].startswith(TM_KEYWORD), (keyword, scopes)
    contextual = tokenize({k: f"flow {{\n  a -> b {k} 10\n}}" for k in CONTEXTUAL_KEYWORDS})
    for keyword in CONTEXTUAL_KEYWORDS:
        line = f"  a -> b {keyword} 10"
        ((_, start, end, scopes),) = [t for t in contextual[keyword] if t[0] == 1 and line[t[1]:t[2]] == keyword]
        assert scopes[-1].startswith(TM_KEYWORD), (keyword, scopes)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_token_shapes_agree(vscode_tokens, name):
    text = SOURCES[name]
    pygments = pygments_tokens(text)
    textmate = textmate_tokens(text, vscode_tokens[name])
    disagree = []
    for kind, start, end, value in lark_tokens(text):
        p_end, p_type = pygments.get(start, (None, None))
        if p_end != end or not any(p_type in want for want in PYGMENTS[kind]):
            disagree.append(f"Pygments: {kind} {value!r} at {start} is {p_type} to {p_end}")
        t_end, t_scope = textmate.get(start, (None, ""))
        if t_end != end or not t_scope.startswith(TEXTMATE[kind]):
            disagree.append(f"VS Code: {kind} {value!r} at {start} is {t_scope} to {t_end}")
    assert not disagree, "\n".join(disagree)


def test_every_kind_of_token_is_compared():
    kinds = {kind for text in SOURCES.values() for kind, *_ in lark_tokens(text)}
    assert kinds == set(PYGMENTS)
    seen = {value for text in SOURCES.values() for kind, _, _, value in lark_tokens(text) if kind == "keyword"}
    assert seen == set(LARK_KEYWORDS), f"add a line using {set(LARK_KEYWORDS) - seen} to EDGE_CASES"
