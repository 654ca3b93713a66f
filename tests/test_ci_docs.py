"""docs/ci.md's GitHub workflow and pre-commit hooks, run on a sample repository."""
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

BOTE = str(Path(sys.executable).parent / "bote")

DESIGN = """# Design

```bote
peak = 3k req/s
```

```bote
component web {
  load = peak
  capacity = 400 req/s
}
assert web.instances < 20
```
"""


def yaml_blocks():
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    return re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)


def hooks():
    """The hooks of .pre-commit-hooks.yaml: id -> {entry, files}."""
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    out = {}
    for chunk in re.split(r"^- ", text, flags=re.MULTILINE)[1:]:
        fields = dict(re.findall(r"^\s*(\w+): (.*)$", "  " + chunk, re.MULTILINE))
        out[fields["id"]] = {"entry": fields["entry"], "files": fields["files"].strip("'\"")}
    return out


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "design.md").write_text(DESIGN)
    (tmp_path / "docs" / "notes.md").write_text("# Notes\n\nNo estimates.\n")
    (tmp_path / "capacity.bote").write_text("x = 150 TB / 100 GB\n")
    subprocess.run([BOTE, "render", "docs/design.md", "capacity.bote"], cwd=tmp_path, check=True,
                   capture_output=True)
    return tmp_path


def run(command, cwd):
    argv = shlex.split(command)
    assert argv[0] == "bote"
    return subprocess.run([BOTE, *argv[1:]], cwd=cwd, capture_output=True, text=True)


def workflow_commands():
    workflow = next(b for b in yaml_blocks() if "jobs:" in b)
    return [line.split("run:", 1)[1].strip() for line in workflow.splitlines()
            if "run:" in line and "bote " in line and "pip install" not in line]


def test_workflow_passes_on_a_current_repo(repo):
    commands = workflow_commands()
    assert commands == ["bote check --format github docs", "bote render --check --diff docs"]
    for command in commands:
        result = run(command, repo)
        assert result.returncode == 0, (command, result.stdout, result.stderr)


def test_workflow_annotates_a_failing_assert_and_fails(repo):
    doc = repo / "docs" / "design.md"
    doc.write_text(doc.read_text().replace("web.instances < 20", "web.instances < 5"))
    # The line in the rendered doc, which now holds bote's generated table too.
    line = doc.read_text().splitlines().index("assert web.instances < 5") + 1
    result = run(workflow_commands()[0], repo)
    assert result.returncode == 1
    assert re.search(rf"^::error file=docs/design\.md,line={line},col=1,.*title=bote \(assert\)::", result.stdout,
                     re.MULTILINE), result.stdout


def test_workflow_fails_on_a_stale_doc_with_a_diff(repo):
    doc = repo / "docs" / "design.md"
    doc.write_text(doc.read_text().replace("peak = 3k req/s", "peak = 4k req/s"))
    before = doc.read_bytes()
    result = run(workflow_commands()[1], repo)
    assert result.returncode == 1 and "+| peak   | 4k req/s |" in result.stdout
    assert doc.read_bytes() == before


def test_workflow_annotates_an_invalid_block(repo):
    doc = repo / "docs" / "design.md"
    doc.write_text(doc.read_text().replace("peak = 3k req/s", "peak = 3k B"))
    result = run(workflow_commands()[0], repo)
    assert result.returncode == 2
    assert "::error file=docs/design.md,line=4,col=11" in result.stdout


def test_precommit_config_names_the_shipped_hooks():
    config = next(b for b in yaml_blocks() if "repos:" in b)
    assert re.findall(r"- id: (\S+)", config) == sorted(hooks()) == ["bote-check", "bote-render"]


def hook_run(hook, repo):
    """What pre-commit does: the entry, with the matching files as arguments."""
    files = sorted(str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file()
                   and re.search(hook["files"], str(p)))
    return run(hook["entry"] + " " + " ".join(files), repo)


def test_hooks_pass_on_a_current_repo(repo):
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    for hook in hooks().values():
        assert hook["files"] == r"\.(bote|md)$"
        result = hook_run(hook, repo)
        assert result.returncode == 0, result.stderr
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()} == before  # pre-commit sees no change


def test_render_hook_rewrites_a_stale_bote_file(repo):
    path = repo / "capacity.bote"
    assert path.read_text() == "x = 150 TB / 100 GB  # => 1.5k\n"
    path.write_text("x = 300 TB / 100 GB  # => 1.5k\n")
    assert hook_run(hooks()["bote-check"], repo).returncode == 0  # a stale result is a warning
    result = hook_run(hooks()["bote-render"], repo)
    assert result.returncode == 0
    assert path.read_text() == "x = 300 TB / 100 GB  # => 3k\n"  # modified: pre-commit fails the commit


def test_render_hook_rewrites_a_stale_doc(repo):
    doc = repo / "docs" / "design.md"
    doc.write_text(doc.read_text().replace("peak = 3k req/s", "peak = 4k req/s"))
    result = hook_run(hooks()["bote-render"], repo)
    assert result.returncode == 0
    assert "| peak   | 4k req/s |" in doc.read_text()  # modified: pre-commit fails the commit


def test_check_hook_fails_on_an_error_risk(repo):
    (repo / "db.bote").write_text("component db {\n  load = 5k req/s\n  capacity = 1k req/s\n  scaling = single\n}\n")
    result = hook_run(hooks()["bote-check"], repo)
    assert result.returncode == 1 and "cannot-scale" in result.stdout
