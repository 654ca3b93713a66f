"""Variants: `variant NAME { ... }` holds what a remedy changes (bindings and
`component.property` lines replaced, components added, the flow rerouted);
`--variant NAME` evaluates one, `bote compare` all of them beside the file,
and a design doc's `<!-- bote:variant NAME -->` sections are variants too."""
from __future__ import annotations

import json
from fractions import Fraction

import pytest
from click.testing import CliRunner

import bote
from bote.cli import main
from bote.language.overrides import Overrides
from bote.pipeline import evaluate_text, variant_names

FILE = """\
peak = 20k req/s
component api {
  load = peak
  service_time = 20 ms
  workers = 8
  price = $0.192/hour
}
component db {
  capacity = 5k req/s
  scaling = single
  price = $1/hour
}
flow {
  api -> db * 30%
}

variant cache {
  component cache {
    kind = cache
    capacity = 100k req/s
    hit_rate = 80%
    price = $0.5/hour
  }
  flow {
    api -> cache * 30%
    cache -> db * misses
  }
  api.workers = 16
}
variant bigger {
  peak = 40k req/s
}
"""


def variant(name, text=FILE):
    return evaluate_text(text, "v.bote", overrides=Overrides((), name))


def test_the_file_as_it_is_leaves_its_variants_out():
    r = bote.evaluate(FILE, "v.bote")
    assert [c.name for c in r.components.values()] == ["api", "db"]
    # 30% of 20k = 6k on one 5k primary: 120%, already broken at 5k / 6k = 0.833×.
    assert r.components["db"].headroom.multiplier * 6 == 5


def test_a_variant_that_puts_a_cache_in_front_of_the_database():
    r = variant("cache")
    c = {x.name: x for x in r.components}
    # api: 16 workers / 20 ms = 800 req/s; 20k / 560 = 35.7: 36 + 1. The flow is the
    # variant's: 30% to the cache (6k), 20% of it missing to the db: 1.2k, 5k / 1.2k = 4.17×.
    assert (c["api"].sizing.instances, c["db"].load.magnitude) == (37, 1200)
    assert c["db"].headroom.multiplier * 12 == 50
    assert [x.name for x in r.components] == ["api", "db", "cache"]
    assert str(r.total_cost) == "7.38k USD/month"   # 37 × 140.256 + 2 × 730.5 + 2 × 365.25


def test_a_variant_whose_cache_edge_forgets_misses_says_so_in_the_comparison(tmp_path):
    """`api -> cache -> db` in a variant sends db everything the cache gets: the
    variant changes nothing at db, and the comparison says why (a file finding,
    cache-edge-carries-hits, in a row of its own), not only in `--variant`."""
    text = FILE.replace("    api -> cache * 30%\n    cache -> db * misses\n", "    api -> cache * 30%\n    cache -> db\n")
    assert text != FILE
    r = variant("cache", text)
    assert {x.name: x for x in r.components}["db"].load.magnitude == 6000     # 30% of 20k, hits included
    (finding,) = [x for x in r.risks if x.kind == "cache-edge-carries-hits"]
    assert finding.span.line == 26
    path = tmp_path / "v.bote"
    path.write_text(text)
    out = CliRunner().invoke(main, ["compare", str(path)]).stdout
    row = next(line for line in out.splitlines() if line.startswith("file"))
    assert [cell.strip() for cell in row.split("  ") if cell.strip()] == [
        "file", "risks", "-", "cache-edge-carries-hits (line 26) *", "-"]


def test_a_variant_that_only_changes_a_binding():
    r = variant("bigger")
    assert r.components[0].sizing.instances == 144   # 40k / 280 = 142.9: 143 + 1


def test_compare_shows_the_file_and_each_variant_side_by_side(tmp_path):
    path = tmp_path / "v.bote"
    path.write_text(FILE)
    result = CliRunner().invoke(main, ["compare", str(path)])
    assert result.exit_code == 0
    rows = [line.split("  ") for line in result.stdout.splitlines()]
    header = next(line for line in result.stdout.splitlines() if line.startswith("component"))
    assert header.split() == ["component", "figure", "base", "cache", "bigger"]
    api = next(line for line in result.stdout.splitlines() if line.startswith("api"))
    assert [cell.strip() for cell in api.split("  ") if cell.strip()] == [
        "api", "instances", "72 + 1", "36 + 1 *", "143 + 1 *"]
    assert "cache         instances   absent" in result.stdout
    assert "* differs from the file as it is (base)" in result.stdout
    del rows
    doc = json.loads(CliRunner().invoke(main, ["compare", str(path), "--format", "json"]).stdout)["files"][0]
    assert set(doc["variants"]) == {"cache", "bigger"}
    assert doc["variants"]["cache"]["components"]["cache"]["instances"] == 2
    assert doc["components"]["api"]["instances"] == 73


@pytest.mark.parametrize("text, message", [
    (FILE + "variant cache {\n  peak = 1 req/s\n}\n", "variant `cache` is already defined on line 17"),
    (FILE + "variant again {\n  component api {\n    capacity = 5 req/s\n  }\n}\n",
     "variant again: component `api` is in the file already"),
    (FILE + "variant typo {\n  web.workers = 4\n}\n", "variant typo: web.workers: the file has no component `web`"),
    (FILE + "variant broken {\n  api.workers = 5 GB\n}\n", "property `workers` of api must be dimensionless, found data"),
])
def test_a_variant_that_does_not_hold_fails_the_check_of_the_file(text, message):
    with pytest.raises(bote.BoteError) as e:
        bote.evaluate(text, "v.bote")
    assert message in [d.message for d in e.value.diagnostics]


def test_an_unknown_variant_is_an_error_naming_the_file_s(tmp_path):
    path = tmp_path / "v.bote"
    path.write_text(FILE)
    result = CliRunner().invoke(main, ["check", str(path), "--variant", "cahce"])
    assert result.exit_code == 2
    assert "no variant `cahce`" in result.stderr and "(its variants: cache, bigger)" in result.stderr
    assert "did you mean `cache`?" in result.stderr


DOC = """\
# Design

```bote
peak = 20k req/s
component api {
  load = peak
  capacity = 400 req/s
}
component db {
  capacity = 5k req/s
  scaling = single
}
flow {
  api -> db * 30%
}
```

## With a cache

<!-- bote:variant cache -->

```bote
component cache {
  capacity = 100k req/s
  hit_rate = 80%
}
flow {
  api -> cache * 30%
  cache -> db * misses
}
```
"""


def test_a_doc_s_variant_sections(tmp_path):
    r = evaluate_text(DOC, "d.md", markdown=True, overrides=Overrides((), "cache"))
    assert {c.name: c.load.magnitude for c in r.components}["db"] == 1200
    base = evaluate_text(DOC, "d.md", markdown=True)
    assert [c.name for c in base.components] == ["api", "db"]
    path = tmp_path / "d.md"
    path.write_text(DOC)
    assert CliRunner().invoke(main, ["render", str(path)]).exit_code == 0
    rendered = path.read_text()
    assert "**Variants** (`*`: differs from the base)" in rendered
    row = next(line for line in rendered.splitlines() if "| headroom " in line and "4.16×" in line)
    assert [c.strip() for c in row.strip("|").split("|")] == ["", "headroom", "0.833× overloaded", "4.16× overloaded *"]
    assert CliRunner().invoke(main, ["render", "--check", str(path)]).exit_code == 0


@pytest.mark.parametrize("shown", [
    "```markdown\n<!-- bote:variant cheap -->\n```\n",          # in a fence of another language
    "~~~\n<!-- bote:variant cheap -->\n~~~\n",
    "    <!-- bote:variant cheap -->\n",                         # an indented code block
    "> ```\n> <!-- bote:variant cheap -->\n> ```\n",            # a fence in a quote
])
def test_a_marker_shown_as_code_is_not_a_marker(shown):
    """A doc that shows how to write a marker has no variant: its blocks are the file's own."""
    doc = f"# Doc\n\nA variant starts at a line like this one:\n\n{shown}\n```bote\nx = 2 req/s\n```\n"
    report = evaluate_text(doc, "d.md", markdown=True)
    assert [v.name for v in report.values] == ["x"]
    assert variant_names(doc, "d.md") == []
    marked = doc.replace("```bote", "<!-- bote:variant cheap -->\n\n```bote")
    assert variant_names(marked, "d.md") == ["cheap"] and evaluate_text(marked, "d.md", markdown=True).values == []


@pytest.mark.parametrize("text, message", [
    ("component api {\n  load = 1k req/s\n  capacity = 100 req/s\n}\nvariant base {\n  api.load = 2k req/s\n}\n",
     "`base` is the file as it is: a variant cannot take its name"),
    (("component api {\n  load = 1k req/s\n  capacity = 100 req/s\n}\nvariant twice {\n  api.load = 2k req/s\n"
     "  api.load = 3k req/s\n}\n"), "variant twice sets `api.load` twice (first on line 6)"),
])
def test_variant_names_and_settings_are_unambiguous(text, message):
    with pytest.raises(bote.BoteError) as e:
        bote.evaluate(text, "v.bote")
    assert message in [d.message for d in e.value.diagnostics]


@pytest.mark.parametrize("target, message", [
    ("-", "bote compare compares the variants of one file, not standard input"),
    (".", "a folder"),
])
def test_compare_takes_one_file(target, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["compare", target])
    assert result.exit_code == 2 and message in result.stderr


def test_explain_says_where_a_replaced_value_is_written(tmp_path):
    path = tmp_path / "v.bote"
    path.write_text(FILE)
    out = CliRunner().invoke(main, ["explain", str(path), "api.capacity", "--set", "api.workers=4"]).stdout
    assert "  workers = 4   [--set line 1]" in out
    out = CliRunner().invoke(main, ["explain", str(path), "api.load", "--variant", "bigger"]).stdout
    assert "peak = 40k req/s   [line 31]" in out


CLIENTS_AND_CACHE = """
component users {
  kind = clients
  count = 1M
  rate = 1 per minute
}
component api {
  capacity = 500 req/s
}
component db {
  kind = database
  capacity = 3k req/s
  scaling = single
}
flow {
  users -> api -> db
}
variant cached {
  component cache {
    kind = cache
    capacity = 50k req/s
    hit_rate = 90%
  }
  flow {
    api -> cache -> db * misses
  }
}
"""


def test_a_variant_s_flow_reroutes_only_the_edges_out_of_what_it_names():
    """The variant draws edges out of api and cache only: the file's api -> db
    goes, users -> api stays (the clients still send their 1M / 60 s = 16,667
    req/s, not the assumed 10k), and db gets the 10% the cache misses."""
    c = {x.name: x for x in variant("cached", CLIENTS_AND_CACHE).components}
    assert c["api"].load.magnitude == Fraction(1_000_000, 60) and not c["api"].load_assumed
    assert c["db"].load.magnitude == Fraction(1_000_000, 600)
    assert c["cache"].load.magnitude == Fraction(1_000_000, 60)
    # 16,667 on 500 x 70% = 350 per instance: ceil(47.6) = 48 + 1, as in the file.
    assert c["api"].sizing.instances == 49
