"""Positions on every line ending: LF, CRLF and a lone CR are line breaks; a
form feed, a vertical tab or U+2028 are not (issue 11, "Line endings")."""
import json
import xml.etree.ElementTree as ET

import pytest

import bote
from bote.api import evaluate_text
from bote.model.report import Report
from bote.render.diagnostics import render_diagnostic
from bote.render.github import render_github
from bote.render.json import render_json
from bote.render.junit import render_junit
from bote.render.sarif import render_sarif

ENDINGS = {"LF": "\n", "CRLF": "\r\n", "CR": "\r"}


def invalid(end: str) -> str:
    """`foo` is unknown at line 3, column 9, whatever the line ending."""
    return end.join(["x = 1 GB", "y = 2 GB", "z = x + foo", ""])


@pytest.mark.parametrize("ending", ENDINGS)
def test_the_position_is_the_same_on_every_ending(ending):
    f = evaluate_text(invalid(ENDINGS[ending]), "e.bote")
    (d,) = f.errors
    assert (d.span.line, d.span.column) == (3, 9)
    rendered = render_diagnostic(d, f.source).splitlines()
    assert rendered[0] == "e.bote:3:9: error: unknown name `foo`"
    assert rendered[1] == " 3 | z = x + foo"
    assert rendered[2] == "   |         ^^^"


@pytest.mark.parametrize("ending", ENDINGS)
def test_every_format_names_that_line(ending):
    report = Report([evaluate_text(invalid(ENDINGS[ending]), "e.bote")])
    assert json.loads(render_json(report))["files"][0]["errors"][0]["line"] == 3
    assert "::error file=e.bote,line=3,col=9" in render_github(report, False)
    region = json.loads(render_sarif(report, False))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert (region["region"]["startLine"], region["region"]["startColumn"]) == (3, 9)
    assert "e.bote:3:9" in ET.tostring(ET.fromstring(render_junit(report, False)), encoding="unicode")


def test_a_lone_cr_separates_statements():
    """`x = 1 GB\\ry = 2 GB` (an old Mac file) is two bindings, not one error."""
    report = bote.evaluate("x = 1 GB\ry = 2 GB\r", "mac.bote")
    assert [v.name for v in report.files[0].values] == ["x", "y"]


@pytest.mark.parametrize("separator", ["\f", "\v"])
def test_a_page_break_is_not_a_line_break(separator):
    """str.splitlines would break here and show the wrong line under the caret."""
    text = f"x = 1 GB\n{separator}\ny = x + foo\n"
    f = evaluate_text(text, "p.bote")
    (d,) = f.errors
    assert (d.span.line, d.span.column) == (3, 9)
    assert render_diagnostic(d, f.source).splitlines()[1] == " 3 | y = x + foo"


@pytest.mark.parametrize("separator", ["\u2028", "\x1c", "\x85"])
def test_other_unicode_breaks_are_characters_bote_points_at(separator):
    f = evaluate_text(f"x = 1 GB\n{separator}\ny = 2 GB\n", "p.bote")
    (d,) = f.errors
    assert (d.span.line, d.span.column) == (2, 1)
    assert render_diagnostic(d, f.source).splitlines()[1].startswith(" 2 | ")


def test_a_form_feed_inside_a_line_keeps_the_caret_on_its_spot():
    f = evaluate_text("x = 1 GB\ny =\f x + foo\n", "p.bote")
    (d,) = f.errors
    assert (d.span.line, d.span.column) == (2, 10)
    lines = render_diagnostic(d, f.source).splitlines()
    assert lines[2].index("^") - lines[1].index("y") == 9


def test_a_failed_assert_after_a_form_feed_prints_its_own_text():
    report = bote.evaluate("x = 1\n\f\nassert x > 2\n", "a.bote")
    (a,) = report.asserts
    assert a.text == "x > 2" and a.message == "assert failed: x > 2 (x is 1)"
    assert a.span.line == 3


def test_a_unicode_line_separator_is_named_not_called_binary_data():
    f = evaluate_text("x = 1\n\u2028\n", "u.bote")
    (d,) = f.errors
    assert d.message == "U+2028 is not a line break in bote" and (d.span.line, d.span.column) == (2, 1)
