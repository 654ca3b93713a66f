"""The Python API (issue 10, section 9): `bote.evaluate`, `bote.evaluate_file`,
the `Report` both return, `str(quantity)`, `quantity.to(unit)`, `py.typed`."""
import doctest
import re
from fractions import Fraction as F

import numpy as np
import pytest
from conftest import ROOT, shown

import bote
from bote.model.report import FileReport, Report

ESTIMATE = """\
unit tweet
peak = 8.22B requests per day -> req/s
tweets = 500M tweets per day
storage_5y = (100M per day) * 5 years * 500 bytes -> TB
component api {
  load = peak
  capacity = 1k req/s
}
"""

DOC = """\
# Design

Traffic, from the product brief:

```bote
peak = 8.22B requests per day -> req/s
```

Prose between the blocks.

```bote
component api {
  load = peak
  capacity = 1k req/s
}
```
"""


# ---- evaluate: .bote source or a Markdown document ------------------------------------------------

def test_evaluate_reads_markdown_when_the_name_ends_in_md():
    report = bote.evaluate(DOC, filename="doc.md")
    assert isinstance(report, Report)
    # 8.22e9 / 86,400 s = 95,138.9 req/s; at 1k req/s and 70%: ceil(135.9) = 136
    assert report.components["api"].sizing.needed == 136
    assert report.values["peak"].span.line == 6       # the doc's own line


def test_a_markdown_error_is_at_the_docs_line():
    with pytest.raises(bote.BoteError) as info:
        bote.evaluate(DOC.replace("capacity = 1k req/s", "capacity = 1k bananas"), filename="doc.md")
    (d,) = info.value.diagnostics
    assert (d.span.file, d.span.line) == ("doc.md", 14)


def test_the_same_markdown_under_a_bote_name_is_not_bote_source():
    with pytest.raises(bote.BoteError) as info:
        bote.evaluate(DOC, filename="doc.bote")
    assert info.value.diagnostics[0].kind == "syntax"


def test_evaluate_raises_bote_error_with_every_diagnostic():
    with pytest.raises(bote.BoteError) as info:
        bote.evaluate("x = 2 B\ny = 3 parsecs\n", "bad.bote")
    assert [(d.span.line, d.span.column) for d in info.value.diagnostics] == [(1, 7), (2, 7)]


# ---- evaluate_file: the same Report, and it does not raise ----------------------------------------

def test_evaluate_and_evaluate_file_return_the_same_report(tmp_path):
    path = tmp_path / "estimate.bote"
    path.write_text(ESTIMATE, encoding="utf-8")
    from_file, from_text = bote.evaluate_file(path), bote.evaluate(ESTIMATE, "estimate.bote")
    assert type(from_file) is type(from_text) is Report
    assert list(from_file.components) == list(from_text.components) == ["api"]
    assert from_file.components["api"].sizing == from_text.components["api"].sizing
    assert from_file.values["peak"].quantity == from_text.values["peak"].quantity


def test_evaluate_file_reads_markdown(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text(DOC, encoding="utf-8")
    assert bote.evaluate_file(path).components["api"].sizing.needed == 136


def test_evaluate_file_reports_invalid_input_instead_of_raising(tmp_path):
    path = tmp_path / "bad.bote"
    path.write_text("x = 2 B\n", encoding="utf-8")
    report = bote.evaluate_file(path)
    assert report.exit_code == 2
    (d,) = report.errors
    assert d.message == "`B` is not a unit" and (d.span.line, d.span.column) == (1, 7)
    missing = bote.evaluate_file(tmp_path / "missing.bote")
    assert missing.exit_code == 2 and missing.errors[0].message.startswith("cannot read")


def test_evaluate_file_takes_the_monte_carlo_settings(tmp_path):
    path = tmp_path / "ranged.bote"
    path.write_text("x = 1 TB to 2 TB\n", encoding="utf-8")
    assert bote.evaluate_file(path, samples=100, seed=7).values["x"].quantity.magnitude.shape == (100,)


# ---- exit_code ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("source, exit_code, strict", [
    ("component a {\n  load = 10 req/s\n  capacity = 100 req/s\n}\n", 0, 0),
    # one instance in total: a warning (single-point-of-failure) fails only --strict
    ("component a {\n  load = 10 req/s\n  capacity = 100 req/s\n  redundancy = 0\n}\n", 0, 1),
    ("component a {\n  load = 200 req/s\n  capacity = 100 req/s\n  instances = 1\n}\n", 1, 1),  # overloaded
    ("x = 1 req/s\nassert x > 2 req/s\n", 1, 1),
])
def test_exit_code_is_a_property(source, exit_code, strict):
    report = bote.evaluate(source, "x.bote")
    assert (report.exit_code, report.strict_exit_code) == (exit_code, strict)
    assert (report.files[0].exit_code, report.files[0].strict_exit_code) == (exit_code, strict)


def test_the_worst_file_sets_the_exit_code():
    good = bote.evaluate("x = 1\n", "good.bote").files[0]
    invalid = FileReport("bad.bote", "", errors=bote.evaluate_file("/no/such/file.bote").errors)
    assert Report([good, invalid]).exit_code == 2 and Report([]).exit_code == 0


# ---- str(quantity) and quantity.to(unit) -------------------------------------------------------------

def test_str_of_a_quantity_is_what_bote_prints():
    report = bote.evaluate(ESTIMATE, "estimate.bote")
    values = {name: str(v.quantity) for name, v in report.values.items()}
    # 8.22e9 / 86,400 = 95,138.9 req/s; 1e8 x 365.25 x 5 x 500 B = 91.3125 TB
    assert values == {"peak": "95.1k req/s", "tweets": "500M tweet/day", "storage_5y": "91.3 TB"}
    assert str(report.components["api"].load) == "95.1k req/s"
    assert f"{report.components['api'].capacity}" == "1k req/s"


def test_a_bare_quantity_is_shown_with_the_built_in_units():
    from bote.language.quantity import PERCENT
    assert str(bote.Quantity(F(91_312_500_000_000), (("data", 1),), (("TB", 1),))) == "91.3 TB"
    assert str(bote.Quantity(F(1, 4), (), PERCENT)) == "25%"


def test_a_distribution_is_shown_as_its_median_and_interval():
    report = bote.evaluate("x = 10k to 50k qps\n", "x.bote")
    x = report.values["x"].quantity
    # what `bote check` prints: the median (sqrt(10k x 50k) = 22.4k in theory), then p5–p95
    assert str(x) == shown(report.files[0], "x")
    assert re.fullmatch(r"22\.\dk \(9\.\d\dk–\d\d\.\dk\) qps", str(x))


def test_to_gives_a_float_in_the_unit():
    report = bote.evaluate(ESTIMATE, "estimate.bote")
    assert report.values["storage_5y"].quantity.to("TB") == 91.3125
    assert report.values["storage_5y"].quantity.to("GB") == 91_312.5
    peak = report.values["peak"].quantity
    assert peak.to("req/s") == pytest.approx(8.22e9 / 86_400) and isinstance(peak.to("req/s"), float)
    assert peak.to("req/min") == pytest.approx(8.22e9 / 1440)
    # a label the file declares
    assert report.values["tweets"].quantity.to("tweet/s") == pytest.approx(500e6 / 86_400)
    assert bote.evaluate("x = 150 TB / 100 GB\n", "x.bote").values["x"].quantity.to("") == 1500.0


def test_to_of_a_distribution_is_an_array():
    x = bote.evaluate("x = 1 TB to 2 TB\n", "x.bote", samples=1000).values["x"].quantity
    in_gb = x.to("GB")
    assert isinstance(in_gb, np.ndarray) and in_gb.shape == (1000,)
    assert np.allclose(in_gb, x.magnitude / 1e9)


@pytest.mark.parametrize("unit, message", [
    ("req/s", "cannot express 91.3 TB (data) in req/s (1/time)"),
    ("parsec", "`parsec` is not a unit bote knows"),
])
def test_to_refuses_another_dimension_or_an_unknown_unit(unit, message):
    q = bote.evaluate(ESTIMATE, "estimate.bote").values["storage_5y"].quantity
    with pytest.raises(ValueError) as info:
        q.to(unit)
    assert str(info.value).startswith(message)


def test_display_units_do_not_change_equality():
    q = bote.evaluate("x = 150 TB\n", "x.bote").values["x"].quantity
    assert q.file_units is not None
    assert q == bote.Quantity(q.magnitude, q.dims, q.unit)


# ---- typing ------------------------------------------------------------------------------------------

def test_the_package_ships_py_typed():
    assert (ROOT / "src" / "bote" / "py.typed").is_file()


# ---- the examples in the README and docs/language.md run as shown -----------------------------------

def _sessions(text: str) -> list[str]:
    return re.findall(r"^```pycon\n(.*?)^```$", text, re.DOTALL | re.MULTILINE)


def _run_sessions(sessions: list[str], name: str, globs: dict, monkeypatch) -> None:
    """The sessions of one page, in order, as one interpreter session (a
    later one uses what an earlier one imported), from the repository root."""
    monkeypatch.chdir(ROOT)
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    test = parser.get_doctest("\n".join(sessions), dict(globs), name, name, 0)
    assert test.examples, f"{name} has no examples"
    result = runner.run(test, out=lambda s: pytest.fail(s))
    assert result.failed == 0


def test_the_readme_python_examples(monkeypatch):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("From Python", 1)[1].split("\n## ", 1)[0]
    sessions = _sessions(section)
    assert sessions
    _run_sessions(sessions, "README.md", {}, monkeypatch)


def test_the_language_reference_python_examples(monkeypatch):
    text = (ROOT / "docs" / "language.md").read_text(encoding="utf-8")
    section = text.split("### From Python\n", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    (source,) = re.findall(r"^```bote\n(.*?)^```$", section, re.DOTALL | re.MULTILINE)
    sessions = _sessions(section)
    assert sessions
    _run_sessions(sessions, "language.md", {"source": source}, monkeypatch)
