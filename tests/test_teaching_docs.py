"""The teaching systems' design docs (issue 13): each `examples/NAME.md` holds
the estimate of `examples/NAME.bote` as ```bote blocks, its remedy as a
`<!-- bote:variant -->` section, and the summary `bote render` writes (cost,
headroom and the comparison). A doc and its .bote file must never drift: both
give the same comparison, figure by figure, and the same asserts."""
from __future__ import annotations

from fractions import Fraction

import pytest
from click.testing import CliRunner
from conftest import ROOT

from bote.api import compare_file
from bote.cli import main
from bote.render.compare import comparison_rows

EXAMPLES = ROOT / "examples"
#: The systems the method is taught with, and the variant each doc shows.
TEACHING = {"payments": "higher_limit", "home-rentals": "busy_season", "team-chat": "double_traffic",
            "discussion-board": "split_counter", "document-pipeline": "more_sheets"}


def cli(*args):
    return CliRunner().invoke(main, list(args))


def by_component(table) -> tuple[list[str], dict[str, list[list[str]]]]:
    """(headers, {component: its rows}): a doc may define its components in
    another order than its .bote file (prose groups them), never other figures."""
    headers, rows = table
    grouped: dict[str, list[list[str]]] = {}
    name = ""
    for row in rows:
        name = row[0] or name
        grouped.setdefault(name, []).append(row[1:])
    return headers, grouped


@pytest.mark.parametrize("system", sorted(TEACHING))
def test_the_doc_is_current(system):
    result = cli("render", "--check", str(EXAMPLES / f"{system}.md"))
    assert result.exit_code == 0, result.stdout + result.stderr


@pytest.mark.parametrize("system", sorted(TEACHING))
def test_the_doc_and_the_bote_file_give_the_same_comparison(system):
    doc = compare_file(EXAMPLES / f"{system}.md")
    source = compare_file(EXAMPLES / f"{system}.bote")
    assert list(doc) == list(source) == ["base", TEACHING[system]]
    assert by_component(comparison_rows(doc)) == by_component(comparison_rows(source))
    for name in doc:
        assert [(a.text, a.passed) for a in doc[name].asserts] == \
            [(a.text, a.passed) for a in source[name].asserts]
        assert [(r.component, r.kind) for r in doc[name].risks] == \
            [(r.component, r.kind) for r in source[name].risks]


@pytest.mark.parametrize("system", sorted(TEACHING))
def test_the_summary_shows_cost_headroom_and_the_comparison(system):
    doc = (EXAMPLES / f"{system}.md").read_text(encoding="utf-8")
    summary = doc[doc.index("<!-- bote:begin summary -->"):]
    header = next(line for line in summary.splitlines() if line.startswith("| component ") and "load" in line)
    assert "headroom" in header and "cost/month" in header
    assert "**Variants**" in summary and f"| {TEACHING[system]} " in summary
    assert "breaks first at" in summary or "already broken at" in summary


def test_home_rentals_web_by_hand():
    """web: guests 20M x 30/day x 2 = 13,888.9 req/s, owners 2M x 5/day x 2 =
    231.5 req/s, 14,120.4 req/s in all; 8 workers / 50 ms = 160 req/s, 112 at
    the 70% ceiling: ceil(126.07) = 127 + 1; 128 x $0.384/h (m6i.2xlarge) is
    $49.152 an hour. busy_season at 50%: 80 req/s, ceil(176.5) = 177 + 1."""
    scenarios = compare_file(EXAMPLES / "home-rentals.md")
    web = next(c for c in scenarios["base"].components if c.name == "web")
    assert Fraction(web.load.magnitude) == Fraction(20_000_000 * 30 * 2 + 2_000_000 * 5 * 2, 86_400)
    assert (web.sizing.needed, web.sizing.instances) == (127, 128)
    assert Fraction(web.cost["cost"].magnitude) * 3600 == 128 * Fraction("0.384")  # USD per second, exactly
    busy = next(c for c in scenarios["busy_season"].components if c.name == "web")
    assert (busy.sizing.needed, busy.sizing.instances) == (177, 178)


def test_document_pipeline_remedy_by_hand():
    """The bus drains at the slowest group's rate: sheets 10 x 100 = 1k pages/s
    against 625 arriving on average; a 2 h burst at 2.5k leaves (2,500 - 1,000)
    x 7,200 = 10.8M pages, cleared at 1,000 - 625 = 375/s in 8 h > 3 h:
    slow-drain. With 15 sheets (1.5k/s): (2,500 - 1,500) x 7,200 = 7.2M, cleared
    at 875/s in 2.29 h < 3 h: no risk."""
    scenarios = compare_file(EXAMPLES / "document-pipeline.md")
    kinds = {name: [r.kind for r in f.risks if r.component == "pages_bus"] for name, f in scenarios.items()}
    assert kinds == {"base": ["slow-drain"], "more_sheets": []}


def test_the_comparison_leaves_out_what_has_nothing_to_compare():
    """Clients have no instances, headroom or cost: the variants table has no
    rows of dashes for them (the components table still lists them)."""
    doc = (EXAMPLES / "home-rentals.md").read_text(encoding="utf-8")
    variants = doc[doc.index("**Variants**"):doc.index("**Asserts**")]
    components = doc[doc.index("**Components**"):doc.index("**Variants**")]
    assert "| guests " not in variants and "| guests (clients) " in components
    assert "| web " in variants
