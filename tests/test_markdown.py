"""Markdown design docs: ```bote blocks checked as one program, at the doc's
own lines; results rendered between markers; bytes outside them untouched."""
import subprocess
import sys

import pytest
from click.testing import CliRunner

from bote.api import evaluate_markdown
from bote.cli import main
from bote.docs.markdown import find_blocks
from bote.writeback.docrender import BEGIN, END, clean, render

DOC = """# Shortener design

Traffic is 100M new links a day.

```bote
writes = 100M requests per day -> req/s
reads = writes * 10
```

The API serves reads and writes.

```bote
component api {
  load = reads + writes
  capacity = 500 req/s
}
component db {
  capacity = 5k req/s
  scaling = single
}
flow {
  api -> db * 10%
}
assert db.utilization < 70%
```

That is all.
"""


def cli(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write(tmp_path, name, text, newline=""):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


# ---- reading blocks ------------------------------------------------------------

def test_later_blocks_see_earlier_names_and_lines_are_the_docs():
    report = evaluate_markdown(DOC, "doc.md")
    assert [v.name for v in report.values] == ["writes", "reads"]
    assert report.values[0].span.line == 6
    (api, db) = report.components
    assert api.span.line == 13 and db.sizing.load == report.components[0].sizing.load / 10
    assert report.asserts[0].span.line == 24


CONTAINERS = """Intro

~~~bote
a = 1
~~~

- a list item

  ````bote
  b = a + 1
  ````

> quoted:
>
> ```bote
> c = b * 2
> ```

`````markdown
An example of a block, not a block:
```bote
d = nonsense +
```
`````

    ```bote
    indented code, not a fence
    ```
"""


def test_fences_follow_commonmark():
    blocks = find_blocks(CONTAINERS)
    assert [b.fence_line for b in blocks] == [3, 9, 15]
    report = evaluate_markdown(CONTAINERS, "c.md")
    assert [(v.name, v.quantity.magnitude, v.span.line, v.span.column) for v in report.values] == \
        [("a", 1, 4, 1), ("b", 2, 10, 3), ("c", 4, 16, 3)]


def test_the_language_name_is_read_without_regard_to_case():
    """```Bote and ~~~BOTE are bote blocks, as GitHub's highlighter and the VS
    Code grammar read them; ```boterc is not."""
    doc = "```Bote\na = 1\n```\n\n~~~BOTE {.numberLines}\nb = a + 1\n~~~\n\n```boterc\nc = 3\n```\n"
    assert [b.fence_line for b in find_blocks(doc)] == [1, 5]
    assert [v.name for v in evaluate_markdown(doc, "c.md").values] == ["a", "b"]


def test_errors_are_reported_at_the_docs_line_and_column(tmp_path):
    doc = write(tmp_path, "bad.md", "# T\n\n> ```bote\n> x = 2 B\n> ```\n")
    result = cli("check", str(doc))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:3] == [f"{doc}:4:9: error: `B` is not a unit", " 4 | > x = 2 B",
                                             "   |         ^"]


def test_md_without_blocks_is_skipped_silently(tmp_path):
    write(tmp_path, "notes.md", "# Notes\n\nNo estimates here.\n")
    write(tmp_path, "e.bote", "x = 1\n")
    result = cli("check", str(tmp_path))
    assert result.exit_code == 0
    assert "e.bote" in result.stdout and "notes.md" not in result.stdout


def test_directory_skips_hidden_and_venv(tmp_path):
    write(tmp_path, "a.bote", "x = 1\n")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden", "b.bote", "x = (\n")
    (tmp_path / ".venv").mkdir()
    write(tmp_path / ".venv", "c.md", "```bote\nx = (\n```\n")
    (tmp_path / "node_modules").mkdir()
    write(tmp_path / "node_modules", "d.bote", "x = (\n")
    assert cli("check", str(tmp_path)).exit_code == 0


# ---- writing results back -------------------------------------------------------------

def rendered(text):
    report = evaluate_markdown(clean(text), "doc.md")
    return render(text, report)


def test_render_writes_a_values_table_after_each_block_and_a_summary():
    out = rendered(DOC)
    assert out.count(BEGIN) == 1 and out.count(END) == 2
    assert "| writes | 1.16k req/s |" in out
    after_first_block = out.split("reads = writes * 10\n```\n", 1)[1]
    assert after_first_block.startswith("\n" + BEGIN + "\n")
    summary = out.split("<!-- bote:begin summary -->", 1)[1]
    assert "| api         | 12.7k req/s | 500 req/s  | 37 + 1" in summary
    assert "`db.utilization < 70%`" in summary and "passed" in summary
    assert out.endswith("<!-- bote:end -->\n\nThat is all.\n")


def test_rendering_twice_changes_nothing_and_clean_restores_the_original():
    once = rendered(DOC)
    assert rendered(once) == once
    assert clean(once) == DOC


def test_summary_goes_where_the_placeholder_stands():
    doc = DOC.replace("That is all.", "## Sizing\n\n<!-- bote:summary -->\n\nThat is all.")
    out = rendered(doc)
    head, tail = out.split("<!-- bote:summary -->\n", 1)
    assert "<!-- bote:begin summary -->" not in head
    assert tail.startswith("\n<!-- bote:begin summary -->")
    assert clean(out) == doc


@pytest.mark.parametrize("name, text", [
    ("crlf", DOC.replace("\n", "\r\n")),
    ("no-final-newline", DOC.rstrip("\n")),
    ("non-ascii-and-trailing-spaces", DOC.replace("That is all.", "Café ☕ — naïve estimates.   \t")),
    ("crlf-no-final-newline", DOC.replace("\n", "\r\n").rstrip("\r\n")),
])
def test_bytes_outside_the_markers_are_preserved(tmp_path, name, text):
    path = write(tmp_path, "doc.md", text)
    original = path.read_bytes()
    assert cli("render", str(path)).exit_code == 0
    out = path.read_bytes()
    assert out != original
    if "\r\n" in text:
        assert b"\n" not in out.replace(b"\r\n", b"")  # every inserted line uses CRLF too
    assert out.endswith(original[-12:])  # the end, with or without a final newline, untouched
    assert cli("render", "--check", str(path)).exit_code == 0  # idempotent
    assert cli("render", "--clean", str(path)).exit_code == 0
    assert path.read_bytes() == original


def test_a_utf8_bom_is_kept(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf" + DOC.encode())
    assert cli("render", str(path)).exit_code == 0
    assert path.read_bytes().startswith(b"\xef\xbb\xbf# Shortener")


def test_stale_doc_fails_check_with_a_diff_and_is_not_written(tmp_path):
    path = write(tmp_path, "doc.md", DOC)
    cli("render", str(path))
    stale = path.read_text().replace("100M requests per day", "200M requests per day")
    path.write_text(stale)
    result = cli("render", "--check", str(path))
    assert result.exit_code == 1 and "would be rewritten" in result.stdout
    assert path.read_text() == stale
    result = cli("render", "--diff", str(path))
    assert result.exit_code == 1
    assert "-| writes | 1.16k req/s |" in result.stdout and "+| writes | 2.31k req/s |" in result.stdout
    assert path.read_text() == stale


def test_invalid_block_leaves_the_doc_untouched(tmp_path):
    path = write(tmp_path, "doc.md", DOC.replace("reads = writes * 10", "reads = writes * "))
    before = path.read_bytes()
    result = cli("render", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:7:")
    assert path.read_bytes() == before


def test_write_is_atomic_and_keeps_the_mode(tmp_path):
    path = write(tmp_path, "doc.md", DOC)
    path.chmod(0o640)
    cli("render", str(path))
    assert (path.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["doc.md"]  # no temporary file left behind


def test_failing_assert_and_error_risk_in_a_doc(tmp_path):
    path = write(tmp_path, "doc.md", DOC.replace("db.utilization < 70%", "db.utilization < 1%")
                 .replace("capacity = 5k req/s", "capacity = 1k req/s"))
    before = path.read_bytes()
    result = cli("check", str(path))
    assert result.exit_code == 1
    assert "cannot-scale" in result.stdout and "assert failed: db.utilization < 1%" in result.stdout
    assert path.read_bytes() == before  # check never writes


def test_render_writes_a_bote_files_results_inline(tmp_path):
    """(tests/test_inline.py specifies it.)"""
    path = write(tmp_path, "x.bote", "x = 1\n")
    assert cli("render", str(path)).exit_code == 0
    assert path.read_text() == "x = 1  # => 1\n"


def test_an_unclosed_fence_is_an_error_at_the_fence_and_nothing_is_written(tmp_path):
    """(tests/test_markdown_safety.py specifies it.)"""
    path = write(tmp_path, "doc.md", "# T\n\n```bote\nx = 1\n")
    result = cli("render", str(path))
    assert result.exit_code == 2 and result.stderr.startswith(f"{path}:3:1: error: this ```bote block is never closed")
    assert path.read_text() == "# T\n\n```bote\nx = 1\n"


def test_python_m_bote_render_check(tmp_path):
    path = write(tmp_path, "doc.md", DOC)
    out = subprocess.run([sys.executable, "-m", "bote", "render", "--check", str(path)], capture_output=True,
                         text=True)
    assert out.returncode == 1


def test_the_example_design_doc_is_current():
    """examples/design-doc.md is rendered by bote and kept so (also in .ci/run)."""
    from conftest import ROOT
    result = cli("render", "--check", str(ROOT / "examples" / "design-doc.md"))
    assert result.exit_code == 0, result.stdout
    result = cli("check", str(ROOT / "examples" / "design-doc.md"))
    assert result.exit_code == 0
    assert "46 + 1" in result.stdout  # the API, sized at the peak


def test_the_ride_sharing_design_doc_is_current():
    """examples/ride-sharing.md (traffic classes) is rendered by bote and kept so (also in .ci/run)."""
    from conftest import ROOT
    result = cli("render", "--check", str(ROOT / "examples" / "ride-sharing.md"))
    assert result.exit_code == 0, result.stdout
    doc = (ROOT / "examples" / "ride-sharing.md").read_text(encoding="utf-8")
    # Dispatch: rides only, 1k req/s at 35 per node (tests/test_traffic_classes.py works it).
    assert "| dispatch             | 1k req/s (rides)                | 50 req/s         | 29 + 1" in doc
    assert "gateway.capacity = 1 / (gateway.load[rides] / gateway.load" in doc


@pytest.mark.parametrize("mode, change, command, code, annotation", [
    ("stale doc", ("100M requests per day", "300M requests per day"), ["render", "--check"], 1, None),
    ("failing assert", ("db.utilization < 70%", "db.utilization < 1%"), ["check", "--format", "github"], 1,
     ("assert db.utilization", "col=1,endLine={line},endColumn=27,title=bote (assert)::assert failed")),
    ("error-level risk", ("capacity = 5k req/s", "capacity = 1k req/s"), ["check", "--format", "github"], 1,
     ("component db {", "col=11,endLine={line},endColumn=13,title=bote (cannot-scale)::db cannot scale out")),
    ("invalid block", ("reads = writes * 10", "reads = writes * 10 B"), ["check", "--format", "github"], 2,
     ("reads = writes", "col=21,endLine={line},endColumn=22,title=bote (unknown-unit)::`B` is not a unit")),
])
def test_each_failure_mode(tmp_path, monkeypatch, mode, change, command, code, annotation):
    """Exit code, annotation and an untouched file, for each way a doc fails."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.md").write_text(DOC)
    cli("render", "doc.md")
    changed = (tmp_path / "doc.md").read_text().replace(*change)
    (tmp_path / "doc.md").write_text(changed)
    result = cli(*command, "doc.md")
    assert result.exit_code == code, result.stdout + result.stderr
    if annotation:
        marker, rest = annotation
        line = next(i for i, text in enumerate(changed.splitlines(), 1) if text.startswith(marker))
        expected = f"::error file=doc.md,line={line}," + rest.format(line=line)
        assert any(out.startswith(expected) for out in result.stdout.splitlines()), result.stdout
    assert (tmp_path / "doc.md").read_text() == changed


def test_graph_command(tmp_path):
    from conftest import ROOT
    result = cli("graph", str(ROOT / "examples" / "timeline.bote"))
    assert result.exit_code == 0 and result.stdout.startswith("flowchart LR\n")
    assert "cache -->|\"10%\"| replicas" in result.stdout
    result = cli("graph", "--format", "dot", str(ROOT / "examples" / "timeline.bote"))
    assert result.exit_code == 0 and result.stdout.startswith("digraph bote {")
    bad = write(tmp_path, "bad.bote", "x = (\n")
    assert cli("graph", str(bad)).exit_code == 2


# ---- what the second review found -------------------------------------------------------------

def test_markers_shown_inside_code_are_the_authors():
    doc = DOC + "\n````markdown\n<!-- bote:begin -->\n| an example |\n<!-- bote:end -->\n````\n"
    out = rendered(doc)
    assert "| an example |" in out and clean(out) == doc


def test_an_unmatched_begin_marker_leaves_the_file_untouched(tmp_path):
    path = write(tmp_path, "doc.md", DOC + "\n<!-- bote:begin -->\n\nthe author's text\n")
    before = path.read_bytes()
    result = cli("render", str(path))
    assert result.exit_code == 2 and "has no `<!-- bote:end -->`" in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("text", [DOC.replace("\n", "\r"), DOC.replace("Traffic is", "Traffic\u2028is")
                                  .replace("That is all.", "Form\x0cfeed.")])
def test_commonmark_line_endings_only(tmp_path, text):
    path = write(tmp_path, "doc.md", text)
    original = path.read_bytes()
    assert cli("check", str(path)).exit_code == 0
    assert cli("render", str(path)).exit_code == 0
    assert cli("render", "--check", str(path)).exit_code == 0
    assert cli("render", "--clean", str(path)).exit_code == 0
    assert path.read_bytes() == original


def test_nested_containers_and_a_fence_on_the_list_marker_line():
    report = evaluate_markdown("- > ```bote\n  > x = 1\n  > ```\n- item\n", "n.md")
    assert (report.values[0].span.line, report.values[0].span.column) == (2, 5)
    out = rendered("- ```bote\n  x = 1\n  ```\n- item two\n")
    assert "\n  <!-- bote:begin -->\n" in out and out.endswith("  <!-- bote:end -->\n- item two\n")


def test_chains_of_caches_go_cold_together():
    from conftest import run
    report = run("component a { load = 100k req/s\n capacity = 1M req/s\n hit_rate = 50% }\n"
                 "component b { capacity = 1M req/s\n hit_rate = 50% }\n"
                 "component db { capacity = 200k req/s }\nflow {\n  a -> b * misses -> db * misses\n}\n")
    cold = {c.name: c.cold_load for c in report.components}
    assert cold == {"a": 100_000, "b": 100_000, "db": 100_000}
    assert {c.name: c.sizing.load for c in report.components}["db"] == 25_000
