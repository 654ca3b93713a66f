"""How distributions are shown: the table (median and 90% interval, a
histogram), JSON (p5/p50/p95/mean, distributions, probability,
sensitivity), the graph, and the CLI's --seed and --samples."""
from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import bote
from bote.cli import main
from bote.language.format import format_percent, quantity_text
from bote.language.quantity import Quantity
from bote.uncertainty.samples import histogram, spread

SOURCE = """\
peak = 20k to 80k qps
component api {
  load = peak
  capacity = 2k qps
}
component db {
  capacity = 5k qps
  instances = 3
}
flow {
  api -> db * 20%
}
"""


def run(*args, source=SOURCE, tmp_path=None):
    path = tmp_path / "est.bote"
    path.write_text(source, encoding="utf-8")
    return CliRunner().invoke(main, ["check", str(path), *args])


def samples(source=SOURCE, **kw):
    return bote.evaluate(source, "est.bote", **kw)


# ---- text -------------------------------------------------------------------------

def test_a_distribution_reads_as_median_and_90_percent_interval():
    r = samples()
    x = r.values["peak"].quantity.magnitude
    low, mid, high = np.quantile(x, [0.05, 0.5, 0.95])
    text = quantity_text(r.values["peak"].quantity, r.files[0].units)
    assert text == f"{mid / 1000:.3g}k ({low / 1000:.3g}k–{high / 1000:.3g}k) qps"


def test_percent_distributions_keep_the_percent_sign():
    u = Quantity(np.array([0.1, 0.2, 0.3, 0.4, 0.5]), (), (("percent", 1),))
    assert quantity_text(u, samples().files[0].units) == "30% (12%–48%)"
    assert format_percent(np.array([0.1, 0.2, 0.3, 0.4, 0.5])) == "30% (12%–48%)"


def test_infinite_samples_never_show_as_nan():
    assert spread(np.array([1.0, 2.0, np.inf, np.inf])) == (1.0, 2.0, np.inf)
    assert format_percent(np.array([0.5] * 9 + [np.inf] * 11)) == "unbounded (50%–unbounded)"
    assert format_percent(np.array([0.5] * 11 + [np.inf] * 9)) == "50% (50%–unbounded)"


def test_histogram_is_one_line_of_bars():
    bars = histogram(np.random.default_rng(1).normal(0, 1, 10_000))
    assert len(bars) == 16 and set(bars) <= set(" ▁▂▃▄▅▆▇█")
    assert bars[7] == "█" or bars[8] == "█"     # a normal peaks in the middle
    assert histogram(np.full(10, 3.0)) == "█"    # a constant: one bar


def test_table_names_the_run_and_shows_histograms(tmp_path):
    result = run(tmp_path=tmp_path)
    assert result.exit_code == 1   # db at 3 instances is overloaded in many scenarios
    out = result.output
    assert "Monte Carlo: 10,000 samples, seed 2026; ranges show the median (p5–p95)" in out
    assert "p1–p99" in out
    text = quantity_text(samples().values["peak"].quantity, samples().files[0].units)
    assert text in out
    needed = int(np.quantile(np.ceil(samples().values["peak"].quantity.magnitude / 1400), 0.95,
                             method="inverted_cdf"))
    assert f"{needed} + 1 at p95" in out
    db_needed = int(np.quantile(np.ceil(samples().values["peak"].quantity.magnitude * 0.2 / 3500), 0.95,
                                method="inverted_cdf"))
    assert f"3 (needs {db_needed} at p95)" in out


def test_table_shows_risk_probabilities(tmp_path):
    r = samples()
    db = r.components["db"]
    overloaded = next(x for x in db.risks if x.kind == "overloaded")
    load = r.values["peak"].quantity.magnitude * 0.2
    assert overloaded.probability == pytest.approx(np.mean(load >= 15_000))
    out = run(tmp_path=tmp_path).output
    share = f"{overloaded.probability * 100:.3g}%"
    assert f"overloaded ({share})" in out
    assert f"(in {share} of samples)" in out
    assert "driven by peak (+1.00)" in out


def test_a_file_without_ranges_shows_no_monte_carlo(tmp_path):
    out = run(tmp_path=tmp_path, source="x = 5 ms\n").output
    assert "Monte Carlo" not in out and "p1–p99" not in out


# ---- JSON -------------------------------------------------------------------------

def test_json_distribution_keys(tmp_path):
    doc = json.loads(run("--format", "json", tmp_path=tmp_path).output)
    [f] = doc["files"]
    assert f["monte_carlo"] == {"samples": 10_000, "seed": 2026}
    x = samples().values["peak"].quantity.magnitude
    peak = f["values"]["peak"]
    assert peak["unit"] == "qps"
    assert peak["p5"] == pytest.approx(np.quantile(x, 0.05) / 1)  # qps is 1 req/s
    assert peak["p50"] == peak["magnitude"] == pytest.approx(np.median(x))
    assert peak["p95"] == pytest.approx(np.quantile(x, 0.95))
    assert peak["mean"] == pytest.approx(np.mean(x))
    api = f["components"]["api"]
    assert set(api["load"]) == {"magnitude", "unit", "p5", "p50", "p95", "mean"}
    assert api["capacity"] == {"magnitude": 2000.0, "unit": "request / second"}
    assert api["size_at"] == 0.95
    needed = np.ceil(x / 1400)
    assert api["needed"] == int(np.quantile(needed, 0.95, method="inverted_cdf"))
    assert api["instances"] == api["needed"] + 1
    assert api["distributions"]["needed_for_load"]["p50"] == pytest.approx(np.median(needed))
    assert api["utilization"] == pytest.approx(np.median(x / (2000 * api["instances"])))
    risk = next(r for r in f["risks"] if r["component"] == "db" and r["kind"] == "overloaded")
    assert 0 < risk["probability"] < 1
    assert risk["sensitivity"] == [{"input": "peak", "correlation": pytest.approx(1.0)}]


def test_json_without_ranges_has_probability_one_and_no_distributions(tmp_path):
    source = "component db {\n  load = 9k qps\n  capacity = 1k qps\n  instances = 3\n}\n"
    f = json.loads(run("--format", "json", source=source, tmp_path=tmp_path).output)["files"][0]
    assert f["monte_carlo"] is None
    assert f["components"]["db"]["distributions"] == {}
    assert f["components"]["db"]["size_at"] is None
    [risk] = [r for r in f["risks"] if r["kind"] == "overloaded"]
    assert risk["probability"] == 1.0 and risk["sensitivity"] == []


# ---- the run's settings ------------------------------------------------------------

def test_seed_and_samples_change_the_run(tmp_path):
    base = json.loads(run("--format", "json", tmp_path=tmp_path).output)["files"][0]
    again = json.loads(run("--format", "json", tmp_path=tmp_path).output)["files"][0]
    assert base == again   # the same file gives the same figures: CI never flakes
    other = json.loads(run("--format", "json", "--seed", "7", tmp_path=tmp_path).output)["files"][0]
    assert other["monte_carlo"]["seed"] == 7
    assert other["values"]["peak"]["p50"] != base["values"]["peak"]["p50"]
    small = json.loads(run("--format", "json", "--samples", "500", tmp_path=tmp_path).output)["files"][0]
    assert small["monte_carlo"]["samples"] == 500
    assert len(samples(samples=500).values["peak"].quantity.magnitude) == 500


@pytest.mark.parametrize("args", [["--samples", "1"], ["--samples", "x"], ["--seed", "-1"]])
def test_bad_run_settings_are_usage_errors(tmp_path, args):
    result = run(*args, tmp_path=tmp_path)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_graph_labels_show_the_interval(tmp_path):
    path = tmp_path / "est.bote"
    path.write_text("k = 2 to 5\n" + SOURCE.replace("db * 20%", "db * k"), encoding="utf-8")
    result = CliRunner().invoke(main, ["graph", str(path)])
    assert result.exit_code == 0
    assert '-->|"x' in result.output and "–" in result.output
    assert "at p95" in result.output


def test_readme_ranges_story_is_what_bote_prints():
    """The README's prose quotes the probability of the database's
    `cannot-scale` risk for its ranges example."""
    import re
    from pathlib import Path
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Ranges instead of guesses", 1)[1]
    source = re.search(r"```bote\n(.*?)```", section, re.DOTALL).group(1)
    r = bote.evaluate(source, "readme.bote")  # the block, not the whole README
    [risk] = [x for x in r.components["db"].risks if x.kind == "cannot-scale"]
    quoted = re.search(r"cannot have in ([\d.]+%) of\s+the scenarios", section).group(1)
    assert quoted == f"{risk.probability * 100:.3g}%"
    assert risk.severity == "note" and risk.sensitivity[0][0] == "peak"
    load = r.values["peak"].quantity.magnitude * 0.1
    assert risk.probability == pytest.approx(np.mean(load > 5_600))
