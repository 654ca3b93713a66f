"""`bote plot` and `<!-- bote:plot NAME -->`: a histogram of one uncertain
value with its p5, median and p95 marked, as PNG or SVG, deterministic."""
import re
import sys

import pytest
from click.testing import CliRunner
from conftest import shown

import bote
from bote.cli import main
from bote.errors import BoteError
from bote.writeback.plot import find_distribution, plot_bytes, plot_figure

pytest.importorskip("matplotlib")

SOURCE = """traffic = 10k to 50k qps
latency = (20 to 80) ms
storage = 1 TB to 200 TB
replicas = 3
component api {
  load = traffic
  capacity = 500 req/s
}
component db {
  capacity = 50k req/s
  scaling = single
}
flow {
  api -> db * 10%
}
"""

SAMPLES = 2000


@pytest.fixture(scope="module")
def report():
    return bote.evaluate(SOURCE, "plan.bote", samples=SAMPLES).files[0]


def cli(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def svg_texts(data: bytes) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", data.decode("utf-8"))


# ---- what is drawn ---------------------------------------------------------------------

def test_png_has_the_png_signature(report, tmp_path):
    out = tmp_path / "traffic.png"
    plot_figure(report, "traffic", out)
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_svg_labels_p5_median_and_p95_in_botes_own_formatting(report, tmp_path):
    out = tmp_path / "traffic.svg"
    dist = plot_figure(report, "traffic", out)
    texts = svg_texts(out.read_bytes())
    median, low, high = re.fullmatch(r"(\S+) \((\S+)–(\S+)\) qps", shown(report, "traffic")).groups()
    assert (dist.p5, dist.p50, dist.p95) == (f"{low} qps", f"{median} qps", f"{high} qps")  # as the table has it
    assert {f"p5 {low} qps", f"median {median} qps", f"p95 {high} qps", "traffic", "qps"} <= set(texts)
    assert f"{SAMPLES:,} samples, seed 2026" in texts
    assert "20k" in texts  # tick labels read as bote writes numbers


def test_samples_are_shown_in_the_unit_of_the_median(report):
    latency = find_distribution(report, "latency")
    assert latency.unit == "ms" and 5 < float(latency.samples.min()) and float(latency.samples.max()) < 200
    storage = find_distribution(report, "storage")
    assert storage.unit == "TB" and storage.p5.endswith(" TB")


def test_percent_figures_are_shown_in_percent(report):
    dist = find_distribution(report, "api.utilization")
    assert dist.percent and dist.unit == "%"
    assert re.fullmatch(r"\d+(\.\d+)?%", dist.p50)
    assert 5 < float(dist.samples.mean()) < 100  # 31%, not 0.31
    assert "median " + dist.p50 in svg_texts(plot_bytes(dist, "svg"))


@pytest.mark.parametrize("name, log", [("storage", True), ("latency", False), ("traffic", False)])
def test_a_log_axis_for_positive_samples_spanning_more_than_10x(report, name, log):
    svg = plot_bytes(find_distribution(report, name), "svg").decode()
    texts = svg_texts(svg.encode())
    # The log axis labels decades: 1, 10, 100 TB; the linear ones do not.
    assert ({"1", "10", "100"} <= set(texts)) is log


def test_component_figures(report):
    assert find_distribution(report, "api.load").p50 == find_distribution(report, "traffic").p50
    needed = find_distribution(report, "api.needed")
    assert needed.unit == "" and needed.p50.isdigit()
    assert find_distribution(report, "db.utilization").percent


def test_samples_of_an_unstable_queue_are_counted_not_drawn():
    source = ("traffic = 1k to 5k qps\ncomponent db {\n  load = traffic\n  capacity = 4k req/s\n"
              "  scaling = single\n  service_time = 0.25 ms\n  workers = 1\n}\n")
    dist = find_distribution(bote.evaluate(source, "q.bote", samples=SAMPLES), "db.p99")
    assert dist.p95 == "unbounded" and dist.p50.endswith(" ms")
    texts = svg_texts(plot_bytes(dist, "svg"))
    assert "p95 unbounded" in texts
    assert any(re.fullmatch(r"unbounded in [\d.]+% \(not drawn\)", t) for t in texts)


def test_the_title_can_be_changed(report):
    assert "Peak traffic" in svg_texts(plot_bytes(find_distribution(report, "traffic"), "svg", title="Peak traffic"))


# ---- the same input gives the same bytes -------------------------------------------------------

def test_two_renders_are_byte_identical(tmp_path):
    a, b = tmp_path / "a.svg", tmp_path / "b.svg"
    plot_figure(bote.evaluate(SOURCE, "plan.bote", samples=SAMPLES), "storage", a)
    plot_figure(bote.evaluate(SOURCE, "plan.bote", samples=SAMPLES), "storage", b)
    assert a.read_bytes() == b.read_bytes()
    assert b"Date" not in a.read_bytes() and b"Matplotlib v" not in a.read_bytes()


def test_a_users_matplotlib_style_does_not_leak_in(report):
    import matplotlib
    plain = plot_bytes(find_distribution(report, "traffic"), "svg")
    with matplotlib.rc_context({"font.size": 20, "axes.facecolor": "black", "svg.hashsalt": None}):
        styled = plot_bytes(find_distribution(report, "traffic"), "svg")
    assert styled == plain


def test_a_new_image_gets_the_usual_file_mode(report, tmp_path):
    out = tmp_path / "t.svg"
    plot_figure(report, "traffic", out)
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()
    assert [p.name for p in tmp_path.iterdir()] == ["t.svg"]  # no temporary file left behind


def _umask():
    import os
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# ---- errors ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, message, hint", [
    ("trafic", "no value or component named `trafic`", "did you mean `traffic`?"),
    ("db.utilisation", "component db has no figure `utilisation`", "did you mean `db.utilization`?"),
    ("dbb.load", "unknown component `dbb`", "did you mean `db`?"),
    ("db", "`db` is a component, not a value", "name one of its figures, e.g. `db.load` or `db.utilization`"),
])
def test_unknown_names_say_what_exists(report, name, message, hint):
    with pytest.raises(BoteError) as info:
        find_distribution(report, name)
    d = info.value.diagnostics[0]
    assert (d.kind, d.message, d.hint) == ("unknown-name", message, hint)


def test_a_component_without_a_capacity_has_none_to_plot():
    source = "component readers {\n  kind = clients\n  count = 1k to 2k\n  rate = 1 req/s\n}\n"
    with pytest.raises(BoteError) as info:
        find_distribution(bote.evaluate(source, "c.bote", samples=SAMPLES), "readers.capacity")
    d = info.value.diagnostics[0]
    assert (d.kind, d.message, d.hint) == ("unknown-name", "component readers has no capacity",
                                           "it is not sized: plot `readers.load`")


@pytest.mark.parametrize("name", ["replicas", "api.instances"])
def test_a_single_value_has_nothing_to_plot(report, name):
    with pytest.raises(BoteError) as info:
        find_distribution(report, name)
    assert info.value.diagnostics[0].message == f"`{name}` is a single value, not a range: nothing to plot"


@pytest.mark.parametrize("out", ["x.pdf", "x", "x.svg.txt"])
def test_only_png_and_svg(report, tmp_path, out):
    with pytest.raises(BoteError, match=r"bote plot writes \.png or \.svg files"):
        plot_figure(report, "traffic", tmp_path / out)
    assert list(tmp_path.iterdir()) == []


def test_upper_case_extensions_work(report, tmp_path):
    plot_figure(report, "traffic", tmp_path / "T.SVG")
    assert (tmp_path / "T.SVG").read_bytes().startswith(b"<?xml")


# ---- the command ------------------------------------------------------------------------

@pytest.fixture
def plan(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.bote").write_text(SOURCE)
    return tmp_path


def test_cli_writes_the_image_and_says_what_it_drew(plan):
    result = cli("plot", "plan.bote", "db.utilization", "--out", "u.png", "--samples", "500", "--seed", "7")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("u.png: db.utilization: p5 ")
    assert (plan / "u.png").read_bytes()[:4] == b"\x89PNG"


def test_cli_seed_and_samples_change_the_picture(plan):
    cli("plot", "plan.bote", "traffic", "--out", "a.svg", "--samples", "500")
    cli("plot", "plan.bote", "traffic", "--out", "b.svg", "--samples", "500", "--seed", "1")
    assert "500 samples, seed 1" in svg_texts((plan / "b.svg").read_bytes())
    assert (plan / "a.svg").read_bytes() != (plan / "b.svg").read_bytes()


@pytest.mark.parametrize("args, stderr", [
    (["plan.bote", "trafic", "--out", "x.svg"], ("error: no value or component named `trafic`\n"
                                                 "  hint: did you mean `traffic`?\n")),
    (["plan.bote", "replicas", "--out", "x.svg"], ("error: `replicas` is a single value, not a range: "
                                                   "nothing to plot\n")),
    (["plan.bote", "traffic", "--out", "x.gif"], "error: cannot write `x.gif`: bote plot writes .png or .svg files\n"),
    (["missing.bote", "traffic", "--out", "x.svg"], "error: cannot read missing.bote: "),
    (["bad.bote", "traffic", "--out", "x.svg"], "bad.bote:1:17: error:"),
    (["plan.bote", "traffic", "--out", "no/such/folder/x.svg"], "error: cannot write no/such/folder/x.svg"),
    ([".", "traffic", "--out", "x.svg"], "error: . is a folder"),
])
def test_cli_errors_exit_2_without_a_traceback(plan, args, stderr):
    (plan / "bad.bote").write_text("traffic = 10k to\n")
    result = cli("plot", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(stderr), result.stderr
    assert "Traceback" not in result.stderr and not (plan / "x.svg").exists()


def test_cli_reads_markdown_docs_and_stdin(plan):
    (plan / "doc.md").write_text("# Plan\n\n```bote\n" + SOURCE + "```\n")
    assert cli("plot", "doc.md", "api.load", "--out", "d.svg", "--samples", "300").exit_code == 0
    result = CliRunner().invoke(main, ["plot", "-", "traffic", "--out", "s.svg", "--samples", "300"], input=SOURCE)
    assert result.exit_code == 0 and (plan / "s.svg").exists()


@pytest.fixture
def no_matplotlib(monkeypatch):
    """As if `pip install bote-lang` had run without the plot extra."""
    for module in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, module)
    monkeypatch.setitem(sys.modules, "matplotlib", None)


def test_without_matplotlib_the_command_says_how_to_install_it(plan, no_matplotlib):
    result = cli("plot", "plan.bote", "traffic", "--out", "x.svg")
    assert result.exit_code == 2
    assert result.stderr == "error: bote plot needs matplotlib: pip install 'bote-lang[plot]'\n"
    assert not (plan / "x.svg").exists()


def test_bote_without_matplotlib_still_checks_and_renders(plan, no_matplotlib):
    assert cli("check", "plan.bote", "--samples", "300").exit_code == 0
    (plan / "doc.md").write_text("```bote\nx = 1 to 2\n```\n")
    assert cli("render", "doc.md", "--samples", "300").exit_code == 0


# ---- in a Markdown doc ------------------------------------------------------------------------

DOC = """# Plan

```bote
traffic = 10k to 50k qps
component api {
  load = traffic
  capacity = 500 req/s
}
```

How busy the API gets:

<!-- bote:plot api.utilization -->

> <!-- bote:plot traffic -->

The end.
"""


@pytest.fixture
def doc(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "plan.md"
    path.write_text(DOC)
    return path


def test_render_writes_each_image_beside_the_doc_and_links_it(doc):
    result = cli("render", "plan.md", "--samples", "1000")
    assert result.exit_code == 0, result.stderr
    text = doc.read_text()
    section = ("<!-- bote:plot api.utilization -->\n\n<!-- bote:begin plot api.utilization -->\n\n"
               "![api.utilization: p5 {}, median {}, p95 {}](plan.api.utilization.svg)\n\n<!-- bote:end -->\n\n"
               "> <!-- bote:plot traffic -->\n>\n> <!-- bote:begin plot traffic -->\n>\n"
               "> ![traffic: p5 {} qps, median {} qps, p95 {} qps](plan.traffic.svg)\n>\n> <!-- bote:end -->\n\n"
               "The end.\n")
    pattern = re.escape(section).replace(r"\{\}", r"[\d.k]+%?")
    assert re.search(pattern, text), text
    for name in ("api.utilization", "traffic"):
        image = doc.with_name(f"plan.{name}.svg").read_bytes()
        assert image.startswith(b"<?xml") and name.encode() in image
    assert sorted(p.name for p in doc.parent.iterdir()) == ["plan.api.utilization.svg", "plan.md", "plan.traffic.svg"]


def test_the_alt_text_agrees_with_the_values_table(doc):
    cli("render", "plan.md", "--samples", "1000")
    text = doc.read_text()
    median, low, high = re.search(r"\| traffic \| ([\d.k]+) \(([\d.k]+)–([\d.k]+)\) qps \|", text).groups()
    assert f"![traffic: p5 {low} qps, median {median} qps, p95 {high} qps]" in text


def test_check_is_up_to_date_after_render_and_stale_after_a_change(doc):
    assert cli("render", "plan.md", "--samples", "1000").exit_code == 0
    result = cli("render", "--check", "plan.md", "--samples", "1000")
    assert (result.exit_code, result.stdout) == (0, "plan.md: up to date\n")
    doc.write_text(doc.read_text().replace("10k to 50k qps", "10k to 80k qps"))
    changed = doc.read_bytes()
    image = doc.with_name("plan.traffic.svg").read_bytes()
    result = cli("render", "--diff", "plan.md", "--samples", "1000")
    assert result.exit_code == 1
    assert "Binary files a/plan.traffic.svg and b/plan.traffic.svg differ" in result.stdout
    assert doc.read_bytes() == changed and doc.with_name("plan.traffic.svg").read_bytes() == image


def test_check_sees_an_image_that_changed_alone(doc):
    cli("render", "plan.md", "--samples", "1000")
    image = doc.with_name("plan.traffic.svg")
    for change in (lambda: image.write_bytes(image.read_bytes() + b"\n"), image.unlink):
        change()
        result = cli("render", "--check", "plan.md", "--samples", "1000")
        assert result.exit_code == 1 and "would be rewritten" in result.stdout
        assert cli("render", "plan.md", "--samples", "1000").exit_code == 0
        assert cli("render", "--check", "plan.md", "--samples", "1000").exit_code == 0


def test_the_image_follows_the_seed_and_samples(doc):
    cli("render", "plan.md", "--samples", "1000")
    assert cli("render", "--check", "plan.md", "--samples", "1000", "--seed", "5").exit_code == 1


def test_clean_restores_the_original_bytes_and_removes_the_images(doc):
    for text in (DOC, DOC.replace("\n", "\r\n").rstrip("\r\n")):
        doc.write_bytes(text.encode())
        assert cli("render", "plan.md", "--samples", "500").exit_code == 0
        assert cli("render", "plan.md", "--samples", "500").stdout == "plan.md: up to date\n"
        assert cli("render", "--clean", "plan.md").exit_code == 0
        assert doc.read_bytes() == text.encode()
        assert [p.name for p in doc.parent.iterdir()] == ["plan.md"]


def test_a_removed_plot_line_takes_its_section_and_image_along(doc):
    cli("render", "plan.md", "--samples", "500")
    text = doc.read_text().replace("> <!-- bote:plot traffic -->\n", "")
    doc.write_text(text)
    assert cli("render", "plan.md", "--samples", "500").exit_code == 0
    assert "plan.traffic.svg" not in doc.read_text() and not doc.with_name("plan.traffic.svg").exists()
    assert doc.with_name("plan.api.utilization.svg").exists()


def test_markers_in_code_are_examples_not_requests(doc):
    text = DOC + "\n```markdown\n<!-- bote:plot traffic -->\n```\n\n    <!-- bote:plot nothing -->\n"
    doc.write_text(text)
    assert cli("render", "plan.md", "--samples", "500").exit_code == 0
    assert doc.read_text().count("<!-- bote:begin plot traffic -->") == 1


@pytest.mark.parametrize("marker, message", [
    ("<!-- bote:plot trafic -->", "plan.md:13:1: error: no value or component named `trafic`"),
    ("<!-- bote:plot api -->", "plan.md:13:1: error: `api` is a component, not a value"),
    ("<!-- bote:plot -->", "plan.md:13:1: error: a plot marker names one value"),
    ("<!-- bote:plot ../x -->", "plan.md:13:1: error: a plot marker names one value"),
])
def test_a_bad_plot_line_leaves_everything_untouched(doc, marker, message):
    doc.write_text(DOC.replace("<!-- bote:plot api.utilization -->", marker))
    before = doc.read_bytes()
    result = cli("render", "plan.md", "--samples", "500")
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and f"\n 13 | {marker}\n" in result.stderr, result.stderr
    assert doc.read_bytes() == before and [p.name for p in doc.parent.iterdir()] == ["plan.md"]


def test_a_single_value_in_a_doc(doc):
    doc.write_text(DOC.replace("<!-- bote:plot api.utilization -->", "<!-- bote:plot api.instances -->"))
    result = cli("render", "plan.md", "--samples", "500")
    assert result.exit_code == 2 and "`api.instances` is a single value, not a range" in result.stderr


def test_without_matplotlib_a_doc_asking_for_a_plot_is_left_untouched(doc, no_matplotlib):
    before = doc.read_bytes()
    for args in (["render"], ["render", "--check"]):
        result = cli(*args, "plan.md", "--samples", "500")
        assert result.exit_code == 2
        assert result.stderr.startswith("plan.md:13:1: error: bote plot needs matplotlib: pip install 'bote-lang[plot]'")
        assert doc.read_bytes() == before and [p.name for p in doc.parent.iterdir()] == ["plan.md"]


def test_a_file_name_with_spaces_is_linked_in_angle_brackets(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "my plan.md"
    path.write_text(DOC)
    assert cli("render", "my plan.md", "--samples", "500").exit_code == 0
    assert "](<my plan.traffic.svg>)" in path.read_text()
    assert (tmp_path / "my plan.traffic.svg").exists()


def test_docs_ci_md_shows_real_output(tmp_path, monkeypatch):
    """The example doc of docs/ci.md's "Plotting a distribution", rendered."""
    from conftest import ROOT
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8").split("### Plotting a distribution", 1)[1]
    examples = [re.sub(r"^    ", "", m, flags=re.MULTILINE) for m in re.findall(r"\n\n((?:    .*\n|\n)+?)\n(?! )", text)]
    source = next(e for e in examples if e.startswith("# Design"))
    shown = next(e for e in examples if e.startswith("<!-- bote:plot"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "design.md").write_text(source)
    assert cli("render", "design.md").exit_code == 0
    assert shown in (tmp_path / "design.md").read_text()
    assert (tmp_path / "design.traffic.svg").exists()


@pytest.mark.parametrize("name, message, hint", [
    ("api.backlog", "component api (service) has no figure `backlog`", "`backlog` is a figure of other kinds of component"),
    ("api.drain_time", "component api (service) has no figure `drain_time`",
     "`drain_time` is a figure of other kinds of component"),
])
def test_a_figure_of_another_kind_is_an_error_not_a_crash(tmp_path, name, message, hint):
    # A request server has no queue figures: this was an uncaught KeyError.
    from bote.errors import BoteError
    from bote.writeback.plot import find_distribution
    report = bote.evaluate("component api {\n  load = 1k req/s to 2k req/s\n  capacity = 5k req/s\n}\n",
                           "plan.bote", samples=50).files[0]
    with pytest.raises(BoteError) as e:
        find_distribution(report, name)
    (d,) = e.value.diagnostics
    assert (d.kind, d.message, d.hint) == ("unknown-name", message, hint)
