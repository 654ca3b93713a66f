"""`bote fmt`: one canonical layout, idempotent and byte-stable on input
already in it, and never a change to what bote evaluates.

- every example (.bote files and Markdown docs), formatted once, is left
  byte for byte as it is by a second `bote fmt`, and `bote fmt --check`
  passes on it; it evaluates to the same figures, risks and asserts;
- `bote fmt --check` exits 0 when a file is formatted, 1 when it would
  change (writing nothing), 2 when it does not parse; `--diff` prints the
  change; `-` formats standard input;
- over programs drawn from bote's grammar and from its examples with
  edits (tests/fuzz/programs.py), format(format(x)) == format(x), and what
  `bote check` evaluates (its JSON, positions aside) is the same before and
  after.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fuzz.programs import grammar_programs, markdown_docs, mutated_programs
from hypothesis import HealthCheck, given, settings

from bote.errors import BoteError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".bote", ".md"))


def bote(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bote", *args], capture_output=True, text=True, cwd=cwd,
                          input=stdin)


def formatted(text: str, name: str) -> str:
    from bote.writeback.formatting import formatted as fmt
    return fmt(text, name)


_POSITION_KEYS = {"line", "column", "end_line", "end_column", "file"}
_LINE_IN_TEXT = re.compile(r"\bline \d+\b|:\d+:\d+")
_SPACES = re.compile(r"\s+")


def _positions_aside(value):
    """A report's JSON with the lines and columns left out (formatting moves
    them: an aligned `=`, a block opened up), also those its messages quote,
    and the spaces of the source it quotes (an assert's text as written)."""
    if isinstance(value, dict):
        return {k: _positions_aside(v) for k, v in value.items() if k not in _POSITION_KEYS}
    if isinstance(value, list):
        return [_positions_aside(v) for v in value]
    if isinstance(value, str):
        return _SPACES.sub("", _LINE_IN_TEXT.sub("line N", value))
    return value


def evaluated(text: str, name: str) -> dict:
    """What `bote check --format json` reports for `text`, positions aside."""
    from bote.pipeline import evaluate_text
    from bote.render.json import file_json
    report = evaluate_text(text, name, markdown=name.endswith(".md"))
    return _positions_aside(json.loads(json.dumps(file_json(report), default=str)))


# ---- the examples -----------------------------------------------------------------

@pytest.fixture(scope="module")
def formatted_twice(tmp_path_factory) -> dict[str, tuple[bytes, bytes, str]]:
    """Each example copied and run through `bote fmt` (one call for all),
    then `bote fmt` again: name -> (bytes after the first, bytes after the
    second, what `bote fmt --check` said in between)."""
    folder = tmp_path_factory.mktemp("examples")
    paths = [folder / name for name in EXAMPLE_FILES]
    for path in paths:
        shutil.copy(EXAMPLES / path.name, path)
    first = bote("fmt", *map(str, paths))
    assert first.returncode == 0, first.stderr
    once = {p.name: p.read_bytes() for p in paths}
    check = bote("fmt", "--check", *map(str, paths))
    assert check.returncode == 0, check.stdout
    said = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in check.stdout.splitlines()}
    assert bote("fmt", *map(str, paths)).returncode == 0
    return {p.name: (once[p.name], p.read_bytes(), said[str(p)]) for p in paths}


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_an_example_formatted_once_is_byte_stable(name, formatted_twice):
    once, twice, checked = formatted_twice[name]
    assert checked == "already formatted", "formatted input passes the check"
    assert twice == once, "a second bote fmt changes no byte"


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_an_example_formatted_evaluates_to_the_same_report(name):
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    new = formatted(text, name)
    assert evaluated(new, name) == evaluated(text, name)
    assert formatted(new, name) == new


def test_the_layout(tmp_path):
    path = tmp_path / "messy.bote"
    path.write_text(
        "peak=10k req/s   \n\n\n"
        "component api { load = peak*2\n"
        "service_time = 20 ms # per request\n"
        "workers = 8 }\n"
        "flow {\napi->db\n}\n"
        "component db {\n  capacity = 5k req/s\n}\n", encoding="utf-8")
    assert bote("fmt", str(path)).returncode == 0
    assert path.read_text(encoding="utf-8") == (
        "peak = 10k req/s\n\n"
        "component api {\n"
        "  load         = peak * 2\n"
        "  service_time = 20 ms  # per request\n"
        "  workers      = 8\n"
        "}\n"
        "flow {\n  api -> db\n}\n"
        "component db {\n  capacity = 5k req/s\n}\n")


def test_a_line_break_kind_and_a_byte_order_mark_are_kept(tmp_path):
    path = tmp_path / "crlf.bote"
    path.write_bytes(b"\xef\xbb\xbfx=2 GB\r\ny = x*2\r\n")
    assert bote("fmt", str(path)).returncode == 0
    assert path.read_bytes() == b"\xef\xbb\xbfx = 2 GB\r\ny = x * 2\r\n"


# ---- --check, --diff and standard input ---------------------------------------------

def test_check_exits_0_for_a_formatted_file_and_1_for_one_that_would_change(tmp_path):
    good, bad = tmp_path / "good.bote", tmp_path / "bad.bote"
    good.write_text("x = 2 GB\n", encoding="utf-8")
    bad.write_text("x=2 GB\n", encoding="utf-8")
    assert bote("fmt", "--check", str(good)).returncode == 0
    done = bote("fmt", "--check", str(bad))
    assert done.returncode == 1
    assert "would be reformatted" in done.stdout
    assert bad.read_text(encoding="utf-8") == "x=2 GB\n", "--check writes nothing"
    assert bote("fmt", "--check", str(good), str(bad)).returncode == 1, "the worst of the files"


def test_check_exits_2_for_a_file_that_does_not_parse_and_leaves_it(tmp_path):
    path = tmp_path / "broken.bote"
    path.write_text("x = 2 GB +\n", encoding="utf-8")
    for args in (("--check",), ()):
        done = bote("fmt", *args, str(path))
        assert done.returncode == 2
        assert re.search(r"broken\.bote:1:\d+: error: ", done.stderr)
        assert "Traceback" not in done.stderr
    assert path.read_text(encoding="utf-8") == "x = 2 GB +\n"


def test_diff_prints_the_change_and_writes_nothing(tmp_path):
    path = tmp_path / "bad.bote"
    path.write_text("x=2 GB\n", encoding="utf-8")
    done = bote("fmt", "--diff", str(path))
    assert done.returncode == 1
    assert "-x=2 GB\n+x = 2 GB\n" in done.stdout
    assert path.read_text(encoding="utf-8") == "x=2 GB\n"


def test_standard_input_is_formatted_to_standard_output():
    done = bote("fmt", "-", stdin="x=2 GB\n")
    assert (done.returncode, done.stdout) == (0, "x = 2 GB\n")
    assert bote("fmt", "--check", "-", stdin="x = 2 GB\n").returncode == 0
    assert bote("fmt", "--check", "-", stdin="x=2 GB\n").returncode == 1
    assert bote("fmt", "-", stdin="x = (\n").returncode == 2


def test_in_a_doc_only_the_blocks_change(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("# Title\n\nx=1  and  prose\n\n```bote\nx=2 GB\n```\n", encoding="utf-8")
    assert bote("fmt", str(path)).returncode == 0
    assert path.read_text(encoding="utf-8") == "# Title\n\nx=1  and  prose\n\n```bote\nx = 2 GB\n```\n"


# ---- the properties, over generated programs -------------------------------------------

def _formats_stably_and_evaluates_the_same(text: str, name: str) -> None:
    try:
        once = formatted(text, name)
    except BoteError:
        return   # it does not parse: bote fmt leaves it (tested above)
    assert formatted(once, name) == once, "format(format(x)) == format(x)"
    assert evaluated(once, name) == evaluated(text, name), "formatting changes nothing bote evaluates"


#: Seeded and few: `make test` stays quick; `make fuzz` is the long run of these families.
_PROPERTY = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                            HealthCheck.data_too_large])


@_PROPERTY
@given(grammar_programs())
def test_formatting_a_program_of_the_grammar_is_stable_and_changes_nothing(text):
    _formats_stably_and_evaluates_the_same(text, "fuzz.bote")


@_PROPERTY
@given(mutated_programs())
def test_formatting_an_edited_example_is_stable_and_changes_nothing(text):
    _formats_stably_and_evaluates_the_same(text, "fuzz.bote")


@settings(_PROPERTY, max_examples=60)
@given(markdown_docs())
def test_formatting_a_design_doc_is_stable_and_changes_nothing(text):
    _formats_stably_and_evaluates_the_same(text, "fuzz.md")
