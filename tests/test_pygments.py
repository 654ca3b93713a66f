"""The Pygments lexer: registered through the entry point, and clean on every
example and every ```bote block of the docs."""
import re
import subprocess
import sys

import pytest
from conftest import ROOT
from pygments.lexers import get_lexer_by_name, get_lexer_for_filename
from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Punctuation

from bote.pygments_lexer import BoteLexer

# ```bote or ~~~bote fences, indented or not (in lists), closed by the same fence.
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*bote[ \t]*\n"
                   r"(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$", re.DOTALL | re.MULTILINE)


def sources():
    for path in sorted((ROOT / "examples").glob("*.bote")):
        yield pytest.param(path.read_text(encoding="utf-8"), id=f"examples/{path.name}")
    for path in sorted((ROOT / "docs").glob("*.md")) + sorted((ROOT / "examples").glob("*.md")) + [ROOT / "README.md"]:
        text = path.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text[: m.start()].count("\n") + 1
            yield pytest.param(m.group("body"), id=f"{path.relative_to(ROOT)}:{line}")


SOURCES = list(sources())


def tokens(text):
    """(token type, text) pairs, whitespace left out."""
    return [(t, v) for t, v in BoteLexer().get_tokens(text) if v.strip()]


def token_of(text, value):
    """The type of the first token spelled `value` in `text`."""
    for t, v in tokens(text):
        if v == value:
            return t
    raise AssertionError(f"no token {value!r} in {tokens(text)}")


def test_there_is_plenty_to_lex():
    assert len(SOURCES) >= 30


@pytest.mark.parametrize("text", SOURCES)
def test_no_error_token(text):
    errors = [(t, v) for t, v in BoteLexer().get_tokens(text) if t in Error]
    assert not errors


def test_no_error_token_in_the_error_corpus_except_bad_characters():
    """Even invalid programs lex cleanly, but for characters bote cannot read."""
    for path in sorted((ROOT / "tests" / "errors").rglob("*.bote")):
        text = path.read_bytes().decode("utf-8", "replace")
        errors = {v for t, v in BoteLexer().get_tokens(text) if t in Error}
        assert all(not (c.isascii() and (c.isalnum() or c in " _.{}()=+-*/^<>,#%$")) for c in errors), (path, errors)


def test_tokens_give_back_the_text():
    for param in SOURCES:
        (text,) = param.values
        assert "".join(v for _, _, v in BoteLexer().get_tokens_unprocessed(text)) == text


def test_found_through_the_entry_point():
    assert isinstance(get_lexer_by_name("bote"), BoteLexer)
    assert isinstance(get_lexer_for_filename("x.bote"), BoteLexer)
    from importlib.metadata import entry_points
    (ep,) = [ep for ep in entry_points(group="pygments.lexers") if ep.name == "bote"]
    assert ep.value == "bote.pygments_lexer:BoteLexer"


def test_highlight_end_to_end():
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    html = highlight("x = 10k req/s  # c\n", get_lexer_by_name("bote"), HtmlFormatter())
    assert '<span class="m">10k</span>' in html
    assert '<span class="nb">req</span><span class="o">/</span><span class="nb">s</span>' in html
    assert '<span class="c1"># c</span>' in html


def test_bote_does_not_import_pygments():
    code = ("import sys, bote, bote.cli, bote.render.graph; bote.evaluate('x = 1'); "
            "print('pygments' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# ---- token types ------------------------------------------------------------------

@pytest.mark.parametrize("text, value, kind", [
    ("x = 10k", "10k", Number),
    ("x = 1.5M", "1.5M", Number),
    ("x = 2B", "2B", Number),
    ("x = 20%", "20%", Number),
    ("x = 2.5e6", "2.5e6", Number),
    ("x = 1_000", "1_000", Number),
    ("x = .5", ".5", Number),
    ("unit tweet", "unit", Keyword),
    ("component a {\n}", "component", Keyword),
    ("flow {\n}", "flow", Keyword),
    ("assert a < b", "assert", Keyword),
    ("x = a per day", "per", Keyword),
    ("assert a and not b or c", "and", Keyword),
    ("assert a and not b or c", "not", Keyword),
    ("assert a and not b or c", "or", Keyword),
    ("x = 5 GB to MB", "to", Keyword),
    ("x = 20 ms", "ms", Name.Builtin),
    ("x = 3 µs", "µs", Name.Builtin),       # micro sign
    ("x = 3 μs", "μs", Name.Builtin),       # Greek mu
    ("x = 5 $", "$", Name.Builtin),
    ("x = 1 KiB", "KiB", Name.Builtin),
    ("x = 40M users/day", "users", Name.Builtin),
    ("x = 1 percent", "percent", Name.Builtin),
    ("x = 1 # c", "# c", Comment),
    ("# c", "# c", Comment),
    ("x = ceil(y)", "ceil", Name.Function),
    ("x = log10(y)", "log10", Name.Function),
    ("x = min(a, b)", "min", Name.Function),
    ("x = foo(a)", "foo", Name),             # not a function bote knows
    ("assert not(a)", "not", Keyword),       # (bote reads `not(` as a call: write `not (a)`)
    ("x = 5 min (a)", "min", Name.Builtin),  # not glued: the unit
    ("x = db.utilization", "db", Name.Class),
    ("x = db.utilization", "utilization", Name.Attribute),
    ("x = y", "x", Name.Variable),
    ("x = y", "y", Name),
    ("x = a -> req/s", "->", Operator),
    ("x = a ** 2", "**", Operator),
    ("x = a ^ 2", "^", Operator),
    ("assert a <= b", "<=", Operator),
    ("assert a != b", "!=", Operator),
    ("x = min(a, b)", ",", Punctuation),
])
def test_token_type(text, value, kind):
    assert token_of(text, value) in kind


def test_scale_suffix_glued_to_a_unit_is_a_unit():
    assert tokens("x = 10kB")[2:] == [(Number, "10"), (Name.Builtin, "kB")]
    assert tokens("x = 3Tb")[2:] == [(Number, "3"), (Name.Builtin, "Tb")]
    assert tokens("x = 2 B")[2:] == [(Number, "2"), (Name, "B")]   # not a unit: an error in bote


def test_component_properties_and_scaling():
    text = "component db {   # => 1 + 1\n  load = 3k req/s\n  scaling = single\n}\n"
    assert tokens(text) == [
        (Keyword.Declaration, "component"), (Name.Class, "db"), (Punctuation, "{"),
        (Comment.Single, "# => 1 + 1"),
        (Name.Property, "load"), (Operator, "="), (Number, "3k"), (Name.Builtin, "req"), (Operator, "/"),
        (Name.Builtin, "s"),
        (Name.Property, "scaling"), (Operator, "="), (Name.Constant, "single"),
        (Punctuation, "}"),
    ]
    one_line = tokens("component a { capacity = 1 req/s }")
    assert (Name.Property, "capacity") in one_line and one_line[-1] == (Punctuation, "}")
    # A property bote does not know is not styled as one.
    assert token_of("component a {\n  capacty = 1 req/s\n}", "capacty") is Name
    # Outside a component, `load = ...` is a binding.
    assert token_of("load = 3", "load") is Name.Variable


def test_component_kind_is_a_choice():
    text = "component bus {\n  kind = third_party\n  rate_limit = 5 req/s\n}\n"
    assert tokens(text)[3:6] == [(Name.Property, "kind"), (Operator, "="), (Name.Constant, "third_party")]
    assert token_of(text, "rate_limit") is Name.Property


def test_flow_names_components():
    text = "flow {\n  api -> cache * 3\n  cache -> db * miss -> log\n}\nx = api.load\n"
    assert tokens(text) == [
        (Keyword.Declaration, "flow"), (Punctuation, "{"),
        (Name.Class, "api"), (Operator, "->"), (Name.Class, "cache"), (Operator, "*"), (Number, "3"),
        (Name.Class, "cache"), (Operator, "->"), (Name.Class, "db"), (Operator, "*"), (Name, "miss"),
        (Operator, "->"), (Name.Class, "log"),
        (Punctuation, "}"),
        (Name.Variable, "x"), (Operator, "="), (Name.Class, "api"), (Punctuation, "."), (Name.Attribute, "load"),
    ]
    assert tokens("flow { a -> b }") == [(Keyword.Declaration, "flow"), (Punctuation, "{"), (Name.Class, "a"),
                                        (Operator, "->"), (Name.Class, "b"), (Punctuation, "}")]


def test_declared_units_and_their_plurals():
    text = "posted = 500M tweets per day\nkinds = 12 categories\nunit tweet, category\nunit page = 8 KiB\n"
    assert token_of(text, "tweets") is Name.Builtin          # used above its declaration
    assert token_of(text, "categories") is Name.Builtin
    assert token_of(text, "tweet") is Name.Builtin
    assert token_of(text, "page") is Name.Builtin
    assert token_of(text, "=") is Operator
    # Declarations are per text: another text does not see them.
    assert token_of("x = 5 tweets", "tweets") is Name


def test_every_property_lexes_as_a_property():
    from pygments.token import Name

    from bote.model.kinds import PROPERTIES
    from bote.pygments_lexer import BoteLexer
    for prop in PROPERTIES:
        tokens = list(BoteLexer().get_tokens(f"component c {{\n  {prop} = 1\n}}\n"))
        assert (Name.Property, prop) in [(t, v) for t, v in tokens], prop
