"""Inline results in .bote files: `bote render FILE.bote` writes `# => TEXT`
after each binding and each component's opening line, `bote check` reports a
stale one as the warning `stale-result`, and every command that finds nothing
to do says so in one line."""
import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from bote.api import evaluate_markdown, evaluate_source
from bote.cli import main
from bote.writeback.inline import clean_results, render_results

SHORTENER = """\
writes = 100M requests per day -> req/s
reads = writes * 10
component api {
  load = reads + writes
  service_time = 20 ms
  workers = 8
}
component db {
  capacity = 5k qps
  scaling = single
}
flow {
  api -> db * 10%
}
assert db.utilization < 70%
"""

RENDERED = """\
writes = 100M requests per day -> req/s  # => 1.16k req/s
reads = writes * 10  # => 11.6k req/s
component api {  # => 46 + 1
  load = reads + writes
  service_time = 20 ms
  workers = 8
}
component db {  # => 1 + 1
  capacity = 5k qps
  scaling = single
}
flow {
  api -> db * 10%
}
assert db.utilization < 70%
"""


def cli(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write(tmp_path, name, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def rendered(text: str) -> str:
    return render_results(text, evaluate_source(text, "x.bote"))


def stale(text: str, name="x.bote"):
    report = evaluate_source(text, name)
    return [(r.span.line, r.span.column, r.message) for r in report.risks if r.kind == "stale-result"]


# ---- what render writes -------------------------------------------------------------------

def test_render_writes_each_bindings_value_and_each_components_instances(tmp_path):
    # 100M/day = 1,157.4 req/s; reads 11,574 req/s; 8 workers at 20 ms serve
    # 400 req/s an instance: 12,731 / (400 x 70%) = 45.5 -> 46 (+ 1 spare);
    # db gets 10%, 1,273 qps of 5k: 1 + 1.
    path = write(tmp_path, "x.bote", SHORTENER)
    result = cli("render", str(path))
    assert result.exit_code == 0 and result.stdout == f"{path}: rendered\n"
    assert path.read_text() == RENDERED


def test_a_component_result_lists_its_risks_after_the_instances():
    text = "component db {\n  load = 3k req/s\n  capacity = 1k req/s\n  scaling = single\n}\n"
    # A primary that cannot scale stays at one instance (and its standby)
    # while 3k req/s needs 3k / (1k * 70%) = 5: the table says `1 + 1` and
    # `overloaded, cannot-scale`; the comment says both.
    assert rendered(text).splitlines()[0] == "component db {  # => 1 + 1; overloaded, cannot-scale"


def test_with_ranges_a_value_is_its_median_and_interval():
    text = "peak = 10k to 50k qps\n"
    assert rendered(text) == "peak = 10k to 50k qps  # => 22.3k (9.94k–49.8k) qps\n"


def test_a_component_bote_does_not_size_gets_no_result():
    text = "component phones {\n  kind = clients\n  count = 1k\n  rate = 1 per minute\n}\n"
    assert rendered(text) == text


def test_a_multi_line_binding_gets_its_result_on_its_first_line():
    text = "total = (1 GB\n         + 2 GB)\n"
    assert rendered(text) == "total = (1 GB  # => 3 GB\n         + 2 GB)\n"


def test_after_a_backslash_continuation_the_result_goes_on_the_next_line():
    # A comment cannot follow the backslash: it would end the continuation.
    text = "total = 1 GB \\\n  + 2 GB\n"
    assert rendered(text) == "total = 1 GB \\\n  + 2 GB  # => 3 GB\n"


def test_a_component_with_a_property_on_its_opening_line():
    text = "component db { capacity = 5k qps\n  load = 1k qps\n}\n"
    assert rendered(text).splitlines()[0] == "component db { capacity = 5k qps  # => 1 + 1"


def test_an_authors_comment_is_kept_and_the_result_follows_it():
    text = "storage = 5 GB  # per user, after compression\n"
    assert rendered(text) == "storage = 5 GB  # per user, after compression  # => 5 GB\n"


def test_an_existing_result_is_replaced_where_it_stands():
    # Hand-aligned results stay aligned: only the text after `# =>` changes.
    text = "a = 2 GB * 3              # => 5 GB\nbb = 1 GB                 #=> 1 GB\n"
    assert rendered(text) == "a = 2 GB * 3              # => 6 GB\nbb = 1 GB                 # => 1 GB\n"


def test_lines_that_are_not_bindings_or_component_openings_are_never_touched():
    text = ("# notes  # => 3\nx = 1\ncomponent api {\n  load = 1k req/s  # => 2\n  capacity = 100 req/s\n}\n"
            "assert x == 1  # => true\n")
    out = rendered(text)
    assert out == text.replace("x = 1\n", "x = 1  # => 1\n").replace("api {\n", "api {  # => 15 + 1\n")


# ---- every other byte is kept -------------------------------------------------------------

def test_crlf_trailing_spaces_and_no_final_newline_are_kept(tmp_path):
    original = b"# sizes   \r\nx = 5 GB\r\n  \r\ny = x * 2"
    path = write(tmp_path, "x.bote", original)
    assert cli("render", str(path)).exit_code == 0
    assert path.read_bytes() == b"# sizes   \r\nx = 5 GB  # => 5 GB\r\n  \r\ny = x * 2  # => 10 GB"


def test_a_byte_order_mark_and_the_files_mode_are_kept(tmp_path):
    path = write(tmp_path, "x.bote", b"\xef\xbb\xbfx = 5 GB\n")
    path.chmod(0o640)
    assert cli("render", str(path)).exit_code == 0
    assert path.read_bytes() == b"\xef\xbb\xbfx = 5 GB  # => 5 GB\n"
    assert path.stat().st_mode & 0o777 == 0o640


def test_rendering_twice_changes_nothing(tmp_path):
    path = write(tmp_path, "x.bote", SHORTENER)
    cli("render", str(path))
    once = path.read_bytes()
    result = cli("render", str(path))
    assert result.exit_code == 0 and result.stdout == f"{path}: up to date\n"
    assert path.read_bytes() == once


def test_clean_removes_exactly_what_render_wrote(tmp_path):
    original = ("# sizes   \r\nstorage = 5 GB  # per user\r\ntotal = (storage\r\n  * 2)\r\n"
                "component db {\r\n  capacity = 5k qps\r\n}\r\nassert total > 1 GB")
    path = write(tmp_path, "x.bote", original)
    assert cli("render", str(path)).exit_code == 0
    assert path.read_bytes() != original.encode()
    result = cli("render", "--clean", str(path))
    assert result.exit_code == 0 and result.stdout == f"{path}: cleaned\n"
    assert path.read_bytes() == original.encode()


def test_clean_removes_hand_written_results_with_the_spaces_before_them():
    text = "a = 1 GB        # => 5 GB\nb = 2 GB  # mine  # => 2 GB\n"
    assert clean_results(text, evaluate_source(text, "x.bote")) == "a = 1 GB\nb = 2 GB  # mine\n"


def test_an_invalid_file_is_not_written(tmp_path):
    path = write(tmp_path, "x.bote", "x = 5 GB  # => 4 GB\ny = 2 B\n")
    before = path.read_bytes()
    for args in ([], ["--clean"], ["--check"]):
        result = cli("render", *args, str(path))
        assert result.exit_code == 2
        assert result.stderr.startswith(f"{path}:2:7: error: `B` is not a unit")
        assert path.read_bytes() == before


# ---- render --check and --diff --------------------------------------------------------------

@pytest.mark.parametrize("text, why", [
    (SHORTENER, "missing"),
    (RENDERED.replace("46 + 1", "40 + 1"), "stale"),
])
def test_check_exits_1_when_a_result_is_missing_or_stale_and_writes_nothing(tmp_path, text, why):
    path = write(tmp_path, "x.bote", text)
    result = cli("render", "--check", str(path))
    assert result.exit_code == 1, why
    assert result.stdout == f"{path}: would be rewritten (run `bote render {path}`)\n"
    assert path.read_text() == text


def test_check_exits_0_on_a_current_file(tmp_path):
    path = write(tmp_path, "x.bote", RENDERED)
    result = cli("render", "--check", str(path))
    assert result.exit_code == 0 and result.stdout == f"{path}: up to date\n"


def test_diff_prints_the_change(tmp_path):
    path = write(tmp_path, "x.bote", "x = 5 GB  # => 4 GB\ny = 1 GB\n")
    result = cli("render", "--diff", str(path))
    assert result.exit_code == 1
    assert result.stdout == (f"--- a/{path}\n+++ b/{path}\n@@ -1,2 +1,2 @@\n"
                             "-x = 5 GB  # => 4 GB\n-y = 1 GB\n+x = 5 GB  # => 5 GB\n+y = 1 GB  # => 1 GB\n"
                             f"{path}: would be rewritten (run `bote render {path}`)\n")
    assert path.read_text() == "x = 5 GB  # => 4 GB\ny = 1 GB\n"


# ---- bote check: stale-result ----------------------------------------------------------------

def test_check_reports_a_stale_result_at_its_comment(tmp_path):
    text = "people = 10M\nper_user = 500 bytes\nstorage = people * per_user -> GB  # => 6 GB\n"
    assert stale(text) == [(3, 36, "line 3 says 6 GB, bote computes 5 GB")]
    path = write(tmp_path, "x.bote", text)
    result = cli("check", str(path))
    assert result.exit_code == 0  # a warning
    assert "stale-result  line 3 says 6 GB, bote computes 5 GB; run `bote render" in result.stdout
    assert cli("check", "--strict", str(path)).exit_code == 1


def test_a_stale_component_result():
    text = "component db {   # => 1 + 1\n  load = 3k req/s\n  capacity = 1k req/s\n  scaling = single\n}\n"
    assert stale(text) == [(1, 18, "line 1 says 1 + 1, bote computes 1 + 1; overloaded, cannot-scale")]


def test_current_and_missing_results_are_not_findings():
    assert stale("x = 5 GB  # => 5 GB\ny = 1 GB\n") == []
    assert stale(SHORTENER) == [] and stale(RENDERED) == []


def test_a_stale_result_in_every_format(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "x.bote", "x = 5 GB  # => 4 GB\n")
    risk = json.loads(cli("check", "--format", "json", "x.bote").stdout)["files"][0]["risks"][0]
    assert risk == {"component": None, "kind": "stale-result", "severity": "warning",
                    "message": "line 1 says 4 GB, bote computes 5 GB", "remedy": "run `bote render x.bote` to update it",
                    "line": 1, "column": 11, "probability": 1.0, "sensitivity": []}
    assert cli("check", "--format", "github", "x.bote").stdout == (
        "::warning file=x.bote,line=1,col=11,endLine=1,endColumn=20,title=bote (stale-result)::"
        "line 1 says 4 GB, bote computes 5 GB. Fix: run `bote render x.bote` to update it\n")
    log = json.loads(cli("check", "--format", "sarif", "x.bote").stdout)
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "stale-result" and result["level"] == "warning"
    assert log["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "stale-result"
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1, "startColumn": 11, "endLine": 1, "endColumn": 20}
    # JUnit: one testcase for the file's own findings, failed under --strict.
    suite = ET.fromstring(cli("check", "--format", "junit", "--strict", "x.bote").stdout)[0]
    (case,) = [c for c in suite if c.get("name") == "file"]
    assert case.find("failure").get("type") == "stale-result"
    assert case.find("failure").text.startswith("x.bote:1:11: warning stale-result: line 1 says 4 GB")
    suite = ET.fromstring(cli("check", "--format", "junit", "x.bote").stdout)[0]
    assert suite.get("failures") == "0" and "line 1 says 4 GB" in suite.find("testcase/system-out").text


def test_a_findings_table_without_a_component_shows_a_dash():
    from bote.writeback.docrender import summary_lines
    report = evaluate_source("x = 5 GB  # => 4 GB\n", "x.bote")
    assert "| -           | warning    | stale-result | line 1 says 4 GB, bote computes 5 GB; run `bote render " \
           "x.bote` to update it |" in summary_lines(report, None)


# ---- in Markdown docs ------------------------------------------------------------------------

DOC = "# Sizes\n\n> ```bote\n> storage = 10M * 500 bytes -> GB   # => 6 GB\n> copies = 3\n> ```\n"


def test_check_compares_the_results_written_in_a_docs_blocks():
    report = evaluate_markdown(DOC, "doc.md")
    assert [(r.kind, r.span.line, r.span.column, r.message) for r in report.risks] == [
        ("stale-result", 4, 37, "line 4 says 6 GB, bote computes 5 GB")]


def test_render_keeps_a_docs_results_current_and_adds_none(tmp_path):
    path = write(tmp_path, "doc.md", DOC)
    assert cli("render", str(path)).exit_code == 0
    text = path.read_text()
    assert "> storage = 10M * 500 bytes -> GB   # => 5 GB\n> copies = 3\n" in text  # and the values table
    assert "| copies  | 3       |" in text
    assert cli("render", "--check", str(path)).exit_code == 0
    assert cli("render", "--clean", str(path)).exit_code == 0
    assert path.read_text() == DOC.replace("6 GB", "5 GB")  # the author's results stay


# ---- nothing to do ---------------------------------------------------------------------------

def test_render_says_when_a_bote_file_has_nothing_to_render(tmp_path):
    path = write(tmp_path, "x.bote", "# just units\nunit tweet\n")
    result = cli("render", str(path))
    assert result.exit_code == 0
    assert result.stdout == f"{path}: no bindings or sized components, nothing to render\n"
    assert cli("render", "--check", str(path)).exit_code == 0


def test_render_says_when_a_doc_has_no_blocks(tmp_path):
    path = write(tmp_path, "notes.md", "# Notes\n")
    result = cli("render", str(path))
    assert result.exit_code == 0 and result.stdout == f"{path}: no ```bote blocks, nothing to render\n"


def test_check_says_when_a_doc_has_no_blocks(tmp_path):
    path = write(tmp_path, "notes.md", "# Notes\n")
    result = cli("check", str(path))
    assert result.exit_code == 0 and result.stdout == f"{path}: no ```bote blocks, nothing to check\n"


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github"])
def test_machine_formats_stay_parseable_and_say_it_on_stderr(tmp_path, fmt):
    path = write(tmp_path, "notes.md", "# Notes\n")
    result = cli("check", "--format", fmt, str(path))
    assert result.exit_code == 0
    assert result.stderr == f"{path}: no ```bote blocks, nothing to check\n"
    if fmt == "json":
        assert json.loads(result.stdout)["files"] == []
    elif fmt == "sarif":
        assert json.loads(result.stdout)["runs"][0]["results"] == []
    elif fmt == "junit":
        assert ET.fromstring(result.stdout).get("tests") == "0"
    else:
        assert result.stdout == ""


def test_check_says_when_a_folder_holds_no_estimates(tmp_path):
    (tmp_path / "docs").mkdir()
    write(tmp_path / "docs", "a.md", "# A\n")
    write(tmp_path / "docs", "b.md", "# B\n")
    result = cli("check", str(tmp_path / "docs"))
    assert result.exit_code == 0
    assert result.stdout == f"{tmp_path / 'docs'}: no .bote files or ```bote blocks, nothing to check\n"


def test_graph_says_when_there_is_nothing_to_draw(tmp_path):
    doc = write(tmp_path, "notes.md", "# Notes\n")
    result = cli("graph", str(doc))
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"{doc}: no ```bote blocks, nothing to draw\n"
    plain = write(tmp_path, "x.bote", "x = 1\n")
    result = cli("graph", str(plain))
    assert result.exit_code == 0 and result.stdout == "flowchart LR\n"
    assert result.stderr == f"{plain}: no components, the graph is empty\n"


def test_plot_of_a_doc_without_blocks_is_an_error(tmp_path):
    doc = write(tmp_path, "notes.md", "# Notes\n")
    result = cli("plot", str(doc), "x", "--out", str(tmp_path / "x.svg"))
    assert result.exit_code == 2 and result.stderr == f"error: {doc} has no ```bote blocks\n"


def test_the_docs_stale_finding_is_what_bote_prints(tmp_path, monkeypatch):
    """docs/language.md's example, with line 3's result made stale."""
    import re

    from conftest import ROOT
    text = (ROOT / "docs" / "language.md").read_text(encoding="utf-8")
    section = text[text.index("### Inline results in .bote files"):]
    block = re.search(r"```bote\n(.*?)```", section, re.DOTALL).group(1)
    shown = re.search(r"gets\nthis finding.*?\n\n((?:    [^\n]*\n)+)", section, re.DOTALL).group(1)
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "x.bote", block.replace("# => 438 PB", "# => 48.7 PB"))
    out = cli("check", "x.bote").stdout.splitlines()
    for line in shown.splitlines():
        assert line[4:] in out
    assert cli("render", "--check", str(write(tmp_path, "y.bote", block))).exit_code == 0  # the block is current
