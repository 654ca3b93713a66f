"""`bote graph`: the flow as Mermaid and as Graphviz DOT."""
import dataclasses
import re
import shutil
import subprocess
from fractions import Fraction

import pytest
from conftest import ROOT, run

from bote.api import evaluate_file_report
from bote.language.quantity import Quantity
from bote.render.graph import (
    dot_text,
    mermaid_text,
    multiplier_text,
    render_dot,
    render_mermaid,
)

# A fan-out (x3), a 10% edge, an overloaded component (cache: 3k req/s on two
# 1k req/s instances), a warning (db: one instance in total) and a component
# no edge touches (audit, on the assumed load).
SOURCE = """\
component api {
  load = 1k req/s
  capacity = 300 req/s
}
component cache {
  capacity = 1k req/s
  instances = 2
}
component db {
  capacity = 1k req/s
  instances = 1
}
component audit {
  capacity = 100 req/s
}
flow {
  api -> cache * 3
  cache -> db * 10%
}
"""

MERMAID = """\
flowchart LR
    api["api<br/>load 1k req/s<br/>instances 5 + 1<br/>utilization 55.6%"]
    cache["cache<br/>load 3k req/s<br/>instances 2 (needs 5)<br/>utilization 150%<br/>risk: overloaded"]
    db["db<br/>load 300 req/s<br/>instances 1 (needs 1)<br/>utilization 30%<br/>risk: single-point-of-failure"]
    audit["audit<br/>load 10k req/s (assumed)<br/>instances 143 + 1<br/>utilization 69.4%"]
    api -->|"x3"| cache
    cache -->|"10%"| db
    classDef risk fill:#ffcdd2,stroke:#c62828,stroke-width:2px,color:#000
    classDef warn fill:#ffe0b2,stroke:#ef6c00,stroke-width:2px,color:#000
    class cache risk
    class db warn
"""

DOT = """\
digraph bote {
  rankdir=LR;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica"];
  "api" [label="api\\nload 1k req/s\\ninstances 5 + 1\\nutilization 55.6%"];
  "cache" [label="cache\\nload 3k req/s\\ninstances 2 (needs 5)\\nutilization 150%\\nrisk: overloaded", \
style="rounded,filled", fillcolor="#ffcdd2", color="#c62828"];
  "db" [label="db\\nload 300 req/s\\ninstances 1 (needs 1)\\nutilization 30%\\nrisk: single-point-of-failure", \
style="rounded,filled", fillcolor="#ffe0b2", color="#ef6c00"];
  "audit" [label="audit\\nload 10k req/s (assumed)\\ninstances 143 + 1\\nutilization 69.4%"];
  "api" -> "cache" [label="x3"];
  "cache" -> "db" [label="10%"];
}
"""

EXAMPLES = sorted((ROOT / "examples").glob("*.bote"))


def test_mermaid_exact():
    assert render_mermaid(run(SOURCE)) == MERMAID


def test_dot_exact():
    assert render_dot(run(SOURCE)) == DOT


def test_output_is_deterministic():
    assert render_mermaid(run(SOURCE)) == render_mermaid(run(SOURCE))
    assert render_dot(run(SOURCE)) == render_dot(run(SOURCE))


def test_healthy_flow_has_no_styles():
    f = run("component a {\n  load = 10 req/s\n  capacity = 100 req/s\n}\n"
            "component b {\n  capacity = 100 req/s\n}\nflow {\n  a -> b\n}\n")
    out = render_mermaid(f)
    assert "classDef" not in out and "class " not in out
    assert "    a --> b\n" in out                      # a multiplier of 1 is not labelled
    assert "filled" not in render_dot(f)
    assert '  "a" -> "b";\n' in render_dot(f)


def test_file_without_components():
    f = run("x = 1\n")
    assert render_mermaid(f) == "flowchart LR\n"
    assert render_dot(f).startswith("digraph bote {\n") and render_dot(f).endswith("}\n")


@pytest.mark.parametrize("quantity, text", [
    (Quantity(Fraction(1)), None),
    (Quantity(Fraction(3)), "x3"),
    (Quantity(Fraction(200)), "x200"),
    (Quantity(Fraction(1, 2)), "x0.5"),
    (Quantity(Fraction(2500)), "x2.5k"),
    (Quantity(Fraction(1, 10), (), (("percent", 1),)), "10%"),
    (Quantity(Fraction(1, 3), (), (("percent", 1),)), "33.3%"),
    (Quantity(Fraction(1), (), (("percent", 1),)), None),   # 100% passes everything on
])
def test_multiplier_text(quantity, text):
    assert multiplier_text(quantity) == text


def test_multiplier_from_a_binding_keeps_its_percent():
    f = run("miss = 5%\nfanout = 4\ncomponent a {\n  load = 1k req/s\n  capacity = 1k req/s\n}\n"
            "component b {\n  capacity = 1k req/s\n}\ncomponent c {\n  capacity = 1k req/s\n}\n"
            "flow {\n  a -> b * miss\n  a -> c * fanout\n}\n")
    out = render_mermaid(f)
    assert '    a -->|"5%"| b\n' in out and '    a -->|"x4"| c\n' in out
    assert '"a" -> "b" [label="5%"];' in render_dot(f)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_renders(path):
    f = evaluate_file_report(path)
    assert f.valid
    mermaid, dot = render_mermaid(f), render_dot(f)
    assert mermaid.startswith("flowchart LR\n") and mermaid.endswith("\n")
    assert dot.startswith("digraph bote {\n  rankdir=LR;\n") and dot.endswith("}\n")
    # Node shapes by kind: a box, clients a stadium, a queue a subroutine, a
    # database a cylinder, a third party a hexagon.
    shapes = {"clients": r'\(\["', "queue": r'\[\["', "database": r'\[\("', "third_party": r'\{\{"'}
    for c in f.components:
        label = c.name if c.kind == "service" else f"{c.name} ({c.kind})"
        opening = shapes.get(c.kind, r'\["')
        assert re.search(rf'^    {c.name}{opening}{re.escape(label)}<br/>load ', mermaid, re.MULTILINE), c.name
        assert f'  "{c.name}" [label="{label}\\nload ' in dot
    queues = {c.name for c in f.components if c.kind == "queue"}
    for e in f.edges:
        arrow = "-.->" if e.source in queues else "-->"  # dotted: asynchronous
        assert re.search(rf"^    {e.source} {re.escape(arrow)}(\|\"[^\"]+\"\|)? {e.target}$", mermaid, re.MULTILINE)
        assert f'  "{e.source}" -> "{e.target}"' in dot
    arrows = sum(mermaid.count(f" {a} ") + mermaid.count(f" {a}|") for a in ("-->", "-.->"))
    assert arrows == len(f.edges)


def test_example_figures():
    out = render_mermaid(evaluate_file_report(ROOT / "examples" / "timeline.bote"))
    assert '    cache -->|"10%"| replicas\n' in out
    assert '    post -->|"x200"| timelines\n' in out
    assert '    home --> timelines\n' in out
    chat = render_mermaid(evaluate_file_report(ROOT / "examples" / "chat.bote"))
    assert "instances 5001 (needs 42)" in chat      # provisioned: what runs and what is needed


def _renamed(names):
    f = run(SOURCE)
    f.components = [dataclasses.replace(c, name=names.get(c.name, c.name)) for c in f.components]
    f.edges = [dataclasses.replace(e, source=names.get(e.source, e.source), target=names.get(e.target, e.target))
               for e in f.edges]
    return f


def test_mermaid_labels_escaped_and_ids_safe():
    # Names bote itself never produces, and words Mermaid reserves.
    f = _renamed({"api": "end", "cache": 'we"ird\\#1;<b>&', "db": "class", "audit": "1x-y"})
    out = render_mermaid(f)
    assert '["we#quot;ird\\#35;1;#lt;b#gt;#amp;<br/>load 3k req/s' in out
    ids = re.findall(r"^    (\S+)\[", out, re.MULTILINE)
    assert ids == ["end_", "we_ird__1__b__", "class_", "_1x_y"]
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", i) for i in ids)
    assert '    end_ -->|"x3"| we_ird__1__b__\n' in out
    assert "    class we_ird__1__b__ risk\n" in out and "    class class_ warn\n" in out
    # Inside every quoted label, no bare quote, `<` other than <br/>, or `&`.
    for label in re.findall(r'\["(.*)"\]$', out, re.MULTILINE):
        assert '"' not in label and "&" not in label.replace("#amp;", "")
        assert "<" not in label.replace("<br/>", "")


def test_mermaid_ids_stay_unique():
    f = _renamed({"api": "a-b", "cache": "a_b", "db": "end", "audit": "end_"})
    # Names that are already safe keep their ids; the others step aside.
    ids = re.findall(r"^    (\S+)\[", render_mermaid(f), re.MULTILINE)
    assert ids == ["a_b_", "a_b", "end__", "end_"]


def test_dot_labels_escaped():
    f = _renamed({"cache": 'we"ird\\name'})
    out = render_dot(f)
    assert '  "we\\"ird\\\\name" [label="we\\"ird\\\\name\\nload 3k req/s' in out
    assert '  "api" -> "we\\"ird\\\\name" [label="x3"];' in out


def test_escape_helpers():
    assert mermaid_text('say "hi" #1 <b> & co') == "say #quot;hi#quot; #35;1 #lt;b#gt; #amp; co"
    assert dot_text('a "b" \\ c\nd') == 'a \\"b\\" \\\\ c\\nd'


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_graphviz_accepts_the_dot(tmp_path):
    for f in [run(SOURCE), _renamed({"cache": 'we"ird\\name', "db": "node"}),
              *(evaluate_file_report(p) for p in EXAMPLES)]:
        result = subprocess.run(["dot", "-Tsvg"], input=render_dot(f), capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_component_names_mermaid_reserves():
    # `end` (and `default`, `graph`, ...) as a bare node id breaks Mermaid's parser.
    f = run("component end {\n  load = 1k req/s\n  capacity = 1k req/s\n}\n"
            "component default {\n  capacity = 1k req/s\n}\ncomponent endpoint {\n  capacity = 1k req/s\n}\n"
            "flow {\n  end -> default -> endpoint\n}\n")
    out = render_mermaid(f)
    assert '    end_["end<br/>load 1k req/s' in out
    assert '    default_["default<br/>' in out and '    endpoint["endpoint<br/>' in out
    assert "    end_ --> default_\n    default_ --> endpoint\n" in out
    assert '  "end" -> "default";' in render_dot(f)
