"""Every ```bote block in docs/ runs, and every figure it quotes is bote's."""
import re
from pathlib import Path

import pytest

from annotations import check_annotations
from conftest import ROOT, error_of, run

FENCE = re.compile(r"^```bote\s*\n(.*?)^```\s*$", re.S | re.M)


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


def test_json_doc_shows_real_output(tmp_path, monkeypatch):
    import json
    from click.testing import CliRunner
    from bote.cli import main
    text = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    source = re.search(r"```bote\n(.*?)```", text, re.S).group(1)
    shown_json = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))
    (tmp_path / "estimate.bote").write_text(source, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "estimate.bote", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == shown_json
