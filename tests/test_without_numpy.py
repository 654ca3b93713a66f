"""bote-lang depends on numpy, but an install can lack it (`pip install
--no-deps`, a distribution's package without it): a file with a range then
gets a diagnostic naming the fix, never a traceback, and a file without one
does not notice."""
import json
import subprocess
import sys

from conftest import ROOT

_WITHOUT_NUMPY = """
import sys
sys.modules["numpy"] = None   # `import numpy` fails as it does where numpy is not installed
from bote.cli import main
main()
"""


def _bote_without_numpy(*args, cwd):
    return subprocess.run([sys.executable, "-c", _WITHOUT_NUMPY, *args], cwd=cwd, capture_output=True, text=True)


def test_a_range_without_numpy_is_a_diagnostic_naming_the_fix(tmp_path):
    (tmp_path / "plan.bote").write_text("users = 2M\npeak = 10k to 50k qps\nper_user = peak / users\n"
                                        "latency = normal(100 ms, 15 ms)\n")
    result = _bote_without_numpy("check", "plan.bote", cwd=tmp_path)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors == [
        "plan.bote:2:8: error: a range needs numpy, which is not installed in this environment",
        "plan.bote:4:11: error: a range needs numpy, which is not installed in this environment"]
    assert "hint: install it with `pip install numpy`" in result.stderr
    assert "Traceback" not in result.stderr and "bug in bote" not in result.stderr
    # JSON says the same, as data.
    result = _bote_without_numpy("check", "--format", "json", "plan.bote", cwd=tmp_path)
    errors = json.loads(result.stdout)["files"][0]["errors"]
    assert [(e["kind"], e["line"], e["column"]) for e in errors] == [("missing-dependency", 2, 8),
                                                                      ("missing-dependency", 4, 11)]


def test_a_doc_with_a_range_without_numpy_points_at_the_docs_line(tmp_path):
    (tmp_path / "design.md").write_text("# Plan\n\n```bote\npeak = 10k to 50k qps\n```\n")
    result = _bote_without_numpy("check", "design.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("design.md:4:8: error: a range needs numpy")
    assert "Traceback" not in result.stderr


def test_a_file_without_ranges_needs_no_numpy(tmp_path):
    result = _bote_without_numpy("check", str(ROOT / "examples" / "url-shortener.bote"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "store" in result.stdout
