"""The grammar: every form of the language, parsed into plain dataclasses."""
from fractions import Fraction as F
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bote import nodes
from bote.parse import number_value, parse


def expr(text):
    (stmt,) = parse(f"x = {text}\n").statements
    return stmt.expr


def shape(e):
    """A compact s-expression of an expression tree."""
    if isinstance(e, nodes.Number):
        return e.text
    if isinstance(e, nodes.Name):
        return e.id
    if isinstance(e, nodes.Attribute):
        return f"{e.component}.{e.figure}"
    if isinstance(e, nodes.Binary):
        return f"({e.op} {shape(e.left)} {shape(e.right)})"
    if isinstance(e, nodes.Unary):
        return f"({e.op} {shape(e.operand)})"
    if isinstance(e, (nodes.Compare, nodes.Logical)):
        return f"({e.op} {shape(e.left)} {shape(e.right)})"
    if isinstance(e, nodes.Call):
        return f"({e.function}() {' '.join(shape(a) for a in e.args)})"
    if isinstance(e, nodes.Convert):
        return f"(-> {shape(e.expr)} {shape(e.unit)})"
    return repr(e)


@pytest.mark.parametrize("text, value", [
    ("42", 42), ("1_000_000", 10**6), ("1.5", F(3, 2)), ("2.5e6", 2_500_000), ("1e-3", F(1, 1000)),
    ("10k", 10_000), ("10K", 10_000), ("1.5M", 1_500_000), ("2B", 2 * 10**9), ("3T", 3 * 10**12),
    ("20%", F(1, 5)), (".5", F(1, 2)),
])
def test_numbers(text, value):
    e = expr(text)
    assert isinstance(e, nodes.Number) and e.value == value == number_value(text)


@pytest.mark.parametrize("text, tree", [
    ("2 MB", "(juxtapose 2 MB)"),
    ("10kB", "(juxtapose 10 kB)"),
    ("1.5Mbps", "(juxtapose 1.5 Mbps)"),
    ("100 MB / 2 s", "(/ (juxtapose 100 MB) (juxtapose 2 s))"),
    ("a * b / c", "(/ (* a b) c)"),
    ("dau * 2 per day", "(per (* dau 2) day)"),
    ("100M requests per day", "(per (juxtapose 100M requests) day)"),
    ("a + b per day", "(+ a (per b day))"),
    ("-2^2", "(- (^ 2 2))"),
    ("2^3^2", "(^ 2 (^ 3 2))"),
    ("2**3", "(^ 2 3)"),
    ("2^-1", "(^ 2 (- 1))"),
    ("2 m^2", "(juxtapose 2 (^ m 2))"),
    ("a - -b", "(- a (- b))"),
    ("(a + b) * c", "(* (+ a b) c)"),
    ("min(a, b)", "(min() a b)"),
    ("ceil(x / 3)", "(ceil() (/ x 3))"),
    ("5 min", "(juxtapose 5 min)"),
    ("db.instances * 2", "(* db.instances 2)"),
    ("a + b -> GB", "(-> (+ a b) GB)"),
    ("x -> req/s", "(-> x (/ req s))"),
    ("a < b and not c >= d or e == f", "(or (and (< a b) (not (>= c d))) (== e f))"),
    ("5 $", "(juxtapose 5 $)"),
    ("3 µs", "(juxtapose 3 µs)"),
])
def test_precedence(text, tree):
    assert shape(expr(text)) == tree


def test_statements_and_spans():
    program = parse("""# header
unit tweet, photo
unit page = 8 KiB
rate = 5 req/s -> req/min
component web {
  load = rate
  scaling = single
}
flow {
  a -> b -> c * 10%
}
assert web.instances < 3
""", "f.bote")
    kinds = [type(s).__name__ for s in program.statements]
    assert kinds == ["UnitLabels", "UnitAlias", "Binding", "Component", "Flow", "Assert"]
    labels, alias, binding, comp, flow, check = program.statements
    assert [n for n, _ in labels.names] == ["tweet", "photo"]
    assert (alias.name, alias.name_span.line, alias.name_span.column) == ("page", 3, 6)
    assert isinstance(binding.expr, nodes.Convert)
    assert (comp.name, comp.name_span.line, comp.name_span.column) == ("web", 5, 11)
    assert [(p.name, p.name_span.line) for p in comp.properties] == [("load", 6), ("scaling", 7)]
    assert [(e.source, e.target, e.multiplier is not None) for e in flow.edges] == \
        [("a", "b", False), ("b", "c", True)]
    assert flow.edges[1].target_span.column == 13
    assert check.text == "web.instances < 3" and check.span.line == 12
    assert binding.expr.span.file == "f.bote"


def test_newlines_continue_inside_parentheses():
    (stmt,) = parse("x = (1 +\n  2) * max(3,\n 4)\n").statements
    assert shape(stmt.expr) == "(* (+ 1 2) (max() 3 4))"


def test_one_line_component_and_blank_lines():
    program = parse("\n\ncomponent a { capacity = 5 req/s }\n\n\nflow { a -> a2 }\n")
    assert len(program.statements) == 2


def test_crlf_and_no_final_newline():
    program = parse("a = 1\r\nb = 2")
    assert [s.name for s in program.statements] == ["a", "b"]


def test_group_span_covers_parentheses():
    e = expr("(1 + 2)")
    assert (e.span.column, e.span.end_column) == (5, 12)


def test_no_lark_tree_escapes():
    import lark
    program = parse("x = 1 + 2\ncomponent c { capacity = 1 req/s }\n")

    def walk(obj):
        assert not isinstance(obj, (lark.Tree, lark.Token)), obj
        if hasattr(obj, "__dataclass_fields__"):
            for name in obj.__dataclass_fields__:
                walk(getattr(obj, name))
        elif isinstance(obj, (tuple, list)):
            for item in obj:
                walk(item)
    walk(program)


@pytest.mark.parametrize("text, tree", [
    ("20 %", "(juxtapose 20 %)"),
    ("$5", "(juxtapose $ 5)"),
    ("5 min (2)", "(juxtapose (juxtapose 5 min) 2)"),
])
def test_units_before_numbers(text, tree):
    assert shape(expr(text)) == tree


def test_a_keyword_glued_to_a_parenthesis_is_not_a_call():
    (stmt,) = parse("assert not(1 > 2)\n").statements
    assert shape(stmt.expr) == "(not (> 1 2))"


@pytest.mark.parametrize("text", ["1__0", "1_", "2e6k"])
def test_loose_numbers_are_rejected(text):
    from bote.errors import BoteError
    import bote
    with pytest.raises(BoteError):
        bote.evaluate(f"x = {text}\n")


# ---- bote's own loop over Lark's parse table ---------------------------------------------------

def _parsed(text: str):
    from bote.errors import BoteError
    try:
        return parse(text, "p.bote")
    except BoteError as e:
        return [(d.kind, d.message, d.span, d.hint) for d in e.diagnostics]


def _both_loops(text: str, monkeypatch) -> None:
    """bote parses through Lark's table in a loop of its own (faster than
    Lark's `feed_token`); it must give what Lark's own loop gives: the same
    program, or the same errors."""
    import bote.parse as parse_module
    quick = _parsed(text)
    with monkeypatch.context() as m:
        m.setattr(parse_module, "_parse_quickly", lambda parser, lexer, source: parser.parse(source))
        assert _parsed(text) == quick


_ROOT = Path(__file__).resolve().parents[1]
_SOURCES = sorted([*(_ROOT / "examples").glob("*.bote"), *(_ROOT / "tests" / "errors").rglob("*.bote")])


@pytest.mark.parametrize("path", _SOURCES, ids=[str(p.relative_to(_ROOT)) for p in _SOURCES])
def test_the_examples_and_the_error_corpus_parse_alike_in_both_loops(path, monkeypatch):
    _both_loops(path.read_bytes().decode("utf-8", "replace"), monkeypatch)


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.deferred(lambda: __import__("tests.fuzz.programs", fromlist=["x"]).mutated_programs()))
def test_mutated_programs_parse_alike_in_both_loops(text, monkeypatch):
    _both_loops(text, monkeypatch)


def test_an_empty_file_and_a_file_of_newlines_parse_alike_in_both_loops(monkeypatch):
    for text in ("", "\n\n\n", "# only a comment", "x = 1", "x = (", "}"):
        _both_loops(text, monkeypatch)
