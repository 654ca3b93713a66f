"""Every ```bote block in docs/ runs, and every figure it quotes is bote's."""
import re

import pytest
from annotations import check_annotations
from conftest import ROOT, error_of, run

FENCE = re.compile(r"^```bote\s*\n(.*?)^```\s*$", re.DOTALL | re.MULTILINE)


def blocks():
    for path in sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]:
        text = path.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text[: m.start()].count("\n") + 1
            yield pytest.param(m.group(1), id=f"{path.name}:{line}")


@pytest.mark.parametrize("source", list(blocks()))
def test_doc_example(source):
    first = source.splitlines()[0]
    expected_error = re.match(r"# error: (\S+) (\d+):(\d+)", first)
    if expected_error:
        kind, line, col = expected_error.group(1), int(expected_error.group(2)), int(expected_error.group(3))
        d = error_of(source)[0]
        assert (d.kind, d.span.line, d.span.column) == (kind, line, col), d
        return
    report = run(source)
    checked = check_annotations(source, report)
    for a in report.asserts:
        assert a.passed, a.message
    assert checked or report.asserts or report.components, "a doc example that checks nothing"


def test_docs_have_examples():
    assert len(list(blocks())) >= 20


def _shown_in(shown, real, where="$"):
    """Every key and value the doc shows is in the real output (an excerpt
    may leave keys out, never change them)."""
    if isinstance(shown, dict):
        assert isinstance(real, dict), where
        for key, value in shown.items():
            assert key in real, f"{where}.{key} is not in the output"
            _shown_in(value, real[key], f"{where}.{key}")
    elif isinstance(shown, list):
        assert isinstance(real, list) and len(real) >= len(shown), where
        for i, value in enumerate(shown):
            _shown_in(value, real[i], f"{where}[{i}]")
    else:
        assert shown == real, f"{where}: the doc shows {shown!r}, bote prints {real!r}"


def test_json_doc_shows_real_output(tmp_path, monkeypatch):
    """The first example is the complete output; later ones are excerpts."""
    import json

    from click.testing import CliRunner

    from bote.cli import main
    text = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    sources = re.findall(r"```bote\n(.*?)```", text, re.DOTALL)
    shown = [json.loads(j) for j in re.findall(r"```json\n(.*?)```", text, re.DOTALL)]
    names = re.findall(r"saved as\s+`([\w.-]+)`", text)
    assert len(sources) == len(shown) == len(names) == 2
    monkeypatch.chdir(tmp_path)
    for i, (source, shown_json, name) in enumerate(zip(sources, shown, names)):
        (tmp_path / name).write_text(source, encoding="utf-8")
        result = CliRunner().invoke(main, ["check", name, "--format", "json"])
        assert result.exit_code == 0
        if i == 0:
            assert json.loads(result.stdout) == shown_json
        else:
            _shown_in(shown_json, json.loads(result.stdout))
