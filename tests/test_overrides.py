"""`--set NAME=EXPR` and `--set component.property=EXPR`: a file evaluated
with some of its values replaced, on check, explain, graph and render
(which only previews a what-if), without touching the file."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bote.cli import main

FILE = """\
peak = 10k req/s
component api {
  load = peak
  capacity = 400 req/s
}
"""


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "s.bote"
    p.write_text(FILE)
    return p


def run(*args):
    r = CliRunner().invoke(main, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def components(path, *sets):
    options = [word for s in sets for word in ("--set", s)]
    code, out, _ = run("check", path, "--format", "json", *options)
    return code, json.loads(out)["files"][0]["components"]


def test_a_binding_replaced(path):
    # 30k / (400 × 70%) = 107.1: 108 + 1.
    code, c = components(path, "peak=30k req/s")
    assert code == 0 and c["api"]["instances"] == 109
    assert path.read_text() == FILE  # the file is never touched


def test_properties_replaced_and_added(path):
    # 10k / (800 × 70%) = 17.9: 18 + 2 spares.
    _code, c = components(path, "api.capacity=800 req/s", "api.redundancy=2")
    assert (c["api"]["needed"], c["api"]["instances"]) == (18, 20)


def test_a_choice_replaced(path):
    code, c = components(path, "api.scaling=single")
    assert code == 1 and set(c["api"]["risks"]) == {"overloaded", "cannot-scale"}


def test_the_last_of_two_sets_of_one_name_wins(path):
    _code, c = components(path, "peak=1k req/s", "peak=30k req/s")
    assert c["api"]["instances"] == 109


@pytest.mark.parametrize("option, message, caret", [
    ("peek=1", "--set:1:1: error: --set peek: the file has no binding `peek`", "^^^^"),
    ("api.capcity=1", "--set:1:1: error: unknown property `capcity` in component api", "^^^^^^^^^^^"),
    ("web.capacity=1 req/s", "--set:1:1: error: --set web.capacity: the file has no component `web`", None),
    ("peak=30k rq/s", "--set:1:10: error: unknown unit `rq`", "^^"),
    ("peak", "--set:1:1: error: a --set is NAME=EXPR or COMPONENT.PROPERTY=EXPR", None),
    ("peak=30k req/s + 5 GB", "--set:1:6: error:", None),
])
def test_a_wrong_set_is_an_error_at_the_option_as_typed(path, option, message, caret):
    code, _, err = run("check", path, "--set", option)
    assert code == 2
    assert message in err, err
    assert f" 1 | {option}" in err
    if caret is not None:
        assert err.splitlines()[2].endswith(caret)


def test_the_second_option_s_error_is_on_its_own_line(path):
    code, _, err = run("check", path, "--set", "peak=20k req/s", "--set", "api.capacity=5 GB")
    assert code == 2 and err.startswith("--set:2:14: error: property `capacity` of api must be")
    assert " 2 | api.capacity=5 GB" in err


def test_machine_formats_do_not_place_a_set_s_error_in_the_file(path):
    """`--set:1:10` is not line 1 of the file: JSON gives no position (it
    said line 1, column 10 of s.bote), SARIF the file itself, GitHub the option."""
    code, out, _ = run("check", path, "--format", "json", "--set", "peak=30k rq/s")
    (error,) = json.loads(out)["files"][0]["errors"]
    assert code == 2 and (error["line"], error["column"], error["kind"]) == (None, None, "unknown-unit")
    _, out, _ = run("check", path, "--format", "sarif", "--set", "peak=30k rq/s")
    (location,) = json.loads(out)["runs"][0]["results"][0]["locations"]
    assert location["physicalLocation"]["artifactLocation"]["uri"].endswith("s.bote")
    assert location["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 1}
    _, out, _ = run("check", path, "--format", "github", "--set", "peak=30k rq/s")
    assert out.startswith("::error file=--set,line=1,col=10,")


def test_explain_and_graph_take_it(path):
    code, out, _ = run("explain", path, "api.instances", "--set", "peak=20k req/s")
    # 20k / 280 = 71.4: 72 + 1.
    assert code == 0 and out.startswith("api.instances = needed + redundancy = 72 + 1 = 73")
    code, out, _ = run("graph", path, "--set", "peak=20k req/s")
    assert code == 0 and "72 + 1" in out


def test_render_only_previews_a_what_if(path):
    code, _, err = run("render", path, "--set", "peak=20k req/s")
    assert code == 2 and "add --diff" in err
    code, out, _ = run("render", path, "--set", "peak=20k req/s", "--diff")
    assert code == 1 and "+component api {  # => 72 + 1" in out
    assert path.read_text() == FILE


def test_a_file_s_own_results_are_not_judged_stale_under_a_what_if(tmp_path):
    p = tmp_path / "r.bote"
    p.write_text("peak = 10k req/s  # => 10k req/s\n")
    code, out, _ = run("check", p, "--set", "peak=2k req/s")
    assert code == 0 and "stale-result" not in out


def test_a_design_doc_takes_it(tmp_path):
    doc = tmp_path / "d.md"
    doc.write_text("# D\n\n```bote\n" + FILE + "```\n")
    _code, c = components(doc, "peak=30k req/s")
    assert c["api"]["instances"] == 109
