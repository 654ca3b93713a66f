"""`bote check`: exit codes, the three formats, a golden table."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from bote.cli import main
from bote.language.unit_table import registry
from bote.language.units import FileUnits, parse_unit

GOLDEN = ROOT / "tests" / "golden"


def check(*args, input=None):
    return CliRunner().invoke(main, ["check", *args], input=input, catch_exceptions=False)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


HEALTHY = "component w {\n  load = 100 req/s\n  capacity = 100 req/s\n}\n"
HOT = "component w {\n  load = 80 req/s\n  capacity = 100 req/s\n  instances = 1\n  redundancy = 0\n}\n"


def test_golden_table(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = check("tests/golden/shop.bote")
    assert result.stdout == (GOLDEN / "shop.txt").read_text(encoding="utf-8")
    assert result.exit_code == 1  # an error-level risk and a failed assert
    assert result.stderr == ""


def test_exit_0_when_fine(tmp_path):
    result = check(write(tmp_path, "ok.bote", HEALTHY))
    assert result.exit_code == 0
    assert "w" in result.stdout and "2 + 1" in result.stdout


def test_exit_1_on_failed_assert(tmp_path):
    result = check(write(tmp_path, "a.bote", HEALTHY + "assert w.instances > 10\n"))
    assert result.exit_code == 1
    assert "assert failed: w.instances > 10 (w.instances is 3)" in result.stdout


def test_exit_1_on_error_risk(tmp_path):
    result = check(write(tmp_path, "o.bote", HOT.replace("80 req/s", "120 req/s")))
    assert result.exit_code == 1 and "overloaded" in result.stdout


def test_warnings_fail_only_with_strict(tmp_path):
    path = write(tmp_path, "hot.bote", HOT)  # 80% > 70% and one instance: warnings only
    assert check(path).exit_code == 0
    assert check("--strict", path).exit_code == 1


def test_notes_never_fail(tmp_path):
    path = write(tmp_path, "n.bote", "component w {\n  capacity = 100k req/s\n}\n")
    assert check("--strict", path).exit_code == 0


def test_exit_2_on_invalid_input_with_located_message(tmp_path):
    path = write(tmp_path, "bad.bote", "x = 1\ny = 2 B\n")
    result = check(path)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{path}:2:7: error: `B` is not a unit",
        " 2 | y = 2 B",
        "   |       ^",
        "  hint: write `2 bytes` or `2B` (2 billion)",
    ]
    assert result.stdout == ""


def test_exit_2_on_unreadable_file(tmp_path):
    result = check(str(tmp_path / "missing.bote"))
    assert result.exit_code == 2
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr


def test_worst_file_sets_the_exit_code(tmp_path):
    ok = write(tmp_path, "ok.bote", HEALTHY)
    bad = write(tmp_path, "bad.bote", "x = (\n")
    result = check(ok, bad)
    assert result.exit_code == 2
    assert "ok.bote" in result.stdout  # the valid file is still reported


def test_stdin():
    result = check("-", input=HEALTHY)
    assert result.exit_code == 0 and "<stdin>" in result.stdout


def test_json_contract(tmp_path):
    path = write(tmp_path, "j.bote", """
dau = 40M users
writes = dau * 2 per day -> req/s
component api {
  load = writes
  capacity = 200 req/s
}
assert api.instances < 2
""")
    result = check("--format", "json", path)
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["version"] == 1
    (f,) = doc["files"]
    assert f["file"] == path
    assert f["values"]["writes"] == {"magnitude": pytest.approx(925.9259259259), "unit": "request / second",
                                     "text": "926 req/s", "line": 3}
    assert f["values"]["dau"]["unit"] == "user"
    api = f["components"]["api"]
    assert api["load"] == {"magnitude": pytest.approx(925.9259259259), "unit": "request / second"}
    assert api["capacity"] == {"magnitude": 200.0, "unit": "request / second"}
    # 925.9 / 140 = 6.6 -> 7 needed, 8 provisioned
    assert (api["instances"], api["needed"]) == (8, 7)
    assert api["utilization"] == pytest.approx(925.9259259259 / 1600)
    assert api["risks"] == []
    assert f["asserts"] == [{"line": 8, "column": 1, "text": "api.instances < 2", "passed": False,
                             "message": "assert failed: api.instances < 2 (api.instances is 8)"}]
    units = FileUnits(registry())
    for v in f["values"].values():
        parse_unit(v["unit"], units)  # every unit string reads back


def test_json_risks_carry_required_keys(tmp_path):
    doc = json.loads(check("--format", "json", write(tmp_path, "h.bote", HOT)).stdout)
    risks = doc["files"][0]["risks"]
    assert {r["kind"] for r in risks} == {"hot", "single-point-of-failure"}
    for r in risks:
        assert {"component", "kind", "severity", "message", "line"} <= set(r)
        assert r["component"] == "w" and r["line"] == 4


def test_json_for_invalid_input_lists_errors(tmp_path):
    result = check("--format", "json", write(tmp_path, "e.bote", "x = nope\n"))
    assert result.exit_code == 2
    (err,) = json.loads(result.stdout)["files"][0]["errors"]
    assert (err["kind"], err["line"], err["column"]) == ("unknown-name", 1, 5)


def test_markdown(tmp_path):
    result = check("--format", "markdown", write(tmp_path, "m.bote", HEALTHY + "x = 3 GB\n"))
    assert result.exit_code == 0
    assert "| x      | 3 GB    |" in result.stdout
    assert "| component   | load      | capacity   | instances   | utilization   | headroom      | risks   |" \
        in result.stdout
    # 100 req/s on 2 + 1 instances of 100 req/s: 3× the traffic fills them.
    assert "_breaks first at 3× today's traffic: w overloaded at 300 req/s entering_" in result.stdout


def test_python_m_bote_and_help():
    out = subprocess.run([sys.executable, "-m", "bote", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "check" in out.stdout
    out = subprocess.run([sys.executable, "-m", "bote", "check", str(GOLDEN / "shop.bote"), "--format", "json"],
                         capture_output=True, text=True)
    assert out.returncode == 1 and json.loads(out.stdout)["files"][0]["components"]["search"]["instances"] == 2


def test_version():
    from importlib.metadata import version
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.stdout == "bote, version 0.2.0\n"
    # The installed distribution is bote-lang, at the version bote reports.
    assert version("bote-lang") == "0.2.0"


def test_api_report_matches_cli(tmp_path):
    import bote
    report = bote.evaluate(Path(GOLDEN / "shop.bote").read_text(), "shop.bote")
    assert report.exit_code == 1
    assert report.components["search"].sizing.needed == 3
