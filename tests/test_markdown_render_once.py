"""`bote render` evaluates a design doc once.

A doc is evaluated as it stands (errors point at the author's lines); the
figures bote writes are those of the doc without its sections.  Removing the
sections only moves the blocks up, so the first evaluation's report serves
for both, its lines moved: unless the blocks read differently once the
sections are gone, and then the cleaned doc is evaluated again.  Either way
the doc bote writes is byte for byte the one evaluating the cleaned doc
gives; the property tests compare the two on fuzzed docs.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import tabulate as tabulate_module
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bote.pipeline
from bote.writeback import cleaning, docrender
from bote.writeback.docrender import github_table, lines_in_clean, render_file

DOC = """# Capacity

```bote
writes = 200 req/s  # => 100 req/s
component db {  # => 1 + 1
  load = writes
  capacity = 1k req/s
}
```

Between the blocks.

- in a list

  ```bote
  reads = writes * 10
  assert reads < 5k req/s
  ```
"""


@pytest.fixture
def evaluations(monkeypatch):
    """How many times a render evaluates the doc."""
    count = [0]
    evaluate = bote.pipeline.evaluate_markdown

    def counted(*args, **kwargs):
        count[0] += 1
        return evaluate(*args, **kwargs)

    monkeypatch.setattr(bote.pipeline, "evaluate_markdown", counted)
    return count


def evaluated_twice(monkeypatch):
    """Render the way bote did before: the cleaned doc parsed and evaluated again."""
    monkeypatch.setattr(docrender, "_report_of_clean", lambda *args: (None, None))
    monkeypatch.setattr(cleaning, "sections_only_go", lambda *args: False)


def test_a_doc_is_evaluated_once_whether_it_has_sections_or_not(tmp_path, evaluations):
    path = tmp_path / "doc.md"
    path.write_text(DOC)
    assert render_file(str(path)).exit_code == 0
    assert evaluations[0] == 1
    first = path.read_text()
    assert "writes = 200 req/s  # => 200 req/s\n" in first       # the stale result brought up to date
    assert "\n| writes | 200 req/s |\n" in first
    assert "\n  | reads  | 2k req/s |\n" in first                   # inside the list item, at its indent
    # 1k req/s × 2 instances / 200 req/s: 10× the traffic fills them.
    assert "\n  | db          | 200 req/s | 1k req/s   | 1 + 1       | 10%           | 10× overloaded | -       |\n" \
        in first
    assert "\n  | `reads < 5k req/s` | passed   |\n" in first
    # Rendered again with its sections in place (every line below the first block moved): up to date.
    outcome = render_file(str(path), check_only=True)
    assert (outcome.exit_code, outcome.note) == (0, f"{path}: up to date")
    assert evaluations[0] == 2


def test_a_doc_whose_blocks_read_differently_once_cleaned_is_evaluated_again(tmp_path, evaluations):
    # As written, the indented fence after the section is code in no list; once the section (and
    # the blank line before it) is gone, it is a ```bote block inside the list item.
    text = ("```bote\na = 1 GB\n```\n\n- item\n\n<!-- bote:begin -->\n\n| name | value |\n|------|-------|\n"
            "| b    | 2 GB  |\n\n<!-- bote:end -->\n    ```bote\n    b = 2 GB\n    ```\n")
    path = tmp_path / "doc.md"
    path.write_text(text)
    assert render_file(str(path)).exit_code == 0
    assert evaluations[0] == 2
    assert path.read_text() == ("```bote\na = 1 GB\n```\n\n<!-- bote:begin -->\n\n| name   | value   |\n"
                                "|--------|---------|\n| a      | 1 GB    |\n\n<!-- bote:end -->\n\n- item\n"
                                "    ```bote\n    b = 2 GB\n    ```\n\n    <!-- bote:begin -->\n\n"
                                "    | name   | value   |\n    |--------|---------|\n    | b      | 2 GB    |\n\n"
                                "    <!-- bote:end -->\n")


def test_where_each_line_stands_once_the_sections_are_gone():
    text = "a\n\n<!-- bote:begin -->\n\n| name | value |\n|---|---|\n| x | 1 |\n\n<!-- bote:end -->\nb\n"
    # Lines 2 to 9 (the blank line before the section, and the section) go; line 10 becomes line 2.
    assert lines_in_clean(text) == [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2]


# ---- the same doc as evaluating the cleaned doc gives -------------------------------------------

def _render_both_ways(text: str, monkeypatch) -> None:
    outcomes = []
    for way in ("once", "twice"):
        with tempfile.TemporaryDirectory() as folder, monkeypatch.context() as m:
            if way == "twice":
                evaluated_twice(m)
            path = Path(folder) / "doc.md"
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
            outcome = render_file(str(path))
            again = render_file(str(path), check_only=True)  # the rendered doc, sections in place
            outcomes.append((outcome.exit_code, [e.replace(folder, "") for e in outcome.errors], path.read_bytes(),
                             again.exit_code, again.diff, [e.replace(folder, "") for e in again.errors]))
    assert outcomes[0] == outcomes[1]


def _markdown_docs():
    from tests.fuzz.programs import markdown_docs
    return markdown_docs()


@settings(max_examples=120, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.deferred(_markdown_docs))
def test_fuzzed_docs_render_to_the_same_bytes_as_when_evaluated_twice(text, monkeypatch):
    _render_both_ways(text, monkeypatch)


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).parents[1] / "examples").glob("*.md")))
def test_the_example_docs_render_to_the_same_bytes_as_when_evaluated_twice(name, monkeypatch):
    _render_both_ways((Path(__file__).parents[1] / "examples" / name).read_text(encoding="utf-8"), monkeypatch)


def test_a_doc_with_sections_and_stale_results_renders_to_the_same_bytes_as_when_evaluated_twice(monkeypatch):
    rendered_once = DOC.replace("capacity = 1k req/s", "capacity = 150 req/s")
    _render_both_ways(rendered_once, monkeypatch)
    _render_both_ways(DOC + "\n<!-- bote:summary -->\n\n> ```bote\n> late = reads + 1 req/s  # => 0\n> ```\n",
                      monkeypatch)


# ---- the values tables -------------------------------------------------------------------------

CELL = st.text(st.characters(min_codepoint=0, max_codepoint=0x3000), max_size=12)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(rows=st.lists(st.lists(CELL, min_size=2, max_size=2), min_size=1, max_size=5),
       ascii_rows=st.lists(st.lists(st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12),
                                    min_size=2, max_size=2), min_size=1, max_size=5))
def test_a_values_table_is_what_tabulate_writes(rows, ascii_rows):
    for table in (rows, ascii_rows):
        expected = tabulate_module.tabulate(table, ["name", "value"], tablefmt="github",
                                            disable_numparse=True).splitlines()
        assert github_table(table, ["name", "value"]) == expected


def test_a_values_table_by_hand():
    assert github_table([["traffic", "1.2k req/s"], ["x", "5 GB"]], ["name", "value"]) == [
        "| name    | value      |",
        "|---------|------------|",
        "| traffic | 1.2k req/s |",
        "| x       | 5 GB       |",
    ]
