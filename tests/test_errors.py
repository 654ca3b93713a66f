"""The error corpus: every `tests/errors/<kind>/<what>.bote` is a small invalid
program, and bote must reject it with one clear message.

For each case (the format is described in tests/errors/corpus.py):
- `bote check` exits 2, prints nothing on stdout, never a traceback, and does
  not hang;
- the diagnostics bote reports (Python API) are exactly the ones the header
  announces: kind, line, column, message and hint substrings;
- the CLI prints them at those positions, and its stderr is byte-for-byte the
  `.out` snapshot (after a deliberate rewording, run tests/errors/regen.py).

A case marked `# xfail:` states the behaviour the spec asks for and is a
known bug: it must fail (strict), so fixing the bug turns it into an XPASS
that tells you to drop the marker.
"""
from __future__ import annotations

import difflib
import os
import random
import re
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "errors"))

from corpus import CORPUS, KINDS, ROOT, TIMEOUT, Case, cases, run_check

CASES = cases()


def _param(case: Case):
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.fixture(scope="session")
def cli(request) -> dict[str, Future]:
    """`bote check` on every selected case, started at once in parallel (each
    run is a fresh interpreter: ~0.2 s of start-up)."""
    selected = [item.callspec.params["case"] for item in request.session.items
                if hasattr(item, "callspec") and isinstance(item.callspec.params.get("case"), Case)]

    def one(case: Case):
        try:
            return run_check(case.rel)
        except subprocess.TimeoutExpired as e:
            return e

    pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2))
    request.addfinalizer(lambda: pool.shutdown(cancel_futures=True))
    return {case.id: pool.submit(one, case) for case in selected}


def _diagnostics(case: Case):
    """What the Python API reports for the case: `evaluate_source` on the text,
    or `evaluate_file_report` when the bytes are not UTF-8 (the API takes text)."""
    from bote.api import evaluate_file_report, evaluate_source
    from bote.errors import BoteError
    raw = case.path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return evaluate_file_report(case.rel).errors   # the test runs from ROOT
    try:
        evaluate_source(text, case.rel)
    except BoteError as e:
        return e.diagnostics
    return []


def _describe(diagnostics) -> str:
    return "\n".join(
        f"  {d.kind} {d.span.line}:{d.span.column}: {d.message}" + (f"  (hint: {d.hint})" if d.hint else "")
        if d.span else f"  {d.kind} (no position): {d.message}"
        for d in diagnostics) or "  (none: the program was accepted)"


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_error_case(case: Case, cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = cli[case.id].result()
    assert not isinstance(result, subprocess.TimeoutExpired), f"`bote check {case.rel}` hung for {TIMEOUT} s"
    stdout = result.stdout.decode("utf-8", "replace")
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr + stdout, f"traceback:\n{stderr}"

    # What the header announces is what the API reports, in order, and nothing else.
    got = _diagnostics(case)
    want = [(e.kind, e.line, e.column) for e in case.expected]
    assert [(d.kind, d.span.line, d.span.column) if d.span else (d.kind,) for d in got] == want, (
        f"{case.rel}: expected\n" + "\n".join(f"  {k} {l}:{c}" for k, l, c in want)
        + f"\nbut bote reports\n{_describe(got)}")
    for e, d in zip(case.expected, got):
        if e.message:
            assert e.message in d.message, f"{case.rel}:{e.line}:{e.column}: message {d.message!r} lacks {e.message!r}"
        assert d.span.file == case.rel
    if case.hint:
        assert got[0].hint and case.hint in got[0].hint, f"{case.rel}: hint {got[0].hint!r} lacks {case.hint!r}"

    # The CLI: exit 2, nothing on stdout, each diagnostic at its place.
    assert result.returncode == 2, f"exit code {result.returncode}, stderr:\n{stderr}"
    assert stdout == "", f"stdout should be empty:\n{stdout}"
    heads = re.findall(rf"^{re.escape(case.rel)}:(\d+):(\d+): error: ", stderr, re.MULTILINE)
    assert [(int(l), int(c)) for l, c in heads] == [(e.line, e.column) for e in case.expected], stderr

    # The exact text, against the snapshot.
    assert case.snapshot.exists(), f"no snapshot {case.snapshot.name}: run `python tests/errors/regen.py {case.id}`"
    expected = case.snapshot.read_bytes().decode("utf-8")
    if stderr != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), stderr.splitlines(keepends=True),
            fromfile=f"{case.id}.out (snapshot)", tofile="bote check (now)"))
        pytest.fail(f"stderr differs from the snapshot; if the new wording is deliberate, run "
                    f"`python tests/errors/regen.py {case.id}`\n{diff}", pytrace=False)


def test_corpus_is_well_formed():
    assert len(CASES) >= 45
    for case in CASES:
        first = case.expected[0].kind
        assert all(e.kind in KINDS for e in case.expected), case.rel
        assert case.path.parent.name == first, f"{case.rel} belongs in tests/errors/{first}/"
        assert case.snapshot.exists(), f"{case.rel} has no snapshot"
        assert case.expected[0].message or case.xfail, f"{case.rel} states no message"
    orphans = {p.with_suffix(".bote") for p in CORPUS.glob("*/*.out")} - {c.path for c in CASES}
    assert not orphans, f"snapshots without a case: {sorted(map(str, orphans))}"
    # The kinds the spec names for invalid input each have cases.
    assert {c.expected[0].kind for c in CASES} >= set(KINDS) - {"io"}


# ---- inputs that are not corpus files ------------------------------------------

@pytest.mark.parametrize("content", [
    b"", b"\n\n\n", b"# only a comment\n", b"   \t \n# indented comment\n\n", b"\xef\xbb\xbf# a BOM, then a comment\n",
], ids=["empty", "blank-lines", "comment", "whitespace-and-comment", "bom"])
def test_empty_ish_file_is_fine(tmp_path, content):
    path = tmp_path / "empty.bote"
    path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "bote", "check", str(path)],
                            capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr and "Traceback" not in result.stderr
    assert "0 errors" in result.stdout
    from bote.api import evaluate_file_report
    report = evaluate_file_report(path)
    assert report.errors == [] and report.values == [] and report.components == []


def test_nonexistent_file(tmp_path):
    missing = tmp_path / "no-such-file.bote"
    result = subprocess.run([sys.executable, "-m", "bote", "check", str(missing)],
                            capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: cannot read {missing}: ") and "No such file" in result.stderr, result.stderr
    assert "No such file" in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2, result.stderr
    from bote.api import evaluate_file_report
    (d,) = evaluate_file_report(missing).errors
    assert d.kind == "io" and str(missing) in d.message


def test_directory_instead_of_file(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bote", "check", str(tmp_path)],
                            capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert "directory" in result.stderr


def test_one_bad_file_among_good_ones(tmp_path):
    """Checking several files: the bad one is reported, the good one still
    evaluated, and the run exits 2."""
    good = tmp_path / "good.bote"
    good.write_text("x = 5 GB -> MB\n")
    bad = CORPUS / "unknown-name" / "did-you-mean.bote"
    result = subprocess.run([sys.executable, "-m", "bote", "check", str(good), str(bad)],
                            capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 2
    assert "unknown name `reqest_rate`" in result.stderr
    assert re.search(r"^x\s+\S+ MB\s*$", result.stdout, re.MULTILINE), result.stdout


# ---- no input crashes the evaluator ---------------------------------------------

_TOKENS = ["x", "y", "db", "db.instances", "db.load", "component", "flow", "unit", "assert", "=", "==", "<", "->",
           "+", "-", "*", "/", "^", "**", "per", "(", ")", "{", "}", ",", "1", "0", "2.5e6", "10k", "20%", "2B",
           "MB", "ms", "req/s", "B", "to", "and", "not", "min(", "sqrt(", "ln(", "\n", "\n", "\n", "capacity",
           "load", "scaling", "single", "#", "µs", "$", "1e999", "\t", "\\\n", "@", "\x00"]


def test_token_soup_never_crashes():
    """Seeded random programs made of bote's tokens: each is accepted or
    rejected with diagnostics, never an exception of another type."""
    from bote.api import evaluate_source
    from bote.errors import BoteError
    rng = random.Random(2)
    for _ in range(400):
        text = " ".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 30)))
        try:
            evaluate_source(text, "soup.bote")
        except BoteError as e:
            assert e.diagnostics, text
            for d in e.diagnostics:
                assert d.kind in KINDS and d.message, (text, d)
                assert d.span is None or d.span.line >= 1 and d.span.column >= 1, (text, d)


# ---- big inputs: an answer or one clear error, quickly, never a traceback ------

def _check_text(tmp_path, text: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    path = tmp_path / "big.bote"
    path.write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "bote", "check", str(path)],
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("text", [
    "x = " + " + ".join(["1"] * 20_000) + "\n",
    "x = " + "-" * 20_000 + "1\n",
    "x = " + " ^ ".join(["1"] * 20_000) + "\n",
    "x = " + " ".join(["2"] * 20_000) + "\n",
    "assert " + "not " * 20_000 + "1 < 2\n",
    "x = " + "foo" * 100_000 + "\n",
    "".join(f"a{i} = a{(i + 1) % 5000} + 1\n" for i in range(5000)),
], ids=["sum", "unary-minus", "power-chain", "juxtaposition", "not-chain", "long-name", "5000-step-cycle"])
def test_huge_input_is_answered_cleanly(tmp_path, text):
    result = _check_text(tmp_path, text)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode in (0, 1, 2)
    if result.returncode == 2:
        assert re.match(r"\S+:\d+:\d+: error: ", result.stderr), result.stderr[:500]


def test_long_flat_sum_is_valid(tmp_path):
    result = _check_text(tmp_path, "x = " + " + ".join(["1"] * 1000) + "\n")
    assert result.returncode == 0, result.stderr[:300]
    assert re.search(r"^x\s+1(,000|k|000)\b", result.stdout, re.MULTILINE), result.stdout


def test_exact_power_does_not_hang(tmp_path):
    result = _check_text(tmp_path, "x = 1.0000001 ^ 10000000\n", timeout=5)
    assert result.returncode == 0, result.stderr
    assert "2.72" in result.stdout


def test_tiny_power_is_not_called_too_large(tmp_path):
    result = _check_text(tmp_path, "x = 1.5 ^ -1000000\n")
    assert "Traceback" not in result.stderr
    assert "too large" not in result.stderr, result.stderr
