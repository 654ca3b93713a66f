"""A Pygments lexer for bote, so MkDocs, Sphinx and anything else that uses
Pygments highlight ```bote blocks and `.bote` files.

It is registered through the `pygments.lexers` entry point (see
pyproject.toml): `pygmentize -l bote`, `get_lexer_by_name("bote")`.  bote
itself never imports this module; only whoever highlights needs Pygments.

The tokens follow grammar/bote.lark: a function name glued to `(` is a call,
`a.b` a component's figure, a scale suffix is part of a number only when no letter or
digit follows it (`10kB` is a number and a unit).  Unit names come from the
shipped registry (src/bote/units.txt) and from the file's own `unit`
declarations, plurals included.
"""
from __future__ import annotations

import re
from typing import ClassVar

from pygments.lexer import RegexLexer, bygroups, default, include
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    Whitespace,
)

from bote.language import quantity as _functions
from bote.language.units import plurals
from bote.model import kinds as _kinds
from bote.resources import units_path

__all__ = ["BoteLexer"]

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_END = r"(?![A-Za-z0-9_])"
_NUMBER = r"(?:[0-9][0-9_]*(?:\.[0-9][0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9]+)?(?:%|[kKMBT](?![A-Za-z0-9_]))?"
# grammar/bote.lark's DURATION: `8h 45m 57s`, two parts or more (`3m` alone is a number and a unit).
_DURATION = (r"[0-9]+d(?=[ \t]+[0-9]+[hms]\b)(?:[ \t]+[0-9]+h)?(?:[ \t]+[0-9]+m)?(?:[ \t]+[0-9]+(?:\.[0-9]+)?s)?(?![\w.])"
             r"|[0-9]+h(?=[ \t]+[0-9]+[ms]\b)(?:[ \t]+[0-9]+m)?(?:[ \t]+[0-9]+(?:\.[0-9]+)?s)?(?![\w.])"
             r"|[0-9]+m[ \t]+[0-9]+(?:\.[0-9]+)?s(?![\w.])")
# An index after a property's name: `service_time[pings] = 2 ms` (a traffic class).
_INDEX = r"(?:[ \t]*\[[^\]\n]*\])?"

DECLARATIONS = frozenset({"unit", "component", "flow", "variant"})
KEYWORDS = frozenset({"assert", "per", "and", "or", "not", "to", "within"})
#: Keywords only after an edge (`-> db batch 100`), names everywhere else.
CONTEXTUAL_KEYWORDS = frozenset({"batch"})
# bote's own tables, so the highlighting follows the language.
FUNCTIONS = frozenset(_functions.FUNCTIONS)
PROPERTIES = frozenset(_kinds.PROPERTIES)


def _shipped_units() -> frozenset[str]:
    """Every spelling units.txt defines: `name = definition = symbol = alias...`."""
    names: set[str] = set()
    for line in units_path().read_text(encoding="utf-8").splitlines():
        parts = [p.strip() for p in line.split("#", 1)[0].split("=")]
        if len(parts) >= 2 and parts[0]:
            names.update(p for p in (parts[0], *parts[2:]) if p and p != "_")
    return frozenset(names)


UNITS = _shipped_units()

_DECLARED = re.compile(rf"^[ \t]*unit[ \t]+({_NAME}(?:[ \t]*,[ \t]*{_NAME})*)", re.MULTILINE)


def declared_units(text: str) -> frozenset[str]:
    """The units a text declares with `unit`, with their plurals: a unit may
    be used above its declaration, as bindings may."""
    names: set[str] = set()
    for m in _DECLARED.finditer(text):
        for name in re.split(r"[ \t]*,[ \t]*", m.group(1)):
            names.add(name)
            names.update(plurals(name))
    return frozenset(names)


def _name(lexer, match):
    """A bare name: keyword, unit, or a binding or component."""
    text = match.group()
    if text in DECLARATIONS:
        token = Keyword.Declaration
    elif text in KEYWORDS:
        token = Keyword
    elif text in UNITS or text in lexer._declared:
        token = Name.Builtin
    else:
        token = Name
    yield match.start(), token, text


class BoteLexer(RegexLexer):
    """Lexer for bote, the back-of-the-envelope capacity estimate language."""

    name = "bote"
    aliases: ClassVar[list[str]] = ["bote"]
    filenames: ClassVar[list[str]] = ["*.bote"]
    mimetypes: ClassVar[list[str]] = ["text/x-bote"]

    #: The units the text being lexed declares (set for each text).
    _declared: frozenset[str] = frozenset()

    tokens: ClassVar[dict[str, list]] = {
        "whitespace": [
            (r"\n", Whitespace),
            (r"[ \t\f\r]+", Whitespace),
            (r"\\\r?\n", Text),           # a line continued with a backslash
            (r"#.*", Comment.Single),
        ],
        # A function name glued to `(` is a call; `min (x)` is minutes.
        "call": [
            (rf"(?:{'|'.join(sorted(FUNCTIONS))})(?=\()", Name.Function),
        ],
        # Expression tokens, shared by every state.
        "expr": [
            include("call"),
            (r'"[^"\n]*"', String),      # an instance type: `instance = "m6i.xlarge"`
            (rf"({_NAME})(\.)({_NAME})", bygroups(Name.Class, Punctuation, Name.Attribute)),  # db.load
            (_NAME, _name),
            (_DURATION, Number),
            (_NUMBER, Number),
            (r"[\u00b5\u03bc]s|[$€£%]", Name.Builtin),               # µs (micro sign or mu), $, €, £ and % alone
            (r"->|\*\*|<=|>=|==|!=|[-+*/^<>=]", Operator),
            (r"[(),;\[\].]", Punctuation),   # `gateway.load[rides]`, `{ a = 1; b = 2 }`, a stray `.`
        ],
        "root": [
            include("whitespace"),
            include("call"),
            (rf"component{_END}", Keyword.Declaration, "component-head"),
            (rf"flow{_END}", Keyword.Declaration, "flow-head"),
            (rf"unit{_END}", Keyword.Declaration, "unit-head"),
            (rf"variant{_END}", Keyword.Declaration, "variant-head"),
            (rf"{_NAME}(?=[ \t]*=(?!=))", Name.Variable),            # a binding
            include("expr"),
            (r"[{}]", Punctuation),
        ],
        # `component NAME {`
        "component-head": [
            (r"[ \t\f\r]+", Whitespace),
            (r"\\\r?\n", Text),
            (_NAME, Name.Class),
            (r"\{", Punctuation, ("#pop", "component")),
            default("#pop"),
        ],
        "component": [
            include("whitespace"),
            (r"\}", Punctuation, "#pop"),
            # A choice (`scaling = single`, `kind = queue`): its word is a constant.
            *[(rf"({name})([ \t]*)(=)([ \t]*)({'|'.join(spec.choices)}){_END}",
               bygroups(Name.Property, Whitespace, Operator, Whitespace, Name.Constant))
              for name, spec in _kinds.PROPERTIES.items() if spec.choices],
            # Only the properties bote knows: a misspelt one stays a plain name.
            (rf"(?:{'|'.join(sorted(PROPERTIES))}){_END}(?={_INDEX}[ \t]*=(?!=))", Name.Property),
            include("expr"),
            (r"\{", Punctuation),
        ],
        # `flow {` or `flow rides {`, then one chain of edges a line: `a -> b * 10% -> c`.
        "flow-head": [
            (r"[ \t\f\r]+", Whitespace),
            (r"\\\r?\n", Text),
            (_NAME, Name.Namespace),
            (r"\{", Punctuation, ("#pop", "flow")),
            default("#pop"),
        ],
        "flow": [
            include("whitespace"),
            (r"\}", Punctuation, "#pop"),
            (_NAME, Name.Class, "chain"),
            include("expr"),
            (r"\{", Punctuation),
        ],
        "chain": [
            (r"\n", Whitespace, "#pop"),
            (r"[ \t\f\r]+", Whitespace),
            (r"\\\r?\n", Text),
            (r"#.*", Comment.Single),
            (r"\}", Punctuation, "#pop:2"),
            (rf"(->)([ \t]*)({_NAME})", bygroups(Operator, Whitespace, Name.Class)),
            (r"\{", Punctuation, "settings"),
            (rf"(?:{'|'.join(CONTEXTUAL_KEYWORDS)}){_END}", Keyword),   # `-> db batch 100`
            include("expr"),
        ],
        # `-> gateway { service_time = 1 ms }`: a flow's own cost there.
        "settings": [
            (r"[ \t\f\r]+", Whitespace),
            (r"\}", Punctuation, "#pop"),
            (rf"(?:{'|'.join(sorted(PROPERTIES))}){_END}(?=[ \t]*=(?!=))", Name.Property),
            include("expr"),
        ],
        # `variant NAME {`: its body is the file's statements again, lexed as at the top.
        "variant-head": [
            (r"[ \t\f\r]+", Whitespace),
            (r"\\\r?\n", Text),
            (_NAME, Name.Namespace),
            (r"\{", Punctuation, "#pop"),
            default("#pop"),
        ],
        # `unit tweet, category` or `unit page = 8 KiB`
        "unit-head": [
            (r"[ \t\f\r]+", Whitespace),
            (r"\\\r?\n", Text),
            (_NAME, Name.Builtin),
            (r",", Punctuation),
            (r"=(?!=)", Operator, "#pop"),
            default("#pop"),
        ],
    }

    def get_tokens_unprocessed(self, text, stack=("root",)):
        self._declared = declared_units(text)
        yield from super().get_tokens_unprocessed(text, stack)
