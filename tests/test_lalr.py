"""The generated LALR table (`bote.language.lalr`) is Lark's, and its driver
builds exactly what Lark builds: the same statements for every example,
every ```bote block of the docs, every case of the error corpus and
programs from the fuzzer (drawn from the grammar and mutated examples), and
the same error wherever Lark reports one."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from bote.errors import BoteError
from bote.language import lalr, lalr_gen, parse
from bote.resources import grammar_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz.programs import grammar_programs, mutated_programs, seed_errors, seed_programs

REGENERATE = "regenerate with: python -m bote.language.lalr_gen"


def test_the_table_is_generated_from_the_grammar_as_it_is():
    grammar = grammar_path().read_text(encoding="utf-8")
    assert lalr.load(grammar) is not None, f"lalr_table.py is stale or missing: {REGENERATE}"
    assert lalr_gen.TABLE_PATH.read_text(encoding="utf-8") == lalr_gen.table_source(grammar), \
        f"lalr_table.py is not what Lark computes for the grammar: {REGENERATE}"


def _outcome(text: str, table: bool):
    """The program, or the error's text, parsed with the table or with Lark alone."""
    with parse._LOCK:
        try:
            return parse._parse(text, "t.bote", table=table)
        except BoteError as e:
            return ("error", str(e))


def _same(text: str) -> None:
    assert _outcome(text, True) == _outcome(text, False)


def test_the_table_parses_without_lark():
    assert parse._fast() is not None


class _FellBack(Exception):
    pass


def _table_alone(text: str, monkeypatch) -> bool:
    """Whether the table's parser (and its lexer) parsed `text` to the end
    without handing it to Lark: `_same` cannot tell, since the table path
    falls back to Lark quietly on anything it does not take."""
    def no_lark():
        raise _FellBack
    with monkeypatch.context() as m:
        m.setattr(parse, "_lark", no_lark)
        with parse._LOCK:
            try:
                parse._parse(text, "t.bote", table=True)
            except _FellBack:
                return False
    return True


@pytest.mark.parametrize("text", [t for t in seed_programs() if not isinstance(_outcome(t, False), tuple)],
                         ids=lambda t: t[:30])
def test_every_valid_example_and_doc_block_is_parsed_by_the_table_alone(text, monkeypatch):
    assert _table_alone(text, monkeypatch)


FLOW = "component a {\n  load = 10 req/s\n  capacity = 1k req/s\n}\ncomponent b {\n  capacity = 1k req/s\n}\n"


@pytest.mark.parametrize("edge", ["a -> b batch 10", "a -> b * 2 batch 10", "a -> b batch 10\nbatch = 2"])
def test_the_contextual_keyword_batch_is_taken_by_the_table(edge, monkeypatch):
    """`batch` is a keyword after an edge and a name elsewhere; the table's
    own states hold a goto on the rule `batch` too, which the word must not be
    mistaken for (it was: `a -> b batch` with no size became an internal error)."""
    text = FLOW + "flow {\n  " + edge.split("\n")[0] + "\n}\n" + "".join(l + "\n" for l in edge.split("\n")[1:])
    assert _table_alone(text, monkeypatch)
    _same(text)


@pytest.mark.parametrize("edge", ["a -> b batch", "a -> b batch -> a"])
def test_batch_without_its_size_is_lark_s_syntax_error(edge):
    text = FLOW + "flow {\n  " + edge + "\n}\n"
    outcome = _outcome(text, True)
    assert outcome in [("error", "the line ends where a value was expected"), ("error", "unexpected `->`")]
    _same(text)


@pytest.mark.parametrize("text", seed_programs(), ids=lambda t: t[:30])
def test_every_example_and_doc_block_parses_as_lark_parses_it(text):
    _same(text)   # a few doc blocks show an error on purpose


def test_every_case_of_the_error_corpus_fails_as_with_lark():
    for text in seed_errors():
        _same(text)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(grammar_programs())
def test_programs_from_the_grammar_parse_as_lark_parses_them(text):
    _same(text)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_programs())
def test_mutated_programs_parse_as_lark_parses_them(text):
    _same(text)


def test_a_stale_table_is_not_used(monkeypatch):
    """A grammar changed since the table was generated: bote parses with Lark, with the same result."""
    text = seed_programs()[0]
    expected = _outcome(text, True)
    monkeypatch.setattr(parse, "_FAST", None)
    monkeypatch.setattr(lalr, "TABLE_MODULE", "bote.language.no_such_table")
    assert parse._fast() is None
    assert _outcome(text, True) == expected
    assert lalr.load("a grammar of another hash") is None
